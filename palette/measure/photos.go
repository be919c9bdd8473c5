package measure

import "encoding/binary"

// The photo detector samples every other pixel of every other row
// (findPhotos). A sampled row is first cut into runs of one colour, each
// with what its samples add to a cell (sampleInfo), in a tight loop that
// reads JPEG, NRGBA and RGBA images in place; then each run is added to
// the statistics of its cells at once: a run of k samples within a cell is
// k samples, k−1 of them flat (equal to the sample before), of one code,
// key and luma. The statistics are the very ones sample gathers one
// sample at a time.
//
// A colour's sampleInfo is remembered in a small direct-mapped cache
// (sampleCache), kept with the ring from image to image: photographs
// repeat their colours often (a third of the samples of JPEG wallpapers
// that differ from the sample before are in a cache of 4096 colours),
// where the code costs a table lookup in a megabyte and the conversion
// from YCbCr a dozen operations.

// sampleInfo packs what a sample of colour c adds to its cell: its code
// (pixelCode, never 0) in the low 16 bits, the hash of its 6-bit key (the
// bit it sets in cellStat.keys) in the next 8 and its luma in the top 8.
// 0 stands for a transparent sample, which adds nothing.
func (s *spatialPass) sampleInfo(c uint32) uint32 {
	if c>>24 == 0 {
		return 0
	}
	r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
	h := rgbKey(r, g, b) * 0x9E3779B1 >> 24
	l := (77*uint32(r) + 150*uint32(g) + 29*uint32(b)) >> 8
	return s.m.pixelCode(c) | h<<16 | l<<24
}

// sampleCacheBits sizes the sample caches: 4096 entries, 32 KB by colour,
// 48 KB by luma and chroma.
const sampleCacheBits = 12

// sampleCache remembers sampleInfo by straight colour (byColor) and, for
// JPEG, the colour and its sampleInfo by luma and chroma (byYCC). An entry
// with info 0 is empty.
type sampleCache struct {
	byColor [1 << sampleCacheBits]struct{ c, info uint32 }
	byYCC   [1 << sampleCacheBits]struct{ ycc, c, info uint32 }
}

// cacheSlot is the entry of the sample caches for v.
func cacheSlot(v uint32) uint32 { return v * 0x9E3779B1 >> (32 - sampleCacheBits) }

// infoOf returns sampleInfo(c) through the cache.
func (s *spatialPass) infoOf(c uint32) uint32 {
	e := &s.sampCache.byColor[cacheSlot(c)]
	if e.c == c && e.info != 0 {
		return e.info
	}
	info := s.sampleInfo(c)
	if info != 0 {
		e.c, e.info = c, info
	}
	return info
}

// sampleRuns is one sampled row as runs of one colour: run r starts at
// sample runs[r]>>32 and adds uint32(runs[r]) (sampleInfo) per sample;
// after the last run, runs[nr]>>32 is the number of samples. Transparent
// samples form runs of their own, of info 0.
type sampleRuns struct {
	runs []uint64
}

func newSampleRuns(samples int) *sampleRuns {
	return &sampleRuns{runs: make([]uint64, samples+1)}
}

// runsOf cuts buf, a row of samples, into runs; it returns the number of
// runs.
func (s *spatialPass) runsOf(sr *sampleRuns, buf []uint32) int {
	runs := sr.runs[:len(buf)+1]
	// prev 0 at the start: a transparent first sample (0) makes no run,
	// which adds what its run would add, nothing.
	nr, prev := 0, uint32(0)
	for i, c := range buf {
		if c == prev {
			continue
		}
		prev = c
		runs[nr] = uint64(i)<<32 | uint64(s.infoOf(c))
		nr++
	}
	runs[nr] = uint64(len(buf)) << 32
	return nr
}

// runsYCC is runsOf for row y (relative to the bounds) of a JPEG whose
// chroma is subsampled horizontally by at most 2 (ysx ≤ 1): the samples'
// luma and chroma are read in place and converted as rowReader.read
// converts them (yccPack), once per change of luma or chroma.
func (s *spatialPass) runsYCC(sr *sampleRuns, y int) int {
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
	runs := sr.runs[:n+1]
	cache := &s.sampCache.byYCC
	// No luma and chroma pack to ^0, no opaque colour is 0.
	nr, prevYCC, prev := 0, ^uint32(0), uint32(0)
	for i := 0; i < n; i++ {
		// The samples up to the next colour missing from the cache, in a
		// loop without calls, whose values stay in registers.
		var ycc uint32
		for ; i < n; i++ {
			j := i * step
			ycc = uint32(yRow[2*i]) | uint32(cb[j])<<8 | uint32(cr[j])<<16
			if ycc == prevYCC {
				continue // the colour before
			}
			e := &cache[cacheSlot(ycc)]
			if e.ycc != ycc || e.info == 0 {
				break
			}
			prevYCC = ycc
			c := e.c
			// Written every time, kept when a run starts.
			runs[nr] = uint64(i)<<32 | uint64(e.info)
			if c != prev {
				nr++
			}
			prev = c
		}
		if i == n {
			break
		}
		prevYCC = ycc
		c := yccPack(uint8(ycc), uint8(ycc>>8), uint8(ycc>>16))
		info := s.sampleInfo(c)
		e := &cache[cacheSlot(ycc)]
		e.ycc, e.c, e.info = ycc, c, info
		runs[nr] = uint64(i)<<32 | uint64(info)
		if c != prev {
			nr++
		}
		prev = c
	}
	runs[nr] = uint64(n) << 32
	return nr
}

// runsRGBA is runsOf for row y (relative to the bounds) of an NRGBA
// (rgbaKind 1) or RGBA (rgbaKind 2) image, read in place; an RGBA pixel
// is converted as rowReader.read converts it, once per change of pixel.
func (s *spatialPass) runsRGBA(sr *sampleRuns, y int) int {
	n := (s.w + 1) / 2
	row := s.pix[s.pixOff+y*s.stride:][:8*(n-1)+4]
	runs := sr.runs[:n+1]
	premul := s.rgbaKind == 2
	cache := &s.sampCache.byColor
	nr, prevRaw, prev := 0, ^binary.LittleEndian.Uint32(row), uint32(0)
	for i := range n {
		raw := binary.LittleEndian.Uint32(row[8*i:])
		if raw == prevRaw {
			continue
		}
		prevRaw = raw
		c := raw
		if a := uint8(raw >> 24); premul && a != 255 && a != 0 {
			c = uint32(unpremultiply(uint8(raw), a)) | uint32(unpremultiply(uint8(raw>>8), a))<<8 |
				uint32(unpremultiply(uint8(raw>>16), a))<<16 | uint32(a)<<24
		}
		if c == prev {
			continue
		}
		prev = c
		e := &cache[cacheSlot(c)]
		info := e.info
		if e.c != c || info == 0 {
			info = s.sampleInfo(c)
			if info != 0 {
				e.c, e.info = c, info
			}
		}
		runs[nr] = uint64(i)<<32 | uint64(info)
		nr++
	}
	runs[nr] = uint64(n) << 32
	return nr
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
		code, h, l := info&0xffff, info>>16&255, uint8(info>>24)
		bit := uint64(1) << (h & 63)
		// The run, cut at cell borders.
		for i < e {
			end := min(e, i|(per-1)+1)
			k := uint32(end - i)
			st := &stats[i/per]
			if st.n == 0 {
				st.loL = 255
			}
			st.n += k
			st.flat += k - 1
			st.keys[h>>6] |= bit
			st.loL, st.hiL = min(st.loL, l), max(st.hiL, l)
			switch {
			case code == codeOff:
			case code < codeMix:
				st.palette += k
			default:
				for range k {
					st.vote((code - codeMix) / mixSteps)
				}
			}
			i = end
		}
	}
}
