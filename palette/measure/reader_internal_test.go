package measure

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

// TestStreamingPathsTaken makes sure ordinary JPEG and PNG files are
// measured by the streaming decoders, not silently handed over to the full
// decode that the differential tests compare them with.
func TestStreamingPathsTaken(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 70, 30))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = uint8(i), 0x4e, 0xd8, 255
	}
	pal := image.NewPaletted(img.Rect, color.Palette{color.NRGBA{0x1d, 0x4e, 0xd8, 255}, color.NRGBA{0xf5, 0x9e, 0x0b, 90}})
	for i := range pal.Pix {
		pal.Pix[i] = uint8(i % 3 % 2)
	}
	var jb, pb, qb bytes.Buffer
	if err := jpeg.Encode(&jb, img, nil); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&pb, img); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&qb, pal); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"JPEG": jb.Bytes(), "NRGBA PNG": pb.Bytes(), "paletted PNG": qb.Bytes()} {
		h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if h.Format == "jpeg" {
			_, err = decodeJPEG(context.Background(), data, h, 0, 1)
		} else {
			_, err = decodePNG(context.Background(), data, h)
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestYCCPack checks yccPack against color.YCbCrToRGB for every input.
func TestYCCPack(t *testing.T) {
	for v := range 1 << 24 {
		y, cb, cr := uint8(v>>16), uint8(v>>8), uint8(v)
		r, g, b := color.YCbCrToRGB(y, cb, cr)
		if got, want := yccPack(y, cb, cr), uint32(r)|uint32(g)<<8|uint32(b)<<16|255<<24; got != want {
			t.Fatalf("yccPack(%d, %d, %d) = %#x, want %#x", y, cb, cr, got, want)
		}
	}
}
