package check

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/hueprint/hueprint/palette/measure"
)

// TestWriteMaskPNG: image/png reads back the pixels written, opaque
// (RGB) or not (RGBA), odd sizes, sub-images, and files larger than one
// IDAT chunk.
func TestWriteMaskPNG(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, tc := range []struct {
		w, h   int
		opaque bool
		sub    bool
	}{{1, 1, true, false}, {7, 3, false, false}, {33, 17, true, true}, {300, 200, false, false}, {301, 199, true, false}, {64, 64, false, true}} {
		m := image.NewNRGBA(image.Rect(0, 0, tc.w+3, tc.h+2))
		for i := range m.Pix {
			m.Pix[i] = byte(rng.IntN(256))
			if i%4 == 3 && (tc.opaque || rng.IntN(4) > 0) {
				m.Pix[i] = 255
			}
		}
		var img *image.NRGBA = m.SubImage(image.Rect(0, 0, tc.w, tc.h)).(*image.NRGBA)
		if tc.sub {
			img = m.SubImage(image.Rect(2, 1, tc.w+2, tc.h+1)).(*image.NRGBA)
		}
		var buf bytes.Buffer
		if err := writeMaskPNG(&buf, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%+v: %v", tc, err)
		}
		if got.Bounds().Size() != img.Bounds().Size() {
			t.Fatalf("%+v: size %v", tc, got.Bounds())
		}
		b := img.Bounds()
		for y := range b.Dy() {
			for x := range b.Dx() {
				if w, g := img.NRGBAAt(b.Min.X+x, b.Min.Y+y), color.NRGBAModel.Convert(got.At(x, y)); g != w {
					t.Fatalf("%+v: pixel %d,%d: %v, want %v", tc, x, y, g, w)
				}
			}
		}
	}
}

// BenchmarkWriteMask compares writeMaskPNG with image/png at BestSpeed on
// the masks of HUEPRINT_CORPUS's JPEGs (or of a synthetic image), and
// reports the bytes written.
func BenchmarkWriteMask(b *testing.B) {
	e := testEngine(&testing.T{}, Options{})
	var masks []*image.NRGBA
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.jpg"))
		for _, f := range files {
			r, err := os.Open(f)
			if err != nil {
				b.Fatal(err)
			}
			img, _, err := measure.Decode(r, measure.ReadOptions{})
			r.Close()
			if err != nil {
				b.Fatal(err)
			}
			masks = append(masks, e.opt.Measurer.Mask(img))
		}
	} else {
		img := image.NewYCbCr(image.Rect(0, 0, 1200, 800), image.YCbCrSubsampleRatio420)
		rng := rand.New(rand.NewPCG(1, 2))
		for i := range img.Y {
			img.Y[i] = byte(i%1200/5 + rng.IntN(8))
		}
		for i := range img.Cb {
			img.Cb[i], img.Cr[i] = byte(i%600/3), byte(i/600/2)
		}
		masks = append(masks, e.opt.Measurer.Mask(img))
	}
	for _, name := range []string{"up", "image-png"} {
		b.Run(name, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = 0
				for _, m := range masks {
					var buf bytes.Buffer
					var err error
					if name == "up" {
						err = writeMaskPNG(&buf, m)
					} else {
						err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, m)
					}
					if err != nil {
						b.Fatal(err)
					}
					n += buf.Len()
				}
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
