package jpeg

import "math"

// Scaled decoding: each 8×8 block of coefficients becomes n×n samples
// (n = 4, 2 or 1) that are the averages of the n×n boxes of its full 8×8
// inverse DCT, before rounding and clamping. This is the definition of
// libjpeg's reduced-size IDCTs (jidctred.c, libjpeg 6b and libjpeg-turbo:
// "an 8-to-4 step that produces the four averages of two adjacent outputs
// (or an 8-to-2 step producing two averages of four outputs) … 1x1 is
// trivial: just take the DC coefficient divided by 8"). libjpeg derives
// each step from its LL&M butterflies; here the 1-D step is a small matrix,
// because after the entropy decoding that scaling keeps in full a block has
// few non-zero coefficients, and only those are multiplied.
//
// The 1-D inverse DCT is x(i) = Σₖ C(k)/2 · F(k) · cos((2i+1)kπ/16) with
// C(0) = 1/√2 and C(k) = 1 otherwise (ITU-T T.81, A.3.3); the average of
// outputs s·m … s·m+s-1 is Σₖ A[m][k] · F(k) with
// A[m][k] = C(k)/2 · (1/s) · Σᵢ cos((2(s·m+i)+1)kπ/16). The 2-D transform is
// separable, rows then columns.

// scaledBits is the fixed-point precision of the matrices: 14 fractional
// bits; the row pass keeps 8 (scaledMid) of its 28 before the column pass,
// so that any int32 coefficient stays within int64 (|F| < 2³¹: 2³¹·2¹⁴·8
// after the rows, 2⁴²·2¹⁴·8 < 2⁶³ after the columns).
const (
	scaledBits = 14
	scaledMid  = 8
)

// scaledMatrix[n] is A for n outputs (n = 4, 2), in fixed point.
var scaledMatrix = [5][4][8]int64{4: reducedMatrix(4), 2: reducedMatrix(2)}

func reducedMatrix(n int) (a [4][8]int64) {
	s := 8 / n
	for m := range n {
		for k := range 8 {
			ck := 0.5
			if k == 0 {
				ck = 0.5 / math.Sqrt2
			}
			sum := 0.0
			for i := range s {
				sum += math.Cos(float64(2*(s*m+i)+1) * float64(k) * math.Pi / 16)
			}
			a[m][k] = int64(math.Round(ck * sum / float64(s) * (1 << scaledBits)))
		}
	}
	return a
}

// idctScaled writes the n×n reduced inverse DCT (n = 4 or 2) of b, whose
// coefficients are dequantized and in natural order, level-shifted and
// clamped, to dst (n rows of stride bytes). b is left as it was.
func idctScaled(b *block, n int, dst []byte, stride int) {
	a := &scaledMatrix[n&7]
	var tmp [8][4]int64 // row r, output column m
	var rows uint8      // rows with a non-zero coefficient
	for r := range 8 {
		x := (*[8]int32)(b[8*r : 8*r+8])
		if x[0]|x[1]|x[2]|x[3]|x[4]|x[5]|x[6]|x[7] == 0 {
			continue
		}
		rows |= 1 << r
		var t [4]int64
		for k, f := range x {
			if f == 0 {
				continue
			}
			for m := range n & 7 {
				t[m&3] += a[m&3][k] * int64(f)
			}
		}
		for m := range n & 7 {
			tmp[r][m&3] = t[m&3] >> (scaledBits - scaledMid)
		}
	}
	for y := range n & 7 {
		var out [4]int64
		for r := range 8 {
			if rows&(1<<r) == 0 {
				continue
			}
			w := a[y&3][r]
			for m := range n & 7 {
				out[m&3] += w * tmp[r][m&3]
			}
		}
		row := dst[y*stride : y*stride+n]
		for m := range row {
			row[m] = clamp(int32((out[m&3] + 1<<(scaledBits+scaledMid-1)) >> (scaledBits + scaledMid)))
		}
	}
}

// fillN writes v to an n×n area of dst.
func fillN(v uint8, n int, dst []byte, stride int) {
	if n == 8 {
		fill8(v, dst, stride)
		return
	}
	for y := range n {
		row := dst[y*stride : y*stride+n]
		for i := range row {
			row[i] = v
		}
	}
}
