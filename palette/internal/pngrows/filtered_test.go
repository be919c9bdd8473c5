package pngrows

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image/png"
	"math/rand/v2"
	"testing"
)

// appendChunk appends a PNG chunk with its length and CRC.
func appendChunk(out []byte, typ string, body []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(body)))
	out = append(out, typ...)
	out = append(out, body...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(append([]byte(typ), body...)))
}

// encodeFiltered writes a w×h PNG of color type ct and bit depth depth
// whose pixel bytes are random and whose row y is filtered with filter(y),
// as image/png's encoder would not choose: every filter on every format.
func encodeFiltered(t testing.TB, rng *rand.Rand, w, h, ct, depth int, filter func(y int) byte) []byte {
	channels := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ct]
	bits := channels * depth
	bpp := max(1, bits/8)
	rowLen := (w*bits + 7) / 8
	var raw bytes.Buffer
	prev := make([]byte, rowLen)
	for y := range h {
		cur := make([]byte, rowLen)
		for i := range cur {
			cur[i] = uint8(rng.IntN(256))
			if rng.IntN(3) == 0 && i >= bpp {
				cur[i] = cur[i-bpp] // runs, for ties in Paeth
			}
		}
		f := filter(y)
		raw.WriteByte(f)
		for i := range cur {
			var a, c int
			if i >= bpp {
				a, c = int(cur[i-bpp]), int(prev[i-bpp])
			}
			b := int(prev[i])
			var pred int
			switch f {
			case ftSub:
				pred = a
			case ftUp:
				pred = b
			case ftAverage:
				pred = (a + b) / 2
			case ftPaeth:
				pred = paethPredict(a, b, c)
			}
			raw.WriteByte(cur[i] - uint8(pred))
		}
		prev = cur
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw.Bytes())
	zw.Close()
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, byte(depth), byte(ct), 0, 0, 0)
	out := appendChunk([]byte(pngHeader), "IHDR", ihdr)
	if ct == ctPaletted {
		n := 1 << depth / 2 // fewer entries than indices: image/png grows the palette
		pal := make([]byte, 3*max(1, n))
		for i := range pal {
			pal[i] = uint8(i * 37)
		}
		out = appendChunk(out, "PLTE", pal)
	}
	out = appendChunk(out, "IDAT", z.Bytes())
	return appendChunk(out, "IEND", nil)
}

// TestFiltersMatchImagePNG decodes every color type and bit depth with
// rows under each filter, and under all five in turn, against image/png.
func TestFiltersMatchImagePNG(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 13))
	formats := [][2]int{ // color type, bit depth
		{0, 1}, {0, 2}, {0, 4}, {0, 8}, {0, 16},
		{2, 8}, {2, 16},
		{3, 1}, {3, 2}, {3, 4}, {3, 8},
		{4, 8}, {4, 16},
		{6, 8}, {6, 16},
	}
	filters := map[string]func(int) byte{
		"none": func(int) byte { return ftNone }, "sub": func(int) byte { return ftSub },
		"up": func(int) byte { return ftUp }, "average": func(int) byte { return ftAverage },
		"paeth": func(int) byte { return ftPaeth }, "mixed": func(y int) byte { return byte(y % nFilter) },
	}
	for _, f := range formats {
		for name, filter := range filters {
			for _, s := range [][2]int{{1, 1}, {2, 3}, {5, 4}, {33, 7}} {
				data := encodeFiltered(t, rng, s[0], s[1], f[0], f[1], filter)
				label := fmt.Sprintf("color type %d, depth %d, %s, %dx%d", f[0], f[1], name, s[0], s[1])
				want, werr := png.Decode(bytes.NewReader(data))
				if werr != nil {
					t.Fatalf("%s: image/png: %v", label, werr)
				}
				got, err := assemble(t, data)
				if err != nil {
					t.Errorf("%s: %v", label, err)
					continue
				}
				if err := sameImage(want, got); err != nil {
					t.Errorf("%s: %v", label, err)
				}
			}
		}
	}
}
