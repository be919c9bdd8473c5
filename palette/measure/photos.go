package measure

import (
	"encoding/binary"
	"math/bits"
)

// The photo detector samples every other pixel of every other row
// (findPhotos), one row of cells at a time. A sampled row is first cut
// into runs of one colour, each with what its samples add to a cell
// (sampleInfo), reading JPEG, NRGBA and RGBA images in place in two short
// loops: one finds the samples that differ from the sample before (most
// do not, in flat areas), the other converts and classifies those, without
// calls or branches hard to guess, so that its values stay in registers.
// Then each run is added to the statistics of its cells at once: a run of
// k samples within a cell is k samples, k−1 of them flat (equal to the
// sample before), of one code, key and luma. The statistics are the very
// ones sample gathers one sample at a time.
//
// In an opaque image a cell's number of samples is known beforehand: once
// the samples still to come cannot change what isBusy says of the cell,
// whatever they are, the cell is settled and they are not read (settle):
// a photograph's cells after five of their eight sampled rows.
//
// One row of cells in three is sampled last, and only its cells whose
// verdict can still change the photo areas (coveredCells): inside a
// photograph, none.

// sampleInfo packs what a sample of colour c adds to its cell: its code
// (pixelCode, never 0) in the low 16 bits, the hash of its 6-bit key (the
// bit it sets in cellStat.keys) in the next 8 and its luma in the top 8.
// 0 stands for a transparent sample, which adds nothing.
func (s *spatialPass) sampleInfo(c uint32) uint32 {
	if c>>24 == 0 {
		return 0
	}
	r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
	key := rgbKey(r, g, b)
	h := key * 0x9E3779B1 >> 24
	l := (77*uint32(r) + 150*uint32(g) + 29*uint32(b)) >> 8
	// pixelCode, its common case inlined.
	m := s.m
	code := m.rgbTable[key].Load() - 1
	if m.hasPalette(key) || code == ^uint32(0) {
		code = m.pixelCode(c)
	}
	return code | h<<16 | l<<24
}

// sampleCacheBits sizes the sample cache: 4096 entries, 32 KB.
const sampleCacheBits = 12

// sampleCache remembers sampleInfo by straight colour, direct-mapped, for
// the images read through rowReader (paletted, grey, CMYK…), whose few
// colours come back run after run; kept with the ring from image to
// image. An entry with info 0 is empty.
type sampleCache [1 << sampleCacheBits]struct{ c, info uint32 }

// infoOf returns sampleInfo(c) through the cache.
func (s *spatialPass) infoOf(c uint32) uint32 {
	e := &s.sampCache[c*0x9E3779B1>>(32-sampleCacheBits)]
	if e.c == c && e.info != 0 {
		return e.info
	}
	info := s.sampleInfo(c)
	if info != 0 {
		e.c, e.info = c, info
	}
	return info
}

// sampleRuns is part of one sampled row as runs of one colour: run r
// starts at sample runs[r]>>32 and adds uint32(runs[r]) (sampleInfo) per
// sample; after the last run, runs[nr]>>32 is the end of the part.
// Transparent samples form runs of their own, of info 0.
type sampleRuns struct {
	runs    []uint64
	changed []uint64 // runsYCC's samples of new luma or chroma: index<<32 | Y | Cb<<8 | Cr<<16
}

func newSampleRuns(samples int) *sampleRuns {
	return &sampleRuns{runs: make([]uint64, samples+1), changed: make([]uint64, samples+16)}
}

// runsOf cuts samples i0 to i1−1 of buf, a row of samples, into runs; it
// returns the number of runs.
func (s *spatialPass) runsOf(sr *sampleRuns, buf []uint32, i0, i1 int) int {
	runs := sr.runs[:i1-i0+1]
	// prev 0 at the start: a transparent first sample (0) makes no run,
	// which adds what its run would add, nothing.
	nr, prev := 0, uint32(0)
	for i := i0; i < i1; i++ {
		c := buf[i]
		if c == prev {
			continue
		}
		prev = c
		runs[nr] = uint64(i)<<32 | uint64(s.infoOf(c))
		nr++
	}
	runs[nr] = uint64(i1) << 32
	return nr
}

// runsYCC is runsOf for samples i0 to i1−1 of row y (relative to the
// bounds) of a JPEG whose chroma is subsampled horizontally by at most 2
// (ysx ≤ 1): the samples' luma and chroma are read in place and converted
// as rowReader.read converts them (yccPack), once per change of luma or
// chroma.
func (s *spatialPass) runsYCC(sr *sampleRuns, y, i0, i1 int) int {
	im, r := s.ycc, s.ycc.Rect
	mx, yy := s.min.X, s.min.Y+y
	n := (s.w + 1) / 2
	yRow := im.Y[(yy-r.Min.Y)*im.YStride+mx-r.Min.X:][:s.w]
	// Sample i (pixel 2i) takes chroma sample i at 4:2:x, 2i at 4:4:x,
	// counted from the left edge's: (mx+2i)>>1 − mx>>1 = i.
	cs := (yy>>s.ysy-r.Min.Y>>s.ysy)*im.CStride + mx>>s.ysx - r.Min.X>>s.ysx
	step := 2 >> s.ysx
	cn := (n-1)*step + 1
	cb, cr := im.Cb[cs:][:cn], im.Cr[cs:][:cn]
	// First the samples whose luma or chroma differ from the sample
	// before (yccChanges); the others are the colour before.
	changed := sr.changed[:i1-i0+16]
	k := yccChanges(changed, yRow, cb, cr, step, i0, i1)
	// Then their colours and classes (yccPack, inlined, its clamps without
	// branches: photographs clip to black or white too irregularly for
	// them to be guessed), up to the next colour in a palette colour's bin
	// or not classified yet, which takes the call to sampleInfo.
	runs := sr.runs[:i1-i0+1]
	m := s.m
	nr, prev := 0, uint32(0) // no opaque colour is 0
	for q := 0; q < k; q++ {
		var c uint32
		var v uint64
		for ; q < k; q++ {
			v = changed[q]
			ycc := uint32(v)
			yy1, cb1, cr1 := int32(ycc&255)*0x10101, int32(ycc>>8&255)-128, int32(ycc>>16)-128
			r := uint32(min(max((yy1+91881*cr1)>>16, 0), 255))
			g := uint32(min(max((yy1-22554*cb1-46802*cr1)>>16, 0), 255))
			b := uint32(min(max((yy1+116130*cb1)>>16, 0), 255))
			c = r | g<<8 | b<<16 | 255<<24
			key := r>>2<<12 | g>>2<<6 | b>>2
			code := m.rgbTable[key].Load() - 1
			if m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
				break
			}
			h := key * 0x9E3779B1 >> 24
			l := (77*r + 150*g + 29*b) >> 8
			// Written every time, kept when a run starts.
			runs[nr] = v&^(1<<32-1) | uint64(code|h<<16|l<<24)
			if c != prev {
				nr++
			}
			prev = c
		}
		if q == k {
			break
		}
		runs[nr] = v&^(1<<32-1) | uint64(s.sampleInfo(c))
		if c != prev {
			nr++
		}
		prev = c
	}
	runs[nr] = uint64(i1) << 32
	return nr
}

// yccChanges writes to changed the samples i0 to i1−1 (pixel 2i of yRow,
// chroma i*step of cb and cr) whose luma or chroma differ from the sample
// before, the first one always, as index<<32 | Y | Cb<<8 | Cr<<16, and
// returns their number; changed has room for 16 more than the samples.
// It reads sixteen samples a turn through arrays, without bounds checks.
func yccChanges(changed []uint64, yRow, cb, cr []uint8, step, i0, i1 int) int {
	if i0 >= i1 {
		return 0
	}
	prev := uint32(yRow[2*i0]) | uint32(cb[i0*step])<<8 | uint32(cr[i0*step])<<16
	changed[0] = uint64(i0)<<32 | uint64(prev)
	k, i := 1, i0+1
	if step == 1 {
		for ; i+16 <= i1 && 2*i+32 <= len(yRow) && i+16 <= len(cb); i += 16 {
			yb, bb, rb := (*[32]uint8)(yRow[2*i:]), (*[16]uint8)(cb[i:]), (*[16]uint8)(cr[i:])
			out, j := (*[16]uint64)(changed[k:]), 0
			for t := range 16 {
				ycc := uint32(yb[2*t]) | uint32(bb[t])<<8 | uint32(rb[t])<<16
				out[j&15] = uint64(i+t)<<32 | uint64(ycc)
				if ycc != prev {
					j++
				}
				prev = ycc
			}
			k += j
		}
	} else {
		for ; i+16 <= i1 && 2*i+32 <= len(yRow) && 2*i+32 <= len(cb); i += 16 {
			yb, bb, rb := (*[32]uint8)(yRow[2*i:]), (*[32]uint8)(cb[2*i:]), (*[32]uint8)(cr[2*i:])
			out, j := (*[16]uint64)(changed[k:]), 0
			for t := range 16 {
				ycc := uint32(yb[2*t]) | uint32(bb[2*t])<<8 | uint32(rb[2*t])<<16
				out[j&15] = uint64(i+t)<<32 | uint64(ycc)
				if ycc != prev {
					j++
				}
				prev = ycc
			}
			k += j
		}
	}
	for ; i < i1; i++ {
		j := i * step
		ycc := uint32(yRow[2*i]) | uint32(cb[j])<<8 | uint32(cr[j])<<16
		changed[k] = uint64(i)<<32 | uint64(ycc)
		if ycc != prev {
			k++
		}
		prev = ycc
	}
	return k
}

// runsRGBA is runsOf for samples i0 to i1−1 of row y (relative to the
// bounds) of an NRGBA
// (rgbaKind 1) or RGBA (rgbaKind 2) image, read in place; an RGBA pixel
// is converted as rowReader.read converts it, once per change of pixel.
func (s *spatialPass) runsRGBA(sr *sampleRuns, y, i0, i1 int) int {
	n := (s.w + 1) / 2
	row := s.pix[s.pixOff+y*s.stride:][:8*(n-1)+4]
	// First the samples whose pixel differs from the sample before (as in
	// runsYCC).
	changed := sr.changed[:i1-i0]
	k := rgbaChanges(changed, row, i0, i1)
	// Then the opaque ones whose colour is classified and not in a
	// palette colour's bin, in a loop without calls; the others take
	// sampleInfo.
	runs := sr.runs[:i1-i0+1]
	m := s.m
	nr, prev := 0, uint32(0)
	for q := 0; q < k; q++ {
		var v uint64
		for ; q < k; q++ {
			v = changed[q]
			raw := uint32(v)
			if raw>>24 != 255 {
				break
			}
			r, g, b := raw&255, raw>>8&255, raw>>16&255
			key := r>>2<<12 | g>>2<<6 | b>>2
			code := m.rgbTable[key].Load() - 1
			if m.pbits[key>>6]&(1<<(key&63)) != 0 || code == ^uint32(0) {
				break
			}
			h := key * 0x9E3779B1 >> 24
			l := (77*r + 150*g + 29*b) >> 8
			runs[nr] = v&^(1<<32-1) | uint64(code|h<<16|l<<24)
			if raw != prev {
				nr++
			}
			prev = raw
		}
		if q == k {
			break
		}
		raw := uint32(v)
		c := raw
		if a := uint8(raw >> 24); s.rgbaKind == 2 && a != 255 && a != 0 {
			c = uint32(unpremultiply(uint8(raw), a)) | uint32(unpremultiply(uint8(raw>>8), a))<<8 |
				uint32(unpremultiply(uint8(raw>>16), a))<<16 | uint32(a)<<24
		}
		runs[nr] = v&^(1<<32-1) | uint64(s.sampleInfo(c))
		if c != prev {
			nr++
		}
		prev = c
	}
	runs[nr] = uint64(i1) << 32
	return nr
}

// rgbaChanges writes to changed the samples i0 to i1−1 of row (pixel 2i,
// at byte 8i) that differ from the sample before, the first one always,
// as index<<32 | pixel, and returns their number. Four samples equal to
// the one before, most of a flat area's, are passed over at once.
func rgbaChanges(changed []uint64, row []uint8, i0, i1 int) int {
	k, prev := 0, ^binary.LittleEndian.Uint32(row[8*i0:])
	i := i0
	for ; i+4 <= i1; i += 4 {
		w := row[8*i:][:28]
		a, b := binary.LittleEndian.Uint32(w), binary.LittleEndian.Uint32(w[8:])
		c, d := binary.LittleEndian.Uint32(w[16:]), binary.LittleEndian.Uint32(w[24:])
		if (a^prev)|(b^a)|(c^b)|(d^c) == 0 {
			continue
		}
		changed[k] = uint64(i)<<32 | uint64(a)
		if a != prev {
			k++
		}
		changed[k] = uint64(i+1)<<32 | uint64(b)
		if b != a {
			k++
		}
		changed[k] = uint64(i+2)<<32 | uint64(c)
		if c != b {
			k++
		}
		changed[k] = uint64(i+3)<<32 | uint64(d)
		if d != c {
			k++
		}
		prev = d
	}
	for ; i < i1; i++ {
		raw := binary.LittleEndian.Uint32(row[8*i:])
		changed[k] = uint64(i)<<32 | uint64(raw)
		if raw != prev {
			k++
		}
		prev = raw
	}
	return k
}

// addRuns adds the nr runs of a sampled row to the statistics of its row
// of cells.
func addRuns(stats []cellStat, sr *sampleRuns, nr int) {
	const per = cellSize / 2 // samples per cell and row
	runs := sr.runs[:nr+1]
	for r, v := range runs[:nr] {
		info := uint32(v)
		if info == 0 {
			continue // transparent: no sample, and the next one is not flat
		}
		i, e := uint(v>>32), uint(runs[r+1]>>32)
		if ce := i | (per - 1) + 1; e <= ce {
			// Within one cell, as most runs of a photograph are: addRun,
			// written out here (it is too large to be inlined), without
			// the loop over cells.
			st, k := &stats[i/per], uint32(e-i)
			code, h, l := info&0xffff, info>>16&255, uint8(info>>24)
			if st.n == 0 {
				st.loL = 255
			}
			st.n += k
			st.flat += k - 1
			st.keys[h>>6] |= 1 << (h & 63)
			st.loL, st.hiL = min8(st.loL, l), max8(st.hiL, l)
			switch {
			case code == codeOff:
			case code < codeMix:
				st.palette += k
			default:
				st.voteN((code-codeMix)/mixSteps, k)
			}
			continue
		}
		// The run, cut at cell borders.
		for i < e {
			end := min(e, i|(per-1)+1)
			stats[i/per].addRun(uint32(end-i), info)
			i = end
		}
	}
}

// addRun adds to st a run of k samples of info (sampleInfo), k−1 of them
// flat.
func (st *cellStat) addRun(k, info uint32) {
	code, h, l := info&0xffff, info>>16&255, uint8(info>>24)
	if st.n == 0 {
		st.loL = 255
	}
	st.n += k
	st.flat += k - 1
	st.keys[h>>6] |= 1 << (h & 63)
	st.loL, st.hiL = min8(st.loL, l), max8(st.hiL, l)
	switch {
	case code == codeOff:
	case code < codeMix:
		st.palette += k
	default:
		st.voteN((code-codeMix)/mixSteps, k)
	}
}

// samplePhotos gathers the cells' statistics from every other pixel of
// every other row, one row of cells at a time, settling the cells of an
// opaque image early (see the top of this file).
func (s *spatialPass) samplePhotos() {
	if s.w == 0 {
		return
	}
	if s.ring.sampCache == nil {
		s.ring.sampCache = new(sampleCache)
	}
	s.sampCache = s.ring.sampCache
	sp := &photoSampler{sr: newSampleRuns((s.w + 1) / 2), early: s.opaque && settleEarly}
	// First the rows of cells that may not be left out, then, of the
	// others, the cells that are not covered (coveredCells).
	skipped := false
	for cy := range s.ch {
		if s.mayCover(cy) {
			skipped = true
			continue
		}
		s.sampleCellRow(sp, cy)
	}
	if !skipped {
		return
	}
	covered := s.coveredCells()
	for cy := range s.ch {
		if !s.mayCover(cy) {
			continue
		}
		for cx := range s.cw {
			if covered[cy*s.cw+cx] {
				s.stats[cy*s.cw+cx].settled = settledCovered
			}
		}
		s.sampleCellRow(sp, cy)
	}
}

// photoSampler is what samplePhotos keeps from one row of cells to the
// next.
type photoSampler struct {
	sr        *sampleRuns
	early     bool     // cells are settled early (an opaque image)
	full, buf []uint32 // rows read through rowReader, whole and sampled
}

// sampleCellRow gathers the statistics of the cells of row cy that are not
// settled yet.
func (s *spatialPass) sampleCellRow(sp *photoSampler, cy int) {
	const per = cellSize / 2 // samples per cell and row
	n := (s.w + 1) / 2
	sr, early := sp.sr, sp.early
	var ysBuf [per]int
	ys := ysBuf[:0]
	for y := cy * cellSize; y < min(s.h, (cy+1)*cellSize); y += 2 {
		if s.dirty == nil || s.dirty[y] { // else palette colours only: nothing photographic
			ys = append(ys, y)
		}
	}
	if len(ys) == 0 {
		return
	}
	stats := s.stats[cy*s.cw:][:s.cw]
	if early {
		for cx := range stats {
			if stats[cx].settled == 0 && uint32(len(ys))*cellSamples(cx, n) < cellSize*cellSize/8 {
				stats[cx].settled = settledNotBusy // too few samples to be busy
			}
		}
	}
	for k, y := range ys {
		read := false
		// The samples of the cells not settled, by spans of cells.
		for cx := 0; cx < s.cw; {
			if stats[cx].settled != 0 {
				cx++
				continue
			}
			cx1 := cx + 1
			for cx1 < s.cw && stats[cx1].settled == 0 {
				cx1++
			}
			i0, i1 := cx*per, min(n, cx1*per)
			var nr int
			switch {
			case s.ycc != nil && s.ysx <= 1:
				nr = s.runsYCC(sr, y, i0, i1)
			case s.rgbaKind != 0:
				nr = s.runsRGBA(sr, y, i0, i1)
			default:
				if sp.buf == nil {
					sp.full, sp.buf = make([]uint32, s.w), make([]uint32, n)
				}
				if !read {
					s.rr.readEvery(s.min.Y+y, sp.buf, sp.full)
					read = true
				}
				nr = s.runsOf(sr, sp.buf, i0, i1)
			}
			addRuns(stats, sr, nr)
			cx = cx1
		}
		if early {
			rows := uint32(len(ys) - 1 - k) // sampled rows to come
			for cx := range stats {
				st := &stats[cx]
				c := cellSamples(cx, n)
				total, rest := uint32(len(ys))*c, rows*c
				// settle, when it may settle the cell: while half its
				// samples are to come, only palette or flat samples
				// can tell.
				if st.settled == 0 && (rest*2 < total || st.palette*2 >= total || st.flat*8 >= total) {
					st.settle(total, rest)
				}
			}
		}
	}
}

// settleEarly lets samplePhotos settle cells before their last samples;
// the tests turn it off to compare the statistics in full.
var settleEarly = true

// cellSamples is the number of samples of cell column cx in a sampled
// row of n samples.
func cellSamples(cx, n int) uint32 {
	const per = cellSize / 2
	return uint32(min(n, (cx+1)*per) - cx*per)
}

// Values of cellStat.settled.
const (
	settledBusy = iota + 1
	settledNotBusy
	// settledCovered: a cell left unsampled, counted as not busy, because
	// whether it is busy cannot change the photo areas (coveredCells).
	settledCovered
)

// skipCovered lets samplePhotos leave out the cells coveredCells finds;
// the tests turn it off to compare every cell's statistics.
var skipCovered = true

// mayCover tells whether samplePhotos samples row cy of cells last, and
// only its cells that coveredCells does not find: one row in three, with
// two rows sampled first on each side, so that within a photograph the
// cells of those two rows become candidates (each has at least three busy
// neighbours) and the cells between them are grown into the photo area
// (each has six).
func (s *spatialPass) mayCover(cy int) bool {
	return skipCovered && cy%3 == 2 && cy+2 < s.ch
}

// coveredCells returns, once every row of cells but those of mayCover is
// sampled, the cells of the photo areas grown (decidePhotos, before the
// small areas are dropped) from the cells known to be busy so far whose
// every neighbour up to three cells away is grown too.
//
// Whether such a cell is busy cannot change the photo areas: a cell's
// verdict changes the candidates up to one cell away, the first growth up
// to two, the second up to three, and those cells are grown whatever the
// verdicts still to come (more busy cells only grow more), so the grown
// cells, and all that decidePhotos derives from them, are the same with
// the cell counted as not busy. Inside a photograph that is most cells of
// the rows left for last: a third of the sampling. The quiet cells of those
// rows are added (addQuietCells).
func (s *spatialPass) coveredCells() []bool {
	grown := make([]bool, s.cw*s.ch)
	cnt := make([]uint8, s.cw*s.ch)
	for i := range grown {
		grown[i] = s.stats[i].isBusy()
	}
	s.neighbourCounts(grown, cnt)
	for ci, n := range cnt {
		grown[ci] = grown[ci] && n >= 3
	}
	for range 2 {
		s.neighbourCounts(grown, cnt)
		for ci, n := range cnt {
			grown[ci] = grown[ci] || n >= 5
		}
	}
	// Shrink grown by three cells, along rows, then along columns: a cell
	// stays when every cell of the image up to three away is grown.
	const by = 3
	row := make([]bool, s.cw*s.ch)
	for cy := range s.ch {
		for cx := range s.cw {
			all := true
			for x := max(0, cx-by); x <= min(s.cw-1, cx+by); x++ {
				all = all && grown[cy*s.cw+x]
			}
			row[cy*s.cw+cx] = all
		}
	}
	for cy := range s.ch {
		for cx := range s.cw {
			all := true
			for y := max(0, cy-by); y <= min(s.ch-1, cy+by); y++ {
				all = all && row[y*s.cw+cx]
			}
			grown[cy*s.cw+cx] = all
		}
	}
	if skipQuiet {
		s.addQuietCells(grown)
	}
	return grown
}

// skipQuiet lets coveredCells add the quiet cells; the benchmarks turn it
// off to compare.
var skipQuiet = true

// addQuietCells adds to covered, once every row of cells but those of
// mayCover is sampled, the cells of those rows far from any busy cell: no
// cell of the rows above and below is busy up to two columns away.
//
// Whether such a cell is busy cannot change the candidates (decidePhotos),
// the only way a verdict reaches the photo areas: the cell has at most two
// busy neighbours, those of its own row, too few to be a candidate (three
// are needed); so have its neighbours in its row, whose cells above and
// below are not busy either (up to one column from the cell); and its
// neighbours above and below are not busy, so are no candidates. That
// holds whatever the verdicts of the other cells of its row, left out or
// not. Smooth off-palette areas (gradients, plain backgrounds) are mostly
// quiet: their cells, never settled early, take every sample otherwise.
func (s *spatialPass) addQuietCells(covered []bool) {
	near := make([]bool, s.cw) // a busy cell above or below
	for cy := range s.ch {
		if !s.mayCover(cy) {
			continue
		}
		above, below := s.stats[(cy-1)*s.cw:][:s.cw], s.stats[(cy+1)*s.cw:][:s.cw]
		for cx := range near {
			near[cx] = above[cx].isBusy() || below[cx].isBusy()
		}
		const by = 2
		for cx := range s.cw {
			quiet := true
			for x := max(0, cx-by); x <= min(s.cw-1, cx+by); x++ {
				quiet = quiet && !near[x]
			}
			covered[cy*s.cw+cx] = covered[cy*s.cw+cx] || quiet
		}
	}
}

// settle settles st when its statistics decide isBusy whatever the rest
// samples still to come are, total being its number of samples in the end
// (all opaque). Every figure isBusy looks at only grows with more samples,
// by at most one per sample (the keys, the luma range and the voted pair's
// count too), so a cell is certainly not busy once its palette or flat
// samples are too many already, and certainly busy once they, and the
// samples explained by the palette, cannot become too many with all the
// rest, while its keys or luma range already say busy.
func (st *cellStat) settle(total, rest uint32) {
	explained := st.palette + st.pairs
	if total < cellSize*cellSize/8 || st.palette*2 >= total || st.flat*4 >= total*3 ||
		(st.flat*8 >= total && explained*4 >= total*3) {
		st.settled = settledNotBusy
		return
	}
	if (st.palette+rest)*2 >= total || (st.flat+rest)*4 >= total*3 {
		return // the cell may still be found too flat
	}
	keys := 0
	for _, k := range st.keys {
		keys += bits.OnesCount64(k)
	}
	if (keys >= 12 && (st.flat+rest)*8 < total) ||
		((explained+rest)*4 < total*3 && (keys >= 5 || st.hiL-st.loL >= 12)) {
		st.settled = settledBusy
	}
}

// min8 and max8 are min and max without a branch: the luma of photographs
// goes up and down too often to be guessed.
func min8(a, b uint8) uint8 {
	d := int32(a) - int32(b)
	return uint8(int32(b) + d&(d>>31))
}

func max8(a, b uint8) uint8 {
	d := int32(a) - int32(b)
	return uint8(int32(a) - d&(d>>31))
}
