package measure_test

import (
	"image"
	"image/draw"
	"math/rand/v2"
	"testing"
)

// TestClassNeedsWholeImage shows why the measure keeps the whole image
// (MeasureReader, issue 21): whether a pixel is photographic can depend on
// rows far below it, beyond any window a row-by-row pass could keep.
//
// Both images have the same first 1024 rows: a palette-blue field with a
// photographic strip two cells wide down its left edge. Below, a keeps the
// blue; b has a photograph across the whole width. In b, the strip and
// the photograph are one area that fills more than half of its bounding
// box, so the box (the whole image) is a pasted photograph and the blue
// pixels of row 0 are photo; in a, the strip alone is. A pass that
// classified row 0 before reading row 1024 would get one of them wrong.
func TestClassNeedsWholeImage(t *testing.T) {
	const w, h, split = 640, 2048, 1024
	rnd := rand.New(rand.NewPCG(21, 1))
	strip := photoTexture(rnd, 32, split)
	below := photoTexture(rnd, w, h-split)
	paint := func(photoBelow bool) *image.NRGBA {
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		draw.Draw(img, img.Bounds(), &image.Uniform{rgba("#1d4ed8")}, image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(0, 0, 32, split), strip, image.Point{}, draw.Src)
		if photoBelow {
			draw.Draw(img, image.Rect(0, split, w, h), below, image.Point{}, draw.Src)
		}
		return img
	}
	a, b := paint(false), paint(true)
	for y := range split {
		i := a.PixOffset(0, y)
		if string(a.Pix[i:i+4*w]) != string(b.Pix[i:i+4*w]) {
			t.Fatalf("row %d differs: the images must share their first %d rows", y, split)
		}
	}
	m := newMeasurer(t)
	ma, mb := m.Mask(a), m.Mask(b)
	// The strip is photo in both; the field beside it, at the top, in b
	// alone.
	for _, p := range []image.Point{{8, 8}, {320, 0}, {600, 500}} {
		inStrip := p.X < 32
		if got := isPhotoTint(ma, p); got != inStrip {
			t.Errorf("a: pixel %v photo = %v, want %v", p, got, inStrip)
		}
		if !isPhotoTint(mb, p) {
			t.Errorf("b: pixel %v is not photo; want the whole image photo", p)
		}
	}
	if ra, rb := m.Measure(a), m.Measure(b); rb.Shares.Photo < 0.99 || ra.Shares.Photo > 0.1 {
		t.Errorf("photo shares: a %.3f, b %.3f; want a about 0.05, b 1", ra.Shares.Photo, rb.Shares.Photo)
	}
}

// isPhotoTint tells whether the mask shows pixel p in the photo tint:
// violet, blue well above red and green (see Mask).
func isPhotoTint(mask *image.NRGBA, p image.Point) bool {
	c := mask.NRGBAAt(p.X, p.Y)
	return int(c.B)-int(c.G) >= 80 && int(c.B)-int(c.R) >= 50 && c.R > c.G
}
