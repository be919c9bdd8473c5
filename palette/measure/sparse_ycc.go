package measure

import "image"

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
		start := -1
		for x, yy := range yRow {
			ci := im.COffset(b.Min.X+x, b.Min.Y+y)
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

// yccKey returns the histogram bin of pixel (x, y), relative to the bounds.
func yccKey(im *image.YCbCr, min image.Point, x, y int) uint32 {
	yi, ci := im.YOffset(min.X+x, min.Y+y), im.COffset(min.X+x, min.Y+y)
	return uint32(im.Y[yi]>>2)<<12 | uint32(im.Cb[ci]>>2)<<6 | uint32(im.Cr[ci]>>2)
}
