package jpeg

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// entropyStream returns n bytes of entropy-coded data as a scan holds
// them: random bytes, a few 0xff with their stuffed zero, and, when
// marker is set, a marker (0xff and a byte other than 0) at a random place,
// followed by more bytes that must never be read.
func entropyStream(rng *rand.Rand, n int, marker bool) []byte {
	var data []byte
	for len(data) < n {
		switch rng.IntN(40) {
		case 0:
			data = append(data, 0xff, 0x00)
		case 1:
			data = append(data, 0xff, 0x00, 0xff, 0x00)
		default:
			data = append(data, byte(rng.IntN(255)))
		}
	}
	if marker {
		at := rng.IntN(len(data) + 1)
		m := byte(1 + rng.IntN(255)) // 0xd0-0xd7, 0xd9, or any other: all stop
		data = append(data[:at:at], append([]byte{0xff, m}, data[at:]...)...)
	}
	return data
}

// readByteWise reads k bits (k ≤ 57) loading one byte at a time (fillSlow
// only), the reference for fill's eight-byte path.
func readByteWise(br *bitReader, k int) uint64 {
	if br.n < k {
		br.fillSlow()
	}
	v := br.acc >> (64 - uint(k)) // k = 0: 0
	br.acc <<= uint(k)
	br.n -= k
	return v
}

// nextFF is the offset of the first 0xff at or after p, where the marker
// parser and restart resume after a scan.
func nextFF(data []byte, p int) int {
	if i := bytes.IndexByte(data[min(p, len(data)):], 0xff); i >= 0 {
		return p + i
	}
	return len(data)
}

// TestFillMatchesByteWise reads random streams (stuffed zeros, a marker or
// none, any length, truncated anywhere) by random bit counts through fill,
// which takes eight bytes at once when none is 0xff, and one byte at a
// time: the same bits, the same padding once past the data (overrun), and
// the same next 0xff from where each stopped. It fails with the bits of the
// byte after the whole ones loaded left out of the next fill, or with them
// kept when a marker follows.
func TestFillMatchesByteWise(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 6))
	for trial := range 3000 {
		data := entropyStream(rng, rng.IntN(64), rng.IntN(3) > 0)
		fast, slow := &bitReader{data: data}, &bitReader{data: data}
		for step := 0; step < 120; step++ {
			var got, want uint64
			switch k := rng.IntN(17); rng.IntN(3) {
			case 0: // as getBits, receiveExtend and bit after their fill
				got, want = uint64(fast.getBits(k)), readByteWise(slow, k)
			case 1: // as the decoding loops: fill below 32 bits, then read
				if fast.n < 32 {
					fast.fill()
				}
				got = fast.acc >> (64 - uint(k))
				fast.acc <<= uint(k)
				fast.n -= k
				want = readByteWise(slow, k)
			default: // as bits: up to 63 at once
				k = rng.IntN(64)
				got = fast.bits(k)
				want = readByteWise(slow, min(k, 32))<<uint(max(k-32, 0)) | readByteWise(slow, max(k-32, 0))
			}
			if got != want {
				t.Fatalf("trial %d step %d: read %#x, byte-wise %#x (data % x)", trial, step, got, want, data)
			}
			if fast.overrun() != slow.overrun() {
				t.Fatalf("trial %d step %d: overrun %v, byte-wise %v (data % x)", trial, step, fast.overrun(), slow.overrun(), data)
			}
		}
		if f, s := nextFF(data, fast.pos), nextFF(data, slow.pos); f != s {
			t.Fatalf("trial %d: next 0xff at %d, byte-wise at %d (data % x)", trial, f, s, data)
		}
	}
}

// BenchmarkFill reads a stream of 64 KiB by 1-16 bits at a time, the
// decoding loops' pattern (refill below 32 bits), through fill and through
// the byte-at-a-time fillSlow alone.
func BenchmarkFill(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	data := entropyStream(rng, 1<<16, false)
	ks := make([]int, 4096)
	for i := range ks {
		ks[i] = 1 + rng.IntN(16)
	}
	for _, bc := range []struct {
		name string
		fill func(*bitReader)
	}{
		{"eight-bytes", (*bitReader).fill},
		{"byte-wise", (*bitReader).fillSlow},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var sink uint64
			for b.Loop() {
				br := &bitReader{data: data}
				for i := 0; !br.marker || !br.overrun(); i++ {
					if br.n < 32 {
						bc.fill(br)
					}
					k := ks[i&4095]
					sink += br.acc >> (64 - uint(k))
					br.acc <<= uint(k)
					br.n -= k
				}
			}
			if sink == 1 {
				b.Log(sink)
			}
		})
	}
}
