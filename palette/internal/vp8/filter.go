// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package vp8

// filter2 modifies a 2-pixel wide or 2-pixel high band along an edge.
func filter2(pix []byte, level, index, iStep, jStep int) {
	for n := 16; n > 0; n, index = n-1, index+iStep {
		p1 := int(pix[index-2*jStep])
		p0 := int(pix[index-1*jStep])
		q0 := int(pix[index+0*jStep])
		q1 := int(pix[index+1*jStep])
		if abs(p0-q0)<<1+abs(p1-q1)>>1 > level {
			continue
		}
		a := 3*(q0-p0) + clamp127(p1-q1)
		a1 := clamp15((a + 4) >> 3)
		a2 := clamp15((a + 3) >> 3)
		pix[index-1*jStep] = clamp255(p0 + a2)
		pix[index+0*jStep] = clamp255(q0 - a1)
	}
}

// filter246 modifies a 2-, 4- or 6-pixel wide or high band along an edge.
// n pixels of the edge are filtered, from pix[index] on, index moving by
// iStep; the band runs across the edge by jStep (1 across a vertical edge,
// the stride across a horizontal one); fourNotSix is whether the edge is a
// subblock edge (4 pixels filtered across it) rather than a macroblock
// edge (6). Where the edge has a high variance, 2 pixels are filtered.
//
// Each of the four cases has its own loop (filterInnerV, filterEdgeV,
// filterInnerH, filterEdgeH), with the arithmetic of the filters written
// out. Upstream called a function per filtered pixel (the fork had them
// as filter2Taps, filter4Taps and filter6Taps), which made the compiler
// spill the taps and thresholds to the stack for every pixel: the loops
// were bound by those loads, 35 a pixel of which 8 taps (cachegrind). The
// bounds checks are hoisted out of the pixel accesses (a window of the
// rows across a vertical edge, 8 row slices across a horizontal one), and
// the tests on the differences take one branch instead of upstream's
// seven, with the same decisions (TestFiltersSameAsReference).
//
// The interior and high-variance tests, |d| > t for a threshold t >= 0,
// are written uint(d+t) > 2t, as libvpx's and libwebp's SIMD filters
// compare against a range: d+t is above 2t when d > t, and wraps to a
// huge unsigned value when d < -t. That is an add and a compare per
// difference instead of abs's four operations, and the six interior
// differences share one max. 2t is not kept in a variable, which would
// take one more register.
func filter246(pix []byte, n, level, ilevel, hlevel, index, iStep, jStep int, fourNotSix bool) {
	switch {
	case jStep == 1 && fourNotSix:
		filterInnerV(pix, n, level, ilevel, hlevel, index, iStep)
	case jStep == 1:
		filterEdgeV(pix, n, level, ilevel, hlevel, index, iStep)
	case fourNotSix:
		filterInnerH(pix, n, level, ilevel, hlevel, index, jStep)
	default:
		filterEdgeH(pix, n, level, ilevel, hlevel, index, jStep)
	}
}

// filterInnerV filters a vertical subblock edge of n pixels from
// pix[index] down, rows stride apart (filter246).
func filterInnerV(pix []byte, n, level, ilevel, hlevel, index, stride int) {
	w := pix[index-4 : index+4+(n-1)*stride]
	for o := 0; o+8 <= len(w); o += stride {
		t := (*[8]uint8)(w[o : o+8])
		p3, p2, p1, p0 := int(t[0]), int(t[1]), int(t[2]), int(t[3])
		q0, q1, q2, q3 := int(t[4]), int(t[5]), int(t[6]), int(t[7])
		if abs(p0-q0)<<1+abs(p1-q1)>>1 > level ||
			max(uint(p3-p2+ilevel), uint(p2-p1+ilevel), uint(p1-p0+ilevel),
				uint(q1-q0+ilevel), uint(q2-q1+ilevel), uint(q3-q2+ilevel)) > uint(2*ilevel) {
			continue
		}
		if max(uint(p1-p0+hlevel), uint(q1-q0+hlevel)) > uint(2*hlevel) {
			a := 3*(q0-p0) + clamp127(p1-q1)
			t[3], t[4] = clamp255(p0+clamp15((a+3)>>3)), clamp255(q0-clamp15((a+4)>>3))
			continue
		}
		a := 3 * (q0 - p0)
		a1 := clamp15((a + 4) >> 3)
		a2 := clamp15((a + 3) >> 3)
		a3 := (a1 + 1) >> 1
		t[2], t[3], t[4], t[5] = clamp255(p1+a3), clamp255(p0+a2), clamp255(q0-a1), clamp255(q1-a3)
	}
}

// filterEdgeV filters a vertical macroblock edge of n pixels from
// pix[index] down, rows stride apart (filter246).
func filterEdgeV(pix []byte, n, level, ilevel, hlevel, index, stride int) {
	w := pix[index-4 : index+4+(n-1)*stride]
	for o := 0; o+8 <= len(w); o += stride {
		t := (*[8]uint8)(w[o : o+8])
		p3, p2, p1, p0 := int(t[0]), int(t[1]), int(t[2]), int(t[3])
		q0, q1, q2, q3 := int(t[4]), int(t[5]), int(t[6]), int(t[7])
		if abs(p0-q0)<<1+abs(p1-q1)>>1 > level ||
			max(uint(p3-p2+ilevel), uint(p2-p1+ilevel), uint(p1-p0+ilevel),
				uint(q1-q0+ilevel), uint(q2-q1+ilevel), uint(q3-q2+ilevel)) > uint(2*ilevel) {
			continue
		}
		if max(uint(p1-p0+hlevel), uint(q1-q0+hlevel)) > uint(2*hlevel) {
			a := 3*(q0-p0) + clamp127(p1-q1)
			t[3], t[4] = clamp255(p0+clamp15((a+3)>>3)), clamp255(q0-clamp15((a+4)>>3))
			continue
		}
		a := clamp127(3*(q0-p0) + clamp127(p1-q1))
		a1 := (27*a + 63) >> 7
		a2 := (18*a + 63) >> 7
		a3 := (9*a + 63) >> 7
		t[1], t[2], t[3] = clamp255(p2+a3), clamp255(p1+a2), clamp255(p0+a1)
		t[4], t[5], t[6] = clamp255(q0-a1), clamp255(q1-a2), clamp255(q2-a3)
	}
}

// filterInnerH filters a horizontal subblock edge of n pixels from
// pix[index] right, rows stride apart (filter246).
func filterInnerH(pix []byte, n, level, ilevel, hlevel, index, stride int) {
	r0 := pix[index-4*stride:][:n:n]
	r1 := pix[index-3*stride:][:n:n]
	r2 := pix[index-2*stride:][:n:n]
	r3 := pix[index-1*stride:][:n:n]
	r4 := pix[index:][:n:n]
	r5 := pix[index+1*stride:][:n:n]
	r6 := pix[index+2*stride:][:n:n]
	r7 := pix[index+3*stride:][:n:n]
	for i := range r0 {
		p3, p2, p1, p0 := int(r0[i]), int(r1[i]), int(r2[i]), int(r3[i])
		q0, q1, q2, q3 := int(r4[i]), int(r5[i]), int(r6[i]), int(r7[i])
		if abs(p0-q0)<<1+abs(p1-q1)>>1 > level ||
			max(uint(p3-p2+ilevel), uint(p2-p1+ilevel), uint(p1-p0+ilevel),
				uint(q1-q0+ilevel), uint(q2-q1+ilevel), uint(q3-q2+ilevel)) > uint(2*ilevel) {
			continue
		}
		if max(uint(p1-p0+hlevel), uint(q1-q0+hlevel)) > uint(2*hlevel) {
			a := 3*(q0-p0) + clamp127(p1-q1)
			r3[i], r4[i] = clamp255(p0+clamp15((a+3)>>3)), clamp255(q0-clamp15((a+4)>>3))
			continue
		}
		a := 3 * (q0 - p0)
		a1 := clamp15((a + 4) >> 3)
		a2 := clamp15((a + 3) >> 3)
		a3 := (a1 + 1) >> 1
		r2[i], r3[i], r4[i], r5[i] = clamp255(p1+a3), clamp255(p0+a2), clamp255(q0-a1), clamp255(q1-a3)
	}
}

// filterEdgeH filters a horizontal macroblock edge of n pixels from
// pix[index] right, rows stride apart (filter246).
func filterEdgeH(pix []byte, n, level, ilevel, hlevel, index, stride int) {
	r0 := pix[index-4*stride:][:n:n]
	r1 := pix[index-3*stride:][:n:n]
	r2 := pix[index-2*stride:][:n:n]
	r3 := pix[index-1*stride:][:n:n]
	r4 := pix[index:][:n:n]
	r5 := pix[index+1*stride:][:n:n]
	r6 := pix[index+2*stride:][:n:n]
	r7 := pix[index+3*stride:][:n:n]
	for i := range r0 {
		p3, p2, p1, p0 := int(r0[i]), int(r1[i]), int(r2[i]), int(r3[i])
		q0, q1, q2, q3 := int(r4[i]), int(r5[i]), int(r6[i]), int(r7[i])
		if abs(p0-q0)<<1+abs(p1-q1)>>1 > level ||
			max(uint(p3-p2+ilevel), uint(p2-p1+ilevel), uint(p1-p0+ilevel),
				uint(q1-q0+ilevel), uint(q2-q1+ilevel), uint(q3-q2+ilevel)) > uint(2*ilevel) {
			continue
		}
		if max(uint(p1-p0+hlevel), uint(q1-q0+hlevel)) > uint(2*hlevel) {
			a := 3*(q0-p0) + clamp127(p1-q1)
			r3[i], r4[i] = clamp255(p0+clamp15((a+3)>>3)), clamp255(q0-clamp15((a+4)>>3))
			continue
		}
		a := clamp127(3*(q0-p0) + clamp127(p1-q1))
		a1 := (27*a + 63) >> 7
		a2 := (18*a + 63) >> 7
		a3 := (9*a + 63) >> 7
		r1[i], r2[i], r3[i] = clamp255(p2+a3), clamp255(p1+a2), clamp255(p0+a1)
		r4[i], r5[i], r6[i] = clamp255(q0-a1), clamp255(q1-a2), clamp255(q2-a3)
	}
}

// simpleFilter implements the simple filter, as specified in section 15.2.
func (d *Decoder) simpleFilter() {
	for mby := 0; mby < d.mbh; mby++ {
		for mbx := 0; mbx < d.mbw; mbx++ {
			f := d.perMBFilterParams[d.mbw*mby+mbx]
			if f.level == 0 {
				continue
			}
			l := int(f.level)
			yIndex := (mby*d.img.YStride + mbx) * 16
			if mbx > 0 {
				filter2(d.img.Y, l+4, yIndex, d.img.YStride, 1)
			}
			if f.inner {
				filter2(d.img.Y, l, yIndex+0x4, d.img.YStride, 1)
				filter2(d.img.Y, l, yIndex+0x8, d.img.YStride, 1)
				filter2(d.img.Y, l, yIndex+0xc, d.img.YStride, 1)
			}
			if mby > 0 {
				filter2(d.img.Y, l+4, yIndex, 1, d.img.YStride)
			}
			if f.inner {
				filter2(d.img.Y, l, yIndex+d.img.YStride*0x4, 1, d.img.YStride)
				filter2(d.img.Y, l, yIndex+d.img.YStride*0x8, 1, d.img.YStride)
				filter2(d.img.Y, l, yIndex+d.img.YStride*0xc, 1, d.img.YStride)
			}
		}
	}
}

// normalFilter implements the normal filter, as specified in section 15.3.
func (d *Decoder) normalFilter() {
	for mby := 0; mby < d.mbh; mby++ {
		for mbx := 0; mbx < d.mbw; mbx++ {
			f := d.perMBFilterParams[d.mbw*mby+mbx]
			if f.level == 0 {
				continue
			}
			l, il, hl := int(f.level), int(f.ilevel), int(f.hlevel)
			yIndex := (mby*d.img.YStride + mbx) * 16
			cIndex := (mby*d.img.CStride + mbx) * 8
			if mbx > 0 {
				filterEdgeV(d.img.Y, 16, l+4, il, hl, yIndex, d.img.YStride)
				filterEdgeV(d.img.Cb, 8, l+4, il, hl, cIndex, d.img.CStride)
				filterEdgeV(d.img.Cr, 8, l+4, il, hl, cIndex, d.img.CStride)
			}
			if f.inner {
				filterInnerV(d.img.Y, 16, l, il, hl, yIndex+0x4, d.img.YStride)
				filterInnerV(d.img.Y, 16, l, il, hl, yIndex+0x8, d.img.YStride)
				filterInnerV(d.img.Y, 16, l, il, hl, yIndex+0xc, d.img.YStride)
				filterInnerV(d.img.Cb, 8, l, il, hl, cIndex+0x4, d.img.CStride)
				filterInnerV(d.img.Cr, 8, l, il, hl, cIndex+0x4, d.img.CStride)
			}
			if mby > 0 {
				filterEdgeH(d.img.Y, 16, l+4, il, hl, yIndex, d.img.YStride)
				filterEdgeH(d.img.Cb, 8, l+4, il, hl, cIndex, d.img.CStride)
				filterEdgeH(d.img.Cr, 8, l+4, il, hl, cIndex, d.img.CStride)
			}
			if f.inner {
				filterInnerH(d.img.Y, 16, l, il, hl, yIndex+d.img.YStride*0x4, d.img.YStride)
				filterInnerH(d.img.Y, 16, l, il, hl, yIndex+d.img.YStride*0x8, d.img.YStride)
				filterInnerH(d.img.Y, 16, l, il, hl, yIndex+d.img.YStride*0xc, d.img.YStride)
				filterInnerH(d.img.Cb, 8, l, il, hl, cIndex+d.img.CStride*0x4, d.img.CStride)
				filterInnerH(d.img.Cr, 8, l, il, hl, cIndex+d.img.CStride*0x4, d.img.CStride)
			}
		}
	}
}

// filterParam holds the loop filter parameters for a macroblock.
type filterParam struct {
	// The first three fields are thresholds used by the loop filter to smooth
	// over the edges and interior of a macroblock. level is used by both the
	// simple and normal filters. The inner level and high edge variance level
	// are only used by the normal filter.
	level, ilevel, hlevel uint8
	// inner is whether the inner loop filter cannot be optimized out as a
	// no-op for this particular macroblock.
	inner bool
}

// computeFilterParams computes the loop filter parameters, as specified in
// section 15.4.
func (d *Decoder) computeFilterParams() {
	for i := range d.filterParams {
		baseLevel := d.filterHeader.level
		if d.segmentHeader.useSegment {
			baseLevel = d.segmentHeader.filterStrength[i]
			if d.segmentHeader.relativeDelta {
				baseLevel += d.filterHeader.level
			}
		}

		for j := range d.filterParams[i] {
			p := &d.filterParams[i][j]
			p.inner = j != 0
			level := baseLevel
			if d.filterHeader.useLFDelta {
				// The libwebp C code has a "TODO: only CURRENT is handled for now."
				level += d.filterHeader.refLFDelta[0]
				if j != 0 {
					level += d.filterHeader.modeLFDelta[0]
				}
			}
			if level <= 0 {
				p.level = 0
				continue
			}
			if level > 63 {
				level = 63
			}
			ilevel := level
			if d.filterHeader.sharpness > 0 {
				if d.filterHeader.sharpness > 4 {
					ilevel >>= 2
				} else {
					ilevel >>= 1
				}
				if x := int8(9 - d.filterHeader.sharpness); ilevel > x {
					ilevel = x
				}
			}
			if ilevel < 1 {
				ilevel = 1
			}
			p.ilevel = uint8(ilevel)
			p.level = uint8(2*level + ilevel)
			if d.frameHeader.KeyFrame {
				if level < 15 {
					p.hlevel = 0
				} else if level < 40 {
					p.hlevel = 1
				} else {
					p.hlevel = 2
				}
			} else {
				if level < 15 {
					p.hlevel = 0
				} else if level < 20 {
					p.hlevel = 1
				} else if level < 40 {
					p.hlevel = 2
				} else {
					p.hlevel = 3
				}
			}
		}
	}
}

// intSize is either 32 or 64.
const intSize = 32 << (^uint(0) >> 63)

func abs(x int) int {
	// m := -1 if x < 0. m := 0 otherwise.
	m := x >> (intSize - 1)

	// In two's complement representation, the negative number
	// of any number (except the smallest one) can be computed
	// by flipping all the bits and add 1. This is faster than
	// code with a branch.
	// See Hacker's Delight, section 2-4.
	return (x ^ m) - m
}

func clamp15(x int) int {
	if x < -16 {
		return -16
	}
	if x > 15 {
		return 15
	}
	return x
}

func clamp127(x int) int {
	if x < -128 {
		return -128
	}
	if x > 127 {
		return 127
	}
	return x
}

func clamp255(x int) uint8 {
	if x < 0 {
		return 0
	}
	if x > 255 {
		return 255
	}
	return uint8(x)
}
