package vp8

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestFiltersSameAsReference: on random planes, smooth or noisy, with
// random levels, filter246 and filter2 change exactly the pixels upstream's
// change, to the same values, across vertical and horizontal edges.
func TestFiltersSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const stride, height = 40, 24
	for iter := 0; iter < 3000; iter++ {
		pix := make([]byte, stride*height)
		base, spread := rng.IntN(256), 1+rng.IntN(1<<rng.IntN(9))
		for i := range pix {
			pix[i] = byte(min(255, max(0, base+rng.IntN(spread)-spread/2)))
		}
		got, want := bytes.Clone(pix), bytes.Clone(pix)
		level, ilevel, hlevel := rng.IntN(130), 1+rng.IntN(63), rng.IntN(4)
		n := 8 << rng.IntN(2)
		vertical := rng.IntN(2) == 0
		index, iStep, jStep := 8*stride+8, stride, 1 // rows across a vertical edge
		if !vertical {
			iStep, jStep = 1, stride
		}
		four := rng.IntN(2) == 0
		filter246(got, n, level, ilevel, hlevel, index, iStep, jStep, four)
		refFilter246(want, n, level, ilevel, hlevel, index, iStep, jStep, four)
		if !bytes.Equal(got, want) {
			t.Fatalf("filter246 (n %d, levels %d/%d/%d, vertical edge %v, four %v) differs from upstream",
				n, level, ilevel, hlevel, vertical, four)
		}
		got, want = bytes.Clone(pix), bytes.Clone(pix)
		filter2(got, level, index, iStep, jStep)
		refFilter2(want, level, index, iStep, jStep)
		if !bytes.Equal(got, want) {
			t.Fatalf("filter2 (level %d, vertical edge %v) differs from upstream", level, vertical)
		}
	}
}
