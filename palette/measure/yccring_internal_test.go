package measure

import (
	"math/rand/v2"
	"testing"
)

// TestYCCRowCell: yccRow.cell, by words for whole cells and pixel by pixel
// otherwise, sets a bit exactly where a pixel's Y'CbCr triple differs from
// the one before and converts those pixels alone, as yccPack does, for
// every chroma subsampling, at even and odd left edges, on planes of long
// runs, noise and bytes that differ in a single bit.
func TestYCCRowCell(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	for iter := range 4000 {
		sx := uint(iter % 3)
		w := 1 + r.IntN(80)
		xo := r.IntN(1 << sx)
		nc := (xo+w-1)>>sx + 1
		plane := func(n int) []byte {
			p := make([]byte, n)
			v := byte(r.IntN(256))
			for i := range p {
				switch r.IntN(6) {
				case 0:
					v = byte(r.IntN(256))
				case 1:
					v ^= 1 << r.IntN(8)
				}
				p[i] = v
			}
			return p
		}
		yr := yccRow{y: plane(w), cb: plane(nc), cr: plane(nc), xo: xo, sx: sx}
		triple := func(x int) [3]byte {
			ci := (x + xo) >> sx
			return [3]byte{yr.y[x], yr.cb[ci], yr.cr[ci]}
		}
		cols := make([]uint32, w)
		for x0 := 0; x0 < w; x0 += cellSize {
			x1 := min(w, x0+cellSize)
			want := uint32(1)
			for x := x0 + 1; x < x1; x++ {
				if triple(x) != triple(x-1) {
					want |= 1 << (x - x0)
				}
			}
			if got := yr.cell(cols, x0, x1); got != want {
				t.Fatalf("sx %d xo %d w %d cell %d-%d: starts %016b, want %016b", sx, xo, w, x0, x1, got, want)
			}
			for x := x0; x < x1; x++ {
				c := uint32(0)
				if want&(1<<(x-x0)) != 0 {
					p := triple(x)
					c = yccPack(p[0], p[1], p[2])
				}
				if cols[x] != c {
					t.Fatalf("sx %d xo %d w %d pixel %d: %#x, want %#x", sx, xo, w, x, cols[x], c)
				}
			}
		}
	}
}

// TestNonZeroBytes checks the gathering of the bytes' top bits.
func TestNonZeroBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var v uint64
		for i := range 8 {
			switch r.IntN(3) {
			case 1:
				v |= uint64(1<<r.IntN(8)) << (8 * i)
			case 2:
				v |= uint64(r.IntN(256)) << (8 * i)
			}
		}
		want := uint32(0)
		for i := range 8 {
			if v>>(8*i)&255 != 0 {
				want |= 1 << i
			}
		}
		if got := nonZeroBytes(v); got != want {
			t.Fatalf("nonZeroBytes(%#x) = %08b, want %08b", v, got, want)
		}
	}
}
