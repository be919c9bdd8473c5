package render_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/render"
	xdraw "golang.org/x/image/draw"
)

func readPalette(t testing.TB, file string) *palette.Palette {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := palette.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// logoRose is the colour of the test logo, which no palette uses: finding it
// in the logo box proves the logo was drawn.
var logoRose = color.RGBA{0xe1, 0x1d, 0x48, 0xff}

// testLogo draws a small two-colour mark on a transparent ground, as a logo
// exported from a design tool is.
func testLogo() image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 240, 160))
	for y := 20; y < 140; y++ {
		for x := 10; x < 230; x++ {
			dx, dy := float64(x-80), float64(y-80)
			switch {
			case dx*dx+dy*dy < 60*60:
				img.SetNRGBA(x, y, color.NRGBA{logoRose.R, logoRose.G, logoRose.B, 255})
			case x > 150 && x < 220 && y > 40 && y < 120:
				img.SetNRGBA(x, y, color.NRGBA{0x22, 0x22, 0x22, 255})
			}
		}
	}
	return img
}

// copies are realistic texts a small business would post, in English and
// French, one set per test palette.
var copies = map[string][2]render.Options{
	"brand.json": {
		{Title: "Northwind Analytics", Tagline: "Clear dashboards for growing teams, set up in an afternoon", CTA: "Start free trial"},
		{Title: "Atelier Lumière", Tagline: "Des luminaires faits main à Lyon, livrés en 48 h", CTA: "Découvrir"},
	},
	"bakery.json": {
		{Title: "Hartley & Vance", Tagline: "Sourdough baked every morning since 1952", CTA: "Order now"},
		{Title: "Boulangerie Martin", Tagline: "Du pain au levain cuit chaque matin — depuis 1952", CTA: "Commander"},
	},
	"plum.json": {
		{Title: "Maison Oriel", Tagline: "Fine jewellery, hand-finished in small batches", CTA: "Book a visit"},
		{Title: "Maison Oriel", Tagline: "Bijoux d'exception, finis à la main en petites séries", CTA: "Prendre rendez-vous"},
	},
}

// TestPublishable renders every preset with three palettes (one with two
// secondaries), English and French copy and a logo, and checks what makes
// a banner publishable: type at or above the preset's floor, no flat
// quarter in tall formats, every secondary visible, profile formats with
// the mark only, the logo drawn inside the safe zone. With
// HUEPRINT_CONTACT=FILE it also writes a contact sheet of all renders.
func TestPublishable(t *testing.T) {
	files := []string{"brand.json", "bakery.json", "plum.json"}
	logo := testLogo()
	var renders []*image.RGBA
	for _, file := range files {
		p := readPalette(t, file)
		m, err := measure.New(p, measure.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for lang, o := range copies[file] {
			o.Logo = logo
			if testing.Short() && lang > 0 {
				continue
			}
			for _, pr := range render.Presets() {
				desc := file + " " + []string{"en", "fr"}[lang] + " " + pr.Name
				img, rep, err := render.Banner(p, pr, o)
				if err != nil {
					t.Errorf("%s: %v", desc, err)
					continue
				}
				renders = append(renders, img)
				if !rep.Pass {
					t.Errorf("%s: fails its rule: %+v", desc, rep.Shares)
				}
				for _, tx := range rep.Texts {
					if tx.SizePx < tx.MinPx || tx.MinPx < 16 {
						t.Errorf("%s: %s at %.1f px, under its floor %.1f", desc, tx.Role, tx.SizePx, tx.MinPx)
					}
					if tx.MinContrast < tx.Need {
						t.Errorf("%s: %s at %.2f:1, needs %g", desc, tx.Role, tx.MinContrast, tx.Need)
					}
					// Every title here has at most three words: one line.
					if tx.Role == render.RoleTitle && float64(tx.Box.Dy()) > 1.6*tx.SizePx {
						t.Errorf("%s: title %q broken over lines (box %v at %.0f px)", desc, tx.Text, tx.Box, tx.SizePx)
					}
					if !tx.Box.In(pr.Safe) {
						t.Errorf("%s: %s box %v outside the safe zone %v", desc, tx.Role, tx.Box, pr.Safe)
					}
				}
				if pr.Profile {
					for _, tx := range rep.Texts {
						if tx.Role != render.RoleTitle {
							t.Errorf("%s: a profile picture carries a %s", desc, tx.Role)
						}
					}
				} else if len(rep.Texts) != 3 {
					t.Errorf("%s: %d texts, want title, tagline and button", desc, len(rep.Texts))
				}
				if rep.Logo == nil || !rep.Logo.Box.In(pr.Safe) || rep.Logo.Box.Empty() {
					t.Errorf("%s: logo %+v not inside the safe zone %v", desc, rep.Logo, pr.Safe)
				} else if n := countColor(img, rep.Logo.Box, logoRose); n < rep.Logo.Box.Dx()*rep.Logo.Box.Dy()/10 {
					t.Errorf("%s: logo box %v holds only %d logo pixels", desc, rep.Logo.Box, n)
				}
				res := m.Measure(img)
				for _, c := range res.Colors {
					if c.Role == palette.Secondary && c.Share < 0.03 {
						t.Errorf("%s: secondary %s covers %.1f %% of the render, want at least 3 %%", desc, c.Hex, 100*c.Share)
					}
				}
				if pr.Height*100 > pr.Width*115 {
					for q := range 4 {
						band := image.Rect(0, pr.Height*q/4, pr.Width, pr.Height*(q+1)/4)
						content := rep.Logo != nil && rep.Logo.Box.Overlaps(band)
						for _, tx := range rep.Texts {
							content = content || tx.Box.Overlaps(band)
						}
						if share := dominantShare(img, band); share > 0.95 && !content {
							t.Errorf("%s: quarter %d is %.1f %% one flat colour, without text or logo", desc, q+1, 100*share)
						}
					}
				}
			}
		}
	}
	if out := os.Getenv("HUEPRINT_CONTACT"); out != "" {
		writeContactSheet(t, out, renders, len(render.Presets()))
	}
}

func countColor(img *image.RGBA, r image.Rectangle, c color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) == c {
				n++
			}
		}
	}
	return n
}

// dominantShare is the fraction of r covered by its most common colour.
func dominantShare(img *image.RGBA, r image.Rectangle) float64 {
	counts := map[color.RGBA]int{}
	best := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			counts[c]++
			best = max(best, counts[c])
		}
	}
	return float64(best) / float64(r.Dx()*r.Dy())
}

// writeContactSheet puts every render, scaled into a 150 px cell, in rows
// of perRow on a grey sheet.
func writeContactSheet(t *testing.T, out string, renders []*image.RGBA, perRow int) {
	const cell, gap = 150, 10
	rows := (len(renders) + perRow - 1) / perRow
	sheet := image.NewRGBA(image.Rect(0, 0, perRow*(cell+gap)+gap, rows*(cell+gap)+gap))
	draw.Draw(sheet, sheet.Bounds(), image.NewUniform(color.RGBA{0xe5, 0xe5, 0xe5, 0xff}), image.Point{}, draw.Src)
	for i, img := range renders {
		b := img.Bounds()
		s := min(float64(cell)/float64(b.Dx()), float64(cell)/float64(b.Dy()))
		w, h := int(float64(b.Dx())*s), int(float64(b.Dy())*s)
		x := gap + (i%perRow)*(cell+gap) + (cell-w)/2
		y := gap + (i/perRow)*(cell+gap) + (cell-h)/2
		xdraw.CatmullRom.Scale(sheet, image.Rect(x, y, x+w, y+h), img, b, draw.Src, nil)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, sheet); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("HUEPRINT_RENDERS"); dir != "" {
		for i, img := range renders {
			var b bytes.Buffer
			png.Encode(&b, img)
			os.WriteFile(filepath.Join(dir, strings.ReplaceAll(filepath.Base(out), ".png", "")+"-"+itoa(i)+".png"), b.Bytes(), 0o644)
		}
	}
}

func itoa(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }

func ExampleBanner_logo() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"name":"Acme","primary":"#1d4ed8","secondary":["#bfdbfe","#fde68a"],"accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`))
	logo := image.NewNRGBA(image.Rect(0, 0, 200, 100)) // a dark blue bar: too little contrast on the primary
	draw.Draw(logo, image.Rect(0, 30, 200, 70), image.NewUniform(color.NRGBA{0x1e, 0x3a, 0x8a, 0xff}), image.Point{}, draw.Src)
	preset, _ := render.PresetByName("instagram-post")
	_, rep, err := render.Banner(p, preset, render.Options{Title: "Acme 🚀", Tagline: "Des outils qui durent", CTA: "Découvrir", Logo: logo})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("logo in the safe zone:", rep.Logo.Box.In(preset.Safe), "on a plate:", rep.Logo.Plate, palette.Hex(rep.Logo.PlateColor))
	for _, m := range rep.Missing {
		fmt.Println("not drawn:", m, "in the", m.Role)
	}
	for _, t := range rep.Texts {
		fmt.Printf("%s %q at least %.0f px: %v\n", t.Role, t.Text, t.MinPx, t.SizePx >= t.MinPx)
	}
	// Output:
	// logo in the safe zone: true on a plate: true #f9fafb
	// not drawn: 🚀 U+1F680 in the title
	// title "Acme" at least 67 px: true
	// tagline "Des outils qui durent" at least 34 px: true
	// cta "Découvrir" at least 34 px: true
}

func ExampleText_Reduced() {
	t := render.Text{Role: render.RoleTitle, SizePx: 60, MinPx: 40, PreferredPx: 80}
	fmt.Println(t.Reduced(), t.SizePx >= t.MinPx)
	// Output: true true
}

func ExampleMissingGlyph_String() {
	fmt.Println(render.MissingGlyph{Role: render.RoleTitle, Rune: '🚀'})
	// Output: 🚀 U+1F680
}

// TestRefusesLongCopy checks that copy which cannot fit at the floor is
// refused with the text, the preset and the room in the message.
func TestRefusesLongCopy(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("linkedin-company")
	long := strings.Repeat("Du pain au levain cuit chaque matin au feu de bois, ", 5)
	_, _, err := render.Banner(p, pr, render.Options{Title: "Boulangerie Martin", Tagline: long, CTA: "Commander"})
	if !errors.Is(err, render.ErrTextDoesNotFit) || !strings.Contains(err.Error(), "linkedin-company") || !strings.Contains(err.Error(), "Du pain") || !strings.Contains(err.Error(), "pixels") {
		t.Errorf("err = %v", err)
	}
	// A long title on a story: too many lines at the floor.
	st, _ := render.PresetByName("instagram-story")
	_, _, err = render.Banner(p, st, render.Options{Title: strings.Repeat("Boulangerie ", 12)})
	if !errors.Is(err, render.ErrTextDoesNotFit) || !strings.Contains(err.Error(), "title") || !strings.Contains(err.Error(), "instagram-story") {
		t.Errorf("err = %v", err)
	}
	// Profile pictures take the initials, however long the name.
	xp, _ := render.PresetByName("x-profile")
	_, rep, err := render.Banner(p, xp, render.Options{Title: "Boulangerie Martin et Fils de Lyon", Tagline: "x", CTA: "y"})
	if err != nil || len(rep.Texts) != 1 || rep.Texts[0].Text != "BL" {
		t.Errorf("profile: %v %+v", err, rep)
	}
}

// BenchmarkBannerStoryLogo renders the story with two secondaries and a
// logo (the logo is scaled, checked for contrast and masked out of each
// measurement), beside BenchmarkBannerXHeader.
func BenchmarkBannerStoryLogo(b *testing.B) {
	p := readPalette(b, "bakery.json")
	st, _ := render.PresetByName("instagram-story")
	o := render.Options{Title: "Hartley & Vance", Tagline: "Sourdough baked every morning since 1952", CTA: "Order now", Logo: testLogo()}
	for b.Loop() {
		if _, _, err := render.Banner(p, st, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(st.Width*st.Height)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
}
