package main

import (
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// TestNamesAgree: palette, color and extract give a colour the same name
// (palette.ColorName), in English and in French: the generator used to call
// #f1f8ff "off-white" while extract called it "white".
func TestNamesAgree(t *testing.T) {
	line := regexp.MustCompile(`^(#[0-9a-f]{6}) +[^%]+%  score \S+  (.+?)(  .*)?$`)
	for _, tags := range []string{"trust,tech", "luxury", "nature,calm", "food,energy", "kids,fun", "finance"} {
		for _, lang := range []string{"en", "fr"} {
			stdout, stderr, code := runCLI(t, "", "palette", "--tags", tags, "--format", "json", "--lang", lang)
			if code != 0 {
				t.Fatalf("palette --tags %s: exit %d: %s", tags, code, stderr)
			}
			p, err := palette.Read(strings.NewReader(stdout))
			if err != nil {
				t.Fatal(err)
			}
			entries := p.Colors()
			want := map[string]string{}
			args := []string{"color", "--format", "json", "--lang", lang}
			for _, e := range entries {
				want[palette.Hex(e.Color)] = e.Name
				args = append(args, palette.Hex(e.Color))
			}
			// color: "color_name" is the palette's name.
			stdout, stderr, code = runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("color: exit %d: %s", code, stderr)
			}
			for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
				var c struct {
					Hex       string
					ColorName string `json:"color_name"`
				}
				if err := json.Unmarshal([]byte(l), &c); err != nil {
					t.Fatal(err)
				}
				if name, ok := want[c.Hex]; !ok || c.ColorName != name {
					t.Errorf("%s %s: color names %s %q, palette %q (%v)", tags, lang, c.Hex, c.ColorName, name, ok)
				}
			}
			// extract: stripes of the palette's colours, each found exactly
			// and named as the palette names it.
			img := image.NewNRGBA(image.Rect(0, 0, 40*len(entries), 60))
			for i, e := range entries {
				r, g, b := palette.RGB255(e.Color)
				for y := range 60 {
					for x := 40 * i; x < 40*(i+1); x++ {
						img.SetNRGBA(x, y, color.NRGBA{r, g, b, 255})
					}
				}
			}
			path := filepath.Join(t.TempDir(), "stripes.png")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
			stdout, stderr, code = runCLI(t, "", "extract", "--colors", "8", "--lang", lang, path)
			if code != 0 {
				t.Fatalf("extract: exit %d: %s", code, stderr)
			}
			found := 0
			for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
				m := line.FindStringSubmatch(l)
				if m == nil {
					continue
				}
				if name, ok := want[m[1]]; ok {
					found++
					if m[2] != name {
						t.Errorf("%s %s: extract names %s %q, palette %q", tags, lang, m[1], m[2], name)
					}
				}
			}
			if found != len(want) {
				t.Errorf("%s %s: extract found %d of the %d colours exactly:\n%s", tags, lang, found, len(want), stdout)
			}
		}
	}
}
