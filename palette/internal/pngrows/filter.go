package pngrows

import "encoding/binary"

// The Sub, Up and Average filters of the PNG specification, section 9.2
// (https://www.w3.org/TR/png/#9Filter-types), undone several bytes at a
// time: byte-wise sums and averages on the lanes of a uint64 or uint32
// (SIMD within a register), instead of image/png's loops of one byte at a
// time. The results are the same bytes.

const (
	high64 = 0x8080808080808080
	high32 = 0x80808080
	low7   = 0xfefefefe // a byte's bits that survive a right shift by 1
)

// addBytes returns the byte-wise sums modulo 256 of x and y: the low seven
// bits of each byte add without crossing into the next byte, and the top
// bits are added apart, by exclusive or.
func addBytes(x, y uint64) uint64 {
	return ((x &^ high64) + (y &^ high64)) ^ ((x ^ y) & high64)
}

func addBytes32(x, y uint32) uint32 {
	return ((x &^ high32) + (y &^ high32)) ^ ((x ^ y) & high32)
}

// avgBytes32 returns the byte-wise floor((x+y)/2) of x and y: the bits
// they share, plus half the bits only one of them has.
func avgBytes32(x, y uint32) uint32 {
	return (x & y) + ((x ^ y) & low7 >> 1)
}

// filterUp undoes the Up filter: cdat[i] += pdat[i].
func filterUp(cdat, pdat []byte) {
	pdat = pdat[:len(cdat)]
	i := 0
	for ; i+8 <= len(cdat); i += 8 {
		x := binary.LittleEndian.Uint64(cdat[i:])
		y := binary.LittleEndian.Uint64(pdat[i:])
		binary.LittleEndian.PutUint64(cdat[i:], addBytes(x, y))
	}
	for ; i < len(cdat); i++ {
		cdat[i] += pdat[i]
	}
}

// filterSub undoes the Sub filter: cdat[i] += cdat[i-bytesPerPixel].
func filterSub(cdat []byte, bytesPerPixel int) {
	switch bytesPerPixel {
	case 4:
		var a uint32
		for i := 0; i+4 <= len(cdat); i += 4 {
			a = addBytes32(a, binary.LittleEndian.Uint32(cdat[i:]))
			binary.LittleEndian.PutUint32(cdat[i:], a)
		}
	case 3:
		var a0, a1, a2 uint8
		i := 0
		for ; i+3*filterBlock <= len(cdat); i += 3 * filterBlock {
			a0, a1, a2 = sub3Block((*[3 * filterBlock]byte)(cdat[i:]), a0, a1, a2)
		}
		for ; i+3 <= len(cdat); i += 3 {
			cd := cdat[i : i+3 : i+3]
			a0, a1, a2 = a0+cd[0], a1+cd[1], a2+cd[2]
			cd[0], cd[1], cd[2] = a0, a1, a2
		}
	default:
		for i := bytesPerPixel; i < len(cdat); i++ {
			cdat[i] += cdat[i-bytesPerPixel]
		}
	}
}

// filterAverage undoes the Average filter:
// cdat[i] += (cdat[i-bytesPerPixel] + pdat[i]) / 2, with 0 left of the row.
func filterAverage(cdat, pdat []byte, bytesPerPixel int) {
	pdat = pdat[:len(cdat)]
	switch bytesPerPixel {
	case 4:
		var a uint32
		for i := 0; i+4 <= len(cdat); i += 4 {
			b := binary.LittleEndian.Uint32(pdat[i:])
			a = addBytes32(binary.LittleEndian.Uint32(cdat[i:]), avgBytes32(a, b))
			binary.LittleEndian.PutUint32(cdat[i:], a)
		}
	case 3:
		var a0, a1, a2 int
		i := 0
		for ; i+3*filterBlock <= len(cdat); i += 3 * filterBlock {
			a0, a1, a2 = average3Block((*[3 * filterBlock]byte)(cdat[i:]), (*[3 * filterBlock]byte)(pdat[i:]), a0, a1, a2)
		}
		for ; i+3 <= len(cdat); i += 3 {
			cd, pd := cdat[i:i+3:i+3], pdat[i:i+3:i+3]
			a0 = (int(cd[0]) + (a0+int(pd[0]))>>1) & 0xff
			a1 = (int(cd[1]) + (a1+int(pd[1]))>>1) & 0xff
			a2 = (int(cd[2]) + (a2+int(pd[2]))>>1) & 0xff
			cd[0], cd[1], cd[2] = uint8(a0), uint8(a1), uint8(a2)
		}
	default:
		// The first column has no column to the left of it, so it is a
		// special case. We know that the first column exists because we
		// check above that width != 0, and so len(cdat) != 0.
		for i := 0; i < bytesPerPixel; i++ {
			cdat[i] += pdat[i] / 2
		}
		for i := bytesPerPixel; i < len(cdat); i++ {
			cdat[i] += uint8((int(cdat[i-bytesPerPixel]) + int(pdat[i])) / 2)
		}
	}
}

// filterBlock is the pixels of a block of sub3Block and average3Block,
// which undo the Sub and Average filters on 3 bytes per pixel (8-bit RGB)
// as filterPaeth3 does Paeth: on fixed-size arrays, by a function of its
// own that keeps the channels in registers, a third fewer instructions
// than the row loops, which undo the last pixels.
const filterBlock = 32

// sub3Block undoes the Sub filter on the pixels c, whose left pixel's
// channels are a0, a1 and a2, and returns the channels of c's last pixel.
func sub3Block(c *[3 * filterBlock]byte, a0, a1, a2 uint8) (uint8, uint8, uint8) {
	for k := 0; k < 3*filterBlock; k += 3 {
		a0, a1, a2 = a0+c[k], a1+c[k+1], a2+c[k+2]
		c[k], c[k+1], c[k+2] = a0, a1, a2
	}
	return a0, a1, a2
}

// average3Block undoes the Average filter on the pixels c, whose left
// pixel's channels are a0, a1 and a2, given p, the pixels above them, and
// returns the channels of c's last pixel.
func average3Block(c, p *[3 * filterBlock]byte, a0, a1, a2 int) (int, int, int) {
	for k := 0; k < 3*filterBlock; k += 3 {
		a0 = (int(c[k]) + (a0+int(p[k]))>>1) & 0xff
		a1 = (int(c[k+1]) + (a1+int(p[k+1]))>>1) & 0xff
		a2 = (int(c[k+2]) + (a2+int(p[k+2]))>>1) & 0xff
		c[k], c[k+1], c[k+2] = uint8(a0), uint8(a1), uint8(a2)
	}
	return a0, a1, a2
}
