package measure

import (
	"fmt"
	"image"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
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
