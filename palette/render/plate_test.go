package render_test

import (
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/render"
)

// primaryMark is a square logo in the primary's colour with a lighter
// centre: it cannot be seen on the primary and needs a plate.
func primaryMark(primary color.NRGBA) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 120, 120))
	draw.Draw(img, img.Bounds(), image.NewUniform(primary), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(40, 40, 80, 80), image.NewUniform(color.NRGBA{0xff, 0x90, 0x00, 0xff}), image.Point{}, draw.Src)
	return img
}

// TestLogoPlate: the plate behind a logo that the artwork hides is one of
// the palette's neutrals (it was #ffffff whatever the palette), black or
// white only for a palette without neutrals; and on the wide formats the
// mark is not an icon under the title (at least 0.6 of the title's size;
// it was 0.53 on the X header, 42 px under a 78 px title).
func TestLogoPlate(t *testing.T) {
	const withNeutrals = `{"version":1,"primary":"#1652b9","secondary":["#eedbff"],"accent":"#ff9000","neutral":["#161d29","#f1f8ff"]}`
	const without = `{"version":1,"primary":"#1652b9","secondary":["#eedbff"],"accent":"#ff9000"}`
	brand, err := palette.Read(strings.NewReader(withNeutrals))
	if err != nil {
		t.Fatal(err)
	}
	// The README's logo: the palette's own profile picture, a blue disc
	// ringed in orange on pale violet. Its pixels show a little more on
	// white than on the light neutral #f1f8ff, which made the plate white.
	profile, _ := render.PresetByName("x-profile")
	readme, _, err := render.Banner(brand, profile, render.Options{Title: "Acme"})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{withNeutrals, without} {
		p, err := palette.Read(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		logos := []image.Image{readme, primaryMark(color.NRGBA{0x16, 0x52, 0xb9, 0xff})}
		for _, logo := range logos {
			allowed := map[string]bool{}
			for _, n := range p.Neutral {
				allowed[n.Hex()] = true
			}
			if len(p.Neutral) == 0 {
				allowed[palette.Hex(contrast.Black)], allowed[palette.Hex(contrast.White)] = true, true
			}
			for _, preset := range render.Presets() {
				_, rep, err := render.Banner(p, preset, render.Options{Title: "Acme", Tagline: "Des outils qui durent", CTA: "Découvrir", Logo: logo})
				if err != nil {
					t.Fatalf("%s: %v", preset.Name, err)
				}
				if rep.Logo == nil || !rep.Logo.Plate {
					t.Fatalf("%s: the logo got no plate: %+v", preset.Name, rep.Logo)
				}
				if hex := palette.Hex(rep.Logo.PlateColor); !allowed[hex] {
					t.Errorf("%s (%d neutrals): plate %s, want one of %v", preset.Name, len(p.Neutral), hex, allowed)
				}
				if preset.Layout != render.Diagonal && preset.Layout != render.Bands {
					continue
				}
				title := rep.Texts[0]
				if title.Role != render.RoleTitle {
					t.Fatalf("%s: first text is %v", preset.Name, title.Role)
				}
				if h := float64(rep.Logo.Box.Dy()); h < 0.6*title.SizePx {
					t.Errorf("%s: logo %d px tall under a %.0f px title (%.2f of it, want at least 0.6)", preset.Name, rep.Logo.Box.Dy(), title.SizePx, h/title.SizePx)
				}
			}
		}
	}
}
