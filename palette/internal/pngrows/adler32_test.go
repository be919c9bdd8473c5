package pngrows

import (
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"math/rand/v2"
	"testing"
)

func TestAdler32(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	// Long runs of 0xff are the worst case for overflow before reduction.
	for _, n := range []int{0, 1, 7, 8, 9, 63, adlerMax - 1, adlerMax, adlerMax + 1, 3*adlerMax + 5, 1 << 20} {
		for _, kind := range []string{"random", "0xff", "zero"} {
			p := make([]byte, n)
			for i := range p {
				switch kind {
				case "random":
					p[i] = uint8(rng.IntN(256))
				case "0xff":
					p[i] = 0xff
				}
			}
			if got, want := adler32Update(1, p), adler32.Checksum(p); got != want {
				t.Errorf("%d bytes, %s: %#x, want %#x", n, kind, got, want)
			}
			if got, want := adler32Words(1, p), adler32.Checksum(p); got != want {
				t.Errorf("%d bytes, %s, words: %#x, want %#x", n, kind, got, want)
			}
			// In pieces, as zlib reads arrive.
			d := uint32(1)
			for rest := p; len(rest) > 0; {
				k := min(len(rest), 1+rng.IntN(9000))
				d, rest = adler32Update(d, rest[:k]), rest[k:]
			}
			if want := adler32.Checksum(p); d != want {
				t.Errorf("%d bytes, %s, in pieces: %#x, want %#x", n, kind, d, want)
			}
		}
	}
}

// adler32Words is adler32Update without its blocks, eight bytes at a
// time with three multiplications each: the previous version, for
// BenchmarkAdler32.
func adler32Words(d uint32, p []byte) uint32 {
	s1, s2 := d&0xffff, d>>16
	const (
		lanes       = 0x00ff00ff00ff00ff
		ones        = 0x0001000100010001
		evenWeights = 8<<48 | 6<<32 | 4<<16 | 2
		oddWeights  = 7<<48 | 5<<32 | 3<<16 | 1
	)
	for len(p) > 0 {
		q := p[:min(len(p), adlerMax)]
		p = p[len(q):]
		for len(q) >= 8 {
			w := binary.LittleEndian.Uint64(q)
			even, odd := w&lanes, (w>>8)&lanes
			s2 += 8*s1 + uint32((even*evenWeights)>>48) + uint32((odd*oddWeights)>>48)
			s1 += uint32(((even + odd) * ones) >> 48)
			q = q[8:]
		}
		for _, x := range q {
			s1 += uint32(x)
			s2 += s1
		}
		s1 %= adlerMod
		s2 %= adlerMod
	}
	return s2<<16 | s1
}

// BenchmarkAdler32 compares adler32Update with its previous version and
// with hash/adler32 on 32 KB.
func BenchmarkAdler32(b *testing.B) {
	p := make([]byte, 32<<10)
	for i := range p {
		p[i] = uint8(i * 7)
	}
	for _, f := range []struct {
		name string
		fn   func([]byte) uint32
	}{
		{"adler32Update", func(p []byte) uint32 { return adler32Update(1, p) }},
		{"words", func(p []byte) uint32 { return adler32Words(1, p) }},
		{"hash-adler32", adler32.Checksum},
	} {
		b.Run(fmt.Sprint(f.name), func(b *testing.B) {
			b.SetBytes(int64(len(p)))
			for b.Loop() {
				f.fn(p)
			}
		})
	}
}
