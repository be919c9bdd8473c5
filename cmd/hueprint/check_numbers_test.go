package main

import (
	"encoding/json"
	"encoding/xml"
	"github.com/hueprint/hueprint/palette/psych"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
)

func TestSharesLine(t *testing.T) {
	tests := []struct {
		name string
		s    palette.Shares
		want string
	}{
		{"two bases", palette.Shares{Primary: 0.3, Secondary: 0.15, Accent: 0.05, Neutral: 0.45, Off: 0.05},
			"primary 60.0%  secondary 30.0%  accent 10.0% of brand colours (brand colours 50.0% of the image)  ·  neutral 45.0%  off 5.0% of the image"},
		{"photo", palette.Shares{Primary: 0.3, Secondary: 0.15, Accent: 0.05, Neutral: 0.2, Photo: 0.3},
			"primary 60.0%  secondary 30.0%  accent 10.0% of brand colours (brand colours 50.0% of the image)  ·  neutral 20.0%  off 0.0%  photo 30.0% of the image"},
		{"too little brand", palette.Shares{Accent: 0.01, Neutral: 0.99},
			"brand colours 1.0% of the image, too little for a 60-30-10 verdict  ·  neutral 99.0%  off 0.0% of the image"},
	}
	for _, tt := range tests {
		if got := check.SharesLine(tt.s, psych.English); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestCheckUnits(t *testing.T) {
	dir := checkFolder(t)
	pal := filepath.Join(dir, "brand.json")
	bad := filepath.Join(dir, "images", "b-primary-low.png") // primary 19 points under
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"--tolerance", "20"}, exitOK},
		{[]string{"--tolerance", "20%"}, exitOK},
		{[]string{"--tolerance", "1"}, exitFail}, // one point, not 100 %
		{[]string{"--tolerance", "0.2"}, exitUsage},
		{[]string{"--max-off", "0.1"}, exitUsage},
		{[]string{"--max-off", "1"}, exitFail}, // 1 %, still fails on the tolerance
	} {
		_, stderr, code := runCLI(t, "", append(append([]string{"check", "--palette", pal}, tt.args...), bad)...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (%s)", tt.args, code, tt.code, stderr)
		}
		if code == exitUsage && !strings.Contains(stderr, "a fraction? write points") {
			t.Errorf("%v: stderr %q", tt.args, stderr)
		}
	}
}

func TestCheckNothingToCheck(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("hello"), 0o644)
	stdout, stderr, code := runCLI(t, "", "check", "--palette", pal, empty)
	if code != exitUsage || !strings.Contains(stderr, "no image found in") {
		t.Errorf("empty folder: exit %d stderr %q stdout %q", code, stderr, stdout)
	}

	svgs := filepath.Join(dir, "svgs")
	os.Mkdir(svgs, 0o755)
	os.WriteFile(filepath.Join(svgs, "logo.svg"), []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), 0o644)
	stdout, stderr, code = runCLI(t, "", "check", "--palette", pal, svgs)
	if code != exitFail || !strings.Contains(stdout, "SKIP  "+filepath.Join(svgs, "logo.svg")+": SVG is vector art") ||
		!strings.Contains(stdout, "1 skipped") {
		t.Errorf("folder of SVGs: exit %d stderr %q stdout %q", code, stderr, stdout)
	}
	_, stderr, code = runCLI(t, "", "check", "--palette", pal, "--skip-unsupported", svgs)
	if code != exitUsage || !strings.Contains(stderr, "no image check can read") {
		t.Errorf("folder of SVGs, --skip-unsupported: exit %d stderr %q", code, stderr)
	}

	// One PNG that passes beside the SVG: a failure unless --skip-unsupported.
	writeTestPNG(t, filepath.Join(svgs, "banner.png"), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{60, 30, 10}, 10))
	if _, _, code = runCLI(t, "", "check", "--palette", pal, svgs); code != exitFail {
		t.Errorf("PNG + SVG: exit %d, want %d", code, exitFail)
	}
	if _, _, code = runCLI(t, "", "check", "--palette", pal, "--skip-unsupported", svgs); code != exitOK {
		t.Errorf("PNG + SVG, --skip-unsupported: exit %d, want 0", code)
	}
	stdout, _, _ = runCLI(t, "", "check", "--palette", pal, "--format", "json", svgs)
	if !strings.Contains(stdout, `{"file":"`+filepath.Join(svgs, "logo.svg")+`","skipped":"SVG is vector art`) {
		t.Errorf("json: %s", stdout)
	}
	stdout, _, _ = runCLI(t, "", "check", "--palette", pal, "--format", "junit", svgs)
	var suite struct {
		Skipped int `xml:"skipped,attr"`
	}
	if err := xml.Unmarshal([]byte(stdout), &suite); err != nil || suite.Skipped != 1 {
		t.Errorf("junit: %v %+v", err, suite)
	}
}

// TestCheckOneBasis: the JSON carries both bases under their names, and
// they agree with the text line and the problems.
func TestCheckOneBasis(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	// Half neutral, then 30/15/5 of the image: 60/30/10 of the brand colours.
	img := band([]string{"#f9fafb", "#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{100, 60, 30, 10}, 20)
	path := filepath.Join(dir, "half-neutral.png")
	writeTestPNG(t, path, img)
	stdout, _, code := runCLI(t, "", "check", "--palette", pal, "--format", "json", path)
	var rep struct {
		Shares      map[string]float64  `json:"shares"`
		Brand       float64             `json:"brand"`
		BrandShares *map[string]float64 `json:"brand_shares"`
		Pass        bool                `json:"pass"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil || code != exitOK {
		t.Fatalf("%v exit %d: %s", err, code, stdout)
	}
	bs := *rep.BrandShares
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	if !near(rep.Shares["primary"], 0.3) || rep.Shares["photo"] != 0 || !near(rep.Brand, 0.5) || !near(bs["primary"], 0.6) ||
		!near(bs["accent"], 0.1) || !rep.Pass {
		t.Errorf("json: %s", stdout)
	}
	stdout, _, _ = runCLI(t, "", "check", "--palette", pal, path)
	if !strings.Contains(stdout, "primary 60.0%  secondary 30.0%  accent 10.0% of brand colours (brand colours 50.0% of the image)  ·  neutral 50.0%  off 0.0% of the image") {
		t.Errorf("text: %s", stdout)
	}

	// Almost no brand colour: no split quoted, a problem that says so.
	img = band([]string{"#f9fafb", "#f59e0b"}, []int{198, 2}, 20)
	writeTestPNG(t, path, img)
	stdout, _, code = runCLI(t, "", "check", "--palette", pal, "--format", "json", path)
	rep.BrandShares = nil
	var probs struct {
		Problems []string `json:"problems"`
	}
	json.Unmarshal([]byte(stdout), &rep)
	json.Unmarshal([]byte(stdout), &probs)
	if code != exitFail || rep.BrandShares != nil || len(probs.Problems) != 1 || !strings.HasPrefix(probs.Problems[0], "too little brand colour for a 60-30-10 verdict") ||
		!strings.Contains(stdout, `"brand_shares":null`) {
		t.Errorf("too little brand: exit %d %s", code, stdout)
	}
}
