package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/hueprint/hueprint/palette"
)

func TestMain(m *testing.M) { ptest.Main(m) }

const brand = `{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`

func bands(t *testing.T, path string, hexes []string, widths []int) {
	w := 0
	for _, x := range widths {
		w += x
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, 40))
	x := 0
	for i, h := range hexes {
		r, g, b := palette.RGB255(palette.MustParseColor(h))
		draw.Draw(img, image.Rect(x, 0, x+widths[i], 40), &image.Uniform{color.NRGBA{r, g, b, 255}}, image.Point{}, draw.Src)
		x += widths[i]
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sortedLines sorts JSON lines. The error text of an unreadable file comes
// from the system call that failed (stat for check, which lists files
// first; open for the pipeline), so error lines keep only the file.
func sortedLines(s string) []string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	for i, line := range l {
		var e struct{ File, Error string }
		if json.Unmarshal([]byte(line), &e) == nil && e.Error != "" {
			l[i] = `{"file":"` + e.File + `","error":…}`
		}
	}
	sort.Strings(l)
	return l
}

// TestPipelineMatchesCheck runs the pipeline on the direct runner over test
// images and compares its lines with hueprint check --format json on the
// same images: identical verdicts and shares, byte for byte.
func TestPipelineMatchesCheck(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, w := range []int{600, 410, 500, 700, 333} {
		p := filepath.Join(dir, "img"+string(rune('a'+i))+".png")
		bands(t, p, []string{"#1d4ed8", "#bfdbfe", "#f59e0b", "#3a7d44"}, []int{w, 300, 100, 40 * i})
		paths = append(paths, p)
	}
	broken := filepath.Join(dir, "broken.png")
	os.WriteFile(broken, []byte("not an image"), 0o644)
	paths = append(paths, broken, filepath.Join(dir, "missing.png"))
	list := filepath.Join(dir, "paths.txt")
	os.WriteFile(list, []byte(strings.Join(paths, "\n")+"\n"), 0o644)
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(brand), 0o644)

	out := filepath.Join(dir, "out")
	p, s := beam.NewPipelineWithRoot()
	if err := buildPipeline(s, list, []byte(brand), pal, out, 50_000_000); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command("go", "run", "./cmd/hueprint", "check", "--palette", pal, "--format", "json", "--jobs", "2", "-")
	cmd.Dir = "../.."
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	want, _ := cmd.Output() // exit 2: some files are unreadable
	if len(want) == 0 {
		t.Fatalf("hueprint check printed nothing: %s", stderr.String())
	}
	g, w := sortedLines(string(got)), sortedLines(string(want))
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("pipeline and check differ:\n%s\n---\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}

	sum, err := os.ReadFile(out + "-summary.json")
	if err != nil {
		t.Fatal(err)
	}
	var summary struct {
		Checked, Passed, Failed, Unreadable int
		Worst                               []struct{ File string }
	}
	if err := json.Unmarshal(sum, &summary); err != nil {
		t.Fatal(err)
	}
	passed := strings.Count(string(want), `"pass":true`)
	if summary.Checked != 7 || summary.Unreadable != 2 || summary.Passed != passed || summary.Failed != 5-passed || len(summary.Worst) != 5 {
		t.Errorf("summary %s", sum)
	}
}
