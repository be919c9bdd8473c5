package measure

import (
	"encoding/binary"
	"image"
	"image/color"
)

// accumulator is the histogram of one image: opaque pixels counted by 6-bit
// colour key, semi-transparent ones summed by alpha in a second histogram
// made only when needed. Classification happens once per non-empty bin, at
// the end, not once per pixel. Pixels whose exact colour is a palette colour
// are counted apart, by colour, so that palette colours measure exactly
// whatever the bin they fall in.
type accumulator struct {
	m       *Measurer
	hist    [1 << 18]uint32   // opaque pixels by key
	touched []uint32          // keys whose hist entry is not zero
	alpha   []uint64          // alpha sums by key, for 0 < alpha < 255; nil until needed
	exact   [MaxColors]uint64 // exact palette colours, by alpha (255 per opaque pixel)

	// Rows, for the scans that follow them (8-bit RGBA): a row is dirty
	// when it holds a colour that is not exactly a palette colour; the
	// spatial pass then only looks at dirty rows and takes the clean rows'
	// exact counts from cleanExact.
	trackRows  bool
	dirty      []bool
	rowClean   bool
	rowExact   [MaxColors]uint64
	cleanExact [MaxColors]uint64

	// spans are the runs of pixels that are not exactly palette colours,
	// for the sparse spatial pass; nil with overflow when there are too
	// many to be worth listing (a photograph).
	spans    []span
	overflow bool
	spanY    int32 // the row being scanned
	spanX    int   // the pixel being added by addN, for semi-transparent pixels
	maxSpans int
	ycc      bool // keys are Y, Cb, Cr rather than R, G, B
	full     bool // hist was filled without touched: scan all of it

	// translucent tells that some pixel is neither opaque nor fully
	// transparent: its weight is a fraction (see wholeTally).
	translucent bool
	// alphaSeen tells that some pixel is not opaque (translucent or
	// fully transparent).
	alphaSeen bool
	// dense tells that scanYCbCr stopped early: the image takes the dense
	// pass (certainDense or denseByCount), and the histogram is incomplete.
	dense bool
	// cand tells, for denseByCount, by Y, Cb, Cr key, whether the bin
	// holds candidates (2) or not (1), or is not looked up yet (0): it
	// depends on the Measurer alone, so it is kept from image to image.
	cand *[1 << 18]uint8
}

// count adds n opaque pixels to a bin.
func (a *accumulator) count(key, n uint32) {
	if n == 0 {
		return
	}
	if a.hist[key] == 0 {
		a.touched = append(a.touched, key)
	}
	a.hist[key] += n
}

// countRGB adds n opaque pixels of the exact colour rgb (R | G<<8 | B<<16),
// which end before pixel x of the current row.
func (a *accumulator) countRGB(key, rgb, n uint32, x int) {
	if n == 0 {
		return
	}
	if a.m.hasPalette(key) {
		if i := a.m.exactIndex(key, rgb); i >= 0 {
			a.exact[i] += 255 * uint64(n)
			a.rowExact[i] += 255 * uint64(n)
			return
		}
	}
	a.rowClean = false
	a.addSpan(x-int(n), x)
	a.count(key, n)
}

// maxSpansPerPixel and maxSpans bound the spans listed (12 bytes each):
// beyond, the image is not flat art (a photograph makes a span of almost
// every pixel) and the dense pass reads it all anyway.
const (
	maxSpansPerPixel = 1.0 / 4
	maxSpans         = 1 << 20
)

// addSpan lists pixels x0 to x1 (excluded) of the current row as not
// exact palette colours.
func (a *accumulator) addSpan(x0, x1 int) {
	if a.overflow || !a.trackRows {
		return
	}
	if n := len(a.spans); n > 0 && a.spans[n-1].y == a.spanY && int(a.spans[n-1].x1) == x0 {
		a.spans[n-1].x1 = int32(x1)
		return
	}
	if len(a.spans) >= a.maxSpans {
		a.overflow, a.spans = true, a.spans[:0]
		return
	}
	a.spans = append(a.spans, span{y: a.spanY, x0: int32(x0), x1: int32(x1)})
}

// span is a run of pixels x0 ≤ x < x1 of row y, relative to the bounds.
type span struct{ y, x0, x1 int32 }

// endRow records whether row y was clean.
func (a *accumulator) endRow(y int) {
	a.dirty[y] = !a.rowClean
	if a.rowClean {
		for i, e := range a.rowExact {
			a.cleanExact[i] += e
		}
	}
	a.rowExact = [MaxColors]uint64{}
	a.rowClean = true
}

// reset clears what the last image touched, not the whole histogram.
func (a *accumulator) reset() {
	for _, k := range a.touched {
		a.hist[k] = 0
	}
	if a.full {
		a.hist = [1 << 18]uint32{}
	}
	a.touched = a.touched[:0]
	if a.alpha != nil {
		clear(a.alpha)
	}
	a.exact = [MaxColors]uint64{}
	a.cleanExact, a.rowExact = [MaxColors]uint64{}, [MaxColors]uint64{}
	a.trackRows, a.rowClean = false, true
	a.spans, a.overflow, a.spanY = a.spans[:0], false, 0
	a.ycc, a.full, a.translucent, a.dense, a.alphaSeen = false, false, false, false, false
}

func rgbKey(r, g, b uint8) uint32 { return uint32(r>>2)<<12 | uint32(g>>2)<<6 | uint32(b>>2) }

func pack(r, g, b uint8) uint32 { return uint32(r) | uint32(g)<<8 | uint32(b)<<16 }

// add counts one pixel by its straight (not premultiplied) colour.
func (a *accumulator) add(r, g, b, alpha uint8) { a.addN(r, g, b, alpha, 1) }

// addN counts n pixels of one straight colour.
func (a *accumulator) addN(r, g, b, alpha uint8, n uint32) {
	key := rgbKey(r, g, b)
	if alpha != 255 {
		a.alphaSeen = true
	}
	switch alpha {
	case 255:
		a.countRGB(key, pack(r, g, b), n, a.spanX+int(n))
	case 0:
	default:
		a.translucent = true
		if a.m.hasPalette(key) {
			if i := a.m.exactIndex(key, pack(r, g, b)); i >= 0 {
				a.exact[i] += uint64(alpha) * uint64(n)
				a.rowExact[i] += uint64(alpha) * uint64(n)
				return
			}
		}
		a.rowClean = false
		a.addSpan(a.spanX, a.spanX+int(n))
		if a.alpha == nil {
			a.alpha = make([]uint64, 1<<18)
		}
		a.alpha[key] += uint64(alpha) * uint64(n)
	}
}

// straight converts any colour as the generic path does.
func straight(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

func (m *Measurer) scan(img image.Image, acc *accumulator) {
	b := img.Bounds()
	if b.Empty() {
		return
	}
	switch im := img.(type) {
	case *image.YCbCr:
		acc.ycc = true
		scanYCbCr(im, acc)
	case *image.NRGBA:
		scanRGBA(im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), b.Dx(), b.Dy(), false, acc)
	case *image.RGBA:
		scanRGBA(im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), b.Dx(), b.Dy(), true, acc)
	case *image.Paletted:
		var counts [256]uint32
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for _, idx := range im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+1] {
				counts[idx]++
			}
		}
		for i, n := range counts {
			if n == 0 {
				continue
			}
			if i >= len(im.Palette) {
				// Out of the palette: At returns opaque black for these.
				acc.addN(0, 0, 0, 255, n)
				continue
			}
			c := straight(im.Palette[i])
			acc.addN(c.R, c.G, c.B, c.A, n)
		}
	case *image.Gray:
		var counts [256]uint32
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for _, v := range im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+1] {
				counts[v]++
			}
		}
		for v, n := range counts {
			acc.addN(uint8(v), uint8(v), uint8(v), 255, n)
		}
	case *image.Gray16:
		var counts [256]uint32
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+2]
			for i := 0; i+1 < len(row); i += 2 {
				counts[row[i]]++
			}
		}
		for v, n := range counts {
			acc.addN(uint8(v), uint8(v), uint8(v), 255, n)
		}
	case *image.NRGBA64:
		// 16-bit straight alpha: the high bytes when opaque (as
		// NRGBAModel rounds by shifting); the generic conversion otherwise.
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+8]
			for i := 0; i+7 < len(row); i += 8 {
				if row[i+6] == 0xff && row[i+7] == 0xff {
					acc.add(row[i], row[i+2], row[i+4], 255)
					continue
				}
				c := straight(im.NRGBA64At(b.Min.X+i/8, y))
				acc.add(c.R, c.G, c.B, c.A)
			}
		}
	case *image.CMYK:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+4]
			for i := 0; i+3 < len(row); i += 4 {
				r, g, bl := cmykToRGB(row[i], row[i+1], row[i+2], row[i+3])
				acc.add(r, g, bl, 255)
			}
		}
	default:
		// Any other image.Image: slower, but exact.
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				n := straight(img.At(x, y))
				acc.add(n.R, n.G, n.B, n.A)
			}
		}
	}
}

// scanRGBA counts 8-bit RGBA pixels (premultiplied or not). Neighbouring
// pixels are often identical: whole pixels are compared as one 32-bit word
// (four at a time, as two 64-bit words) and counted in runs, so the
// histogram is touched once per run. The pixels that are not palette
// colours are listed as they come, a span per row and stretch (the sparse
// pass's input).
func scanRGBA(pix []byte, stride, start, w, h int, premultiplied bool, acc *accumulator) {
	acc.trackRows, acc.rowClean = true, true
	acc.maxSpans = min(maxSpans, int(float64(w*h)*maxSpansPerPixel)+16)
	if cap(acc.dirty) >= h {
		acc.dirty = acc.dirty[:h]
	} else {
		acc.dirty = make([]bool, h)
	}
	checks := denseChecks(h, w*h)
	if len(checks) > 0 {
		// A walk over the touched bins costs less than scanning a tenth
		// of a megapixel: two more checks soon after a quarter of the
		// rows, which an image whose rows so far are nearly all
		// candidates passes (most wallpapers): 98.5 % of them for the
		// first, 94 % for the second.
		checks = append([]int{h*65/256 + 1, h*17/64 + 1}, checks...)
	}
	for y := range h {
		if len(checks) > 0 && y >= checks[0] {
			// Every check due by this row, once (on a short image the
			// early ones may fall on the rows of denseChecks').
			for len(checks) > 0 && checks[0] <= y {
				checks = checks[1:]
			}
			if acc.certainDense(w*h, false) {
				acc.dense = true
				rowsRGBA(pix, stride, start, w, y, h, premultiplied, acc)
				return
			}
		}
		acc.spanY = int32(y)
		scanRowRGBA(pix[start+y*stride:][:4*w], premultiplied, acc)
		acc.endRow(y)
	}
}

// runEnd returns the end of the run of pixel p that starts at pixel x of
// row: four pixels at a time, as two 64-bit words, while they repeat it.
func runEnd(row []byte, x int, p uint32) int {
	pair := uint64(p) | uint64(p)<<32
	// The rest of the row, re-sliced as the run goes (see alphas).
	rest := row[4*(x+1):]
	le := binary.LittleEndian
	for len(rest) >= 16 && le.Uint64(rest[:8]) == pair && le.Uint64(rest[8:16]) == pair {
		rest = rest[16:]
	}
	for len(rest) >= 4 && le.Uint32(rest[:4]) == p {
		rest = rest[4:]
	}
	return (len(row) - len(rest)) / 4
}

// scanRowRGBA counts one row of pixels (acc.spanY) by runs of one pixel,
// as addN would pixel by pixel. The row's pixels that are not palette
// colours make spans: a stretch of them is listed once, when it ends,
// which is what listing each run (addSpan joins touching ones) gives.
func scanRowRGBA(row []byte, premultiplied bool, acc *accumulator) {
	m, hist := acc.m, &acc.hist
	w := len(row) / 4
	spanStart := -1 // the start of the stretch of listed pixels, or -1
	// The last two palette colours met (as opaque pixels; none yet while
	// p is 0, not opaque): text and edges go back and forth between two,
	// known without a lookup.
	var seen [2]struct {
		p uint32
		i int
	}
	for x := 0; x < w; {
		// The next pixels read from one slice of the row (its length
		// tells how many there are), with fewer bounds checks.
		q := row[4*x:]
		p := binary.LittleEndian.Uint32(q)
		// A pixel unlike the next (photographs, dithering) or a short run
		// skips runEnd.
		x1 := x + 1
		if len(q) >= 8 && binary.LittleEndian.Uint32(q[4:8]) == p {
			x1++
			if len(q) >= 12 && binary.LittleEndian.Uint32(q[8:12]) == p {
				x1 = runEnd(row, x, p)
			}
		}
		n := uint32(x1 - x)
		a := p >> 24
		if a == 255 && (p == seen[0].p || p == seen[1].p) {
			i := seen[0].i
			if p == seen[1].p {
				i = seen[1].i
			}
			acc.exact[i] += 255 * uint64(n)
			acc.rowExact[i] += 255 * uint64(n)
			if spanStart >= 0 {
				acc.addSpan(spanStart, x)
				spanStart = -1
			}
			x = x1
			continue
		}
		if a == 0 {
			// Fully transparent: not counted, not listed.
			acc.alphaSeen = true
			if spanStart >= 0 {
				acc.addSpan(spanStart, x)
				spanStart = -1
			}
			x = x1
			continue
		}
		r, g, b := uint8(p), uint8(p>>8), uint8(p>>16)
		if a != 255 {
			acc.alphaSeen, acc.translucent = true, true
			if premultiplied {
				r, g, b = unpremultiply(r, uint8(a)), unpremultiply(g, uint8(a)), unpremultiply(b, uint8(a))
			}
		}
		key := rgbKey(r, g, b)
		if m.hasPalette(key) {
			if i := m.exactIndex(key, pack(r, g, b)); i >= 0 {
				acc.exact[i] += uint64(a) * uint64(n)
				acc.rowExact[i] += uint64(a) * uint64(n)
				if spanStart >= 0 {
					acc.addSpan(spanStart, x)
					spanStart = -1
				}
				if a == 255 {
					seen[0], seen[1] = seen[1], seen[0]
					seen[0].p, seen[0].i = p, i
				}
				x = x1
				continue
			}
		}
		if spanStart < 0 {
			spanStart, acc.rowClean = x, false
		}
		if a == 255 {
			if hist[key] == 0 {
				acc.touched = append(acc.touched, key)
			}
			hist[key] += n
		} else {
			// A run of one translucent pixel (a veil over an image):
			// counted at once, in integers.
			if acc.alpha == nil {
				acc.alpha = make([]uint64, 1<<18)
			}
			acc.alpha[key] += uint64(a) * uint64(n)
		}
		x = x1
	}
	if spanStart >= 0 {
		acc.addSpan(spanStart, w)
	}
}

// rowsRGBA finishes, from row y0 on, what the dense pass needs of the scan
// of an image certain to take it (see certainDense): which rows are dirty,
// the exact counts of the clean ones, and whether any pixel is not opaque
// or translucent. The histogram is of no more use: a row is dirty from its
// first pixel that is not a palette colour on, and only its alphas are
// looked at after that.
func rowsRGBA(pix []byte, stride, start, w, y0, h int, premultiplied bool, acc *accumulator) {
	m := acc.m
	for y := y0; y < h; y++ {
		row := pix[start+y*stride:][:4*w]
		x := 0
		for x < w {
			p := binary.LittleEndian.Uint32(row[4*x:])
			x1 := runEnd(row, x, p)
			n := uint64(x1 - x)
			a := p >> 24
			if a == 0 {
				acc.alphaSeen = true
				x = x1
				continue
			}
			r, g, b := uint8(p), uint8(p>>8), uint8(p>>16)
			if a != 255 {
				acc.alphaSeen, acc.translucent = true, true
				if premultiplied {
					r, g, b = unpremultiply(r, uint8(a)), unpremultiply(g, uint8(a)), unpremultiply(b, uint8(a))
				}
			}
			if key := rgbKey(r, g, b); m.hasPalette(key) {
				if i := m.exactIndex(key, pack(r, g, b)); i >= 0 {
					acc.rowExact[i] += uint64(a) * n
					x = x1
					continue
				}
			}
			acc.rowClean = false
			break
		}
		if !acc.rowClean && !(acc.alphaSeen && acc.translucent) {
			alphas(row[4*x:], acc)
		}
		acc.endRow(y)
	}
}

// alphas notes whether some pixel of row is not opaque, or translucent.
func alphas(row []byte, acc *accumulator) {
	// Eight pixels a turn while they are opaque: the row is walked by
	// re-slicing, which the compiler checks once a turn (indexing at i and
	// i+8 cost about 30 instructions per four pixels).
	const opaque = 0xff000000ff000000
	for ; len(row) >= 32; row = row[32:] {
		le := binary.LittleEndian
		if le.Uint64(row[:8])&le.Uint64(row[8:16])&le.Uint64(row[16:24])&le.Uint64(row[24:32])&opaque != opaque {
			break
		}
	}
	for i := 0; i+4 <= len(row); i += 4 {
		if a := row[i+3]; a != 255 {
			acc.alphaSeen = true
			if a != 0 {
				acc.translucent = true
			}
		}
	}
}

// unpremultiply divides a premultiplied 8-bit channel by alpha exactly as
// color.NRGBAModel does (through 16 bits, truncating), so the fast path and
// the generic one agree.
func unpremultiply(v, a uint8) uint8 {
	return uint8((uint32(v) * 0x101 * 0xffff / (uint32(a) * 0x101)) >> 8)
}

// scanYCbCr counts a JPEG's pixels by their Y, Cb, Cr without converting
// them to RGB.
func scanYCbCr(im *image.YCbCr, acc *accumulator) {
	b := im.Bounds()
	// Chroma sample step per pixel, as fixed shifts of the subsampling.
	var sx, sy uint
	switch im.SubsampleRatio {
	case image.YCbCrSubsampleRatio444:
	case image.YCbCrSubsampleRatio422:
		sx = 1
	case image.YCbCrSubsampleRatio420:
		sx, sy = 1, 1
	case image.YCbCrSubsampleRatio440:
		sy = 1
	default:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				yi, ci := im.YOffset(x, y), im.COffset(x, y)
				acc.count(uint32(im.Y[yi]>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2), 1)
			}
		}
		return
	}
	cx0 := b.Min.X >> sx
	hist := &acc.hist
	// Checkpoints (rows) where a large image may prove itself one for the
	// dense pass (a photograph), which needs no histogram: the scan stops.
	checks := denseChecks(b.Dy(), b.Dx()*b.Dy())
	if len(checks) > 0 && denseCount && acc.denseByCount(im, sx, sy) {
		acc.dense = true
		return
	}
	acc.full = true
	for y := b.Min.Y; y < b.Max.Y; y++ {
		if len(checks) > 0 && y-b.Min.Y == checks[0] {
			checks = checks[1:]
			if acc.certainDense(b.Dx()*b.Dy(), true) {
				acc.dense = true
				return
			}
		}
		yRow := im.Y[im.YOffset(b.Min.X, y):][:b.Dx()]
		cBase := (y>>sy-b.Min.Y>>sy)*im.CStride - cx0
		x := b.Min.X
		if sx == 1 && x&1 == 0 {
			// Two luma samples share one chroma sample: compute its part of
			// the key once.
			n := len(yRow) / 2
			cb := im.Cb[cBase+x>>1:][:n]
			cr := im.Cr[cBase+x>>1:][:n]
			for i := 0; i < n; i++ {
				// Flat areas: eight luma and four chroma samples that repeat
				// the first ones exactly count in one update.
				if i+4 <= n {
					y8 := uint64(yRow[2*i]) * 0x0101010101010101
					c4b := uint32(cb[i]) * 0x01010101
					c4r := uint32(cr[i]) * 0x01010101
					if binary.LittleEndian.Uint64(yRow[2*i:2*i+8]) == y8 &&
						binary.LittleEndian.Uint32(cb[i:i+4]) == c4b && binary.LittleEndian.Uint32(cr[i:i+4]) == c4r {
						hist[uint32(yRow[2*i]>>2)<<12|uint32(cb[i]>>2)<<6|uint32(cr[i]>>2)] += 8
						i += 3
						continue
					}
				}
				c := uint32(cb[i]>>2)<<6 | uint32(cr[i]>>2)
				y0, y1 := yRow[2*i]>>2, yRow[2*i+1]>>2
				if y0 == y1 {
					hist[uint32(y0)<<12|c] += 2 // flat areas: one update for the pair
					continue
				}
				hist[uint32(y0)<<12|c]++
				hist[uint32(y1)<<12|c]++
			}
			if len(yRow)%2 == 1 {
				ci := cBase + (b.Max.X-1)>>1
				hist[uint32(yRow[len(yRow)-1]>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2)]++
			}
			continue
		}
		// cBase may be negative (an odd left edge): index, do not re-slice.
		for _, yy := range yRow {
			ci := cBase + x>>sx
			hist[uint32(yy>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2)]++
			x++
		}
	}
}

// denseByCount tells whether a JPEG (of fixed chroma shifts sx, sy ≤ 1)
// is certain to take the dense pass, counting its candidate pixels row
// after row from the top, as certainDense counts those of the histogram,
// without a histogram: each pixel's bin is looked up in a table of one
// byte per bin (candidate or not, filled from the classification the
// histogram's bins would get), and the count is compared with the limit
// after every row. A photograph is certain once a quarter of its pixels
// are counted, the histogram's first check is at 5/16 of the rows, and the
// table is a quarter of the histogram's size, with no counter to update.
// Flat areas count eight pixels at once, as in scanYCbCr. It gives up
// (false: scan with the histogram) once fewer than two pixels in five of
// those counted are candidates, as in flat art, whose histogram is
// needed, or at the histogram's last check.
func (a *accumulator) denseByCount(im *image.YCbCr, sx, sy uint) bool {
	b := im.Bounds()
	w, h := b.Dx(), b.Dy()
	all := w * h
	limit := uint64(all)/4 + uint64(all)>>20 + 1 // certainDense's, in pixels
	if a.cand == nil {
		a.cand = new([1 << 18]uint8)
	}
	tab := a.cand
	cand := uint64(0)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		cand += a.rowCandidates(im, y, sx, sy, tab)
		if cand > limit {
			return true
		}
		rows := uint64(y - b.Min.Y + 1)
		if (rows*128 >= uint64(h) && cand*5 < rows*uint64(w)*2) || rows*8 >= uint64(h)*5 {
			return false
		}
	}
	return false
}

// rowCandidates returns the number of candidate pixels in row y of im,
// for denseByCount.
func (a *accumulator) rowCandidates(im *image.YCbCr, y int, sx, sy uint, tab *[1 << 18]uint8) uint64 {
	b := im.Bounds()
	cand := uint64(0)
	yRow := im.Y[im.YOffset(b.Min.X, y):][:b.Dx()]
	cBase := (y>>sy-b.Min.Y>>sy)*im.CStride - b.Min.X>>sx
	x := b.Min.X
	if sx == 1 && x&1 == 0 {
		// Pairs of pixels share a chroma sample (scanYCbCr's loop).
		n := len(yRow) / 2
		cb := im.Cb[cBase+x>>1:][:n]
		cr := im.Cr[cBase+x>>1:][:n]
		for i := 0; i < n; i++ {
			// Flat areas are looked for every fourth pair only: most
			// pairs of a photograph are not, and the test costs as much
			// as counting them.
			if i&3 == 0 && i+4 <= n {
				y8 := uint64(yRow[2*i]) * 0x0101010101010101
				c4b := uint32(cb[i]) * 0x01010101
				c4r := uint32(cr[i]) * 0x01010101
				if binary.LittleEndian.Uint64(yRow[2*i:2*i+8]) == y8 &&
					binary.LittleEndian.Uint32(cb[i:i+4]) == c4b && binary.LittleEndian.Uint32(cr[i:i+4]) == c4r {
					cand += 8 * a.isCandidate(tab, uint32(yRow[2*i]>>2)<<12|uint32(cb[i]>>2)<<6|uint32(cr[i]>>2))
					i += 3
					continue
				}
			}
			c := uint32(cb[i]>>2)<<6 | uint32(cr[i]>>2)
			cand += a.isCandidate(tab, uint32(yRow[2*i]>>2)<<12|c) + a.isCandidate(tab, uint32(yRow[2*i+1]>>2)<<12|c)
		}
		if len(yRow)%2 == 1 {
			ci := cBase + (b.Max.X-1)>>1
			cand += a.isCandidate(tab, uint32(yRow[len(yRow)-1]>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2))
		}
		return cand
	}
	if c0 := cBase + x; sx == 0 && c0 >= 0 {
		// A chroma sample per pixel (4:4:4, 4:4:0): the three rows side
		// by side, without an index worked out and checked per pixel.
		cb, cr := im.Cb[c0:][:len(yRow)], im.Cr[c0:][:len(yRow)]
		for i, yy := range yRow {
			cand += a.isCandidate(tab, uint32(yy>>2)<<12|uint32(cb[i]>>2)<<6|uint32(cr[i]>>2))
		}
		return cand
	}
	// cBase may be negative (an odd left edge): index, do not re-slice.
	for _, yy := range yRow {
		ci := cBase + x>>sx
		cand += a.isCandidate(tab, uint32(yy>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2))
		x++
	}
	return cand
}

// isCandidate is 1 when the pixels of Y, Cb, Cr bin key are candidates
// (certainDense), else 0, through tab, a.cand (passed apart, so that the
// call is inlined).
func (a *accumulator) isCandidate(tab *[1 << 18]uint8, key uint32) uint64 {
	if v := tab[key&(1<<18-1)]; v != 0 {
		return uint64(v >> 1)
	}
	return a.fillCandidate(key)
}

// fillCandidate classifies bin key for a.cand (2 for candidates, 1 for
// others) and returns isCandidate's answer.
func (a *accumulator) fillCandidate(key uint32) uint64 {
	v := uint8(1)
	if code := a.m.code(key, true); code == codeOff || code >= codeMix {
		v = 2
	}
	a.cand[key&(1<<18-1)] = v
	return uint64(v >> 1)
}

// denseCount lets scanYCbCr try denseByCount first; the tests and
// benchmarks turn it off to compare.
var denseCount = true

// denseCheckPixels is the size from which the scans look, on their way,
// whether the image is certain to take the dense pass: a walk over the
// histogram costs about as much as scanning a tenth of a megapixel.
var denseCheckPixels = 1 << 20

// denseChecks returns the rows (from the top) before which a scan of an
// image of h rows and all pixels looks whether the image is certain to take
// the dense pass: none for a small image. Before a quarter of the rows
// nothing is certain (see certainDense); a photograph is certain at the
// first check.
func denseChecks(h, all int) []int {
	if all < denseCheckPixels {
		return nil
	}
	return []int{h * 5 / 16, h * 3 / 8, h / 2, h * 5 / 8}
}

// certainDense tells whether the pixels counted so far (opaque ones by Y,
// Cb, Cr bin when ycc, else by RGB bin, and translucent ones by alpha) are
// more candidates (bins histTally counts as candidates) than sparseShare of
// all the image's pixels: then whatever the rest, the image takes the
// dense pass (all is at least the weight of its pixels), and the histogram
// is of no more use. The candidates are summed in integers (alphas, 255 an
// opaque pixel) and must pass the share by a margin far beyond the
// rounding of histTally's float sums (below a 2^-34th of all), so that the
// decision is the one histTally's would be.
func (a *accumulator) certainDense(all int, ycc bool) bool {
	limit := 255 * (uint64(all)/4 + uint64(all)>>20 + 1)
	cand := uint64(0)
	add := func(key uint32, w uint64) bool {
		if code := a.m.code(key, ycc); code == codeOff || code >= codeMix {
			cand += w
		}
		return cand > limit
	}
	if ycc {
		for key, n := range a.hist {
			if n != 0 && add(uint32(key), 255*uint64(n)) {
				return true
			}
		}
		return false
	}
	for _, key := range a.touched {
		if add(key, 255*uint64(a.hist[key])) {
			return true
		}
	}
	for key, w := range a.alpha {
		if w != 0 && add(uint32(key), w) {
			return true
		}
	}
	return false
}
