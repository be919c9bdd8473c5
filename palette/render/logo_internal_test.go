package render

import (
	"image"
	"image/color"
	"testing"
)

// TestLogoScaledOnce checks that a logo is resampled once per size for a
// whole Banner call, not again in every pass of the fit loop, and that its
// pixels' luminances are computed with it, not again for every plate
// candidate.
func TestLogoScaledOnce(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	for y := 20; y < 80; y++ {
		for x := 10; x < 290; x++ {
			src.Set(x, y, color.NRGBA{0x1f, 0x4e, 0x3d, 0xff})
		}
	}
	logo, err := prepareLogo(src)
	if err != nil {
		t.Fatal(err)
	}
	b := &banner{logo: logo}
	a1 := b.scaleLogo(120, 60)
	a2 := b.scaleLogo(120, 60)
	if a1 != a2 {
		t.Error("the same size was resampled twice")
	}
	if got := len(a1.lum); got == 0 || got > a1.img.Bounds().Dx()*a1.img.Bounds().Dy() {
		t.Errorf("%d luminances for a %v logo", got, a1.img.Bounds())
	}
	if b.scaleLogo(60, 30) == a1 {
		t.Error("another size returned the first one")
	}
}
