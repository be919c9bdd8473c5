package jpeg

import "encoding/binary"

// bitReader reads the entropy-coded data of a scan from memory. It stops
// at the first marker (0xff followed by anything but 0x00) and then feeds
// zero bits, counting them in pad: a scan that consumed any of them ran
// past its data, which image/jpeg treats as an error.
type bitReader struct {
	data   []byte
	pos    int    // next byte to load; at a marker once stopped
	acc    uint64 // unread bits, most significant first
	n      int    // number of unread bits in acc
	pad    int    // how many of the last bits loaded are padding
	marker bool   // stopped at a marker or at the end of data
}

// fill loads bytes until at least 56 bits are available: eight at once
// when they are all data (peek8), else one at a time (fillSlow). The
// decoding loops that keep the accumulator in registers repeat this fast
// path inline (fill is too large for the inliner).
//
// The fast path or-s all eight bytes in below the unread bits, with no
// masking to the whole bytes that fit (variant 4 of F. Giesen, "Reading
// bits in far too many ways", 2018). Those whole bytes, at least one, are
// consumed and n becomes 56-63; the bits of the next byte that also fit
// stay below the n unread ones, where the next fill, by either path, or-s
// in that same byte again (it holds no 0xff, so it is data). When the
// reader stops at a marker all bits below n are zero again, so the
// padding is zeros as before.
func (br *bitReader) fill() {
	if w, ok := br.peek8(); ok {
		br.acc |= w >> uint(br.n)
		br.pos += (63 - br.n) >> 3
		br.n |= 56
		return
	}
	br.fillSlow()
}

// fillSlow loads bytes one at a time until at least 57 bits are
// available, removing stuffed zeros and stopping at a marker.
func (br *bitReader) fillSlow() {
	for br.n <= 56 {
		if br.marker {
			br.n += 8
			br.pad += 8
			continue
		}
		if br.pos >= len(br.data) {
			br.marker = true
			continue
		}
		b := br.data[br.pos]
		if b == 0xff {
			if br.pos+1 < len(br.data) && br.data[br.pos+1] == 0 {
				br.pos += 2
			} else {
				br.marker = true
				continue
			}
		} else {
			br.pos++
		}
		br.acc |= uint64(b) << uint(56-br.n)
		br.n += 8
	}
}

// hasFF reports whether any byte of w is 0xff.
func hasFF(w uint64) bool {
	x := ^w // 0xff bytes become 0x00
	return (x-0x0101010101010101)&^x&0x8080808080808080 != 0
}

// overrun reports whether the scan consumed bits past its data.
func (br *bitReader) overrun() bool { return br.n < br.pad }

func (br *bitReader) skip(k int) {
	br.acc <<= uint(k)
	br.n -= k
}

// receiveExtend reads t bits (t ≤ 16, n ≥ t) and extends their sign, as
// section F.2.2.1 and image/jpeg do.
func (br *bitReader) receiveExtend(t uint8) int32 {
	if t == 0 {
		return 0
	}
	s := int32(1) << t
	x := int32(br.acc>>(64-uint(t))) & (s - 1)
	br.acc <<= t
	br.n -= int(t)
	if x < s>>1 {
		x += ((-1) << t) + 1
	}
	return x
}

// bit reads one bit.
func (br *bitReader) bit() bool {
	if br.n < 1 {
		br.fill()
	}
	v := br.acc>>63 != 0
	br.acc <<= 1
	br.n--
	return v
}

// getBits reads k bits (k ≤ 16).
func (br *bitReader) getBits(k int) uint32 {
	if k == 0 {
		return 0
	}
	if br.n < k {
		br.fill()
	}
	v := uint32(br.acc >> (64 - uint(k)))
	br.acc <<= uint(k)
	br.n -= k
	return v
}

// bits reads k bits (k ≤ 63).
func (br *bitReader) bits(k int) uint64 {
	if br.n >= k { // k = 0 too: a shift by 64 gives 0
		v := br.acc >> (64 - uint(k))
		br.acc <<= uint(k)
		br.n -= k
		return v
	}
	return br.bitsSlow(k)
}

func (br *bitReader) bitsSlow(k int) uint64 {
	br.fill()
	if br.n < k { // more than fill guarantees: the first 32 bits now
		v := br.acc >> 32
		br.acc <<= 32
		br.n -= 32
		br.fill()
		k -= 32
		w := br.acc >> (64 - uint(k))
		br.acc <<= uint(k)
		br.n -= k
		return v<<uint(k) | w
	}
	v := br.acc >> (64 - uint(k))
	br.acc <<= uint(k)
	br.n -= k
	return v
}

// peek8 returns the next eight bytes as one big-endian word when they are
// all data (there are eight and none is 0xff): fill's fast path, small
// enough to be inlined in the decoding loops, which keep the accumulator
// in registers.
func (br *bitReader) peek8() (uint64, bool) {
	if br.pos+8 > len(br.data) {
		return 0, false
	}
	w := binary.BigEndian.Uint64(br.data[br.pos:])
	return w, !hasFF(w)
}
