package measure

import (
	"encoding/binary"
	"image"
	"image/color"
)

// rowReader reads the rows of one image.
type rowReader struct {
	img image.Image
	lut *[256]uint32 // a paletted image's colours, packed; nil until needed
}

// read writes row y of img into dst as straight (not premultiplied)
// 8-bit colours packed R | G<<8 | B<<16 | A<<24, converting each pixel
// exactly as the histogram scan does, so both passes see the same colours.
func (rr *rowReader) read(y int, dst []uint32) { rr.readAt(y, 0, dst) }

// readAt is read of the pixels from x0 (relative to the bounds) on.
func (rr *rowReader) readAt(y, x0 int, dst []uint32) {
	img := rr.img
	b := img.Bounds()
	b.Min.X += x0
	switch im := img.(type) {
	case *image.NRGBA:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:4*len(dst)]
		for x := range dst {
			dst[x] = binary.LittleEndian.Uint32(row[4*x:])
		}
	case *image.RGBA:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:4*len(dst)]
		for x := range dst {
			c := binary.LittleEndian.Uint32(row[4*x:])
			if a := uint8(c >> 24); a != 255 && a != 0 {
				r, g, bl := unpremultiply(uint8(c), a), unpremultiply(uint8(c>>8), a), unpremultiply(uint8(c>>16), a)
				c = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | uint32(a)<<24
			}
			dst[x] = c
		}
	case *image.YCbCr:
		var sx uint
		switch im.SubsampleRatio {
		case image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio440:
		case image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420:
			sx = 1
		}
		if b.Min.X < 0 || (sx == 0 && im.SubsampleRatio != image.YCbCrSubsampleRatio444 && im.SubsampleRatio != image.YCbCrSubsampleRatio440) {
			for x := range dst {
				yi, ci := im.YOffset(b.Min.X+x, y), im.COffset(b.Min.X+x, y)
				r, g, bl := color.YCbCrToRGB(im.Y[yi], im.Cb[ci], im.Cr[ci])
				dst[x] = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | 255<<24
			}
			return
		}
		yRow := im.Y[im.YOffset(b.Min.X, y):][:len(dst)]
		ci := im.COffset(b.Min.X, y)
		if sx == 0 {
			yccPixels(dst, yRow, im.Cb[ci:][:len(dst)], im.Cr[ci:][:len(dst)])
			return
		}
		// 4:2:2 and 4:2:0: two pixels share a chroma sample, whose part
		// of yccPack's sums is worked out once for both. Converting every
		// pixel costs less than testing whether it repeats the one before.
		x := 0
		if b.Min.X&1 != 0 && len(dst) > 0 {
			// The window starts at the second pixel of a pair.
			dst[0] = yccPack(yRow[0], im.Cb[ci], im.Cr[ci])
			x, ci = 1, ci+1
		}
		n := (len(dst) - x) / 2
		yccPairs(dst[x:][:2*n], yRow[x:][:2*n], im.Cb[ci:][:n], im.Cr[ci:][:n])
		if x += 2 * n; x < len(dst) {
			dst[x] = yccPack(yRow[x], im.Cb[ci+n], im.Cr[ci+n])
		}
	case *image.Gray:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:len(dst)]
		for x, v := range row {
			dst[x] = uint32(v)*0x10101 | 255<<24
		}
	case *image.Gray16:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:2*len(dst)]
		for x := range dst {
			dst[x] = uint32(row[2*x])*0x10101 | 255<<24
		}
	case *image.Paletted:
		if rr.lut == nil {
			rr.lut = new([256]uint32)
			for i := range rr.lut {
				c := color.NRGBA{A: 255}
				if i < len(im.Palette) {
					c = straight(im.Palette[i])
				}
				rr.lut[i] = uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
			}
		}
		lut := rr.lut
		row := im.Pix[im.PixOffset(b.Min.X, y):][:len(dst)]
		for x, v := range row {
			dst[x] = lut[v]
		}
	case *image.CMYK:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:4*len(dst)]
		for x := range dst {
			r, g, bl := cmykToRGB(row[4*x], row[4*x+1], row[4*x+2], row[4*x+3])
			dst[x] = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | 255<<24
		}
	default:
		for x := range dst {
			c := straight(img.At(b.Min.X+x, y))
			dst[x] = uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
		}
	}
}

// yccPixels is yccPack for every pixel: dst[i] from y[i], cb[i], cr[i].
func yccPixels(dst []uint32, y, cb, cr []byte) {
	n := min(len(dst), len(y), len(cb), len(cr))
	dst, y, cb, cr = dst[:n], y[:n], cb[:n], cr[:n]
	for i := range dst {
		// yccPack, inlined, with one test for the three clamps: most
		// pixels need none, and then each channel is its sum's third
		// byte, masked in place.
		y1, cb1, cr1 := int32(y[i])*0x10101, int32(cb[i])-128, int32(cr[i])-128
		r, g, b := y1+91881*cr1, y1-22554*cb1-46802*cr1, y1+116130*cb1
		if uint32(r|g|b)&0xff000000 == 0 {
			dst[i] = uint32(r)>>16 | uint32(g)>>8&0xff00 | uint32(b)&0xff0000 | 255<<24
			continue
		}
		dst[i] = clamp16(r) | clamp16(g)<<8 | clamp16(b)<<16 | 255<<24
	}
}

// yccPairs is yccPack for pixel pairs that share a chroma sample: dst[2i]
// and dst[2i+1] from luma y[2i], y[2i+1] and chroma cb[i], cr[i]. The
// chroma part of the sums is worked out once per pair.
func yccPairs(dst []uint32, y, cb, cr []byte) {
	n := min(len(dst)/2, len(y)/2, len(cb), len(cr))
	for i := range n {
		cb1, cr1 := int32(cb[i])-128, int32(cr[i])-128
		rc, gc, bc := 91881*cr1, -22554*cb1-46802*cr1, 116130*cb1
		p := dst[2*i : 2*i+2 : 2*i+2]
		yy := y[2*i : 2*i+2 : 2*i+2]
		y0, y1 := int32(yy[0])*0x10101, int32(yy[1])*0x10101
		r0, g0, b0, r1, g1, b1 := y0+rc, y0+gc, y0+bc, y1+rc, y1+gc, y1+bc
		if uint32(r0|g0|b0|r1|g1|b1)&0xff000000 == 0 {
			// No clamp (see yccPixels).
			p[0] = uint32(r0)>>16 | uint32(g0)>>8&0xff00 | uint32(b0)&0xff0000 | 255<<24
			p[1] = uint32(r1)>>16 | uint32(g1)>>8&0xff00 | uint32(b1)&0xff0000 | 255<<24
			continue
		}
		p[0] = clamp16(r0) | clamp16(g0)<<8 | clamp16(b0)<<16 | 255<<24
		p[1] = clamp16(r1) | clamp16(g1)<<8 | clamp16(b1)<<16 | 255<<24
	}
}

// cmykToRGB converts as color.CMYK's RGBA method does, then keeps the high
// bytes as color.NRGBAModel does (color.CMYKToRGB rounds differently).
func cmykToRGB(c, m, y, k uint8) (r, g, b uint8) {
	r32, g32, b32, _ := color.CMYK{C: c, M: m, Y: y, K: k}.RGBA()
	return uint8(r32 >> 8), uint8(g32 >> 8), uint8(b32 >> 8)
}

// readEvery writes every other pixel of row y (x = 0, 2, 4, … from the
// left edge) into dst, which holds (width+1)/2 pixels: the sample the photo
// detector looks at.
func (rr *rowReader) readEvery(y int, dst []uint32, full []uint32) {
	img := rr.img
	b := img.Bounds()
	switch im := img.(type) {
	case *image.YCbCr:
		var sx uint
		switch im.SubsampleRatio {
		case image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio440:
		case image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420:
			sx = 1
		}
		if b.Min.X < 0 || (sx == 0 && im.SubsampleRatio != image.YCbCrSubsampleRatio444 && im.SubsampleRatio != image.YCbCrSubsampleRatio440) {
			for i := range dst {
				x := b.Min.X + 2*i
				yi, ci := im.YOffset(x, y), im.COffset(x, y)
				r, g, bl := color.YCbCrToRGB(im.Y[yi], im.Cb[ci], im.Cr[ci])
				dst[i] = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | 255<<24
			}
			return
		}
		// One row of luma, one of chroma: offsets computed once.
		yRow := im.Y[im.YOffset(b.Min.X, y):]
		c0 := im.COffset(b.Min.X, y) - int(uint(b.Min.X)>>sx)
		pY, pCb, pCr, pc := uint8(0), uint8(0), uint8(0), uint32(0)
		for i := range dst {
			x := b.Min.X + 2*i
			ci := c0 + int(uint(x)>>sx)
			yy, cb, cr := yRow[2*i], im.Cb[ci], im.Cr[ci]
			if i > 0 && yy == pY && cb == pCb && cr == pCr {
				dst[i] = pc
				continue
			}
			yy1, cb1, cr1 := int32(yy)*0x10101, int32(cb)-128, int32(cr)-128
			pc = clamp16(yy1+91881*cr1) | clamp16(yy1-22554*cb1-46802*cr1)<<8 | clamp16(yy1+116130*cb1)<<16 | 255<<24
			pY, pCb, pCr = yy, cb, cr
			dst[i] = pc
		}
	case *image.NRGBA:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:4*(b.Dx())]
		for i := range dst {
			p := row[8*i : 8*i+4 : 8*i+4]
			dst[i] = uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
		}
	case *image.RGBA:
		row := im.Pix[im.PixOffset(b.Min.X, y):][:4*(b.Dx())]
		for i := range dst {
			p := row[8*i : 8*i+4 : 8*i+4]
			r, g, bl, a := p[0], p[1], p[2], p[3]
			if a != 255 && a != 0 {
				r, g, bl = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(bl, a)
			}
			dst[i] = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | uint32(a)<<24
		}
	default:
		rr.read(y, full)
		for i := range dst {
			dst[i] = full[2*i]
		}
	}
}

// yccPack is color.YCbCrToRGB (the same integer formulae, bit for bit)
// packed as an opaque colour, small enough to be inlined in the row loops.
func yccPack(y, cb, cr uint8) uint32 {
	yy1 := int32(y) * 0x10101
	cb1, cr1 := int32(cb)-128, int32(cr)-128
	r := yy1 + 91881*cr1
	g := yy1 - 22554*cb1 - 46802*cr1
	b := yy1 + 116130*cb1
	return clamp16(r) | clamp16(g)<<8 | clamp16(b)<<16 | 255<<24
}

// clamp3 packs the clamped conversion of yccPack's sums.
//
//go:noinline
func clamp3(r, g, b int32) uint32 {
	return clamp16(r) | clamp16(g)<<8 | clamp16(b)<<16 | 255<<24
}

// clamp16 is YCbCrToRGB's v>>16 clamped to 0–255.
func clamp16(v int32) uint32 {
	if uint32(v)&0xff000000 == 0 {
		return uint32(v) >> 16
	}
	return uint32(^(v >> 31)) & 255
}
