package measure_test

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/draw"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
)

// encodeAdam7 writes m as an 8-bit RGBA PNG interlaced with Adam7 (PNG
// specification, section 8.2), which image/png reads but does not write.
// Rows are unfiltered.
func encodeAdam7(t *testing.T, m *image.NRGBA) []byte {
	passes := [7][4]int{ // x offset, y offset, x step, y step
		{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2},
	}
	w, h := m.Rect.Dx(), m.Rect.Dy()
	var raw bytes.Buffer
	for _, p := range passes {
		for y := p[1]; y < h; y += p[3] {
			if p[0] >= w {
				break // an empty pass has no rows, not even filter bytes
			}
			raw.WriteByte(0)
			for x := p[0]; x < w; x += p[2] {
				raw.Write(m.Pix[m.PixOffset(x, y):][:4])
			}
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw.Bytes())
	zw.Close()
	chunk := func(out []byte, typ string, body []byte) []byte {
		out = binary.BigEndian.AppendUint32(out, uint32(len(body)))
		out = append(out, typ...)
		out = append(out, body...)
		return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(append([]byte(typ), body...)))
	}
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, 8, 6, 0, 0, 1) // 8-bit RGBA, Adam7
	out := chunk([]byte("\x89PNG\r\n\x1a\n"), "IHDR", ihdr)
	out = chunk(out, "IDAT", z.Bytes())
	return chunk(out, "IEND", nil)
}

// TestInterlacedPNGFallsBack checks that interlaced PNG files, which the
// row decoder refuses, are decoded by image/png: the same image as
// imagefile.Decode's and the same measurement as the old path.
func TestInterlacedPNGFallsBack(t *testing.T) {
	m := newMeasurer(t)
	for _, s := range [][2]int{{1, 1}, {3, 2}, {13, 9}, {96, 64}} {
		img := textImage(nil, s[0], s[1], brandCols[0], brandCols[4], 14)
		if s[0] > 40 {
			draw.Draw(img, image.Rect(40, 8, 90, 58), photoTexture(rand.New(rand.NewPCG(5, 5)), 50, 50), image.Point{}, draw.Src)
		}
		nrgba := image.NewNRGBA(img.Bounds())
		draw.Draw(nrgba, nrgba.Rect, img, image.Point{}, draw.Src)
		data := encodeAdam7(t, nrgba)
		want, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%dx%d: imagefile: %v", s[0], s[1], err)
		}
		if !reflect.DeepEqual(want, nrgba) {
			t.Fatalf("%dx%d: encodeAdam7 wrote another image", s[0], s[1])
		}
		got, format, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{})
		if err != nil || format != "png" || !reflect.DeepEqual(got, want) {
			t.Errorf("%dx%d: measure.Decode %s %v, want image/png's image", s[0], s[1], format, err)
		}
		res, _, err := m.MeasureReader(bytes.NewReader(data), measure.ReadOptions{})
		wantRes, _, wantErr := oldPath(m, data, measure.ReadOptions{})
		if err != nil || wantErr != nil || !reflect.DeepEqual(res, wantRes) {
			t.Errorf("%dx%d: MeasureReader %+v %v, old path %+v %v", s[0], s[1], res, err, wantRes, wantErr)
		}
	}
}
