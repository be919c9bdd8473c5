package main

import (
	"bytes"
	"encoding/json"
	"github.com/hueprint/hueprint/palette"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/render"
)

// TestColorHSV pins the HSV (HSB) figures of `color`, text and JSON. The
// values follow the hexcone definition (Smith 1978, "Color gamut transform
// pairs"): V = max, S = (max-min)/max, H as for HSL.
func TestColorHSV(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		h       *float64 // nil for an achromatic colour
		s, v    float64
		textHSV string
	}{
		{name: "tomato", in: "tomato", h: ptr(9.1304), s: 0.7216, v: 1, textHSV: "hsv (hsb)  9.1° 72.2% 100.0%"},
		{name: "pure red", in: "#f00", h: ptr(0), s: 1, v: 1, textHSV: "hsv (hsb)  0.0° 100.0% 100.0%"},
		{name: "brick", in: "#d0312d", h: ptr(1.4724), s: 0.7837, v: 0.8157, textHSV: "hsv (hsb)  1.5° 78.4% 81.6%"},
		{name: "grey has no hue", in: "#808080", h: nil, s: 0, v: 0.5020, textHSV: "hsv (hsb)  none 0.0% 50.2%"},
		{name: "black", in: "black", h: nil, s: 0, v: 0, textHSV: "hsv (hsb)  none 0.0% 0.0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", "color", "--format", "json", tt.in)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var got struct {
				HSV map[string]*float64 `json:"hsv"`
			}
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatal(err)
			}
			if tt.h == nil && got.HSV["h"] != nil {
				t.Errorf("h = %v, want null", *got.HSV["h"])
			}
			if tt.h != nil && (got.HSV["h"] == nil || math.Abs(*got.HSV["h"]-*tt.h) > 1e-3) {
				t.Errorf("h = %v, want %v", got.HSV["h"], *tt.h)
			}
			for k, want := range map[string]float64{"s": tt.s, "v": tt.v} {
				if got.HSV[k] == nil || math.Abs(*got.HSV[k]-want) > 1e-3 {
					t.Errorf("%s = %v, want %v (a fraction)", k, got.HSV[k], want)
				}
			}
			text, _, _ := runCLI(t, "", "color", tt.in)
			if !strings.Contains(text, "  "+tt.textHSV+"\n") {
				t.Errorf("text has no %q:\n%s", tt.textHSV, text)
			}
		})
	}
}

func ptr(v float64) *float64 { return &v }

// TestColorCVDNames: --cvd prints each deficiency's full name, and the hexes
// start in one column.
func TestColorCVDNames(t *testing.T) {
	stdout, _, code := runCLI(t, "", "color", "--cvd", "#d0312d")
	if code != 0 {
		t.Fatal(code)
	}
	col := -1
	for _, name := range []string{"protanopia", "deuteranopia", "tritanopia", "achromatopsia"} {
		re := regexp.MustCompile(`(?m)^ +` + name + ` +#[0-9a-f]{6}$`)
		line := re.FindString(stdout)
		if line == "" {
			t.Errorf("no line for %s:\n%s", name, stdout)
			continue
		}
		c := strings.Index(line, "#")
		if col >= 0 && c != col {
			t.Errorf("%s: hex at column %d, others at %d:\n%s", name, c, col, stdout)
		}
		col = c
	}
	if strings.Contains(stdout, "deuteranop ") || strings.Contains(stdout, "achromatop ") {
		t.Errorf("truncated name:\n%s", stdout)
	}
}

// TestAuditVerdicts: a verdict word never contradicts a figure: "ok" appears
// on a line only when every figure of that line meets the audit's own
// threshold (the level for text, MinCVDDistance and MinAccentRatio for
// deficiencies); a failing figure always gets a verdict that says so.
func TestAuditVerdicts(t *testing.T) {
	dir := t.TempDir()
	palettes := map[string]string{
		// Red and green with a red accent: under 3:1 and confusable for all.
		"rg": `{"version":1,"primary":"#d0312d","secondary":["#2e7d32"],"accent":"#c62828","neutral":["#1a1a1a","#fafafa"]}`,
		// Distinct for everyone but the accent drops under 3:1 with
		// protanopia and tritanopia, though it still stands out by colour.
		"brand": `{"version":1,"primary":"#0057ae","secondary":"#b8eee9","accent":"#ff9d00","neutral":["#121e2b","#f1f8ff"]}`,
		// A near-grey accent on grey: it stands out for nobody.
		"grey": `{"version":1,"primary":"#6b6b6b","secondary":"#d8d8f0","accent":"#777a70","neutral":["#111111","#fafafa"]}`,
	}
	textLine := regexp.MustCompile(`^  \S+ +#[0-9a-f]{6}  text #[0-9a-f]{6} +([0-9.]+):1 .*  (\S.*)$`)
	cvdLine := regexp.MustCompile(`^  (protanopia|deuteranopia|tritanopia|achromatopsia) +([0-9.]+)  accent +([0-9.]+):1 +([0-9.]+) ΔE00  (.*)$`)
	seen := map[string]int{}
	for name, body := range palettes {
		file := filepath.Join(dir, name+".json")
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, level := range []struct {
			flag string
			min  float64
		}{{"aa", 4.5}, {"aaa", 7}} {
			stdout, stderr, code := runCLI(t, "", "audit", "--palette", file, "--level", level.flag)
			if code != exitFail && code != exitOK {
				t.Fatalf("%s: exit %d: %s", name, code, stderr)
			}
			for _, line := range strings.Split(stdout, "\n") {
				if m := textLine.FindStringSubmatch(line); m != nil {
					r, _ := strconv.ParseFloat(m[1], 64)
					ok := m[2] == "ok"
					if ok != (r >= level.min) {
						t.Errorf("%s --level %s: verdict %q beside %.2f:1 (needs %g:1): %q", name, level.flag, m[2], r, level.min, line)
					}
					seen["text "+strings.Fields(m[2])[0]]++
				}
				if m := cvdLine.FindStringSubmatch(line); m != nil {
					d, _ := strconv.ParseFloat(m[2], 64)
					r, _ := strconv.ParseFloat(m[3], 64)
					ad, _ := strconv.ParseFloat(m[4], 64)
					verdict := m[5]
					stands := r >= 3 || ad >= palette.MinCVDAccentDistance
					if (verdict == "ok") != (d >= 8 && stands) {
						t.Errorf("%s: verdict %q beside distance %.1f (needs 8) and accent %.2f:1, %.1f ΔE00 (needs 3:1 or %g): %q", name, verdict, d, r, ad, palette.MinCVDAccentDistance, line)
					}
					if !stands && !strings.Contains(verdict, "accent under 3:1") {
						t.Errorf("%s: accent %.2f:1 not called out: %q", name, r, line)
					}
					if d < 8 && !strings.Contains(verdict, "hard to tell apart") {
						t.Errorf("%s: distance %.1f not called out: %q", name, d, line)
					}
					seen["cvd "+strings.SplitN(verdict, " ", 2)[0]]++
				}
			}
		}
	}
	// Both verdicts were exercised, so the checks above cannot pass vacuously.
	for _, k := range []string{"text ok", "text under", "cvd ok", "cvd accent"} {
		if seen[k] == 0 {
			t.Errorf("no %q line seen: %v", k, seen)
		}
	}
}

// TestAuditJSONCVDPass: each deficiency's JSON carries its verdict.
func TestAuditJSONCVDPass(t *testing.T) {
	file := filepath.Join(t.TempDir(), "p.json")
	os.WriteFile(file, []byte(`{"version":1,"primary":"#0057ae","secondary":"#b8eee9","accent":"#ff9d00","neutral":["#121e2b","#f1f8ff"]}`), 0o644)
	stdout, _, _ := runCLI(t, "", "audit", "--palette", file, "--format", "json")
	var rep struct {
		CVD []struct {
			Deficiency  string  `json:"deficiency"`
			AccentRatio float64 `json:"accent_ratio"`
			AccentDist  float64 `json:"accent_distance"`
			MinDistance float64 `json:"min_distance"`
			Pass        *bool   `json:"pass"`
		} `json:"cvd"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.CVD {
		if c.Pass == nil || *c.Pass != ((c.AccentRatio >= 3 || c.AccentDist >= palette.MinCVDAccentDistance) && c.MinDistance >= 8) {
			t.Errorf("%s: pass %v with accent %.2f:1 and distance %.1f", c.Deficiency, c.Pass, c.AccentRatio, c.MinDistance)
		}
	}
}

// TestSimulatedPNGsSaySo: swatch and banner --simulate write a PNG that is
// taller than the true render by its caption and whose Description chunk
// names the deficiency and severity; the true renders carry no such claim.
func TestSimulatedPNGsSaySo(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string // in the Description
	}{
		{name: "swatch", args: []string{"swatch", "--palette", "testdata/brand.json", "--simulate", "protanopia"}, want: "Simulated protanopia, full severity"},
		{name: "swatch anomaly", args: []string{"swatch", "--palette", "testdata/brand.json", "--simulate", "deuteranopia", "--cvd-severity", "0.6"}, want: "Simulated deuteranomaly, severity 60 %"},
		{name: "banner", args: []string{"banner", "--palette", "testdata/brand.json", "--preset", "x-header", "--simulate", "tritanopia"}, want: "Simulated tritanopia, full severity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plainFile, simFile := filepath.Join(dir, tt.name+"-true.png"), filepath.Join(dir, tt.name+"-sim.png")
			var plainArgs []string
			for i := 0; i < len(tt.args); i++ {
				if tt.args[i] == "--simulate" || tt.args[i] == "--cvd-severity" {
					i++
					continue
				}
				plainArgs = append(plainArgs, tt.args[i])
			}
			if _, stderr, code := runCLI(t, "", append(plainArgs, "-o", plainFile)...); code != 0 {
				t.Fatalf("true render: exit %d: %s", code, stderr)
			}
			if _, stderr, code := runCLI(t, "", append(tt.args, "-o", simFile)...); code != 0 {
				t.Fatalf("simulated render: exit %d: %s", code, stderr)
			}
			read := func(file string) (int, []render.PNGText) {
				b, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				cfg, err := png.DecodeConfig(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				text, err := render.ReadPNGText(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				return cfg.Height, text
			}
			hTrue, textTrue := read(plainFile)
			hSim, textSim := read(simFile)
			if hSim <= hTrue {
				t.Errorf("simulated PNG %d px tall, true %d: no caption band", hSim, hTrue)
			}
			if len(textTrue) != 0 {
				t.Errorf("true render carries text chunks %q", textTrue)
			}
			var desc string
			for _, c := range textSim {
				if c.Keyword == "Description" {
					desc = c.Text
				}
			}
			if !strings.HasPrefix(desc, tt.want) {
				t.Errorf("Description %q, want it to start %q", desc, tt.want)
			}
		})
	}
}
