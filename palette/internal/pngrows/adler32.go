package pngrows

import "encoding/binary"

// Adler-32 (RFC 1950, section 9), the checksum of zlib streams: s1 is 1
// plus the sum of the bytes, s2 the sum of the successive s1 values, both
// modulo 65521. hash/adler32 adds one byte at a time, two dependent
// additions per byte; adler32Update takes blocks of 120 bytes with no
// multiplication per word (see there), then eight bytes at a time, as
//
//	s2 += 8*s1 + 8*p0 + 7*p1 + … + 1*p7
//	s1 += p0 + p1 + … + p7
//
// with the byte sums done on 16-bit lanes of a uint64 by multiplications,
// which yields the same checksum at about three times hash/adler32's
// speed (BenchmarkAdler32).
const (
	adlerMod = 65521
	// adlerMax is the largest n such that
	// 255*n*(n+1)/2 + (n+1)*(adlerMod-1) <= 2^32-1 (RFC 1950, "5552"):
	// bytes that can be added before s1 and s2 must be reduced. It is a
	// multiple of 8.
	adlerMax = 5552
	// adlerBlock is the bytes of a block of adler32Update: 15 words.
	adlerBlock = 120
)

// adler32Update returns the Adler-32 checksum d (s2<<16 | s1) extended by p.
//
// Most bytes go through blocks of adlerBlock bytes that need no
// multiplication per word: for the N = 15 words of a block, with S_j the
// sum of word j's bytes and T_i the sum of the bytes at offset i of each
// word,
//
//	s2 += 8N*s1 + 8 * Σ_j (N-j)*S_j - Σ_i i*T_i
//	s1 += Σ_j S_j
//
// T_i accumulate on the 16-bit lanes of two words (the bytes at even and
// odd offsets), and Σ_j (N-j)*S_j as running sums of those lanes; N = 15
// keeps every lane under 1<<16 (255 * N(N+1)/2 for a running sum).
func adler32Update(d uint32, p []byte) uint32 {
	s1, s2 := d&0xffff, d>>16
	const (
		lanes = 0x00ff00ff00ff00ff
		ones  = 0x0001000100010001
		// Lanes from low to high hold bytes 0, 2, 4, 6 (evens) or 1, 3, 5,
		// 7 (odds) of a little-endian word. The top lane of a product of
		// two words gets lane i of one times lane 3-i of the other, summed:
		// with these weights 8*p0 + 6*p2 + 4*p4 + 2*p6, or 7*p1 + 5*p3 +
		// 3*p5 + p7. No lane of the product exceeds 255*(8+6+4+2) < 1<<16,
		// so no carry crosses into the next.
		evenWeights = 8<<48 | 6<<32 | 4<<16 | 2
		oddWeights  = 7<<48 | 5<<32 | 3<<16 | 1
		// The offsets as weights: 0*T0 + 2*T2 + 4*T4 + 6*T6 and 1*T1 +
		// 3*T3 + 5*T5 + 7*T7 in the top lane; lanes of T are at most
		// 255*15, so no lane of these products reaches 1<<16 either.
		evenOffsets = 2<<32 | 4<<16 | 6
		oddOffsets  = 1<<48 | 3<<32 | 5<<16 | 7
		half        = 0x0000ffff0000ffff
	)
	for len(p) > 0 {
		q := p
		if len(q) > adlerMax {
			q = q[:adlerMax]
		}
		p = p[len(q):]
		for len(q) >= adlerBlock {
			b := (*[adlerBlock]byte)(q)
			var tEven, tOdd, runEven, runOdd uint64
			// Unrolled by hand: constant offsets need no bounds checks
			// and no loop counter, a third of the instructions.
			word := func(i int) {
				w := binary.LittleEndian.Uint64(b[i : i+8])
				even := w & lanes
				tEven += even
				tOdd += (w ^ even) >> 8 // one 64-bit constant, not two
				runEven += tEven
				runOdd += tOdd
			}
			word(0)
			word(8)
			word(16)
			word(24)
			word(32)
			word(40)
			word(48)
			word(56)
			word(64)
			word(72)
			word(80)
			word(88)
			word(96)
			word(104)
			word(112)
			run := runEven + runOdd // lanes under 2*255*120 < 1<<16
			run = run&half + run>>16&half
			sumS := uint32(((tEven + tOdd) * ones) >> 48)
			sumRun := uint32(run) + uint32(run>>32)
			offs := uint32((tEven*evenOffsets)>>48) + uint32((tOdd*oddOffsets)>>48)
			s2 += adlerBlock*s1 + 8*sumRun - offs
			s1 += sumS
			q = q[adlerBlock:]
		}
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
