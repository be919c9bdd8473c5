package measure

import (
	"bytes"
	"image"
	"math/rand/v2"
	"testing"
)

// copyStripEveryRow is copyStrip for YCbCr as it was: the chroma row of
// every luma row, copied again for each row that shares it. The reference
// copyStrip is compared with.
func copyStripEveryRow(d, s *image.YCbCr) {
	b := s.Bounds().Intersect(d.Bounds())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		copy(d.Y[d.YOffset(b.Min.X, y):][:b.Dx()], s.Y[s.YOffset(b.Min.X, y):][:b.Dx()])
		d0, s0 := d.COffset(b.Min.X, y), s.COffset(b.Min.X, y)
		n := d.COffset(b.Max.X-1, y) - d0 + 1
		copy(d.Cb[d0:][:n], s.Cb[s0:][:n])
		copy(d.Cr[d0:][:n], s.Cr[s0:][:n])
	}
}

// randomYCbCr is a YCbCr image of random samples.
func randomYCbCr(rng *rand.Rand, r image.Rectangle, ratio image.YCbCrSubsampleRatio) *image.YCbCr {
	im := image.NewYCbCr(r, ratio)
	for _, p := range [][]byte{im.Y, im.Cb, im.Cr} {
		for i := range p {
			p[i] = uint8(rng.Uint32())
		}
	}
	return im
}

// TestCopyStripChromaOnce: copying each chroma row once, however many luma
// rows share it, fills the image as copying it for every row does, for
// every subsampling, strips of any height and place (an odd first row, a
// last strip cut by the image) and images of odd sizes.
func TestCopyStripChromaOnce(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 7))
	ratios := []image.YCbCrSubsampleRatio{
		image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
		image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410,
	}
	for _, ratio := range ratios {
		for _, size := range []image.Point{{1, 1}, {17, 9}, {64, 48}, {33, 70}} {
			for _, rows := range []int{1, 3, 8, 16} {
				r := image.Rect(0, 0, size.X, size.Y)
				got, want := image.NewYCbCr(r, ratio), image.NewYCbCr(r, ratio)
				for y0 := 0; y0 < size.Y; y0 += rows {
					strip := randomYCbCr(rng, image.Rect(0, y0, size.X, y0+rows), ratio)
					copyStrip(got, strip)
					copyStripEveryRow(want, strip)
				}
				if !bytes.Equal(got.Y, want.Y) || !bytes.Equal(got.Cb, want.Cb) || !bytes.Equal(got.Cr, want.Cr) {
					t.Errorf("%v %v, strips of %d rows: copyStrip differs from copying every row's chroma", ratio, size, rows)
				}
			}
		}
	}
}

// BenchmarkCopyStrip copies the 16-row strips of a 5640×3172 4:2:0 image
// (the size of the largest JPEG of the test corpus) with copyStrip and
// with the chroma copied for every row.
func BenchmarkCopyStrip(b *testing.B) {
	r := image.Rect(0, 0, 5640, 3172)
	ratio := image.YCbCrSubsampleRatio420
	dst := image.NewYCbCr(r, ratio)
	strip := randomYCbCr(rand.New(rand.NewPCG(1, 2)), image.Rect(0, 0, r.Dx(), 16), ratio)
	run := func(b *testing.B, copyRows func(d, s *image.YCbCr)) {
		for b.Loop() {
			for y0 := 0; y0 < r.Dy(); y0 += 16 {
				strip.Rect = image.Rect(0, y0, r.Dx(), y0+16)
				copyRows(dst, strip)
			}
		}
	}
	b.Run("chroma-once", func(b *testing.B) { run(b, func(d, s *image.YCbCr) { copyStrip(d, s) }) })
	b.Run("chroma-every-row", func(b *testing.B) { run(b, copyStripEveryRow) })
}
