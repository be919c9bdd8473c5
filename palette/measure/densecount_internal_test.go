package measure

import (
	"image"
	"math/rand/v2"
	"testing"
)

// noiseOver is a YCbCr image of ratio whose first noise rows are random
// samples (candidates, most of them) and whose others are one palette
// colour's, inside a larger image when sub (a sub-image at an odd origin).
func noiseOver(rng *rand.Rand, w, h, noise int, ratio image.YCbCrSubsampleRatio, pal uint32, sub bool) *image.YCbCr {
	r := image.Rect(0, 0, w, h)
	if sub {
		r = image.Rect(0, 0, w+3, h+5)
	}
	im := image.NewYCbCr(r, ratio)
	py, pcb, pcr := rgbToYCbCr(pal)
	for y := range r.Dy() {
		for x := range r.Dx() {
			yi, ci := im.YOffset(x, y), im.COffset(x, y)
			if y-r.Dy()+h < noise {
				im.Y[yi], im.Cb[ci], im.Cr[ci] = uint8(rng.Uint32()), uint8(rng.Uint32()), uint8(rng.Uint32())
				continue
			}
			im.Y[yi], im.Cb[ci], im.Cr[ci] = py, pcb, pcr
		}
	}
	if sub {
		return im.SubImage(image.Rect(3, 5, w+3, h+5)).(*image.YCbCr)
	}
	return im
}

func rgbToYCbCr(c uint32) (y, cb, cr uint8) {
	r, g, b := int32(c&255), int32(c>>8&255), int32(c>>16&255)
	y = uint8((19595*r + 38470*g + 7471*b + 1<<15) >> 16)
	cb = uint8(min(255, max(0, (-11056*r-21712*g+32768*b+257<<15)>>16)))
	cr = uint8(min(255, max(0, (32768*r-27440*g-5328*b+257<<15)>>16)))
	return
}

// TestDenseByCountMatchesHistogram: when denseByCount finds a JPEG certain
// to take the dense pass, the whole histogram (histTally) finds more
// candidates than sparseShare, for every fixed subsampling, sub-images,
// and shares of noise rows just below, at and above a quarter of the
// image; images mostly of noise are found certain (the test is not
// vacuous), and scanYCbCr then stops without filling its histogram.
func TestDenseByCountMatchesHistogram(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func(old int) { denseCheckPixels = old }(denseCheckPixels)
	rng := rand.New(rand.NewPCG(21, 4))
	ratios := []image.YCbCrSubsampleRatio{
		image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440,
	}
	certain, mostly := 0, 0
	for _, ratio := range ratios {
		for _, sub := range []bool{false, true} {
			for _, share := range []int{0, 20, 24, 25, 26, 27, 30, 40, 100} {
				w, h := 40+rng.IntN(60), 100
				im := noiseOver(rng, w, h, share*h/100, ratio, m.exact[rng.IntN(len(m.exact))], sub)
				var sx, sy uint
				switch ratio {
				case image.YCbCrSubsampleRatio422:
					sx = 1
				case image.YCbCrSubsampleRatio420:
					sx, sy = 1, 1
				case image.YCbCrSubsampleRatio440:
					sy = 1
				}
				got := (&accumulator{m: m}).denseByCount(im, sx, sy)
				denseCheckPixels = 1 << 62
				want := &accumulator{m: m, ycc: true}
				scanYCbCr(im, want)
				tl := m.histTally(want)
				dense := tl.candidates > sparseShare*tl.total
				if got && !dense {
					t.Errorf("%v sub %v, %d %% noise: certain, but the histogram finds %v of %v candidates", ratio, sub, share, tl.candidates, tl.total)
				}
				if share == 100 {
					mostly++
					if !got {
						t.Errorf("%v sub %v: all noise, not found certain", ratio, sub)
					}
					denseCheckPixels = 1
					acc := &accumulator{m: m, ycc: true}
					scanYCbCr(im, acc)
					if !acc.dense || acc.full || len(acc.touched) != 0 {
						t.Errorf("%v sub %v: all noise, scanYCbCr dense %v, histogram used %v", ratio, sub, acc.dense, acc.full)
					}
				}
				if got {
					certain++
				}
			}
		}
	}
	if certain < 3*mostly {
		t.Errorf("%d images found certain (%d all noise): the test compares too little", certain, mostly)
	}
}

// BenchmarkDenseDecision is scanYCbCr on a 3000×2000 4:2:0 photograph-like
// image (random colours, a third of them palette colours or their blends):
// counting candidates row by row (denseByCount) beside the histogram and
// its checks.
func BenchmarkDenseDecision(b *testing.B) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		b.Fatal(err)
	}
	img := randomPhotoImage(rand.New(rand.NewPCG(3, 4)), "YCbCr420", image.Rect(0, 0, 3000, 2000), m.exact, true, false).(*image.YCbCr)
	for _, count := range []bool{false, true} {
		name := map[bool]string{false: "histogram", true: "count"}[count]
		b.Run(name, func(b *testing.B) {
			denseCount = count
			defer func() { denseCount = true }()
			acc := &accumulator{m: m}
			for b.Loop() {
				acc.reset()
				acc.ycc = true
				scanYCbCr(img, acc)
				if !acc.dense {
					b.Fatal("not dense")
				}
			}
		})
	}
}

// TestRowCandidatesMatchesPixels: rowCandidates counts, row by row, the
// pixels whose Y, Cb, Cr bin the histogram classifies as candidates,
// pixel by pixel, for every fixed subsampling, odd and even origins and
// widths, on noise, on flat runs of random colours (counted eight at a
// time) and on runs of palette colours.
func TestRowCandidatesMatchesPixels(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(4, 21))
	ratios := map[image.YCbCrSubsampleRatio][2]uint{
		image.YCbCrSubsampleRatio444: {0, 0}, image.YCbCrSubsampleRatio422: {1, 0},
		image.YCbCrSubsampleRatio420: {1, 1}, image.YCbCrSubsampleRatio440: {0, 1},
	}
	acc := &accumulator{m: m, cand: new([1 << 18]uint8)}
	for ratio, sh := range ratios {
		for range 20 {
			full := image.NewYCbCr(image.Rect(0, 0, 8+rng.IntN(60), 4+rng.IntN(10)), ratio)
			for y := range full.Rect.Dy() {
				run, v := 0, [3]uint8{}
				for x := range full.Rect.Dx() {
					if run == 0 {
						run = 1 + rng.IntN(24)
						v = [3]uint8{uint8(rng.Uint32()), uint8(rng.Uint32()), uint8(rng.Uint32())}
						if rng.IntN(3) == 0 {
							v[0], v[1], v[2] = rgbToYCbCr(m.exact[rng.IntN(len(m.exact))])
						}
					}
					run--
					if rng.IntN(4) == 0 {
						v = [3]uint8{uint8(rng.Uint32()), uint8(rng.Uint32()), uint8(rng.Uint32())} // noise
					}
					full.Y[full.YOffset(x, y)] = v[0]
					ci := full.COffset(x, y)
					full.Cb[ci], full.Cr[ci] = v[1], v[2]
				}
			}
			r := image.Rect(rng.IntN(3), rng.IntN(3), full.Rect.Dx()-rng.IntN(3), full.Rect.Dy())
			im := full.SubImage(r).(*image.YCbCr)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				want := uint64(0)
				for x := r.Min.X; x < r.Max.X; x++ {
					yi, ci := im.YOffset(x, y), im.COffset(x, y)
					key := uint32(im.Y[yi]>>2)<<12 | uint32(im.Cb[ci]>>2)<<6 | uint32(im.Cr[ci]>>2)
					if code := m.code(key, true); code == codeOff || code >= codeMix {
						want++
					}
				}
				if got := acc.rowCandidates(im, y, sh[0], sh[1], acc.cand); got != want {
					t.Fatalf("%v %v row %d: %d candidates, want %d", ratio, r, y, got, want)
				}
			}
		}
	}
}
