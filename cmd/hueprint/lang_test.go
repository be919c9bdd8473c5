package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// writeTestImage writes a PNG whose pixels are the given colours in the
// given proportions (of 100 columns).
func writeTestImage(t *testing.T, path string, parts map[string]int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 100, 20))
	x := 0
	for _, hex := range sortedKeys(parts) {
		c := palette.MustParseColor(hex)
		r, g, b := palette.RGB255(c)
		for n := 0; n < parts[hex]; n++ {
			for y := 0; y < 20; y++ {
				img.Set(x, y, color.RGBA{r, g, b, 255})
			}
			x++
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

var (
	htmlScript = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)
	htmlEntity = regexp.MustCompile(`&[a-z#0-9]+;`)
)

// visibleText returns the text a reader of an HTML page sees.
func visibleText(html string) string {
	return htmlEntity.ReplaceAllString(htmlScript.ReplaceAllString(html, " "), " ")
}

// TestFrenchOutputIsFrench runs every command that prints or draws words
// with --lang fr and scans what it writes for English words and for
// figures with a decimal point (psych.FrenchLint): palette, tags, check
// (text, CSV header and the HTML report), audit, banner, color, contrast,
// extract, swatch (whose drawn labels palette/render's TestSwatchFrench
// scans).
func TestFrenchOutputIsFrench(t *testing.T) {
	dir := t.TempDir()
	brand := filepath.Join(dir, "marque.json")
	out, errs, code := runCLI(t, "", "palette", "--tags", "confiance,tech", "--lang", "fr", "--format", "json")
	if code != 0 {
		t.Fatalf("palette: exit %d: %s", code, errs)
	}
	if err := os.WriteFile(brand, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := (&paletteInput{file: brand, variant: 1}).read(nil)
	if err != nil {
		t.Fatal(err)
	}
	imgs := filepath.Join(dir, "images")
	os.Mkdir(imgs, 0o755)
	writeTestImage(t, filepath.Join(imgs, "conforme.png"), map[string]int{p.Primary.Hex(): 60, p.Secondary[0].Hex(): 30, p.Accent.Hex(): 10})
	writeTestImage(t, filepath.Join(imgs, "decalee.png"), map[string]int{p.Primary.Hex(): 30, "#3a7d44": 40, p.Accent.Hex(): 30})
	report := filepath.Join(dir, "rapport")

	runs := []struct {
		name string
		args []string
		file string // a file to scan instead of stdout
		html bool
		warn bool // scan stderr too (notes and warnings)
	}{
		{name: "palette notes and warnings", warn: true, args: []string{"palette", "--tags", "confiance,nautisme", "--base", "#808080", "--lock", "accent=#7f7f7f", "--avoid", "#0057b8", "--lang", "fr"}},
		{name: "palette avoid note", warn: true, args: []string{"palette", "--tags", "confiance,rouge", "--avoid", "#0057b8", "--lang", "fr"}},
		{name: "palette neon base", warn: true, args: []string{"palette", "--tags", "sport", "--base", "#00ff00", "--lang", "fr"}},
		{name: "palette", args: []string{"palette", "--tags", "confiance,tech", "--lang", "fr"}},
		{name: "palette variants", args: []string{"palette", "--tags", "minimaliste,haut de gamme", "--variants", "3", "--lang", "fr"}},
		{name: "palette colour word", args: []string{"palette", "--tags", "bordeaux,vins,sourd", "--lang", "fr"}},
		{name: "palette urgency muted", args: []string{"palette", "--tags", "urgence", "--style", "muted", "--lang", "fr"}},
		{name: "tags", args: []string{"tags", "--lang", "fr"}},
		{name: "check", args: []string{"check", "--palette", brand, "--lang", "fr", imgs}},
		{name: "check csv header", args: []string{"check", "--palette", brand, "--lang", "fr", "--format", "csv", imgs}},
		{name: "check report", args: []string{"check", "--palette", brand, "--lang", "fr", "--report", report, imgs}, file: filepath.Join(report, "index.html"), html: true},
		{name: "audit", args: []string{"audit", "--palette", brand, "--lang", "fr"}},
		{name: "audit findings", args: []string{"audit", "--palette", "testdata/brand.json", "--lock", "none", "--lang", "fr"}},
		{name: "banner", args: []string{"banner", "--palette", brand, "--preset", "og-image", "--tagline", "Pain au levain", "--cta", "Commander", "--lang", "fr", "-o", filepath.Join(dir, "banniere.png")}},
		{name: "color", args: []string{"color", "#123456", "tomato", "--cvd", "--lang", "fr"}},
		{name: "contrast", args: []string{"contrast", "#777", "#fff", "--lang", "fr"}},
		{name: "contrast grid", args: []string{"contrast", "--palette", brand, "--lang", "fr"}},
		{name: "extract", args: []string{"extract", filepath.Join(imgs, "conforme.png"), "--lang", "fr"}},
		{name: "swatch", args: []string{"swatch", "--palette", brand, "--lang", "fr", "-o", filepath.Join(dir, "carte.png")}},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", r.args...)
			if code == exitUsage {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			text := stdout
			if r.warn {
				text += stderr
			}
			if r.name == "check csv header" {
				text, _, _ = strings.Cut(stdout, "\n")
			}
			if r.file != "" {
				b, err := os.ReadFile(r.file)
				if err != nil {
					t.Fatal(err)
				}
				text = string(b)
			}
			if r.html {
				text = visibleText(text)
			}
			if strings.TrimSpace(text) == "" {
				t.Fatal("no output")
			}
			// Paths are the test's, not words of hueprint.
			text = strings.ReplaceAll(text, dir, "")
			if bad := psych.FrenchLint(text); len(bad) > 0 {
				t.Errorf("French output has %v:\n%s", bad, text)
			}
			// The brief's words: "couleur principale", "mot-clé".
			for _, w := range []string{"primaire", " tag ", " tags "} {
				if strings.Contains(text, w) {
					t.Errorf("French output says %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestLangFromEnvironment: without --lang, HUEPRINT_LANG and then the locale
// choose the language.
func TestLangFromEnvironment(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("HUEPRINT_LANG", "")
	t.Setenv("LANG", "fr_FR.UTF-8")
	out, _, _ := runCLI(t, "", "palette", "--tags", "trust")
	if !strings.Contains(out, "principale") {
		t.Errorf("LANG=fr_FR: not French:\n%s", out)
	}
	t.Setenv("HUEPRINT_LANG", "en")
	out, _, _ = runCLI(t, "", "palette", "--tags", "trust")
	if !strings.Contains(out, "primary") {
		t.Errorf("HUEPRINT_LANG=en: not English:\n%s", out)
	}
	out, _, _ = runCLI(t, "", "palette", "--tags", "trust", "--lang", "fr")
	if !strings.Contains(out, "principale") {
		t.Errorf("--lang fr beats HUEPRINT_LANG:\n%s", out)
	}
}

// TestDidYouMean: mistyped commands, flags, tags, styles, harmonies,
// presets and CSS colour names get the nearest right spelling, tags in their
// own language and by meaning where the synonym table knows the word.
func TestDidYouMean(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"pallete"}, "did you mean palette?"},
		{[]string{"swach"}, "did you mean swatch?"},
		{[]string{"palette", "--tag", "trust"}, "did you mean --tags?"},
		{[]string{"palette", "--tags", "trust", "--style", "pastl"}, "did you mean pastel?"},
		{[]string{"palette", "--tags", "trust", "--harmony", "triadc"}, "did you mean triadic?"},
		{[]string{"banner", "--palette", "testdata/brand.json", "--preset", "og-imag", "-o", "x.png"}, "did you mean og-image?"},
		{[]string{"color", "whte"}, "did you mean white?"},
		{[]string{"palette", "--base", "tomatoe"}, "did you mean tomato?"},
		{[]string{"palette", "--tags", "confianse"}, "did you mean confiance?"},
		{[]string{"palette", "--tags", "parfun"}, "did you mean parfum?"},
		{[]string{"palette", "--tags", "care"}, "did you mean health, wellness, tenderness"},
		{[]string{"palette", "--tags", "soins"}, "did you mean santé, bien-être, tendresse"},
	}
	for _, tt := range tests {
		_, stderr, code := runCLI(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tt.args, code, stderr, tt.want)
		}
	}
}
