package report

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"testing"
)

// referenceShrink is the plain box filter boxShrink must agree with: the
// image converted to 16-bit RGBA in full (exact for every type), each k×k
// block averaged in floating point and composed over white.
func referenceShrink(img image.Image, k int) *image.RGBA {
	b := img.Bounds()
	rgba := image.NewRGBA64(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	w, h := b.Dx()/k, b.Dy()/k
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var sum [4]float64
			for dy := range k {
				for dx := range k {
					c := rgba.RGBA64At(x*k+dx, y*k+dy)
					sum[0], sum[1], sum[2], sum[3] = sum[0]+float64(c.R), sum[1]+float64(c.G), sum[2]+float64(c.B), sum[3]+float64(c.A)
				}
			}
			n := float64(k*k) * 0xffff
			white := 1 - sum[3]/n
			o := out.PixOffset(x, y)
			for c := range 3 {
				out.Pix[o+c] = uint8(math.Round(255 * min(1, sum[c]/n+white)))
			}
			out.Pix[o+3] = 255
		}
	}
	return out
}

// testImages returns an image of each type the decoders give, of size w×h
// at origin (ox, oy), filled with random pixels. Y'CbCr samples stay where
// every pixel is inside RGB (see shrinkYCbCr).
func testImages(rng *rand.Rand, w, h, ox, oy int) map[string]image.Image {
	r := image.Rect(ox, oy, ox+w, oy+h)
	fill := func(pix []byte, lo, hi int) {
		for i := range pix {
			pix[i] = byte(lo + rng.IntN(hi-lo+1))
		}
	}
	imgs := map[string]image.Image{}
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
		m := image.NewYCbCr(r, ratio)
		fill(m.Y, 60, 195)
		fill(m.Cb, 108, 148)
		fill(m.Cr, 108, 148)
		imgs["YCbCr"+ratio.String()] = m
	}
	a := image.NewNYCbCrA(r, image.YCbCrSubsampleRatio420)
	fill(a.Y, 60, 195)
	fill(a.Cb, 108, 148)
	fill(a.Cr, 108, 148)
	fill(a.A, 0, 255)
	imgs["NYCbCrA"] = a
	g := image.NewGray(r)
	fill(g.Pix, 0, 255)
	imgs["Gray"] = g
	g16 := image.NewGray16(r)
	fill(g16.Pix, 0, 255)
	imgs["Gray16"] = g16
	n := image.NewNRGBA(r)
	fill(n.Pix, 0, 255)
	imgs["NRGBA"] = n
	// Opaque, then opaque above and translucent below: the rows summed
	// eight bytes at a time, and the rest.
	for _, name := range []string{"NRGBAopaque", "NRGBAhalf"} {
		o := image.NewNRGBA(r)
		fill(o.Pix, 0, 255)
		for i := 3; i < len(o.Pix); i += 4 {
			if name == "NRGBAopaque" || i < len(o.Pix)/2 {
				o.Pix[i] = 255
			}
		}
		imgs[name] = o
	}
	n64 := image.NewNRGBA64(r)
	fill(n64.Pix, 0, 255)
	imgs["NRGBA64"] = n64
	// Premultiplied types: draw the straight colours in.
	p := image.NewRGBA(r)
	draw.Draw(p, r, n, r.Min, draw.Src)
	imgs["RGBA"] = p
	p64 := image.NewRGBA64(r)
	draw.Draw(p64, r, n64, r.Min, draw.Src)
	imgs["RGBA64"] = p64
	pal := make(color.Palette, 200)
	for i := range pal {
		pal[i] = color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
	}
	pm := image.NewPaletted(r, pal)
	fill(pm.Pix, 0, len(pal)-1)
	imgs["Paletted"] = pm
	cm := image.NewCMYK(r)
	fill(cm.Pix, 0, 255)
	imgs["CMYK"] = cm
	return imgs
}

// TestBoxShrink: boxShrink, reading each type in place, gives the plain
// box filter over the image converted to RGBA, within 1 per channel, for
// every type, subsampling, odd and even sizes and factors, and images
// whose origin is not (0, 0) (sub-images cut at odd offsets).
func TestBoxShrink(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ w, h, ox, oy, k int }{
		{64, 48, 0, 0, 2}, {64, 48, 0, 0, 4}, {65, 47, 0, 0, 3}, {101, 77, 0, 0, 5},
		{90, 91, 3, 5, 3}, {90, 91, 1, 1, 2}, {130, 70, -7, 2, 7}, {40, 33, 0, 0, 16}, {150, 70, 1, 0, 23},
		{514, 257, 0, 0, 257}, {600, 300, 0, 1, 258}, // the most rows colSums holds, and more
	} {
		for name, img := range testImages(rng, tc.w, tc.h, tc.ox, tc.oy) {
			got, want := boxShrink(img, tc.k), referenceShrink(img, tc.k)
			if got.Bounds() != want.Bounds() {
				t.Fatalf("%s %+v: bounds %v, want %v", name, tc, got.Bounds(), want.Bounds())
			}
			worst := 0
			for i := range got.Pix {
				worst = max(worst, abs(int(got.Pix[i])-int(want.Pix[i])))
			}
			if worst > 1 {
				t.Errorf("%s %+v: differs from the reference by up to %d", name, tc, worst)
			}
		}
		// A sub-image: the same pixels, read through offsets.
		full := testImages(rng, tc.w+5, tc.h+6, tc.ox, tc.oy)
		for name, img := range full {
			sub := img.(interface {
				SubImage(image.Rectangle) image.Image
			}).SubImage(image.Rect(tc.ox+3, tc.oy+1, tc.ox+tc.w+3, tc.oy+tc.h+1))
			got, want := boxShrink(sub, tc.k), referenceShrink(sub, tc.k)
			for i := range got.Pix {
				if d := abs(int(got.Pix[i]) - int(want.Pix[i])); d > 1 {
					t.Errorf("%s sub-image %+v: differs from the reference by %d at byte %d", name, tc, d, i)
					break
				}
			}
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// TestBoxShrinkFlat: a flat colour comes back exactly, for every type.
func TestBoxShrinkFlat(t *testing.T) {
	c := color.NRGBA{200, 40, 90, 255}
	for _, img := range []draw.Image{image.NewRGBA(image.Rect(0, 0, 60, 40)), image.NewNRGBA64(image.Rect(0, 0, 60, 40)),
		image.NewPaletted(image.Rect(0, 0, 60, 40), color.Palette{c}), image.NewCMYK(image.Rect(0, 0, 60, 40))} {
		draw.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{}, draw.Src)
		want := color.RGBAModel.Convert(img.At(0, 0)).(color.RGBA)
		if got := boxShrink(img, 3).RGBAAt(5, 5); got != want {
			t.Errorf("%T: %v, want %v", img, got, want)
		}
	}
}

// TestBoxShrinkPastPalette: an index past the palette (which image/draw
// would panic on) is read as opaque black, as image/png reads it.
func TestBoxShrinkPastPalette(t *testing.T) {
	img := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.White})
	for i := range img.Pix {
		img.Pix[i] = byte(i % 2 * 7) // white, index 7, white, ...
	}
	if got, want := boxShrink(img, 2).RGBAAt(0, 0), (color.RGBA{128, 128, 128, 255}); got != want {
		t.Errorf("%v, want %v", got, want)
	}
}

// oldBoxShrink is the simplest shrink, and boxShrink's before issue 21:
// the image converted to RGBA in full, then averaged.
func oldBoxShrink(img image.Image, k int) *image.RGBA {
	b := img.Bounds()
	rgba := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), img, b.Min, draw.Src)
	return boxShrink(rgba, k)
}

// BenchmarkBoxShrink compares boxShrink with a full conversion to RGBA
// first, on a 4:2:2 and a 4:2:0 photograph's size (/tmp/cjh/9.jpg,
// 5640×3172) and an opaque RGBA PNG's (3700×2400).
func BenchmarkBoxShrink(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	var imgs []image.Image
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420} {
		m := image.NewYCbCr(image.Rect(0, 0, 5640, 3172), ratio)
		for i := range m.Y {
			m.Y[i] = byte(rng.IntN(256))
		}
		imgs = append(imgs, m)
	}
	p := image.NewRGBA(image.Rect(0, 0, 3700, 2400))
	for i := range p.Pix {
		p.Pix[i] = byte(rng.IntN(256)) | byte(i%4/3*255)
	}
	imgs = append(imgs, p)
	for _, m := range imgs {
		k := (m.Bounds().Dx() + ThumbMax - 1) / ThumbMax
		name := fmt.Sprintf("%T", m)
		if y, ok := m.(*image.YCbCr); ok {
			name = y.SubsampleRatio.String()
		}
		for _, how := range []string{"inPlace", "viaRGBA"} {
			b.Run(name+"/"+how, func(b *testing.B) {
				for b.Loop() {
					if how == "inPlace" {
						boxShrink(m, k)
					} else {
						oldBoxShrink(m, k)
					}
				}
			})
		}
	}
}
