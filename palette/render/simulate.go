package render

import (
	"fmt"
	"image"
	"image/draw"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// Simulation is a colour-vision deficiency to show a render through: a kind
// and a severity up to 1 (dichromacy, or full achromatopsia), as in package
// cvd. A zero Severity means 1: a simulation that changes nothing would be
// captioned as one.
type Simulation struct {
	Kind     cvd.Kind
	Severity float64    // 0 < Severity ≤ 1; 0 means 1
	Lang     psych.Lang // language of the caption and metadata; the zero value is English
}

// The caption's colours: a charcoal band, near-white and grey text (16.9:1
// and 7.0:1 on the band, WCAG AAA), an amber tag. They are drawn after the
// simulation, so they are true colours.
var (
	captionBG   = colorful.Color{R: 0x16 / 255.0, G: 0x18 / 255.0, B: 0x1d / 255.0}
	captionInk  = colorful.Color{R: 0xf4 / 255.0, G: 0xf4 / 255.0, B: 0xf5 / 255.0}
	captionSoft = colorful.Color{R: 0xa1 / 255.0, G: 0xa1 / 255.0, B: 0xaa / 255.0}
	captionTag  = colorful.Color{R: 0xf5 / 255.0, G: 0xb8 / 255.0, B: 0x3d / 255.0}
)

// severity is s.Severity with its zero value meaning 1.
func (s Simulation) severity() float64 {
	if s.Severity == 0 {
		return 1
	}
	return s.Severity
}

// Name is the condition the simulation shows: the dichromacy at severity 1
// ("deuteranopia"), the anomalous trichromacy below it ("deuteranomaly"),
// "partial achromatopsia" for achromatopsia below 1.
func (s Simulation) Name() string {
	if s.severity() >= 1 {
		return psych.T(s.Lang, "cvd."+s.Kind.String())
	}
	switch s.Kind {
	case cvd.Protanopia:
		return psych.T(s.Lang, "sim.protanomaly")
	case cvd.Deuteranopia:
		return psych.T(s.Lang, "sim.deuteranomaly")
	case cvd.Tritanopia:
		return psych.T(s.Lang, "sim.tritanomaly")
	}
	return psych.T(s.Lang, "sim.partial", psych.T(s.Lang, "cvd."+s.Kind.String()))
}

// severityText is "full severity" or "severity 60 %".
func (s Simulation) severityText() string {
	if s.severity() >= 1 {
		return psych.T(s.Lang, "sim.full")
	}
	return psych.T(s.Lang, "sim.severity", psych.Percent(s.Lang, s.severity(), 0))
}

// Caption is the headline a simulated render carries, e.g.
// "Deuteranopia · full severity".
func (s Simulation) Caption() string {
	n := []rune(s.Name())
	return strings.ToUpper(string(n[:1])) + string(n[1:]) + " · " + s.severityText()
}

// Description is the sentence a simulated PNG carries in its metadata (the
// "Description" text chunk), so that the file says what it is even when
// the caption is cropped off.
func (s Simulation) Description() string {
	return psych.T(s.Lang, "sim.description", s.Name(), s.severityText())
}

// PNGText is the metadata of a render simulated with s: a Description and
// the Software that made it.
func (s Simulation) PNGText() []PNGText {
	return []PNGText{{Keyword: "Description", Text: s.Description()}, {Keyword: "Software", Text: "hueprint"}}
}

// Simulate returns img as seen with the deficiency, with a caption band
// below it that says so: a "SIMULATION" tag, the condition and its
// severity, the source of the model and a legend of the hue circle in true
// and in simulated colours. The band is as wide as img and scales with it;
// img's own pixels keep their coordinates. font is a TrueType or OpenType
// font, nil for the Go fonts. img is changed in place.
func Simulate(img *image.RGBA, s Simulation, font []byte) (*image.RGBA, error) {
	if err := cvd.SimulateImage(img, s.Kind, s.severity()); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	f, err := loadFonts(font)
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	band := drawCaption(f, s, b.Dx())
	out := image.NewRGBA(image.Rect(b.Min.X, b.Min.Y, b.Max.X, b.Max.Y+band.Bounds().Dy()))
	draw.Draw(out, b, img, b.Min, draw.Src)
	draw.Draw(out, image.Rect(b.Min.X, b.Max.Y, b.Max.X, out.Bounds().Max.Y), band, image.Point{}, draw.Src)
	return out, nil
}

// drawCaption lays the caption out for a width of W pixels and returns it as
// an image W wide, as tall as its content.
func drawCaption(f *fonts, s Simulation, W int) *image.RGBA {
	sc := float64(W) / 1200
	px := func(v, least float64) float64 { return math.Max(v*sc, least) }
	// Horizontal padding as the swatch card's margin (48 px at 1200), so the
	// caption's text lines up with the card's.
	padX, pad := int(math.Round(px(48, 6))), int(math.Round(px(26, 6)))
	gap := int(math.Round(px(14, 4)))
	headSize, subSize, tagSize := px(24, 11), px(15, 9), px(12, 8)

	// The legend of the hue circle goes on the right when the text keeps
	// room enough beside it.
	legendW := int(math.Round(px(230, 0)))
	withLegend := W-2*padX-legendW-2*gap >= int(480*sc) && W >= 480
	textW := W - 2*padX
	if withLegend {
		textW -= legendW + 2*gap
	}

	tag, _ := wrap(f.bold, psych.T(s.Lang, "sim.tag"), tagSize, textW, 1, true)
	tagPadX, tagPadY := int(math.Round(tagSize*0.7)), int(math.Round(tagSize*0.35))
	tagW, tagH := tag.width()+2*tagPadX, tag.totalHeight()+2*tagPadY

	head, inline := wrap(f.bold, s.Caption(), headSize, textW-tagW-gap, 1, true)
	if !inline {
		head, _ = wrap(f.bold, s.Caption(), headSize, textW, 3, true)
	}
	var sub *block
	for _, t := range []string{
		psych.T(s.Lang, "sim.sub", s.Name()),
		psych.T(s.Lang, "sim.subshort"),
	} {
		if b, ok := wrap(f.regular, t, subSize, textW, 3, false); ok {
			sub = b
			break
		}
	}

	row1 := head.totalHeight()
	if inline {
		row1 = max(row1, tagH)
	} else {
		row1 = tagH + gap/2 + head.totalHeight()
	}
	H := pad + row1 + pad
	if sub != nil {
		H += gap/2 + sub.totalHeight()
	}
	if withLegend {
		H = max(H, pad+int(math.Round(px(64, 0)))+pad)
	}
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), uniform(captionBG), image.Point{}, draw.Src)

	// Row 1: the tag, then the headline beside it or below it.
	x, y := padX, pad
	tagY := y
	headX, headY := x, y+tagH+gap/2
	if inline {
		tagY = y + (row1-tagH)/2
		headX, headY = x+tagW+gap, y+(row1-head.totalHeight())/2
	}
	fillRoundRect(img, captionTag, image.Rect(x, tagY, x+tagW, tagY+tagH), float64(tagH)/2)
	tag.draw(img, uniform(captionBG), x+tagPadX, tagY+tagPadY)
	head.draw(img, uniform(captionInk), headX, headY)
	if sub != nil {
		sub.draw(img, uniform(captionSoft), x, y+row1+gap/2)
	}
	if withLegend {
		drawLegend(img, f, s, image.Rect(W-padX-legendW, pad, W-padX, H-pad), px(14, 8))
	}
	return img
}

// drawLegend draws the hue circle twice, in true colours and as simulated,
// labelled, centred vertically in r.
func drawLegend(img *image.RGBA, f *fonts, s Simulation, r image.Rectangle, size float64) {
	labels := []string{psych.T(s.Lang, "sim.true"), psych.T(s.Lang, "sim.seen")}
	var blocks []*block
	labelW := 0
	for _, l := range labels {
		b, _ := wrap(f.regular, l, size, r.Dx(), 1, false)
		blocks = append(blocks, b)
		labelW = max(labelW, b.width())
	}
	barH := max(int(math.Round(size*1.1)), 6)
	gap := max(barH/2, 3)
	total := 2*barH + gap
	y0 := r.Min.Y + (r.Dy()-total)/2
	x0 := r.Min.X + labelW + int(size)
	for i, b := range blocks {
		y := y0 + i*(barH+gap)
		b.draw(img, uniform(captionSoft), r.Min.X, y+(barH-b.totalHeight())/2)
		w := r.Max.X - x0
		for x := range w {
			// The hue circle at a mid lightness and a chroma most hues
			// reach in sRGB (OKLCH L 0.72, C 0.14).
			c := colorspace.GamutMap(colorspace.OKLCH{L: 0.72, C: 0.14, H: 360 * float64(x) / float64(w)})
			if i == 1 {
				c, _ = cvd.Simulate(c, s.Kind, s.severity())
			}
			draw.Draw(img, image.Rect(x0+x, y, x0+x+1, y+barH), uniform(c), image.Point{}, draw.Src)
		}
	}
}
