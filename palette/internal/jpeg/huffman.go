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
