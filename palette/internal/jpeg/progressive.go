package jpeg

import "math/bits"

// Progressive decoding (annex G) keeps every block's coefficients, 16 bits
// each and in zig-zag order (so that refinement scans walk memory in
// order), until the last scan, then reconstructs and emits one MCU row at a
// time. The scan logic is image/jpeg's, block for block.

// allocCoefs makes the coefficient buffer of component ci.
func (d *decoder) allocCoefs(ci int) {
	c := &d.comp[ci]
	if c.coefs != nil {
		return
	}
	n := d.mxx * c.h * d.myy * c.v * 64
	c.coefs = make([]int16, n)
	c.dc = make([]int16, n/64)
	c.nz = make([]uint64, n/64)
	d.memory += 2*int64(n) + 10*int64(n/64)
	touchPages(c.coefs, 2)
	touchPages(c.dc, 2)
	touchPages(c.nz, 8)
}

// touchPages writes a zero into every 4 KiB of s, elements of size bytes,
// in order, so that a
// fresh buffer's pages are faulted in here, each by a write, rather than
// one by one as the scans first reach them. Measured on 64 JPEG
// wallpapers with two workers in one process (check --jobs 2), the scans'
// own first touches cost copy-on-write faults whose TLB shootdowns
// interrupt the other core (perf: do_wp_page, flush_tlb_mm_range,
// smp_call_function_many_cond; 9 % of the samples, a VM exit each under a
// hypervisor) and twice the system time; touched here they do not. The
// zeros are what make already gave.
func touchPages[T int16 | uint64](s []T, size int) {
	for i := 0; i < len(s); i += 4096 / size {
		s[i] = 0
	}
}

// MemoryEstimate returns the bytes of buffers Decode needs for a frame of
// the given size and sampling factors (h, v per component, the luma's
// first): one MCU row of samples, plus 2 bytes per coefficient when
// progressive (and 10 bytes per block: its DC term apart, which DC scans
// then read from contiguous memory, and the mask of its non-zero AC terms).
func MemoryEstimate(width, height int, h, v []int, progressive bool) int64 {
	if len(h) == 0 || len(h) != len(v) {
		return 0
	}
	mxx := int64((width + 8*h[0] - 1) / (8 * h[0]))
	myy := int64((height + 8*v[0] - 1) / (8 * v[0]))
	var m int64
	for i := range h {
		m += 8 * int64(h[i]) * mxx * 8 * int64(v[i])
		if progressive {
			m += (2*64 + 10) * mxx * int64(h[i]) * myy * int64(v[i])
		}
	}
	return m
}

func fits16(v int32) bool { return v >= -32768 && v <= 32767 }

var errOverflow = errUnsupported("coefficient over 16 bits")

func (d *decoder) decodeProgressive(br *bitReader, sc []scanComp, zigStart, zigEnd int32, ah, al uint32) error {
	for _, s := range sc {
		d.allocCoefs(s.ci)
	}
	if zigStart != 0 { // AC scans have one component
		return d.decodeACScan(br, sc[0], zigStart, zigEnd, ah, al)
	}
	if len(sc) > 1 {
		return d.decodeDCScan(br, sc, ah, al)
	}
	// A DC scan of one component.
	var (
		dc       [3]int32
		mcu      int
		nbx, nby int // the next block
		expected = uint8(0xd0)
		total    = d.mxx * d.myy
	)
	for my := 0; my < d.myy; my++ {
		for mx := 0; mx < d.mxx; mx++ {
			for i := range sc {
				ci := sc[i].ci
				c := &d.comp[ci]
				for range c.h * c.v {
					// The component's next block, in rows of d.mxx*c.h
					// blocks, left to right and top to bottom.
					bx, by := nbx, nby
					if nbx++; nbx == d.mxx*c.h {
						nbx, nby = 0, nby+1
					}
					if bx*8 >= d.width || by*8 >= d.height {
						continue
					}
					bi := by*d.mxx*c.h + bx
					if ah == 0 {
						if err := firstDC(br, &c.dc[bi], &d.huff[0][sc[i].td], &dc[ci], al); err != nil {
							return err
						}
					} else if br.bit() {
						v := int32(c.dc[bi]) | int32(1)<<al
						if !fits16(v) {
							return errOverflow
						}
						c.dc[bi] = int16(v)
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

// decodeDCScan decodes an interleaved DC scan, first or refinement, as
// decodeProgressive's general loop does: each MCU holds h×v blocks of each
// component, left to right and top to bottom, none left out. Each
// component's blocks of an MCU are found from its first, row by row, with
// what the component needs set up once for the scan.
func (d *decoder) decodeDCScan(br *bitReader, sc []scanComp, ah, al uint32) error {
	var (
		dc       [3]int32
		mcu      int
		expected = uint8(0xd0)
		total    = d.mxx * d.myy
		bit      = int32(1) << al
	)
	// Each component's DC terms, Huffman table and prediction, and its
	// blocks: h a row in an MCU, rowBlocks a row of the frame, mcu a row
	// of MCUs.
	type dcComp struct {
		dc                []int16
		hd                *huffman
		pred              *int32
		h, rowBlocks, mcu int
	}
	var cs [3]dcComp
	for i, s := range sc {
		c := &d.comp[s.ci]
		cs[i] = dcComp{dc: c.dc, hd: &d.huff[0][s.td], pred: &dc[s.ci], h: c.h, rowBlocks: d.mxx * c.h, mcu: d.mxx * c.h * c.v}
	}
	comps := cs[:len(sc)]
	for my := 0; my < d.myy; my++ {
		for mx := 0; mx < d.mxx; mx++ {
			for i := range comps {
				p := &comps[i]
				first := my*p.mcu + mx*p.h
				for row := first; row < first+p.mcu; row += p.rowBlocks {
					for bi := row; bi < row+p.h; bi++ {
						if ah == 0 {
							if err := firstDC(br, &p.dc[bi], p.hd, p.pred, al); err != nil {
								return err
							}
						} else if br.bit() {
							v := int32(p.dc[bi]) | bit
							if !fits16(v) {
								return errOverflow
							}
							p.dc[bi] = int16(v)
						}
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

// decodeACScan decodes a scan of AC terms (one component), visiting the
// blocks in the order and with the restart intervals of decodeProgressive's
// general loop (image/jpeg's: an MCU of a one-component scan is h×v
// consecutive blocks of rows of d.mxx×h blocks, those past the frame
// skipped), with the scan's kind chosen once. A block inside an EOB run is
// passed over without a call when the scan has nothing for it: always in a
// first pass, and in a refinement when it has no non-zero term in the band
// to take a correction bit.
func (d *decoder) decodeACScan(br *bitReader, s scanComp, zigStart, zigEnd int32, ah, al uint32) error {
	c := &d.comp[s.ci]
	h := &d.huff[1][s.ta]
	var (
		expected  = uint8(0xd0)
		total     = d.mxx * d.myy
		hv        = c.h * c.v
		rowBlocks = d.mxx * c.h
		nbx, nby  int // the next block
		refining  = ah != 0
		delta     = int32(1) << al
		band      = bandMask(zigStart, zigEnd)
	)
	if d.ri == 0 {
		// No restart interval: the same blocks in the same order, row by
		// row, those past the frame (bx*8 >= width, by*8 >= height) left
		// out by the bounds of the loops.
		cols := min(rowBlocks, (d.width+7)/8)
		rows := min(d.myy*c.v, (d.height+7)/8)
		for by := range rows {
			for bi := by * rowBlocks; bi < by*rowBlocks+cols; bi++ {
				if d.eobRun > 0 && (!refining || c.nz[bi]&band == 0) {
					d.eobRun--
					continue
				}
				b := (*[64]int16)(c.coefs[bi*64 : bi*64+64])
				var err error
				if refining {
					err = d.refine(br, b, &c.nz[bi], h, zigStart, zigEnd, delta, band)
				} else {
					err = d.firstPass(br, b, &c.nz[bi], h, zigStart, zigEnd, al)
				}
				if err != nil {
					return err
				}
			}
		}
		return nil
	}
	for mcu := 1; mcu <= total; mcu++ {
		for range hv {
			bx, by := nbx, nby
			if nbx++; nbx == rowBlocks {
				nbx, nby = 0, nby+1
			}
			if bx*8 >= d.width || by*8 >= d.height {
				continue
			}
			bi := by*rowBlocks + bx
			if d.eobRun > 0 && (!refining || c.nz[bi]&band == 0) {
				d.eobRun--
				continue
			}
			b := (*[64]int16)(c.coefs[bi*64 : bi*64+64])
			var err error
			if refining {
				err = d.refine(br, b, &c.nz[bi], h, zigStart, zigEnd, delta, band)
			} else {
				err = d.firstPass(br, b, &c.nz[bi], h, zigStart, zigEnd, al)
			}
			if err != nil {
				return err
			}
		}
		if d.ri > 0 && mcu%d.ri == 0 && mcu < total {
			if err := d.restart(br, &expected); err != nil {
				return err
			}
			d.eobRun = 0
		}
	}
	return nil
}

// firstDC decodes the DC coefficient of a block in a first DC scan.
func firstDC(br *bitReader, dst *int16, h *huffman, pred *int32, al uint32) error {
	if br.n < 32 {
		br.fill()
	}
	if f := h.fastDC[br.acc>>(64-lookBits)]; f != 0 {
		br.skip(int(f & 0xff))
		*pred += f >> 8
	} else {
		t, err := h.decode(br)
		if err != nil {
			return err
		}
		if t > 16 {
			return errUnsupported("excessive DC component")
		}
		*pred += br.receiveExtend(t)
	}
	v := *pred << al
	if !fits16(v) {
		return errOverflow
	}
	*dst = int16(v)
	return nil
}

// firstPass decodes the first scan of a band of AC coefficients (Ah = 0), as
// image/jpeg does, setting in nz the bit of every coefficient it makes
// non-zero.
func (d *decoder) firstPass(br *bitReader, b *[64]int16, nz *uint64, acH *huffman, zigStart, zigEnd int32, al uint32) error {
	zig := zigStart
	if d.eobRun > 0 {
		d.eobRun--
		return nil
	}
	if acH.nCodes == 0 {
		return errFormat("uninitialized Huffman table")
	}
	mask := *nz
	// pairAC as in decodeBlock, when its values shifted by al fit in 16
	// bits (magnitudes of 7 bits at most) and the band is still zero in
	// this block, as in every valid file: its entries write zeros.
	band := ^uint64(0) << uint(zigStart) & (^uint64(0) >> uint(63-zigEnd))
	pairs := al <= 8 && mask&band == 0
	// The accumulator stays in registers on the fast paths; the slow one
	// works on br.
	acc, n := br.acc, br.n
	for ; zig <= zigEnd; zig++ {
		if n < 31 {
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
		if pairs {
			e := acH.pairAC[acc>>(64-pairBits)]
			if z2 := zig + int32(e>>16&0xff); z2 <= zigEnd {
				acc <<= uint(e & 0xff)
				n -= int(e & 0xff)
				z1 := zig + int32(e>>8&0x3f)
				b[z2&63] = int16(int32(int16(e>>48)) << al)
				b[z1&63] = int16(int32(int16(e>>32)) << al)
				mask |= e>>31&1<<(z1&63) | e>>14&1<<(z2&63)
				if e&pairEOB != 0 {
					break
				}
				zig += int32(e >> 24 & 0x3f)
				continue
			}
		}
		f := acH.fastAC[acc>>(64-lookBits)]
		if z := zig + f>>8&0xff; z <= zigEnd {
			a := f >> 16 << al
			if !fits16(a) {
				br.acc, br.n = acc, n
				return errOverflow
			}
			zig = z
			acc <<= uint(f & 0xff)
			n -= int(f & 0xff)
			b[zig&63] = int16(a)
			mask |= 1 << (zig & 63)
			continue
		}
		if f>>8&0xff == fastEOB { // end of band: an EOB run of 1, this block
			acc <<= uint(f & 0xff)
			n -= int(f & 0xff)
			break
		}
		br.acc, br.n = acc, n
		v, err := acH.decode(br)
		if err != nil {
			return err
		}
		r, s := int32(v>>4), v&15
		if s != 0 {
			zig += r
			if zig > zigEnd {
				acc, n = br.acc, br.n
				break
			}
			a := br.receiveExtend(s) << al
			if !fits16(a) {
				return errOverflow
			}
			b[zig&63] = int16(a)
			mask |= 1 << (zig & 63)
			acc, n = br.acc, br.n
			continue
		}
		if r != 15 {
			d.eobRun = uint16(1) << r
			if r != 0 {
				d.eobRun |= uint16(br.getBits(int(r)))
			}
			d.eobRun--
			acc, n = br.acc, br.n
			break
		}
		zig += 15
		acc, n = br.acc, br.n
	}
	br.acc, br.n = acc, n
	*nz = mask
	return nil
}

// zeroSelect finds a refinement's next coefficient from a byte of the
// zero mask: at w<<4 | r, for the set bit of w with r others below it, at
// place t (0-7), t+1 | (t-r)<<8: how far the next symbol starts, and how
// many correction bits (the clear bits of w below it) come first; 0 when
// w has r set bits or fewer.
var zeroSelect = func() (t [256 * 16]uint16) {
	for w := range 256 {
		for r := range 16 {
			for i, seen := 0, 0; i < 8; i++ {
				if w>>i&1 != 0 {
					if seen == r {
						t[w<<4|r] = uint16(i+1) | uint16(i-r)<<8
						break
					}
					seen++
				}
			}
		}
	}
	return t
}()

// refine decodes a successive approximation refinement (section G.1.2) of
// one block, as image/jpeg does. nz has the bit of every non-zero AC
// coefficient of b, band the bits zigStart to zigEnd (bandMask).
// image/jpeg walks the band coefficient by coefficient, counting zeros and
// reading a correction bit at each non-zero one; here the mask of the
// zeros finds the next coefficient, the correction bits in between are
// counted, and the corrections are applied once per block: each
// coefficient that was non-zero before the scan gets exactly one, in
// zig-zag order. This is the hottest loop of progressive files.
//
// The zero mask is kept shifted to the current position, so that the next
// coefficient, r zeros on, is one look-up in zeroSelect when it lies in
// the next 8 places (r = 0-3 for 9 symbols in 10, with few non-zero terms
// in between, on photographs); otherwise the r zeros are dropped from the
// mask one by one. The symbol loop makes no call (rare symbols go through
// refineSymbol), so that Go keeps what it carries in registers.
func (d *decoder) refine(br *bitReader, b *[64]int16, nz *uint64, h *huffman, zigStart, zigEnd, delta int32, band uint64) error {
	old := *nz
	// corr holds the correction bits read so far, the first in the highest
	// place.
	var corr uint64
	zig := int(zigStart)
	if d.eobRun == 0 {
		if h.nCodes == 0 {
			return errFormat("uninitialized Huffman table")
		}
		cur := old
		// zw: the zero coefficients of the band from zig on, zig at bit 0
		// (zigStart is at least 1, so shifts by p-zig+1 stay below 64).
		zw := (^old & band) >> uint(zigStart)
		// The coefficient a sign bit gives (a look-up: fewer instructions
		// than from a mask, as the loop is short of registers).
		signed := [2]int16{int16(-delta), int16(delta)}
		// The accumulator stays in registers: with at least 32 bits before
		// each symbol, its code (9 bits at most on this path), its sign bit
		// or end-of-band run length (14 bits at most) and 7 correction bits
		// need no refill. The loop has no call, so that the values it
		// carries are not spilled at each turn: a symbol it cannot take
		// whole (a refill at a marker or the end of the data, a code
		// longer than lookBits, ZRL, a bad symbol, more correction bits
		// than are loaded) goes through refineSymbol, the general path.
		acc, n := br.acc, br.n
		for {
			slow := false
			for zig <= int(zigEnd) {
				if n < 32 {
					w, ok := br.peek8() // fill's fast path, inline
					if !ok {
						slow = true
						break
					}
					acc |= w >> uint(n)
					br.pos += (63 - n) >> 3
					n |= 56
				}
				// e: the symbol << 8 | the code's length, 0 for a longer
				// code.
				e := uint(h.lut[acc>>(64-lookBits)])
				l := e & 63
				r := int(e >> 12)
				if e>>8&15 != 1 {
					if e == 0 || e>>8&15 != 0 || r == 15 {
						slow = true
						break
					}
					// An end-of-band run of 1<<r | r bits blocks.
					acc <<= l
					d.eobRun = uint16(1)<<r | uint16(acc>>(64-uint(r))) // r = 0: a shift by 64 gives 0
					acc <<= uint(r)
					n -= int(l) + r
					break
				}
				// A coefficient of ±delta, its sign bit next, at the zero
				// with r others before it, adv places on; the k terms
				// before it that were non-zero take a correction bit each.
				sel := uint(zeroSelect[uint(zw&0xff)<<4|uint(r)])
				if sel == 0 {
					t, ok := dropZeros(zw, r)
					if !ok || t-r > n-int(l)-1 {
						slow = true
						break
					}
					sel = uint(t+1) | uint(t-r)<<8
				}
				adv, k := sel&0xff, int(sel>>8)
				acc <<= l
				b[(zig+int(adv)-1)&63] = signed[acc>>63]
				acc <<= 1
				corr = corr<<uint(k&63) | acc>>1>>uint((63-k)&63) // k = 0: nothing
				acc <<= uint(k & 63)
				n -= int(l) + 1 + k
				zig += int(adv)
				cur |= 1 << ((zig - 1) & 63)
				zw >>= adv & 63
			}
			if !slow {
				break
			}
			br.acc, br.n = acc, n
			st := refineState{zw: zw, cur: cur, corr: corr, zig: zig}
			done, err := d.refineSymbol(br, b, h, &st, delta)
			if err != nil {
				return err
			}
			acc, n = br.acc, br.n
			zw, cur, corr, zig = st.zw, st.cur, st.corr, st.zig
			if done {
				break
			}
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

// refineState is what refine's loop carries from symbol to symbol, for
// refineSymbol: the zero mask from zig on, the mask of non-zero terms, the
// correction bits read and the current place.
type refineState struct {
	zw, cur, corr uint64
	zig           int
}

// refineSymbol decodes one symbol of a refinement as refine does, with
// every slow path: refills at markers and the end of the data, codes
// longer than lookBits, ZRL, more correction bits than are loaded, bad
// symbols. It reports whether the symbol ended the band (an end-of-band
// run, in d.eobRun).
func (d *decoder) refineSymbol(br *bitReader, b *[64]int16, h *huffman, st *refineState, delta int32) (bool, error) {
	if br.n < 32 {
		br.fill()
	}
	v, err := h.decode(br)
	if err != nil {
		return false, err
	}
	r := int(v >> 4)
	if v&15 > 1 {
		return false, errFormat("unexpected Huffman code")
	}
	if v&15 == 0 && r != 15 { // an end-of-band run of 1<<r | r bits blocks
		d.eobRun = uint16(1)<<r | uint16(br.acc>>(64-uint(r))) // r = 0: a shift by 64 gives 0
		br.skip(r)
		return true, nil
	}
	var z int16 // ZRL: 16 zeros passed over, no coefficient
	if v&15 == 1 {
		z = int16(delta)
		if br.acc>>63 == 0 {
			z = -z
		}
		br.skip(1)
	}
	t, ok := dropZeros(st.zw, r)
	if !ok {
		return false, errFormat("too many coefficients")
	}
	st.corr = st.corr<<uint(t-r) | br.bits(t-r)
	st.zig += t + 1
	if z != 0 {
		p := (st.zig - 1) & 63
		b[p] = z
		st.cur |= 1 << p
	}
	st.zw >>= uint(t+1) & 63
	return false, nil
}

// bandMask returns the bits zigStart to zigEnd of a mask.
func bandMask(zigStart, zigEnd int32) uint64 {
	return ^uint64(0) << uint(zigStart) & (^uint64(0) >> uint(63-zigEnd))
}

// dropZeros returns the place in zw of its set bit with r others below
// it, and false when there is none: refine's way for the zeros zeroSelect
// does not reach.
func dropZeros(zw uint64, r int) (int, bool) {
	for ; r > 0; r-- {
		zw &= zw - 1
	}
	return bits.TrailingZeros64(zw) & 63, zw != 0
}

// reconstruct dequantizes, transforms and emits the image one MCU row at a
// time once every scan is read.
func (d *decoder) reconstruct() error {
	if d.isRGB() {
		return errUnsupported("RGB JPEG")
	}
	for i := 0; i < d.nComp; i++ {
		if d.comp[i].coefs == nil {
			// image/jpeg leaves such a plane at zero; not worth copying.
			return errUnsupported("component without any scan")
		}
	}
	d.allocStrips()
	h0, v0 := d.comp[0].h, d.comp[0].v
	bs := d.bs
	var blk block
	for my := 0; my < d.myy; my++ {
		for i := 0; i < d.nComp; i++ {
			c := &d.comp[i]
			q := &d.quant[c.tq]
			bw, bh := 8*h0/c.h, 8*v0/c.v // block size in luma pixels
			stride := d.stride[i]
			nbx := d.mxx * c.h
			for j := 0; j < c.v; j++ {
				by := my*c.v + j
				if by*bh >= d.height {
					break
				}
				// The row's blocks left of the frame's right edge (bx*bw <
				// width), their terms, masks and DC terms.
				first, cols := by*nbx, min(nbx, (d.width+bw-1)/bw)
				coefs := c.coefs[first*64 : (first+cols)*64]
				dcs := c.dc[first : first+cols]
				strip := d.strip[i][j*bs*stride:]
				// nz: the non-zero AC terms (values refined away from
				// zero never return to it).
				for bx, nz := range c.nz[first : first+cols] {
					dst := strip[bx*bs:]
					dcq := int32(dcs[bx]) * q[0]
					if nz == 0 || bs == 1 {
						fillN(dcOnly(dcq), bs, dst, stride)
						continue
					}
					src := (*[64]int16)(coefs[bx*64 : bx*64+64])
					if bs == 8 {
						idctStore(&blk, zigzagRows(&blk, src, dcq, nz, q), dst, stride)
						continue
					}
					blk = block{}
					blk[0] = dcq
					for ; nz != 0; nz &= nz - 1 {
						k := bits.TrailingZeros64(nz) & 63
						u := unzig[k] & 63
						blk[u] = int32(src[k]) * q[u]
					}
					idctScaled(&blk, bs, dst, stride)
				}
			}
		}
		d.emitRow(my)
	}
	return nil
}
