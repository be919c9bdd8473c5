package measure

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

// TestReadAtMatchesAt: readAt writes, for every image type and YCbCr
// subsampling, at any offset and from any x0, the straight colours that
// image.Image's At gives, converted by color.NRGBAModel.
func TestReadAtMatchesAt(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 14))
	for seed := range 8 {
		rect := image.Rect(r.IntN(7), r.IntN(7), 0, 0)
		rect.Max = rect.Min.Add(image.Pt(1+r.IntN(90), 1+r.IntN(9)))
		imgs := map[string]image.Image{}
		for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
			image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410} {
			im := image.NewYCbCr(rect, ratio)
			for i := range im.Y {
				im.Y[i] = uint8(r.IntN(256))
				if r.IntN(3) == 0 && i > 0 {
					im.Y[i] = im.Y[i-1] // runs of one luma
				}
			}
			for i := range im.Cb {
				im.Cb[i], im.Cr[i] = uint8(r.IntN(256)), uint8(r.IntN(256))
			}
			imgs[ratio.String()] = im
			// A window at an odd offset of a larger image.
			big := image.NewYCbCr(rect.Inset(-3), ratio)
			for i := range big.Y {
				big.Y[i] = uint8(r.IntN(256))
			}
			for i := range big.Cb {
				big.Cb[i], big.Cr[i] = uint8(r.IntN(256)), uint8(r.IntN(256))
			}
			imgs[ratio.String()+"-sub"] = big.SubImage(rect.Add(image.Pt(1, 1)).Intersect(big.Rect))
		}
		nrgba, rgba := image.NewNRGBA(rect), image.NewRGBA(rect)
		for i := range nrgba.Pix {
			nrgba.Pix[i] = uint8(r.IntN(256))
		}
		for i := 0; i < len(rgba.Pix); i += 4 {
			a := uint8(r.IntN(256))
			rgba.Pix[i], rgba.Pix[i+1], rgba.Pix[i+2], rgba.Pix[i+3] = uint8(r.IntN(int(a)+1)), uint8(r.IntN(int(a)+1)), uint8(r.IntN(int(a)+1)), a
		}
		imgs["nrgba"], imgs["rgba"] = nrgba, rgba
		for name, img := range imgs {
			b := img.Bounds()
			rr := rowReader{img: img}
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for _, x0 := range []int{0, 1, 2, 3, b.Dx() / 2} {
					if x0 >= b.Dx() {
						continue
					}
					dst := make([]uint32, b.Dx()-x0)
					rr.readAt(y, x0, dst)
					for i, got := range dst {
						c := color.NRGBAModel.Convert(img.At(b.Min.X+x0+i, y)).(color.NRGBA)
						if want := uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24; got != want {
							t.Fatalf("seed %d %s %v: readAt(%d, %d)[%d] = %#x, want %#x", seed, name, b, y, x0, i, got, want)
						}
					}
				}
			}
		}
	}
}

// BenchmarkReadAtYCbCr: readAt on the rows of a JPEG photograph (4:2:0),
// beside the simplest alternative, color.YCbCrToRGB for every pixel.
func BenchmarkReadAtYCbCr(b *testing.B) {
	const w, h = 1024, 256
	src := image.NewNRGBA(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(1, 2))
	for y := range h {
		for x := range w {
			// A smooth sky above, texture below.
			v := uint8(x / 8)
			if y > h/2 {
				v = uint8(r.IntN(256))
			}
			src.SetNRGBA(x, y, color.NRGBA{v, uint8(y), 200 - v/2, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, src, &jpeg.Options{Quality: 85}); err != nil {
		b.Fatal(err)
	}
	img, _, err := imagefile.Decode(&buf, imagefile.Options{})
	if err != nil {
		b.Fatal(err)
	}
	im := img.(*image.YCbCr)
	// The same pixels with full chroma (4:4:4, as some cameras write).
	full := image.NewYCbCr(im.Rect, image.YCbCrSubsampleRatio444)
	for y := range h {
		for x := range w {
			c := im.YCbCrAt(x, y)
			full.Y[full.YOffset(x, y)], full.Cb[full.COffset(x, y)], full.Cr[full.COffset(x, y)] = c.Y, c.Cb, c.Cr
		}
	}
	dst := make([]uint32, w)
	for name, im := range map[string]*image.YCbCr{"readAt": im, "readAt-444": full} {
		b.Run(name, func(b *testing.B) {
			rr := rowReader{img: im}
			for b.Loop() {
				for y := range h {
					rr.readAt(y, 0, dst)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*w*h), "ns/px")
		})
	}
	b.Run("YCbCrToRGB", func(b *testing.B) {
		for b.Loop() {
			for y := range h {
				for x := range dst {
					yi, ci := im.YOffset(x, y), im.COffset(x, y)
					r, g, bl := color.YCbCrToRGB(im.Y[yi], im.Cb[ci], im.Cr[ci])
					dst[x] = uint32(r) | uint32(g)<<8 | uint32(bl)<<16 | 255<<24
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*w*h), "ns/px")
	})
}
