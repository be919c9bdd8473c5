package measure

import (
	"encoding/binary"
	"image"
)

// The sparse spatial pass: for 8-bit RGBA images (most PNG, WebP and
// rendered art) whose histogram scan listed the runs of pixels that are not
// exactly palette colours. Exact palette pixels are final, whatever their
// neighbours, so the pass visits only the listed runs (the anti-aliased
// edges of flat art: a few per cent of the pixels) and reads their
// neighbours straight from the image. Photo areas are decided first, from
// the cells that are mostly not palette colours.

// at returns the pixel at (x, y), relative to the bounds, packed as
// R | G<<8 | B<<16 | A<<24 with straight alpha, as rowReader.read does.
func (s *spatialPass) at(x, y int) uint32 {
	if s.ycc != nil {
		return s.yccAt(x, y)
	}
	switch s.rgbaKind {
	case 1:
		p := s.pix[s.pixOff+y*s.stride+4*x:][:4:4]
		return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
	case 2:
		p := s.pix[s.pixOff+y*s.stride+4*x:][:4:4]
		r, g, b, a := p[0], p[1], p[2], p[3]
		if a != 255 && a != 0 {
			r, g, b = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(b, a)
		}
		return uint32(r) | uint32(g)<<8 | uint32(b)<<16 | uint32(a)<<24
	}
	switch im := s.rr.img.(type) {
	case *image.NRGBA:
		p := im.Pix[im.PixOffset(s.min.X+x, s.min.Y+y):][:4:4]
		return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
	case *image.RGBA:
		p := im.Pix[im.PixOffset(s.min.X+x, s.min.Y+y):][:4:4]
		r, g, b, a := p[0], p[1], p[2], p[3]
		if a != 255 && a != 0 {
			r, g, b = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(b, a)
		}
		return uint32(r) | uint32(g)<<8 | uint32(b)<<16 | uint32(a)<<24
	case *image.YCbCr:
		yi, ci := yccOffsets(im, s.min.X+x, s.min.Y+y)
		return yccPack(im.Y[yi], im.Cb[ci], im.Cr[ci])
	}
	c := straight(s.rr.img.At(s.min.X+x, s.min.Y+y))
	return uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
}

// yccAt is at for s.ycc: yccOffsets with the shifts worked out once.
func (s *spatialPass) yccAt(x, y int) uint32 {
	im := s.ycc
	x, y = s.min.X+x, s.min.Y+y
	r := im.Rect
	yi := (y-r.Min.Y)*im.YStride + (x - r.Min.X)
	ci := (y>>s.ysy-r.Min.Y>>s.ysy)*im.CStride + (x>>s.ysx - r.Min.X>>s.ysx)
	return yccPack(im.Y[yi], im.Cb[ci], im.Cr[ci])
}

// px is at, with the common cases inline: NRGBA, and opaque or fully
// transparent RGBA pixels, whose straight colour is their bytes.
func (s *spatialPass) px(x, y int) uint32 {
	if s.rgbaKind != 0 {
		c := binary.LittleEndian.Uint32(s.pix[s.pixOff+y*s.stride+4*x:])
		if a := c >> 24; a == 255 || a == 0 || s.rgbaKind == 1 {
			return c
		}
	}
	return s.at(x, y)
}

// positionAt is position for the sparse pass.
func (s *spatialPass) positionAt(x, y int, i, j uint32, p *pairInfo) (float64, bool) {
	c := s.px(x, y)
	if c>>24 == 0 || (s.m.photos == PhotosExclude && s.photo[(y/cellSize)*s.cw+x/cellSize]) {
		return 0, false
	}
	switch s.code(c) {
	case i + 1:
		return 0, true
	case j + 1:
		return 1, true
	}
	return p.project(c), true
}

// positionRGBA is positionAt for NRGBA and RGBA images, with the pixel
// and its code read in place.
func (s *spatialPass) positionRGBA(x, y int, i, j uint32, p *pairInfo) (float64, bool) {
	c := binary.LittleEndian.Uint32(s.pix[s.pixOff+y*s.stride+4*x:])
	switch a := c >> 24; {
	case a == 0:
		return 0, false
	case a != 255 && s.rgbaKind == 2:
		c = s.at(x, y) // premultiplied
	}
	if s.photoOut && s.photo[uint(y)/cellSize*uint(s.cw)+uint(x)/cellSize] {
		return 0, false
	}
	var code uint32
	if e := &s.codeCache[(c*0x9E3779B1)>>(32-codeCacheBits)]; e.code != 0 && e.c == c {
		code = e.code - 1
	} else {
		code, _ = s.codeTT(c)
	}
	switch code {
	case i + 1:
		return 0, true
	case j + 1:
		return 1, true
	}
	return p.project(c), true
}

// positionYCC is positionAt for a JPEG read in place (s.ycc).
func (s *spatialPass) positionYCC(x, y int, i, j uint32, p *pairInfo) (float64, bool) {
	c := s.yccAt(x, y)
	if s.photoOut && s.photo[uint(y)/cellSize*uint(s.cw)+uint(x)/cellSize] {
		return 0, false
	}
	switch s.m.pixelCode(c) {
	case i + 1:
		return 0, true
	case j + 1:
		return 1, true
	}
	return p.project(c), true
}

// sampleListed gathers the statistics of the cells that can be busy, the
// photo areas' candidates: only cells that are mostly not palette colours.
// With bound, cells that the opaque-image bound below rules out are not
// sampled either (TestSparseSamplingBound: the busy cells are the same).
func (s *spatialPass) sampleListed(acc *accumulator, bound bool) {
	// The samples are the pixels at even x and y; a busy cell has at least
	// 32 of them (isBusy), more than half not palette colours, so at least
	// minBusy listed pixels at even x and y.
	const minBusy = cellSize*cellSize/8/2 + 1
	nonExact := make([]int32, s.cw*s.ch)
	for _, sp := range acc.spans {
		if sp.y%2 != 0 {
			continue
		}
		row := int(sp.y) / cellSize * s.cw
		for x := int(sp.x0); x < int(sp.x1); {
			end := min(int(sp.x1), (x/cellSize+1)*cellSize)
			nonExact[row+x/cellSize] += int32((end+1)/2 - (x+1)/2) // even x in [x, end)
			x = end
		}
	}
	// When every pixel is opaque, a cell's samples are all counted (n in
	// isBusy), and all but the listed ones are palette colours: a busy cell
	// needs more than half of them listed.
	opaque := bound && (s.cand != nil || !acc.alphaSeen)
	for ci, n := range nonExact {
		if n < minBusy {
			continue
		}
		x0, y0 := ci%s.cw*cellSize, ci/s.cw*cellSize
		if samples := (min(s.w, x0+cellSize) - x0 + 1) / 2 * ((min(s.h, y0+cellSize) - y0 + 1) / 2); opaque && int(n)*2 <= samples {
			continue
		}
		st := &s.stats[ci]
		for y := y0; y < min(s.h, y0+cellSize); y += 2 {
			prev := uint32(0)
			for x := x0; x < min(s.w, x0+cellSize); x += 2 {
				c := s.px(x, y)
				if c>>24 == 0 {
					prev = 0
					continue
				}
				s.sample(st, c, prev, x != x0)
				prev = c
			}
		}
	}
}

// movePhotoCell is the photo cell at (x0, y0) for an opaque image (a JPEG
// when ycc, else 8-bit RGBA): its area moves to the photo, and its palette
// pixels, counted in t, with it; in integers, then added to t's sums of
// whole numbers.
func (s *spatialPass) movePhotoCell(t *tally, x0, y0 int, ycc bool) {
	x1, y1 := min(s.w, x0+cellSize), min(s.h, y0+cellSize)
	area := float64((x1 - x0) * (y1 - y0))
	exclude := s.m.photos == PhotosExclude
	if exclude {
		var moved [MaxColors]int
		lastKey, lastIdx := ^uint32(0), -1
		for y := y0; y < y1; y++ {
			if ycc {
				im := s.ycc
				yy, r := s.min.Y+y, im.Rect
				yRow := im.Y[(yy-r.Min.Y)*im.YStride:]
				cBase := (yy>>s.ysy - r.Min.Y>>s.ysy) * im.CStride
				for x := x0; x < x1; x++ {
					xx := s.min.X + x
					ci := cBase + (xx>>s.ysx - r.Min.X>>s.ysx)
					key := uint32(yRow[xx-r.Min.X]>>2)<<12 | uint32(im.Cb[ci]>>2)<<6 | uint32(im.Cr[ci]>>2)
					if s.cand[key>>6]&(1<<(key&63)) != 0 {
						continue
					}
					if key != lastKey {
						lastKey, lastIdx = key, s.m.yccPalette(key)
					}
					moved[lastIdx]++
				}
				continue
			}
			row := s.pix[s.pixOff+y*s.stride:][:4*s.w]
			for x := x0; x < x1; x++ {
				c := binary.LittleEndian.Uint32(row[4*x:]) & 0xffffff
				if c != lastKey {
					lastKey, lastIdx = c, -1
					if key := rgbKey(uint8(c), uint8(c>>8), uint8(c>>16)); s.m.hasPalette(key) {
						lastIdx = s.m.exactIndex(key, c)
					}
				}
				if lastIdx >= 0 {
					moved[lastIdx]++
				}
			}
		}
		for i, n := range moved[:s.n] {
			if n > 0 {
				t.weights[i] -= float64(n)
				t.total -= float64(n)
			}
		}
	}
	t.photoArea += area
	if exclude {
		t.photo += area
		t.total += area
	}
}

// runSparse measures the image from the accumulator's exact counts and
// spans.
func (s *spatialPass) runSparse(acc *accumulator) *tally {
	s.sparse = true
	t := &tally{}
	if s.cand != nil {
		// JPEG: the bins of palette colours are final.
		for _, key := range acc.touched { // every bin, in key order (histTally)
			if n := acc.hist[key]; s.cand[key>>6]&(1<<(key&63)) == 0 {
				t.total += float64(n)
				t.weights[s.m.yccPalette(key)] += float64(n)
			}
		}
	} else {
		for i, e := range acc.exact[:s.n] {
			w := float64(e) / 255
			t.total += w
			t.weights[i] += w
		}
	}

	s.sampleListed(acc, true)
	s.decidePhotos()

	// Photo cells: their whole area is photo; their exact palette pixels,
	// counted above, move there.
	// When every pixel is opaque, the sums so far are whole numbers and the
	// photo cells only move whole pixels: counted in integers and moved once
	// per cell, the sums are the very ones moving pixel by pixel makes.
	// (slowTally, the tests' reference, moves pixel by pixel.)
	wholeYCC := s.cand != nil && s.ycc != nil && !slowTally
	wholeRGBA := s.cand == nil && s.rgbaKind != 0 && !acc.alphaSeen && !slowTally
	for ci, isPhoto := range s.photo {
		if !isPhoto {
			continue
		}
		x0, y0 := ci%s.cw*cellSize, ci/s.cw*cellSize
		if wholeYCC || wholeRGBA {
			s.movePhotoCell(t, x0, y0, wholeYCC)
			continue
		}
		var area float64
		for y := y0; y < min(s.h, y0+cellSize); y++ {
			for x := x0; x < min(s.w, x0+cellSize); x++ {
				c := s.at(x, y)
				w := alphaWeight[c>>24]
				area += w
				if s.m.photos != PhotosExclude || c>>24 == 0 {
					continue
				}
				// The pixels counted above move to the photo.
				if s.cand != nil {
					if key := yccKey(s.rr.img.(*image.YCbCr), s.min, x, y); s.cand[key>>6]&(1<<(key&63)) == 0 {
						t.weights[s.m.yccPalette(key)] -= w
						t.total -= w
					}
				} else if key := rgbKey(uint8(c), uint8(c>>8), uint8(c>>16)); s.m.hasPalette(key) {
					if i := s.m.exactIndex(key, c&0xffffff); i >= 0 {
						t.weights[i] -= w
						t.total -= w
					}
				}
			}
		}
		t.photoArea += area
		if s.m.photos == PhotosExclude {
			t.photo += area
			t.total += area
		}
	}

	// The listed pixels, classified with their neighbourhood.
	exclude := s.m.photos == PhotosExclude
	for _, sp := range acc.spans {
		y := int(sp.y)
		prow := s.photo[y/cellSize*s.cw:][:s.cw]
		frow := s.fringe[y/cellSize*s.cw:][:s.cw]
		var row []byte // the pixels of an 8-bit RGBA image, read in place
		if s.rgbaKind != 0 {
			row = s.pix[s.pixOff+y*s.stride:][:4*s.w]
		}
		runBlend, runValid, prevCode := false, false, uint32(0)
		// The colour last classified: runs of one colour are classified once.
		prevC, curCode, curTT := uint32(0), uint32(0), 0.0
		for x := int(sp.x0); x < int(sp.x1); x++ {
			cx := x / cellSize
			if x%cellSize == 0 {
				runValid = false
			}
			if prow[cx] && exclude {
				runValid = false
				continue // counted with its cell
			}
			var c uint32
			if row != nil {
				c = binary.LittleEndian.Uint32(row[4*x:])
				if a := c >> 24; a != 255 && a != 0 && s.rgbaKind == 2 {
					c = s.at(x, y) // premultiplied
				}
			} else {
				c = s.at(x, y)
			}
			if c>>24 == 0 {
				runValid = false
				continue
			}
			w := alphaWeight[c>>24]
			t.total += w
			if c != prevC {
				prevC = c
				curCode, curTT = s.codeTT(c)
			}
			code := curCode
			off := false
			switch {
			case code < codeMix && code != codeOff:
				t.weights[code-1] += w
			case code == codeOff:
				off = true
				if pair, tt, ok := s.m.lumaBlend(c); ok && !prow[cx] {
					p := &s.pairs[pair]
					pt := p.project(c)
					if s.cachedEvidence(x, y, rescueCode(pair, pt), pair/MaxColors, pair%MaxColors, pt, p, 2) {
						t.weights[pair/MaxColors] += w * (1 - tt)
						t.weights[pair%MaxColors] += w * tt
						off = false
					}
				}
			default:
				pair := (code - codeMix) / mixSteps
				i, j := pair/MaxColors, pair%MaxColors
				tt := curTT
				blend := runBlend
				if !runValid || code != prevCode {
					blend = prow[cx] || s.cachedEvidence(x, y, code, i, j, tt, &s.pairs[pair], reach)
				}
				runBlend, runValid, prevCode = blend, true, code
				if blend {
					t.weights[i] += w * (1 - tt)
					t.weights[j] += w * tt
				} else {
					off = true
				}
			}
			if !off {
				continue
			}
			if frow[cx] {
				t.photoArea += w
				if exclude {
					t.photo += w
					continue
				}
			}
			t.addOff(w, float64(c&255), float64(c>>8&255), float64(c>>16&255))
		}
	}
	return t
}
