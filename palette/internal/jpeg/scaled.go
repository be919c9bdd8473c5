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
//
// A is symmetric: the outputs n-1-m and m are the even terms (k even) less
// and plus the odd ones, so each 1-D step computes half of them.
func idctScaled(b *block, n int, dst []byte, stride int) {
	if n == 2 {
		idct2(b, dst, stride)
		return
	}
	a := &scaledMatrix[4]
	var tmp [8][4]int64 // row r, output column m, scaledMid fractional bits
	for r := range 8 {
		x := (*[8]int32)(b[8*r : 8*r+8])
		if x[0]|x[1]|x[2]|x[3]|x[4]|x[5]|x[6]|x[7] == 0 {
			continue
		}
		x0, x1, x2, x3, x4, x5, x6, x7 := int64(x[0]), int64(x[1]), int64(x[2]), int64(x[3]), int64(x[4]), int64(x[5]), int64(x[6]), int64(x[7])
		e0 := a[0][0]*x0 + a[0][2]*x2 + a[0][4]*x4 + a[0][6]*x6
		e1 := a[1][0]*x0 + a[1][2]*x2 + a[1][4]*x4 + a[1][6]*x6
		o0 := a[0][1]*x1 + a[0][3]*x3 + a[0][5]*x5 + a[0][7]*x7
		o1 := a[1][1]*x1 + a[1][3]*x3 + a[1][5]*x5 + a[1][7]*x7
		const sh = scaledBits - scaledMid
		tmp[r] = [4]int64{(e0 + o0) >> sh, (e1 + o1) >> sh, (e1 - o1) >> sh, (e0 - o0) >> sh}
	}
	const sh, half = scaledBits + scaledMid, 1 << (scaledBits + scaledMid - 1)
	for m := range 4 {
		e0 := a[0][0]*tmp[0][m] + a[0][2]*tmp[2][m] + a[0][4]*tmp[4][m] + a[0][6]*tmp[6][m]
		e1 := a[1][0]*tmp[0][m] + a[1][2]*tmp[2][m] + a[1][4]*tmp[4][m] + a[1][6]*tmp[6][m]
		o0 := a[0][1]*tmp[1][m] + a[0][3]*tmp[3][m] + a[0][5]*tmp[5][m] + a[0][7]*tmp[7][m]
		o1 := a[1][1]*tmp[1][m] + a[1][3]*tmp[3][m] + a[1][5]*tmp[5][m] + a[1][7]*tmp[7][m]
		dst[m] = clamp(int32((e0 + o0 + half) >> sh))
		dst[stride+m] = clamp(int32((e1 + o1 + half) >> sh))
		dst[2*stride+m] = clamp(int32((e1 - o1 + half) >> sh))
		dst[3*stride+m] = clamp(int32((e0 - o0 + half) >> sh))
	}
}

// idct2 is idctScaled for n = 2.
func idct2(b *block, dst []byte, stride int) {
	a := &scaledMatrix[2][0]
	var tmp [8][2]int64
	for r := range 8 {
		x := (*[8]int32)(b[8*r : 8*r+8])
		if x[0]|x[1]|x[2]|x[3]|x[4]|x[5]|x[6]|x[7] == 0 {
			continue
		}
		e := a[0]*int64(x[0]) + a[2]*int64(x[2]) + a[4]*int64(x[4]) + a[6]*int64(x[6])
		o := a[1]*int64(x[1]) + a[3]*int64(x[3]) + a[5]*int64(x[5]) + a[7]*int64(x[7])
		const sh = scaledBits - scaledMid
		tmp[r] = [2]int64{(e + o) >> sh, (e - o) >> sh}
	}
	const sh, half = scaledBits + scaledMid, 1 << (scaledBits + scaledMid - 1)
	for m := range 2 {
		e := a[0]*tmp[0][m] + a[2]*tmp[2][m] + a[4]*tmp[4][m] + a[6]*tmp[6][m]
		o := a[1]*tmp[1][m] + a[3]*tmp[3][m] + a[5]*tmp[5][m] + a[7]*tmp[7][m]
		dst[m] = clamp(int32((e + o + half) >> sh))
		dst[stride+m] = clamp(int32((e - o + half) >> sh))
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
