package measure_test

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
)

// paletteOf builds a palette of the given colours (primary, secondary,
// accent, then neutrals).
func paletteOf(cols []color.NRGBA) *palette.Palette {
	e := func(c color.NRGBA) palette.Entry {
		return palette.Entry{Color: palette.MustParseColor(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B))}
	}
	p := &palette.Palette{Primary: e(cols[0]), Secondary: []palette.Entry{e(cols[1])}, Accent: e(cols[2])}
	for _, c := range cols[3:] {
		p.Neutral = append(p.Neutral, e(c))
	}
	return p
}

// nearPalette paints w×h pixels of palette colours and their ±1
// neighbours in every channel, in short runs, with a run of zero bytes
// (transparent black) when holes.
func nearPalette(r *rand.Rand, w, h int, cols []color.NRGBA, holes bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	step := func(v uint8) uint8 {
		switch d := r.IntN(3); {
		case d == 0 && v < 255:
			return v + 1
		case d == 1 && v > 0:
			return v - 1
		}
		return v
	}
	for y := range h {
		for x := 0; x < w; {
			c := cols[r.IntN(len(cols))]
			if r.IntN(3) == 0 {
				c = color.NRGBA{step(c.R), step(c.G), step(c.B), 255}
			}
			for n := 1 + r.IntN(9); n > 0 && x < w; n-- {
				img.SetNRGBA(x, y, c)
				x++
			}
		}
	}
	if holes {
		i := r.IntN(len(img.Pix))
		clear(img.Pix[i:min(len(img.Pix), i+1+r.IntN(400))])
	}
	return img
}

// convert copies src into an image of the given kind whose bounds start
// at origin (non-negative: image.YCbCr's chroma offsets truncate toward
// zero, so negative coordinates are another matter).
func convert(src *image.NRGBA, kind string, origin image.Point) image.Image {
	b := src.Bounds().Add(origin)
	var dst draw.Image
	switch kind {
	case "nrgba":
		dst = image.NewNRGBA(b)
	case "rgba":
		dst = image.NewRGBA(b)
	case "nrgba64":
		dst = image.NewNRGBA64(b)
	case "rgba64":
		dst = image.NewRGBA64(b)
	case "gray":
		dst = image.NewGray(b)
	case "gray16":
		dst = image.NewGray16(b)
	case "alpha":
		dst = image.NewAlpha(b)
	case "cmyk":
		dst = image.NewCMYK(b)
	case "paletted":
		// Transparent and translucent entries, the palette's own colours
		// and a few others.
		p := color.Palette{color.NRGBA{}, color.NRGBA{30, 60, 90, 128}}
		for _, c := range brandCols {
			p = append(p, c, color.NRGBA{c.R ^ 1, c.G, c.B, 255})
		}
		p = append(p, color.NRGBA{0, 0, 0, 255}, color.NRGBA{255, 255, 255, 255}, color.NRGBA{200, 30, 90, 255})
		dst = image.NewPaletted(b, p)
	case "nycbcra":
		out := image.NewNYCbCrA(b, image.YCbCrSubsampleRatio420)
		for y := src.Rect.Max.Y - 1; y >= src.Rect.Min.Y; y-- {
			for x := src.Rect.Max.X - 1; x >= src.Rect.Min.X; x-- {
				c := src.NRGBAAt(x, y)
				yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
				p := image.Pt(x, y).Add(origin)
				out.Y[out.YOffset(p.X, p.Y)] = yy
				ci := out.COffset(p.X, p.Y)
				out.Cb[ci], out.Cr[ci] = cb, cr
				out.A[out.AOffset(p.X, p.Y)] = c.A
			}
		}
		return out
	default:
		for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
			image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
			if kind != "ycbcr-"+ratio.String() {
				continue
			}
			shifted := image.NewNRGBA(b)
			copy(shifted.Pix, src.Pix)
			return toYCbCr(shifted, ratio)
		}
		panic("convert: unknown kind " + kind)
	}
	draw.Draw(dst, b, src, src.Rect.Min, draw.Src)
	return dst
}

var fastKinds = []string{"nrgba", "rgba", "nrgba64", "rgba64", "gray", "gray16", "alpha", "cmyk", "paletted", "nycbcra",
	"ycbcr-YCbCrSubsampleRatio444", "ycbcr-YCbCrSubsampleRatio422", "ycbcr-YCbCrSubsampleRatio420",
	"ycbcr-YCbCrSubsampleRatio440", "ycbcr-YCbCrSubsampleRatio411", "ycbcr-YCbCrSubsampleRatio410"}

// TestEveryTypeMatchesReference: every pixel type the passes read, tiny
// (1×1, 1×N, N×1) and mid-sized, at a non-zero origin and as sub-images,
// with colours exactly at palette colours ±1, runs of zero bytes, palettes
// of 3 and of MaxColors colours with black and white, tolerances near 0
// and near 1, in both photo modes, measure as the pixel-by-pixel tally does
// and mask as a plain image.Image (read through At) does.
func TestEveryTypeMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	big := []color.NRGBA{{0, 0, 0, 255}, {255, 255, 255, 255}}
	for len(big) < measure.MaxColors {
		big = append(big, color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255})
	}
	palettes := map[string][]color.NRGBA{
		"brand": brandCols,
		"bw":    {{0, 0, 0, 255}, {255, 255, 255, 255}, {0x1d, 0x4e, 0xd8, 255}},
		"max":   big,
	}
	sizes := []image.Point{{1, 1}, {1, 37}, {53, 1}, {3, 2}, {97, 61}, {180, 131}}
	if testing.Short() {
		sizes = sizes[:5]
	}
	for pname, cols := range palettes {
		for _, tol := range []float64{1e-6, 0, 0.5} {
			for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
				m, err := measure.New(paletteOf(cols), measure.Options{Tolerance: tol, Photos: mode})
				if err != nil {
					t.Fatal(err)
				}
				for _, sz := range sizes {
					var src *image.NRGBA
					if r.IntN(2) == 0 {
						src = nearPalette(r, sz.X, sz.Y, cols, r.IntN(2) == 0)
					} else {
						src = scene(r, max(sz.X, 2), max(sz.Y, 2), true)
						src = src.SubImage(image.Rect(0, 0, sz.X, sz.Y)).(*image.NRGBA)
					}
					kind := fastKinds[r.IntN(len(fastKinds))]
					img := convert(src, kind, image.Pt(r.IntN(9), r.IntN(9)))
					if s, ok := img.(interface {
						SubImage(image.Rectangle) image.Image
					}); ok && r.IntN(2) == 0 && sz.X > 2 && sz.Y > 2 {
						b := img.Bounds()
						img = s.SubImage(image.Rect(b.Min.X+1, b.Min.Y+1, b.Max.X, b.Max.Y-1))
					}
					name := fmt.Sprintf("%s tol %v %v %s %v", pname, tol, mode, kind, img.Bounds())
					got := m.Measure(img)
					restore := measure.SetSlowTally(true)
					want := m.Measure(img)
					restore()
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s:\nfast      %+v\nreference %+v", name, got, want)
					}
					if kind == "paletted" || kind == "nrgba" || kind == "rgba" {
						gm, wm := m.Mask(img), m.Mask(onlyAt{img})
						if !reflect.DeepEqual(gm, wm) {
							t.Errorf("%s: mask differs from the plain image's", name)
						}
					}
				}
			}
		}
	}
}

// TestRawBytesMatchReference: NRGBA and RGBA images of arbitrary bytes
// (premultiplied values above their alpha, colour bytes under alpha 0,
// runs) measure as the pixel-by-pixel tally does.
func TestRawBytesMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 127))
	m := newMeasurer(t)
	for i := range 40 {
		w, h := 1+r.IntN(3)*r.IntN(90), 1+r.IntN(140)
		pix := make([]byte, 4*w*h)
		for j := range pix {
			pix[j] = uint8(r.IntN(256))
		}
		for j := 3; j < len(pix); j += 4 {
			switch r.IntN(4) {
			case 0:
				pix[j] = 0
			case 1, 2:
				pix[j] = 255
			}
			if j > 3 && r.IntN(3) > 0 {
				copy(pix[j-3:j+1], pix[j-7:j-3])
			}
		}
		rect := image.Rect(0, 0, w, h)
		for _, img := range []image.Image{&image.NRGBA{Pix: pix, Stride: 4 * w, Rect: rect}, &image.RGBA{Pix: pix, Stride: 4 * w, Rect: rect}} {
			got := m.Measure(img)
			restore := measure.SetSlowTally(true)
			want := m.Measure(img)
			restore()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%d: %T %dx%d:\nfast      %+v\nreference %+v", i, img, w, h, got, want)
			}
		}
	}
}

// TestEarlyStopSeesLastRows: a dense photograph whose only translucent (or
// transparent, or palette-coloured) pixels are in its last row, where the
// RGBA and JPEG scans have stopped their histogram, measures as with the
// whole scan and as the pixel-by-pixel tally does.
func TestEarlyStopSeesLastRows(t *testing.T) {
	m := newMeasurer(t)
	r := rand.New(rand.NewPCG(8, 13))
	w, h := 257, 193
	photo := photoTexture(r, w, h)
	edits := map[string]func(img *image.NRGBA){
		"last pixel translucent": func(img *image.NRGBA) { img.Pix[len(img.Pix)-1] = 254 },
		"last pixel transparent": func(img *image.NRGBA) { img.Pix[len(img.Pix)-1] = 0 },
		"last row veiled": func(img *image.NRGBA) {
			for i := img.PixOffset(0, h-1) + 3; i < len(img.Pix); i += 4 {
				img.Pix[i] = 1
			}
		},
		"last row zero bytes": func(img *image.NRGBA) { clear(img.Pix[img.PixOffset(0, h-1):]) },
		"last rows palette": func(img *image.NRGBA) {
			draw.Draw(img, image.Rect(0, h-3, w, h), &image.Uniform{brandCols[0]}, image.Point{}, draw.Src)
		},
		"opaque": func(*image.NRGBA) {},
	}
	for name, edit := range edits {
		img := image.NewNRGBA(photo.Rect)
		copy(img.Pix, photo.Pix)
		edit(img)
		rgba := image.NewRGBA(img.Rect)
		draw.Draw(rgba, rgba.Rect, img, image.Point{}, draw.Src)
		for kind, in := range map[string]image.Image{"nrgba": img, "rgba": rgba,
			"ycbcr": toYCbCr(img, image.YCbCrSubsampleRatio420), "nrgba-sub": img.SubImage(image.Rect(1, 2, w, h))} {
			restore := measure.SetDenseCheck(1)
			early := m.Measure(in)
			restore()
			restore = measure.SetDenseCheck(1 << 62)
			full := m.Measure(in)
			restore()
			restore = measure.SetSlowTally(true)
			slow := m.Measure(in)
			restore()
			if !reflect.DeepEqual(early, full) || !reflect.DeepEqual(early, slow) {
				t.Errorf("%s %s:\nearly stop %+v\nfull scan  %+v\nreference  %+v", name, kind, early, full, slow)
			}
		}
	}
}

// TestConcurrentMeasureMatchesFresh: one Measurer shared by goroutines that
// measure and mask different images at once (filling the colour, code and
// sample caches together) gives each image the result a fresh Measurer
// gives it alone. Run with -race.
func TestConcurrentMeasureMatchesFresh(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 34))
	var imgs []image.Image
	for i := range 6 {
		src := scene(r, 120+r.IntN(120), 90+r.IntN(90), i%2 == 0)
		imgs = append(imgs, src, convert(src, fastKinds[(3*i+1)%len(fastKinds)], image.Pt(i, 0)))
	}
	imgs = append(imgs, jpegRoundTrip(t, scene(r, 200, 150, false), 80))
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		want := make([]measure.Result, len(imgs))
		wantMask := make([]*image.NRGBA, len(imgs))
		for i, img := range imgs {
			fresh, err := measure.New(brand, measure.Options{Photos: mode})
			if err != nil {
				t.Fatal(err)
			}
			want[i] = fresh.Measure(img)
			wantMask[i] = fresh.Mask(img)
		}
		shared, err := measure.New(brand, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Go(func() {
				for k := range imgs {
					i := (k*5 + g*3) % len(imgs)
					if got := shared.Measure(imgs[i]); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("%v goroutine %d image %d (%T): shared %+v, fresh %+v", mode, g, i, imgs[i], got, want[i])
					}
					if g%2 == 0 {
						if got := shared.Mask(imgs[i]); !reflect.DeepEqual(got, wantMask[i]) {
							t.Errorf("%v goroutine %d image %d (%T): mask differs from a fresh Measurer's", mode, g, i, imgs[i])
						}
					}
				}
			})
		}
		wg.Wait()
	}
}

// TestNegativeOriginYCbCr: a subsampled YCbCr image whose bounds start at
// negative coordinates (image.YCbCr finds chroma by dividing, rounding
// toward zero, there) measures and masks as the 4:4:4 image of the samples
// its At reads, and does not panic. Before, Measure read past the end of Cb
// (index out of range [580] with length 580 on 290×4 pixels at (3,-21),
// 4:2:0) or other chroma samples than At.
func TestNegativeOriginYCbCr(t *testing.T) {
	r := rand.New(rand.NewPCG(93, 1))
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, err := measure.New(brand, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
			image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
			for _, b := range []image.Rectangle{image.Rect(3, -21, 293, -17), image.Rect(-15, 4, 136, 123),
				image.Rect(-12, -24, 88, 99), image.Rect(-11, -23, -10, 256)} {
				var src *image.NRGBA
				if r.IntN(2) == 0 {
					src = nearPalette(r, b.Dx(), b.Dy(), brandCols, false)
				} else {
					src = scene(r, max(b.Dx(), 2), max(b.Dy(), 2), false)
				}
				img := image.NewYCbCr(b, ratio)
				ok := true
				for y := b.Max.Y - 1; y >= b.Min.Y && ok; y-- {
					for x := b.Max.X - 1; x >= b.Min.X; x-- {
						c := src.NRGBAAt(x-b.Min.X, y-b.Min.Y)
						yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
						img.Y[img.YOffset(x, y)] = yy
						ci := img.COffset(x, y)
						if ci >= len(img.Cb) {
							ok = false // image.YCbCr's own At would panic
							break
						}
						img.Cb[ci], img.Cr[ci] = cb, cr
					}
				}
				if !ok {
					continue
				}
				flat := image.NewYCbCr(b, image.YCbCrSubsampleRatio444)
				for y := b.Min.Y; y < b.Max.Y; y++ {
					for x := b.Min.X; x < b.Max.X; x++ {
						c := img.YCbCrAt(x, y)
						i := flat.YOffset(x, y)
						flat.Y[i], flat.Cb[i], flat.Cr[i] = c.Y, c.Cb, c.Cr
					}
				}
				// The same samples at the origin, where the passes are
				// checked against the per-pixel tally.
				moved := &image.YCbCr{Y: flat.Y, Cb: flat.Cb, Cr: flat.Cr, YStride: flat.YStride, CStride: flat.CStride,
					SubsampleRatio: flat.SubsampleRatio, Rect: b.Sub(b.Min)}
				want := m.Measure(moved)
				restore := measure.SetSlowTally(true)
				slow := m.Measure(moved)
				restore()
				if got := m.Measure(img); !reflect.DeepEqual(got, want) || !reflect.DeepEqual(slow, want) {
					t.Errorf("%v %v %v:\nsubsampled   %+v\n4:4:4 at 0,0 %+v\nreference    %+v", mode, ratio, b, got, want, slow)
				}
				if got, want := m.Mask(img), m.Mask(moved); !reflect.DeepEqual(got, want) {
					t.Errorf("%v %v %v: mask differs from the 4:4:4 image's at the origin", mode, ratio, b)
				}
			}
		}
	}
}
