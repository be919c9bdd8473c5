// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package vp8

// This file implements the inverse Discrete Cosine Transform and the inverse
// Walsh Hadamard Transform (WHT), as specified in sections 14.3 and 14.4.

// clip8 clamps i to [0, 255] (with conditional moves, not branches).
func clip8(i int32) uint8 {
	return uint8(min(max(i, 0), 255))
}

// idctC1 and idctC2 are the inverse DCT's multipliers, in 16.16 fixed point.
const (
	idctC1 = 85627 // 65536 * cos(pi/8) * sqrt(2).
	idctC2 = 35468 // 65536 * sin(pi/8) * sqrt(2).
)

// idct4 is the one-dimensional inverse DCT of x0..x3 (section 14.3).
func idct4(x0, x1, x2, x3 int32) (int32, int32, int32, int32) {
	a := x0 + x2
	b := x0 - x2
	c := (x1*idctC2)>>16 - (x3*idctC1)>>16
	d := (x1*idctC1)>>16 + (x3*idctC2)>>16
	return a + d, b + c, b - c, a - d
}

// inverseDCT4 adds the inverse DCT of the 16 coefficients at coeffBase to
// the 4x4 block of ybr at (y, x). The 16 intermediate values are locals,
// which the compiler keeps in registers (upstream's [4][4]int32 array lived
// in memory), and the coefficients and rows are array pointers, so that
// there are no bounds checks.
func (z *Decoder) inverseDCT4(y, x, coeffBase int) {
	c := (*[16]int16)(z.coeff[coeffBase : coeffBase+16])
	// First pass: down each column of coefficients; mIJ is upstream's m[I][J].
	m00, m01, m02, m03 := idct4(int32(c[0]), int32(c[4]), int32(c[8]), int32(c[12]))
	m10, m11, m12, m13 := idct4(int32(c[1]), int32(c[5]), int32(c[9]), int32(c[13]))
	m20, m21, m22, m23 := idct4(int32(c[2]), int32(c[6]), int32(c[10]), int32(c[14]))
	m30, m31, m32, m33 := idct4(int32(c[3]), int32(c[7]), int32(c[11]), int32(c[15]))
	// Second pass: along each row, with the rounding term 4 added to the
	// DC, written out: a function per row, which does not inline, made the
	// compiler keep the first pass's 16 values on the stack.
	var r *[4]uint8
	var v0, v1, v2, v3 int32
	r = (*[4]uint8)(z.ybr[y+0][x : x+4])
	v0, v1, v2, v3 = idct4(m00+4, m10, m20, m30)
	r[0], r[1] = clip8(int32(r[0])+v0>>3), clip8(int32(r[1])+v1>>3)
	r[2], r[3] = clip8(int32(r[2])+v2>>3), clip8(int32(r[3])+v3>>3)
	r = (*[4]uint8)(z.ybr[y+1][x : x+4])
	v0, v1, v2, v3 = idct4(m01+4, m11, m21, m31)
	r[0], r[1] = clip8(int32(r[0])+v0>>3), clip8(int32(r[1])+v1>>3)
	r[2], r[3] = clip8(int32(r[2])+v2>>3), clip8(int32(r[3])+v3>>3)
	r = (*[4]uint8)(z.ybr[y+2][x : x+4])
	v0, v1, v2, v3 = idct4(m02+4, m12, m22, m32)
	r[0], r[1] = clip8(int32(r[0])+v0>>3), clip8(int32(r[1])+v1>>3)
	r[2], r[3] = clip8(int32(r[2])+v2>>3), clip8(int32(r[3])+v3>>3)
	r = (*[4]uint8)(z.ybr[y+3][x : x+4])
	v0, v1, v2, v3 = idct4(m03+4, m13, m23, m33)
	r[0], r[1] = clip8(int32(r[0])+v0>>3), clip8(int32(r[1])+v1>>3)
	r[2], r[3] = clip8(int32(r[2])+v2>>3), clip8(int32(r[3])+v3>>3)
}

// inverseDCT4DCOnly adds the inverse DCT of a block whose only non-zero
// coefficient is the DC one: the same value to all 16 samples.
func (z *Decoder) inverseDCT4DCOnly(y, x, coeffBase int) {
	dc := (int32(z.coeff[coeffBase+0]) + 4) >> 3
	for j := range 4 {
		row := (*[4]uint8)(z.ybr[y+j][x : x+4])
		for i := range row {
			row[i] = clip8(int32(row[i]) + dc)
		}
	}
}

func (d *Decoder) inverseWHT16() {
	var m [16]int32
	for i := 0; i < 4; i++ {
		a0 := int32(d.coeff[384+0+i]) + int32(d.coeff[384+12+i])
		a1 := int32(d.coeff[384+4+i]) + int32(d.coeff[384+8+i])
		a2 := int32(d.coeff[384+4+i]) - int32(d.coeff[384+8+i])
		a3 := int32(d.coeff[384+0+i]) - int32(d.coeff[384+12+i])
		m[0+i] = a0 + a1
		m[8+i] = a0 - a1
		m[4+i] = a3 + a2
		m[12+i] = a3 - a2
	}
	out := 0
	for i := 0; i < 4; i++ {
		dc := m[0+i*4] + 3
		a0 := dc + m[3+i*4]
		a1 := m[1+i*4] + m[2+i*4]
		a2 := m[1+i*4] - m[2+i*4]
		a3 := dc - m[3+i*4]
		d.coeff[out+0] = int16((a0 + a1) >> 3)
		d.coeff[out+16] = int16((a3 + a2) >> 3)
		d.coeff[out+32] = int16((a0 - a1) >> 3)
		d.coeff[out+48] = int16((a3 - a2) >> 3)
		out += 64
	}
}
