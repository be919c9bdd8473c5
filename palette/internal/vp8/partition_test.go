package vp8

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// TestPartitionSameAsReference: on random partitions of every length up to
// 64 bytes (and some longer), with random, skewed and extreme
// probabilities, partition decodes the same bits as upstream's decoder and
// reports unexpectedEOF at the same bit, through and past the end (which
// random probabilities reach).
func TestPartitionSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	probs := []func() uint8{
		func() uint8 { return uint8(rng.IntN(256)) },
		func() uint8 { return 255 },
		func() uint8 { return 0 },
		func() uint8 { return 1 },
		func() uint8 { return uniformProb },
		func() uint8 { return uint8(240 + rng.IntN(16)) },
	}
	for n := 0; n < 200; n++ {
		size := n
		if n > 64 {
			size = rng.IntN(3000)
		}
		buf := make([]byte, size)
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		if n%7 == 3 {
			// Long runs of equal bytes, as in flat images.
			for i := range buf {
				buf[i] = byte(n)
			}
		}
		for pi, prob := range probs {
			var got partition
			var want refPartition
			got.init(buf)
			want.init(buf)
			past := 0 // bits read past the end
			for i := 0; i < 40*len(buf)+1000 && past < 64; i++ {
				p := prob()
				g, w := got.readBit(p), want.readBit(p)
				if g != w || got.unexpectedEOF != want.unexpectedEOF {
					t.Fatalf("%d bytes, probabilities %d, bit %d (prob %d): got %v eof %v, want %v eof %v",
						len(buf), pi, i, p, g, got.unexpectedEOF, w, want.unexpectedEOF)
				}
				if want.unexpectedEOF {
					past++
				}
			}
			if pi == 0 && !got.unexpectedEOF {
				t.Fatalf("%d bytes, probabilities %d: no unexpectedEOF past the end", len(buf), pi)
			}
		}
	}
}

// TestDecodeSignSameAsDecode: on random partitions, decoding some bits of
// probability 128 with decodeSign instead of decode (never the first bit,
// as in parseResiduals4) gives the same bits and the same decoder state as
// upstream's decoder, whose bits decode gives (TestPartitionSameAsReference),
// through and past the end.
func TestDecodeSignSameAsDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 300; n++ {
		buf := make([]byte, rng.IntN(2000))
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		if n%5 == 2 {
			for i := range buf {
				buf[i] = byte(n) // long runs of equal bytes
			}
		}
		var got, want partition
		var ref refPartition
		got.init(buf)
		want.init(buf)
		ref.init(buf)
		for i := 0; i < 12*len(buf)+200; i++ {
			prob := uint8(rng.IntN(256))
			sign := i > 0 && rng.IntN(3) == 0
			if sign {
				prob = uniformProb
			}
			var g, w bool
			want.s, w = want.next(want.s, prob)
			if sign {
				if int(got.s.nBits) < 0 {
					got.s = got.refill(got.s)
				}
				got.s, g = got.s.decodeSign()
			} else {
				got.s, g = got.next(got.s, prob)
			}
			r := ref.readBit(prob)
			if g != w || g != r || got.s != want.s || got.unexpectedEOF != ref.unexpectedEOF {
				t.Fatalf("%d bytes, bit %d (prob %d, sign %v): got %v %+v eof %v, want %v %+v, upstream %v eof %v",
					len(buf), i, prob, sign, g, got.s, got.unexpectedEOF, w, want.s, r, ref.unexpectedEOF)
			}
		}
	}
}

// BenchmarkReadBit decodes a 64 KiB partition of random bytes with upstream's
// decoder and with partition.
func BenchmarkReadBit(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	buf := make([]byte, 1<<16)
	for i := range buf {
		buf[i] = byte(rng.Uint32())
	}
	probs := make([]uint8, 4096)
	for i := range probs {
		probs[i] = uint8(rng.IntN(256))
	}
	b.Run("ximage", func(b *testing.B) {
		for b.Loop() {
			var p refPartition
			p.init(buf)
			for i := 0; !p.unexpectedEOF; i++ {
				p.readBit(probs[i&4095])
			}
		}
	})
	b.Run("partition", func(b *testing.B) {
		for b.Loop() {
			var p partition
			p.init(buf)
			for i := 0; !p.unexpectedEOF; i++ {
				p.readBit(probs[i&4095])
			}
		}
	})
}

// decodeByLen is decode with the renormalisation counted by bits.Len64, as
// the package did before renormShift and renormRangeM1.
func (s boolState) decodeByLen(prob uint8) (boolState, bool) {
	split := (s.rangeM1 * uint64(prob)) >> 8
	bit := s.value>>s.nBits > split
	rng := split + 1
	oneValue := s.value - rng<<s.nBits
	if bit {
		rng = s.rangeM1 - split
		s.value = oneValue
	}
	shift := 8 - uint(bits.Len64(rng))
	s.rangeM1 = rng<<shift - 1
	s.nBits -= shift
	return s, bit
}

// TestDecodeSameAsDecodeByLen: from every range a decoder can hold between
// bits (rangeM1 127 to 254), with every probability and both outcomes,
// decode's table renormalisation gives the state bits.Len64 gives, and the
// range is back at 128 or more.
func TestDecodeSameAsDecodeByLen(t *testing.T) {
	for rangeM1 := uint64(127); rangeM1 <= 254; rangeM1++ {
		for prob := 0; prob < 256; prob++ {
			split := rangeM1 * uint64(prob) >> 8
			for _, top := range []uint64{split, split + 1} { // a 0 bit, a 1 bit
				s := boolState{value: top<<20 | 0x5a5a5, nBits: 20, rangeM1: rangeM1}
				got, gb := s.decode(uint8(prob))
				want, wb := s.decodeByLen(uint8(prob))
				if got != want || gb != wb || got.rangeM1 < 127 || got.rangeM1 > 254 {
					t.Fatalf("rangeM1 %d, prob %d, bit %v: got %+v, want %+v", rangeM1, prob, wb, got, want)
				}
			}
		}
	}
}

// BenchmarkDecodeRenorm decodes a 64 KiB partition of random bytes, bit by
// bit through a boolState local as parseResiduals4 does, renormalising by
// bits.Len64 and by the tables. Unlike parseResiduals4 it does not branch
// on the bits, so the tables' version, where the compiler branches on the
// bit (see decode), pays mispredictions the Len64 version (all CMOV) does
// not: here it is the slower (2.5 ms against 4.2), in the decoder the
// faster (prof -decode /tmp/cwh, -1 to -2 %).
func BenchmarkDecodeRenorm(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	buf := make([]byte, 1<<16)
	for i := range buf {
		buf[i] = byte(rng.Uint32())
	}
	probs := make([]uint8, 4096)
	for i := range probs {
		probs[i] = uint8(rng.IntN(256))
	}
	// The two loops are written out so that each decode is inlined, as in
	// parseResiduals4.
	b.Run("len", func(b *testing.B) {
		ones := 0
		for b.Loop() {
			var p partition
			p.init(buf)
			s := p.s
			for i := 0; !p.unexpectedEOF; i++ {
				if int(s.nBits) < 0 {
					s = p.refill(s)
				}
				var bit bool
				s, bit = s.decodeByLen(probs[i&4095])
				ones += int(btou(bit))
			}
		}
		if ones == 0 {
			b.Fatal("no 1 bits decoded")
		}
	})
	b.Run("tables", func(b *testing.B) {
		ones := 0
		for b.Loop() {
			var p partition
			p.init(buf)
			s := p.s
			for i := 0; !p.unexpectedEOF; i++ {
				if int(s.nBits) < 0 {
					s = p.refill(s)
				}
				var bit bool
				s, bit = s.decode(probs[i&4095])
				ones += int(btou(bit))
			}
		}
		if ones == 0 {
			b.Fatal("no 1 bits decoded")
		}
	})
}

// TestDecodeValueSameAsDecode: from every range a decoder can hold between
// bits (rangeM1 127 to 254), with every probability and both outcomes, and
// at the end of a partition (value zero, nBits negative), decodeValue
// gives decode's bit and state.
func TestDecodeValueSameAsDecode(t *testing.T) {
	for rangeM1 := uint64(127); rangeM1 <= 254; rangeM1++ {
		for prob := 0; prob < 256; prob++ {
			split := rangeM1 * uint64(prob) >> 8
			states := []boolState{
				{value: split<<20 | 0x5a5a5, nBits: 20, rangeM1: rangeM1},     // a 0 bit
				{value: (split+1)<<20 | 0x5a5a5, nBits: 20, rangeM1: rangeM1}, // a 1 bit
				{value: 255 << 3, nBits: 3, rangeM1: rangeM1},                 // the largest top bits
				{nBits: ^uint(2), rangeM1: rangeM1},                           // past the end
			}
			for _, s := range states {
				got, gv := s.decodeValue(uint8(prob))
				want, wb := s.decode(uint8(prob))
				if got != want || gv != uint32(btou(wb)) {
					t.Fatalf("%+v, prob %d: got %+v %d, want %+v %v", s, prob, got, gv, want, wb)
				}
			}
		}
	}
}
