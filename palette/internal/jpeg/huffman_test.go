package jpeg

import (
	"math/rand/v2"
	"testing"
)

// randomACTable returns a random canonical AC table: the end-of-block and
// ZRL symbols and nSyms-2 run/size symbols, short codes first in random
// order, so that pairs of short codes are common.
func randomACTable(rng *rand.Rand, nSyms int) (counts [16]uint8, vals []uint8) {
	syms := []uint8{0x00, 0xf0}
	for _, s := range rng.Perm(160) {
		syms = append(syms, uint8(s/10)<<4|uint8(s%10+1))
	}
	syms = syms[:nSyms]
	rng.Shuffle(len(syms), func(i, j int) { syms[i], syms[j] = syms[j], syms[i] })
	left, free := nSyms, 1 // codes still to place, free codes of the current length
	for l := range 16 {
		free *= 2
		n := 0
		if l == 15 {
			n = left // may not fit: the caller draws another table
		} else if free > 1 {
			n = rng.IntN(min(free-1, left, 6) + 1)
		}
		counts[l] = uint8(n)
		left -= n
		free -= n
	}
	return counts, syms
}

// plainAC returns a copy of h whose pairAC sends every symbol through the
// plain path (decode, receiveExtend), the reference for pairAC.
func plainAC(h *huffman) *huffman {
	p := *h
	for i := range p.pairAC {
		p.pairAC[i] = pairNone << 16
	}
	return &p
}

// testStream returns bytes without 0xff, biased to zero bits so that short
// codes of either bit come up.
func testStream(rng *rand.Rand, n int) []byte {
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(rng.IntN(255))
		if rng.IntN(2) == 0 {
			data[i] &= byte(rng.IntN(256))
		}
	}
	return data
}

// TestPairACMatchesPlain decodes random streams with random tables block by
// block through pairAC and through the plain path: the same coefficients,
// the same DC-only answers and errors, the same bits consumed.
func TestPairACMatchesPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dcCounts := [16]uint8{0, 1, 5, 1, 1, 1, 1, 1, 1}
	var dc huffman
	if err := dc.build(&dcCounts, []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}); err != nil {
		t.Fatal(err)
	}
	dc.buildFastDC()
	var q [64]int32
	for i := range q {
		q[i] = int32(1 + i%5)
	}
	pairs, blocks, tables := 0, 0, 0
	for table := range 300 {
		counts, vals := randomACTable(rng, 2+rng.IntN(161))
		var ac huffman
		if err := ac.build(&counts, vals); err != nil {
			continue // over-subscribed
		}
		tables++
		ac.buildFastAC()
		ac.buildPairAC()
		for _, e := range ac.pairAC {
			if e&pairCoef != 0 && e>>16&0xff != e>>8&0x3f {
				pairs++
			}
		}
		plain := plainAC(&ac)
		data := testStream(rng, 4096)
		var d1, d2 decoder
		br1, br2 := &bitReader{data: data}, &bitReader{data: data}
		var p1, p2 int32
		for blk := 0; ; blk++ {
			var b1, b2 block
			o1, e1 := d1.decodeBlock(br1, &b1, &dc, &ac, &p1, &q)
			o2, e2 := d2.decodeBlock(br2, &b2, &dc, plain, &p2, &q)
			blocks++
			if o1 != o2 || (e1 == nil) != (e2 == nil) || b1 != b2 || br1.pos*8+br1.pad-br1.n != br2.pos*8+br2.pad-br2.n || d1.eobRun != d2.eobRun {
				t.Fatalf("table %d block %d: pairAC gives only=%v err=%v bit %d, plain only=%v err=%v bit %d\n%v\n%v",
					table, blk, o1, e1, br1.pos*8+br1.pad-br1.n, o2, e2, br2.pos*8+br2.pad-br2.n, b1, b2)
			}
			for z, u := range unzig {
				if e1 == nil && b1[u] != 0 && o1&(1<<z) == 0 {
					t.Fatalf("table %d block %d: term %d (zig-zag %d) is %d, not in the mask %#x", table, blk, u, z, b1[u], o1)
				}
			}
			if e1 != nil || br1.marker {
				break
			}
		}
	}
	if pairs == 0 || blocks < 1000 || tables < 100 {
		t.Fatalf("%d tables, %d pair entries, %d blocks: the test exercises too little", tables, pairs, blocks)
	}
}

// BenchmarkDecodeBlock decodes sequential blocks through pairAC (one or
// two symbols per look-up) beside the plain path, with the standard
// tables' shortest codes for common symbols.
func BenchmarkDecodeBlock(b *testing.B) {
	// Luminance AC counts and the first symbols of table K.5; the rest of
	// the 162 symbols stand for the long codes.
	counts := [16]uint8{0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d}
	vals := []uint8{0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0}
	for s := 0; len(vals) < 162; s++ {
		if v := uint8(s/10)<<4 | uint8(s%10+1); v&15 > 8 {
			vals = append(vals, v)
		}
	}
	var ac, dc huffman
	dcCounts := [16]uint8{0, 1, 5, 1, 1, 1, 1, 1, 1}
	if err := dc.build(&dcCounts, []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}); err != nil {
		b.Fatal(err)
	}
	dc.buildFastDC()
	if err := ac.build(&counts, vals); err != nil {
		b.Fatal(err)
	}
	ac.buildFastAC()
	ac.buildPairAC()
	// A stream of blocks of a few small coefficients each: encode symbols
	// by walking the table's codes.
	rng := rand.New(rand.NewPCG(5, 6))
	var w bitWriter
	const nBlocks = 4096
	for range nBlocks {
		w.put(0b00, 2) // DC size 0
		zig := 1
		for zig < 40 && rng.IntN(6) != 0 {
			size := 1 + rng.IntN(2)
			run := rng.IntN(3)
			if zig+run > 63 {
				break
			}
			w.putSymbol(&ac, uint8(run<<4|size))
			w.put(uint32(rng.IntN(1<<size)), size)
			zig += run + 1
		}
		w.putSymbol(&ac, 0x00)
	}
	data := w.bytes()
	var q [64]int32
	for i := range q {
		q[i] = 1
	}
	for _, v := range []struct {
		name string
		ac   *huffman
	}{{"pair", &ac}, {"plain", plainAC(&ac)}} {
		b.Run(v.name, func(b *testing.B) {
			var d decoder
			for b.Loop() {
				br := &bitReader{data: data}
				var pred int32
				var blk block
				for range nBlocks {
					if _, err := d.decodeBlock(br, &blk, &dc, v.ac, &pred, &q); err != nil {
						b.Fatal(err)
					}
					blk = block{}
				}
			}
		})
	}
}

// bitWriter packs codes most significant bit first, stuffing 0xff bytes.
type bitWriter struct {
	out  []byte
	acc  uint32
	nAcc int
}

func (w *bitWriter) put(v uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		w.acc = w.acc<<1 | v>>uint(i)&1
		if w.nAcc++; w.nAcc == 8 {
			w.out = append(w.out, byte(w.acc))
			if byte(w.acc) == 0xff {
				w.out = append(w.out, 0)
			}
			w.acc, w.nAcc = 0, 0
		}
	}
}

// putSymbol writes sym's code in h, found by walking the canonical codes.
func (w *bitWriter) putSymbol(h *huffman, sym uint8) {
	for l := range 16 {
		for code := h.minCode[l]; h.maxCode[l] != 0 && uint32(code)<<(15-l) < h.maxCode[l]; code++ {
			if h.vals[h.valPtr[l]+code] == sym {
				w.put(uint32(code), l+1)
				return
			}
		}
	}
	panic("symbol not in table")
}

func (w *bitWriter) bytes() []byte {
	if w.nAcc > 0 {
		w.put(0x7f, 8-w.nAcc) // pad with ones, as encoders do
	}
	return w.out
}

// TestPairACFirstPass decodes random streams as first AC scans of random
// bands and shifts through pairAC and through the plain path: the same
// coefficients, masks, EOB runs, errors and bits consumed.
func TestPairACFirstPass(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	tables, blocks := 0, 0
	for range 300 {
		counts, vals := randomACTable(rng, 2+rng.IntN(161))
		var ac huffman
		if err := ac.build(&counts, vals); err != nil {
			continue // over-subscribed
		}
		tables++
		ac.buildFastAC()
		ac.buildPairAC()
		plain := plainAC(&ac)
		zs := int32(1 + rng.IntN(63))
		ze := zs + int32(rng.IntN(int(64-zs)))
		al := uint32(rng.IntN(11))
		data := testStream(rng, 4096)
		var d1, d2 decoder
		br1, br2 := &bitReader{data: data}, &bitReader{data: data}
		for blk := 0; ; blk++ {
			var b1, b2 [64]int16
			var nz1, nz2 uint64
			if rng.IntN(20) == 0 { // a band already decoded: a corrupt file
				nz1, nz2 = 1<<zs, 1<<zs
				b1[zs], b2[zs] = 5, 5
			}
			e1 := d1.firstPass(br1, &b1, &nz1, &ac, zs, ze, al)
			e2 := d2.firstPass(br2, &b2, &nz2, plain, zs, ze, al)
			blocks++
			if (e1 == nil) != (e2 == nil) || b1 != b2 || nz1 != nz2 || d1.eobRun != d2.eobRun ||
				br1.pos*8+br1.pad-br1.n != br2.pos*8+br2.pad-br2.n {
				t.Fatalf("band %d-%d al %d block %d: pairAC gives err=%v nz=%x eob=%d bit %d, plain err=%v nz=%x eob=%d bit %d\n%v\n%v",
					zs, ze, al, blk, e1, nz1, d1.eobRun, br1.pos*8+br1.pad-br1.n, e2, nz2, d2.eobRun, br2.pos*8+br2.pad-br2.n, b1, b2)
			}
			if e1 != nil || br1.marker {
				break
			}
		}
	}
	if blocks < 1000 || tables < 100 {
		t.Fatalf("%d tables, %d blocks: the test exercises too little", tables, blocks)
	}
}
