package vp8

import (
	"math/rand/v2"
	"testing"
)

// TestShortTransformsSameAsFull: the shortcuts addResiduals takes give the
// samples of the full inverse DCT: a block whose only non-zero coefficient
// is the DC one (any value, any samples, clipping included) through
// inverseDCT4DCOnly, and an all-zero block left as it is.
func TestShortTransformsSameAsFull(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for iter := 0; iter < 20000; iter++ {
		var got, want Decoder
		for y := range want.ybr {
			for x := range want.ybr[y] {
				want.ybr[y][x] = uint8(rng.IntN(256))
			}
		}
		dc := int16(0)
		if iter%8 != 0 {
			dc = int16(rng.IntN(1<<16) - 1<<15)
			if iter%2 == 0 {
				dc = int16(rng.IntN(512) - 256)
			}
		}
		n := rng.IntN(24)
		y, x := 4*(n>>2)+ybrYY, 4*(n&3)+ybrYX
		switch {
		case n >= 20:
			y, x = 4*((n-20)>>1)+ybrRY, 4*(n&1)+ybrRX
		case n >= 16:
			y, x = 4*((n-16)>>1)+ybrBY, 4*(n&1)+ybrBX
		}
		want.coeff[16*n] = dc
		got = want
		want.inverseDCT4(y, x, 16*n)
		if dc != 0 {
			got.nzDCMask = 1 << n
		}
		got.addResiduals(got.nzDCMask)
		if got.ybr != want.ybr {
			t.Fatalf("region %d with DC %d: the short transform differs from the full one", n, dc)
		}
	}
}

// BenchmarkInverseDCT4 compares the full inverse DCT, upstream's and the
// fork's, with the DC-only one that addResiduals uses for blocks whose
// only non-zero coefficient is the DC.
func BenchmarkInverseDCT4(b *testing.B) {
	var d Decoder
	d.coeff[0] = 100
	b.Run("upstream", func(b *testing.B) {
		for b.Loop() {
			refInverseDCT4(&d, ybrYY, ybrYX, 0)
		}
	})
	b.Run("full", func(b *testing.B) {
		for b.Loop() {
			d.inverseDCT4(ybrYY, ybrYX, 0)
		}
	})
	b.Run("dcOnly", func(b *testing.B) {
		for b.Loop() {
			d.inverseDCT4DCOnly(ybrYY, ybrYX, 0)
		}
	})
}

// TestInverseDCT4SameAsReference: on random workspaces and coefficients
// (small, large and extreme, where the samples clip), inverseDCT4 leaves
// the workspace exactly as upstream's does.
func TestInverseDCT4SameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for iter := 0; iter < 20000; iter++ {
		var got Decoder
		for y := range got.ybr {
			for x := range got.ybr[y] {
				got.ybr[y][x] = uint8(rng.IntN(256))
			}
		}
		n := rng.IntN(16)
		for i := 16 * n; i < 16*n+16; i++ {
			switch iter % 3 {
			case 0:
				got.coeff[i] = int16(rng.IntN(64) - 32)
			case 1:
				got.coeff[i] = int16(rng.IntN(4096) - 2048)
			default:
				got.coeff[i] = int16(rng.Uint32())
			}
		}
		want := got
		y, x := 4*(n>>2)+ybrYY, 4*(n&3)+ybrYX
		got.inverseDCT4(y, x, 16*n)
		refInverseDCT4(&want, y, x, 16*n)
		if got.ybr != want.ybr {
			t.Fatalf("iteration %d, block %d: differs from upstream", iter, n)
		}
	}
}
