// Copyright 2012 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file of the Go distribution.
//
// This file began as the standard library's image/png/paeth.go (Go 1.26).
// The predictor is now branch-free (squared distances) and specialised for 3 and 4 bytes per
// pixel (8-bit RGB and RGBA, most real PNG files), which carry the
// dependency chains of all channels side by side instead of one channel
// after the other; the result is the same bytes.

package pngrows

import "encoding/binary"

// paethPredict is the Paeth predictor of the PNG specification, section
// 9.4 (https://www.w3.org/TR/png/#9Filter-type-4-Paeth): of a (left),
// b (above) and c (above left), the one nearest to p = a+b-c, ties going
// to a, then b. The distances |p-a| = |b-c|, |p-b| = |a-c| and |p-c| =
// |a+b-2c| are compared as squares, which order integers as their
// absolute values do: one multiplication each instead of three
// instructions, and fewer registers, which matters with four channels in
// flight (30 % faster than absolute values on RGBA rows,
// BenchmarkFilterPaeth). The comparisons compile to conditional moves,
// not branches, which real images mispredict about a third of the time.
func paethPredict(a, b, c int) int {
	y := b - c
	x := a - c
	s := x + y
	pa, pb, pc := y*y, x*x, s*s
	if pb < pa {
		pa, a = pb, b
	}
	if pc < pa {
		a = c
	}
	return a
}

// filterPaeth undoes the Paeth filter on cdat, the current row's data,
// given pdat, the previous row's data (same length).
func filterPaeth(cdat, pdat []byte, bytesPerPixel int) {
	switch bytesPerPixel {
	case 3:
		filterPaeth3(cdat, pdat)
		return
	case 4:
		filterPaeth4(cdat, pdat)
		return
	}
	for i := 0; i < bytesPerPixel; i++ {
		a, c := 0, 0
		for j := i; j < len(cdat); j += bytesPerPixel {
			b := int(pdat[j])
			a = (paethPredict(a, b, c) + int(cdat[j])) & 0xff
			cdat[j] = uint8(a)
			c = b
		}
	}
}

// filterPaeth3 and filterPaeth4 keep only the left pixel in registers and
// read the above-left pixel again from pdat: four channels of a, b and c
// do not fit in amd64's registers, and the spills cost more than the loads.
// The first pixel has no left neighbours: its predictor is the pixel above.
//
// Most of a row goes through blocks of paethBlock pixels, each undone by
// a function of its own on fixed-size arrays (paeth3Block, paeth4Block,
// paeth4OpaqueBlock): constant bounds need no checks, and a loop with
// nothing else live keeps its channels in registers, where the row loop
// around it spilled them (a fifth fewer instructions per pixel). The
// pixels after the last whole block are copied into a zero-padded block,
// undone there and copied back.

// paethBlock is the pixels of a block of filterPaeth3 and filterPaeth4.
const paethBlock = 32

func filterPaeth3(cdat, pdat []byte) {
	pdat = pdat[:len(cdat)]
	if len(cdat) < 3 {
		return
	}
	cdat[0] += pdat[0]
	cdat[1] += pdat[1]
	cdat[2] += pdat[2]
	a0, a1, a2 := int(cdat[0]), int(cdat[1]), int(cdat[2])
	j := 3
	for ; j+3*paethBlock <= len(cdat); j += 3 * paethBlock {
		a0, a1, a2 = paeth3Block((*[3 * paethBlock]byte)(cdat[j:]), (*[3*paethBlock + 3]byte)(pdat[j-3:]), a0, a1, a2)
	}
	if j < len(cdat) {
		// The last pixels, through a block of copies.
		var c [3 * paethBlock]byte
		var p [3*paethBlock + 3]byte
		copy(c[:], cdat[j:])
		copy(p[:], pdat[j-3:])
		paeth3Block(&c, &p, a0, a1, a2)
		copy(cdat[j:], c[:])
	}
}

// paeth3Block undoes the Paeth filter on the pixels c, whose left pixel's
// channels are a0, a1 and a2, given p, the row above from the pixel above
// the left pixel on, and returns the channels of c's last pixel.
func paeth3Block(c *[3 * paethBlock]byte, p *[3*paethBlock + 3]byte, a0, a1, a2 int) (int, int, int) {
	for k := 0; k < 3*paethBlock; k += 6 { // two pixels a turn
		a0 = (paethPredict(a0, int(p[k+3]), int(p[k])) + int(c[k])) & 0xff
		c[k] = uint8(a0)
		a1 = (paethPredict(a1, int(p[k+4]), int(p[k+1])) + int(c[k+1])) & 0xff
		c[k+1] = uint8(a1)
		a2 = (paethPredict(a2, int(p[k+5]), int(p[k+2])) + int(c[k+2])) & 0xff
		c[k+2] = uint8(a2)
		a0 = (paethPredict(a0, int(p[k+6]), int(p[k+3])) + int(c[k+3])) & 0xff
		c[k+3] = uint8(a0)
		a1 = (paethPredict(a1, int(p[k+7]), int(p[k+4])) + int(c[k+4])) & 0xff
		c[k+4] = uint8(a1)
		a2 = (paethPredict(a2, int(p[k+8]), int(p[k+5])) + int(c[k+5])) & 0xff
		c[k+5] = uint8(a2)
	}
	return a0, a1, a2
}

func filterPaeth4(cdat, pdat []byte) {
	pdat = pdat[:len(cdat)]
	if len(cdat) < 4 {
		return
	}
	cdat[0] += pdat[0]
	cdat[1] += pdat[1]
	cdat[2] += pdat[2]
	cdat[3] += pdat[3]
	a0, a1, a2, a3 := int(cdat[0]), int(cdat[1]), int(cdat[2]), int(cdat[3])
	j := 4
	if sameFourth(pdat) {
		// The row above has one alpha (the fourth byte of every pixel):
		// then b = c, so p = a+b-c = a, and the predictor is a, as the
		// Sub filter's. Most RGBA files are opaque (27 of the 29 RGBA
		// files of the PNG corpus have a constant alpha), and this
		// saves a quarter of the work.
		for ; j+4*paethBlock <= len(cdat); j += 4 * paethBlock {
			a0, a1, a2, a3 = paeth4OpaqueBlock((*[4 * paethBlock]byte)(cdat[j:]), (*[4*paethBlock + 4]byte)(pdat[j-4:]), a0, a1, a2, a3)
		}
		if j < len(cdat) {
			var c [4 * paethBlock]byte
			var p [4*paethBlock + 4]byte
			copy(c[:], cdat[j:])
			copy(p[:], pdat[j-4:])
			paeth4OpaqueBlock(&c, &p, a0, a1, a2, a3)
			copy(cdat[j:], c[:])
		}
		return
	}
	for ; j+4*paethBlock <= len(cdat); j += 4 * paethBlock {
		a0, a1, a2, a3 = paeth4Block((*[4 * paethBlock]byte)(cdat[j:]), (*[4*paethBlock + 4]byte)(pdat[j-4:]), a0, a1, a2, a3)
	}
	if j < len(cdat) {
		var c [4 * paethBlock]byte
		var p [4*paethBlock + 4]byte
		copy(c[:], cdat[j:])
		copy(p[:], pdat[j-4:])
		paeth4Block(&c, &p, a0, a1, a2, a3)
		copy(cdat[j:], c[:])
	}
}

// paeth4Block is paeth3Block for 4 bytes per pixel.
func paeth4Block(c *[4 * paethBlock]byte, p *[4*paethBlock + 4]byte, a0, a1, a2, a3 int) (int, int, int, int) {
	for k := 0; k < 4*paethBlock; k += 4 {
		a0 = (paethPredict(a0, int(p[k+4]), int(p[k])) + int(c[k])) & 0xff
		c[k] = uint8(a0)
		a1 = (paethPredict(a1, int(p[k+5]), int(p[k+1])) + int(c[k+1])) & 0xff
		c[k+1] = uint8(a1)
		a2 = (paethPredict(a2, int(p[k+6]), int(p[k+2])) + int(c[k+2])) & 0xff
		c[k+2] = uint8(a2)
		a3 = (paethPredict(a3, int(p[k+7]), int(p[k+3])) + int(c[k+3])) & 0xff
		c[k+3] = uint8(a3)
	}
	return a0, a1, a2, a3
}

// paeth4OpaqueBlock is paeth4Block when the fourth bytes of p are all the
// same: the fourth channel's predictor is the left pixel's.
func paeth4OpaqueBlock(c *[4 * paethBlock]byte, p *[4*paethBlock + 4]byte, a0, a1, a2, a3 int) (int, int, int, int) {
	for k := 0; k < 4*paethBlock; k += 8 { // two pixels a turn
		a0 = (paethPredict(a0, int(p[k+4]), int(p[k])) + int(c[k])) & 0xff
		c[k] = uint8(a0)
		a1 = (paethPredict(a1, int(p[k+5]), int(p[k+1])) + int(c[k+1])) & 0xff
		c[k+1] = uint8(a1)
		a2 = (paethPredict(a2, int(p[k+6]), int(p[k+2])) + int(c[k+2])) & 0xff
		c[k+2] = uint8(a2)
		a3 = (a3 + int(c[k+3])) & 0xff
		c[k+3] = uint8(a3)
		a0 = (paethPredict(a0, int(p[k+8]), int(p[k+4])) + int(c[k+4])) & 0xff
		c[k+4] = uint8(a0)
		a1 = (paethPredict(a1, int(p[k+9]), int(p[k+5])) + int(c[k+5])) & 0xff
		c[k+5] = uint8(a1)
		a2 = (paethPredict(a2, int(p[k+10]), int(p[k+6])) + int(c[k+6])) & 0xff
		c[k+6] = uint8(a2)
		a3 = (a3 + int(c[k+7])) & 0xff
		c[k+7] = uint8(a3)
	}
	return a0, a1, a2, a3
}

// sameFourth reports whether the fourth bytes of the 4-byte pixels of p
// (len(p) a multiple of 4, at least 4) are all the same, two pixels at a
// time, eight in a turn of the loop on a fixed-size array (no bounds
// checks: half the instructions).
func sameFourth(p []byte) bool {
	const fourths = 0xff000000ff000000
	ref := uint64(p[3])<<24 | uint64(p[3])<<56
	var diff uint64
	i := 0
	for ; i+32 <= len(p); i += 32 {
		q := (*[32]byte)(p[i : i+32])
		diff |= (binary.LittleEndian.Uint64(q[:8]) ^ ref) | (binary.LittleEndian.Uint64(q[8:16]) ^ ref) |
			(binary.LittleEndian.Uint64(q[16:24]) ^ ref) | (binary.LittleEndian.Uint64(q[24:]) ^ ref)
	}
	for ; i+8 <= len(p); i += 8 {
		diff |= binary.LittleEndian.Uint64(p[i:]) ^ ref
	}
	if i < len(p) {
		diff |= uint64(binary.LittleEndian.Uint32(p[i:]) ^ uint32(ref))
	}
	return diff&fourths == 0
}
