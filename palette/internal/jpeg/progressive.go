package jpeg

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
	c.last = make([]uint8, n/64)
	d.memory += 2*int64(n) + int64(n/64)
}

// MemoryEstimate returns the bytes of buffers Decode needs for a frame of
// the given size and sampling factors (h, v per component, the luma's
// first): one MCU row of samples, plus 2 bytes per coefficient when
// progressive (and a byte per block).
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
			m += (2*64 + 1) * mxx * int64(h[i]) * myy * int64(v[i])
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
	var (
		dc         [3]int32
		mcu        int
		blockCount int
		expected   = uint8(0xd0)
		total      = d.mxx * d.myy
		nc         = len(sc)
	)
	for my := 0; my < d.myy; my++ {
		for mx := 0; mx < d.mxx; mx++ {
			for i := range sc {
				ci := sc[i].ci
				c := &d.comp[ci]
				for j := 0; j < c.h*c.v; j++ {
					var bx, by int
					if nc != 1 {
						bx = c.h*mx + j%c.h
						by = c.v*my + j/c.h
					} else {
						q := d.mxx * c.h
						bx = blockCount % q
						by = blockCount / q
						blockCount++
						if bx*8 >= d.width || by*8 >= d.height {
							continue
						}
					}
					bi := by*d.mxx*c.h + bx
					b := (*[64]int16)(c.coefs[bi*64 : bi*64+64])
					last := &c.last[bi]
					var err error
					if ah != 0 {
						err = d.refine(br, b, last, &d.huff[1][sc[i].ta], zigStart, zigEnd, int32(1)<<al)
					} else {
						err = d.firstPass(br, b, last, &d.huff[0][sc[i].td], &d.huff[1][sc[i].ta], &dc[ci], zigStart, zigEnd, al)
					}
					if err != nil {
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

// firstPass decodes the first scan of a band (Ah = 0), as image/jpeg does.
// last is the largest zig-zag index of a non-zero AC coefficient of the
// block (0: none), which lets refinements of end-of-band runs stop early.
func (d *decoder) firstPass(br *bitReader, b *[64]int16, last *uint8, dcH, acH *huffman, pred *int32, zigStart, zigEnd int32, al uint32) error {
	zig := zigStart
	if zig == 0 {
		zig++
		if br.n < 32 {
			br.fill()
		}
		t, err := dcH.decode(br)
		if err != nil {
			return err
		}
		if t > 16 {
			return errUnsupported("excessive DC component")
		}
		*pred += br.receiveExtend(t)
		v := *pred << al
		if !fits16(v) {
			return errOverflow
		}
		b[0] = int16(v)
	}
	if zig > zigEnd {
		return nil
	}
	if d.eobRun > 0 {
		d.eobRun--
		return nil
	}
	if acH.nCodes == 0 {
		return errFormat("uninitialized Huffman table")
	}
	for ; zig <= zigEnd; zig++ {
		if br.n < 31 {
			br.fill()
		}
		if f := acH.fastAC[br.acc>>(64-lookBits)]; f != 0 {
			if z := zig + int32(f>>4&15); z <= zigEnd {
				a := int32(f>>8) << al
				if !fits16(a) {
					return errOverflow
				}
				zig = z
				br.skip(int(f & 15))
				b[zig&63] = int16(a)
				*last = max(*last, uint8(zig))
				continue
			}
		}
		v, err := acH.decode(br)
		if err != nil {
			return err
		}
		r, s := int32(v>>4), v&15
		if s != 0 {
			zig += r
			if zig > zigEnd {
				break
			}
			a := br.receiveExtend(s) << al
			if !fits16(a) {
				return errOverflow
			}
			b[zig&63] = int16(a)
			*last = max(*last, uint8(zig))
			continue
		}
		if r != 15 {
			d.eobRun = uint16(1) << r
			if r != 0 {
				d.eobRun |= uint16(br.getBits(int(r)))
			}
			d.eobRun--
			break
		}
		zig += 15
	}
	return nil
}

// refine decodes a successive approximation refinement (section G.1.2).
func (d *decoder) refine(br *bitReader, b *[64]int16, last *uint8, h *huffman, zigStart, zigEnd, delta int32) error {
	if zigStart == 0 {
		if br.bit() {
			v := int32(b[0]) | delta
			if !fits16(v) {
				return errOverflow
			}
			b[0] = int16(v)
		}
		return nil
	}
	zig := zigStart
	if d.eobRun == 0 {
		if h.nCodes == 0 {
			return errFormat("uninitialized Huffman table")
		}
	loop:
		for ; zig <= zigEnd; zig++ {
			z := int32(0)
			if br.n < 32 {
				br.fill()
			}
			v, err := h.decode(br)
			if err != nil {
				return err
			}
			r, s := int32(v>>4), v&15
			switch s {
			case 0:
				if r != 15 {
					d.eobRun = uint16(1) << r
					if r != 0 {
						d.eobRun |= uint16(br.getBits(int(r)))
					}
					break loop
				}
			case 1:
				z = delta
				if !br.bit() {
					z = -z
				}
			default:
				return errFormat("unexpected Huffman code")
			}
			zig, err = d.refineNonZeroes(br, b, zig, zigEnd, r, delta)
			if err != nil {
				return err
			}
			if zig > zigEnd {
				return errFormat("too many coefficients")
			}
			if z != 0 {
				if !fits16(z) {
					return errOverflow
				}
				b[zig&63] = int16(z)
				*last = max(*last, uint8(zig))
			}
		}
	}
	if d.eobRun > 0 {
		d.eobRun--
		// Past the last non-zero coefficient there is nothing to refine.
		if _, err := d.refineNonZeroes(br, b, zig, min(zigEnd, int32(*last)), -1, delta); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) refineNonZeroes(br *bitReader, b *[64]int16, zig, zigEnd, nz, delta int32) (int32, error) {
	// The correction bits are read straight from the accumulator, kept in
	// registers: this loop is the hottest of progressive files.
	acc, n := br.acc, br.n
	for ; zig <= zigEnd; zig++ {
		v := int32(b[zig&63])
		if v == 0 {
			if nz == 0 {
				break
			}
			nz--
			continue
		}
		if n == 0 {
			br.acc, br.n = acc, n
			br.fill()
			acc, n = br.acc, br.n
		}
		bit := acc >> 63
		acc <<= 1
		n--
		if bit == 0 {
			continue
		}
		if v >= 0 {
			v += delta
		} else {
			v -= delta
		}
		if !fits16(v) {
			br.acc, br.n = acc, n
			return 0, errOverflow
		}
		b[zig&63] = int16(v)
	}
	br.acc, br.n = acc, n
	return zig, nil
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
				for bx := 0; bx < nbx && bx*bw < d.width; bx++ {
					off := (by*nbx + bx) * 64
					src := (*[64]int16)(c.coefs[off : off+64])
					dst := d.strip[i][j*bs*stride+bx*bs:]
					// last: no AC term past it is non-zero (values refined
					// away from zero never return to it).
					last := int(c.last[by*nbx+bx])
					if last == 0 || bs == 1 {
						fillN(dcOnly(int32(src[0])*q[0]), bs, dst, stride)
						continue
					}
					blk = block{}
					for k := 0; k <= last&63; k++ {
						u := unzig[k] & 63
						blk[u] = int32(src[k]) * q[u]
					}
					if bs == 8 {
						idct(&blk)
						store(&blk, dst, stride)
					} else {
						idctScaled(&blk, bs, dst, stride)
					}
				}
			}
		}
		d.emitRow(my)
	}
	return nil
}
