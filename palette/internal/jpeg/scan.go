package jpeg

type scanComp struct {
	ci     int // index in d.comp
	td, ta uint8
}

// processSOS reads a scan header and its entropy-coded data (section B.2.3).
func (d *decoder) processSOS(n int) error {
	if d.nComp == 0 {
		return errFormat("missing SOF marker")
	}
	d.scans++
	if d.scans > d.opt.MaxScans {
		return ErrTooManyScans
	}
	if d.isRGB() {
		return errUnsupported("RGB JPEG")
	}
	if d.done {
		return errUnsupported("scan after a complete sequential frame")
	}
	if n < 6 || 4+2*d.nComp < n || n%2 != 0 {
		return errFormat("SOS has wrong length")
	}
	b, err := d.read(n)
	if err != nil {
		return err
	}
	nc := int(b[0])
	if n != 4+2*nc {
		return errFormat("SOS length inconsistent with number of components")
	}
	var sc [3]scanComp
	totalHV := 0
	for i := 0; i < nc; i++ {
		cs := b[1+2*i]
		ci := -1
		for j := 0; j < d.nComp; j++ {
			if d.comp[j].id == cs {
				ci = j
			}
		}
		if ci < 0 {
			return errFormat("unknown component selector")
		}
		for j := 0; j < i; j++ {
			if sc[j].ci == ci {
				return errFormat("repeated component selector")
			}
		}
		sc[i].ci = ci
		totalHV += d.comp[ci].h * d.comp[ci].v
		sc[i].td, sc[i].ta = b[2+2*i]>>4, b[2+2*i]&15
		if sc[i].td > 3 || (d.baseline && sc[i].td > 1) || sc[i].ta > 3 || (d.baseline && sc[i].ta > 1) {
			return errFormat("bad Td or Ta value")
		}
	}
	if d.nComp > 1 && totalHV > 10 {
		return errFormat("total sampling factors too large")
	}
	br := &bitReader{data: d.data, pos: d.pos}
	if !d.progressive {
		if nc != d.nComp {
			return errUnsupported("sequential scan without every component")
		}
		err = d.decodeSequential(br, sc[:nc])
		d.done = true
	} else {
		zs, ze, ah, al := int32(b[1+2*nc]), int32(b[2+2*nc]), uint32(b[3+2*nc]>>4), uint32(b[3+2*nc]&15)
		if (zs == 0 && ze != 0) || zs > ze || 64 <= ze {
			return errFormat("bad spectral selection bounds")
		}
		if zs != 0 && nc != 1 {
			return errFormat("progressive AC coefficients for more than one component")
		}
		if ah != 0 && ah != al+1 {
			return errFormat("bad successive approximation values")
		}
		if al > 13 {
			return errUnsupported("successive approximation shift")
		}
		err = d.decodeProgressive(br, sc[:nc], zs, ze, ah, al)
	}
	if err != nil {
		return err
	}
	if br.overrun() {
		return errFormat("short Huffman data")
	}
	d.pos = br.pos
	return nil
}

// restart handles the marker after every ri MCUs (section F.1.2.3): the
// bits left are dropped, the expected RSTn is found as image/jpeg finds it,
// and the reader starts afresh.
func (d *decoder) restart(br *bitReader, expected *uint8) error {
	if br.overrun() {
		return errFormat("short Huffman data")
	}
	p := br.pos
	data := d.data
	for {
		if p+2 > len(data) {
			return errShort
		}
		if data[p] == 0xff {
			switch m := data[p+1]; {
			case m == *expected:
				p += 2
				*br = bitReader{data: data, pos: p}
				*expected = 0xd0 + (*expected+1)&7
				return nil
			case m == 0xff:
				p++
				continue
			case m != 0:
				return errFormat("bad RST marker")
			}
		}
		p++
	}
}

// decodeSequential decodes a baseline or extended sequential scan with every
// component, one MCU row at a time, emitting each row.
func (d *decoder) decodeSequential(br *bitReader, sc []scanComp) error {
	d.allocStrips()
	var (
		dc       [3]int32
		blk      block
		mcu      int
		expected = uint8(0xd0)
		total    = d.mxx * d.myy
		bs       = d.bs
	)
	// A component's blocks in an MCU: h×v, at offs from the MCU's left
	// edge in its strip, which moves right by mcuW samples per MCU.
	type plan struct {
		dcH, acH *huffman
		q        *[64]int32
		pred     *int32
		dst      []byte
		stride   int
		mcuW     int
		offs     []int
	}
	var (
		ps   [3]plan
		offs [3][8]int // h ≤ 4, v ≤ 2 (processSOF)
	)
	for i, s := range sc {
		c := &d.comp[s.ci]
		stride := d.stride[s.ci]
		for j := range c.h * c.v {
			by, bx := j/c.h, j%c.h
			offs[i][j] = by*bs*stride + bx*bs
		}
		ps[i] = plan{dcH: &d.huff[0][s.td], acH: &d.huff[1][s.ta], q: &d.quant[c.tq], pred: &dc[s.ci], dst: d.strip[s.ci], stride: stride, mcuW: c.h * bs, offs: offs[i][:c.h*c.v]}
		if ps[i].dcH.nCodes == 0 || ps[i].acH.nCodes == 0 {
			return errFormat("uninitialized Huffman table")
		}
	}
	for my := 0; my < d.myy; my++ {
		for mx := 0; mx < d.mxx; mx++ {
			for i := range sc {
				p := &ps[i]
				col := mx * p.mcuW
				for _, off := range p.offs {
					nz, err := d.decodeBlock(br, &blk, p.dcH, p.acH, p.pred, p.q)
					if err != nil {
						return err
					}
					dst := p.dst[col+off:]
					switch {
					case nz == 1 || bs == 1:
						fillN(dcOnly(blk[0]), bs, dst, p.stride)
						if nz == 1 {
							blk[0] = 0
						} else {
							blk = block{}
						}
					case bs == 8:
						idctStore(&blk, idctRowsMask(&blk, nz), dst, p.stride)
						blk = block{}
					default:
						idctScaled(&blk, bs, dst, p.stride)
						blk = block{}
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
		if br.overrun() {
			return errFormat("short Huffman data")
		}
		d.emitRow(my)
	}
	return nil
}

// decodeBlock decodes one sequential block into b (zero on entry),
// dequantized, in natural order. It returns the mask of b's terms that
// can be non-zero, bit k for the term at zig-zag index k: bit 0, the DC
// term, always, and the bit of every AC term decoded, so that 1 means a
// block of its DC term alone and the row pass skips the rows without a bit
// (idctRowsMask).
func (d *decoder) decodeBlock(br *bitReader, b *block, dcH, acH *huffman, pred *int32, q *[64]int32) (nz uint64, err error) {
	if br.n < 32 {
		br.fill()
	}
	if f := dcH.fastDC[br.acc>>(64-lookBits)]; f != 0 {
		br.skip(int(f & 0xff))
		*pred += f >> 8
	} else {
		t, err := dcH.decode(br)
		if err != nil {
			return 0, err
		}
		if t > 16 {
			return 0, errUnsupported("excessive DC component")
		}
		*pred += br.receiveExtend(t)
	}
	b[0] = *pred * q[0]
	nz = 1
	if d.eobRun > 0 {
		d.eobRun--
		return nz, nil
	}
	// The accumulator stays in registers on the fast path, a loop of its
	// own (so that what the slow path's calls need is spilled on leaving
	// it, not at every symbol); the slow one works on br.
	acc, n := br.acc, br.n
	zig := int32(1)
blockLoop:
	for zig <= 63 {
		for zig <= 63 {
			if n < 31 {
				w, ok := br.peek8() // fill's fast path, inline
				if !ok {
					break
				}
				acc |= w >> uint(n&63)
				br.pos += (63 - n) >> 3
				n |= 56
			}
			// One or two symbols by one look-up (pairAC): the second value
			// written first, 0 when there is none. (Shift counts masked to
			// 63, which they are, take the compiler's tests for counts of
			// 64 and more out.)
			e := acH.pairAC[acc>>(64-pairBits)]
			z2 := zig + int32(e>>16&0xff)
			if z2 > 63 {
				break
			}
			acc <<= e & 63
			n -= int(e & 0xff)
			k := unzig[z2&63] & 63
			b[k] = int32(int16(e>>48)) * q[k]
			z1 := zig + int32(e>>8&0x3f)
			k = unzig[z1&63] & 63
			b[k] = int32(int16(e>>32)) * q[k]
			nz |= 1 << (z2 & 63)
			nz |= 1 << (z1 & 63)
			if e&pairEOB != 0 {
				// The zero an end of block writes after the last
				// coefficient, at z2 (see pairAC's layout), is no term.
				nz &^= 1 << (z2 & 63)
				break blockLoop
			}
			zig += int32(e>>24&0x3f) + 1
		}
		if zig > 63 {
			break
		}
		br.acc, br.n = acc, n
		if br.n < 31 {
			br.fillSlow()
		}
		v, err := acH.decode(br)
		if err != nil {
			return 0, err
		}
		r, s := int32(v>>4), v&15
		switch {
		case s != 0:
			zig += r
			if zig > 63 {
				acc, n = br.acc, br.n
				break blockLoop
			}
			k := unzig[zig&63] & 63
			b[k] = br.receiveExtend(s) * q[k]
			nz |= 1 << (zig & 63)
		case r != 15:
			d.eobRun = uint16(1) << r
			if r != 0 {
				d.eobRun |= uint16(br.getBits(int(r)))
			}
			d.eobRun--
			acc, n = br.acc, br.n
			break blockLoop
		default:
			zig += 15
		}
		zig++
		acc, n = br.acc, br.n
	}
	br.acc, br.n = acc, n
	return nz, nil
}
