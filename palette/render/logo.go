package render

import (
	"fmt"
	"image"
	"image/draw"
	"math"

	"github.com/hueprint/hueprint/contrast"
	"github.com/lucasb-eyer/go-colorful"
	xdraw "golang.org/x/image/draw"
)

// maxLogoSide is the largest logo side kept before placing: larger logos
// are scaled down first, so that a huge file costs no more than a big one.
const maxLogoSide = 2048

// maxLogoPixels is the most pixels a logo may have, the limit package
// imagefile decodes to by default (imagefile.DefaultMaxPixels): resampling
// costs in proportion, and an image.Uniform's bounds are infinite.
const maxLogoPixels = 50_000_000

// minLogoPx is the smallest side a placed logo may have: thinner, a logo
// is a line, not a mark (a 10:1 wordmark keeps 10 px on the narrowest
// preset, LinkedIn's company cover).
const minLogoPx = 8

// nonTextContrast is the ratio a logo needs against what is under it to be
// seen: WCAG 2.x success criterion 1.4.11 (non-text contrast), 3:1.
const nonTextContrast = 3.0

// minVisible is the share of a logo's pixels that must reach
// nonTextContrast on the artwork; below it the logo gets a plate. A logo
// is seen whole or not at all: a dark half lost on a dark ground is a
// broken logo.
const minVisible = 0.9

// prepareLogo converts the logo to premultiplied RGBA, at most maxLogoSide
// pixels a side, and refuses an empty or invisible one.
func prepareLogo(src image.Image) (*image.RGBA, error) {
	b := src.Bounds()
	if b.Empty() {
		return nil, fmt.Errorf("render: logo: empty image")
	}
	if px := int64(b.Dx()) * int64(b.Dy()); b.Dx() <= 0 || b.Dy() <= 0 || px > maxLogoPixels || px/int64(b.Dx()) != int64(b.Dy()) {
		return nil, fmt.Errorf("render: logo: %dx%d is %d pixels, over the limit of %d", b.Dx(), b.Dy(), px, maxLogoPixels)
	}
	w, h := b.Dx(), b.Dy()
	if s := float64(maxLogoSide) / float64(max(w, h)); s < 1 {
		w, h = max(1, int(float64(w)*s)), max(1, int(float64(h)*s))
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	if w == b.Dx() && h == b.Dy() {
		draw.Draw(dst, dst.Bounds(), src, b.Min, draw.Src)
	} else {
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	}
	// Crop to the visible pixels: transparent margins would misplace it.
	vis := image.Rectangle{}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if dst.Pix[dst.PixOffset(x, y)+3] > 8 {
				vis = vis.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if vis.Empty() {
		return nil, fmt.Errorf("render: logo: no visible pixel (the image is fully transparent)")
	}
	return dst.SubImage(vis).(*image.RGBA), nil
}

// plateMargin is the plate's margin around the logo, as a fraction of the
// slot's smaller side: the logo keeps 76 % of its slot.
const plateMargin = 0.12

// drawLogo draws the logo fitted in slot, on a neutral plate when too few
// of its pixels reach 3:1 against the artwork under it, and returns where
// it went and the mask of its pixels (to leave them out of the measurement).
func (b *banner) drawLogo(img *image.RGBA, slot image.Rectangle) (*Logo, *image.Alpha) {
	lo, hi := lumRange(img, slot)
	sl := b.scaleLogo(slot.Dx(), slot.Dy())
	rep := &Logo{}
	if sl.visibleShare(lo, hi) < minVisible {
		best := b.plateColor(sl)
		pad := int(math.Ceil(plateMargin * float64(min(slot.Dx(), slot.Dy()))))
		if b.layout == Mark {
			// A profile picture: the plate is a disc, as the picture is shown.
			r := 0.5 * math.Hypot(float64(slot.Dx()), float64(slot.Dy()))
			c := slot.Min.Add(slot.Max).Div(2)
			fillCircle(img, best, float64(c.X), float64(c.Y), r)
			pad = int(math.Ceil(0.1 * float64(min(slot.Dx(), slot.Dy()))))
		} else {
			fillRoundRect(img, best, slot, float64(pad))
		}
		rep.Plate, rep.PlateColor = true, best
		lw, lh := fitInside(sl.img.Bounds().Dx(), sl.img.Bounds().Dy(), slot.Dx()-2*pad, slot.Dy()-2*pad)
		sl = b.scaleLogo(lw, lh)
	}
	scaled := sl.img
	sw, sh := scaled.Bounds().Dx(), scaled.Bounds().Dy()
	at := image.Pt(slot.Min.X+(slot.Dx()-sw)/2, slot.Min.Y+(slot.Dy()-sh)/2)
	rep.Box = image.Rectangle{Min: at, Max: at.Add(image.Pt(sw, sh))}
	draw.Draw(img, rep.Box, scaled, image.Point{}, draw.Over)
	mask := image.NewAlpha(rep.Box)
	n := 0
	for y := 0; y < sh; y++ {
		for x := 0; x < sw; x++ {
			if a := scaled.Pix[scaled.PixOffset(x, y)+3]; a > 0 {
				mask.Pix[mask.PixOffset(at.X+x, at.Y+y)] = a
				n++
			}
		}
	}
	rep.Share = float64(n) / float64(b.preset.Width*b.preset.Height)
	return rep, mask
}

// plateColor returns the colour of the plate behind the logo: the
// palette's neutral (light or dark) that shows most of its pixels at 3:1,
// so the plate belongs to the brand. Black or white only when the palette
// has no neutral, or when none of its neutrals shows minVisible of the logo
// and black or white does.
func (b *banner) plateColor(sl *scaledLogo) colorful.Color {
	pick := func(cs []colorful.Color) (colorful.Color, float64) {
		best, bestShare := colorful.Color{}, -1.0
		for _, c := range cs {
			l := contrast.Luminance(c)
			if s := sl.visibleShare(l, l); s > bestShare+1e-9 {
				best, bestShare = c, s
			}
		}
		return best, bestShare
	}
	neutrals := b.texts[:len(b.texts)-2] // black and white come last
	bw, bwShare := pick(b.texts[len(neutrals):])
	if len(neutrals) == 0 {
		return bw
	}
	best, share := pick(neutrals)
	if share < minVisible && bwShare >= minVisible {
		return bw
	}
	return best
}

// fitInside returns w×h scaled to fit maxW×maxH, keeping the aspect ratio.
func fitInside(w, h, maxW, maxH int) (int, int) {
	s := math.Min(float64(maxW)/float64(w), float64(maxH)/float64(h))
	return max(1, int(float64(w)*s)), max(1, int(float64(h)*s))
}

// scaledLogo is the logo resampled to one size, with the luminance of each
// of its opaque pixels (alpha at least one half), computed once for every
// visibility test.
type scaledLogo struct {
	img *image.RGBA
	lum []float64
}

// scaleLogo returns the logo fitted in w×h pixels. Each size is resampled
// once per Banner call: the fit loop renders the same slot several times.
func (b *banner) scaleLogo(w, h int) *scaledLogo {
	lb := b.logo.Bounds()
	w, h = fitInside(lb.Dx(), lb.Dy(), max(w, 1), max(h, 1))
	key := image.Pt(w, h)
	if sl, ok := b.scaled[key]; ok {
		return sl
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), b.logo, lb, draw.Src, nil)
	sl := &scaledLogo{img: dst}
	for i := 0; i+3 < len(dst.Pix); i += 4 {
		a := dst.Pix[i+3]
		if a < 128 {
			continue
		}
		un := func(v uint8) float64 { return math.Min(1, float64(v)/float64(a)) }
		sl.lum = append(sl.lum, contrast.Luminance(colorful.Color{R: un(dst.Pix[i]), G: un(dst.Pix[i+1]), B: un(dst.Pix[i+2])}))
	}
	if b.scaled == nil {
		b.scaled = map[image.Point]*scaledLogo{}
	}
	b.scaled[key] = sl
	return sl
}

// visibleShare is the fraction of the logo's opaque pixels that reach the
// non-text contrast against every luminance in [lo, hi].
func (sl *scaledLogo) visibleShare(lo, hi float64) float64 {
	if len(sl.lum) == 0 {
		return 0
	}
	seen := 0
	for _, l := range sl.lum {
		if worstRatioY(l, lo, hi) >= nonTextContrast {
			seen++
		}
	}
	return float64(seen) / float64(len(sl.lum))
}

// withoutLogo returns a copy of img (into reuse when it fits) where the
// logo's pixels are transparent, so that the measurement leaves them out.
func withoutLogo(img *image.RGBA, mask *image.Alpha, reuse *image.RGBA) *image.RGBA {
	if reuse == nil || reuse.Bounds() != img.Bounds() {
		reuse = image.NewRGBA(img.Bounds())
	}
	copy(reuse.Pix, img.Pix)
	mb := mask.Bounds()
	for y := mb.Min.Y; y < mb.Max.Y; y++ {
		for x := mb.Min.X; x < mb.Max.X; x++ {
			if mask.Pix[mask.PixOffset(x, y)] > 0 {
				o := reuse.PixOffset(x, y)
				reuse.Pix[o], reuse.Pix[o+1], reuse.Pix[o+2], reuse.Pix[o+3] = 0, 0, 0, 0
			}
		}
	}
	return reuse
}
