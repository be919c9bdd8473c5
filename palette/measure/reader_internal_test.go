package measure

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
)

// TestStreamingPathsTaken makes sure ordinary JPEG and PNG files are
// measured by the streaming decoders, not silently handed over to the full
// decode that the differential tests compare them with.
func TestStreamingPathsTaken(t *testing.T) {
	p := &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
	}
	m, err := New(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
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
	if _, err := m.measureJPEG(jb.Bytes(), imagefile.Options{}, 0, 0); err != nil {
		t.Errorf("JPEG: %v", err)
	}
	for name, data := range map[string][]byte{"NRGBA PNG": pb.Bytes(), "paletted PNG": qb.Bytes()} {
		if _, err := m.measurePNG(data, imagefile.Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
