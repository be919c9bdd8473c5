package measure_test

// Ground-truth tests: images generated with known areas (exact palette
// layouts, gradients, off-palette blocks, photo-like texture), measured
// through every pixel type and file format hueprint reads.

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
)

// randomPalette returns a palette of 3 to 7 distinct colours; black and
// white are in it one time in three each.
func randomPalette(r *rand.Rand, grey bool) (*palette.Palette, []color.NRGBA) {
	n := 3 + r.IntN(5)
	var cols []color.NRGBA
	seen := map[color.NRGBA]bool{}
	add := func(c color.NRGBA) {
		if !seen[c] {
			seen[c] = true
			cols = append(cols, c)
		}
	}
	if r.IntN(3) == 0 {
		add(color.NRGBA{0, 0, 0, 255})
	}
	if r.IntN(3) == 0 {
		add(color.NRGBA{255, 255, 255, 255})
	}
	for len(cols) < n {
		c := color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}
		if grey {
			c.G, c.B = c.R, c.R
		}
		add(c)
	}
	r.Shuffle(len(cols), func(i, j int) { cols[i], cols[j] = cols[j], cols[i] })
	entry := func(c color.NRGBA) palette.Entry {
		return palette.Entry{Color: palette.MustParseColor(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B))}
	}
	p := &palette.Palette{Primary: entry(cols[0]), Secondary: []palette.Entry{entry(cols[1])}, Accent: entry(cols[2])}
	for _, c := range cols[3:] {
		if len(p.Secondary) < 2 && r.IntN(2) == 0 {
			p.Secondary = append(p.Secondary, entry(c))
		} else {
			p.Neutral = append(p.Neutral, entry(c))
		}
	}
	// Palette order (Colors) differs from cols: return them in that order.
	var ordered []color.NRGBA
	for _, c := range p.Colors() {
		r, g, b := palette.RGB255(c.Color)
		ordered = append(ordered, color.NRGBA{r, g, b, 255})
	}
	return p, ordered
}

// randomLayout paints an image with palette colours only: rectangles, runs
// and single pixels, some of them transparent when alpha is true. It
// returns the image and the true count of each colour.
func randomLayout(r *rand.Rand, w, h int, cols []color.NRGBA, alpha bool) (*image.NRGBA, []float64, float64) {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), &image.Uniform{cols[0]}, image.Point{}, draw.Src)
	for range 1 + r.IntN(12) {
		x0, y0 := r.IntN(w), r.IntN(h)
		rect := image.Rect(x0, y0, x0+1+r.IntN(w), y0+1+r.IntN(h))
		draw.Draw(img, rect, &image.Uniform{cols[r.IntN(len(cols))]}, image.Point{}, draw.Src)
	}
	for range r.IntN(w * h / 4) {
		c := cols[r.IntN(len(cols))]
		if alpha && r.IntN(8) == 0 {
			c = color.NRGBA{} // a run of zero bytes
		}
		img.SetNRGBA(r.IntN(w), r.IntN(h), c)
	}
	counts := make([]float64, len(cols))
	var total float64
	for y := range h {
		for x := range w {
			c := img.NRGBAAt(x, y)
			if c.A == 0 {
				continue
			}
			for i, pc := range cols {
				if c == pc {
					counts[i]++
				}
			}
			total++
		}
	}
	return img, counts, total
}

func encodeDecode(t *testing.T, enc func(*bytes.Buffer) error) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := enc(&buf); err != nil {
		t.Fatal(err)
	}
	img, _, err := imagefile.Decode(&buf, imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func toPaletted(src *image.NRGBA, cols []color.NRGBA) *image.Paletted {
	pal := color.Palette{color.NRGBA{}}
	for _, c := range cols {
		pal = append(pal, c)
	}
	p := image.NewPaletted(src.Bounds(), pal)
	for y := src.Rect.Min.Y; y < src.Rect.Max.Y; y++ {
		for x := src.Rect.Min.X; x < src.Rect.Max.X; x++ {
			c := src.NRGBAAt(x, y)
			for i, pc := range pal {
				if pc == c || (c.A == 0 && i == 0) {
					p.SetColorIndex(x, y, uint8(i))
					break
				}
			}
		}
	}
	return p
}

func convertTo(dst draw.Image, src image.Image) image.Image {
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	return dst
}

// TestPaletteOnlyExact: images made only of palette colours, black and
// white included, measure their true areas within 0.1 point, in every
// pixel type and every lossless format hueprint reads.
func TestPaletteOnlyExact(t *testing.T) {
	seeds := 60
	if testing.Short() {
		seeds = 12
	}
	for seed := range seeds {
		r := rand.New(rand.NewPCG(uint64(seed), 16))
		grey := seed%5 == 4
		p, cols := randomPalette(r, grey)
		m, err := measure.New(p, measure.Options{})
		if err != nil {
			t.Fatal(err)
		}
		w, h := 1+r.IntN(300), 1+r.IntN(200)
		opaque, counts, total := randomLayout(r, w, h, cols, false)
		withAlpha, countsA, totalA := randomLayout(r, w, h, cols, true)
		type variant struct {
			name   string
			img    image.Image
			counts []float64
			total  float64
		}
		vs := []variant{
			{"nrgba", opaque, counts, total},
			{"nrgba+transparent", withAlpha, countsA, totalA},
			{"rgba", convertTo(image.NewRGBA(opaque.Bounds()), opaque), counts, total},
			{"rgba+transparent", convertTo(image.NewRGBA(withAlpha.Bounds()), withAlpha), countsA, totalA},
			{"nrgba64", convertTo(image.NewNRGBA64(opaque.Bounds()), opaque), counts, total},
			{"rgba64", convertTo(image.NewRGBA64(opaque.Bounds()), opaque), counts, total},
			{"paletted", toPaletted(withAlpha, cols), countsA, totalA},
			{"cropped", opaque.SubImage(opaque.Bounds()), counts, total},
			{"png-rgba", encodeDecode(t, func(b *bytes.Buffer) error { return png.Encode(b, opaque) }), counts, total},
			{"png-nrgba", encodeDecode(t, func(b *bytes.Buffer) error { return png.Encode(b, withAlpha) }), countsA, totalA},
			{"png-paletted", encodeDecode(t, func(b *bytes.Buffer) error { return png.Encode(b, toPaletted(withAlpha, cols)) }), countsA, totalA},
			{"png-16bit", encodeDecode(t, func(b *bytes.Buffer) error {
				return png.Encode(b, convertTo(image.NewNRGBA64(opaque.Bounds()), opaque))
			}), counts, total},
			{"gif", encodeDecode(t, func(b *bytes.Buffer) error { return gif.Encode(b, toPaletted(withAlpha, cols), nil) }), countsA, totalA},
			{"bmp", encodeDecode(t, func(b *bytes.Buffer) error { return bmp.Encode(b, opaque) }), counts, total},
			{"tiff", encodeDecode(t, func(b *bytes.Buffer) error { return tiff.Encode(b, opaque, nil) }), counts, total},
			{"tiff-deflate", encodeDecode(t, func(b *bytes.Buffer) error {
				return tiff.Encode(b, withAlpha, &tiff.Options{Compression: tiff.Deflate})
			}), countsA, totalA},
		}
		if grey {
			vs = append(vs,
				variant{"gray", convertTo(image.NewGray(opaque.Bounds()), opaque), counts, total},
				variant{"gray16", convertTo(image.NewGray16(opaque.Bounds()), opaque), counts, total},
				variant{"png-gray", encodeDecode(t, func(b *bytes.Buffer) error {
					return png.Encode(b, convertTo(image.NewGray(opaque.Bounds()), opaque))
				}), counts, total},
				variant{"png-gray16", encodeDecode(t, func(b *bytes.Buffer) error {
					return png.Encode(b, convertTo(image.NewGray16(opaque.Bounds()), opaque))
				}), counts, total})
		}
		for _, v := range vs {
			res := m.Measure(v.img)
			for i, c := range res.Colors {
				want := v.counts[i] / v.total
				if math.Abs(c.Share-want) > 0.001 {
					t.Errorf("seed %d %s %dx%d: %s %s measures %.4f, truth %.4f (palette %v)",
						seed, v.name, w, h, c.Role, c.Hex, c.Share, want, cols)
				}
			}
			if res.Shares.Off > 0.001 || res.Shares.Photo > 0 {
				t.Errorf("seed %d %s: off %.4f photo %.4f, want 0", seed, v.name, res.Shares.Off, res.Shares.Photo)
			}
		}
	}
}

// TestBlackBeside: the case of the bug report, pure black beside a colour,
// in both orientations.
func TestBlackBeside(t *testing.T) {
	p := &palette.Palette{Primary: palette.Entry{Color: palette.MustParseColor("#565a9e")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#000000")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ffffff")}}
	m, _ := measure.New(p, measure.Options{})
	for _, vertical := range []bool{false, true} {
		img := image.NewRGBA(image.Rect(0, 0, 1000, 1000))
		draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{0x56, 0x5a, 0x9e, 255}}, image.Point{}, draw.Src)
		half := image.Rect(500, 0, 1000, 1000)
		if vertical {
			half = image.Rect(0, 500, 1000, 1000)
		}
		draw.Draw(img, half, &image.Uniform{color.RGBA{0, 0, 0, 255}}, image.Point{}, draw.Src)
		for _, q := range []int{0, 90, 80} {
			var in image.Image = img
			tol := 0.001
			if q > 0 {
				in = jpegRoundTrip(t, img, q)
				tol = 0.02
			}
			s := m.Measure(in).Shares
			if !near(s.Primary, 0.5, tol) || !near(s.Secondary, 0.5, tol) {
				t.Errorf("vertical %v quality %d: %+v, want 50/50", vertical, q, s)
			}
		}
	}
}

func jpegRoundTrip(t testing.TB, img image.Image, q int) image.Image {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	out, _, err := imagefile.Decode(&buf, imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// randomImage fills an image of any type with random colours, long runs of
// one colour and runs of zero bytes.
func randomImage(r *rand.Rand, dst draw.Image) image.Image {
	b := dst.Bounds()
	src := image.NewNRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; {
			n := 1 + r.IntN(20)
			var c color.NRGBA
			switch r.IntN(4) {
			case 0: // zero bytes
			case 1:
				c = color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256))}
			default:
				c = color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}
			}
			for ; n > 0 && x < b.Max.X; n-- {
				src.SetNRGBA(x, y, c)
				x++
			}
		}
	}
	draw.Draw(dst, b, src, b.Min, draw.Src)
	return dst
}

// TestFastPathsMatchReference: every pixel type with a fast path measures
// exactly as the plain per-pixel path (image.Image's At) does, on random
// images with runs and zero bytes, of odd sizes and offsets.
func TestFastPathsMatchReference(t *testing.T) {
	m := newMeasurer(t)
	pal := color.Palette{color.NRGBA{}}
	for i := range 255 {
		pal = append(pal, color.NRGBA{uint8(i * 37), uint8(i * 91), uint8(i * 13), uint8(255 - i%3*100)})
	}
	seeds := 20
	if testing.Short() {
		seeds = 4
	}
	for seed := range seeds {
		r := rand.New(rand.NewPCG(uint64(seed), 21))
		rect := image.Rect(r.IntN(5), r.IntN(5), 0, 0)
		rect.Max = rect.Min.Add(image.Pt(1+r.IntN(150), 1+r.IntN(120)))
		cases := map[string]image.Image{
			"nrgba":    randomImage(r, image.NewNRGBA(rect)),
			"rgba":     randomImage(r, image.NewRGBA(rect)),
			"nrgba64":  randomImage(r, image.NewNRGBA64(rect)),
			"rgba64":   randomImage(r, image.NewRGBA64(rect)),
			"gray":     randomImage(r, image.NewGray(rect)),
			"gray16":   randomImage(r, image.NewGray16(rect)),
			"cmyk":     randomImage(r, image.NewCMYK(rect)),
			"paletted": randomImage(r, image.NewPaletted(rect, pal)),
		}
		for name, img := range cases {
			got, want := m.Measure(img), m.Measure(onlyAt{img})
			if !sameResult(got, want) {
				t.Errorf("seed %d %s %v:\nfast    %+v\ngeneric %+v", seed, name, rect, got, want)
			}
			gm, wm := m.Mask(img), m.Mask(onlyAt{img})
			if !bytes.Equal(gm.Pix, wm.Pix) {
				t.Errorf("seed %d %s: masks differ", seed, name)
			}
		}
		// JPEG's YCbCr is measured by Y, Cb, Cr bins, the generic path by
		// RGB: within a fraction of a point.
		ycc := jpegRoundTrip(t, randomImage(r, image.NewRGBA(rect)), 90)
		got, want := m.Measure(ycc).Shares, m.Measure(onlyAt{ycc}).Shares
		for _, role := range []struct {
			name   string
			gw, ww float64
		}{{"primary", got.Primary, want.Primary}, {"off", got.Off, want.Off}, {"photo", got.Photo, want.Photo}} {
			if math.Abs(role.gw-role.ww) > 0.005 {
				t.Errorf("seed %d ycbcr: %s %.4f, generic %.4f", seed, role.name, role.gw, role.ww)
			}
		}
	}
}

// sameResult compares two measurements of one image by different paths:
// equal but for the order of floating-point sums (a billionth).
func sameResult(a, b measure.Result) bool {
	eq := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9 }
	sa, sb := a.Shares, b.Shares
	if a.Width != b.Width || a.Height != b.Height || !eq(a.Opaque/float64(a.Width*a.Height), b.Opaque/float64(b.Width*b.Height)) ||
		!eq(sa.Primary, sb.Primary) || !eq(sa.Secondary, sb.Secondary) || !eq(sa.Accent, sb.Accent) ||
		!eq(sa.Neutral, sb.Neutral) || !eq(sa.Off, sb.Off) || !eq(sa.Photo, sb.Photo) || !eq(a.PhotoArea, b.PhotoArea) ||
		len(a.Colors) != len(b.Colors) || len(a.Off) != len(b.Off) {
		return false
	}
	for i := range a.Colors {
		if !eq(a.Colors[i].Share, b.Colors[i].Share) {
			return false
		}
	}
	for i := range a.Off {
		if a.Off[i].Hex != b.Off[i].Hex || !eq(a.Off[i].Share, b.Off[i].Share) {
			return false
		}
	}
	return true
}

// TestYCbCrRows: every chroma subsampling reads the same colours as the
// generic path (masks equal), and measures within half a point of it (the
// histogram bins YCbCr directly).
func TestYCbCrRows(t *testing.T) {
	m := newMeasurer(t)
	r := rand.New(rand.NewPCG(5, 5))
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
		rect := image.Rect(3, 1, 3+97, 1+61)
		img := image.NewYCbCr(rect, ratio)
		for i := range img.Y {
			img.Y[i] = uint8(r.IntN(256))
		}
		for i := range img.Cb {
			img.Cb[i], img.Cr[i] = uint8(r.IntN(256)), uint8(r.IntN(256))
		}
		if !bytes.Equal(m.Mask(img).Pix, m.Mask(onlyAt{img}).Pix) {
			t.Errorf("%v: masks differ", ratio)
		}
		got, want := m.Measure(img).Shares, m.Measure(onlyAt{img}).Shares
		if math.Abs(got.Off-want.Off) > 0.005 || math.Abs(got.Photo-want.Photo) > 0.005 || math.Abs(got.Primary-want.Primary) > 0.005 {
			t.Errorf("%v: %+v, generic %+v", ratio, got, want)
		}
	}
}
