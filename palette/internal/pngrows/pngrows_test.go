package pngrows

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
)

// assemble decodes data with Decode and stacks the rows into one image of
// the row type, checking that rows come in order.
func assemble(t testing.TB, data []byte) (image.Image, error) {
	var full draw.Image
	next := 0
	var pal color.Palette
	cfg, err := Decode(bytes.NewReader(data), func(row image.Image) {
		r := row.Bounds()
		if r.Min.Y != next || r.Dy() != 1 {
			t.Fatalf("row %v, want row %d", r, next)
		}
		next++
		if full == nil {
			switch row := row.(type) {
			case *image.Gray:
				full = image.NewGray(image.Rect(0, 0, r.Dx(), 1<<12))
			case *image.RGBA:
				full = image.NewRGBA(image.Rect(0, 0, r.Dx(), 1<<12))
			case *image.NRGBA:
				full = image.NewNRGBA(image.Rect(0, 0, r.Dx(), 1<<12))
			case *image.Paletted:
				full = image.NewPaletted(image.Rect(0, 0, r.Dx(), 1<<12), row.Palette)
			case *image.Gray16:
				full = image.NewGray16(image.Rect(0, 0, r.Dx(), 1<<12))
			case *image.RGBA64:
				full = image.NewRGBA64(image.Rect(0, 0, r.Dx(), 1<<12))
			case *image.NRGBA64:
				full = image.NewNRGBA64(image.Rect(0, 0, r.Dx(), 1<<12))
			default:
				t.Fatalf("row of type %T", row)
			}
		}
		if p, ok := row.(*image.Paletted); ok {
			pal = p.Palette
			copy(full.(*image.Paletted).Pix[full.(*image.Paletted).PixOffset(0, r.Min.Y):], p.Pix[:r.Dx()])
			return
		}
		draw.Draw(full, r, row, r.Min, draw.Src)
	})
	if err != nil {
		return nil, err
	}
	if next != cfg.Height {
		t.Fatalf("%d rows, want %d", next, cfg.Height)
	}
	out := full.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(image.Rect(0, 0, cfg.Width, cfg.Height))
	if p, ok := out.(*image.Paletted); ok {
		p.Palette = pal
	}
	return out, nil
}

// sameImage compares type, bounds, palette and every pixel.
func sameImage(want, got image.Image) error {
	if reflect.TypeOf(want) != reflect.TypeOf(got) || want.Bounds() != got.Bounds() {
		return fmt.Errorf("got %T %v, want %T %v", got, got.Bounds(), want, want.Bounds())
	}
	if wp, ok := want.(*image.Paletted); ok {
		if !reflect.DeepEqual(wp.Palette, got.(*image.Paletted).Palette) {
			return fmt.Errorf("palette differs: %d entries, want %d", len(got.(*image.Paletted).Palette), len(wp.Palette))
		}
	}
	b := want.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if w, g := want.At(x, y), got.At(x, y); w != g {
				return fmt.Errorf("pixel (%d,%d) = %v, want %v", x, y, g, w)
			}
		}
	}
	return nil
}

// withChunk inserts a chunk before the first IDAT.
func withChunk(data []byte, typ string, body []byte) []byte {
	i := bytes.Index(data, []byte("IDAT")) - 4
	c := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	c = append(c, typ...)
	c = append(c, body...)
	c = binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(append([]byte(typ), body...)))
	return append(append(append([]byte(nil), data[:i]...), c...), data[i:]...)
}

// interlaced returns a 1x1 Adam7 PNG: for one pixel the first pass holds
// the same bytes as the non-interlaced image, so only IHDR changes.
func interlaced(t testing.TB) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	ihdr := data[8+4 : 8+4+4+13] // type and body
	ihdr[4+12] = 1               // interlace method: Adam7
	binary.BigEndian.PutUint32(data[8+4+4+13:], crc32.ChecksumIEEE(ihdr))
	return data
}

func testImages(t testing.TB) map[string][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	out := map[string][]byte{}
	enc := func(name string, m image.Image) {
		var buf bytes.Buffer
		if err := png.Encode(&buf, m); err != nil {
			t.Fatal(err)
		}
		out[name] = buf.Bytes()
	}
	for _, s := range [][2]int{{1, 1}, {7, 3}, {16, 2}, {17, 2}, {33, 17}, {100, 9}} { // 16, 17: rgbToRGBA's blocks
		w, h := s[0], s[1]
		r := image.Rect(0, 0, w, h)
		gray, gray16 := image.NewGray(r), image.NewGray16(r)
		rgba, nrgba := image.NewRGBA(r), image.NewNRGBA(r)
		rgba64, nrgba64 := image.NewRGBA64(r), image.NewNRGBA64(r)
		var pal color.Palette
		for i := range 3 + rng.IntN(200) {
			pal = append(pal, color.NRGBA{uint8(i * 7), uint8(rng.IntN(256)), 40, uint8(255 - i%3*100)})
		}
		pald := image.NewPaletted(r, pal)
		pal2 := image.NewPaletted(r, pal[:2])
		for y := range h {
			for x := range w {
				v := uint8(rng.IntN(256))
				if x < w/2 {
					v = 200 // flat runs
				}
				gray.Pix[gray.PixOffset(x, y)] = v
				gray16.SetGray16(x, y, color.Gray16{uint16(v)<<8 | uint16(x)})
				rgba.SetRGBA(x, y, color.RGBA{v, v / 2, 255 - v, 255})
				a := uint8(rng.IntN(4) * 85)
				nrgba.SetNRGBA(x, y, color.NRGBA{v, 3, 255 - v, a})
				rgba64.SetRGBA64(x, y, color.RGBA64{uint16(v) << 8, 9, 1 << 15, 0xffff})
				nrgba64.SetNRGBA64(x, y, color.NRGBA64{uint16(v) << 8, 9, 1 << 15, uint16(a) << 8})
				pald.Pix[pald.PixOffset(x, y)] = uint8(rng.IntN(len(pal)))
				pal2.Pix[pal2.PixOffset(x, y)] = uint8(rng.IntN(2))
			}
		}
		n := fmt.Sprintf("%dx%d", w, h)
		enc(n+"-gray", gray)
		enc(n+"-gray16", gray16)
		enc(n+"-rgb", rgba)
		enc(n+"-rgba", nrgba)
		enc(n+"-rgb16", rgba64)
		enc(n+"-rgba16", nrgba64)
		enc(n+"-paletted", pald)
		enc(n+"-paletted1bit", pal2)
		// tRNS for grey and truecolour: image/png returns NRGBA(64) then.
		out[n+"-gray-trns"] = withChunk(out[n+"-gray"], "tRNS", []byte{0, 200})
		out[n+"-rgb-trns"] = withChunk(out[n+"-rgb"], "tRNS", []byte{0, 200, 0, 100, 0, 55})
		out[n+"-gray16-trns"] = withChunk(out[n+"-gray16"], "tRNS", []byte{200, 0})
		out[n+"-rgb16-trns"] = withChunk(out[n+"-rgb16"], "tRNS", []byte{200, 0, 0, 9, 128, 0})
	}
	return out
}

func TestRowsMatchImagePNG(t *testing.T) {
	inputs := testImages(t)
	inputs["interlaced"] = interlaced(t)
	for name, data := range inputs {
		want, werr := png.Decode(bytes.NewReader(data))
		got, err := assemble(t, data)
		if name == "interlaced" {
			if _, ok := err.(UnsupportedError); !ok || werr != nil {
				t.Errorf("interlaced: error %v, want an UnsupportedError (image/png: %v)", err, werr)
			}
			continue
		}
		if werr != nil || err != nil {
			t.Errorf("%s: error %v, image/png %v", name, err, werr)
			continue
		}
		if err := sameImage(want, got); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// decodeInto decodes data with DecodeInto into memory that starts full of
// 0xa5 (reused memory is not cleared), and wraps it as an image of the row
// type; it checks that the rows emitted are windows of that memory.
func decodeInto(t testing.TB, data []byte) (image.Image, error) {
	var pix []byte
	var img image.Image
	cfg, err := DecodeInto(bytes.NewReader(data), func(n int) []byte {
		pix = bytes.Repeat([]byte{0xa5}, n)
		return pix
	}, func(row image.Image) {
		y := row.Bounds().Min.Y
		stride := rowStride(row)
		var rowPix []byte
		r := image.Rect(0, 0, row.Bounds().Dx(), len(pix)/stride)
		switch m := row.(type) {
		case *image.Gray:
			rowPix, img = m.Pix, &image.Gray{Pix: pix, Stride: stride, Rect: r}
		case *image.RGBA:
			rowPix, img = m.Pix, &image.RGBA{Pix: pix, Stride: stride, Rect: r}
		case *image.NRGBA:
			rowPix, img = m.Pix, &image.NRGBA{Pix: pix, Stride: stride, Rect: r}
		case *image.Paletted:
			rowPix, img = m.Pix, &image.Paletted{Pix: pix, Stride: stride, Rect: r, Palette: m.Palette}
		case *image.Gray16:
			rowPix, img = m.Pix, &image.Gray16{Pix: pix, Stride: stride, Rect: r}
		case *image.RGBA64:
			rowPix, img = m.Pix, &image.RGBA64{Pix: pix, Stride: stride, Rect: r}
		case *image.NRGBA64:
			rowPix, img = m.Pix, &image.NRGBA64{Pix: pix, Stride: stride, Rect: r}
		}
		if &rowPix[0] != &pix[y*stride] {
			t.Fatalf("row %d is not converted into DecodeInto's memory", y)
		}
	})
	if err != nil {
		return nil, err
	}
	if img == nil || img.Bounds().Dy() != cfg.Height {
		t.Fatalf("DecodeInto: %d rows of memory, want %d", img.Bounds().Dy(), cfg.Height)
	}
	return img, nil
}

// TestDecodeIntoMatchesImagePNG checks that the memory DecodeInto converts
// the rows into holds image/png's image, every byte written.
func TestDecodeIntoMatchesImagePNG(t *testing.T) {
	for name, data := range testImages(t) {
		want, werr := png.Decode(bytes.NewReader(data))
		got, err := decodeInto(t, data)
		if werr != nil || err != nil {
			t.Errorf("%s: error %v, image/png %v", name, err, werr)
			continue
		}
		if err := sameImage(want, got); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// The same layout: image/png's stride, no byte past the image.
		if a, b := reflect.ValueOf(want).Elem().FieldByName("Stride").Int(), reflect.ValueOf(got).Elem().FieldByName("Stride").Int(); a != b {
			t.Errorf("%s: stride %d, image/png %d", name, b, a)
		}
	}
}

func FuzzRows(f *testing.F) {
	for _, data := range testImages(f) {
		if len(data) < 2000 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width*cfg.Height > 1<<16 || cfg.Height >= 1<<12 {
			return
		}
		want, werr := png.Decode(bytes.NewReader(data))
		got, err := assemble(t, data)
		if err != nil {
			if _, ok := err.(UnsupportedError); ok && cfgInterlaced(data) {
				return
			}
			if werr == nil && err != errTrailing {
				t.Fatalf("error %v, but image/png decodes it", err)
			}
			if !sameError(err, werr) {
				t.Fatalf("error %v, image/png %v", err, werr)
			}
			return
		}
		if werr != nil {
			t.Fatalf("decoded, but image/png says %v", werr)
		}
		if err := sameImage(want, got); err != nil {
			t.Fatal(err)
		}
		into, err := decodeInto(t, data)
		if err != nil {
			t.Fatalf("DecodeInto: %v, but Decode decodes it", err)
		}
		if err := sameImage(want, into); err != nil {
			t.Fatalf("DecodeInto: %v", err)
		}
	})
}

// cfgInterlaced reports whether data's IHDR (valid: DecodeConfig read it)
// asks for Adam7 interlacing.
func cfgInterlaced(data []byte) bool {
	return len(data) > 28 && data[28] == 1
}

// TestCorpusMatchesImagePNG decodes the PNG files under $HUEPRINT_CORPUS
// (real files, not committed: see benchFiles) and wants image/png's
// pixels, row for row.
func TestCorpusMatchesImagePNG(t *testing.T) {
	if os.Getenv("HUEPRINT_CORPUS") == "" {
		t.Skip("HUEPRINT_CORPUS is not set")
	}
	_, files := benchFiles(t)
	if len(files["corpus"]) == 0 {
		t.Fatal("no PNG file under $HUEPRINT_CORPUS")
	}
	for i, data := range files["corpus"] {
		want, werr := png.Decode(bytes.NewReader(data))
		got, err := assemble(t, data)
		if err != nil || werr != nil {
			t.Errorf("file %d: error %v, image/png %v", i, err, werr)
			continue
		}
		if err := sameImage(want, got); err != nil {
			t.Errorf("file %d: %v", i, err)
		}
	}
}
