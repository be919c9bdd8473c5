package extract_test

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/vector"
)

// flatArt draws a round mark as banners draw it: a disc of one exact colour
// in a ring of another, width ring pixels, on a flat background, all edges
// anti-aliased (so each colour blends into its neighbours).
func flatArt(bg, ring, disc color.NRGBA, width float32) *image.NRGBA {
	const w, h = 400, 400
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), &image.Uniform{bg}, image.Point{}, draw.Src)
	circle := func(r float32, c color.NRGBA) {
		z := vector.NewRasterizer(w, h)
		for i := 0; i <= 128; i++ {
			a := 2 * math.Pi * float64(i) / 128
			x, y := 200.3+r*float32(math.Cos(a)), 199.6+r*float32(math.Sin(a))
			if i == 0 {
				z.MoveTo(x, y)
			} else {
				z.LineTo(x, y)
			}
		}
		z.ClosePath()
		z.Draw(img, img.Bounds(), &image.Uniform{c}, image.Point{})
	}
	circle(190, ring)
	circle(190-width, disc)
	return img
}

// TestFlatAreasComeOutExact: a dominant colour made of exact pixels is
// reported exactly, not one unit off because its anti-aliased edge shares
// its histogram bins (the README's #ff9000 accent came out as #ff9001).
// Random triples of colours, far enough apart (CIEDE2000 > 20) to be three
// colours and not one.
func TestFlatAreasComeOutExact(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	rng := rand.New(rand.NewPCG(7, 11))
	random := func() color.NRGBA {
		return color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
	}
	far := func(cs ...color.NRGBA) bool {
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				if colorspace.DeltaE2000Colors(toColorful(cs[i]), toColorful(cs[j])) <= 20 {
					return false
				}
			}
		}
		return true
	}
	type art struct {
		bg, ring, disc color.NRGBA
		width          float32
	}
	cases := []art{
		// The README logo: an orange ring round a blue disc on pale violet.
		{color.NRGBA{0xee, 0xdb, 0xff, 255}, color.NRGBA{0xff, 0x90, 0x00, 255}, color.NRGBA{0x16, 0x52, 0xb9, 255}, 15},
	}
	for len(cases) < n {
		bg, ring, disc := random(), random(), random()
		if far(bg, ring, disc) {
			cases = append(cases, art{bg, ring, disc, 10 + 30*rng.Float32()})
		}
	}
	for _, c := range cases {
		res, err := extract.Extract(flatArt(c.bg, c.ring, c.disc, c.width), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		name := hexOf(c.bg) + " " + hexOf(c.ring) + " " + hexOf(c.disc)
		if res.Background == nil || res.Background.Hex() != hexOf(c.bg) {
			t.Errorf("%s: background %+v, want exactly %s", name, res.Background, hexOf(c.bg))
		}
		for _, want := range []color.NRGBA{c.ring, c.disc} {
			found := false
			for _, got := range res.Colors {
				found = found || got.Hex() == hexOf(want)
			}
			if !found {
				t.Errorf("%s: %s not reported exactly: %v", name, hexOf(want), hexes(res.Colors))
			}
		}
	}
}

// TestBlendsStayMeans: an area with no majority colour (a smooth gradient)
// is still reported by its mean, not by one of its pixels.
func TestBlendsStayMeans(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 256, 64))
	for y := range 64 {
		for x := range 256 {
			// 0x40..0x4f red, fixed green and blue: one 5-bit bin, 16 colours.
			img.SetNRGBA(x, y, color.NRGBA{uint8(0x40 + x%16), 0x20, 0x90, 255})
		}
	}
	res, err := extract.Extract(img, extract.Options{KeepBackground: true})
	if err != nil {
		t.Fatal(err)
	}
	want := palette.Hex(colorful.Color{R: (0x40 + 7.5) / 255, G: 0x20 / 255.0, B: 0x90 / 255.0})
	if len(res.Colors) != 1 || res.Colors[0].Hex() != want {
		t.Errorf("colours %v, want the mean %s", hexes(res.Colors), want)
	}
}

func toColorful(c color.NRGBA) colorful.Color {
	return colorful.Color{R: float64(c.R) / 255, G: float64(c.G) / 255, B: float64(c.B) / 255}
}

func hexOf(c color.NRGBA) string { return palette.Hex(toColorful(c)) }
