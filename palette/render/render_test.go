package render_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/render"
	"github.com/lucasb-eyer/go-colorful"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/golden")

func testPalette(t testing.TB) *palette.Palette {
	t.Helper()
	f, err := os.Open("testdata/brand.json")
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

var acme = render.Options{Title: "Acme", Tagline: "Des outils qui durent", CTA: "Découvrir"}

// compareGolden compares img with testdata/golden/name per channel within
// ±2, reporting how many pixels differ and by how much at most.
func compareGolden(t *testing.T, name string, img image.Image) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test ./palette/render -update to create it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != img.Bounds() {
		t.Fatalf("%s: size %v, golden %v", name, img.Bounds(), want.Bounds())
	}
	var differ, worst int
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			d := max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2)) >> 8
			if d > 2 {
				differ++
				worst = max(worst, int(d))
			}
		}
	}
	if differ > 0 {
		t.Errorf("%s: %d pixels differ by more than 2, at most by %d (run with -update if the change is intended)", name, differ, worst)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestGolden(t *testing.T) {
	p := testPalette(t)
	xh, _ := render.PresetByName("x-header")
	img, _, err := render.Banner(p, xh, acme)
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "x-header.png", img)
	ig, _ := render.PresetByName("instagram-post")
	img, _, err = render.Banner(p, ig, acme)
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "instagram-post.png", img)
	// A tall format with two secondaries, a logo on its plate and the
	// button on the first band; a profile picture with the mark only.
	bakery := readPalette(t, "bakery.json")
	st, _ := render.PresetByName("instagram-story")
	img, _, err = render.Banner(bakery, st, render.Options{Title: "Hartley & Vance", Tagline: "Sourdough baked every morning since 1952", CTA: "Order now", Logo: testLogo()})
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "instagram-story.png", img)
	xp, _ := render.PresetByName("x-profile")
	img, _, err = render.Banner(bakery, xp, render.Options{Title: "Hartley & Vance"})
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "x-profile.png", img)
	card, err := render.Swatch(p, render.SwatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "swatch.png", card)
}

// TestEveryPresetPassesItsOwnCheck renders every preset in its default
// layout and in every layout, then measures the PNG bytes as check would and
// checks each text's contrast on the final pixels.
func TestEveryPresetPassesItsOwnCheck(t *testing.T) {
	palettes := map[string]*palette.Palette{"trust": testPalette(t)}
	more := [][]string{{"luxe"}, {"enfants", "pastel"}, {"energy"}, {"nature", "eco"}}
	if testing.Short() {
		more = more[:1]
	}
	for _, tags := range more {
		cs, err := generate.Generate(generate.Options{Tags: tags})
		if err != nil {
			t.Fatal(err)
		}
		palettes[strings.Join(tags, ",")] = cs[0].Palette
	}
	for name, p := range palettes {
		m, err := measure.New(p, measure.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range render.Presets() {
			layouts := []render.Layout{0}
			if !testing.Short() && name == "trust" && !pr.Profile {
				// Every layout meant for the format's shape.
				layouts = []render.Layout{render.Blocks, render.Circle}
				if pr.Width*10 >= pr.Height*13 {
					layouts = []render.Layout{render.Diagonal, render.Bands}
				}
			}
			for _, layout := range layouts {
				o := acme
				o.Layout = layout
				img, rep, err := render.Banner(p, pr, o)
				if err != nil {
					t.Errorf("%s %s %q: %v", name, pr.Name, layout, err)
					continue
				}
				var buf bytes.Buffer
				if err := png.Encode(&buf, img); err != nil {
					t.Fatal(err)
				}
				decoded, err := png.Decode(&buf)
				if err != nil {
					t.Fatal(err)
				}
				res := m.Measure(decoded)
				if probs := res.Problems(p.RuleOrDefault()); len(probs) > 0 || !rep.Pass {
					t.Errorf("%s %s %q fails its own rule: %v", name, pr.Name, rep.Layout, probs)
				}
				if want := map[bool]int{true: 1, false: 3}[pr.Profile]; len(rep.Texts) != want {
					t.Errorf("%s %s: %d texts", name, pr.Name, len(rep.Texts))
				}
				for _, tx := range rep.Texts {
					if tx.MinContrast < tx.Need {
						t.Errorf("%s %s %s: %.2f:1 under its box, needs %g:1", name, pr.Name, tx.Role, tx.MinContrast, tx.Need)
					}
					if !tx.Box.In(img.Bounds()) || (tx.Role != render.RoleCTA && !tx.Box.In(pr.Safe)) {
						t.Errorf("%s %s %s: box %v outside the safe zone %v", name, pr.Name, tx.Role, tx.Box, pr.Safe)
					}
					// Independent check: the text colour against every pixel
					// under its box in the final image, except the text's own.
					checkUnderBox(t, img, p, tx, name+" "+pr.Name)
				}
			}
		}
	}
}

// checkUnderBox verifies, independently of the renderer's own measure, that
// the text colour reaches what the text needs against every palette colour
// (and black and white) found under its box in the final image.
func checkUnderBox(t *testing.T, img *image.RGBA, p *palette.Palette, tx render.Text, desc string) {
	t.Helper()
	known := map[[3]uint8]bool{{0, 0, 0}: true, {255, 255, 255}: true}
	for _, c := range p.Colors() {
		r, g, b := palette.RGB255(c.Color)
		known[[3]uint8{r, g, b}] = true
	}
	tr, tg, tb := palette.RGB255(tx.Color)
	delete(known, [3]uint8{tr, tg, tb})
	lt := contrast.Luminance(tx.Color)
	seen := 0
	for y := tx.Box.Min.Y; y < tx.Box.Max.Y; y++ {
		for x := tx.Box.Min.X; x < tx.Box.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if !known[[3]uint8{c.R, c.G, c.B}] {
				continue
			}
			seen++
			bg := colorful.Color{R: float64(c.R) / 255, G: float64(c.G) / 255, B: float64(c.B) / 255}
			if r := contrast.RatioLuminance(lt, contrast.Luminance(bg)); r < tx.Need {
				t.Errorf("%s: %s %s reaches only %.2f:1 on %v under it", desc, tx.Role, palette.Hex(tx.Color), r, c)
				return
			}
		}
	}
	if seen == 0 {
		t.Errorf("%s: no background pixel under the %s", desc, tx.Role)
	}
}

func TestBannerErrors(t *testing.T) {
	p := testPalette(t)
	xp, _ := render.PresetByName("x-profile")
	xh, _ := render.PresetByName("x-header")
	_, _, err := render.Banner(p, xh, render.Options{Title: strings.Repeat("Supercalifragilistic ", 30)})
	if !errors.Is(err, render.ErrTextDoesNotFit) {
		t.Errorf("long title: err = %v", err)
	}
	if _, _, err := render.Banner(p, xp, render.Options{Layout: render.Layout(42)}); err == nil || !strings.Contains(err.Error(), "invalid layout 42") {
		t.Errorf("bad layout: err = %v", err)
	}
	if _, _, err := render.Banner(p, xp, render.Options{Font: []byte("not a font")}); err == nil {
		t.Error("bad font accepted")
	}
	if _, err := render.CustomPreset(10, 10); err == nil {
		t.Error("10x10 accepted")
	}
}

func TestDeterministic(t *testing.T) {
	p := testPalette(t)
	pr, _ := render.CustomPreset(640, 360)
	encode := func() []byte {
		img, _, err := render.Banner(p, pr, acme)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		png.Encode(&buf, img)
		return buf.Bytes()
	}
	if !bytes.Equal(encode(), encode()) {
		t.Error("two renders differ")
	}
}

// BenchmarkBannerXHeader renders and encodes the X header.
func BenchmarkBannerXHeader(b *testing.B) {
	p := testPalette(b)
	xh, _ := render.PresetByName("x-header")
	for b.Loop() {
		img, _, err := render.Banner(p, xh, acme)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		png.Encode(&buf, img)
	}
}

// BenchmarkEncodeFlat is the floor: png.Encode of a flat image of the same size.
func BenchmarkEncodeFlat(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 1500, 500))
	for i := range img.Pix {
		img.Pix[i] = 0xaa
	}
	for b.Loop() {
		var buf bytes.Buffer
		png.Encode(&buf, img)
	}
}

func ExampleBanner() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"name":"Acme","primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`))
	preset, _ := render.PresetByName("og-image")
	img, rep, err := render.Banner(p, preset, render.Options{Title: "Acme", CTA: "Découvrir"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), img.Bounds().Dy(), rep.Layout, rep.Pass)
	for _, t := range rep.Texts {
		fmt.Printf("%s %s passes %v\n", t.Role, palette.Hex(t.Color), t.MinContrast >= t.Need)
	}
	// Output:
	// 1200 630 diagonal true
	// title #f9fafb passes true
	// cta #111827 passes true
}

func ExampleSwatch() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	img, err := render.Swatch(p, render.SwatchOptions{Width: 800})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx())
	// Output: 800
}

func ExamplePresetByName() {
	p, _ := render.PresetByName("youtube-banner")
	fmt.Println(p.Width, p.Height, p.Safe.Dx(), p.Safe.Dy())
	// Output: 2560 1440 1546 423
}

func ExampleCustomPreset() {
	p, err := render.CustomPreset(1200, 1200)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, p.Layout, p.Safe)
	// Output: 1200x1200 blocks (60,60)-(1140,1140)
}
