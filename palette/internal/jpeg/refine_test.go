package jpeg

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

// refineReference is refine as it was before the candidates for the first
// zeros (commit 6e2a3ec): the r lowest zeros dropped after the code is
// known, by masks from r. TestRefineMatchesReference compares them.
func (d *decoder) refineReference(br *bitReader, b *[64]int16, nz *uint64, h *huffman, zigStart, zigEnd, delta int32) error {
	old, cur := *nz, *nz
	band := ^uint64(0) << uint(zigStart) & (^uint64(0) >> uint(63-zigEnd)) // bits zigStart to zigEnd
	// corr holds the correction bits read so far, the first in the highest
	// place.
	var corr uint64
	zig := zigStart
	if d.eobRun == 0 {
		if h.nCodes == 0 {
			return errFormat("uninitialized Huffman table")
		}
		// The accumulator stays in registers: with at least 32 bits before
		// each symbol, its code (16 bits at most) and then its sign bit or
		// end-of-band run length (14 bits at most) need no refill.
		acc, n := br.acc, br.n
		for zig <= zigEnd {
			if n < 32 {
				if w, ok := br.peek8(); ok { // fill's fast path, inline
					acc |= w >> uint(n)
					br.pos += (63 - n) >> 3
					n |= 56
				} else {
					br.acc, br.n = acc, n
					br.fillSlow()
					acc, n = br.acc, br.n
				}
			}
			var v uint8
			if e := h.lut[acc>>(64-lookBits)]; e != 0 {
				acc <<= e & 0xff
				n -= int(e & 0xff)
				v = uint8(e >> 8)
			} else {
				br.acc, br.n = acc, n
				var err error
				if v, err = h.decodeSlow(br); err != nil {
					return err
				}
				acc, n = br.acc, br.n
			}
			r, s := int32(v>>4), v&15
			z := int32(0)
			switch s {
			case 0:
				if r != 15 {
					d.eobRun = uint16(1)<<r | uint16(acc>>(64-uint(r))) // r = 0: a shift by 64 gives 0
					acc <<= uint(r)
					n -= int(r)
				}
			case 1:
				m := int32(acc>>63) - 1 // 0 for a 1 bit (+delta), -1 for a 0 bit (-delta)
				z = (delta ^ m) - m
				acc <<= 1
				n--
			default:
				br.acc, br.n = acc, n
				return errFormat("unexpected Huffman code")
			}
			if d.eobRun != 0 {
				break
			}
			// The zero coefficient with r others before it, from zig on;
			// the coefficients non-zero before the scan up to it each
			// take a correction bit.
			span := ^uint64(0) << uint(zig) & band
			zeros := ^old & span
			// Drop the r lowest zeros: the first three without branches
			// (r is 0, 1 or 2 for 8 symbols in 10, and a loop
			// mispredicts its exit; the compiler makes branches of ifs
			// here), any more in a loop. (k-1-r)>>63 is all ones when
			// r >= k.
			z1 := zeros & (zeros - 1)
			z2 := z1 & (z1 - 1)
			z3 := z2 & (z2 - 1)
			zeros ^= (zeros ^ z1) & uint64(int64(0-r)>>63)
			zeros ^= (zeros ^ z2) & uint64(int64(1-r)>>63)
			zeros ^= (zeros ^ z3) & uint64(int64(2-r)>>63)
			for i := r; i > 3; i-- {
				zeros &= zeros - 1 // stays 0 once 0
			}
			if zeros == 0 {
				br.acc, br.n = acc, n
				return errFormat("too many coefficients")
			}
			p := bits.TrailingZeros64(zeros) & 63
			// Between zig and p: r zero coefficients, and k that take a
			// correction bit.
			k := p - int(zig) - int(r)
			if n >= k {
				corr = corr<<uint(k) | acc>>(64-uint(k)) // k = 0: a shift by 64 gives 0
				acc <<= uint(k)
				n -= k
			} else {
				br.acc, br.n = acc, n
				corr = corr<<uint(k) | br.bitsSlow(k)
				acc, n = br.acc, br.n
			}
			if z != 0 {
				b[p] = int16(z)
				cur |= 1 << p
			}
			zig = int32(p) + 1
		}
		br.acc, br.n = acc, n
		*nz = cur
	}
	if d.eobRun > 0 {
		d.eobRun--
		k := bits.OnesCount64(old & (^uint64(0) << uint(zig)) & band)
		corr = corr<<uint(k) | br.bits(k)
	}
	if corr == 0 {
		return nil
	}
	todo := old & band
	corr <<= uint(64 - bits.OnesCount64(todo)) // the first bit read at the top
	for ; todo != 0; todo &= todo - 1 {
		p := bits.TrailingZeros64(todo) & 63
		bit := int32(corr >> 63)
		corr <<= 1
		v := int32(b[p])
		sign := v >> 31 // 0 or -1: the correction moves v away from zero
		v += (bit*delta ^ sign) - sign
		if !fits16(v) {
			return errOverflow
		}
		b[p] = int16(v)
	}
	return nil
}

// randomRefineTable returns a random canonical table of the symbols a
// refinement scan uses: end-of-band runs (r<<4), ZRL and the 16 runs of a
// coefficient (r<<4 | 1), and with bad, one with size 2, which refine
// refuses.
func randomRefineTable(rng *rand.Rand, bad bool) (counts [16]uint8, vals []uint8) {
	for r := range uint8(16) {
		vals = append(vals, r<<4, r<<4|1)
	}
	if bad {
		vals = append(vals, 0x02)
	}
	rng.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
	for {
		left, free := len(vals), 1
		for l := range 16 {
			free *= 2
			n := 0
			if l == 15 {
				n = left
			} else if free > 1 {
				n = rng.IntN(min(free-1, left, 8) + 1)
			}
			counts[l] = uint8(n)
			left -= n
			free -= n
		}
		if free >= 0 {
			return counts, vals
		}
	}
}

// refineBlock is one block before a refinement scan: its coefficients and
// the mask of its non-zero AC terms.
type refineBlock struct {
	coefs [64]int16
	nz    uint64
}

// randomRefineBlocks returns n blocks whose band zs-ze holds non-zero terms
// (multiples of delta away from zero by more than delta, as a first pass
// leaves them) at a density of about dOld, plus corrupt blocks with bad.
func randomRefineBlocks(rng *rand.Rand, n int, zs, ze int32, delta int32, dOld float64) []refineBlock {
	blocks := make([]refineBlock, n)
	for i := range blocks {
		for z := zs; z <= ze; z++ {
			if rng.Float64() < dOld {
				v := delta * 2 * int32(1+rng.IntN(3))
				if rng.IntN(2) == 0 {
					v = -v
				}
				if !fits16(v) {
					v = 32767 // next to overflowing: a correction does
				}
				blocks[i].coefs[z] = int16(v)
				blocks[i].nz |= 1 << z
			}
		}
	}
	return blocks
}

// encodeRefine writes a valid refinement scan for blocks: in each, each zero
// of the band becomes ±1 with probability dNew, and each non-zero term
// takes a random correction bit; ZRL before runs of more than 15 zeros, an
// end of band of one block where terms are left.
func encodeRefine(rng *rand.Rand, h *huffman, blocks []refineBlock, zs, ze int32, dNew float64) []byte {
	var w bitWriter
	for _, blk := range blocks {
		var corr []uint32 // correction bits since the last symbol
		run := 0          // zeros since the last symbol
		var pending []struct {
			run  int
			corr []uint32
		}
		for z := zs; z <= ze; z++ {
			if blk.nz>>z&1 != 0 {
				corr = append(corr, uint32(rng.IntN(2)))
				continue
			}
			if rng.Float64() >= dNew {
				run++
				if run == 16 { // the 16th zero: a ZRL covers them
					// ZRL is only written when a coefficient follows;
					// encoders keep it pending, as here by writing it
					// when the next coefficient comes.
					pending = append(pending, struct {
						run  int
						corr []uint32
					}{16, corr})
					corr, run = nil, 0
				}
				continue
			}
			for _, p := range pending {
				w.putSymbol(h, 0xf0)
				for _, c := range p.corr {
					w.put(c, 1)
				}
			}
			pending = pending[:0]
			w.putSymbol(h, uint8(run)<<4|1)
			w.put(uint32(rng.IntN(2)), 1)
			for _, c := range corr {
				w.put(c, 1)
			}
			corr, run = nil, 0
		}
		if len(pending) > 0 || run > 0 || len(corr) > 0 {
			w.putSymbol(h, 0x00)
			for _, p := range pending {
				for _, c := range p.corr {
					w.put(c, 1)
				}
			}
			for _, c := range corr {
				w.put(c, 1)
			}
		}
	}
	return w.bytes()
}

// refineTable builds a random refinement table, with a bad symbol or not.
func refineTable(t testing.TB, rng *rand.Rand, bad bool) *huffman {
	for {
		counts, vals := randomRefineTable(rng, bad)
		var h huffman
		if err := h.build(&counts, vals); err == nil {
			return &h
		}
	}
}

// TestRefineMatchesReference decodes refinement scans with refine and with
// refineReference, block after block with the end-of-band runs carried
// over: valid streams (encodeRefine) and random bytes with random tables,
// some with a symbol refinement cannot have: the same coefficients, masks,
// runs, errors and bits consumed.
func TestRefineMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 7))
	blocks, valid, errs := 0, 0, 0
	for trial := range 600 {
		zs := int32(1 + rng.IntN(63))
		ze := zs + int32(rng.IntN(int(64-zs)))
		if trial%3 == 0 {
			zs, ze = 1, 63
		}
		al := uint32(rng.IntN(14))
		delta := int32(1) << al
		h := refineTable(t, rng, trial%5 == 4)
		blks := randomRefineBlocks(rng, 64, zs, ze, delta, rng.Float64())
		var data []byte
		if trial%2 == 0 && trial%5 != 4 {
			data = encodeRefine(rng, h, blks, zs, ze, rng.Float64())
		} else {
			data = testStream(rng, 2048)
		}
		var d1, d2 decoder
		br1, br2 := &bitReader{data: data}, &bitReader{data: data}
		band := ^uint64(0) << uint(zs) & (^uint64(0) >> uint(63-ze))
		for i, blk := range blks {
			if d1.eobRun > 0 && blk.nz&band == 0 { // as decodeACScan
				d1.eobRun--
				d2.eobRun--
				continue
			}
			b1, b2 := blk.coefs, blk.coefs
			nz1, nz2 := blk.nz, blk.nz
			e1 := d1.refine(br1, &b1, &nz1, h, zs, ze, delta, band)
			e2 := d2.refineReference(br2, &b2, &nz2, h, zs, ze, delta)
			blocks++
			if (e1 == nil) != (e2 == nil) || b1 != b2 || nz1 != nz2 || d1.eobRun != d2.eobRun ||
				br1.pos*8+br1.pad-br1.n != br2.pos*8+br2.pad-br2.n {
				t.Fatalf("trial %d band %d-%d al %d block %d: refine gives err=%v nz=%x eob=%d bit %d, reference err=%v nz=%x eob=%d bit %d\n%v\n%v",
					trial, zs, ze, al, i, e1, nz1, d1.eobRun, br1.pos*8+br1.pad-br1.n, e2, nz2, d2.eobRun, br2.pos*8+br2.pad-br2.n, b1, b2)
			}
			if e1 != nil {
				errs++
				break
			}
			if br1.overrun() {
				break
			}
			if i == len(blks)-1 && trial%2 == 0 && trial%5 != 4 {
				valid++
			}
		}
	}
	if blocks < 5000 || valid < 100 || errs < 50 {
		t.Fatalf("%d blocks, %d valid streams read to the end, %d errors: the test exercises too little", blocks, valid, errs)
	}
}

// BenchmarkRefine decodes a refinement scan of band 1-63 with about 27
// non-zero terms per block before it and 15 new ones (as the luma's last
// scan of the largest progressive wallpaper, 9.jpg), 2048 blocks per
// iteration, with refine and with refineReference.
func BenchmarkRefine(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	// Short codes for short runs, as in photographs' optimised tables.
	counts := [16]uint8{0: 1, 1: 1, 2: 1, 4: 3, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 11: 2, 15: 19}
	vals := []uint8{0x01, 0x11, 0x21, 0x31, 0x00, 0x41, 0x51, 0x61, 0x71, 0x81, 0x91, 0xa1, 0xb1,
		0xc1, 0xd1, 0xe1, 0xf1, 0xf0, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0, 0xc0, 0xd0, 0xe0}
	h := new(huffman)
	if err := h.build(&counts, vals); err != nil {
		b.Fatal(err)
	}
	blks := randomRefineBlocks(rng, 2048, 1, 63, 1, 0.43)
	data := encodeRefine(rng, h, blks, 1, 63, 0.42)
	for _, impl := range []string{"refine", "reference"} {
		b.Run(impl, func(b *testing.B) {
			d, br := new(decoder), new(bitReader)
			for b.Loop() {
				d.eobRun = 0
				*br = bitReader{data: data}
				for i := range blks {
					blk := blks[i].coefs
					nz := blks[i].nz
					var err error
					if impl == "refine" {
						err = d.refine(br, &blk, &nz, h, 1, 63, 1, bandMask(1, 63))
					} else {
						err = d.refineReference(br, &blk, &nz, h, 1, 63, 1)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// TestZeroSelect checks every entry of zeroSelect against dropZeros.
func TestZeroSelect(t *testing.T) {
	for w := range uint64(256) {
		for r := range 16 {
			p, ok := dropZeros(w, r)
			want := uint16(0)
			if ok && p < 8 {
				want = uint16(p+1) | uint16(p-r)<<8
			}
			if got := zeroSelect[w<<4|uint64(r)]; got != want {
				t.Errorf("zeroSelect[%08b, r %d] = %#x, want %#x", w, r, got, want)
			}
		}
	}
}

// TestACScanWithoutRestarts decodes AC scans (first passes and
// refinements) of random frames of 1-2×1-2 sampling, some cut off at the
// edges, through decodeACScan's loop for files without restart intervals
// and through its general loop (a restart interval longer than the scan):
// the same blocks in the same order, so the same coefficients, masks,
// errors and bits consumed.
func TestACScanWithoutRestarts(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 21))
	scans, clean := 0, 0
	for trial := range 400 {
		ch, cv := 1+rng.IntN(2), 1+rng.IntN(2)
		mxx, myy := 1+rng.IntN(9), 1+rng.IntN(9)
		width, height := 8*ch*mxx-rng.IntN(8*ch), 8*cv*myy-rng.IntN(8*cv)
		zs := int32(1 + rng.IntN(63))
		ze := zs + int32(rng.IntN(int(64-zs)))
		ah, al := uint32(0), uint32(rng.IntN(8))
		var h huffman
		if trial%2 == 0 {
			ah = al + 1
			h = *refineTable(t, rng, false)
		} else {
			counts, vals := randomACTable(rng, 2+rng.IntN(161))
			if h.build(&counts, vals) != nil {
				continue
			}
			h.buildFastAC()
			h.buildPairAC()
		}
		n := mxx * ch * myy * cv
		var blocks []refineBlock
		if ah != 0 {
			blocks = randomRefineBlocks(rng, n, zs, ze, int32(1)<<al, rng.Float64())
		} else {
			blocks = make([]refineBlock, n)
		}
		data := testStream(rng, 1024)
		var ds [2]*decoder
		var errs [2]error
		var brs [2]*bitReader
		for i, ri := range []int{0, mxx*myy + 1} {
			d := &decoder{width: width, height: height, mxx: mxx, myy: myy, nComp: 1, ri: ri}
			d.huff[1][0] = h
			c := &d.comp[0]
			c.h, c.v = ch, cv
			c.coefs = make([]int16, 64*n)
			c.nz = make([]uint64, n)
			for j, b := range blocks {
				copy(c.coefs[64*j:], b.coefs[:])
				c.nz[j] = b.nz
			}
			brs[i] = &bitReader{data: data}
			errs[i] = d.decodeACScan(brs[i], scanComp{}, zs, ze, ah, al)
			ds[i] = d
		}
		scans++
		if errs[0] == nil {
			clean++
		}
		c0, c1 := &ds[0].comp[0], &ds[1].comp[0]
		if (errs[0] == nil) != (errs[1] == nil) || errs[0] == nil && (!slices.Equal(c0.coefs, c1.coefs) || !slices.Equal(c0.nz, c1.nz) ||
			ds[0].eobRun != ds[1].eobRun || brs[0].pos*8+brs[0].pad-brs[0].n != brs[1].pos*8+brs[1].pad-brs[1].n) {
			t.Fatalf("trial %d: %dx%d sampling, %dx%d MCUs, %dx%d, band %d-%d ah %d al %d: without restarts err=%v, general loop err=%v",
				trial, ch, cv, mxx, myy, width, height, zs, ze, ah, al, errs[0], errs[1])
		}
	}
	if scans < 300 || clean < 100 {
		t.Fatalf("%d scans, %d without error: the test exercises too little", scans, clean)
	}
}

// decodeDCScanReference decodes an interleaved DC scan as
// decodeProgressive's general loop did before decodeDCScan (commit
// 50de076): each block's place from the MCU's and the block's index.
func (d *decoder) decodeDCScanReference(br *bitReader, sc []scanComp, ah, al uint32) error {
	var (
		dc       [3]int32
		mcu      int
		expected = uint8(0xd0)
		total    = d.mxx * d.myy
	)
	for my := 0; my < d.myy; my++ {
		for mx := 0; mx < d.mxx; mx++ {
			for i := range sc {
				ci := sc[i].ci
				c := &d.comp[ci]
				for j := 0; j < c.h*c.v; j++ {
					jy := j >> (c.h >> 1) // j / c.h: h is 1, 2 or 4
					bx := c.h*mx + j - jy*c.h
					by := c.v*my + jy
					bi := by*d.mxx*c.h + bx
					if ah != 0 {
						if br.bit() {
							v := int32(c.dc[bi]) | int32(1)<<al
							if !fits16(v) {
								return errOverflow
							}
							c.dc[bi] = int16(v)
						}
					} else if err := firstDC(br, &c.dc[bi], &d.huff[0][sc[i].td], &dc[ci], al); err != nil {
						return err
					}
				}
			}
			mcu++
			if d.ri > 0 && mcu%d.ri == 0 && mcu < total {
				if err := d.restart(br, &expected); err != nil {
					return err
				}
				dc = [3]int32{}
				d.eobRun = 0
			}
		}
	}
	return nil
}

// TestDCScan decodes interleaved DC scans, first and refinements, of random
// frames of 2-3 components with the sampling factors Decode reads, with
// decodeDCScan and decodeDCScanReference: the same DC terms, errors and bits
// consumed.
func TestDCScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	dcCounts := [16]uint8{0, 1, 5, 1, 1, 1, 1, 1, 1}
	var dcH huffman
	if err := dcH.build(&dcCounts, []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}); err != nil {
		t.Fatal(err)
	}
	dcH.buildFastDC()
	luma := [][2]int{{1, 1}, {1, 2}, {2, 1}, {2, 2}, {4, 1}, {4, 2}}
	scans, clean := 0, 0
	for trial := range 300 {
		hv := luma[rng.IntN(len(luma))]
		nComp := 2 + rng.IntN(2)
		mxx, myy := 1+rng.IntN(9), 1+rng.IntN(9)
		ah, al := uint32(0), uint32(rng.IntN(8))
		if trial%2 == 0 {
			ah = al + 1
		}
		data := testStream(rng, 64+rng.IntN(512))
		seed := rng.Uint64()
		var ds [2]*decoder
		var errs [2]error
		var brs [2]*bitReader
		for k := range 2 {
			d := &decoder{width: 8 * hv[0] * mxx, height: 8 * hv[1] * myy, mxx: mxx, myy: myy, nComp: nComp}
			d.huff[0][0] = dcH
			fill := rand.New(rand.NewPCG(seed, 1))
			sc := make([]scanComp, nComp)
			for i := range nComp {
				c := &d.comp[i]
				c.h, c.v = 1, 1
				if i == 0 {
					c.h, c.v = hv[0], hv[1]
				}
				c.dc = make([]int16, mxx*c.h*myy*c.v)
				for j := range c.dc {
					c.dc[j] = int16(fill.IntN(4096)-2048) &^ (1<<al - 1)
				}
				sc[i].ci = i
			}
			brs[k] = &bitReader{data: data}
			if k == 0 {
				errs[k] = d.decodeDCScan(brs[k], sc, ah, al)
			} else {
				errs[k] = d.decodeDCScanReference(brs[k], sc, ah, al)
			}
			ds[k] = d
		}
		scans++
		if errs[0] == nil {
			clean++
		}
		same := true
		for i := range nComp {
			same = same && slices.Equal(ds[0].comp[i].dc, ds[1].comp[i].dc)
		}
		if (errs[0] == nil) != (errs[1] == nil) || errs[0] == nil && (!same || brs[0].pos*8+brs[0].pad-brs[0].n != brs[1].pos*8+brs[1].pad-brs[1].n) {
			t.Fatalf("trial %d: %d components, luma %dx%d, %dx%d MCUs, ah %d al %d: decodeDCScan err=%v, reference err=%v, same terms %v",
				trial, nComp, hv[0], hv[1], mxx, myy, ah, al, errs[0], errs[1], same)
		}
	}
	if clean < 100 {
		t.Fatalf("%d scans, %d without error: the test exercises too little", scans, clean)
	}
}
