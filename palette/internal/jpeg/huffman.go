package jpeg

// lookBits is the number of bits the lookahead tables decode at once: 9
// covers nearly every code of real files (libjpeg-turbo uses 8, stb_image 9).
const lookBits = 9

// huffman is a decoding table (section C and annex F.2.2.3).
type huffman struct {
	nCodes int32
	// lut: by the next lookBits bits, the symbol<<8 | code length, or 0
	// when the code is longer.
	lut [1 << lookBits]uint16
	// fastAC: for AC tables, by the next lookBits bits, the whole
	// coefficient when its code and magnitude bits fit: value<<16 |
	// run<<8 | total length. The end-of-block symbol (0x00) has run
	// fastEOB and its code length; anything else has run fastNone. Both
	// runs take the decoder past coefficient 63, off its fast path.
	fastAC [1 << lookBits]int32
	// fastDC: for DC tables, by the next lookBits bits, the difference
	// when its code and magnitude bits fit: value<<8 | total length; 0
	// when they do not.
	fastDC [1 << lookBits]int32
	// pairAC: for AC tables, by the next pairBits bits, two symbols
	// decoded at once when both codes and their magnitude bits fit (see
	// buildPairAC); 0 when they do not.
	pairAC [1 << pairBits]uint64
	vals   [256]uint8
	// maxCode[l] is the largest code of length l+1 left-aligned in 16 bits
	// plus one (0 when there is none); valPtr[l] maps a code of that
	// length to its index in vals.
	maxCode [17]uint32
	valPtr  [16]int32
	minCode [16]int32
}

// build derives the tables from the counts of codes by length and the
// symbols. It refuses over-subscribed tables, which image/jpeg reads in its
// own way.
func (h *huffman) build(counts *[16]uint8, vals []uint8) error {
	h.nCodes = int32(len(vals))
	copy(h.vals[:], vals)
	clear(h.lut[:])
	code, k := uint32(0), int32(0)
	for l := range 16 {
		n := int32(counts[l])
		h.valPtr[l] = k - int32(code)
		h.minCode[l] = int32(code)
		if code+uint32(n) > 1<<(l+1) {
			return errUnsupported("over-subscribed Huffman table")
		}
		for range n {
			if l+1 <= lookBits {
				shift := lookBits - (l + 1)
				base := code << shift
				for j := range uint32(1) << shift {
					h.lut[base+j] = uint16(h.vals[k])<<8 | uint16(l+1)
				}
			}
			code++
			k++
		}
		if n == 0 {
			h.maxCode[l] = 0
		} else {
			h.maxCode[l] = code << (15 - l) // exclusive bound, 16-bit aligned
		}
		code <<= 1
	}
	return nil
}

// Runs of fastAC entries that are not coefficients: more than 63, so that
// zig+run is past every band.
const (
	fastEOB  = 64   // the end-of-block symbol
	fastNone = 0xff // a longer code, or a magnitude that does not fit
)

// buildFastAC fills fastAC from lut: run/size symbols whose code and
// magnitude fit in lookBits bits, with a size of at most 7, and the
// end-of-block symbol.
func (h *huffman) buildFastAC() {
	for i, v := range h.lut {
		h.fastAC[i] = fastNone << 8
		if v == 0 {
			continue
		}
		sym, l := uint8(v>>8), int(v&0xff)
		if sym == 0 {
			h.fastAC[i] = fastEOB<<8 | int32(l)
			continue
		}
		run, size := int(sym>>4), int(sym&15)
		if size == 0 || size > 7 || l+size > lookBits {
			continue
		}
		s := int32(1) << size
		x := int32(i>>(lookBits-l-size)) & (s - 1)
		if x < s>>1 {
			x += ((-1) << size) + 1
		}
		h.fastAC[i] = x<<16 | int32(run)<<8 | int32(l+size)
	}
}

// buildFastDC fills fastDC from lut: sizes whose code and magnitude bits fit
// in lookBits bits, with their extended value (F.2.2.1).
func (h *huffman) buildFastDC() {
	for i, v := range h.lut {
		h.fastDC[i] = 0
		if v == 0 {
			continue
		}
		size, l := int(v>>8), int(v&0xff)
		if size > 16 || l+size > lookBits {
			continue
		}
		x := int32(0)
		if size > 0 {
			s := int32(1) << size
			x = int32(i>>(lookBits-l-size)) & (s - 1)
			if x < s>>1 {
				x += ((-1) << size) + 1
			}
		}
		h.fastDC[i] = x<<8 | int32(l+size)
	}
}

// decode returns the next symbol. The caller has filled the reader so that
// at least 16 bits are available.
func (h *huffman) decode(br *bitReader) (uint8, error) {
	if v := h.lut[br.acc>>(64-lookBits)]; v != 0 {
		br.skip(int(v & 0xff))
		return uint8(v >> 8), nil
	}
	return h.decodeSlow(br)
}

func (h *huffman) decodeSlow(br *bitReader) (uint8, error) {
	if h.nCodes == 0 {
		return 0, errFormat("uninitialized Huffman table")
	}
	c := uint32(br.acc >> 48) // the next 16 bits
	for l := lookBits; l < 16; l++ {
		if h.maxCode[l] != 0 && c < h.maxCode[l] {
			code := int32(c >> (15 - l))
			if code >= h.minCode[l] {
				br.skip(l + 1)
				return h.vals[h.valPtr[l]+code], nil
			}
		}
	}
	// Codes shorter than lookBits that the table did not hold cannot
	// exist; nothing matched.
	return 0, errFormat("bad Huffman code")
}

// pairBits is the width of pairAC's look-up: with the short codes of the
// commonest coefficients (2-4 bits and a magnitude bit or two), two of them
// often fit in 10 bits.
const pairBits = 10

// Layout of a pairAC entry. From the current zig-zag position zig, the
// decoder writes the second value at zig+step2, then the first at
// zig+step1, and moves zig on by adv (then by one, as after any
// coefficient). Bits 0-7: the bits the entry takes; 8-13: step1; bit 14:
// the second value is a coefficient (pairCoef2); 16-23: step2; 24-29: adv;
// bit 30: the entry ends the block (pairEOB); bit 31: it has a coefficient
// (pairCoef); bits 32-47 and 48-63: the first and second values, signed.
//
//   - a coefficient and another: step1 run1, step2 and adv run1+1+run2;
//   - a coefficient alone (the next code does not fit): step2 = step1 =
//     run1 with a second value of 0, written before the first;
//   - a coefficient and the end of block: step2 run1+1 with a value of 0,
//     so that the decoder takes it only when the first coefficient is not
//     the 63rd (such a block has no end-of-block symbol);
//   - the end of block alone: both steps 0, both values 0 (the place zig
//     of the block is still zero);
//   - anything else: step2 pairNone, past every block, for the slow path.
const (
	pairCoef2 = 1 << 14
	pairEOB   = 1 << 30
	pairCoef  = 1 << 31
	pairNone  = 0xff
)

// buildPairAC fills pairAC from lut: two symbols decoded by one look-up
// when both codes and magnitude bits fit in pairBits bits (and magnitudes
// have at most 7 bits), one when only the first fits, as laid out above.
func (h *huffman) buildPairAC() {
	for i := range h.pairAC {
		h.pairAC[i] = pairNone << 16
		run1, len1, v1, ok := h.fastCoef(i, pairBits)
		if !ok {
			if v := h.lut[i>>(pairBits-lookBits)]; v != 0 && v>>8 == 0 {
				h.pairAC[i] = uint64(v&0xff) | pairEOB // step1, step2 0
			}
			continue
		}
		e := uint64(len1) | uint64(run1)<<8 | pairCoef | uint64(uint16(int16(v1)))<<32
		i2 := i << len1 & (1<<pairBits - 1) // the bits after the first
		if v := h.lut[i2>>(pairBits-lookBits)]; v != 0 && v>>8 == 0 && int(v&0xff) <= pairBits-len1 {
			h.pairAC[i] = e + uint64(v&0xff) | uint64(run1+1)<<16 | pairEOB
			continue
		}
		run2, len2, v2, ok := h.fastCoef(i2, pairBits-len1)
		if !ok {
			h.pairAC[i] = e | uint64(run1)<<16 | uint64(run1)<<24
			continue
		}
		step := uint64(run1 + 1 + run2)
		h.pairAC[i] = e + uint64(len2) | pairCoef2 | step<<16 | step<<24 | uint64(uint16(int16(v2)))<<48
	}
}

// fastCoef decodes the coefficient symbol at the top of the pairBits-bit
// index i when its code and magnitude (of 1 to 7 bits) fit in its first
// avail bits: its run, total length and extended value (F.2.2.1).
func (h *huffman) fastCoef(i, avail int) (run, length int, v int32, ok bool) {
	e := h.lut[i>>(pairBits-lookBits)]
	if e == 0 {
		return 0, 0, 0, false
	}
	sym, l := uint8(e>>8), int(e&0xff)
	run, size := int(sym>>4), int(sym&15)
	if size == 0 || size > 7 || l+size > avail {
		return 0, 0, 0, false
	}
	s := int32(1) << size
	v = int32(i>>(pairBits-l-size)) & (s - 1)
	if v < s>>1 {
		v += ((-1) << size) + 1
	}
	return run, l + size, v, true
}
