package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/vector"
)

// Options says what to write on a banner. The zero value draws the
// palette's name as the headline in the preset's default layout.
type Options struct {
	Title   string     // the headline; "": the palette's name, else "Your brand"
	Tagline string     // optional second line
	CTA     string     // optional call-to-action button text, drawn on the accent
	Layout  string     // one of Layouts; "": the preset's default
	Font    []byte     // a TrueType or OpenType font for all text; nil: the Go fonts
	Lang    psych.Lang // language of the default headline ("Your brand", "Votre marque")
}

// Text is one text box of a rendered banner.
type Text struct {
	Role        string          // "title", "tagline" or "cta"
	Text        string          // the text as drawn (lines joined by spaces)
	Box         image.Rectangle // pixels, top-left origin
	SizePx      float64         // font size in pixels (72 DPI)
	Color       colorful.Color
	Large       bool    // large text in WCAG 2.x terms (24 px, or 18.67 px bold)
	Need        float64 // the WCAG ratio its size needs: 4.5, or 3 for large text
	MinContrast float64 // the worst WCAG ratio between its colour and the pixels under its box
	Scrim       bool    // a neutral panel was put behind it because no colour passed on the artwork
}

// Report says what Banner drew.
type Report struct {
	Preset        Preset
	Layout        string
	Width, Height int
	Shares        palette.Shares // measured on the render (package measure)
	Pass          bool           // the render passes the palette's rule
	Texts         []Text
	Notes         []string // adjustments worth telling the user, e.g. a scrim
}

// ErrTextDoesNotFit is wrapped when the texts cannot fit the safe zone even
// at the smallest legible size.
var ErrTextDoesNotFit = errors.New("text does not fit")

// minTextPx is the smallest size text is shrunk to.
const minTextPx = 12

// geometry is the area given to each shape, as fractions of the image: the
// secondary shape and the accent shape (the button comes on top).
type geometry struct {
	secondary, accent float64
}

type banner struct {
	p       *palette.Palette
	preset  Preset
	layout  string
	o       Options
	fonts   *fonts
	rule    palette.Rule
	primary colorful.Color
	second  colorful.Color
	accent  colorful.Color
	texts   []colorful.Color // text candidates: neutrals, then black and white
}

// Banner renders p on preset. It returns the image and a report of what was
// drawn: the measured role shares and every text box with its colour and
// the worst contrast under it.
func Banner(p *palette.Palette, preset Preset, o Options) (*image.RGBA, *Report, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	layout := o.Layout
	if layout == "" {
		layout = preset.Layout
	}
	if !validLayout(layout) {
		return nil, nil, fmt.Errorf("render: unknown layout %q: want %s", layout, strings.Join(Layouts, ", "))
	}
	if preset.Width < 64 || preset.Height < 64 || preset.Safe.Empty() {
		return nil, nil, fmt.Errorf("render: preset %q has no usable size or safe zone", preset.Name)
	}
	f, err := loadFonts(o.Font)
	if err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(o.Title) == "" {
		o.Title = p.Name
		if o.Title == "" {
			o.Title = psych.T(o.Lang, "card.brand")
		}
	}
	b := &banner{p: p, preset: preset, layout: layout, o: o, fonts: f, rule: p.RuleOrDefault(),
		primary: palette.Quantize(p.Primary.Color), second: palette.Quantize(p.Secondary[0].Color), accent: palette.Quantize(p.Accent.Color)}
	for _, n := range p.Neutral {
		b.texts = append(b.texts, palette.Quantize(n.Color))
	}
	b.texts = append(b.texts, contrast.Black, contrast.White)
	m, err := measure.New(p, measure.Options{})
	if err != nil {
		return nil, nil, err
	}

	// Render, measure, and resize the shapes until the rule holds: text and
	// button change the areas, so the geometry is corrected from what the
	// measurement sees.
	g := geometry{secondary: b.rule.Secondary, accent: b.rule.Accent}
	var img *image.RGBA
	var rep *Report
	for range 6 {
		img, rep, err = b.render(g)
		if err != nil {
			return nil, nil, err
		}
		res := m.Measure(img)
		rep.Shares = res.Shares
		rep.Pass = len(res.Problems(b.rule)) == 0
		sS, sA := res.Shares.Relative(palette.Secondary), res.Shares.Relative(palette.Accent)
		if rep.Pass && math.Abs(sS-b.rule.Secondary) < 0.015 && math.Abs(sA-b.rule.Accent) < 0.015 {
			break
		}
		if sS > 0 {
			g.secondary = clampF(g.secondary*b.rule.Secondary/sS, 0.02, 0.8)
		}
		if sA > 0 {
			g.accent = clampF(g.accent+(b.rule.Accent-sA)*res.Shares.Branded(), 0.005, 0.5)
		}
	}
	return img, rep, nil
}

func clampF(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func validLayout(l string) bool {
	for _, x := range Layouts {
		if x == l {
			return true
		}
	}
	return false
}

func uniform(c colorful.Color) *image.Uniform {
	r, g, b := palette.RGB255(c)
	return &image.Uniform{color.RGBA{r, g, b, 255}}
}

// fillPolygon fills a polygon with anti-aliased edges.
func fillPolygon(dst *image.RGBA, c colorful.Color, pts ...[2]float64) {
	bnd := dst.Bounds()
	z := vector.NewRasterizer(bnd.Dx(), bnd.Dy())
	z.MoveTo(float32(pts[0][0]), float32(pts[0][1]))
	for _, p := range pts[1:] {
		z.LineTo(float32(p[0]), float32(p[1]))
	}
	z.ClosePath()
	z.Draw(dst, bnd, uniform(c), image.Point{})
}

// fillCircle fills a circle with anti-aliased edges, as a 96-gon.
func fillCircle(dst *image.RGBA, c colorful.Color, cx, cy, r float64) {
	pts := make([][2]float64, max(96, int(r/3)))
	for i := range pts {
		a := 2 * math.Pi * float64(i) / float64(len(pts))
		pts[i] = [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	fillPolygon(dst, c, pts...)
}

// fillRoundRect fills a rectangle with rounded corners of radius r.
func fillRoundRect(dst *image.RGBA, c colorful.Color, rect image.Rectangle, r float64) {
	x0, y0, x1, y1 := float64(rect.Min.X), float64(rect.Min.Y), float64(rect.Max.X), float64(rect.Max.Y)
	r = math.Min(r, math.Min(x1-x0, y1-y0)/2)
	var pts [][2]float64
	corner := func(cx, cy, start float64) {
		for i := 0; i <= 8; i++ {
			a := start + math.Pi/2*float64(i)/8
			pts = append(pts, [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)})
		}
	}
	corner(x1-r, y0+r, -math.Pi/2)
	corner(x1-r, y1-r, 0)
	corner(x0+r, y1-r, math.Pi/2)
	corner(x0+r, y0+r, math.Pi)
	fillPolygon(dst, c, pts...)
}

// shapes draws the secondary and accent shapes of the layout and returns the
// region the text should go in (inside the safe zone, over the primary as
// far as the layout allows).
func (b *banner) shapes(img *image.RGBA, g geometry) image.Rectangle {
	W, H := float64(b.preset.Width), float64(b.preset.Height)
	safe := b.preset.Safe
	pad := int(math.Round(0.04 * math.Min(W, H)))
	switch b.layout {
	case "diagonal", "bands":
		slant := 0.0
		if b.layout == "diagonal" {
			slant = 0.35 * H
		}
		sw := g.secondary * W // average width of the secondary shape
		aw := g.accent * W    // average width of the accent band
		xs := W - sw          // middle of the secondary's left edge
		xa := xs - aw         // middle of the accent's left edge
		fillPolygon(img, b.accent, [2]float64{xa + slant/2, 0}, [2]float64{W, 0}, [2]float64{W, H}, [2]float64{xa - slant/2, H})
		fillPolygon(img, b.second, [2]float64{xs + slant/2, 0}, [2]float64{W, 0}, [2]float64{W, H}, [2]float64{xs - slant/2, H})
		right := int(xa-slant/2) - pad
		return image.Rect(safe.Min.X, safe.Min.Y, min(safe.Max.X, right), safe.Max.Y)
	case "blocks":
		sh := g.secondary * H
		ah := g.accent * H
		ys := H - sh
		ya := ys - ah
		draw.Draw(img, image.Rect(0, int(math.Round(ya)), int(W), int(H)), uniform(b.accent), image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(0, int(math.Round(ys)), int(W), int(H)), uniform(b.second), image.Point{}, draw.Src)
		return image.Rect(safe.Min.X, safe.Min.Y, safe.Max.X, min(safe.Max.Y, int(ya)-pad))
	default: // circle: quarter discs in two corners, text top left
		pad := 0.04 * math.Min(W, H)
		r := math.Sqrt(4 * g.secondary * W * H / math.Pi)
		ra := math.Sqrt(4 * g.accent * W * H / math.Pi)
		fillCircle(img, b.second, W, H, r)
		fillCircle(img, b.accent, W, 0, ra)
		right := int(W - ra - pad)
		bottom := int(H - r - pad)
		if bottom-safe.Min.Y < safe.Dy()*2/5 {
			// A wide image: the text goes left of the discs, full height.
			right, bottom = int(W-r-pad), safe.Max.Y
		}
		return image.Rect(safe.Min.X, safe.Min.Y, min(safe.Max.X, right), min(safe.Max.Y, bottom))
	}
}

// lumRange returns the lowest and highest WCAG luminance of the pixels of
// img inside r.
func lumRange(img *image.RGBA, r image.Rectangle) (lo, hi float64) {
	r = r.Intersect(img.Bounds())
	lo, hi = 1, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := img.Pix[img.PixOffset(r.Min.X, y) : img.PixOffset(r.Max.X-1, y)+4]
		var prev uint32 = 1 << 31
		for i := 0; i+3 < len(row); i += 4 {
			key := uint32(row[i])<<16 | uint32(row[i+1])<<8 | uint32(row[i+2])
			if key == prev {
				continue
			}
			prev = key
			l := 0.2126*colorspace.Linearize(float64(row[i])/255) + 0.7152*colorspace.Linearize(float64(row[i+1])/255) + 0.0722*colorspace.Linearize(float64(row[i+2])/255)
			lo, hi = math.Min(lo, l), math.Max(hi, l)
		}
	}
	return lo, hi
}

// worstRatio is the lowest WCAG ratio of a text colour against any
// luminance in [lo, hi].
func worstRatio(text colorful.Color, lo, hi float64) float64 {
	lt := contrast.Luminance(text)
	if lt >= lo && lt <= hi {
		return 1
	}
	return math.Min(contrast.RatioLuminance(lt, lo), contrast.RatioLuminance(lt, hi))
}

// pickText returns the candidate with the best worst-case ratio over [lo, hi],
// preferring the palette's own neutrals when they pass.
func (b *banner) pickText(lo, hi, need float64) (colorful.Color, float64) {
	best, bestR := b.texts[0], -1.0
	for i, c := range b.texts {
		r := worstRatio(c, lo, hi)
		isNeutral := i < len(b.texts)-2
		if r >= need && isNeutral {
			if bestR < need || r > bestR {
				best, bestR = c, r
			}
			continue
		}
		if bestR < need && r > bestR {
			best, bestR = c, r
		}
	}
	return best, bestR
}

type laidOut struct {
	title, tagline, cta *block
	btnPadX, btnPadY    int
	gap                 int
}

func (l *laidOut) height() int {
	h := l.title.totalHeight()
	if l.tagline != nil {
		h += l.gap + l.tagline.totalHeight()
	}
	if l.cta != nil {
		h += 2*l.gap + l.cta.totalHeight() + 2*l.btnPadY
	}
	return h
}

// layoutText fits the texts into area, shrinking from a size set by the
// area's height.
func (b *banner) layoutText(area image.Rectangle) (*laidOut, error) {
	if area.Dx() < 40 || area.Dy() < minTextPx*2 {
		return nil, fmt.Errorf("render: %w: the text area of %s is %dx%d pixels", ErrTextDoesNotFit, b.preset.Name, area.Dx(), area.Dy())
	}
	size := math.Min(float64(area.Dy())*0.42, float64(area.Dx())*0.16)
	for ; size >= minTextPx; size *= 0.94 {
		l := &laidOut{gap: int(size * 0.28)}
		var ok bool
		if l.title, ok = wrap(b.fonts.bold, b.o.Title, size, area.Dx(), 2, true); !ok {
			continue
		}
		if b.o.Tagline != "" {
			if l.tagline, ok = wrap(b.fonts.regular, b.o.Tagline, math.Max(minTextPx, size*0.45), area.Dx(), 2, b.fonts.custom); !ok {
				continue
			}
		}
		if b.o.CTA != "" {
			cs := math.Max(minTextPx, size*0.36)
			l.btnPadX, l.btnPadY = int(cs*0.9), int(cs*0.45)
			if l.cta, ok = wrap(b.fonts.bold, b.o.CTA, cs, area.Dx()-2*l.btnPadX, 1, true); !ok {
				continue
			}
		}
		if l.height() <= area.Dy() {
			return l, nil
		}
	}
	return nil, fmt.Errorf("render: %w: %q in the %dx%d text area of %s, even at %d px", ErrTextDoesNotFit, b.o.Title, area.Dx(), area.Dy(), b.preset.Name, minTextPx)
}

func (b *banner) render(g geometry) (*image.RGBA, *Report, error) {
	W, H := b.preset.Width, b.preset.Height
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), uniform(b.primary), image.Point{}, draw.Src)
	area := b.shapes(img, g)
	rep := &Report{Preset: b.preset, Layout: b.layout, Width: W, Height: H}
	if err := b.drawTexts(img, area, rep); err != nil {
		return nil, nil, err
	}
	return img, rep, nil
}

// drawTexts lays the texts out in area, chooses their colours from the
// pixels already in img under each box (adding a scrim where none passes),
// draws them and records them in rep.
func (b *banner) drawTexts(img *image.RGBA, area image.Rectangle, rep *Report) error {
	l, err := b.layoutText(area)
	if err != nil {
		return err
	}

	// Stack the blocks, centred vertically in the area, aligned left.
	x := area.Min.X
	y := area.Min.Y + (area.Dy()-l.height())/2
	titleBox := image.Rect(x, y, x+l.title.width(), y+l.title.totalHeight())
	y = titleBox.Max.Y
	var tagBox, btnBox image.Rectangle
	if l.tagline != nil {
		y += l.gap
		tagBox = image.Rect(x, y, x+l.tagline.width(), y+l.tagline.totalHeight())
		y = tagBox.Max.Y
	}
	if l.cta != nil {
		y += 2 * l.gap
		btnBox = image.Rect(x, y, x+l.cta.width()+2*l.btnPadX, y+l.cta.totalHeight()+2*l.btnPadY)
	}

	// Texts on the artwork: choose colours from the pixels under them.
	type pending struct {
		role string
		blk  *block
		box  image.Rectangle
	}
	onArt := []pending{{"title", l.title, titleBox}}
	if l.tagline != nil {
		onArt = append(onArt, pending{"tagline", l.tagline, tagBox})
	}
	var scrimmed bool
	colors := make([]colorful.Color, len(onArt))
	ratios := make([]float64, len(onArt))
	for i, t := range onArt {
		need := b.need(t.blk)
		lo, hi := lumRange(img, t.box)
		colors[i], ratios[i] = b.pickText(lo, hi, need)
		if ratios[i] < need {
			scrimmed = true
		}
	}
	if scrimmed {
		// No colour passes everywhere under the text: a panel in the neutral
		// that contrasts most with the best text colour goes behind all the
		// text on the artwork.
		union := titleBox
		if l.tagline != nil {
			union = union.Union(tagBox)
		}
		padding := int(l.title.size * 0.3)
		panel := union.Inset(-padding)
		scrim := b.texts[0]
		if len(b.p.Neutral) > 1 {
			lightTextOnDark := contrast.Ratio(b.texts[1], b.texts[0])
			if lightTextOnDark < contrast.AA.Min() {
				scrim = b.texts[1]
			}
		}
		fillRoundRect(img, scrim, panel, float64(padding))
		rep.Notes = append(rep.Notes, fmt.Sprintf("no text colour reached its contrast on the artwork under the headline; a %s panel was added behind the text", palette.Hex(scrim)))
		for i, t := range onArt {
			lo, hi := lumRange(img, t.box)
			colors[i], ratios[i] = b.pickText(lo, hi, b.need(t.blk))
		}
	}
	if l.cta != nil {
		fillRoundRect(img, b.accent, btnBox, float64(btnBox.Dy())*0.25)
	}
	for i, t := range onArt {
		box := t.blk.draw(img, uniform(colors[i]), t.box.Min.X, t.box.Min.Y)
		rep.Texts = append(rep.Texts, Text{Role: t.role, Text: strings.Join(t.blk.lines, " "), Box: box, SizePx: t.blk.size,
			Color: colors[i], Large: largeText(t.blk.size, t.blk.bold), Need: b.need(t.blk), MinContrast: ratios[i], Scrim: scrimmed})
	}
	if l.cta != nil {
		need := b.need(l.cta)
		inner := btnBox.Inset(min(l.btnPadY, btnBox.Dy()/3))
		lo, hi := lumRange(img, inner)
		c, r := b.pickText(lo, hi, need)
		box := l.cta.draw(img, uniform(c), btnBox.Min.X+l.btnPadX, btnBox.Min.Y+l.btnPadY)
		rep.Texts = append(rep.Texts, Text{Role: "cta", Text: strings.Join(l.cta.lines, " "), Box: box, SizePx: l.cta.size,
			Color: c, Large: largeText(l.cta.size, true), Need: need, MinContrast: r})
		if r < need {
			rep.Notes = append(rep.Notes, fmt.Sprintf("the button text reaches only %.2f:1 on the accent %s", r, palette.Hex(b.accent)))
		}
	}
	return nil
}

func (b *banner) need(blk *block) float64 {
	if largeText(blk.size, blk.bold) {
		return contrast.AALarge.Min()
	}
	return contrast.AA.Min()
}
