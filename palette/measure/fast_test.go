package measure_test

import (
	"bytes"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"image/jpeg"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hueprint/hueprint/palette/measure"
)

// scene paints a design of every kind of area the passes treat apart: flat
// palette colours, text, a gradient between two palette colours, a flat
// off-palette block, a photograph and random runs, on w×h pixels; with
// holes, some pixels are fully transparent.
func scene(r *rand.Rand, w, h int, holes bool) *image.NRGBA {
	img := textImage(nil, w, h, brandCols[r.IntN(5)], brandCols[r.IntN(5)], float64(9+r.IntN(30)))
	rect := func() image.Rectangle {
		x, y := r.IntN(w), r.IntN(h)
		return image.Rect(x, y, x+1+r.IntN(w/2+1), y+1+r.IntN(h/2+1)).Intersect(img.Bounds())
	}
	for range 1 + r.IntN(3) {
		draw.Draw(img, rect(), &image.Uniform{brandCols[r.IntN(5)]}, image.Point{}, draw.Src)
	}
	g := rect()
	a, b := brandCols[r.IntN(5)], brandCols[r.IntN(5)]
	for x := g.Min.X; x < g.Max.X; x++ {
		draw.Draw(img, image.Rect(x, g.Min.Y, x+1, g.Max.Y), &image.Uniform{mixNRGBA(a, b, float64(x-g.Min.X)/float64(max(1, g.Dx())))}, image.Point{}, draw.Src)
	}
	draw.Draw(img, rect(), &image.Uniform{color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}}, image.Point{}, draw.Src)
	if r.IntN(3) > 0 {
		p := rect()
		draw.Draw(img, p, photoTexture(r, p.Dx(), p.Dy()), image.Point{}, draw.Src)
	}
	for range r.IntN(200) {
		y, x := r.IntN(h), r.IntN(w)
		c := color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}
		if holes && r.IntN(2) == 0 {
			c = color.NRGBA{}
		}
		for n := r.IntN(40); n > 0 && x < w; n-- {
			img.SetNRGBA(x, y, c)
			x++
		}
	}
	return img
}

// TestWholeTallyMatchesReference: images tallied by runs (tallyRowRuns),
// in integers when no pixel is translucent, measure exactly, bit for bit,
// as the pixel-by-pixel tally does, in both photo modes.
func TestWholeTallyMatchesReference(t *testing.T) {
	seeds := 24
	if testing.Short() {
		seeds = 6
	}
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, err := measure.New(brand, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for seed := range seeds {
			r := rand.New(rand.NewPCG(uint64(seed), 16))
			w, h := 40+r.IntN(400), 40+r.IntN(300)
			img := scene(r, w, h, seed%2 == 0)
			rgba := image.NewRGBA(img.Bounds())
			draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
			gray := image.NewGray(img.Bounds())
			draw.Draw(gray, gray.Bounds(), img, image.Point{}, draw.Src)
			// Translucent: a veil over part of the image (one alpha, as
			// overlay wallpapers have) and scattered alphas.
			veil := image.NewNRGBA(img.Bounds())
			copy(veil.Pix, img.Pix)
			va, vr := uint8(1+r.IntN(254)), image.Rect(r.IntN(w), r.IntN(h), w, h)
			for y := range h {
				for x := range w {
					if i := veil.PixOffset(x, y) + 3; image.Pt(x, y).In(vr) && veil.Pix[i] != 0 {
						veil.Pix[i] = va
					} else if r.IntN(50) == 0 {
						veil.Pix[i] = uint8(r.IntN(256))
					}
				}
			}
			veilRGBA := image.NewRGBA(veil.Bounds())
			draw.Draw(veilRGBA, veilRGBA.Bounds(), veil, image.Point{}, draw.Src)
			paletted := image.NewPaletted(img.Bounds(), append(color.Palette{color.NRGBA{}}, palette.Plan9[:200]...))
			draw.Draw(paletted, paletted.Bounds(), img, image.Point{}, draw.Src)
			cmyk := image.NewCMYK(img.Bounds())
			draw.Draw(cmyk, cmyk.Bounds(), img, image.Point{}, draw.Src)
			gray16 := image.NewGray16(img.Bounds())
			draw.Draw(gray16, gray16.Bounds(), img, image.Point{}, draw.Src)
			jpg := jpegRoundTrip(t, img, 70+r.IntN(30))
			// A window at an odd offset: rows read from x0 > 0.
			sub := image.Rect(1+r.IntN(9), 1+r.IntN(9), w-r.IntN(9), h-r.IntN(9))
			cases := map[string]image.Image{
				"nrgba": img, "rgba": rgba, "gray": gray, "generic": onlyAt{img},
				"paletted": paletted, "cmyk": cmyk, "gray16": gray16,
				"ycbcr":      jpg,
				"nrgba-veil": veil, "rgba-veil": veilRGBA, "generic-veil": onlyAt{veil},
				"nrgba-sub": img.SubImage(sub), "rgba-veil-sub": veilRGBA.SubImage(sub),
				"ycbcr-sub": jpg.(*image.YCbCr).SubImage(sub),
			}
			for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
				image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
				cases["ycbcr-"+ratio.String()] = toYCbCr(img, ratio)
			}
			for name, in := range cases {
				got := m.Measure(in)
				restore := measure.SetSlowTally(true)
				want := m.Measure(in)
				restore()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%v seed %d %s %dx%d:\nfast      %+v\nreference %+v", mode, seed, name, w, h, got, want)
				}
			}
		}
	}
}

// TestDenseCheckMatchesFullScan: JPEG and 8-bit RGBA images the histogram
// scan gives up on early (certain to take the dense pass) measure exactly as
// with the whole scan, and so do images it does not give up on.
func TestDenseCheckMatchesFullScan(t *testing.T) {
	m := newMeasurer(t)
	for seed := range 6 {
		r := rand.New(rand.NewPCG(uint64(seed), 8))
		w, h := 100+r.IntN(300), 100+r.IntN(300)
		img := scene(r, w, h, false)
		if seed%2 == 0 {
			// Mostly photograph: certain to be dense half way.
			p := image.Rect(w/8, 0, w, h)
			draw.Draw(img, p, photoTexture(r, p.Dx(), p.Dy()), image.Point{}, draw.Src)
		}
		// 8-bit RGBA too, straight and premultiplied, opaque and with a
		// translucent veil over the lower rows.
		rgba := image.NewRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
		veil := image.NewNRGBA(img.Bounds())
		copy(veil.Pix, img.Pix)
		for i := veil.PixOffset(0, h/2) + 3; i < len(veil.Pix); i += 4 {
			veil.Pix[i] = 200
		}
		veilRGBA := image.NewRGBA(img.Bounds())
		draw.Draw(veilRGBA, veilRGBA.Bounds(), veil, image.Point{}, draw.Src)
		for name, in := range map[string]image.Image{
			"ycbcr": jpegRoundTrip(t, img, 75+r.IntN(20)), "nrgba": img, "rgba": rgba,
			"nrgba-veil": veil, "rgba-veil": veilRGBA,
		} {
			restore := measure.SetDenseCheck(1)
			got := m.Measure(in)
			restore()
			restore = measure.SetDenseCheck(1 << 62)
			want := m.Measure(in)
			restore()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("seed %d %s %dx%d:\nearly stop %+v\nfull scan  %+v", seed, name, w, h, got, want)
			}
		}
	}
}

// TestSparseSamplingBound: the sparse pass leaves unsampled the cells of an
// opaque image that too few listed pixels to be busy; sampling them too
// finds the same busy cells, on scenes with text, gradients, off-palette
// blocks and photographs, as PNG-like RGBA and as JPEG.
func TestSparseSamplingBound(t *testing.T) {
	m := newMeasurer(t)
	r := rand.New(rand.NewPCG(16, 21))
	sparse := 0
	for seed := range 24 {
		img := scene(r, 200+r.IntN(300), 150+r.IntN(200), false)
		jpg, err := jpeg.Decode(bytes.NewReader(encodeJPEG(t, img)))
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range []image.Image{img, jpg} {
			got, ok := measure.SparseBusyCells(m, in, true)
			if !ok {
				continue
			}
			sparse++
			want, _ := measure.SparseBusyCells(m, in, false)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("seed %d, %T: busy cells differ with the bound", seed, in)
			}
		}
	}
	if sparse < 12 {
		t.Errorf("only %d of 48 scenes took the sparse pass: the test looks at too few", sparse)
	}
}

// toYCbCr converts img to YCbCr with the given chroma subsampling, each
// chroma sample taken from the first pixel of its block (a JPEG decoder
// averages; either is a valid YCbCr image).
func toYCbCr(img *image.NRGBA, ratio image.YCbCrSubsampleRatio) *image.YCbCr {
	b := img.Bounds()
	out := image.NewYCbCr(b, ratio)
	for y := b.Max.Y - 1; y >= b.Min.Y; y-- {
		for x := b.Max.X - 1; x >= b.Min.X; x-- {
			c := img.NRGBAAt(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			out.Y[out.YOffset(x, y)] = yy
			ci := out.COffset(x, y)
			out.Cb[ci], out.Cr[ci] = cb, cr
		}
	}
	return out
}

// TestDenseTallyJPEGMatchesReference: smooth JPEG images, gradients between
// palette colours and an off-palette wallpaper whose colours change every
// pixel, tallied by runs (tallyRowRuns, which classifies most colours by
// its inlined look-up of the bin's code) measure exactly as the
// pixel-by-pixel tally does, on a fresh Measurer (no bin classified yet)
// and on one that has classified them.
func TestDenseTallyJPEGMatchesReference(t *testing.T) {
	wall := image.NewNRGBA(image.Rect(0, 0, 900, 600))
	for y := range 600 {
		for x := range 900 {
			wall.SetNRGBA(x, y, color.NRGBA{uint8(40 + x/5), uint8(200 - y/4), uint8(90 + (x+y)/12), 255})
		}
	}
	g1, _, _ := gradientImage(1200, 628, 900, brandCols[0], brandCols[1], false)
	g2, _, _ := gradientImage(1200, 628, 300, brandCols[3], brandCols[4], true)
	cases := map[string]image.Image{}
	for name, img := range map[string]*image.NRGBA{"wallpaper": wall, "gradient 0→1": g1, "gradient 3→4": g2} {
		cases[name+" q80"] = jpegRoundTrip(t, img, 80)
		cases[name+" q95"] = jpegRoundTrip(t, img, 95)
		cases[name+" 4:4:4"] = toYCbCr(img, image.YCbCrSubsampleRatio444)
	}
	for name, in := range cases {
		m := newMeasurer(t)
		fresh := m.Measure(in) // no bin classified before
		warm := m.Measure(in)  // every bin classified
		restore := measure.SetSlowTally(true)
		want := newMeasurer(t).Measure(in)
		restore()
		if !reflect.DeepEqual(fresh, want) || !reflect.DeepEqual(warm, want) {
			t.Errorf("%s:\nfresh     %+v\nwarm      %+v\nreference %+v", name, fresh, warm, want)
		}
	}
}

// TestSplitTallyMatchesGeneral: images without translucent pixels, tallied
// by tallyRowInPlace (read in place) or tallyRowRing (the others), measure
// bit for bit as through tallyRowRuns: flat art with holes, text edges,
// photographs and their borders, in both photo modes, whole and as windows
// at odd offsets.
func TestSplitTallyMatchesGeneral(t *testing.T) {
	seeds := 16
	if testing.Short() {
		seeds = 4
	}
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, err := measure.New(brand, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for seed := range seeds {
			r := rand.New(rand.NewPCG(uint64(seed), 21))
			w, h := 40+r.IntN(400), 40+r.IntN(300)
			img := scene(r, w, h, seed%2 == 0)
			// Text edges (blends) and a photograph over part of it.
			txt := textImage(t, w, h, brandCols[r.IntN(len(brandCols))], brandCols[r.IntN(len(brandCols))], 8+float64(r.IntN(12)))
			pr := image.Rect(r.IntN(w/2), r.IntN(h/2), w/2+r.IntN(w/2), h/2+r.IntN(h/2))
			draw.Draw(txt, pr, photoTexture(r, pr.Dx(), pr.Dy()), image.Point{}, draw.Src)
			draw.Draw(img, image.Rect(0, 0, w, h/2), txt, image.Point{}, draw.Src)
			rgba := image.NewRGBA(img.Bounds())
			draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
			sub := image.Rect(1+r.IntN(9), 1+r.IntN(9), w-r.IntN(9), h-r.IntN(9))
			gray := image.NewGray(img.Bounds())
			draw.Draw(gray, gray.Bounds(), img, image.Point{}, draw.Src)
			paletted := image.NewPaletted(img.Bounds(), append(color.Palette{color.NRGBA{}}, palette.Plan9[:200]...))
			draw.Draw(paletted, paletted.Bounds(), img, image.Point{}, draw.Src)
			jpg := jpegRoundTrip(t, img, 70+r.IntN(30))
			cases := map[string]image.Image{
				"nrgba": img, "rgba": rgba, "txt": txt,
				"nrgba-sub": img.SubImage(sub), "rgba-sub": rgba.SubImage(sub),
				"gray": gray, "paletted": paletted, "ycbcr": jpg, "txt-ycbcr": jpegRoundTrip(t, txt, 90),
				"ycbcr-sub": jpg.(*image.YCbCr).SubImage(sub),
			}
			// Every subsampling, whole and as windows (odd left edges too):
			// tallyRowRing finds their runs on the planes.
			for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
				image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
				im := toYCbCr(img, ratio)
				cases["ycbcr-"+ratio.String()] = im
				cases["ycbcr-sub-"+ratio.String()] = im.SubImage(sub)
				// Planes of runs, noise and bytes a bit apart: the dense
				// pass over every kind of run of Y'CbCr triples.
				noisy := image.NewYCbCr(img.Bounds(), ratio)
				for _, p := range [][]byte{noisy.Y, noisy.Cb, noisy.Cr} {
					v := byte(r.IntN(256))
					for i := range p {
						switch r.IntN(8) {
						case 0:
							v = byte(r.IntN(256))
						case 1:
							v ^= 1 << r.IntN(8)
						}
						p[i] = v
					}
				}
				cases["noisy-"+ratio.String()] = noisy
				cases["noisy-sub-"+ratio.String()] = noisy.SubImage(sub)
			}
			// A few translucent (and transparent) pixels from some row on:
			// the rows above them are tallied as a whole image's.
			veil := image.NewNRGBA(img.Bounds())
			draw.Draw(veil, veil.Bounds(), img, image.Point{}, draw.Src)
			y0 := r.IntN(h)
			for range 1 + r.IntN(6) {
				x, y := r.IntN(w), y0+r.IntN(h-y0)
				veil.Pix[veil.PixOffset(x, y)+3] = []uint8{0, 1, 128, 254}[r.IntN(4)]
			}
			veilRGBA := image.NewRGBA(img.Bounds())
			draw.Draw(veilRGBA, veilRGBA.Bounds(), veil, image.Point{}, draw.Src)
			cases["nrgba-veil"], cases["rgba-veil"] = veil, veilRGBA
			cases["nrgba-veil-sub"], cases["rgba-veil-sub"] = veil.SubImage(sub), veilRGBA.SubImage(sub)
			for name, in := range cases {
				got := m.Measure(in)
				restore := measure.SetGeneralTally(true)
				want := m.Measure(in)
				restore()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%v seed %d %s %dx%d:\nsplit   %+v\ngeneral %+v", mode, seed, name, w, h, got, want)
				}
			}
		}
	}
}
