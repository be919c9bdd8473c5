package measure

import (
	"fmt"
	"image"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestYCCSpansMatchReference: yccSpans lists the very runs a pixel-by-pixel
// look at every pixel's bin lists, for every subsampling, odd and even
// widths and left edges, flat areas and noise.
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
				// Flat runs of one value with noise between them.
				for _, p := range [][]byte{full.Y, full.Cb, full.Cr} {
					v := byte(rng.IntN(256))
					for i := range p {
						if rng.IntN(6) == 0 {
							v = byte(rng.IntN(256))
						}
						p[i] = v
					}
				}
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
