package pngrows

import (
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

// BenchmarkAdler32 compares adler32Update with hash/adler32 on 32 KB.
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
