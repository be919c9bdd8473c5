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
		// 4:2:0 and 4:2:2 from an even left edge: two pixels share one
		// chroma sample, whose part of the key is worked out once; eight
		// pixels of one luma and chroma (flat areas) are looked up once.
		x := 0
		if sx == 1 && b.Min.X&1 == 0 {
			n := len(yRow) / 2
			cb, cr := im.Cb[c0:][:n], im.Cr[c0:][:n]
			for i := 0; i < n; i++ {
				yy := yRow[2*i]
				if i&3 == 0 && i+4 <= n &&
					binary.LittleEndian.Uint64(yRow[2*i:2*i+8]) == uint64(yy)*0x0101010101010101 &&
					binary.LittleEndian.Uint32(cb[i:i+4]) == uint32(cb[i])*0x01010101 && binary.LittleEndian.Uint32(cr[i:i+4]) == uint32(cr[i])*0x01010101 {
					key := uint32(yy>>2)<<12 | uint32(cb[i]>>2)<<6 | uint32(cr[i]>>2)
					if cand[key>>6]&(1<<(key&63)) != 0 {
						if start < 0 {
							start = 2 * i
						}
					} else if start >= 0 {
						acc.addSpan(start, 2*i)
						start = -1
					}
					i += 3
					continue
				}
				c := uint32(cb[i]>>2)<<6 | uint32(cr[i]>>2)
				k0, k1 := uint32(yy>>2)<<12|c, uint32(yRow[2*i+1]>>2)<<12|c
				if cand[k0>>6]&(1<<(k0&63)) != 0 {
					if start < 0 {
						start = 2 * i
					}
				} else if start >= 0 {
					acc.addSpan(start, 2*i)
					start = -1
				}
				if cand[k1>>6]&(1<<(k1&63)) != 0 {
					if start < 0 {
						start = 2*i + 1
					}
				} else if start >= 0 {
					acc.addSpan(start, 2*i+1)
					start = -1
				}
			}
			x = 2 * n // an odd last pixel: below
		}
		for ; x < len(yRow); x++ {
			yy := yRow[x]
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
