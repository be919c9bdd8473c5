package measure

import "image"

// SetSlowTally makes Measure tally every pixel one by one (the reference
// path) when slow, and returns a function restoring the default.
func SetSlowTally(slow bool) (restore func()) {
	old := slowTally
	slowTally = slow
	return func() { slowTally = old }
}

// SetDenseCheck sets the size from which scanYCbCr may stop early, and
// returns a function restoring the default.
func SetDenseCheck(pixels int) (restore func()) {
	old := denseCheckPixels
	denseCheckPixels = pixels
	return func() { denseCheckPixels = old }
}

// SparseBusyCells returns, for an image the sparse pass can take (8-bit
// RGBA or YCbCr, with its runs listed), which cells look busy once the
// sparse pass has sampled them, with or without the opaque-image bound;
// ok is false when the image would not take the sparse pass.
func SparseBusyCells(m *Measurer, img image.Image, bound bool) (busy []bool, ok bool) {
	acc := &accumulator{m: m}
	m.scan(img, acc)
	t := m.histTally(acc)
	if acc.dense || t.candidates > sparseShare*t.total {
		return nil, false
	}
	s := m.newSpatial(img)
	defer s.release()
	if im, isYCC := img.(*image.YCbCr); isYCC {
		cand := new([1 << 18 / 64]uint64)
		for _, key := range acc.touched {
			if m.yccPalette(key) < 0 {
				cand[key>>6] |= 1 << (key & 63)
			}
		}
		if !yccSpans(im, cand, acc) {
			return nil, false
		}
		s.cand = cand
	} else if !acc.trackRows || acc.overflow {
		return nil, false
	}
	s.sparse = true
	s.sampleListed(acc, bound)
	for i := range s.stats {
		busy = append(busy, s.stats[i].isBusy())
	}
	return busy, true
}

// SetGeneralTally makes Measure tally every image taken by runs with
// tallyRowRuns (the reference for tallyRowInPlace and tallyRowRing) when general, and
// returns a function restoring the default.
func SetGeneralTally(general bool) (restore func()) {
	old := generalTally
	generalTally = general
	return func() { generalTally = old }
}
