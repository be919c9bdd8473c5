package jpeg

import "encoding/binary"

// The inverse DCT of image/jpeg (dct.go, Go 1.22 and later), operation for
// operation, so that pixels are bit-identical: the same fixed-point
// constants, the same order of additions, shifts and int32 wrap-around.
// What differs is speed only: fixed-size arrays (no bounds checks), and
// shortcuts that give exactly what the full computation gives — a row whose
// AC terms are zero becomes its DC term <<17 everywhere, a column whose
// terms below the first are zero becomes (x+1<<19)>>20 everywhere.

const (
	cos1          = 1130768441178740757 // fix cos 1*pi/16
	sin1          = 224923827593068887  // fix sin 1*pi/16
	cos3          = 958619196450722178  // fix cos 3*pi/16
	sin3          = 640528868967736374  // fix sin 3*pi/16
	sqrt2inv      = 815238614083298888  // fix 1/sqrt 2
	sqrt2invCos6  = 311978311033955632  // fix (1/sqrt 2)*cos 6*pi/16
	sqrt2invSin6  = 753182269664427492  // fix (1/sqrt 2)*sin 6*pi/16
	fixFractional = 60
)

func c(x uint64, bits int) int32 {
	return int32((x + (1 << (fixFractional - 1 - bits))) >> (fixFractional - bits))
}

func dctBox(x0, x1, kcos, ksin int32) (y0, y1 int32) {
	ksum := kcos * (x0 + x1)
	y0 = ksum + (ksin-kcos)*x1
	y1 = ksum - (kcos+ksin)*x0
	return
}

// block holds 64 coefficients in natural (row-major) order.
type block [64]int32

// idct transforms b in place; outputs are the sample values minus 128, not
// yet clamped. The column pass depends on how many leading rows can be
// non-zero after the row pass (a zero input row stays zero): with two or
// four, the terms of the zero rows are left out of the column transform
// (idctCols2, idctCols4), which gives exactly what the full transform
// gives. Most blocks of photographs have their non-zero
// terms in the first four rows (sequential wallpapers: 6 in 10).
func idct(b *block) { idctColumns(b, idctRows(b)) }

// idctRows is idct's row pass; it returns how many leading rows can be
// non-zero after it.
func idctRows(b *block) int {
	rows := 0 // rows 0 to rows-1 may be non-zero after the row pass
	for i := 0; i < 64; i += 8 {
		x := (*[8]int32)(b[i : i+8])
		if x[1]|x[2]|x[3]|x[4]|x[5]|x[6]|x[7] == 0 {
			// A zero row stays as it is. Otherwise one store each: a
			// composite literal is built on the stack and copied with
			// wider loads, which stalls store forwarding. A DC term whose
			// <<17 wraps to 0 (a multiple of 1<<15) makes a zero row too,
			// which must be written.
			if x[0] != 0 {
				v := x[0] << 17
				x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7] = v, v, v, v, v, v, v, v
				if v != 0 {
					rows = i>>3 + 1
				}
			}
			continue
		}
		idctRow(x)
		rows = i>>3 + 1
	}
	return rows
}

// idctRowsMask is idctRows for a block whose terms outside nz (bit k for
// the term at zig-zag index k) are zero: rows without a bit are skipped, a
// row with only its column-0 bit takes the zero-AC shortcut without its
// terms being read, and the rows after the last with a bit are not
// visited.
func idctRowsMask(b *block, nz uint64) int {
	rows := 0
	for i := 0; nz != 0; i++ {
		i &= 7
		m := nz & rowAll[i]
		if m == 0 {
			continue
		}
		nz &^= m
		rows = i + 1
		x := (*[8]int32)(b[8*i : 8*i+8])
		if m&rowAC[i] == 0 {
			// As in idctRows; a row counted in rows that the shift made
			// zero is still exact for the column pass, only slower.
			v := x[0] << 17
			x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7] = v, v, v, v, v, v, v, v
			continue
		}
		idctRow(x)
	}
	return rows
}

// idctStore finishes the transform of b after its row pass, which left rows
// leading rows non-zero, and stores it as store does. With row 0 alone,
// every column is constant (idctCol's shortcut): one row of samples is
// computed and written 8 times (sequential wallpapers: 1 transformed block
// in 13).
func idctStore(b *block, rows int, dst []byte, stride int) {
	if rows > 1 {
		idctColumns(b, rows)
		store(b, dst, stride)
		return
	}
	var r [8]int32
	for i := range r {
		r[i] = (b[i] + 1<<19) >> 20
	}
	w := packRow(&r)
	for y := range 8 {
		binary.LittleEndian.PutUint64(dst[y*stride:y*stride+8], w)
	}
}

// idctColumns is the column pass of b when only its rows 0 to rows-1 can be
// non-zero.
func idctColumns(b *block, rows int) {
	switch {
	case rows <= 2: // only row 0 too: a constant column, as idctCol's shortcut
		idctCols2(b)
	case rows <= 4:
		idctCols4(b)
	default:
		for i := range 8 {
			idctCol(b, i)
		}
	}
}

func idctRow(x *[8]int32) {
	x0 := x[0]
	x7 := x[1]
	x2 := x[2]
	x5 := x[3]
	x1 := x[4]
	x6 := x[5]
	x3 := x[6]
	x4 := x[7]

	x0 <<= 17
	x1 <<= 17
	x0, x1 = x0+x1, x0-x1
	x2, x3 = dctBox(x2, x3, c(sqrt2invCos6, 18), -c(sqrt2invSin6, 18))
	x1, x2 = x1+x2, x1-x2
	x0, x3 = x0+x3, x0-x3

	x4 <<= 7
	x7 <<= 7
	x7, x4 = x7+x4, x7-x4
	x6 = x6 * c(sqrt2inv, 8)
	x5 = x5 * c(sqrt2inv, 8)
	x7, x5 = x7+x5, x7-x5
	x4, x6 = x4+x6, x4-x6
	x4, x7 = dctBox(x4>>2, x7>>2, c(cos3, 12), -c(sin3, 12))
	x5, x6 = dctBox(x5>>2, x6>>2, c(cos1, 12), -c(sin1, 12))

	x[0] = x0 + x7
	x[7] = x0 - x7
	x[1] = x1 + x6
	x[6] = x1 - x6
	x[2] = x2 + x5
	x[5] = x2 - x5
	x[3] = x3 + x4
	x[4] = x3 - x4
}

func idctCol(b *block, i int) {
	i &= 7
	x0 := b[0*8+i]
	x7 := b[1*8+i]
	x2 := b[2*8+i]
	x5 := b[3*8+i]
	x1 := b[4*8+i]
	x6 := b[5*8+i]
	x3 := b[6*8+i]
	x4 := b[7*8+i]
	if x7|x2|x5|x1|x6|x3|x4 == 0 {
		v := (x0 + 1<<19) >> 20
		b[0*8+i], b[1*8+i], b[2*8+i], b[3*8+i] = v, v, v, v
		b[4*8+i], b[5*8+i], b[6*8+i], b[7*8+i] = v, v, v, v
		return
	}

	x0 += 1 << 19
	x0, x1 = (x0+x1)>>2, (x0-x1)>>2
	x2, x3 = dctBox(x2>>13, x3>>13, c(sqrt2invCos6, 12), -c(sqrt2invSin6, 12))
	x1, x2 = x1+x2, x1-x2
	x0, x3 = x0+x3, x0-x3

	x7, x4 = x7+x4, x7-x4
	x5 = (x5 >> 13) * c(sqrt2inv, 14)
	x6 = (x6 >> 13) * c(sqrt2inv, 14)
	x7, x5 = x7+x5, x7-x5
	x4, x6 = x4+x6, x4-x6
	x4, x7 = dctBox(x4>>14, x7>>14, c(cos3, 12), -c(sin3, 12))
	x5, x6 = dctBox(x5>>14, x6>>14, c(cos1, 12), -c(sin1, 12))

	b[0*8+i] = (x0 + x7) >> 18
	b[7*8+i] = (x0 - x7) >> 18
	b[1*8+i] = (x1 + x6) >> 18
	b[6*8+i] = (x1 - x6) >> 18
	b[2*8+i] = (x2 + x5) >> 18
	b[5*8+i] = (x2 - x5) >> 18
	b[3*8+i] = (x3 + x4) >> 18
	b[4*8+i] = (x3 - x4) >> 18
}

// idctZigzag is idct for the coefficients of a progressive block, read in
// place: src holds its AC terms in zig-zag order (zero where nz has no bit),
// dc its dequantized DC term, q the quantizers in natural order. Each row is
// dequantized straight into out, so that out need not be cleared nor the
// terms scattered into it first; a row without AC terms (by nz) is its
// column-0 term <<17 everywhere, as in idct. When nz has no term in rows 2
// to 7, or 4 to 7 (most blocks of photographs), those rows are left
// unwritten: the column passes that such blocks take, idctCols2 and
// idctCols4, do not read them.
func idctZigzag(out *block, src *[64]int16, dc int32, nz uint64, q *[64]int32) {
	idctColumns(out, zigzagRows(out, src, dc, nz, q))
}

// zigzagRows is idctZigzag's row pass; it returns how many leading rows of
// out can be non-zero after it.
func zigzagRows(out *block, src *[64]int16, dc int32, nz uint64, q *[64]int32) int {
	rows := 0
	last := 8
	switch {
	case nz&rowsFrom[2] == 0:
		last = 2
	case nz&rowsFrom[4] == 0:
		last = 4
	}
	for i := range last {
		x := (*[8]int32)(out[8*i : 8*i+8])
		qr := (*[8]int32)(q[8*i : 8*i+8])
		zr := &zigOf[i&7]
		x0 := dc
		if i != 0 {
			x0 = int32(src[zr[0]&63]) * qr[0]
		}
		if nz&rowAC[i&7] == 0 {
			v := x0 << 17
			x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7] = v, v, v, v, v, v, v, v
			if v != 0 {
				rows = i + 1
			}
			continue
		}
		x[0] = x0
		x[1] = int32(src[zr[1]&63]) * qr[1]
		x[2] = int32(src[zr[2]&63]) * qr[2]
		x[3] = int32(src[zr[3]&63]) * qr[3]
		x[4] = int32(src[zr[4]&63]) * qr[4]
		x[5] = int32(src[zr[5]&63]) * qr[5]
		x[6] = int32(src[zr[6]&63]) * qr[6]
		x[7] = int32(src[zr[7]&63]) * qr[7]
		idctRow(x)
		rows = i + 1
	}
	return rows
}

// zigOf[y][x] is the zig-zag index of the term in row y, column x; rowAC[y]
// has the zig-zag bits of row y's columns 1 to 7, rowAll[y] those of all
// its columns, rowsFrom[y] those of rows y to 7.
var zigOf, rowAC, rowAll, rowsFrom = func() (z [8][8]uint8, m, all, from [8]uint64) {
	for k, u := range unzig {
		z[u/8][u%8] = uint8(k)
		if u%8 != 0 {
			m[u/8] |= 1 << k
		}
		all[u/8] |= 1 << k
		for y := 1; y <= int(u/8); y++ {
			from[y] |= 1 << k
		}
	}
	return z, m, all, from
}()

// The reduced column passes below are idctCol with the terms of zero rows
// taken out. Every step is an int32 addition, subtraction or
// multiplication, which wrap around modulo 2³², where the ring laws hold
// exactly: x+0 = x, x·0 = 0, and dctBox(t, 0) = (kcos·t, -ksin·t),
// dctBox(t, t) = ((kcos+ksin)·t, (kcos-ksin)·t). Shifts are applied to the
// same values as in idctCol, so the outputs are bit-identical
// (TestIDCTByContent).

// idctCols2 is the column pass when only rows 0 and 1 are non-zero: the even
// half of each column is its rounded DC term, the odd half four products
// of its row-1 term.
func idctCols2(b *block) {
	// dctBox(t, t, kcos, ksin) of idctCol's odd half.
	k4, k7 := c(cos3, 12)-c(sin3, 12), c(cos3, 12)+c(sin3, 12)
	k5, k6 := c(cos1, 12)-c(sin1, 12), c(cos1, 12)+c(sin1, 12)
	for i := range 8 {
		e := (b[i] + 1<<19) >> 2
		t := b[8+i] >> 14
		x4, x7 := k4*t, k7*t
		x5, x6 := k5*t, k6*t
		b[0*8+i] = (e + x7) >> 18
		b[7*8+i] = (e - x7) >> 18
		b[1*8+i] = (e + x6) >> 18
		b[6*8+i] = (e - x6) >> 18
		b[2*8+i] = (e + x5) >> 18
		b[5*8+i] = (e - x5) >> 18
		b[3*8+i] = (e + x4) >> 18
		b[4*8+i] = (e - x4) >> 18
	}
}

// idctCols4 is the column pass when only rows 0 to 3 are non-zero.
func idctCols4(b *block) {
	k6c, k6s := c(sqrt2invCos6, 12), c(sqrt2invSin6, 12) // dctBox(t, 0, k6c, -k6s) = (k6c·t, k6s·t)
	k3c, k3s := c(cos3, 12), -c(sin3, 12)
	k1c, k1s := c(cos1, 12), -c(sin1, 12)
	for i := range 8 {
		e := (b[0*8+i] + 1<<19) >> 2
		x7 := b[1*8+i]
		t2 := b[2*8+i] >> 13
		x5 := b[3*8+i]

		x2, x3 := k6c*t2, k6s*t2
		x1, x2 := e+x2, e-x2
		x0, x3 := e+x3, e-x3

		x5 = (x5 >> 13) * c(sqrt2inv, 14)
		x7, x5 = x7+x5, x7-x5
		x4, x6 := b[1*8+i], b[1*8+i]
		x4, x7 = dctBox(x4>>14, x7>>14, k3c, k3s)
		x5, x6 = dctBox(x5>>14, x6>>14, k1c, k1s)

		b[0*8+i] = (x0 + x7) >> 18
		b[7*8+i] = (x0 - x7) >> 18
		b[1*8+i] = (x1 + x6) >> 18
		b[6*8+i] = (x1 - x6) >> 18
		b[2*8+i] = (x2 + x5) >> 18
		b[5*8+i] = (x2 - x5) >> 18
		b[3*8+i] = (x3 + x4) >> 18
		b[4*8+i] = (x3 - x4) >> 18
	}
}

// dcOnly returns the level-shifted, clamped sample of a block whose only
// non-zero coefficient is the dequantized DC term dc: the value idct and
// store would write to all 64 samples.
func dcOnly(dc int32) uint8 {
	return clamp((dc<<17 + 1<<19) >> 20)
}

// clamp level-shifts by 128 and clips to [0, 255], as image/jpeg does.
func clamp(c int32) uint8 {
	if c < -128 {
		return 0
	} else if c > 127 {
		return 255
	}
	return uint8(c + 128)
}

// store writes the clamped samples of b to dst, 8 rows of stride bytes,
// one 8-byte store per row.
func store(b *block, dst []byte, stride int) {
	for y := range 8 {
		r := (*[8]int32)(b[8*y : 8*y+8])
		// A row of samples in range, as nearly every row of a photograph
		// is, is packed without clamping: one branch per row instead of
		// two per sample (a negative x+128 is a large uint32). Its halves
		// are packed in 32 bits, which need no zero extension, and the
		// raw values are not kept for the clamping of other rows
		// (clampRow reloads them), so that none is spilled to the stack.
		x0, x1, x2, x3 := uint32(r[0]+128), uint32(r[1]+128), uint32(r[2]+128), uint32(r[3]+128)
		x4, x5, x6, x7 := uint32(r[4]+128), uint32(r[5]+128), uint32(r[6]+128), uint32(r[7]+128)
		var w uint64
		if x0|x1|x2|x3|x4|x5|x6|x7 <= 255 {
			w = uint64(x0|x1<<8|x2<<16|x3<<24) | uint64(x4|x5<<8|x6<<16|x7<<24)<<32
		} else {
			w = clampRow(r)
		}
		binary.LittleEndian.PutUint64(dst[y*stride:y*stride+8], w)
	}
}

// packRow returns the clamped samples of r, the first in the lowest byte:
// a row of store (which has the same code inline, a call per row costing
// more than the packing).
func packRow(r *[8]int32) uint64 {
	x0, x1, x2, x3 := uint32(r[0]+128), uint32(r[1]+128), uint32(r[2]+128), uint32(r[3]+128)
	x4, x5, x6, x7 := uint32(r[4]+128), uint32(r[5]+128), uint32(r[6]+128), uint32(r[7]+128)
	if x0|x1|x2|x3|x4|x5|x6|x7 <= 255 {
		return uint64(x0|x1<<8|x2<<16|x3<<24) | uint64(x4|x5<<8|x6<<16|x7<<24)<<32
	}
	return clampRow(r)
}

// clampRow is packRow for a row with a sample out of range.
func clampRow(r *[8]int32) uint64 {
	return uint64(clamp(r[0])) | uint64(clamp(r[1]))<<8 | uint64(clamp(r[2]))<<16 | uint64(clamp(r[3]))<<24 |
		uint64(clamp(r[4]))<<32 | uint64(clamp(r[5]))<<40 | uint64(clamp(r[6]))<<48 | uint64(clamp(r[7]))<<56
}

// fill8 writes v to an 8x8 area of dst. (An [8]byte literal would be built
// on the stack a byte at a time and reloaded whole, which stalls store
// forwarding.)
func fill8(v uint8, dst []byte, stride int) {
	w := uint64(v) * 0x0101010101010101
	for y := range 8 {
		binary.LittleEndian.PutUint64(dst[y*stride:y*stride+8], w)
	}
}
