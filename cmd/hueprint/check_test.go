package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check/report"
	"github.com/hueprint/hueprint/palette/render"
	"golang.org/x/image/font/gofont/gomono"
)

const checkPalette = `{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`

func band(hexes []string, widths []int, h int) *image.NRGBA {
	w := 0
	for _, x := range widths {
		w += x
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	x := 0
	for i, hx := range hexes {
		r, g, b := palette.RGB255(palette.MustParseColor(hx))
		draw.Draw(img, image.Rect(x, 0, x+widths[i], h), &image.Uniform{color.NRGBA{r, g, b, 255}}, image.Point{}, draw.Src)
		x += widths[i]
	}
	return img
}

func writeTestPNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// hugePNGHeader is the start of a PNG that claims 20000x20000 pixels.
func hugePNGHeader() []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], 20000)
	binary.BigEndian.PutUint32(ihdr[4:], 20000)
	ihdr[8], ihdr[9] = 8, 6
	chunk := append([]byte("IHDR"), ihdr...)
	binary.Write(&b, binary.BigEndian, uint32(13))
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

// checkFolder builds the folder: good and failing images, a corrupt
// PNG, a truncated JPEG, a text file named .png and a 20000x20000 header.
func checkFolder(t *testing.T) string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "brand.json"), []byte(checkPalette), 0o644)
	imgs := filepath.Join(dir, "images")
	os.MkdirAll(filepath.Join(imgs, "sub"), 0o755)
	writeTestPNG(t, filepath.Join(imgs, "a-good.png"), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 50))
	writeTestPNG(t, filepath.Join(imgs, "b-primary-low.png"), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{410, 450, 140}, 50))
	writeTestPNG(t, filepath.Join(imgs, "sub", "c-off.png"), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b", "#3a7d44"}, []int{500, 250, 70, 180}, 50))
	var jb bytes.Buffer
	jpeg.Encode(&jb, band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 50), &jpeg.Options{Quality: 85})
	os.WriteFile(filepath.Join(imgs, "d-good.jpg"), jb.Bytes(), 0o644)
	os.WriteFile(filepath.Join(imgs, "e-truncated.jpg"), jb.Bytes()[:jb.Len()/2], 0o644)
	var pb bytes.Buffer
	png.Encode(&pb, band([]string{"#1d4ed8"}, []int{100}, 100))
	corrupt := append([]byte{}, pb.Bytes()...)
	for i := 40; i < len(corrupt)-20; i++ {
		corrupt[i] ^= 0x5a
	}
	os.WriteFile(filepath.Join(imgs, "f-corrupt.png"), corrupt, 0o644)
	os.WriteFile(filepath.Join(imgs, "g-text.png"), []byte("just some notes\n"), 0o644)
	os.WriteFile(filepath.Join(imgs, "h-huge.png"), hugePNGHeader(), 0o644)
	os.WriteFile(filepath.Join(imgs, "notes.txt"), []byte("ignored: not an image extension"), 0o644)
	return dir
}

func TestCheckFolder(t *testing.T) {
	dir := checkFolder(t)
	stdout, stderr, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--format", "json", "--jobs", "3", filepath.Join(dir, "images"))
	if code != exitUsage {
		t.Errorf("exit %d, want 2 (unreadable files)", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	type line struct {
		File      string
		Width     int
		Shares    map[string]float64
		Pass      bool
		Problems  []string
		Error     string
		OffColors []struct{ Hex string } `json:"off_colors"`
	}
	var got []line
	for _, l := range lines {
		var x line
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		got = append(got, x)
	}
	names := []string{"a-good.png", "b-primary-low.png", "d-good.jpg", "e-truncated.jpg", "f-corrupt.png", "g-text.png", "h-huge.png", "c-off.png"}
	if len(got) != len(names) {
		t.Fatalf("%d results, want %d:\n%s", len(got), len(names), stdout)
	}
	for i, n := range names {
		if filepath.Base(got[i].File) != n {
			t.Errorf("result %d is %s, want %s (input order)", i, got[i].File, n)
		}
	}
	if !got[0].Pass || got[0].Width != 1000 || got[0].Shares["primary"] != 0.6 {
		t.Errorf("a-good: %+v", got[0])
	}
	if got[1].Pass || len(got[1].Problems) == 0 || !strings.Contains(got[1].Problems[0], "primary is 41 % of the brand colours, 19 points under its 60 % target") {
		t.Errorf("b-primary-low: %+v", got[1])
	}
	if !got[2].Pass {
		t.Errorf("d-good.jpg: %+v", got[2])
	}
	for i, want := range map[int]string{3: "jpeg", 4: "png", 5: "not a PNG, JPEG", 6: "20000x20000"} {
		if !strings.Contains(got[i].Error, want) {
			t.Errorf("%s: error %q, want %q", names[i], got[i].Error, want)
		}
	}
	if got[7].Pass || !strings.Contains(strings.Join(got[7].Problems, "|"), "18 % of the image is off-palette, mostly #3a") {
		t.Errorf("c-off: %+v", got[7])
	}
	if !strings.Contains(stderr, "checked 8: 2 passed, 2 failed, 4 unreadable") {
		t.Errorf("summary: %q", stderr)
	}
}

func TestCheckFormats(t *testing.T) {
	dir := checkFolder(t)
	pal := filepath.Join(dir, "brand.json")
	good := filepath.Join(dir, "images", "a-good.png")
	bad := filepath.Join(dir, "images", "b-primary-low.png")
	stdout, _, code := runCLI(t, "", "check", "--palette", pal, good)
	if code != 0 || !strings.HasPrefix(stdout, "PASS ") || !strings.Contains(stdout, "checked 1: 1 passed") {
		t.Errorf("text: exit %d\n%s", code, stdout)
	}
	stdout, _, code = runCLI(t, good+"\n"+bad+"\n", "check", "--palette", pal, "--format", "csv", "-")
	if code != exitFail || strings.Count(stdout, "\n") != 3 || !strings.HasPrefix(stdout, "file,width,height,primary") {
		t.Errorf("csv: exit %d\n%s", code, stdout)
	}
	stdout, _, code = runCLI(t, "", "check", "--palette", pal, "--format", "junit", filepath.Join(dir, "images"))
	var suite junitSuite
	if err := xml.Unmarshal([]byte(stdout), &suite); err != nil || code != exitUsage {
		t.Fatalf("junit: %v exit %d\n%s", err, code, stdout)
	}
	if suite.Tests != 8 || suite.Failures != 2 || suite.Errors != 4 || len(suite.Cases) != 8 {
		t.Errorf("junit suite %+v", suite)
	}
	// A looser rule passes the low-primary image.
	_, _, code = runCLI(t, "", "check", "--palette", pal, "--tolerance", "20", bad)
	if code != 0 {
		t.Errorf("--tolerance 20: exit %d", code)
	}
}

func TestCheckMask(t *testing.T) {
	dir := checkFolder(t)
	masks := filepath.Join(dir, "masks")
	off := filepath.Join(dir, "images", "sub", "c-off.png")
	_, stderr, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--mask", masks, off)
	if code != exitFail {
		t.Fatalf("exit %d %s", code, stderr)
	}
	entries, _ := os.ReadDir(masks)
	if len(entries) != 1 || !strings.HasSuffix(entries[0].Name(), "c-off.png.mask.png") {
		t.Fatalf("masks: %v", entries)
	}
	f, _ := os.Open(filepath.Join(masks, entries[0].Name()))
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if c := color.NRGBAModel.Convert(img.At(900, 10)).(color.NRGBA); c != (color.NRGBA{0x3a, 0x7d, 0x44, 255}) {
		t.Errorf("off-palette pixel in mask: %v", c)
	}
}

func TestCheckUsage(t *testing.T) {
	dir := checkFolder(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"check", "x.png"}, "--palette FILE is required"},
		{[]string{"check", "--palette", filepath.Join(dir, "brand.json")}, "no image given"},
		{[]string{"check", "--palette", filepath.Join(dir, "nope.json"), "x.png"}, "no such file"},
		{[]string{"check", "--palette", filepath.Join(dir, "images", "g-text.png"), "x.png"}, "not valid JSON"},
		{[]string{"check", "--palette", filepath.Join(dir, "brand.json"), "--jobs", "0", "x.png"}, "--jobs 0"},
		{[]string{"check", "--palette", filepath.Join(dir, "brand.json"), "--format", "xml", "x.png"}, "want text|json|csv|junit"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) || stdout != "" {
			t.Errorf("%v: exit %d stderr %q stdout %q", tt.args, code, stderr, stdout)
		}
	}
	// A missing file is reported and the others still run.
	stdout, _, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), filepath.Join(dir, "missing.png"), filepath.Join(dir, "images", "a-good.png"))
	if code != exitUsage || !strings.Contains(stdout, "ERROR") || !strings.Contains(stdout, "PASS") {
		t.Errorf("missing file: exit %d\n%s", code, stdout)
	}
}

func TestBannerCommand(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	out := filepath.Join(dir, "x.png")
	stdout, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--preset", "x-header", "--title", "Acme",
		"--tagline", "Des outils qui durent", "--cta", "Découvrir", "-o", out, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		File   string
		Width  int
		Pass   bool
		Shares map[string]float64
		Texts  []struct {
			Role        string
			Box         [4]int
			SizePx      float64 `json:"size_px"`
			Color       string
			Large       bool
			MinContrast float64 `json:"min_contrast"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if rep.File != out || rep.Width != 1500 || !rep.Pass || len(rep.Texts) != 3 || rep.Texts[2].Role != "cta" || rep.Texts[0].MinContrast < 3 {
		t.Errorf("report %+v", rep)
	}
	// The PNG passes check against its own palette.
	_, stderr, code = runCLI(t, "", "check", "--palette", pal, out)
	if code != 0 {
		t.Errorf("check of the banner: exit %d %s", code, stderr)
	}
	// The whole kit.
	kit := filepath.Join(dir, "kit")
	stdout, _, code = runCLI(t, "", "banner", "--palette", pal, "--preset", "all", "--out-dir", kit, "--title", "Acme", "--format", "json")
	entries, _ := os.ReadDir(kit)
	if n := len(render.Presets()); code != 0 || strings.Count(stdout, "\n") != n || len(entries) != n {
		t.Errorf("kit: exit %d, %d lines, %d files", code, strings.Count(stdout, "\n"), len(entries))
	}
	// PNG on stdout when asked.
	stdout, _, code = runCLI(t, "", "banner", "--palette", pal, "--size", "300x200", "-o", "-")
	if code != 0 || !strings.HasPrefix(stdout, "\x89PNG") {
		t.Errorf("-o -: exit %d, %q", code, stdout[:min(8, len(stdout))])
	}
	stdout, _, code = runCLI(t, "", "swatch", "--palette", pal, "-o", filepath.Join(dir, "card.png"))
	if code != 0 || !strings.Contains(stdout, "palette card 1200x") {
		t.Errorf("swatch: exit %d %s", code, stdout)
	}
}

func TestBannerErrors(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"banner", "-o", "x.png"}, "--palette FILE is required"},
		{[]string{"banner", "--palette", pal, "--preset", "myspace", "-o", "x.png"}, `unknown preset "myspace"`},
		{[]string{"banner", "--palette", pal, "--size", "12", "-o", "x.png"}, "want WxH"},
		{[]string{"banner", "--palette", pal, "--preset", "all"}, "give --out-dir"},
		{[]string{"banner", "--palette", pal, "-o", pal}, "would overwrite an input"},
		{[]string{"banner", "--palette", pal, "--format", "json", "-o", "-"}, "write the PNG with -o FILE"},
		{[]string{"banner", "--palette", pal, "--layout", "spiral", "-o", filepath.Join(dir, "y.png")}, "unknown layout"},
		{[]string{"banner", "--palette", pal, "--font", pal, "-o", filepath.Join(dir, "z.png")}, "font"},
		{[]string{"swatch"}, "--palette FILE is required"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) || stdout != "" {
			t.Errorf("%v: exit %d stderr %q stdout %q", tt.args, code, stderr, stdout)
		}
	}
	// Nothing half-written is left behind.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	if b, _ := os.ReadFile(pal); string(b) != checkPalette {
		t.Error("the palette file was changed")
	}
}

func TestExtractCommand(t *testing.T) {
	dir := checkFolder(t)
	img := filepath.Join(dir, "images", "a-good.png")
	stdout, stderr, code := runCLI(t, "", "extract", "--format", "json", img)
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	var doc struct {
		Colors []struct {
			Hex   string
			Share float64
		}
		Brand string
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || len(doc.Colors) != 3 || doc.Colors[0].Hex != "#1d4ed8" || doc.Brand != "#1d4ed8" {
		t.Errorf("%v %+v", err, doc)
	}
	stdout, stderr, code = runCLI(t, "", "palette", "--from-image", img, "--tags", "tech", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"hex": "#1d4ed8"`) || !strings.Contains(stderr, "brand colour of") {
		t.Errorf("--from-image: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, args := range [][]string{
		{"extract"},
		{"extract", filepath.Join(dir, "images", "g-text.png")},
		{"extract", "--colors", "0", img},
		{"palette", "--from-image", filepath.Join(dir, "images", "h-huge.png")},
		{"palette", "--from-image", img, "--base", "#fff"},
	} {
		if _, stderr, code := runCLI(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d stderr %q", args, code, stderr)
		}
	}
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	for _, to := range []string{"css", "scss", "tailwind", "tailwind4", "tokens", "gpl", "ase", "svg", "json"} {
		out := filepath.Join(dir, "out."+to)
		if to == "tokens" {
			out = filepath.Join(dir, "brand.tokens.json")
		}
		if _, stderr, code := runCLI(t, "", "export", "--palette", pal, "--to", to, "--ramps", "-o", out); code != 0 {
			t.Fatalf("%s: exit %d %s", to, code, stderr)
		}
		// Formats that carry sRGB read back in every --palette command.
		switch to {
		case "tokens", "gpl", "ase", "json":
			stdout, stderr, code := runCLI(t, "", "export", "--palette", out, "--to", "css")
			if code != 0 || !strings.Contains(stdout, "--brand-primary: #1d4ed8;") || !strings.Contains(stdout, "--brand-accent: #f59e0b;") {
				t.Errorf("%s read back: exit %d %s\n%s", to, code, stderr, stdout)
			}
		}
	}
	stdout, _, code := runCLI(t, "", "export", "--palette", pal, "--to", "css")
	if code != 0 || !strings.HasPrefix(stdout, "/* brand palette") {
		t.Errorf("stdout: %d %s", code, stdout)
	}
	for _, args := range [][]string{
		{"export", "--to", "css"},
		{"export", "--palette", pal},
		{"export", "--palette", pal, "--to", "pdf"},
		{"export", "--palette", pal, "--to", "css", "--prefix", "a b"},
		{"export", "--palette", pal, "--to", "json", "-o", pal},
	} {
		if stdout, stderr, code := runCLI(t, "", args...); code != exitUsage || stderr == "" || stdout != "" {
			t.Errorf("%v: exit %d stderr %q", args, code, stderr)
		}
	}
	txt := filepath.Join(dir, "colors.txt")
	os.WriteFile(txt, []byte("#1d4ed8\n#bfdbfe\n#f59e0b\n"), 0o644)
	if _, stderr, code := runCLI(t, "", "contrast", "--palette", txt); code != 0 {
		t.Errorf("contrast --palette colors.txt: %d %s", code, stderr)
	}
}

func TestAuditCommand(t *testing.T) {
	dir := t.TempDir()
	rg := filepath.Join(dir, "rg.json")
	os.WriteFile(rg, []byte(`{"version":1,"primary":"#d0312d","secondary":"#176700","accent":"#398526","neutral":["#111111","#ffffff"]}`), 0o644)
	stdout, _, code := runCLI(t, "", "audit", "--palette", rg, "--format", "json")
	if code != exitFail {
		t.Errorf("exit %d, want 1", code)
	}
	var rep struct {
		Pass     bool
		Findings []struct {
			Kind, Deficiency string
			Fix              *struct{ Color, From, To string }
		}
		CVD   []struct{ Deficiency string }
		Notes []string
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, f := range rep.Findings {
		kinds[f.Deficiency] = true
		if f.Kind == "cvd" && (f.Fix == nil || f.Fix.Color == "primary") {
			t.Errorf("finding without a fix, or on the locked primary: %+v", f)
		}
	}
	if rep.Pass || !kinds["protanopia"] || !kinds["deuteranopia"] || len(rep.CVD) != 4 || len(rep.Notes) == 0 {
		t.Errorf("report %+v", rep)
	}
	// A generated palette passes its own audit.
	gen, _, _ := runCLI(t, "", "palette", "--tags", "energy,nature", "--format", "json")
	pal := filepath.Join(dir, "gen.json")
	os.WriteFile(pal, []byte(gen), 0o644)
	if stdout, _, code := runCLI(t, "", "audit", "--palette", pal); code != 0 || !strings.Contains(stdout, "No problem found.") {
		t.Errorf("generated palette: exit %d\n%s", code, stdout)
	}
	stdout, _, code = runCLI(t, "", "color", "red", "--cvd", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"cvd":{"achromatopsia":"#7f7f7f"`) {
		t.Errorf("color --cvd: %s", stdout)
	}
	if _, _, code := runCLI(t, "", "swatch", "--palette", rg, "--simulate", "deuteranopia", "-o", filepath.Join(dir, "s.png")); code != 0 {
		t.Errorf("swatch --simulate: exit %d", code)
	}
	for _, args := range [][]string{
		{"audit"},
		{"audit", "--palette", rg, "--lock", "tertiary"},
		{"audit", "--palette", rg, "--cvd-severity", "2"},
		{"swatch", "--palette", rg, "--simulate", "colourblind"},
	} {
		if _, stderr, code := runCLI(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d %q", args, code, stderr)
		}
	}
}

func TestCheckShards(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	imgs := filepath.Join(dir, "imgs")
	os.MkdirAll(imgs, 0o755)
	for i := range 30 {
		w := 300 + 7*i
		writeTestPNG(t, filepath.Join(imgs, "img"+strconv.Itoa(i)+".png"), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{w * 6 / 10, w * 3 / 10, w - w*9/10}, 20))
	}
	os.WriteFile(filepath.Join(imgs, "broken.png"), []byte("not a png"), 0o644)
	whole, _, _ := runCLI(t, "", "check", "--palette", pal, "--format", "json", imgs)
	var parts []string
	counts := []int{}
	for i := range 3 {
		out, _, _ := runCLI(t, "", "check", "--palette", pal, "--format", "json", "--shard", strconv.Itoa(i)+"/3", imgs)
		parts = append(parts, out)
		counts = append(counts, strings.Count(out, "\n"))
	}
	sortLines := func(s string) string {
		l := strings.Split(strings.TrimSpace(s), "\n")
		sort.Strings(l)
		return strings.Join(l, "\n")
	}
	if got, want := sortLines(strings.Join(parts, "")), sortLines(whole); got != want {
		t.Errorf("3 shards differ from one run:\n%s\n---\n%s", got, want)
	}
	for i, c := range counts {
		if c == 0 {
			t.Errorf("shard %d is empty: %v", i, counts)
		}
	}
	// The same listing in another order lands in the same shards.
	var list strings.Builder
	for i := 29; i >= 0; i-- {
		list.WriteString(filepath.Join(imgs, "img"+strconv.Itoa(i)+".png") + "\n")
	}
	rev, _, _ := runCLI(t, list.String(), "check", "--palette", pal, "--format", "json", "--shard", "1/3", "-")
	if sortLines(rev) != sortLines(strings.ReplaceAll(parts[1], `{"file":"`+filepath.Join(imgs, "broken.png")+`","error":"imagefile: not a PNG, JPEG, GIF, WebP, BMP or TIFF image"}`+"\n", "")) {
		t.Errorf("shard 1 depends on listing order")
	}
	for _, bad := range []string{"3/3", "1", "a/b", "0/0"} {
		if _, stderr, code := runCLI(t, "", "check", "--palette", pal, "--shard", bad, imgs); code != exitUsage || !strings.Contains(stderr, "--shard") {
			t.Errorf("--shard %s: exit %d %q", bad, code, stderr)
		}
	}
}

// TestReportInBrowser writes a report for the folder and drives the
// system Chromium over it (.ci/js/report-check.mjs): no console errors, one
// card per image with its verdict, failures and unreadable files first,
// filters, sorting, keyboard; at 1280 and 390 px wide, no horizontal
// scrolling and an axe-core audit with no violation. It keeps a screenshot
// per width in $HUEPRINT_ARTIFACTS (report-1280.png, report-390.png) when set. Without Chromium and the npm tools it skips;
// CI sets HUEPRINT_REQUIRE_TOOLS=1 so that there it fails instead.
func TestReportInBrowser(t *testing.T) {
	js, _ := filepath.Abs("../../.ci/js")
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not installed"
	} else if _, err := os.Stat(filepath.Join(js, "node_modules", "playwright-core")); err != nil {
		missing = "playwright-core is not installed: run (cd .ci/js && npm ci)"
	} else if _, err := os.Stat(chromiumPath()); err != nil {
		missing = "Chromium is not installed: apt-get install chromium"
	}
	if missing != "" {
		if os.Getenv("HUEPRINT_REQUIRE_TOOLS") != "" {
			t.Fatal(missing)
		}
		t.Skip(missing)
	}
	dir := checkFolder(t)
	report := filepath.Join(dir, "report")
	_, stderr, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--report", report,
		"--mask", filepath.Join(report, "masks"), filepath.Join(dir, "images"))
	if code != exitUsage {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	expected := map[string]string{"a-good.png": "pass", "b-primary-low.png": "fail", "d-good.jpg": "pass", "e-truncated.jpg": "error",
		"f-corrupt.png": "error", "g-text.png": "error", "h-huge.png": "error", "c-off.png": "fail"}
	exp, _ := json.Marshal(expected)
	expFile := filepath.Join(dir, "expected.json")
	os.WriteFile(expFile, exp, 0o644)
	shotDir := os.Getenv("HUEPRINT_ARTIFACTS")
	if shotDir == "" {
		shotDir = t.TempDir()
	}
	os.MkdirAll(shotDir, 0o755)
	cmd := exec.Command("node", filepath.Join(js, "report-check.mjs"), report, expFile, filepath.Join(shotDir, "report.png"))
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromiumPath())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, w := range []string{"1280", "390"} {
		if _, err := os.Stat(filepath.Join(shotDir, "report-"+w+".png")); err != nil {
			t.Errorf("no screenshot at %s px: %v", w, err)
		}
	}
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

func TestBannerCustomFont(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	font := filepath.Join(dir, "brand.ttf")
	os.WriteFile(font, gomono.TTF, 0o644)
	out := filepath.Join(dir, "x.png")
	stdout, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--font", font, "--title", "Café déjà vu", "--cta", "Découvrir", "-o", out, "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"text":"Café déjà vu"`) {
		t.Fatalf("exit %d %s\n%s", code, stderr, stdout)
	}
	if _, _, code := runCLI(t, "", "check", "--palette", pal, out); code != 0 {
		t.Errorf("banner with a custom font fails its check: %d", code)
	}
}

// TestThumbnails: the area-average downscaler gives the flat colour back
// for 4:2:0 JPEGs with an even factor (its own path), an odd factor and a
// PNG, and stays within 320 pixels.
func TestThumbnails(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{1280, 960, 300} {
		src := band([]string{"#1d4ed8"}, []int{size}, size/2)
		var buf bytes.Buffer
		jpeg.Encode(&buf, src, &jpeg.Options{Quality: 95})
		jimg, err := jpeg.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		for name, img := range map[string]image.Image{"jpeg": jimg, "png": src} {
			path := filepath.Join(dir, name+".jpg")
			w, h, err := report.WriteThumb(img, path)
			if err != nil || w > report.ThumbMax || h > report.ThumbMax || w == 0 {
				t.Fatalf("%s %d: %dx%d %v", name, size, w, h, err)
			}
			f, _ := os.Open(path)
			th, err := jpeg.Decode(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			r, g, b, _ := th.At(w/2, h/2).RGBA()
			if d := max(absDiff(r>>8, 0x1d), absDiff(g>>8, 0x4e), absDiff(b>>8, 0xd8)); d > 6 {
				t.Errorf("%s %d: centre %02x%02x%02x, want #1d4ed8", name, size, r>>8, g>>8, b>>8)
			}
		}
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// junitSuite reads the JUnit XML that check --format junit writes.
type junitSuite struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Skipped  int `xml:"skipped,attr"`
	Cases    []struct {
		Name string `xml:"name,attr"`
	} `xml:"testcase"`
}
