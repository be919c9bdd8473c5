// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package vp8

// Each VP8 frame consists of between 2 and 9 bitstream partitions.
// Each partition is byte-aligned and is independently arithmetic-encoded.
//
// This file implements decoding a partition's bitstream, as specified in
// chapter 7. It follows libwebp's src/utils/bit_reader_utils.h and
// bit_reader_inl_utils.h (VP8GetBit, VP8LoadNewBytes) rather than upstream
// x/image/vp8, which refilled one byte at a time and normalised the range
// with two look-up tables behind a branch (range below 128): the undecoded
// bits are kept in a 64-bit value refilled 7 bytes at a time, and every
// bit is renormalised by two look-ups (renormShift, renormRangeM1) without
// a branch. The hot callers (parseResiduals4) keep the state in a
// boolState local, so that it stays in registers.
//
// The decoded bits, and when a partition reports unexpectedEOF, are exactly
// upstream's (TestPartitionSameAsReference): a byte is needed when fewer
// than 8 undecoded bits are left, the last 7 bytes are read one at a time,
// and reading past the end returns false without changing the state, as
// upstream does.

import (
	"encoding/binary"
	"math/bits"
)

// uniformProb represents a 50% probability that the next bit is 0.
const uniformProb = 128

// boolState is the state of a boolean decoder between two bits: small
// enough (three words) for the compiler to keep in registers when it is a
// local variable.
type boolState struct {
	// value holds 8+nBits undecoded bits read from the partition, the
	// top 8 of which are compared with the split.
	value uint64
	// nBits is how many bits value holds below the 8 compared ones. A
	// "negative" nBits (int(nBits) < 0) means a refill is due before the
	// next bit; unsigned, it shifts value without conversions.
	nBits uint
	// rangeM1 is range minus 1, where range is in the arithmetic coding
	// sense, not the Go language sense; from 127 to 254 between bits.
	rangeM1 uint64
}

// renormShift[r] and renormRangeM1[r] are, for a range r from 1 to 254
// after a bit, the shift that brings it to 128 or more and the shifted
// range minus 1: 8 - bits.Len(r) and r<<shift - 1, as libwebp's former
// kVP8Log2Range and kVP8NewRange. Two loads, independent of each other,
// are shorter on the chain from one bit's range to the next bit's split
// than counting the bits (BSR, a CMOV for zero, a subtraction, a shift
// and a decrement), and fewer instructions: on 2 corpus files, 5 % fewer
// in the whole decoder (cachegrind).
var renormShift, renormRangeM1 = func() (shift, rangeM1 [256]uint8) {
	for r := 1; r < 256; r++ {
		sh := 8 - bits.Len(uint(r))
		shift[r], rangeM1[r] = uint8(sh), uint8(r<<sh-1)
	}
	return
}()

// partition holds arithmetic-coded bits.
type partition struct {
	// s is the decoder state, when no boolState local holds it.
	s boolState
	// buf is the input bytes.
	buf []byte
	// r is how many of buf's bytes have been read into s.value.
	r int
	// unexpectedEOF tells whether we tried to read past buf.
	unexpectedEOF bool
}

// init initializes the partition.
func (p *partition) init(buf []byte) {
	p.buf = buf
	p.r = 0
	p.s = boolState{nBits: ^uint(7), rangeM1: 254} // nBits -8: refill due
	p.unexpectedEOF = false
}

// refill returns s with more bits from buf: 56 when buf has 8 bytes left
// (one 64-bit load), else 8. At the end of buf it sets unexpectedEOF and
// returns s unchanged, with nBits still negative. It is rarely called (once
// per 56 bits), and not inlined so that its callers' hot paths stay short.
//
//go:noinline
func (p *partition) refill(s boolState) boolState {
	if p.r+8 <= len(p.buf) {
		s.value = s.value<<56 | binary.BigEndian.Uint64(p.buf[p.r:])>>8
		s.nBits += 56
		p.r += 7
		return s
	}
	if p.r < len(p.buf) {
		s.value = s.value<<8 | uint64(p.buf[p.r])
		s.nBits += 8
		p.r++
		return s
	}
	p.unexpectedEOF = true
	return s
}

// decode decodes the next bit of s, which must hold at least 8 bits
// (s.nBits >= 0): callers refill first. With s.nBits still negative after
// refill, at the end of the partition, it returns false, as upstream does
// past the end: value >> nBits is then 0, which is never above the split.
func (s boolState) decode(prob uint8) (boolState, bool) {
	split := (s.rangeM1 * uint64(prob)) >> 8
	bit := s.value>>s.nBits > split
	// The compiler chooses the value without a branch (CMOV) but branches
	// on the bit for the new range, which indexes the tables below. That
	// costs nothing more: every caller branches on the bit anyway, and the
	// two branches agree. A mask instead of the branch (range plus
	// (rangeM1-2*split-1)&-bit, no branch at all) was 8 % slower on the
	// corpus (prof -decode /tmp/cwh, 6 pairs: 3.00 -> 3.24 s best).
	rng := split + 1 // the new range
	oneValue := s.value - rng<<s.nBits
	if bit {
		rng = s.rangeM1 - split
		s.value = oneValue
	}
	// Renormalise so that range is at least 128 again (renormShift).
	s.rangeM1 = uint64(renormRangeM1[uint8(rng)])
	s.nBits -= uint(renormShift[uint8(rng)])
	return s, bit
}

// decodeValue is decode for a bit the caller adds into a number instead of
// branching on it (the low bits of large token values, section 13.2): it
// returns the bit as 0 or 1 and takes no branch on it. Those bits are near
// coin tosses, and decode's branch was mispredicted for many of them;
// where the caller branches on the bit anyway, decode's is free
// (TestDecodeValueSameAsDecode). one is all ones when the bit is 1, as in
// decodeSign.
func (s boolState) decodeValue(prob uint8) (boolState, uint32) {
	split := (s.rangeM1 * uint64(prob)) >> 8
	one := -((split - s.value>>s.nBits) >> 63)
	// The new range: split+1, or rangeM1-split when the bit is 1.
	rng := split + 1 + (s.rangeM1-2*split-1)&one
	s.value -= (split + 1) << s.nBits & one
	s.rangeM1 = uint64(renormRangeM1[uint8(rng)])
	s.nBits -= uint(renormShift[uint8(rng)])
	return s, uint32(one & 1)
}

// decodeSign decodes the next bit of s with probability 128 (a
// coefficient's sign, section 13.2), as decode(uniformProb) does, in fewer
// steps, as libwebp's VP8GetSigned does: the split is half the range, and
// the new range (always below 128: one shift) has a formula without the
// multiplication and the bit count. s must hold at least 8 bits, and a bit
// must have been decoded from it before: its range is then at most 254
// (rangeM1 253), not the initial 255, whose zero outcome would need no
// shift (TestDecodeSignSameAsDecode).
//
// It takes no branch on the bit: a sign is a coin toss no predictor
// learns, and the caller negates the coefficient with a conditional move,
// so a branch here (which the compiler made of the if statement it had)
// was mispredicted for half the non-zero coefficients. one is all ones
// when the bit is 1: the top 8 bits, at most 255, are above the split
// (at most 127) exactly when split minus them wraps around.
func (s boolState) decodeSign() (boolState, bool) {
	split := s.rangeM1 >> 1
	one := -((split - s.value>>s.nBits) >> 63)
	// The zero outcome's range is split+1, doubled: rangeM1|1 minus 1 is
	// 2*split+1. The one outcome's is rangeM1-split, doubled: (rangeM1-1)|1.
	s.value -= (split + 1) << s.nBits & one
	s.rangeM1 = (s.rangeM1 - one&1) | 1
	s.nBits--
	return s, one != 0
}

// next refills s when due and decodes its next bit: for the rarer paths,
// on a state kept in the caller's locals.
func (p *partition) next(s boolState, prob uint8) (boolState, bool) {
	if int(s.nBits) < 0 {
		s = p.refill(s)
	}
	return s.decode(prob)
}

// readBit returns the next bit.
func (p *partition) readBit(prob uint8) bool {
	var bit bool
	p.s, bit = p.next(p.s, prob)
	return bit
}

// readUint returns the next n-bit unsigned integer.
func (p *partition) readUint(prob, n uint8) uint32 {
	var u uint32
	for n > 0 {
		n--
		if p.readBit(prob) {
			u |= 1 << n
		}
	}
	return u
}

// readInt returns the next n-bit signed integer.
func (p *partition) readInt(prob, n uint8) int32 {
	u := p.readUint(prob, n)
	b := p.readBit(prob)
	if b {
		return -int32(u)
	}
	return int32(u)
}

// readOptionalInt returns the next n-bit signed integer in an encoding
// where the likely result is zero.
func (p *partition) readOptionalInt(prob, n uint8) int32 {
	if !p.readBit(prob) {
		return 0
	}
	return p.readInt(prob, n)
}
