package measure

import (
	"encoding/binary"
	"image"
	"math"
	"math/bits"
)

// The spatial pass runs when the histogram finds pixels that are not exact
// palette colours: it looks at where they are. Two questions need the
// neighbourhood of a pixel, not only its colour:
//
//   - Is an in-between colour a blend? A pixel on the line between palette
//     colours A and B is their blend only where the image goes from A to B
//     around it: along one of four directions, the pixels at the same
//     distance on either side lie towards A on one side and towards B on
//     the other (an edge or a gradient), or, within two pixels, both lie
//     towards the same colour (a thin anti-aliased line). A flat block of an
//     in-between colour has neither and is off-palette.
//   - Is an area photographic? Cells of cellSize² pixels with many colours,
//     few of them equal to their neighbour, and not explained by one blend of
//     palette colours are busy; busy cells with busy neighbours, and the cells
//     they enclose, are photo.
//
// Only rows within reach of the current one are kept (a ring of rows), so
// the pass needs a few megabytes whatever the image size, plus a few numbers
// per cell.
const (
	cellSize = 16
	reach    = 64 // farthest neighbour the blend test looks at, in pixels
	ringRows = 2*reach + 2
)

// evidenceDistances are the distances at which the blend test compares the
// two sides of a pixel: 1–2 for anti-aliased edges, the longer ones for
// gradients whose colour changes by a level every few pixels.
var evidenceDistances = [...]int{1, 2, 4, 8, 16, 32, 64}

// marginLevels is how far, in 8-bit levels along the blend, the two sides
// must differ from the pixel to count as evidence: more than the noise of a
// JPEG at quality 80 in flat areas.
const marginLevels = 3

// pairInfo is the blend line between palette colours i and j.
type pairInfo struct {
	ar, ag, ab int32   // colour i, 8-bit
	dr, dg, db int32   // colour j minus colour i
	inv        float64 // 1 / |j − i|²
	margin     float64 // marginLevels as a fraction of the line
}

// cellStat gathers what decides whether a cell is photographic.
type cellStat struct {
	keys     [4]uint64 // set of hashed 6-bit colour keys
	n        uint32    // opaque pixels
	flat     uint32    // pixels equal to their left neighbour
	palette  uint32    // pixels within tolerance of a palette colour
	pairVote uint32    // Boyer–Moore majority vote over the blend pairs
	pairN    int32
	pairs    uint32 // pixels of the voted pair (counted after the vote settles)
	loL, hiL uint8  // darkest and lightest luma
	settled  uint8  // settledBusy or settledNotBusy: isBusy's answer, decided before the last samples
}

// pixel kinds for the mask.
const (
	kindPalette = iota + 1
	kindOff
	kindPhoto
)

type spatialPass struct {
	m     *Measurer
	rr    rowReader
	min   image.Point
	w, h  int
	n     int // palette colours
	pairs []pairInfo

	ring   *ring
	cols   *[ringRows][]uint32
	codes  *[ringRows][]uint16
	loaded int // rows read so far

	cw, ch   int
	stats    []cellStat
	photo    []bool         // cells in photo areas
	opaque   bool           // the image type has no alpha
	skipped  [ringRows]bool // ring rows not read: all photo, all opaque
	fringe   []bool         // cells beside a photo area: their off-palette pixels are the photo's edge
	anyPhoto bool           // some cell is photo
	photoOut bool           // anyPhoto, and photo areas are left out (PhotosExclude): position reads none of their pixels

	mask *image.NRGBA // nil unless a mask is asked for

	// dirty, when not nil, lists the rows that hold colours other than
	// exact palette colours: only they are tallied (and read with the rows
	// within reach); the caller adds the other rows' exact counts.
	dirty []bool
	near  []bool // rows within reach of a dirty row

	lastDir, lastDist int // where the blend test last found evidence

	// fused: the tally classifies each run of one colour itself
	// (tallyRowRuns) and the blend test classifies a neighbour from its
	// colour the first time it looks (the ring keeps the code from then
	// on). inPlace: the blend test reads neighbours from the image (NRGBA,
	// RGBA), so no ring is loaded at all: tallyRowRuns reads its row when
	// it tallies it, into the ring's first row.
	fused, inPlace bool

	sampC, sampCode uint32 // the colour sample last classified, and its code (0: none)

	// The colour and position of the pixel tallyRowRuns tests for a blend
	// in the ring (JPEG): position places a neighbour of that colour there
	// without classifying it (see sameBytes).
	testedC  uint32
	testedT  float64
	ringTest bool // tallyRowRuns tests pixels in the ring (fused, neither sparse nor in place): testedC is set, evidenceAt reads them with positionRing

	// lazy: a YCbCr image tallied by tallyRowRing. load only clears its
	// ring rows (0: not converted yet, a colour an opaque pixel never
	// has); a pixel is converted when the tally reads it, at the start of
	// a run of one Y'CbCr triple (the runs are found on the planes), or the
	// blend test looks at it (ringCol). Most pixels are neither.
	lazy bool

	sparse   bool                  // pixels are read from the image (sparse.go), not from the ring
	ycc      *image.YCbCr          // the image, when at may read it with the shifts below
	ysx, ysy uint                  // its chroma subsampling as shifts
	cand     *[1 << 18 / 64]uint64 // JPEG in the sparse pass: the candidate Y, Cb, Cr bins

	verdictCode []uint16 // per cell of the current cell row and slot: the class remembered
	verdict     []bool
	verdictRow  int

	// whole tells that every pixel weighs 0 or 1 (no translucent pixel):
	// tallyRowRuns counts in integers (wt).
	whole bool
	wt    *wholeTally
	fracW uint64 // palette colours whose weight has had a fraction added

	// mixed: an image read in place that has translucent pixels, whose
	// rows without one are tallied whole all the same (see mixedRow).
	mixed bool
	mix   *mixedState

	// pix, stride and pixOff give at the pixels of an NRGBA (rgbaKind 1)
	// or RGBA (rgbaKind 2) image without a type switch.
	pix      []byte
	stride   int
	pixOff   int
	rgbaKind uint8

	codeCache *[codeCacheSize]codeEntry      // codeTT by colour, direct-mapped
	edgeCache *[1 << edgeCacheBits]edgeEntry // edgeReading by colour, direct-mapped
	sampCache *sampleCache                   // the photo detector's, by colour
}

// codeCacheSize is the number of colours the sparse pass and the dense
// tally of NRGBA and RGBA images remember the code of: anti-aliased edges
// take a few hundred colours, seen again and again, and their neighbours
// are looked at by the blend test.
const (
	codeCacheBits = 12
	codeCacheSize = 1 << codeCacheBits
)

// code returns pixelCode(c) through the cache.
func (s *spatialPass) code(c uint32) uint32 {
	if s.rgbaKind == 0 {
		// JPEG: noisy colours seldom repeat exactly.
		return s.m.pixelCode(c)
	}
	code, _ := s.codeTT(c)
	return code
}

// codeEntry is a colour the sparse pass or the dense tally met, its code (plus 1; 0: empty
// entry) and, for a blend code, the colour's position on the pair's line
// (pairInfo.project).
type codeEntry struct {
	c, code uint32
	tt      float64
}

// codeTT returns pixelCode(c) and, when it is a blend code, c's position on
// its pair's line, through the cache: both depend on the colour alone.
func (s *spatialPass) codeTT(c uint32) (uint32, float64) {
	if s.rgbaKind == 0 {
		// JPEG: noisy colours seldom repeat exactly.
		return s.fillCode(c)
	}
	e := &s.codeCache[(c*0x9E3779B1)>>(32-codeCacheBits)]
	if e.code != 0 && e.c == c {
		return e.code - 1, e.tt
	}
	code, tt := s.fillCode(c)
	*e = codeEntry{c: c, code: code + 1, tt: tt}
	return code, tt
}

func (s *spatialPass) fillCode(c uint32) (uint32, float64) {
	code := s.m.pixelCode(c)
	if code < codeMix {
		return code, 0
	}
	return code, s.pairs[(code-codeMix)/mixSteps].project(c)
}

// wholeTally is a tally in whole pixels. Sums of whole numbers below 2⁵³
// are exact in floating point in any order, so counting them as integers
// and converting at the end gives the very sums that adding 1 per pixel
// gives.
type wholeTally struct {
	total, off, photo, photoArea uint64
	bins                         [4096][4]uint64 // off-palette pixels: count, sums of R, G, B
}

// addTo adds the sums of wt to those of t as tallyRowRuns would have
// added them pixel by pixel, in float64 (weights of 1, the pixels' R, G
// and B), after what t holds. The sums of whole pixels are added with
// addOnes; sums of R, G or B are added at once, exact when t's sum is a
// whole number, or when mixedRow saw to it that the exact sum stays below
// the range where its fraction would be rounded off (every partial sum is
// then exact too, as tallyRowRuns' adds are). With t's sums all 0 (a whole
// image), every add is exact.
func (wt *wholeTally) addTo(t *tally) {
	t.total = addOnes(t.total, wt.total)
	t.off = addOnes(t.off, wt.off)
	t.photo = addOnes(t.photo, wt.photo)
	t.photoArea = addOnes(t.photoArea, wt.photoArea)
	for i := range wt.bins {
		if b := &wt.bins[i]; b[0] != 0 {
			o := &t.offBins[i]
			if checkExactAdds {
				for k, x := range [3]float64{o.r, o.g, o.b} {
					if sum := x + float64(b[1+k]); sum-x != float64(b[1+k]) || sum-float64(b[1+k]) != x {
						panic("measure: a sum of R, G or B added with a rounding")
					}
				}
			}
			o.w = addOnes(o.w, b[0])
			o.r += float64(b[1])
			o.g += float64(b[2])
			o.b += float64(b[3])
		}
	}
}

// checkExactAdds makes wholeTally.addTo check, for the tests, that it adds
// sums of R, G and B exactly.
var checkExactAdds = false

// lowBit returns the exponent of the lowest bit set in x > 0 (0 for x ≤ 0):
// x is a multiple of 2^lowBit(x), and so is every number from x on that
// is a whole multiple of it below 2^(53+lowBit(x)), exactly representable.
func lowBit(x float64) int {
	if x <= 0 {
		return 0
	}
	b := math.Float64bits(x)
	e := int(b >> 52 & 0x7ff)
	m := b & (1<<52 - 1)
	if e == 0 {
		e = 1 // subnormal
	} else {
		m |= 1 << 52
	}
	return e - 1075 + bits.TrailingZeros64(m)
}

// addOnes returns x (≥ 0) after k additions of 1, one at a time, as a
// float64 sum of k pixels of weight 1 is: x + k exactly while that is
// representable, and a rounding at each power of 2 the sum then reaches.
func addOnes(x float64, k uint64) float64 {
	for k > 0 {
		// Every x + j below limit is exact.
		limit := math.Ldexp(1, 53+min(lowBit(x), 0))
		if x+float64(k) < limit {
			return x + float64(k)
		}
		// The first add that reaches limit is rounded: up to it, at once.
		m := uint64(math.Ceil(limit - x)) // limit - x is exact
		if m == 0 {
			// x ≥ 2⁵³ (no pixel count comes near): one by one.
			for range k {
				x++
			}
			return x
		}
		x += float64(m - 1)
		x++
		k -= m
	}
	return x
}

// slowTally makes Measure tally every pixel one by one (tallyRow), as the
// reference the tests compare tallyRowRuns with.
var slowTally = false

// generalTally makes Measure take tallyRowRuns for every image tallied by
// runs, as the reference the tests compare tallyRowInPlace and tallyRowRing
// with.
var generalTally = false

func (m *Measurer) newSpatial(img image.Image) *spatialPass {
	b := img.Bounds()
	s := &spatialPass{m: m, rr: rowReader{img: img}, min: b.Min, w: b.Dx(), h: b.Dy(), n: len(m.colors), pairs: m.pairs}
	s.cw, s.ch = (s.w+cellSize-1)/cellSize, (s.h+cellSize-1)/cellSize
	s.stats = make([]cellStat, s.cw*s.ch)
	switch img.(type) {
	case *image.YCbCr, *image.Gray, *image.Gray16, *image.CMYK:
		s.opaque = true
	}
	if im, ok := img.(*image.YCbCr); ok && b.Min.X >= 0 && b.Min.Y >= 0 && im.Rect.Min.X >= 0 && im.Rect.Min.Y >= 0 {
		switch im.SubsampleRatio {
		case image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
			image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410:
			s.ycc = im
			s.ysx = uint(chromaShift(im.SubsampleRatio))
			switch im.SubsampleRatio {
			case image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio410:
				s.ysy = 1
			}
		}
	}
	switch im := img.(type) {
	case *image.NRGBA:
		s.pix, s.stride, s.pixOff, s.rgbaKind = im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), 1
	case *image.RGBA:
		s.pix, s.stride, s.pixOff, s.rgbaKind = im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), 2
	}
	s.verdictCode = make([]uint16, s.cw*verdictSlots)
	s.verdict = make([]bool, s.cw*verdictSlots)
	s.verdictRow = -1
	select {
	case s.ring = <-m.rings:
	default:
		s.ring = new(ring)
	}
	s.cols, s.codes = &s.ring.cols, &s.ring.codes
	// The cache holds what depends on a colour alone, for this Measurer:
	// it stays valid from image to image.
	if s.ring.codeCache == nil {
		s.ring.codeCache = new([codeCacheSize]codeEntry)
	}
	s.codeCache = s.ring.codeCache
	if s.ring.edgeCache == nil {
		s.ring.edgeCache = new([1 << edgeCacheBits]edgeEntry)
	}
	s.edgeCache = s.ring.edgeCache
	return s
}

// ring holds the rows within reach of the current one, their colours and
// codes (for the dense tally of NRGBA and RGBA images, read in place, only
// the row being tallied), and the colour caches; kept between images, as
// the histograms are.
type ring struct {
	cols  [ringRows][]uint32
	codes [ringRows][]uint16
	whole *wholeTally

	codeCache *[codeCacheSize]codeEntry
	edgeCache *[1 << edgeCacheBits]edgeEntry
	sampCache *sampleCache
}

// size makes the first rows rows of the ring w pixels wide, their codes
// too when codes.
func (r *ring) size(w, rows int, codes bool) {
	for i := range rows {
		if cap(r.cols[i]) < w {
			r.cols[i] = make([]uint32, w)
		}
		r.cols[i] = r.cols[i][:w]
		if codes {
			if cap(r.codes[i]) < w {
				r.codes[i] = make([]uint16, w)
			}
			r.codes[i] = r.codes[i][:w]
		}
	}
}

// release gives the ring back to the Measurer.
func (s *spatialPass) release() {
	select {
	case s.m.rings <- s.ring:
	default:
	}
	s.ring, s.cols, s.codes = nil, nil, nil
}

// pairLines returns the blend lines between the palette colours.
func pairLines(exact []uint32) []pairInfo {
	pairs := make([]pairInfo, MaxColors*MaxColors)
	for i := range exact {
		for j := i + 1; j < len(exact); j++ {
			ar, ag, ab := unpack(exact[i])
			br, bg, bb := unpack(exact[j])
			p := pairInfo{ar: ar, ag: ag, ab: ab, dr: br - ar, dg: bg - ag, db: bb - ab}
			n2 := float64(p.dr*p.dr + p.dg*p.dg + p.db*p.db)
			if n2 > 0 {
				p.inv = 1 / n2
				p.margin = marginLevels / math.Sqrt(n2)
			}
			pairs[i*MaxColors+j] = p
		}
	}
	return pairs
}

func unpack(c uint32) (r, g, b int32) {
	return int32(c & 255), int32(c >> 8 & 255), int32(c >> 16 & 255)
}

// pixelCode classifies one packed colour as the histogram does: an exact
// palette colour first, else its bin.
func (m *Measurer) pixelCode(c uint32) uint32 {
	r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
	key := rgbKey(r, g, b)
	if m.hasPalette(key) {
		if i := m.exactIndex(key, c&0xffffff); i >= 0 {
			return uint32(i + 1)
		}
	}
	return m.code(key, false)
}

// codePhoto marks, in the ring, a pixel of a photo area that the tally
// skips; it is no evidence of a blend either.
const codePhoto = 0xffff

// load reads the next row into the ring and, for the reference tally and
// masks, classifies its pixels, except those of photo areas left out of the
// roles (the dense tally classifies its runs itself); a lazy ring's row is
// only cleared.
func (s *spatialPass) load() {
	y := s.loaded
	s.loaded++
	k := y % ringRows
	cols, codes := s.cols[k], s.codes[k]
	prow := s.photo[(y/cellSize)*s.cw:][:s.cw]
	skip := s.m.photos == PhotosExclude
	if s.near != nil && !s.near[y] {
		s.skipped[k] = true // far from any dirty row: never looked at
		return
	}
	if skip && s.opaque && s.mask == nil && allTrue(prow) {
		s.skipped[k] = true
		if !s.fused {
			// The dense tally's blend test tells photo pixels from their
			// cell (positionRing) and never reads these codes.
			for x := range codes {
				codes[x] = codePhoto // no evidence for the rows around
			}
		}
		return
	}
	s.skipped[k] = false
	if s.lazy {
		clear(cols) // converted when first read
		clear(codes)
		return
	}
	if s.fused {
		s.readRow(y, cols)
		clear(codes) // classified when the blend test first looks
		return
	}
	if skip && s.opaque && s.mask == nil {
		// The photo cells of an opaque image are only counted (tallyRow
		// takes them whole): read and classify the other cells alone.
		for cx := 0; cx < s.cw; {
			x0 := cx * cellSize
			if prow[cx] {
				for x := x0; x < min(s.w, x0+cellSize); x++ {
					codes[x] = codePhoto
				}
				cx++
				continue
			}
			cx1 := cx + 1
			for cx1 < s.cw && !prow[cx1] {
				cx1++
			}
			x1 := min(s.w, cx1*cellSize)
			s.rr.readAt(s.min.Y+y, x0, cols[x0:x1])
			s.m.classifyRow(cols[x0:x1], codes[x0:x1])
			cx = cx1
		}
		return
	}
	s.rr.read(s.min.Y+y, cols)
	if !skip || allFalse(prow) {
		s.m.classifyRow(cols, codes)
		return
	}
	prevC, prevCode := uint32(0), uint16(0)
	for x, c := range cols {
		switch {
		case c>>24 == 0:
			codes[x] = 0
		case prow[x/cellSize]:
			codes[x] = codePhoto
		case c == prevC && prevCode != 0:
			codes[x] = prevCode
		default:
			prevC, prevCode = c, uint16(s.m.pixelCode(c))
			codes[x] = prevCode
		}
	}
}

// readRow reads row y into cols for tallyRowRuns: the whole row, or,
// when the photo cells of an opaque image are counted unread, the other
// cells alone.
func (s *spatialPass) readRow(y int, cols []uint32) {
	if s.m.photos != PhotosExclude || !s.opaque || !s.anyPhoto {
		s.rr.read(s.min.Y+y, cols)
		return
	}
	prow := s.photo[(y/cellSize)*s.cw:][:s.cw]
	for cx := 0; cx < s.cw; {
		if prow[cx] {
			cx++
			continue
		}
		cx1 := cx + 1
		for cx1 < s.cw && !prow[cx1] {
			cx1++
		}
		x0, x1 := cx*cellSize, min(s.w, cx1*cellSize)
		s.rr.readAt(s.min.Y+y, x0, cols[x0:x1])
		cx = cx1
	}
}

// classifyRow writes the codes of the colours cols into codes: 0 for
// transparent pixels, pixelCode's for the others, computed once per run of
// one colour.
func (m *Measurer) classifyRow(cols []uint32, codes []uint16) {
	codes = codes[:len(cols)]
	prevC, prevCode := uint32(0), uint16(0)
	for x, c := range cols {
		switch {
		case c == prevC && prevCode != 0:
			codes[x] = prevCode
		case c>>24 == 0:
			codes[x] = 0
		default:
			prevC, prevCode = c, uint16(m.pixelCode(c))
			codes[x] = prevCode
		}
	}
}

func allFalse(b []bool) bool {
	for _, v := range b {
		if v {
			return false
		}
	}
	return true
}

func allTrue(b []bool) bool {
	for _, v := range b {
		if !v {
			return false
		}
	}
	return true
}

// findPhotos gathers the cells' statistics from every other pixel of every
// other row, and decides the photo areas.
func (s *spatialPass) findPhotos() {
	s.samplePhotos()
	s.decidePhotos()
}

// vote adds a sample of a blend of pair to the cell's majority vote.
func (st *cellStat) vote(pair uint32) {
	switch {
	case st.pairN == 0:
		st.pairVote, st.pairN = pair, 1
	case st.pairVote == pair:
		st.pairN++
	default:
		st.pairN--
	}
	if st.pairVote == pair {
		st.pairs++
	}
}

// voteN is k ≥ 1 calls of vote(pair) at once: a vote for another pair takes
// one from its count; once that is 0, pair takes over with the votes
// left, each counted in pairs, as is every vote for the pair voted.
func (st *cellStat) voteN(pair, k uint32) {
	switch n := uint32(st.pairN); {
	case n == 0 || st.pairVote == pair:
		st.pairVote, st.pairN = pair, int32(n+k)
		st.pairs += k
	case n >= k:
		st.pairN = int32(n - k)
	default:
		st.pairVote, st.pairN = pair, int32(k-n)
		st.pairs += k - n
	}
}

// sample adds one sampled pixel to its cell's statistics; prev is the
// sample to its left in the same cell when inCell.
func (s *spatialPass) sample(st *cellStat, c, prev uint32, inCell bool) {
	code := s.sampCode
	if c != s.sampC || code == 0 {
		code = s.code(c)
		s.sampC, s.sampCode = c, code
	}
	if st.n == 0 {
		st.loL = 255
	}
	st.n++
	r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
	h := rgbKey(r, g, b) * 0x9E3779B1 >> 24
	st.keys[h>>6] |= 1 << (h & 63)
	if inCell && prev == c {
		st.flat++
	}
	l := uint8((77*uint32(r) + 150*uint32(g) + 29*uint32(b)) >> 8)
	st.loL, st.hiL = min(st.loL, l), max(st.hiL, l)
	switch {
	case code == codeOff:
	case code < codeMix:
		st.palette++
	default:
		st.vote((code - codeMix) / mixSteps)
	}
}

// decidePhotos turns the cells' statistics into photo areas and their
// fringe.
func (s *spatialPass) decidePhotos() {
	busy := make([]bool, s.cw*s.ch)
	anyBusy := false
	for i := range busy {
		busy[i] = s.stats[i].isBusy()
		anyBusy = anyBusy || busy[i]
	}
	if !anyBusy {
		// No busy cell, no photo area (flat art): nothing more to find.
		s.photo, s.fringe = make([]bool, len(busy)), make([]bool, len(busy))
		return
	}
	cand := make([]bool, s.cw*s.ch)
	cnt := make([]uint8, s.cw*s.ch)
	s.neighbourCounts(busy, cnt)
	for ci, b := range busy {
		cand[ci] = b && cnt[ci] >= 3
	}
	s.photo = s.photoCells(cand, cnt)
	s.fringe = make([]bool, len(s.photo))
	if allFalse(s.photo) {
		return
	}
	s.anyPhoto = true
	s.photoOut = s.m.photos == PhotosExclude
	s.neighbourCounts(s.photo, cnt)
	for ci, p := range s.photo {
		s.fringe[ci] = !p && cnt[ci] > 0
	}
}

// isBusy tells whether a cell looks photographic: most of its pixels are
// not palette colours, they are not explained by the blend of one pair of
// palette colours (an edge, a gradient), they take several colours, and few
// repeat their neighbour exactly (flat graphics, even off-palette, do).
func (st *cellStat) isBusy() bool {
	switch st.settled {
	case settledBusy:
		return true
	case settledNotBusy, settledCovered:
		return false
	}
	if st.n < cellSize*cellSize/8 {
		return false
	}
	keys := 0
	for _, k := range st.keys {
		keys += bits.OnesCount64(k)
	}
	explained := st.palette + st.pairs
	if st.palette*2 >= st.n || st.flat*4 >= st.n*3 {
		return false
	}
	// Many colours with almost no exact repeat: texture, even when its
	// colours are near a blend of the palette (water in a blue brand).
	if keys >= 12 && st.flat*8 < st.n {
		return true
	}
	return explained*4 < st.n*3 && (keys >= 5 || st.hiL-st.loL >= 12)
}

// neighbourCounts writes, for every cell, how many of the eight cells
// around it are set: sums of three along each row, then of three such
// sums down each column, less the cell itself.
func (s *spatialPass) neighbourCounts(set []bool, cnt []uint8) {
	w := s.cw
	set, cnt = set[:w*s.ch], cnt[:w*s.ch]
	for y := range s.ch {
		row, out := set[y*w:][:w], cnt[y*w:][:w]
		left, cur := uint8(0), bit8(row[0])
		for x := range out {
			right := uint8(0)
			if x+1 < w {
				right = bit8(row[x+1])
			}
			out[x] = left + cur + right
			left, cur = cur, right
		}
	}
	// Down the columns, in place: above and here keep the row sums that
	// the rows above and the current one held before they were replaced.
	above, here := make([]uint8, w), make([]uint8, w)
	for y := range s.ch {
		out := cnt[y*w:][:w]
		copy(here, out)
		var below []uint8
		if y+1 < s.ch {
			below = cnt[(y+1)*w:][:w]
		}
		row := set[y*w:][:w]
		for x := range out {
			v := above[x] + here[x] - bit8(row[x])
			if below != nil {
				v += below[x]
			}
			out[x] = v
		}
		above, here = here, above
	}
}

// bit8 is 1 for true, 0 for false.
func bit8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// position returns where the pixel at (x, y) lies along the blend line of
// pair (i, j): 0 at colour i, 1 at colour j, clamped. Colours i and j count
// exactly; any other opaque colour by its projection on the line, so that a
// third palette colour beyond one end (white beyond light blue on the line
// from blue) still shows the direction of the edge. ok is false for
// transparent pixels and photo areas.
func (s *spatialPass) position(x, y int, i, j uint32, p *pairInfo) (float64, bool) {
	if s.sparse {
		switch {
		case s.rgbaKind != 0:
			return s.positionRGBA(x, y, i, j, p)
		case s.ycc != nil:
			return s.positionYCC(x, y, i, j, p)
		}
		return s.positionAt(x, y, i, j, p)
	}
	if s.inPlace {
		if s.rgbaKind != 0 {
			return s.positionRGBA(x, y, i, j, p)
		}
		return s.positionYCC(x, y, i, j, p)
	}
	// x and y are inside the image (see inside): the unsigned forms of
	// the divisions need no sign fix.
	k := uint(y) % ringRows
	if s.fused {
		return s.positionRing(x, y, k, s.ringCol(k, x, y), i, j, p)
	}
	code := uint32(s.codes[k][x])
	switch {
	case code == 0 || code == codePhoto:
		return 0, false
	case code == i+1:
		return 0, true
	case code == j+1:
		return 1, true
	}
	return p.project(s.cols[k][x]), true
}

// positionRing is position for the dense tally of an image read through
// the ring (fused): the pixel at (x, y), inside the image, is in ring row
// k, of colour c; its code is the ring's, as load would have written it.
func (s *spatialPass) positionRing(x, y int, k uint, c uint32, i, j uint32, p *pairInfo) (float64, bool) {
	// x and y are inside the image (see inside): the unsigned forms of
	// the divisions need no sign fix.
	if s.photoOut && s.photo[uint(y)/cellSize*uint(s.cw)+uint(x)/cellSize] {
		return 0, false
	}
	if c>>24 == 0 {
		return 0, false
	}
	if c == s.testedC && !noSameBytes {
		// The tested pixel's colour: its code, so its very position,
		// the one the test compares with, whatever the pair (0 or 1
		// only for palette colours, which are never tested).
		return s.testedT, true
	}
	// The ring keeps the code plus 1, from the first look on.
	code := uint32(s.codes[k][x])
	if code == 0 {
		code = s.m.pixelCode(c) + 1
		s.codes[k][x] = uint16(code)
	}
	switch code - 1 {
	case i + 1:
		return 0, true
	case j + 1:
		return 1, true
	}
	return p.project(c), true
}

// ringCol returns the colour of the pixel at (x, y), inside the image, in
// ring row k, converting it first when the ring is lazy and has not yet.
func (s *spatialPass) ringCol(k uint, x, y int) uint32 {
	c := s.cols[k][x]
	if c == 0 && s.lazy {
		c = s.convertRing(k, x, y)
	}
	return c
}

// convertRing converts the pixel at (x, y) into ring row k (lazy).
func (s *spatialPass) convertRing(k uint, x, y int) uint32 {
	c := s.yccAt(x, y)
	s.cols[k][x] = c
	return c
}

// project returns the position of colour c on the line, clamped to [0, 1].
func (p *pairInfo) project(c uint32) float64 {
	r, g, b := unpack(c)
	t := float64((r-p.ar)*p.dr+(g-p.ag)*p.dg+(b-p.ab)*p.db) * p.inv
	// min(1, max(0, t)) for a t that is never NaN, in two compares (-0
	// becomes 0, as max makes it).
	if !(t > 0) {
		t = 0
	}
	if t > 1 {
		t = 1
	}
	return t
}

var directions = [...][2]int{{1, 0}, {0, 1}, {1, 1}, {1, -1}}

// evidenceWithin tells whether the blend pixel at (x, y), at position t between
// palette colours i and j, sits where the image goes from one to the other.
// The direction and distance that last gave evidence are tried first:
// neighbouring pixels of an edge or a gradient find it in the same place.
// Neighbours are looked at up to maxDist pixels away.
//
// t is the pixel's own position (position would return it): every caller
// tests a pixel at its colour's projection on the line. So a neighbour of
// the very same bytes, read in place, sits at t, inside the margin, and
// gives no evidence: evidenceAt rejects it without classifying it (most
// neighbours of flat art and many of photographs).
func (s *spatialPass) evidenceWithin(x, y int, i, j uint32, t float64, p *pairInfo, maxDist int) bool {
	same := s.sameBytes(x, y)
	if s.lastDist != 0 && s.lastDist <= maxDist && s.inside(x, y, directions[s.lastDir], s.lastDist) &&
		s.evidenceAt(x, y, i, j, t, p, directions[s.lastDir], s.lastDist, same) {
		return true
	}
	for di, d := range directions {
		for _, dist := range evidenceDistances {
			if dist > maxDist || (d[1] != 0 && d[0] != 0 && dist > maxDiagonal) {
				break
			}
			if !s.inside(x, y, d, dist) {
				break // and farther
			}
			if s.evidenceAt(x, y, i, j, t, p, d, dist, same) {
				s.lastDir, s.lastDist = di, dist
				return true
			}
		}
	}
	return false
}

// sameBytes returns the bytes of the pixel at (x, y) when the image is
// read in place (NRGBA or RGBA) and they are its straight colour, the one
// position reads for a neighbour of the same bytes (NRGBA, or an opaque
// RGBA pixel); 0 otherwise, which no tested pixel has (alpha 0 is never
// tested).
func (s *spatialPass) sameBytes(x, y int) uint32 {
	if s.pix == nil || noSameBytes {
		return 0
	}
	c := binary.LittleEndian.Uint32(s.pix[s.pixOff+y*s.stride+4*x:])
	if s.rgbaKind == 2 && c>>24 != 255 {
		return 0
	}
	return c
}

// noSameBytes turns evidenceAt's rejection of neighbours of the tested
// pixel's bytes off: the reference the tests compare it with.
var noSameBytes = false

// cachedEvidence is evidence, remembered per cell and class of colour (pair
// and sixteenth of the way): the pixels of one class in one cell are the
// same edge, gradient step or flat area, so one test answers for all of
// them and the cost stays bounded on smooth photographs that were not
// recognised as such.
func (s *spatialPass) cachedEvidence(x, y int, code, i, j uint32, t float64, p *pairInfo, maxDist int) bool {
	slot, v, ok := s.verdictOf(x, y, code)
	if ok {
		return v
	}
	v = s.evidenceWithin(x, y, i, j, t, p, maxDist)
	s.verdictCode[slot], s.verdict[slot] = uint16(code), v
	return v
}

// verdictOf returns the slot of the verdict cache for class code at (x,
// y) and, when ok, the verdict it remembers.
func (s *spatialPass) verdictOf(x, y int, code uint32) (slot int, v, ok bool) {
	slot = (x/cellSize)*verdictSlots + int(code%verdictSlots)
	if cy := y / cellSize; s.verdictRow != cy {
		s.verdictRow = cy
		clear(s.verdictCode)
	}
	if s.verdictCode[slot] == uint16(code) {
		return slot, s.verdict[slot], true
	}
	return slot, false, false
}

// verdictIn is verdictOf for a pixel of cell column cx in the row of
// cells s.verdictRow, which the caller has made current.
func (s *spatialPass) verdictIn(cx int, code uint32) (slot int, v, ok bool) {
	slot = cx*verdictSlots + int(code%verdictSlots)
	if s.verdictCode[slot] == uint16(code) {
		return slot, s.verdict[slot], true
	}
	return slot, false, false
}

const verdictSlots = 64

// maxDiagonal is the farthest the blend test looks along diagonals: they
// serve anti-aliased edges at 45°, gradients are found along rows and
// columns.
const maxDiagonal = 2

// inside tells whether both neighbours of (x, y) at dist along d are
// inside the image.
func (s *spatialPass) inside(x, y int, d [2]int, dist int) bool {
	x1, y1 := x-d[0]*dist, y-d[1]*dist
	x2, y2 := x+d[0]*dist, y+d[1]*dist
	// Unsigned, a negative coordinate is past the end.
	return uint(x1) < uint(s.w) && uint(x2) < uint(s.w) && uint(y1) < uint(s.h) && uint(y2) < uint(s.h)
}

// evidenceAt is the test of evidence for one direction and distance, both
// neighbours inside the image (the caller checks: inside). same, when not 0, is the tested pixel's
// bytes (sameBytes): a first neighbour of those bytes sits at t; so does,
// in the ring, one of the tested colour (testedC, when ringTest).
func (s *spatialPass) evidenceAt(x, y int, i, j uint32, t float64, p *pairInfo, d [2]int, dist int, same uint32) bool {
	x1, y1 := x-d[0]*dist, y-d[1]*dist
	x2, y2 := x+d[0]*dist, y+d[1]*dist
	var s1 float64
	var ok1 bool
	switch {
	case same != 0:
		if binary.LittleEndian.Uint32(s.pix[s.pixOff+y1*s.stride+4*x1:]) == same {
			return false // inside the margin, or a photo area: no evidence
		}
		s1, ok1 = s.position(x1, y1, i, j, p)
	case s.ringTest:
		// The ring's row and colour, read once for both.
		k1 := uint(y1) % ringRows
		c1 := s.cols[k1][x1]
		if c1 == 0 && s.lazy {
			c1 = s.convertRing(k1, x1, y1)
		}
		if c1 == s.testedC && !noSameBytes {
			return false // the tested colour, at t (see position), without the call
		}
		s1, ok1 = s.positionRing(x1, y1, k1, c1, i, j, p)
	default:
		s1, ok1 = s.position(x1, y1, i, j, p)
	}
	if !ok1 {
		return false
	}
	m := p.margin
	lo1, hi1 := s1 < t-m, s1 > t+m
	if !lo1 && !hi1 {
		return false // no side of the pixel differs from it: whatever the other is
	}
	var s2 float64
	var ok2 bool
	if s.ringTest {
		k2 := uint(y2) % ringRows
		c2 := s.cols[k2][x2]
		if c2 == 0 && s.lazy {
			c2 = s.convertRing(k2, x2, y2)
		}
		s2, ok2 = s.positionRing(x2, y2, k2, c2, i, j, p)
	} else {
		s2, ok2 = s.position(x2, y2, i, j, p)
	}
	if !ok2 {
		return false
	}
	lo2, hi2 := s2 < t-m, s2 > t+m
	return (lo1 && hi2) || (hi1 && lo2) || (dist <= 2 && ((lo1 && lo2) || (hi1 && hi2)))
}

// tallyRow adds row y's pixels to the tally.
func (s *spatialPass) tallyRow(y int, t *tally) {
	k := y % ringRows
	cy := y / cellSize
	if s.skipped[k] {
		// All photo, all opaque: only the area counts.
		w := float64(s.w)
		t.total += w
		t.photoArea += w
		t.photo += w
		return
	}
	cols, codes := s.cols[k], s.codes[k]
	exclude := s.m.photos == PhotosExclude
	// load left the photo cells of an opaque image unread: whole cells of
	// weight 1 (sums of whole numbers, exact in any order).
	wholePhoto := exclude && s.opaque && s.mask == nil
	prow := s.photo[cy*s.cw:][:s.cw]
	runBlend, runValid := false, false
	var res edgeReading
	// The sums in registers, added in the same order as before.
	total, photoArea, photo := t.total, t.photoArea, t.photo
	for x := 0; x < len(cols); x++ {
		c := cols[x]
		if x%cellSize == 0 {
			runValid = false // the photo areas change at cell borders
			if wholePhoto && prow[x/cellSize] {
				n := float64(min(cellSize, len(cols)-x))
				total += n
				photoArea += n
				photo += n
				x += cellSize - 1
				continue
			}
		}
		code := uint32(codes[x])
		if code == 0 {
			runValid = false
			continue
		}
		ci := cy*s.cw + x/cellSize
		w := alphaWeight[c>>24]
		total += w
		kind := kindPalette
		if s.photo[ci] {
			photoArea += w
			if exclude {
				photo += w
				if s.mask != nil {
					s.paint(x, y, c, kindPhoto)
				}
				continue
			}
		}
		switch {
		case code < codeMix && code != codeOff:
			t.weights[code-1] += w
		case code == codeOff:
			kind = kindOff
			// A JPEG edge: chroma subsampling moves the colours of an edge
			// off the blend line, not their luma.
			if s.photo[ci] {
				break
			}
			res.read(s, c)
			if res.ok {
				pair, tt, pt := res.pair, res.tt, res.pt
				i, j := pair/MaxColors, pair%MaxColors
				// The evidence compares positions on the line, as for
				// the neighbours; the split follows the luma.
				p := &s.pairs[pair]
				if s.cachedEvidence(x, y, res.code, i, j, pt, p, 2) {
					t.weights[i] += w * (1 - tt)
					t.weights[j] += w * tt
					kind = kindPalette
				}
			}
		default:
			pair := (code - codeMix) / mixSteps
			i, j := pair/MaxColors, pair%MaxColors
			p := &s.pairs[pair]
			tt := p.project(c)
			// A pixel of the same class as its left neighbour (same pair,
			// same sixteenth of the way) gets its verdict: runs are
			// tested once. Photo areas measured with the rest take blends
			// on trust, as they always did.
			blend := runBlend
			if x == 0 || codes[x-1] != codes[x] || !runValid {
				blend = s.photo[ci] || s.cachedEvidence(x, y, code, i, j, tt, p, reach)
			}
			runBlend, runValid = blend, true
			if blend {
				t.weights[i] += w * (1 - tt)
				t.weights[j] += w * tt
			} else {
				kind = kindOff
			}
		}
		if kind == kindOff && s.fringe[ci] {
			// The photo's edge, in a cell it only partly covers.
			photoArea += w
			if exclude {
				photo += w
				kind = kindPhoto
			}
		}
		if kind == kindOff {
			t.addOff(w, float64(c&255), float64(c>>8&255), float64(c>>16&255))
		}
		if s.mask != nil {
			s.paint(x, y, c, kind)
		}
	}
	t.total, t.photoArea, t.photo = total, photoArea, photo
}

// tallyRowRuns is tallyRow for images without a mask, by runs of one
// colour in one cell: the pixels of a run are classified once, here rather
// than in a pass of their own (load), and each of the tally's sums receives
// their adds one after the other, in tallyRow's order for that sum, so
// every sum is the very one tallyRow makes. A run's blend verdict is
// tallyRow's: tested at a pixel whose class differs from its left
// neighbour's, or that starts a cell, and remembered per cell and class.
//
// With whole (no translucent pixel: every pixel weighs 1) total, off,
// photo and the off-palette bins are counted as integers (wholeTally), and
// a palette colour's weight takes a run's count at once while every sum
// along the way is exact (addWhole). Otherwise each pixel's weight is
// added once per pixel, as tallyRow does, in a tight loop.
func (s *spatialPass) tallyRowRuns(y int, t *tally, whole bool) {
	k := y % ringRows
	cy := y / cellSize
	wt := s.wt
	exclude := s.m.photos == PhotosExclude
	wholePhoto := exclude && s.opaque
	prow := s.photo[cy*s.cw:][:s.cw]
	skipped := s.skipped[k]
	if s.inPlace {
		// Nothing loaded: the row is read now, unless it is all photo
		// and counted unread.
		skipped = wholePhoto && allTrue(prow)
	}
	if skipped {
		if whole {
			w := uint64(s.w)
			wt.total += w
			wt.photoArea += w
			wt.photo += w
			return
		}
		w := float64(s.w)
		t.total += w
		t.photoArea += w
		t.photo += w
		return
	}
	cols, codes := s.cols[k], s.codes[k]
	// pix, when not nil, is the row in the image, read in place: NRGBA,
	// and RGBA without translucent pixels, whose bytes are the straight
	// colour that rowReader.read would write into cols.
	var pix []byte
	if s.inPlace {
		if s.rgbaKind == 1 || whole {
			pix = s.pix[s.pixOff+y*s.stride:][:4*s.w]
		} else {
			cols = s.cols[0]
			s.readRow(y, cols)
		}
	}
	frow := s.fringe[cy*s.cw:][:s.cw]
	runBlend, runValid := false, false
	var res edgeReading
	// The code of the colour last classified (lastC 0: none; a colour of
	// alpha 0 is never classified), and of the run before in the cell.
	lastC, lastCode, prevCode := uint32(0), uint32(0), uint32(0)
	lastTT := 0.0 // lastC's position on its blend line (-1: not worked out yet)
	// Whole: every pixel of the row but the transparent ones counts in
	// total, as one.
	var transparent, photoArea, photo uint64
	ftotal, fphotoArea, fphoto := t.total, t.photoArea, t.photo // not whole
	// flatBefore: the cell before was one run of one colour (a guess
	// of which way finds runs faster: either finds the same).
	flatBefore := false
	// The verdict cache holds the cells of row y's row of cells
	// (verdictOf, once for the row: verdictIn).
	if cy != s.verdictRow {
		s.verdictRow = cy
		clear(s.verdictCode)
	}
	for cx := range s.cw {
		x0, x1 := cx*cellSize, min(s.w, (cx+1)*cellSize)
		photoCell, fringe := prow[cx], frow[cx]
		runValid = false // the photo areas change at cell borders
		if wholePhoto && photoCell {
			// Unread; s.opaque, so whole.
			n := uint64(x1 - x0)
			photoArea += n
			photo += n
			continue
		}
		// The cell's runs of one colour, as the bits of the pixels that
		// differ from the one before (runStarts): found without a branch
		// per run, whose end photographs' irregular runs make hard to
		// guess. After a cell of one colour (flat art) of an image read in
		// place, the run is followed four pixels at a time (cellRunEnd): a
		// loop well guessed there, and cheaper. Rows in the ring always
		// take the mask: unrolled, it costs less than following a run
		// pixel by pixel.
		var starts uint32
		byMask := !flatBefore || pix == nil
		switch {
		case !byMask:
		case x1-x0 != cellSize:
			starts = runStarts(pix, cols, x0, x1)
		case pix != nil:
			// A whole cell (every cell of a row but the last), unrolled.
			starts = runStarts16(pix[4*x0:][:4*cellSize])
		default:
			starts = runStartsCols16(cols[x0:][:cellSize])
		}
		// byMask: one run when starts is 1; otherwise the first run tells.
		flatBefore = starts == 1
		for x := x0; x < x1; {
			// The run of c in this cell: its pixels have one code. (pix
			// is nil or not for the whole image: a branch well guessed.)
			var c uint32
			var e int
			if byMask {
				// The lowest bit is x's: the next one, the run's end.
				starts &= starts - 1
				e = x1
				if starts != 0 {
					e = x0 + bits.TrailingZeros32(starts)
				}
				if pix != nil {
					c = binary.LittleEndian.Uint32(pix[4*x:])
				} else {
					c = cols[x]
				}
			} else {
				c = binary.LittleEndian.Uint32(pix[4*x:])
				e = cellRunEnd(pix, x, x1, c)
				flatBefore = x == x0 && e == x1
			}
			n := uint64(e - x)
			if c>>24 == 0 {
				transparent += n
				runValid = false
				x = e
				continue
			}
			w := 1.0
			if !whole {
				w = alphaWeight[c>>24]
				addN(&ftotal, w, n)
			}
			if photoCell {
				if whole {
					photoArea += n
				} else {
					addN(&fphotoArea, w, n)
				}
				if exclude {
					if whole {
						photo += n
					} else {
						addN(&fphoto, w, n)
					}
					x = e
					continue
				}
			}
			code, tt := lastCode, lastTT
			if c != lastC {
				if !s.inPlace {
					// The ring's code: the blend test may have classified
					// the pixel, and will find it classified.
					if rc := codes[x]; rc != 0 {
						code = uint32(rc) - 1
					} else {
						// pixelCode, its common case inlined (as in
						// sampleInfo): a colour outside the palette
						// colours' bins, its bin classified already.
						key := (c&255)>>2<<12 | (c>>8&255)>>2<<6 | (c>>16&255)>>2
						code = s.m.rgbTable[key].Load() - 1
						if s.m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
							code = s.m.pixelCode(c)
						}
						codes[x] = uint16(code + 1)
					}
					// A blend's position is worked out when a test or
					// the tally needs it (-1 until then): most runs of
					// a class whose verdict the cell remembers as false
					// do not.
					tt = -1
				} else if e := &s.codeCache[(c*0x9E3779B1)>>(32-codeCacheBits)]; e.code != 0 && e.c == c {
					// codeTT, with the cache probed inline.
					code, tt = e.code-1, e.tt
				} else {
					// fillCode, pixelCode's common case inlined as above.
					key := (c&255)>>2<<12 | (c>>8&255)>>2<<6 | (c>>16&255)>>2
					code = s.m.rgbTable[key].Load() - 1
					if s.m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
						code = s.m.pixelCode(c)
					}
					tt = 0
					if code >= codeMix {
						tt = s.pairs[(code-codeMix)/mixSteps].project(c)
					}
					*e = codeEntry{c: c, code: code + 1, tt: tt}
				}
				lastC, lastCode, lastTT = c, code, tt
			}
			before := prevCode
			prevCode = code
			off := false
			switch {
			case code < codeMix && code != codeOff:
				if whole {
					s.addWhole(t, code-1, n)
				} else {
					addN(&t.weights[code-1], w, n)
				}
			case code == codeOff:
				off = true
				if photoCell {
					break
				}
				if c != res.c {
					// read, its cache probed inline.
					if e := &s.edgeCache[(c*0x9E3779B1)>>(32-edgeCacheBits)]; e.c == c {
						res.c, res.ok = c, e.pair != 0
						res.pair, res.code, res.tt, res.pt = e.pair-1, e.code, e.tt, e.pt
					} else {
						res.read(s, c)
					}
				}
				if res.ok {
					pair := res.pair
					i, j := pair/MaxColors, pair%MaxColors
					// The verdict, remembered per cell and class, is the
					// same for every pixel of the run (cachedEvidence,
					// inlined).
					slot, v, ok := s.verdictIn(cx, res.code)
					if !ok {
						s.testedC, s.testedT = c, res.pt
						v = s.evidenceWithin(x, y, i, j, res.pt, &s.pairs[pair], 2)
						s.verdictCode[slot], s.verdict[slot] = uint16(res.code), v
					}
					if v {
						s.addPair(t, i, j, w*(1-res.tt), w*res.tt, n)
						off = false
					}
				}
			default:
				pair := (code - codeMix) / mixSteps
				i, j := pair/MaxColors, pair%MaxColors
				p := &s.pairs[pair]
				blend := runBlend
				if before != code || !runValid {
					blend = photoCell
					if !blend {
						slot, v, ok := s.verdictIn(cx, code)
						if !ok {
							if tt < 0 {
								tt = p.project(c)
								lastTT = tt
							}
							s.testedC, s.testedT = c, tt
							v = s.evidenceWithin(x, y, i, j, tt, p, reach)
							s.verdictCode[slot], s.verdict[slot] = uint16(code), v
						}
						blend = v
					}
				}
				runBlend, runValid = blend, true
				if blend {
					if tt < 0 {
						tt = p.project(c)
						lastTT = tt
					}
					s.addPair(t, i, j, w*(1-tt), w*tt, n)
				} else {
					off = true
				}
			}
			x = e
			if !off {
				continue
			}
			if fringe {
				// The photo's edge, in a cell it only partly covers.
				if whole {
					photoArea += n
				} else {
					addN(&fphotoArea, w, n)
				}
				if exclude {
					if whole {
						photo += n
					} else {
						addN(&fphoto, w, n)
					}
					continue
				}
			}
			r, g, b := c&255, c>>8&255, c>>16&255
			bin := r>>4<<8 | g>>4<<4 | b>>4
			if whole {
				wt.off += n
				b4 := &wt.bins[bin]
				b4[0] += n
				b4[1] += n * uint64(r)
				b4[2] += n * uint64(g)
				b4[3] += n * uint64(b)
				continue
			}
			o := &t.offBins[bin]
			fo, ow, or, og, ob := t.off, o.w, o.r, o.g, o.b
			wr, wg, wb := w*float64(r), w*float64(g), w*float64(b)
			for range n {
				fo += w
				ow += w
				or += wr
				og += wg
				ob += wb
			}
			t.off, o.w, o.r, o.g, o.b = fo, ow, or, og, ob
		}
	}
	if whole {
		wt.total += uint64(s.w) - transparent
		wt.photoArea += photoArea
		wt.photo += photo
		return
	}
	t.total, t.photoArea, t.photo = ftotal, fphotoArea, fphoto
}

// tallyRowInPlace is tallyRowRuns for an image read in place (NRGBA, RGBA)
// with whole: the same runs, classes, verdicts and sums, in a loop of its
// own without the tests of the other cases (the ring's codes, weights
// below 1), whose values would not fit in registers with the rest: the
// general loop keeps reloading them from the stack. For the same reason
// the area and photo counts go straight to s.wt (integers: the order of
// their adds does not matter), and a JPEG edge's reading is looked up in
// its cache for every run.
func (s *spatialPass) tallyRowInPlace(y int, t *tally) {
	cy := y / cellSize
	wt := s.wt
	exclude := s.m.photos == PhotosExclude
	wholePhoto := exclude && s.opaque
	prow := s.photo[cy*s.cw:][:s.cw]
	if wholePhoto && allTrue(prow) {
		w := uint64(s.w)
		wt.total += w
		wt.photoArea += w
		wt.photo += w
		return
	}
	pix := s.pix[s.pixOff+y*s.stride:][:4*s.w]
	frow := s.fringe[cy*s.cw:][:s.cw]
	runBlend, runValid := false, false
	lastC, lastCode, prevCode := uint32(0), uint32(0), uint32(0)
	lastTT := 0.0
	flatBefore := false
	if cy != s.verdictRow {
		s.verdictRow = cy
		clear(s.verdictCode)
	}
	for cx := range s.cw {
		x0, x1 := cx*cellSize, min(s.w, (cx+1)*cellSize)
		photoCell := prow[cx]
		runValid = false
		if wholePhoto && photoCell {
			n := uint64(x1 - x0)
			wt.total += n
			wt.photoArea += n
			wt.photo += n
			continue
		}
		if photoCell && exclude {
			// Left out of the roles, as the loop below would leave each
			// of its runs, touching nothing but these counts: its pixels
			// that are not transparent.
			n := uint64(shownIn(pix[4*x0 : 4*x1]))
			wt.total += n
			wt.photoArea += n
			wt.photo += n
			flatBefore = false
			continue
		}
		var starts uint32
		byMask := !flatBefore
		switch {
		case !byMask:
		case x1-x0 != cellSize:
			starts = runStarts(pix, nil, x0, x1)
		default:
			// runStarts16, written out: as a call, at every cell, it
			// would make the loop store its values and load them back.
			row := pix[4*x0:][:4*cellSize]
			const low31 = 0x7fffffff_7fffffff
			nz := func(k int) uint64 {
				x := binary.LittleEndian.Uint64(row[8*k:]) ^ binary.LittleEndian.Uint64(row[8*k+4:])
				return ((x&low31 + low31) | x) &^ low31
			}
			acc := nz(0)>>30 | nz(1)>>28 | nz(2)>>26 | nz(3)>>24 | nz(4)>>22 | nz(5)>>20 | nz(6)>>18
			last := uint64(binary.LittleEndian.Uint32(row[56:]) ^ binary.LittleEndian.Uint32(row[60:]))
			acc |= ((last&low31 + low31) | last) & (1 << 31) >> 16
			starts = 1 | uint32(acc) | uint32(acc>>31)
		}
		flatBefore = starts == 1
		for x := x0; x < x1; {
			c := binary.LittleEndian.Uint32(pix[4*x:])
			var e int
			if byMask {
				starts &= starts - 1
				e = x1
				if starts != 0 {
					e = x0 + bits.TrailingZeros32(starts)
				}
			} else {
				e = cellRunEnd(pix, x, x1, c)
				flatBefore = x == x0 && e == x1
			}
			n := uint64(e - x)
			if c>>24 == 0 {
				runValid = false
				x = e
				continue
			}
			wt.total += n
			if photoCell {
				wt.photoArea += n
				if exclude {
					wt.photo += n
					x = e
					continue
				}
			}
			code, tt := lastCode, lastTT
			if c != lastC {
				if e := &s.codeCache[(c*0x9E3779B1)>>(32-codeCacheBits)]; e.code != 0 && e.c == c {
					code, tt = e.code-1, e.tt
				} else {
					key := (c&255)>>2<<12 | (c>>8&255)>>2<<6 | (c>>16&255)>>2
					code = s.m.rgbTable[key].Load() - 1
					if s.m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
						code = s.m.pixelCode(c)
					}
					tt = 0
					if code >= codeMix {
						tt = s.pairs[(code-codeMix)/mixSteps].project(c)
					}
					*e = codeEntry{c: c, code: code + 1, tt: tt}
				}
				lastC, lastCode, lastTT = c, code, tt
			}
			before := prevCode
			prevCode = code
			off := false
			switch {
			case code < codeMix && code != codeOff:
				s.addWhole(t, code-1, n)
			case code == codeOff:
				off = true
				if photoCell {
					break
				}
				// The reading is looked up in its cache for every run
				// (tallyRowRuns keeps the last in an edgeReading, six more
				// values for the loop to carry).
				re := &s.edgeCache[(c*0x9E3779B1)>>(32-edgeCacheBits)]
				if re.c != c {
					s.fillEdge(re, c)
				}
				if re.pair != 0 {
					pair, rcode, tt, pt := re.pair-1, re.code, re.tt, re.pt
					i, j := pair/MaxColors, pair%MaxColors
					slot, v, ok := s.verdictIn(cx, rcode)
					if !ok {
						s.testedC, s.testedT = c, pt
						v = s.evidenceWithin(x, y, i, j, pt, &s.pairs[pair], 2)
						s.verdictCode[slot], s.verdict[slot] = uint16(rcode), v
					}
					if v {
						// A weight of 1: 1·(1−tt) and 1·tt are tallyRowRuns'
						// products, exactly.
						s.addPair(t, i, j, 1-tt, tt, n)
						off = false
					}
				}
			default:
				pair := (code - codeMix) / mixSteps
				i, j := pair/MaxColors, pair%MaxColors
				p := &s.pairs[pair]
				blend := runBlend
				if before != code || !runValid {
					blend = photoCell
					if !blend {
						slot, v, ok := s.verdictIn(cx, code)
						if !ok {
							s.testedC, s.testedT = c, tt
							v = s.evidenceWithin(x, y, i, j, tt, p, reach)
							s.verdictCode[slot], s.verdict[slot] = uint16(code), v
						}
						blend = v
					}
				}
				runBlend, runValid = blend, true
				if blend {
					s.addPair(t, i, j, 1-tt, tt, n)
				} else {
					off = true
				}
			}
			x = e
			if !off {
				continue
			}
			if frow[cx] {
				wt.photoArea += n
				if exclude {
					wt.photo += n
					continue
				}
			}
			r, g, b := c&255, c>>8&255, c>>16&255
			wt.off += n
			b4 := &wt.bins[r>>4<<8|g>>4<<4|b>>4]
			b4[0] += n
			b4[1] += n * uint64(r)
			b4[2] += n * uint64(g)
			b4[3] += n * uint64(b)
		}
	}
}

// translucentIn tells whether some pixel of px (8-bit RGBA) is neither
// opaque nor transparent: eight pixels at a time while they are all opaque.
func translucentIn(px []byte) bool {
	const opaque = 0xff000000ff000000 // two pixels' alphas
	for ; len(px) >= 32; px = px[32:] {
		le := binary.LittleEndian
		if le.Uint64(px[:8])&le.Uint64(px[8:16])&le.Uint64(px[16:24])&le.Uint64(px[24:32])&opaque != opaque {
			for i := 3; i < 32; i += 4 {
				if a := px[i]; a != 0 && a != 255 {
					return true
				}
			}
		}
	}
	for ; len(px) >= 4; px = px[4:] {
		if a := px[3]; a != 0 && a != 255 {
			return true
		}
	}
	return false
}

// shownIn returns the number of pixels of px (8-bit RGBA, none of them
// translucent) that are not transparent: those whose alpha is 255.
func shownIn(px []byte) int {
	const high = 0x80000000_80000000 // the alphas' high bits
	n := 0
	for ; len(px) >= 8; px = px[8:] {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(px) & high)
	}
	if len(px) >= 4 {
		n += int(px[3] >> 7)
	}
	return n
}

// tallyRowRing is tallyRowInPlace for rows in the ring (JPEG, WebP and
// the other images not read in place) with whole: tallyRowRuns' runs,
// classes, verdicts and sums. A lazy ring's row (Y'CbCr) is converted here,
// a run's first pixel alone (yccRow.cell).
func (s *spatialPass) tallyRowRing(y int, t *tally) {
	k := y % ringRows
	cy := y / cellSize
	wt := s.wt
	exclude := s.m.photos == PhotosExclude
	wholePhoto := exclude && s.opaque
	prow := s.photo[cy*s.cw:][:s.cw]
	if s.skipped[k] {
		w := uint64(s.w)
		wt.total += w
		wt.photoArea += w
		wt.photo += w
		return
	}
	cols, codes := s.cols[k][:s.w], s.codes[k][:s.w]
	frow := s.fringe[cy*s.cw:][:s.cw]
	runBlend, runValid := false, false
	lastC, lastCode, prevCode := uint32(0), uint32(0), uint32(0)
	lastTT := 0.0
	lazy := s.lazy
	var yr yccRow
	if lazy {
		yr = s.yccRowAt(y)
	}
	if cy != s.verdictRow {
		s.verdictRow = cy
		clear(s.verdictCode)
	}
	for cx := range s.cw {
		x0, x1 := cx*cellSize, min(s.w, (cx+1)*cellSize)
		photoCell := prow[cx]
		runValid = false
		if wholePhoto && photoCell {
			n := uint64(x1 - x0)
			wt.total += n
			wt.photoArea += n
			wt.photo += n
			continue
		}
		var starts uint32
		switch {
		case lazy:
			// Each run's first pixel converted (see yccRow.cell).
			starts = yr.cell(cols, x0, x1)
		case x1-x0 != cellSize:
			starts = runStarts(nil, cols, x0, x1)
		default:
			// runStartsCols16, written out (see tallyRowInPlace).
			row := cols[x0:][:cellSize]
			d := func(i int) uint32 { return uint32(b2u(row[i] != row[i-1])) << i }
			starts = 1 | d(1) | d(2) | d(3) | d(4) | d(5) | d(6) | d(7) | d(8) |
				d(9) | d(10) | d(11) | d(12) | d(13) | d(14) | d(15)
		}
		for x := x0; x < x1; {
			c := cols[x]
			starts &= starts - 1
			e := x1
			if starts != 0 {
				e = x0 + bits.TrailingZeros32(starts)
			}
			n := uint64(e - x)
			if c>>24 == 0 {
				runValid = false
				x = e
				continue
			}
			wt.total += n
			if photoCell {
				wt.photoArea += n
				if exclude {
					wt.photo += n
					x = e
					continue
				}
			}
			code, tt := lastCode, lastTT
			if c != lastC {
				// The ring's code: the blend test may have classified the
				// pixel, and will find it classified.
				if rc := codes[x]; rc != 0 {
					code = uint32(rc) - 1
				} else {
					key := (c&255)>>2<<12 | (c>>8&255)>>2<<6 | (c>>16&255)>>2
					code = s.m.rgbTable[key].Load() - 1
					if s.m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
						code = s.m.pixelCode(c)
					}
					codes[x] = uint16(code + 1)
				}
				// A blend's position is worked out when needed (-1 until
				// then), as in tallyRowRuns.
				tt = -1
				lastC, lastCode, lastTT = c, code, tt
			}
			before := prevCode
			prevCode = code
			off := false
			switch {
			case code < codeMix && code != codeOff:
				s.addWhole(t, code-1, n)
			case code == codeOff:
				off = true
				if photoCell {
					break
				}
				// The reading is looked up in its cache for every run
				// (tallyRowRuns keeps the last in an edgeReading, six more
				// values for the loop to carry).
				re := &s.edgeCache[(c*0x9E3779B1)>>(32-edgeCacheBits)]
				if re.c != c {
					s.fillEdge(re, c)
				}
				if re.pair != 0 {
					pair, rcode, tt, pt := re.pair-1, re.code, re.tt, re.pt
					i, j := pair/MaxColors, pair%MaxColors
					slot, v, ok := s.verdictIn(cx, rcode)
					if !ok {
						s.testedC, s.testedT = c, pt
						v = s.evidenceWithin(x, y, i, j, pt, &s.pairs[pair], 2)
						s.verdictCode[slot], s.verdict[slot] = uint16(rcode), v
					}
					if v {
						// A weight of 1: 1·(1−tt) and 1·tt are tallyRowRuns'
						// products, exactly.
						s.addPair(t, i, j, 1-tt, tt, n)
						off = false
					}
				}
			default:
				pair := (code - codeMix) / mixSteps
				i, j := pair/MaxColors, pair%MaxColors
				p := &s.pairs[pair]
				blend := runBlend
				if before != code || !runValid {
					blend = photoCell
					if !blend {
						slot, v, ok := s.verdictIn(cx, code)
						if !ok {
							if tt < 0 {
								tt = p.project(c)
								lastTT = tt
							}
							s.testedC, s.testedT = c, tt
							v = s.evidenceWithin(x, y, i, j, tt, p, reach)
							s.verdictCode[slot], s.verdict[slot] = uint16(code), v
						}
						blend = v
					}
				}
				runBlend, runValid = blend, true
				if blend {
					if tt < 0 {
						tt = p.project(c)
						lastTT = tt
					}
					s.addPair(t, i, j, 1-tt, tt, n)
				} else {
					off = true
				}
			}
			x = e
			if !off {
				continue
			}
			if frow[cx] {
				wt.photoArea += n
				if exclude {
					wt.photo += n
					continue
				}
			}
			r, g, b := c&255, c>>8&255, c>>16&255
			wt.off += n
			b4 := &wt.bins[r>>4<<8|g>>4<<4|b>>4]
			b4[0] += n
			b4[1] += n * uint64(r)
			b4[2] += n * uint64(g)
			b4[3] += n * uint64(b)
		}
	}
}

// yccRow is one row of s.ycc, for a lazy ring: pixel x (relative to the
// bounds) has luma y[x] and chroma cb[(x+xo)>>sx], cr[(x+xo)>>sx].
type yccRow struct {
	y, cb, cr []byte
	xo        int  // the left edge's column within its chroma sample
	sx        uint // chroma subsampling as a shift
}

// yccRowAt returns row y (relative to the bounds) of s.ycc.
func (s *spatialPass) yccRowAt(y int) yccRow {
	im := s.ycc
	yi, _ := yccOffsets(im, s.min.X, s.min.Y+y)
	r := im.Rect
	px, py := s.min.X, s.min.Y+y
	ci := (py>>s.ysy-r.Min.Y>>s.ysy)*im.CStride + px>>s.ysx - r.Min.X>>s.ysx
	xo := px & (1<<s.ysx - 1)
	nc := (xo+s.w-1)>>s.ysx + 1
	return yccRow{y: im.Y[yi:][:s.w], cb: im.Cb[ci:][:nc], cr: im.Cr[ci:][:nc], xo: xo, sx: s.ysx}
}

// cell finds the runs of one Y'CbCr triple among pixels x0 to x1−1 (at
// most 32), and converts the first pixel of each into cols, as
// rowReader.read does; it returns the runs' starts as runStarts does.
// Pixels of one triple are one colour; pixels of one colour may take
// several runs, which add up to what one run adds (as runs cut at cell
// borders do).
func (r *yccRow) cell(cols []uint32, x0, x1 int) uint32 {
	var starts uint32
	switch {
	case x1-x0 == cellSize && r.sx == 0:
		// The words of eight bytes xor-ed with themselves shifted by a
		// byte have a byte other than 0 where a byte differs from the
		// one before (byte 0 of d0 compares pixel 0 with nothing: bit 0
		// is set anyway).
		y, cb, cr := r.y[x0:x0+16], r.cb[x0:x0+16], r.cr[x0:x0+16]
		y0, y1 := binary.LittleEndian.Uint64(y), binary.LittleEndian.Uint64(y[8:])
		b0, b1 := binary.LittleEndian.Uint64(cb), binary.LittleEndian.Uint64(cb[8:])
		r0, r1 := binary.LittleEndian.Uint64(cr), binary.LittleEndian.Uint64(cr[8:])
		d0 := (y0 ^ y0<<8) | (b0 ^ b0<<8) | (r0 ^ r0<<8)
		d1 := (y1 ^ (y1<<8 | y0>>56)) | (b1 ^ (b1<<8 | b0>>56)) | (r1 ^ (r1<<8 | r0>>56))
		starts = 1 | nonZeroBytes(d0) | nonZeroBytes(d1)<<8
	case x1-x0 == cellSize && r.sx == 1 && r.xo == 0:
		// Two pixels a chroma sample, from an even column: pixel 2i
		// differs from pixel 2i−1 by chroma too.
		y, cb, cr := r.y[x0:x0+16], r.cb[x0>>1:x0>>1+8], r.cr[x0>>1:x0>>1+8]
		y0, y1 := binary.LittleEndian.Uint64(y), binary.LittleEndian.Uint64(y[8:])
		b, rr := binary.LittleEndian.Uint64(cb), binary.LittleEndian.Uint64(cr)
		d0 := y0 ^ y0<<8
		d1 := y1 ^ (y1<<8 | y0>>56)
		c := nonZeroBytes((b ^ b<<8) | (rr ^ rr<<8)) // bit i: sample i differs from i−1
		// Bit i to bit 2i.
		c = (c | c<<4) & 0x0f0f
		c = (c | c<<2) & 0x3333
		c = (c | c<<1) & 0x5555
		starts = 1 | nonZeroBytes(d0) | nonZeroBytes(d1)<<8 | c
	default:
		starts = r.starts(x0, x1)
	}
	cols = cols[:x1]
	yr, cbr, crr := r.y[:x1], r.cb, r.cr
	for m := starts; m != 0; m &= m - 1 {
		x := x0 + bits.TrailingZeros32(m)
		ci := (x + r.xo) >> r.sx
		// yccPixels' conversion.
		y1, cb1, cr1 := int32(yr[x])*0x10101, int32(cbr[ci])-128, int32(crr[ci])-128
		rr, g, b := y1+91881*cr1, y1-22554*cb1-46802*cr1, y1+116130*cb1
		if uint32(rr|g|b)&0xff000000 == 0 {
			cols[x] = uint32(rr)>>16 | uint32(g)>>8&0xff00 | uint32(b)&0xff0000 | 255<<24
			continue
		}
		cols[x] = clamp3(rr, g, b)
	}
	return starts
}

// starts is runStarts for pixels x0 to x1−1 of the row by runs of one
// Y'CbCr triple, pixel by pixel (cell compares whole cells by words).
func (r *yccRow) starts(x0, x1 int) uint32 {
	starts := uint32(1)
	pc := (x0 + r.xo) >> r.sx
	for x := x0 + 1; x < x1; x++ {
		ci := (x + r.xo) >> r.sx
		if r.y[x] != r.y[x-1] || r.cb[ci] != r.cb[pc] || r.cr[ci] != r.cr[pc] {
			starts |= 1 << (x - x0)
		}
		pc = ci
	}
	return starts
}

// nonZeroBytes returns a bit per byte of v, bit i set when byte i is not
// 0: each byte's being non-zero lands in its top bit ((v&low7 + low7) |
// v), and a multiplication gathers the eight top bits into the top byte.
func nonZeroBytes(v uint64) uint32 {
	const low7 = 0x7f7f7f7f_7f7f7f7f
	h := ((v&low7 + low7) | v) &^ low7
	return uint32(h * 0x00020408_10204081 >> 56)
}

// runStarts returns the starts of the runs of one colour among pixels x0
// to x1−1 (at most 32) of a row, in place (pix) or read (cols), as bits: bit
// i for pixel x0+i, set for the first pixel and every pixel that differs
// from the one before.
func runStarts(pix []byte, cols []uint32, x0, x1 int) uint32 {
	starts := uint32(1)
	if pix != nil {
		row := pix[4*x0 : 4*x1]
		prev := binary.LittleEndian.Uint32(row)
		for i := 4; i+4 <= len(row); i += 4 {
			c := binary.LittleEndian.Uint32(row[i:])
			starts |= uint32(b2u(c != prev)) << (i / 4)
			prev = c
		}
		return starts
	}
	row := cols[x0:x1]
	for i := 1; i < len(row); i++ {
		starts |= uint32(b2u(row[i] != row[i-1])) << i
	}
	return starts
}

// runStarts16 is runStarts for the 16 pixels of row, read in place: the
// 64-bit words that start at pixels k and k+1 xor-ed give, in their two
// halves, whether pixel k+1 differs from pixel k and pixel k+2 from k+1;
// a half's being non-zero lands in its top bit ((v&low31 + low31) | v), and
// the top bits are shifted into place, two comparisons per word, without a
// branch or a shift by a variable.
func runStarts16(row []byte) uint32 {
	row = row[:64]
	const low31 = 0x7fffffff_7fffffff
	// nz has bit 31 set when pixels 2k and 2k+1 differ, bit 63 when 2k+1
	// and 2k+2 do: shifted right by 30-2k, they are bits 2k+1 and 33+2k.
	nz := func(k int) uint64 {
		x := binary.LittleEndian.Uint64(row[8*k:]) ^ binary.LittleEndian.Uint64(row[8*k+4:])
		return ((x&low31 + low31) | x) &^ low31
	}
	acc := nz(0)>>30 | nz(1)>>28 | nz(2)>>26 | nz(3)>>24 | nz(4)>>22 | nz(5)>>20 | nz(6)>>18
	// Pixels 14 and 15: the last word's low half alone.
	x := uint64(binary.LittleEndian.Uint32(row[56:]) ^ binary.LittleEndian.Uint32(row[60:]))
	acc |= ((x&low31 + low31) | x) & (1 << 31) >> 16
	// Bits 2k+1 as they are, bits 33+2k moved to 2k+2.
	return 1 | uint32(acc) | uint32(acc>>31)
}

// runStartsCols16 is runStarts for the 16 colours of row, unrolled (every
// shift a constant).
func runStartsCols16(row []uint32) uint32 {
	row = row[:16]
	d := func(i int) uint32 { return uint32(b2u(row[i] != row[i-1])) << i }
	return 1 | d(1) | d(2) | d(3) | d(4) | d(5) | d(6) | d(7) | d(8) |
		d(9) | d(10) | d(11) | d(12) | d(13) | d(14) | d(15)
}

// cellRunEnd returns the end, at most x1, of the run of pixel c that
// starts at pixel x of a row read in place: four pixels at a time, as two
// 64-bit words, while they repeat it (flat art's cells are mostly one run).
func cellRunEnd(pix []byte, x, x1 int, c uint32) int {
	pair := uint64(c) | uint64(c)<<32
	e := x + 1
	for e+4 <= x1 {
		q := pix[4*e : 4*e+16]
		if binary.LittleEndian.Uint64(q[:8]) != pair || binary.LittleEndian.Uint64(q[8:]) != pair {
			break
		}
		e += 4
	}
	for e < x1 && binary.LittleEndian.Uint32(pix[4*e:]) == c {
		e++
	}
	return e
}

// b2u is 1 for true, 0 for false, without a branch.
func b2u(b bool) uint8 {
	var v uint8
	if b {
		v = 1
	}
	return v
}

// addN adds w to *f n times, as n pixels of weight w do one by one.
func addN(f *float64, w float64, n uint64) {
	v := *f
	for range n {
		v += w
	}
	*f = v
}

// addWhole adds n whole pixels to palette colour i's weight: at once while
// the weight is a whole number, else one by one as tallyRow adds them.
// When the weight has a fraction, the n additions of 1 are still exact
// while the sum stays in the weight's binade (and the weight is below 2⁵³,
// so that 1 is a multiple of its unit in the last place): then every sum
// along the way, and the last, is w + k exactly, and w + n is added at once.
func (s *spatialPass) addWhole(t *tally, i uint32, n uint64) {
	w := t.weights[i]
	if sum := w + float64(n); s.fracW&(1<<i) == 0 || onesExact(w, sum) {
		t.weights[i] = sum
		return
	}
	for range n {
		w++
	}
	t.weights[i] = w
}

// onesExact tells whether adding 1 to w, one at a time until sum, makes
// every sum exact: w is positive and below 2⁵³, and sum in its binade.
func onesExact(w, sum float64) bool {
	const expBits = 0x7ff << 52
	e := math.Float64bits(w) & expBits
	return w > 0 && e < (1023+53)<<52 && math.Float64bits(sum)&expBits == e
}

// addPair adds vi to palette colour i's weight and vj to colour j's (j ≠
// i) n times, as n pixels of their blend do: the two sums, independent of
// each other, are added in one loop.
func (s *spatialPass) addPair(t *tally, i, j uint32, vi, vj float64, n uint64) {
	s.fracW |= 1<<i | 1<<j
	wi, wj := t.weights[i], t.weights[j]
	for range n {
		wi += vi
		wj += vj
	}
	t.weights[i], t.weights[j] = wi, wj
}

// paint writes one mask pixel: palette colours and their blends faded to
// light grey, off-palette pixels in their own colour, photo pixels in
// violet.
func (s *spatialPass) paint(x, y int, c uint32, kind int) {
	r, g, b, a := uint8(c), uint8(c>>8), uint8(c>>16), uint8(c>>24)
	l := (299*uint32(r) + 587*uint32(g) + 114*uint32(b)) / 1000
	switch kind {
	case kindPalette:
		v := uint8(200 + l*50/255)
		r, g, b = v, v, v
	case kindPhoto:
		r, g, b = tint(l)
	}
	i := s.mask.PixOffset(x, y)
	s.mask.Pix[i], s.mask.Pix[i+1], s.mask.Pix[i+2], s.mask.Pix[i+3] = r, g, b, a
}

// run reads and tallies every row, then decides the photo areas and returns
// the tally.
func (s *spatialPass) run() *tally {
	if s.dirty != nil {
		s.near = make([]bool, s.h)
		last := -1 << 30
		for y := range s.h {
			if s.dirty[y] {
				last = y
			}
			s.near[y] = y-last <= reach
		}
		last = 1 << 30
		for y := s.h - 1; y >= 0; y-- {
			if s.dirty[y] {
				last = y
			}
			s.near[y] = s.near[y] || last-y <= reach
		}
	}
	s.findPhotos()
	t := &tally{}
	runs := !slowTally && s.mask == nil
	s.fused = runs
	s.ringTest = runs && s.rgbaKind == 0
	s.lazy = s.ringTest && s.whole && !generalTally && s.ycc != nil
	// A JPEG's neighbours are read from the ring: the blend test, which
	// may look at a pixel many times, finds it converted there, and its
	// code once classified.
	s.inPlace = runs && s.rgbaKind != 0
	if s.inPlace {
		s.ring.size(s.w, 1, false) // the row being tallied
	} else {
		s.ring.size(s.w, ringRows, true)
	}
	whole := runs && s.whole
	s.mixed = runs && !whole && s.inPlace && !generalTally
	if whole || s.mixed {
		if s.ring.whole == nil {
			s.ring.whole = new(wholeTally)
		}
		s.wt = s.ring.whole
		*s.wt = wholeTally{}
		s.fracW = 0
	}
	if s.mixed {
		if s.mix == nil {
			s.mix = new(mixedState)
		}
		s.mix.reset()
	}
	for y := range s.h {
		if s.dirty != nil && !s.dirty[y] {
			continue
		}
		for !s.inPlace && s.loaded < min(s.h, y+reach+1) {
			s.load()
		}
		if s.mixed {
			if s.mixedRow(y, t) {
				s.tallyRowInPlace(y, t)
				s.mix.pending = true
				continue
			}
			s.mix.flush(s.wt, t)
			s.tallyRowRuns(y, t, false)
			// Weights may have a fraction now, unknown to fracW.
			s.fracW = ^uint64(0)
			s.mix.stale = true
			continue
		}
		switch {
		case whole && s.inPlace && !generalTally:
			s.tallyRowInPlace(y, t)
		case whole && !generalTally:
			s.tallyRowRing(y, t)
		case runs:
			s.tallyRowRuns(y, t, whole)
		default:
			s.tallyRow(y, t)
		}
	}
	if whole {
		s.wt.addTo(t)
	}
	if s.mixed {
		s.mix.flush(s.wt, t)
	}
	if s.mask != nil && s.m.photos == PhotosInclude {
		s.tintPhotos(s.photo)
	}
	return t
}

// mixedState is what the tally of an image with translucent pixels keeps
// to tally its other rows whole (mixedRow).
type mixedState struct {
	// pending: rows were tallied whole into wt since the last flush.
	pending bool
	// stale: t changed (a row tallied in floats) since frac was listed.
	stale bool
	// frac lists the off-palette bins of t whose sum of R, G or B has a
	// fraction, with what each sum may still receive exactly (headroom);
	// fracAt gives a bin's place in frac plus 1 (0: none).
	frac   []fracBin
	fracAt [4096]int16
	// rowSum is, per bin of frac, the sums of R, G and B of the row's
	// pixels in the bin.
	rowSum [][3]uint64
}

type fracBin struct {
	bin  uint16
	room [3]uint64 // a sum of R, G, B is exact while the amount added stays below
}

func (mx *mixedState) reset() {
	mx.pending, mx.stale = false, true
	mx.frac = mx.frac[:0]
	mx.fracAt = [4096]int16{}
}

// flush adds the rows tallied whole since the last flush to t, as
// tallyRowRuns would have added their pixels one by one (wholeTally.addTo).
func (mx *mixedState) flush(wt *wholeTally, t *tally) {
	if !mx.pending {
		return
	}
	wt.addTo(t)
	*wt = wholeTally{}
	mx.pending, mx.stale = false, true
}

// list lists the bins of t whose sum of R, G or B has a fraction.
func (mx *mixedState) list(t *tally) {
	for _, f := range mx.frac {
		mx.fracAt[f.bin] = 0
	}
	mx.frac = mx.frac[:0]
	for i := range t.offBins {
		o := &t.offBins[i]
		if o.w == 0 {
			continue
		}
		f := fracBin{bin: uint16(i)}
		frac := false
		for k, x := range [3]float64{o.r, o.g, o.b} {
			f.room[k] = 1 << 62
			if lb := lowBit(x); lb < 0 {
				// x + j is exact for whole j below limit − x (exact).
				f.room[k] = uint64(math.Ceil(math.Ldexp(1, 53+lb) - x))
				frac = true
			}
		}
		if frac {
			mx.frac = append(mx.frac, f)
			mx.fracAt[i] = int16(len(mx.frac))
		}
	}
	mx.stale = false
}

// mixedRow tells whether row y of an image with translucent pixels (read
// in place) can be tallied whole, in integers added to t later (flush),
// with the result of tallyRowRuns: it has no translucent pixel, so that
// every pixel weighs 0 or 1, and every sum of t with a fraction that the
// row may add to stays exact (an off-palette bin's sum of R, G or B, which
// the rows' pixels of that bin, off-palette or not, bound). The other sums
// are exact (whole numbers) or counts of pixels (addOnes).
func (s *spatialPass) mixedRow(y int, t *tally) bool {
	row := s.pix[s.pixOff+y*s.stride:][:4*s.w]
	if translucentIn(row) {
		return false
	}
	mx := s.mix
	if mx.stale {
		mx.list(t)
	}
	if len(mx.frac) == 0 {
		return true
	}
	if cap(mx.rowSum) < len(mx.frac) {
		mx.rowSum = make([][3]uint64, len(mx.frac))
	}
	sum := mx.rowSum[:len(mx.frac)]
	clear(sum)
	for i := 0; i+4 <= len(row); i += 4 {
		r, g, b := uint64(row[i]), uint64(row[i+1]), uint64(row[i+2])
		if k := mx.fracAt[r>>4<<8|g>>4<<4|b>>4]; k != 0 {
			v := &sum[k-1]
			v[0] += r
			v[1] += g
			v[2] += b
		}
	}
	for k, f := range mx.frac {
		p := &s.wt.bins[f.bin]
		for c := range 3 {
			if p[1+c]+sum[k][c] >= f.room[c] {
				return false
			}
		}
	}
	return true
}

// photoCells grows the candidates into photo areas: cells mostly surrounded
// by photo become photo (a smooth sky inside a picture), then areas smaller
// than minPhotoCells are dropped.
//
// cnt is room for the neighbour counts.
func (s *spatialPass) photoCells(cand []bool, cnt []uint8) []bool {
	photo := append([]bool(nil), cand...)
	for range 2 {
		s.neighbourCounts(photo, cnt)
		for ci, n := range cnt {
			photo[ci] = photo[ci] || n >= 5
		}
	}
	return s.photoAreas(photo)
}

// photoAreas drops, from the grown photo cells photo, the areas smaller
// than minPhotoCells, and fills the bounding box of those that fill most
// of it.
func (s *spatialPass) photoAreas(photo []bool) []bool {
	// Drop small areas: a few busy cells are more likely dense text or a
	// detailed logo than a photograph.
	const minPhotoCells = 6
	seen := make([]bool, len(photo))
	var stack, comp []int
	var boxes [][4]int
	for start := range photo {
		if !photo[start] || seen[start] {
			continue
		}
		comp = comp[:0]
		stack = append(stack[:0], start)
		seen[start] = true
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, c)
			cx, cy := c%s.cw, c/s.cw
			for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				x, y := cx+d[0], cy+d[1]
				if x >= 0 && y >= 0 && x < s.cw && y < s.ch && photo[y*s.cw+x] && !seen[y*s.cw+x] {
					seen[y*s.cw+x] = true
					stack = append(stack, y*s.cw+x)
				}
			}
		}
		if len(comp) < minPhotoCells {
			for _, c := range comp {
				photo[c] = false
			}
			continue
		}
		// A photograph pasted into a design is a rectangle: when the area
		// fills most of its bounding box, its smooth parts (sky, bokeh)
		// belong to it too.
		x0, y0, x1, y1 := s.cw, s.ch, -1, -1
		for _, c := range comp {
			x0, y0 = min(x0, c%s.cw), min(y0, c/s.cw)
			x1, y1 = max(x1, c%s.cw), max(y1, c/s.cw)
		}
		if box := (x1 - x0 + 1) * (y1 - y0 + 1); len(comp)*2 >= box {
			boxes = append(boxes, [4]int{x0, y0, x1, y1})
		}
	}
	for _, b := range boxes {
		for y := b[1]; y <= b[3]; y++ {
			for x := b[0]; x <= b[2]; x++ {
				photo[y*s.cw+x] = true
			}
		}
	}
	return photo
}

// tintPhotos shows the photo cells of the mask in their own tint: the
// pixel's lightness on violet.
func (s *spatialPass) tintPhotos(photo []bool) {
	for y := range s.h {
		for x := range s.w {
			if !photo[(y/cellSize)*s.cw+x/cellSize] {
				continue
			}
			i := s.mask.PixOffset(x, y)
			p := s.mask.Pix[i : i+4 : i+4]
			p[0], p[1], p[2] = tint((299*uint32(p[0]) + 587*uint32(p[1]) + 114*uint32(p[2])) / 1000)
		}
	}
}

// tint maps a luma (0–255) to the mask's violet for photo pixels.
func tint(l uint32) (r, g, b uint8) { return uint8(l*2/5 + 84), uint8(l*2/5 + 55), uint8(l*2/5 + 148) }

// edgeReading is the last off-palette colour's reading as a JPEG edge,
// kept while the same colour repeats along a row (c 0: none; an
// off-palette colour is opaque or semi-transparent, never 0).
type edgeReading struct {
	c, pair, code uint32
	tt, pt        float64 // position by luma (the split) and on the line (the evidence)
	ok            bool
}

// read reads colour c as a JPEG edge, unless it is the colour last read,
// through the cache of readings (s.edgeCache): they depend on the colour
// alone.
func (r *edgeReading) read(s *spatialPass, c uint32) {
	if c == r.c {
		return
	}
	r.c = c
	e := &s.edgeCache[(c*0x9E3779B1)>>(32-edgeCacheBits)]
	if e.c != c {
		s.fillEdge(e, c)
	}
	r.ok = e.pair != 0
	if r.ok {
		r.pair, r.code, r.tt, r.pt = e.pair-1, e.code, e.tt, e.pt
	}
}

// fillEdge writes colour c's reading into e, its entry in s.edgeCache.
func (s *spatialPass) fillEdge(e *edgeEntry, c uint32) {
	pair, tt, ok := s.m.lumaBlend(c)
	*e = edgeEntry{c: c}
	if ok {
		e.pair, e.tt, e.pt = pair+1, tt, s.pairs[pair].project(c)
		e.code = rescueCode(pair, e.pt)
	}
}

// edgeCacheBits is log2 of the number of off-palette colours whose reading
// as a JPEG edge the dense tally remembers.
const edgeCacheBits = 12

// edgeEntry is an off-palette colour's reading as a JPEG edge: pair+1 (0:
// none), its class for the evidence cache (rescueCode), the position by
// luma and on the line. c 0 marks an empty entry: an off-palette colour is
// never 0 (alpha 0 is not classified).
type edgeEntry struct {
	c, pair, code uint32
	tt, pt        float64
}

// rescueCode is the class, for the evidence cache, of an off-palette pixel
// judged as a JPEG edge of pair at position t: apart from the blend codes.
func rescueCode(pair uint32, t float64) uint32 {
	return 0x8000 + codeMix + pair*mixSteps + min(uint32(t*mixSteps), mixSteps-1)
}

// alphaWeight is the weight of a pixel by its alpha: alpha/255.
var alphaWeight = func() (w [256]float64) {
	for a := range w {
		w[a] = float64(a) / 255
	}
	return
}()
