package vp8

import (
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
