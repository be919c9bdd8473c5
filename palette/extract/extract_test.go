package extract_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"math"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// logo draws a flat logo in brand (a disc, a bar and a word, anti-aliased)
// on bg; a nil bg leaves the background transparent.
func logo(brand colorful.Color, bg *colorful.Color) *image.NRGBA {
	const w, h = 480, 240
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	if bg != nil {
		r, g, b := palette.RGB255(*bg)
		draw.Draw(img, img.Bounds(), &image.Uniform{color.NRGBA{r, g, b, 255}}, image.Point{}, draw.Src)
	}
	r, g, b := palette.RGB255(brand)
	src := &image.Uniform{color.NRGBA{r, g, b, 255}}
	z := vector.NewRasterizer(w, h)
	cx, cy, rad := float32(100), float32(120), float32(70)
	for i := 0; i <= 64; i++ {
		a := 2 * math.Pi * float64(i) / 64
		x, y := cx+rad*float32(math.Cos(a)), cy+rad*float32(math.Sin(a))
		if i == 0 {
			z.MoveTo(x, y)
		} else {
			z.LineTo(x, y)
		}
	}
	z.ClosePath()
	z.MoveTo(200, 150)
	z.LineTo(440, 150)
	z.LineTo(440, 175)
	z.LineTo(200, 175)
	z.ClosePath()
	z.Draw(img, img.Bounds(), src, image.Point{})
	f, _ := opentype.Parse(gobold.TTF)
	face, _ := opentype.NewFace(f, &opentype.FaceOptions{Size: 64, DPI: 72})
	d := font.Drawer{Dst: img, Src: src, Face: face, Dot: fixed.P(200, 130)}
	d.DrawString("Brand")
	return img
}

// brands returns n saturated brand colours around the hue circle.
func brands(n int) []colorful.Color {
	var out []colorful.Color
	for i := range n {
		h := 360 * float64(i) / float64(n)
		l := 0.55 + 0.1*math.Sin(float64(i))
		out = append(out, palette.Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: 0.17, H: h})))
	}
	return out
}

// TestLogos: flat logos in 30 brand colours across the hue circle, on white,
// on transparency and as JPEG quality 80, give their brand colour within 2
// CIEDE2000 as the top brand colour, and the background apart.
func TestLogos(t *testing.T) {
	white := colorful.Color{R: 1, G: 1, B: 1}
	for _, bc := range brands(30) {
		cases := map[string]image.Image{
			"white":       logo(bc, &white),
			"transparent": logo(bc, nil),
		}
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, logo(bc, &white), &jpeg.Options{Quality: 80}); err != nil {
			t.Fatal(err)
		}
		j, _, err := imagefile.Decode(&buf, imagefile.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cases["jpeg80"] = j
		for name, img := range cases {
			res, err := extract.Extract(img, extract.Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", palette.Hex(bc), name, err)
			}
			top, ok := res.Brand()
			if !ok {
				t.Fatalf("%s %s: no brand colour", palette.Hex(bc), name)
			}
			if d := colorspace.DeltaE2000Colors(top.Color, bc); d > 2 {
				t.Errorf("%s on %s: brand colour %s is %.2f away (colours %v)", palette.Hex(bc), name, top.Hex(), d, hexes(res.Colors))
			}
			switch name {
			case "transparent":
				if !res.TransparentBackground {
					t.Errorf("%s %s: transparent background not detected", palette.Hex(bc), name)
				}
			default:
				if res.Background == nil || colorspace.DeltaE2000Colors(res.Background.Color, white) > 2 {
					t.Errorf("%s %s: white background not detected: %+v", palette.Hex(bc), name, res.Background)
				}
			}
			for _, c := range res.Colors {
				if c.Background {
					t.Errorf("%s %s: background listed without KeepBackground", palette.Hex(bc), name)
				}
			}
			// A flat logo is one colour: anti-aliased edges do not add others.
			// JPEG's chroma subsampling leaves some off-colour edge pixels,
			// which may remain as minor colours.
			if name != "jpeg80" && len(res.Colors) != 1 {
				t.Errorf("%s %s: fringes left as colours: %v", palette.Hex(bc), name, hexes(res.Colors))
			}
			for _, c := range res.Colors[1:] {
				if c.Share >= 0.05 {
					t.Errorf("%s %s: a second colour of %.1f %%: %v", palette.Hex(bc), name, 100*c.Share, hexes(res.Colors))
				}
			}
		}
	}
}

func hexes(cs []extract.Color) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %.3f s%.2f", c.Hex(), c.Share, c.Score))
	}
	return out
}

func TestMultiColourLogo(t *testing.T) {
	// A two-colour logo on white: a large grey block and a small red mark.
	img := image.NewNRGBA(image.Rect(0, 0, 300, 200))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.White}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(20, 20, 200, 180), &image.Uniform{color.NRGBA{0x55, 0x55, 0x55, 255}}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(220, 60, 280, 120), &image.Uniform{color.NRGBA{0xe4, 0x00, 0x2b, 255}}, image.Point{}, draw.Src)
	res, err := extract.Extract(img, extract.Options{KeepBackground: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Colors) != 3 || res.Colors[0].Hex() != "#555555" || res.Colors[1].Hex() != "#ffffff" || !res.Colors[1].Background {
		t.Errorf("colours %v", hexes(res.Colors))
	}
	if b, _ := res.Brand(); b.Hex() != "#e4002b" {
		t.Errorf("brand %s, want the red mark over the larger grey", b.Hex())
	}
}

func TestDeterministicAndEmpty(t *testing.T) {
	img := logo(palette.MustParseColor("#0f9d58"), nil)
	a, _ := extract.Extract(img, extract.Options{Colors: 4})
	b, _ := extract.Extract(img, extract.Options{Colors: 4})
	if fmt.Sprint(hexes(a.Colors)) != fmt.Sprint(hexes(b.Colors)) {
		t.Error("two runs differ")
	}
	if _, err := extract.Extract(image.NewNRGBA(image.Rect(0, 0, 10, 10)), extract.Options{}); err != extract.ErrEmpty {
		t.Errorf("empty image: %v", err)
	}
	if _, err := extract.Extract(img, extract.Options{Colors: 100}); err == nil {
		t.Error("100 colours accepted")
	}
}

func photo(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			i := img.PixOffset(x, y)
			img.Pix[i] = uint8(128 + 100*math.Sin(3*fx+2*fy))
			img.Pix[i+1] = uint8(128 + 90*math.Sin(2*fx-3*fy+1))
			img.Pix[i+2] = uint8(128 + 100*math.Cos(4*fx+fy))
			img.Pix[i+3] = 255
		}
	}
	return img
}

func BenchmarkDecodePhoto(b *testing.B)        { benchPhoto(b, false) }
func BenchmarkDecodeExtractPhoto(b *testing.B) { benchPhoto(b, true) }

func benchPhoto(b *testing.B, extractToo bool) {
	var buf bytes.Buffer
	jpeg.Encode(&buf, photo(4000, 3000), &jpeg.Options{Quality: 85})
	data := buf.Bytes()
	for b.Loop() {
		img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if extractToo {
			if _, err := extract.Extract(img, extract.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func ExampleExtract() {
	img := logo(palette.MustParseColor("#e4002b"), &colorful.Color{R: 1, G: 1, B: 1})
	res, err := extract.Extract(img, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	brand, _ := res.Brand()
	fmt.Println("brand", brand.Hex(), "background", res.Background.Hex())
	// Output: brand #e4002b background #ffffff
}

func ExampleResult_Brand() {
	// A large grey block and a small red mark on white: the red is the brand.
	img := image.NewNRGBA(image.Rect(0, 0, 300, 200))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.White}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(20, 20, 200, 180), &image.Uniform{color.NRGBA{0x55, 0x55, 0x55, 255}}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(220, 60, 280, 120), &image.Uniform{color.NRGBA{0xe4, 0x00, 0x2b, 255}}, image.Point{}, draw.Src)
	res, _ := extract.Extract(img, extract.Options{})
	b, _ := res.Brand()
	fmt.Println(res.Colors[0].Hex(), b.Hex())
	// Output: #555555 #e4002b
}

func TestResultWriteText(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 60, 60))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(15, 15, 45, 45), image.NewUniform(color.RGBA{0, 0x57, 0xae, 255}), image.Point{}, draw.Src)
	for _, keep := range []bool{false, true} {
		res, err := extract.Extract(img, extract.Options{KeepBackground: keep})
		if err != nil {
			t.Fatal(err)
		}
		var en, fr bytes.Buffer
		res.WriteText(&en, keep, palette.TextOptions{Lang: psych.English})
		res.WriteText(&fr, keep, palette.TextOptions{Lang: psych.French})
		if !strings.Contains(en.String(), "#0057ae") || !strings.Contains(en.String(), "brand colour") || !strings.Contains(fr.String(), "couleur de marque") {
			t.Errorf("keep %v: text\n%s\n%s", keep, en.String(), fr.String())
		}
		if left := strings.Contains(en.String(), "background #ffffff (75.0 % of the image) left out"); left == keep {
			t.Errorf("keep %v: background line shown %v:\n%s", keep, left, en.String())
		}
	}
}
