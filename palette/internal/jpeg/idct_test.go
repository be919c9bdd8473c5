package jpeg

import (
	"math/rand/v2"
	"testing"
)

// idctReference is image/jpeg's inverse DCT (idctRows then idctCols in
// dct.go, Go 1.26), statement for statement, without its shortcuts' absence
// mattering: the plain path that idct's shortcuts must reproduce.
func idctReference(b *block) {
	for i := range 8 {
		x := b[8*i : 8*i+8 : 8*i+8]
		x0, x7, x2, x5, x1, x6, x3, x4 := x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]
		x0 <<= 17
		x1 <<= 17
		x0, x1 = x0+x1, x0-x1
		x2, x3 = dctBox(x2, x3, c(sqrt2invCos6, 18), -c(sqrt2invSin6, 18))
		x1, x2 = x1+x2, x1-x2
		x0, x3 = x0+x3, x0-x3
		x4 <<= 7
		x7 <<= 7
		x7, x4 = x7+x4, x7-x4
		x6 = x6 * c(sqrt2inv, 8)
		x5 = x5 * c(sqrt2inv, 8)
		x7, x5 = x7+x5, x7-x5
		x4, x6 = x4+x6, x4-x6
		x4, x7 = dctBox(x4>>2, x7>>2, c(cos3, 12), -c(sin3, 12))
		x5, x6 = dctBox(x5>>2, x6>>2, c(cos1, 12), -c(sin1, 12))
		x0, x7 = x0+x7, x0-x7
		x1, x6 = x1+x6, x1-x6
		x2, x5 = x2+x5, x2-x5
		x3, x4 = x3+x4, x3-x4
		x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7] = x0, x1, x2, x3, x4, x5, x6, x7
	}
	for i := range 8 {
		x0, x7, x2, x5 := b[0*8+i], b[1*8+i], b[2*8+i], b[3*8+i]
		x1, x6, x3, x4 := b[4*8+i], b[5*8+i], b[6*8+i], b[7*8+i]
		x0 += 1 << 19
		x0, x1 = (x0+x1)>>2, (x0-x1)>>2
		x2, x3 = dctBox(x2>>13, x3>>13, c(sqrt2invCos6, 12), -c(sqrt2invSin6, 12))
		x1, x2 = x1+x2, x1-x2
		x0, x3 = x0+x3, x0-x3
		x7, x4 = x7+x4, x7-x4
		x5 = (x5 >> 13) * c(sqrt2inv, 14)
		x6 = (x6 >> 13) * c(sqrt2inv, 14)
		x7, x5 = x7+x5, x7-x5
		x4, x6 = x4+x6, x4-x6
		x4, x7 = dctBox(x4>>14, x7>>14, c(cos3, 12), -c(sin3, 12))
		x5, x6 = dctBox(x5>>14, x6>>14, c(cos1, 12), -c(sin1, 12))
		x0, x7 = x0+x7, x0-x7
		x1, x6 = x1+x6, x1-x6
		x2, x5 = x2+x5, x2-x5
		x3, x4 = x3+x4, x3-x4
		b[0*8+i], b[1*8+i], b[2*8+i], b[3*8+i] = x0>>18, x1>>18, x2>>18, x3>>18
		b[4*8+i], b[5*8+i], b[6*8+i], b[7*8+i] = x4>>18, x5>>18, x6>>18, x7>>18
	}
}

// randomBlock returns a block whose non-zero terms lie in its top-left
// rows×cols corner, each non-zero with probability density, of magnitudes
// from a few units (photographs) to the int32 extremes a 16-bit coefficient
// times a 16-bit quantizer reaches (wrap-around in every step).
func randomBlock(rng *rand.Rand, rows, cols int, density float64) block {
	var b block
	for y := range rows {
		for x := range cols {
			if rng.Float64() >= density {
				continue
			}
			switch rng.IntN(4) {
			case 0:
				b[8*y+x] = int32(rng.IntN(33) - 16)
			case 1:
				b[8*y+x] = int32(rng.IntN(4097) - 2048)
			case 2:
				b[8*y+x] = int32(rng.IntN(65536)-32768) * int32(rng.IntN(256))
			default:
				b[8*y+x] = int32(rng.Uint32())
			}
		}
	}
	return b
}

// TestIDCTByContent compares idct, whose passes depend on which rows and
// columns are zero, with image/jpeg's transform on blocks of every shape of
// non-zero terms: the same int32 outputs.
func TestIDCTByContent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for rows := 1; rows <= 8; rows++ {
		for cols := 1; cols <= 8; cols++ {
			for iter := range 400 {
				density := []float64{1, 0.5, 0.2}[iter%3]
				b := randomBlock(rng, rows, cols, density)
				if iter%7 == 0 {
					b[0] = 1 << 15 // a DC term whose <<17 wraps to 0
				}
				want, got := b, b
				idctReference(&want)
				idct(&got)
				if got != want {
					t.Fatalf("block %v (%d×%d): idct %v, want %v", b, rows, cols, got, want)
				}
			}
		}
	}
}

// TestIDCTRowsMask checks the row pass by a mask of the terms decodeBlock
// wrote (zig-zag bits): with the exact mask and with extra bits of zero
// terms, the transform is image/jpeg's.
func TestIDCTRowsMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for rows := 1; rows <= 8; rows++ {
		for cols := 1; cols <= 8; cols++ {
			for iter := range 400 {
				density := []float64{1, 0.5, 0.2, 0.05}[iter%4]
				b := randomBlock(rng, rows, cols, density)
				if iter%7 == 0 {
					b[0] = 1 << 15 // a DC term whose <<17 wraps to 0
				}
				nz := uint64(1) // the DC term's bit is always set
				for z, u := range unzig {
					if b[u] != 0 {
						nz |= 1 << z
					}
				}
				if iter%5 == 0 {
					nz |= rng.Uint64() // zero terms with bits
				}
				want, got := b, b
				idctReference(&want)
				idctColumns(&got, idctRowsMask(&got, nz))
				if got != want {
					t.Fatalf("block %v (%d×%d), mask %#x: idctRowsMask %v, want %v", b, rows, cols, nz, got, want)
				}
			}
		}
	}
}

// BenchmarkIDCT transforms the blocks of each shape (the non-zero terms in
// the top-left n×n corner) with idct and, beside it, with image/jpeg's
// transform (idctReference).
func BenchmarkIDCT(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{2, 4, 8} {
		blocks := make([]block, 256)
		for i := range blocks {
			blocks[i] = randomBlock(rng, n, n, 0.7)
			blocks[i][0] = int32(rng.IntN(2048) - 1024)
			blocks[i][1] = int32(rng.IntN(64) - 32)
		}
		for _, f := range []struct {
			name string
			idct func(*block)
		}{{"idct", idct}, {"image-jpeg", idctReference}} {
			b.Run(f.name+"/"+string(rune('0'+n))+"x"+string(rune('0'+n)), func(b *testing.B) {
				var tmp block
				for b.Loop() {
					for i := range blocks {
						tmp = blocks[i]
						f.idct(&tmp)
					}
				}
			})
		}
	}
}

// TestIDCTZigzag compares idctZigzag, which reads a progressive block's
// terms in place, with dequantizing them into natural order and idct.
func TestIDCTZigzag(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for iter := range 20000 {
		var src [64]int16
		var nz uint64
		var q [64]int32
		for k := range q {
			q[k] = int32(1 + rng.IntN([]int{16, 256, 65535}[iter%3]))
		}
		last := 1 + rng.IntN(63)
		if iter%4 >= 2 { // blocks with terms in their first rows only
			last = 1 + rng.IntN(15)
		}
		for k := 1; k <= last; k++ {
			if rng.IntN(4) == 0 {
				continue
			}
			v := int16(rng.IntN(65536) - 32768)
			if iter%2 == 0 {
				v = int16(rng.IntN(9) - 4)
			}
			if v != 0 {
				src[k] = v
				nz |= 1 << k
			}
		}
		dc := int32(rng.IntN(65536)-32768) * q[0]
		if iter%5 == 0 {
			dc = 1 << 15
		}
		var want block
		want[0] = dc
		for k := 1; k < 64; k++ {
			want[unzig[k]] = int32(src[k]) * q[unzig[k]]
		}
		var got block
		for k := range got {
			got[k] = int32(rng.Uint32()) // idctZigzag writes every term
		}
		idct(&want)
		idctZigzag(&got, &src, dc, nz, &q)
		if got != want {
			t.Fatalf("terms %v, nz %x, dc %d, q %v: %v, want %v", src, nz, dc, q, got, want)
		}
	}
}

// storeEach is store without its in-range fast path: every sample clamped.
func storeEach(b *block, dst []byte, stride int) {
	for y := range 8 {
		for x := range 8 {
			dst[y*stride+x] = clamp(b[8*y+x])
		}
	}
}

// storeBlocks returns blocks of samples as idct leaves them: most rows in
// range, some with samples past either end, and extremes that overflow
// x+128.
func storeBlocks(n int) []block {
	rng := rand.New(rand.NewPCG(3, 4))
	extremes := []int32{-129, -128, 127, 128, 1 << 30, -1 << 31, 1<<31 - 1, 1<<31 - 128, 1<<31 - 129}
	bs := make([]block, n)
	for i := range bs {
		for k := range bs[i] {
			switch r := rng.IntN(100); {
			case r < 2:
				bs[i][k] = extremes[rng.IntN(len(extremes))]
			case r < 6:
				bs[i][k] = rng.Int32N(1024) - 512
			default:
				bs[i][k] = rng.Int32N(256) - 128
			}
		}
	}
	return bs
}

func TestStoreMatchesClamp(t *testing.T) {
	const stride = 11
	for i, b := range storeBlocks(2000) {
		got, want := make([]byte, 8*stride), make([]byte, 8*stride)
		store(&b, got, stride)
		storeEach(&b, want, stride)
		for y := range 8 {
			if g, w := got[y*stride:y*stride+8], want[y*stride:y*stride+8]; string(g) != string(w) {
				t.Fatalf("block %d row %d: store gives %v, clamping each sample %v (samples %v)", i, y, g, w, b[8*y:8*y+8])
			}
		}
	}
}

// BenchmarkStore: store (one range check per row) beside clamping every
// sample, on blocks of photograph-like samples.
func BenchmarkStore(b *testing.B) {
	bs := storeBlocks(256)
	for i := range bs { // photographs: nearly every row in range
		for k := range bs[i] {
			bs[i][k] = max(-128, min(127, bs[i][k]))
		}
	}
	bs[7][3], bs[100][60] = 300, -400
	dst := make([]byte, 8*64)
	for _, f := range []struct {
		name  string
		store func(*block, []byte, int)
	}{{"store", store}, {"clamp-each", storeEach}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				for i := range bs {
					f.store(&bs[i], dst, 64)
				}
			}
		})
	}
}

// TestIDCTStoreRow0 compares idctStore, which writes a block whose row pass
// left row 0 alone as one row of samples 8 times, with the column pass and
// store, on blocks of every row count (extremes that wrap included).
func TestIDCTStoreRow0(t *testing.T) {
	const stride = 13
	rng := rand.New(rand.NewPCG(11, 12))
	extremes := []int32{0, 1 << 19, -1 << 19, 1<<31 - 1, -1 << 31, 127 << 20, 128 << 20, -129 << 20}
	for iter := range 20000 {
		var b block
		rows := iter % 3 // 0, 1 or 2 leading rows non-zero
		for k := range 8 * rows {
			if rng.IntN(8) == 0 {
				b[k] = extremes[rng.IntN(len(extremes))]
			} else {
				b[k] = rng.Int32N(600<<20) - 300<<20
			}
		}
		want, got := make([]byte, 8*stride), make([]byte, 8*stride)
		w := b
		idctColumns(&w, rows)
		store(&w, want, stride)
		idctStore(&b, rows, got, stride)
		if string(got) != string(want) {
			t.Fatalf("rows %d, row 0 %v: idctStore gives %v, the column pass and store %v", rows, b[:8], got, want)
		}
	}
}

// BenchmarkIDCTZigzagStore transforms and stores progressive blocks whose
// terms are in their first n rows (n×8 corners) the way
// reconstruct does (zigzagRows, idctStore: rows past the terms unread,
// row 0 alone stored as one row) beside the plain way: the terms scattered
// into a cleared block, idct and store.
func BenchmarkIDCTZigzagStore(b *testing.B) {
	rng := rand.New(rand.NewPCG(13, 14))
	var q [64]int32
	for k := range q {
		q[k] = int32(2 + k/4)
	}
	for _, n := range []int{1, 2, 4, 8} {
		type zblock struct {
			src [64]int16
			nz  uint64
		}
		blocks := make([]zblock, 256)
		for i := range blocks {
			nb := randomBlock(rng, n, 8, 0.7)
			for k := 1; k < 64; k++ {
				if v := int16(nb[unzig[k]] % 8); v != 0 {
					blocks[i].src[k] = v
					blocks[i].nz |= 1 << k
				}
			}
		}
		dst := make([]byte, 8*64)
		b.Run("zigzag/"+string(rune('0'+n))+"rows", func(b *testing.B) {
			var out block
			for b.Loop() {
				for i := range blocks {
					idctStore(&out, zigzagRows(&out, &blocks[i].src, 100*q[0], blocks[i].nz, &q), dst, 64)
				}
			}
		})
		b.Run("scatter/"+string(rune('0'+n))+"rows", func(b *testing.B) {
			for b.Loop() {
				for i := range blocks {
					out := block{0: 100 * q[0]}
					for k := 1; k < 64; k++ {
						out[unzig[k]] = int32(blocks[i].src[k]) * q[unzig[k]]
					}
					idct(&out)
					store(&out, dst, 64)
				}
			}
		})
	}
}

// TestTouchPages: touchPages writes a zero at the start of every 4 KiB of
// the slice, from its first element, and nothing else, whatever its length.
func TestTouchPages(t *testing.T) {
	for _, n := range []int{0, 1, 2047, 2048, 2049, 3 * 2048} {
		s := make([]int16, n)
		for i := range s {
			s[i] = 7
		}
		touchPages(s, 2)
		for i, v := range s {
			want := int16(7)
			if i%2048 == 0 {
				want = 0
			}
			if v != want {
				t.Fatalf("len %d: element %d = %d, want %d", n, i, v, want)
			}
		}
	}
}
