package measure

import (
	"encoding/binary"
	"image"
)

// JPEG images in the sparse pass: the histogram scan bins Y, Cb, Cr without
// knowing the bins' classes, so a second quick scan lists the runs of
// pixels whose bin is not a palette colour (blends, off-palette) once the
// bins are classified. A flat JPEG banner has few: its edges.

// yccSpans lists the candidate runs of a YCbCr image into acc.spans; cand
// tells the candidate bins. It returns false when there are too many for
// the sparse pass (a photograph).
func yccSpans(im *image.YCbCr, cand *[1 << 18 / 64]uint64, acc *accumulator) bool {
	b := im.Bounds()
	w, h := b.Dx(), b.Dy()
	acc.trackRows, acc.spans, acc.overflow = true, acc.spans[:0], false
	acc.maxSpans = min(maxSpans, int(float64(w*h)*maxSpansPerPixel)+16)
	for y := range h {
		acc.spanY = int32(y)
		yRow := im.Y[im.YOffset(b.Min.X, b.Min.Y+y):][:w]
		_, c0 := yccOffsets(im, b.Min.X, b.Min.Y+y)
		sx := chromaShift(im.SubsampleRatio)
		start := -1
		// 4:2:0 and 4:2:2 from an even left edge: eight pixels of one
		// luma and chroma (flat areas) are looked up once.
		flat8 := sx == 1 && b.Min.X&1 == 0
		for x := 0; x < len(yRow); x++ {
			yy := yRow[x]
			if flat8 && x&7 == 0 && x+8 <= len(yRow) {
				cb, cr := im.Cb[c0+x>>1:][:4], im.Cr[c0+x>>1:][:4]
				if binary.LittleEndian.Uint64(yRow[x:x+8]) == uint64(yy)*0x0101010101010101 &&
					binary.LittleEndian.Uint32(cb) == uint32(cb[0])*0x01010101 && binary.LittleEndian.Uint32(cr) == uint32(cr[0])*0x01010101 {
					key := uint32(yy>>2)<<12 | uint32(cb[0]>>2)<<6 | uint32(cr[0]>>2)
					if cand[key>>6]&(1<<(key&63)) != 0 {
						if start < 0 {
							start = x
						}
					} else if start >= 0 {
						acc.addSpan(start, x)
						start = -1
					}
					x += 7
					continue
				}
			}
			ci := c0 + ((b.Min.X+x)>>sx - b.Min.X>>sx)
			key := uint32(yy>>2)<<12 | uint32(im.Cb[ci]>>2)<<6 | uint32(im.Cr[ci]>>2)
			if cand[key>>6]&(1<<(key&63)) != 0 {
				if start < 0 {
					start = x
				}
				continue
			}
			if start >= 0 {
				acc.addSpan(start, x)
				start = -1
			}
		}
		if start >= 0 {
			acc.addSpan(start, w)
		}
		if acc.overflow {
			return false
		}
	}
	return true
}

// chromaShift is the horizontal chroma subsampling as a shift: 0 for
// 4:4:4 and 4:4:0, 1 for 4:2:2 and 4:2:0, 2 for 4:1:1 and 4:1:0.
func chromaShift(r image.YCbCrSubsampleRatio) int {
	switch r {
	case image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420:
		return 1
	case image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410:
		return 2
	}
	return 0
}

// yccOffsets is YOffset and COffset without the method calls and the
// division (Go's YCbCr divides with /, which for the non-negative
// coordinates images have equals the shifts).
func yccOffsets(im *image.YCbCr, x, y int) (yi, ci int) {
	r := im.Rect
	yi = (y-r.Min.Y)*im.YStride + (x - r.Min.X)
	if x < 0 || y < 0 || r.Min.X < 0 || r.Min.Y < 0 {
		return yi, im.COffset(x, y)
	}
	sx, sy := chromaShift(im.SubsampleRatio), 0
	switch im.SubsampleRatio {
	case image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio410:
		sy = 1
	}
	return yi, (y>>sy-r.Min.Y>>sy)*im.CStride + (x>>sx - r.Min.X>>sx)
}

// yccKey returns the histogram bin of pixel (x, y), relative to the bounds.
func yccKey(im *image.YCbCr, min image.Point, x, y int) uint32 {
	yi, ci := yccOffsets(im, min.X+x, min.Y+y)
	return uint32(im.Y[yi]>>2)<<12 | uint32(im.Cb[ci]>>2)<<6 | uint32(im.Cr[ci]>>2)
}
