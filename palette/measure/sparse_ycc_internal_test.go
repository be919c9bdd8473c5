package measure

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// fillFlatNoisy fills a YCbCr image's samples with flat runs of one value,
// runs of one bin (values differing in their two low bits, as JPEG's noise
// in flat areas), and noise between them.
func fillFlatNoisy(rng *rand.Rand, im *image.YCbCr) {
	for _, p := range [][]byte{im.Y, im.Cb, im.Cr} {
		v, jitter := byte(rng.IntN(256)), rng.IntN(2) == 0
		for i := range p {
			if rng.IntN(12) == 0 {
				v, jitter = byte(rng.IntN(256)), rng.IntN(2) == 0
			}
			p[i] = v
			if jitter {
				p[i] = v&0xfc | byte(rng.IntN(4))
			}
		}
	}
}

// TestYCCSpansMatchReference: yccSpans lists the very runs a pixel-by-pixel
// look at every pixel's bin lists, for every subsampling, odd and even
// widths and left edges, flat areas, areas of one bin and noise.
func TestYCCSpansMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 16))
	ratios := []image.YCbCrSubsampleRatio{
		image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
		image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410,
	}
	for _, ratio := range ratios {
		for _, size := range [][2]int{{1, 1}, {7, 3}, {8, 8}, {33, 17}, {64, 9}, {101, 20}} {
			for _, minX := range []int{0, 1, 3} {
				name := fmt.Sprintf("%v %dx%d from x=%d", ratio, size[0], size[1], minX)
				full := image.NewYCbCr(image.Rect(0, 0, size[0]+minX, size[1]+1), ratio)
				fillFlatNoisy(rng, full)
				im := full.SubImage(image.Rect(minX, 1, minX+size[0], size[1]+1)).(*image.YCbCr)
				var cand [1 << 18 / 64]uint64
				for k := range cand {
					cand[k] = rng.Uint64() & rng.Uint64()
				}
				acc := &accumulator{}
				if !yccSpans(im, &cand, acc) {
					t.Fatalf("%s: overflow", name)
				}
				want := &accumulator{trackRows: true, maxSpans: maxSpans}
				b := im.Bounds()
				for y := range b.Dy() {
					want.spanY = int32(y)
					for x := range b.Dx() {
						if key := yccKey(im, b.Min, x, y); cand[key>>6]&(1<<(key&63)) != 0 {
							want.addSpan(x, x+1)
						}
					}
				}
				if !slices.Equal(acc.spans, want.spans) {
					t.Errorf("%s: spans\n%v\nwant\n%v", name, acc.spans, want.spans)
				}
			}
		}
	}
}

// TestScanYCbCrMatchesReference: scanYCbCr's histogram is the count of
// every pixel's bin, for every subsampling, odd and even widths and left
// edges, flat areas, areas of one bin and noise.
func TestScanYCbCrMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 21))
	defer func(old int) { denseCheckPixels = old }(denseCheckPixels)
	denseCheckPixels = 1 << 62
	ratios := []image.YCbCrSubsampleRatio{
		image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
		image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410,
	}
	for _, ratio := range ratios {
		for _, size := range [][2]int{{1, 1}, {7, 3}, {8, 8}, {33, 17}, {64, 9}, {101, 20}, {300, 40}} {
			for _, minX := range []int{0, 1, 2, 3} {
				name := fmt.Sprintf("%v %dx%d from x=%d", ratio, size[0], size[1], minX)
				full := image.NewYCbCr(image.Rect(0, 0, size[0]+minX, size[1]+1), ratio)
				fillFlatNoisy(rng, full)
				im := full.SubImage(image.Rect(minX, 1, minX+size[0], size[1]+1)).(*image.YCbCr)
				acc := &accumulator{}
				scanYCbCr(im, acc)
				want := make(map[uint32]uint32)
				b := im.Bounds()
				for y := range b.Dy() {
					for x := range b.Dx() {
						want[yccKey(im, b.Min, x, y)]++
					}
				}
				got := make(map[uint32]uint32)
				for key, n := range acc.hist {
					if n != 0 {
						got[uint32(key)] = n
					}
				}
				if !maps.Equal(got, want) {
					t.Errorf("%s: histogram differs from the pixels' bins", name)
				}
			}
		}
	}
}

// TestPositionYCCMatchesPositionAt: positionYCC, which reads a JPEG's
// pixels in place, finds every pixel's position on every pair's line as
// positionAt (through at, the generic read) does, on JPEG images of flat
// palette colours, blends between them and noise, with photo cells.
func TestPositionYCCMatchesPositionAt(t *testing.T) {
	m, err := New(&palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#111827")}, {Color: palette.MustParseColor("#f9fafb")}},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 9))
	compared := 0
	for seed := range 8 {
		w, h := 40+rng.IntN(120), 40+rng.IntN(90)
		src := image.NewNRGBA(image.Rect(0, 0, w, h))
		for range 12 {
			x0, y0 := rng.IntN(w), rng.IntN(h)
			r := image.Rect(x0, y0, x0+1+rng.IntN(w/2), y0+1+rng.IntN(h/2))
			a, b := m.exact[rng.IntN(len(m.exact))], m.exact[rng.IntN(len(m.exact))]
			mode := rng.IntN(4)
			for y := r.Min.Y; y < min(h, r.Max.Y); y++ {
				for x := r.Min.X; x < min(w, r.Max.X); x++ {
					c := a
					switch mode {
					case 1: // a gradient from a to b
						t := float64(x-r.Min.X) / float64(r.Dx())
						c = 0
						for sh := 0; sh < 24; sh += 8 {
							c |= uint32(float64(a>>sh&255)*(1-t)+float64(b>>sh&255)*t) << sh
						}
					case 2: // noise
						c = rng.Uint32() & 0xffffff
					}
					src.SetNRGBA(x, y, color.NRGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 255})
				}
			}
		}
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, src, &jpeg.Options{Quality: 60 + rng.IntN(40)}); err != nil {
			t.Fatal(err)
		}
		dec, err := jpeg.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		im := dec.(*image.YCbCr)
		acc := &accumulator{m: m}
		m.scan(im, acc)
		m.histTally(acc)
		cand := new([1 << 18 / 64]uint64)
		for _, key := range acc.touched {
			if m.yccPalette(key) < 0 {
				cand[key>>6] |= 1 << (key & 63)
			}
		}
		s := m.newSpatial(im)
		s.cand, s.sparse = cand, true
		s.photo = make([]bool, s.cw*s.ch)
		for ci := range s.photo {
			if rng.IntN(4) == 0 {
				s.photo[ci], s.anyPhoto = true, true
				s.photoOut = s.m.photos == PhotosExclude // as decidePhotos sets it
			}
		}
		for y := range h {
			for x := range w {
				for i := range uint32(len(m.exact)) {
					for j := i + 1; j < uint32(len(m.exact)); j++ {
						p := &s.pairs[i*MaxColors+j]
						gt, gok := s.positionYCC(x, y, i, j, p)
						wt, wok := s.positionAt(x, y, i, j, p)
						if gt != wt || gok != wok {
							t.Fatalf("seed %d (%d, %d) pair %d-%d: positionYCC %v %v, positionAt %v %v", seed, x, y, i, j, gt, gok, wt, wok)
						}
						compared++
					}
				}
			}
		}
		s.release()
	}
	if compared == 0 {
		t.Fatal("nothing compared")
	}
}
