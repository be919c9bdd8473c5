package imagefile_test

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

// paletteTIFF writes an uncompressed palette TIFF with bps bits per pixel,
// as ImageMagick does for flat art with few colours (TIFF 6.0, section 5:
// palette-colour images; BitsPerSample 4 or 8, and 2 in practice).
func paletteTIFF(w, h, bps int, pal []color.RGBA, idx func(x, y int) int) []byte {
	rowBytes := (w*bps + 7) / 8
	pix := make([]byte, rowBytes*h)
	for y := range h {
		for x := range w {
			bit := x * bps
			pix[y*rowBytes+bit/8] |= byte(idx(x, y)) << (8 - bps - bit%8)
		}
	}
	n := 1 << bps
	cmap := make([]uint16, 3*n)
	for i, c := range pal {
		cmap[i], cmap[n+i], cmap[2*n+i] = uint16(c.R)*257, uint16(c.G)*257, uint16(c.B)*257
	}
	var b bytes.Buffer
	le := binary.LittleEndian
	type entry struct {
		tag, typ uint16
		count    uint32
		value    uint32
	}
	const ifdOff = 8
	entries := []entry{
		{256, 4, 1, uint32(w)}, {257, 4, 1, uint32(h)}, {258, 3, 1, uint32(bps)}, {259, 3, 1, 1},
		{262, 3, 1, 3}, {273, 4, 1, 0}, {277, 3, 1, 1}, {278, 4, 1, uint32(h)}, {279, 4, 1, uint32(len(pix))},
		{320, 3, uint32(len(cmap)), 0},
	}
	ifdLen := 2 + 12*len(entries) + 4
	cmapOff := uint32(ifdOff + ifdLen)
	pixOff := cmapOff + uint32(2*len(cmap))
	entries[5].value, entries[9].value = pixOff, cmapOff
	b.WriteString("II")
	binary.Write(&b, le, uint16(42))
	binary.Write(&b, le, uint32(ifdOff))
	binary.Write(&b, le, uint16(len(entries)))
	for _, e := range entries {
		binary.Write(&b, le, e.tag)
		binary.Write(&b, le, e.typ)
		binary.Write(&b, le, e.count)
		if e.typ == 3 && e.count == 1 {
			binary.Write(&b, le, uint16(e.value))
			binary.Write(&b, le, uint16(0))
		} else {
			binary.Write(&b, le, e.value)
		}
	}
	binary.Write(&b, le, uint32(0))
	binary.Write(&b, le, cmap)
	b.Write(pix)
	return b.Bytes()
}

// TestLowBitPaletteTIFF: 2- and 4-bit palette TIFFs decode to the exact
// pixels (golang.org/x/image/tiff alone refuses them).
func TestLowBitPaletteTIFF(t *testing.T) {
	pal := []color.RGBA{{0, 0, 0, 255}, {255, 255, 255, 255}, {0x1d, 0x4e, 0xd8, 255}, {0xf5, 0x9e, 0x0b, 255}}
	idx := func(x, y int) int { return (x/7 + y/5) % len(pal) }
	for _, bps := range []int{2, 4} {
		const w, h = 37, 23 // odd widths: rows end inside a byte
		data := paletteTIFF(w, h, bps, pal, idx)
		cfg, format, err := imagefile.DecodeConfig(bytes.NewReader(data), imagefile.Options{})
		if err != nil || format != "tiff" || cfg.Width != w || cfg.Height != h {
			t.Fatalf("%d-bit: config %+v %q %v", bps, cfg, format, err)
		}
		img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%d-bit: %v", bps, err)
		}
		p, ok := img.(*image.Paletted)
		if !ok {
			t.Fatalf("%d-bit: decoded as %T, want *image.Paletted", bps, img)
		}
		for y := range h {
			for x := range w {
				if got, want := color.RGBAModel.Convert(p.At(x, y)), pal[idx(x, y)]; got != want {
					t.Fatalf("%d-bit: pixel (%d,%d) = %v, want %v", bps, x, y, got, want)
				}
			}
		}
	}
}
