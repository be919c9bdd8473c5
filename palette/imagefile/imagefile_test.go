package imagefile_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
)

func sample() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for y := range 30 {
		for x := range 40 {
			img.Set(x, y, color.NRGBA{uint8(x * 6), uint8(y * 8), 200, 255})
		}
	}
	return img
}

func encode(t testing.TB, format string) []byte {
	var buf bytes.Buffer
	var err error
	img := sample()
	switch format {
	case "png":
		err = png.Encode(&buf, img)
	case "jpeg":
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	case "gif":
		err = gif.Encode(&buf, img, nil)
	case "bmp":
		err = bmp.Encode(&buf, img)
	case "tiff":
		err = tiff.Encode(&buf, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDecodeFormats(t *testing.T) {
	for _, f := range []string{"png", "jpeg", "gif", "bmp", "tiff"} {
		img, format, err := imagefile.Decode(bytes.NewReader(encode(t, f)), imagefile.Options{})
		if err != nil || format != f || img.Bounds().Dx() != 40 || img.Bounds().Dy() != 30 {
			t.Errorf("%s: %v %q %v", f, err, format, img)
		}
	}
}

// pngHeader returns the start of a PNG file whose IHDR claims w x h pixels.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	chunk := append([]byte("IHDR"), ihdr...)
	binary.Write(&b, binary.BigEndian, uint32(13))
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

func TestDecodeErrors(t *testing.T) {
	full := encode(t, "png")
	jpg := encode(t, "jpeg")
	tests := []struct {
		name string
		data []byte
		opt  imagefile.Options
		is   error
		want string
	}{
		{name: "text", data: []byte("this is not an image\n"), is: imagefile.ErrFormat},
		{name: "empty", data: nil, is: imagefile.ErrFormat},
		{name: "huge header", data: pngHeader(20000, 20000), is: imagefile.ErrTooLarge, want: "20000x20000"},
		{name: "limit", data: full, opt: imagefile.Options{MaxPixels: 100}, is: imagefile.ErrTooLarge},
		{name: "truncated png", data: full[:len(full)/2], want: "png: "},
		{name: "truncated jpeg", data: jpg[:len(jpg)-40], want: "jpeg: "},
		{name: "corrupt png", data: append(append([]byte{}, full[:60]...), bytes.Repeat([]byte{0xff}, 200)...), want: "png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := imagefile.Decode(bytes.NewReader(tt.data), tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("err = %v, want %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %q, want one line with %q", err, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, fm := range []string{"png", "jpeg", "gif", "bmp", "tiff"} {
		f.Add(encode(f, fm))
	}
	f.Add(pngHeader(20000, 20000))
	f.Add(imagefiletest.ProgressiveJPEG(64, 48, 3, 3))
	f.Add(imagefiletest.ProgressiveJPEG(64, 48, 4, 1))
	f.Add(imagefiletest.PNG16(30, 20, color.RGBA64{0x1000, 0x2000, 0x3000, 0xffff}))
	f.Add(imagefiletest.GIFFrame(50, 40, image.NewPaletted(image.Rect(5, 5, 20, 30), color.Palette{color.White})))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Small limits keep the fuzzer's memory bounded, as png.FuzzDecode
		// does. Whatever decodes has the header's size, and a header that
		// passes says what its decode costs.
		o := imagefile.Options{MaxPixels: 1 << 20, MaxMemory: 64 << 20}
		h, err := imagefile.ReadHeader(bytes.NewReader(data), o)
		if err != nil {
			return
		}
		if h.Memory <= 0 || h.Memory > 64<<20 {
			t.Fatalf("estimate %d bytes", h.Memory)
		}
		// The strip decoder's need, when given, is positive and below
		// twice image/jpeg's (its MCU row is at most the whole image, its
		// coefficients half of image/jpeg's).
		for _, scale := range []int{1, 2, 4, 8} {
			if n, ok := h.StripMemory(scale); ok && (n <= 0 || n > 2*h.Memory) || !ok && n != 0 {
				t.Fatalf("StripMemory(%d) = %d, %v; Memory %d", scale, n, ok, h.Memory)
			}
		}
		img, err := h.Decode(context.Background())
		if err != nil {
			return
		}
		if b := img.Bounds(); b.Dx() != h.Width || b.Dy() != h.Height || int64(b.Dx())*int64(b.Dy()) > 1<<20 {
			t.Fatalf("decoded %v, header %dx%d", b, h.Width, h.Height)
		}
	})
}

func ExampleDecode() {
	_, _, err := imagefile.Decode(strings.NewReader("hello"), imagefile.Options{})
	fmt.Println(err)
	fmt.Println(errors.Is(err, imagefile.ErrFormat))
	// Output:
	// imagefile: not a PNG, JPEG, GIF, WebP, BMP or TIFF image
	// true
}

func ExampleHasImageExt() {
	fmt.Println(imagefile.HasImageExt("banner.PNG"), imagefile.HasImageExt("notes.txt"))
	// Output: true false
}

func ExampleDecodeConfig() {
	_, _, err := imagefile.DecodeConfig(bytes.NewReader(pngHeader(20000, 20000)), imagefile.Options{})
	fmt.Println(errors.Is(err, imagefile.ErrTooLarge))
	// Output: true
}
