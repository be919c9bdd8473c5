package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/vector"
	"golang.org/x/text/unicode/bidi"
)

// Options says what to write on a banner. The zero value draws the
// palette's name as the headline in the preset's default layout.
type Options struct {
	Title   string     // the headline; "": the palette's name, else "Your brand"
	Tagline string     // optional second line
	CTA     string     // optional call-to-action button text, drawn on the accent
	Layout  Layout     // 0: the preset's default
	Font    []byte     // a TrueType or OpenType font for all text; nil: the Go fonts
	Lang    psych.Lang // language of the default headline ("Your brand", "Votre marque")
	// Logo is the brand's logo, drawn in the safe zone with clear space
	// around it, on a neutral plate when it contrasts too little with the
	// artwork; nil: no logo. Its pixels are left out of the 60-30-10
	// measurement of the render.
	Logo image.Image
	// Simulate, when set, returns the banner as seen with a colour-vision
	// deficiency, captioned as such (see Simulate); the Report still
	// describes the banner in true colours. Simulate.PNGText is the
	// metadata to encode with it.
	Simulate *Simulation
}

// Text is one text box of a rendered banner.
type Text struct {
	Role        TextRole
	Text        string          // the text as drawn (lines joined by spaces; characters the font lacks left out)
	Box         image.Rectangle // pixels, top-left origin
	SizePx      float64         // font size in pixels (72 DPI)
	Color       colorful.Color
	Large       bool    // large text in WCAG 2.x terms (24 px, or 18.67 px bold)
	Need        float64 // the WCAG ratio its size needs: 4.5, or 3 for large text
	MinContrast float64 // the worst WCAG ratio between its colour and the pixels under its box
	Scrim       bool    // a neutral panel was put behind it because no colour passed on the artwork
	MinPx       float64 // the smallest size this role may have on this preset (pixels)
	PreferredPx float64 // the size the layout wanted; SizePx is smaller when the text was reduced to fit
}

// Reduced reports whether the text was set smaller than the layout wanted,
// to fit.
func (t Text) Reduced() bool { return t.SizePx < t.PreferredPx-0.5 }

// Logo says where Banner drew the logo.
type Logo struct {
	Box        image.Rectangle // the logo's pixels, top-left origin
	Plate      bool            // a neutral plate was put behind it: it contrasted too little with the artwork
	PlateColor colorful.Color  // the plate's colour, when Plate
	Share      float64         // the fraction of the image the logo covers, left out of the measurement
}

// Report says what Banner drew.
type Report struct {
	File          string // where the caller wrote the image, for its JSON; Banner leaves it empty
	Preset        Preset
	Layout        Layout
	Width, Height int
	Shares        palette.Shares // measured on the render (package measure), the logo's pixels left out
	Pass          bool           // the render passes the palette's rule
	Texts         []Text
	Logo          *Logo          // nil: no logo
	Missing       []MissingGlyph // characters of the texts the font cannot draw, left out of the render
	Notes         []string       // adjustments worth telling the user, e.g. a scrim
}

// ErrTextDoesNotFit is wrapped when the texts cannot fit the safe zone even
// at the smallest sizes the preset allows (see Text.MinPx).
var ErrTextDoesNotFit = errors.New("text does not fit")

// Type sizes, as fractions of the safe zone's smaller side: the title at
// least 7 %, the tagline and the button at least 3.5 % and never under
// minTextPx. The preferred sizes are twice the title's floor and the
// tagline and button in proportion. At 1080 px, 3.5 % is 34 px, the body
// size social templates use; 16 px is the smallest body text the Web
// Content Accessibility Guidelines' understanding documents and the common
// browser default treat as readable (WCAG 2.2 Understanding 1.4.4, 1.4.12).
const (
	minTextPx     = 16
	titleFloor    = 0.07
	bodyFloor     = 0.035
	taglineRatio  = 0.45 // tagline size / title size
	ctaRatio      = 0.40 // button text size / title size
	preferredMult = 2    // preferred title size / its floor
)

// geometry is the area given to each shape, as fractions of the image: the
// secondary shapes together and the accent shape (the button comes on top).
type geometry struct {
	secondary, accent float64
}

type banner struct {
	p       *palette.Palette
	preset  Preset
	layout  Layout
	o       Options
	fonts   *fonts
	rule    palette.Rule
	primary colorful.Color
	seconds []colorful.Color // one or two
	accent  colorful.Color
	texts   []colorful.Color            // text candidates: neutrals, then black and white
	logo    *image.RGBA                 // the logo, nil without one
	scaled  map[image.Point]*scaledLogo // the logo at each size drawn, by scaleLogo
}

// Banner renders p on preset. It returns the image and a report of what was
// drawn: the measured role shares and every text box with its colour and
// the worst contrast under it.
func Banner(p *palette.Palette, preset Preset, o Options) (*image.RGBA, *Report, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	layout := o.Layout
	if layout == 0 {
		layout = preset.Layout
	}
	if layout == 0 {
		layout = Diagonal
		if float64(preset.Width)/float64(max(preset.Height, 1)) < wideRatio {
			layout = Blocks
		}
	}
	if _, err := layout.MarshalText(); err != nil {
		return nil, nil, err
	}
	if preset.Width < 64 || preset.Height < 64 || preset.Safe.Empty() || !preset.Safe.In(image.Rect(0, 0, preset.Width, preset.Height)) {
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
	for _, t := range []struct {
		role TextRole
		text string
	}{{RoleTitle, o.Title}, {RoleTagline, o.Tagline}, {RoleCTA, o.CTA}} {
		if r, ok := rightToLeft(t.text); ok {
			return nil, nil, fmt.Errorf("render: the %s %s is written right to left (%q, U+%04X): right-to-left copy (Hebrew, Arabic …) is not supported; it would be drawn reversed and, for Arabic, with unjoined letters",
				roleName(t.role, psych.English), short(t.text), string(r), r)
		}
	}
	var missing []MissingGlyph
	clean := func(role TextRole, text *string, fnt *opentype.Font) {
		var m []MissingGlyph
		*text, m = coverage(fnt, role, *text)
		missing = append(missing, m...)
	}
	clean(RoleTitle, &o.Title, f.bold)
	clean(RoleTagline, &o.Tagline, f.regular)
	clean(RoleCTA, &o.CTA, f.bold)
	if o.Title == "" {
		var own []MissingGlyph
		for _, m := range missing {
			if m.Role == RoleTitle {
				own = append(own, m)
			}
		}
		if len(own) == 0 {
			return nil, nil, fmt.Errorf("render: title: nothing to draw: only zero-width or control characters")
		}
		return nil, nil, fmt.Errorf("render: title: the font has no glyph for any character of it (%s)", glyphList(own, psych.English))
	}
	var notes []string
	if layout == Mark {
		if o.Tagline != "" || o.CTA != "" {
			notes = append(notes, psych.T(o.Lang, "bnote.profile", preset.Name))
		}
		o.Tagline, o.CTA = "", ""
		if o.Logo == nil {
			o.Title = initials(o.Title)
		}
	}
	b := &banner{p: p, preset: preset, layout: layout, o: o, fonts: f, rule: p.RuleOrDefault(),
		primary: palette.Quantize(p.Primary.Color), accent: palette.Quantize(p.Accent.Color)}
	for _, s := range p.Secondary {
		b.seconds = append(b.seconds, palette.Quantize(s.Color))
	}
	for _, n := range p.Neutral {
		b.texts = append(b.texts, palette.Quantize(n.Color))
	}
	b.texts = append(b.texts, contrast.Black, contrast.White)
	if o.Logo != nil {
		if b.logo, err = prepareLogo(o.Logo); err != nil {
			return nil, nil, err
		}
	}
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
	var measured *image.RGBA
	for range 6 {
		var mask *image.Alpha
		img, rep, mask, err = b.render(g)
		if err != nil {
			return nil, nil, err
		}
		target := image.Image(img)
		if mask != nil {
			measured = withoutLogo(img, mask, measured)
			target = measured
		}
		res := m.Measure(target)
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
	rep.Missing = missing
	if len(missing) > 0 {
		rep.Notes = append(rep.Notes, psych.T(o.Lang, "bnote.glyphs", glyphList(missing, o.Lang)))
	}
	rep.Notes = append(notes, rep.Notes...)
	for _, t := range rep.Texts {
		if t.Reduced() {
			rep.Notes = append(rep.Notes, psych.T(o.Lang, "bnote.reduced", roleName(t.Role, o.Lang), psych.Num(o.Lang, t.SizePx, 0), psych.Percent(o.Lang, 1-t.SizePx/t.PreferredPx, 0), psych.Num(o.Lang, t.PreferredPx, 0)))
		}
	}
	if rep.Logo != nil {
		rep.Notes = append(rep.Notes, psych.T(o.Lang, "bnote.logo", psych.Percent(o.Lang, rep.Logo.Share, 1)))
	}
	if o.Simulate != nil {
		if img, err = Simulate(img, *o.Simulate, o.Font); err != nil {
			return nil, nil, err
		}
	}
	return img, rep, nil
}

func roleName(role TextRole, lang psych.Lang) string {
	return psych.T(lang, "bnote.role."+role.String())
}

// glyphList formats missing glyphs for messages: "🚀 (U+1F680) in the title".
func glyphList(ms []MissingGlyph, lang psych.Lang) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, psych.T(lang, "bnote.glyph", string(m.Rune), m.Rune, roleName(m.Role, lang)))
	}
	return strings.Join(parts, ", ")
}

// initials returns the mark of a brand name: the first letter of its first
// and last significant words ("Hartley & Vance" → "HV"), or of its only
// word ("Acme" → "A").
func initials(title string) string {
	var words []string
	for _, w := range strings.Fields(title) {
		if shortWords[strings.ToLower(w)] {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				words = append(words, string(unicode.ToUpper(r)))
				break
			}
		}
	}
	switch len(words) {
	case 0:
		return strings.ToUpper(string([]rune(strings.TrimSpace(title))[:1]))
	case 1:
		return words[0]
	}
	return words[0] + words[len(words)-1]
}

func clampF(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func uniform(c colorful.Color) *image.Uniform {
	r, g, b := palette.RGB255(c)
	return &image.Uniform{color.RGBA{r, g, b, 255}}
}

// fillPolygon fills a polygon with anti-aliased edges.
// Only the polygon's bounding box is rasterized.
func fillPolygon(dst *image.RGBA, c colorful.Color, pts ...[2]float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		x0, y0, x1, y1 = math.Min(x0, p[0]), math.Min(y0, p[1]), math.Max(x1, p[0]), math.Max(y1, p[1])
	}
	bnd := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(dst.Bounds())
	if bnd.Empty() {
		return
	}
	z := vector.NewRasterizer(bnd.Dx(), bnd.Dy())
	ox, oy := float32(bnd.Min.X), float32(bnd.Min.Y)
	z.MoveTo(float32(pts[0][0])-ox, float32(pts[0][1])-oy)
	for _, p := range pts[1:] {
		z.LineTo(float32(p[0])-ox, float32(p[1])-oy)
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

// plan is where a layout puts the texts and the logo.
type plan struct {
	text   image.Rectangle // title and tagline (and the button unless cta is set)
	cta    image.Rectangle // a slot of its own for the button; empty: under the tagline
	row    bool            // the button goes right of the text, vertically centred (very wide areas)
	centre bool            // lines centred horizontally and the group vertically (the mark)
	top    bool            // the text group starts at the top of its area (tall formats)
	logo   image.Rectangle // the logo's slot; empty: no logo
}

// tall reports whether the preset is laid out as a tall poster.
func (b *banner) tall() bool { return b.preset.Height*100 > b.preset.Width*115 }

// seconds' share of the secondary area: the first secondary takes 60 %, the
// second 40 %, so that both read as intended colours.
func (b *banner) secondSplit() []float64 {
	if len(b.seconds) == 1 {
		return []float64{1}
	}
	return []float64{0.6, 0.4}
}

// footStrip is the height of the primary strip under a tall poster's
// bands when the palette has one secondary, as a fraction of the height: it
// sits under the app's controls and keeps the lower quarter from being one
// flat block.
const footStrip = 0.07

// logoSize returns the size of the logo fitted in a box of w×h pixels,
// keeping its aspect ratio.
func (b *banner) logoSize(w, h float64) (int, int) {
	lw, lh := float64(b.logo.Bounds().Dx()), float64(b.logo.Bounds().Dy())
	s := math.Min(w/lw, h/lh)
	return max(1, int(lw*s)), max(1, int(lh*s))
}

// shapes draws the secondary and accent shapes of the layout and returns
// where the texts and the logo go (inside the safe zone, over the primary as
// far as the layout allows).
func (b *banner) shapes(img *image.RGBA, g geometry) plan {
	W, H := float64(b.preset.Width), float64(b.preset.Height)
	safe := b.preset.Safe
	short := math.Min(W, H)
	switch b.layout {
	case Diagonal, Bands:
		return b.wide(img, g, W, H, safe, short)
	case Mark:
		return b.badge(img, g, W, H, safe)
	default:
		return b.poster(img, g, W, H, safe, short)
	}
}

// wide draws a panel of secondary stripes on the side of the image that the
// safe zone leaves widest (under a profile photo, say), an accent stripe on
// its seam, and puts the text in the rest, the logo left of it.
func (b *banner) wide(img *image.RGBA, g geometry, W, H float64, safe image.Rectangle, short float64) plan {
	slant := 0.0
	if b.layout == Diagonal {
		slant = 0.3 * H
	}
	left := float64(safe.Min.X) > W-float64(safe.Max.X)+0.05*W
	pt := func(x, y float64) [2]float64 {
		if left {
			return [2]float64{W - x, y}
		}
		return [2]float64{x, y}
	}
	// Each band runs from its edge to a little past the next band's edge,
	// which covers the overlap: the seams stay anti-aliased once.
	band := func(c colorful.Color, x, next float64) {
		next = math.Min(next+4, W+1+slant)
		fillPolygon(img, c, pt(x+slant/2, 0), pt(next+slant/2, 0), pt(next-slant/2, H), pt(x-slant/2, H))
	}
	sw := g.secondary * W
	xa := W - sw - g.accent*W
	band(b.accent, xa, W-sw)
	x := W - sw
	split := b.secondSplit()
	for i, f := range split {
		next := W + 1 + slant
		if i+1 < len(split) {
			next = x + f*sw
		}
		band(b.seconds[i], x, next)
		x += f * sw
	}
	pad := 0.06 * short
	seam := xa - slant/2 - pad // the text's edge beside the panel
	area := image.Rect(safe.Min.X, safe.Min.Y, safe.Max.X, safe.Max.Y)
	if left {
		area.Min.X = max(area.Min.X, int(W-seam))
	} else {
		area.Max.X = min(area.Max.X, int(seam))
	}
	// Generous margins: the text keeps 8 % of the height from the edges
	// even where the safe zone runs closer.
	area.Min.Y = max(area.Min.Y, int(0.08*H))
	area.Max.Y = min(area.Max.Y, int(0.92*H))
	area.Min.X = max(area.Min.X, int(0.05*W))
	var pl plan
	if b.logo != nil {
		if area.Dx() > 5*area.Dy()/2 {
			// A strip: the logo goes left of the text, as in a letterhead.
			lw, lh := b.logoSize(0.24*float64(area.Dx()), 0.5*float64(area.Dy()))
			y := area.Min.Y + (area.Dy()-lh)/2
			pl.logo = image.Rect(area.Min.X, y, area.Min.X+lw, y+lh)
			area.Min.X += lw + max(int(0.45*float64(lh)), int(0.03*W))
		} else {
			// Room enough: the logo heads the text column, 0.22 of
			// its height (at 0.16, the mark on the X header was 42 px under
			// a 78 px title: an icon beside the name, not the brand's sign).
			lw, lh := b.logoSize(0.45*float64(area.Dx()), 0.22*float64(area.Dy()))
			pl.logo = image.Rect(area.Min.X, area.Min.Y, area.Min.X+lw, area.Min.Y+lh)
			area.Min.Y += lh + int(0.5*float64(lh))
		}
	}
	pl.text = area
	pl.row = area.Dx() > 3*area.Dy()
	return pl
}

// badge draws a profile picture as it is shown, in a circle: a primary
// disc in the middle for the mark, ringed by the accent, on the
// secondaries (split along the diagonal when there are two), which show as
// a rim once the platform crops the circle.
func (b *banner) badge(img *image.RGBA, g geometry, W, H float64, safe image.Rectangle) plan {
	cx, cy := W/2, H/2
	split := b.secondSplit()
	draw.Draw(img, img.Bounds(), uniform(b.seconds[0]), image.Point{}, draw.Src)
	if len(split) > 1 {
		// The second secondary takes the lower right: a triangle with the
		// share it needs, cut by a line parallel to the diagonal.
		f := math.Sqrt(2 * split[1] * g.secondary / math.Max(1-math.Pi*0.25, 0.2))
		f = math.Min(f, 1.9)
		fillPolygon(img, b.seconds[1], [2]float64{W * (1 - f), H + 1}, [2]float64{W + 1, H * (1 - f)}, [2]float64{W + 1, H + 1})
	}
	ra := math.Sqrt((1 - g.secondary) * W * H / math.Pi)
	rp := math.Sqrt(math.Max(1-g.secondary-g.accent, 0.05) * W * H / math.Pi)
	fillCircle(img, b.accent, cx, cy, ra)
	fillCircle(img, b.primary, cx, cy, rp)
	// The square inscribed in the primary disc, inside the safe zone.
	side := int(rp * math.Sqrt2 * 0.92)
	area := image.Rect(int(cx)-side/2, int(cy)-side/2, int(cx)+side/2, int(cy)+side/2).Intersect(safe)
	pl := plan{centre: true, text: area}
	if b.logo != nil {
		// Two thirds of the disc's square: the primary stays a ring wide
		// enough to read as the brand's colour around a plate, if any.
		lw, lh := b.logoSize(0.68*float64(area.Dx()), 0.68*float64(area.Dy()))
		x, y := area.Min.X+(area.Dx()-lw)/2, area.Min.Y+(area.Dy()-lh)/2
		pl.logo = image.Rect(x, y, x+lw, y+lh)
	}
	return pl
}

// edge returns the y of a seam across a poster at x: straight and slanted
// for blocks, an arc for circle.
func (b *banner) edge(x, y0, W float64) float64 {
	if b.layout == Circle {
		u := (x - W/2) / (W / 2)
		return y0 - 0.08*W*(1-u*u) + 0.08*W*2/3 // the arc's mean height stays y0
	}
	return y0 + 0.1*W*(x/W-0.5)
}

// seamPolygon fills the band between the seam at mean height y0 and a
// little past the seam at y1 (the next band covers the overlap, so each
// seam is anti-aliased once); y1 >= H fills down to the bottom.
func (b *banner) seamPolygon(img *image.RGBA, c colorful.Color, y0, y1, W, H float64) {
	n := 2
	if b.layout == Circle {
		n = 48
	}
	pts := make([][2]float64, 0, 2*n+2)
	for i := 0; i <= n; i++ {
		x := W * float64(i) / float64(n)
		pts = append(pts, [2]float64{x, b.edge(x, y0, W)})
	}
	if y1 >= H {
		pts = append(pts, [2]float64{W, H + 1}, [2]float64{0, H + 1})
	} else {
		for i := n; i >= 0; i-- {
			x := W * float64(i) / float64(n)
			pts = append(pts, [2]float64{x, b.edge(x, y1, W) + 4})
		}
	}
	fillPolygon(img, c, pts...)
}

// poster draws the secondary colours as bands across the lower part of a
// square, portrait or story, an accent stripe on their seam, and puts the
// logo and text above them; in tall formats the button sits on the first
// band. The mark layout centres the logo or initials above the bands.
func (b *banner) poster(img *image.RGBA, g geometry, W, H float64, safe image.Rectangle, short float64) plan {
	hs := g.secondary * H
	ha := g.accent * H
	foot := 0.0
	if len(b.seconds) == 1 && b.tall() {
		foot = footStrip * H
	}
	top := H - foot - hs - ha
	y := H - foot - hs
	b.seamPolygon(img, b.accent, top, y, W, H)
	split := b.secondSplit()
	for i, f := range split {
		next := y + f*hs
		if i == len(split)-1 && foot == 0 {
			next = H
		}
		b.seamPolygon(img, b.seconds[i], y, next, W, H)
		y += f * hs
	}
	if foot > 0 {
		b.seamPolygon(img, b.primary, y, H, W, H)
	}
	pad := 0.05 * short
	seamTop := math.Min(b.edge(0, top, W), b.edge(W, top, W))
	if b.layout == Circle {
		seamTop = b.edge(W/2, top, W)
	}
	area := image.Rect(safe.Min.X, safe.Min.Y, safe.Max.X, min(safe.Max.Y, int(seamTop-pad)))
	area.Min.X = max(area.Min.X, int(0.07*W))
	area.Max.X = min(area.Max.X, int(0.93*W))
	area.Min.Y = max(area.Min.Y, int(0.06*H))
	var pl plan
	m := float64(min(safe.Dx(), safe.Dy()))
	if b.logo != nil {
		lw, lh := b.logoSize(0.45*float64(area.Dx()), 0.11*m)
		pl.logo = image.Rect(area.Min.X, area.Min.Y, area.Min.X+lw, area.Min.Y+lh)
		area.Min.Y += lh + int(0.6*float64(lh))
	}
	if b.tall() && b.o.CTA != "" {
		// The button sits on the first band, inside the safe zone.
		// The left half of the first band, where the button goes.
		lowest := func(y float64) float64 { return math.Max(b.edge(0, y, W), b.edge(W/2, y, W)) }
		highest := func(y float64) float64 { return math.Min(b.edge(0, y, W), b.edge(W/2, y, W)) }
		y0 := int(lowest(top+ha) + pad/3)
		y1 := safe.Max.Y - int(pad/3)
		if len(split) > 1 || foot > 0 {
			y1 = min(y1, int(highest(H-foot-hs+split[0]*hs)-pad/3))
		}
		if y1-y0 > int(0.1*m) {
			pl.cta = image.Rect(area.Min.X, y0, area.Max.X, y1)
		}
	}
	pl.top = b.tall()
	pl.text = area
	return pl
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
	return worstRatioY(contrast.Luminance(text), lo, hi)
}

// worstRatioY is worstRatio for a colour of relative luminance lt.
func worstRatioY(lt, lo, hi float64) float64 {
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
	floors, preferred   [3]float64 // title, tagline, cta
}

// stackHeight is the height of the title, the tagline and (unless it goes
// elsewhere) the button, stacked.
func (l *laidOut) stackHeight(withCTA bool) int {
	h := l.title.totalHeight()
	if l.tagline != nil {
		h += l.gap + l.tagline.totalHeight()
	}
	if l.cta != nil && withCTA {
		h += 2*l.gap + l.buttonHeight()
	}
	return h
}

func (l *laidOut) buttonWidth() int  { return l.cta.width() + 2*l.btnPadX }
func (l *laidOut) buttonHeight() int { return l.cta.totalHeight() + 2*l.btnPadY }

// floors returns the smallest sizes of the title, the tagline and the
// button text on this preset, and their preferred sizes.
func (b *banner) floors() (floors, preferred [3]float64) {
	m := float64(min(b.preset.Safe.Dx(), b.preset.Safe.Dy()))
	fb := math.Max(minTextPx, bodyFloor*m)
	ft := math.Max(fb, titleFloor*m)
	pt := preferredMult * titleFloor * m
	if b.layout == Mark {
		ft, pt = math.Max(fb, 0.25*m), 0.45*m // initials fill the circle
	}
	return [3]float64{ft, fb, fb}, [3]float64{pt, math.Max(fb, taglineRatio*pt), math.Max(fb, ctaRatio*pt)}
}

// layoutText fits the texts into the plan's areas: the largest sizes that
// fit, from a size set by the area down to the preset's floors, with the
// title of up to three words on one line as long as the floor allows.
func (b *banner) layoutText(pl plan) (*laidOut, error) {
	area := pl.text
	floors, preferred := b.floors()
	if area.Dx() < int(2*floors[0]) || area.Dy() < int(floors[0]) {
		return nil, fmt.Errorf("render: %w: the title %s needs at least %.0f px type, and the room left for text on %s is %dx%d pixels",
			ErrTextDoesNotFit, short(b.o.Title), floors[0], b.preset.Name, max(area.Dx(), 0), max(area.Dy(), 0))
	}
	titleLines, tagLines := 2, 3
	if pl.top {
		titleLines = 3
	}
	if pl.row || area.Dx() > 2*area.Dy() {
		tagLines = 2
	}
	start := math.Min(float64(area.Dy())*0.45, float64(area.Dx())*0.22)
	if b.layout == Mark {
		start = 0.8 * float64(min(area.Dy(), area.Dx()))
	}
	start = math.Max(start, floors[0])
	passes := []int{titleLines}
	if len(strings.FieldsFunc(b.o.Title, breakSpace)) <= 3 { // words, hyphenated ones counting once
		passes = []int{1, titleLines}
	}
	try := func(size float64, tLines int) (*laidOut, bool) {
		l := &laidOut{floors: floors, preferred: preferred}
		ts := math.Max(size, floors[0])
		l.gap = int(ts * 0.3)
		textW := area.Dx()
		if b.o.CTA != "" {
			ctaW, ctaH := area.Dx(), math.MaxInt
			if !pl.cta.Empty() {
				ctaW, ctaH = pl.cta.Dx(), pl.cta.Dy()
			}
			// A button in a slot of its own shrinks alone to fit it.
			var ok bool
			for cs := math.Max(floors[2], size*ctaRatio); ; cs = math.Max(floors[2], cs*0.95) {
				l.btnPadX, l.btnPadY = int(cs*1.1), int(cs*0.6)
				l.cta, ok = wrapBalanced(b.fonts.bold, b.o.CTA, cs, ctaW-2*l.btnPadX, 1, true)
				if ok && l.buttonHeight() <= ctaH {
					break
				}
				if pl.cta.Empty() || cs <= floors[2] {
					return nil, false
				}
			}
			if pl.row {
				textW -= l.buttonWidth() + int(2*ts)
			}
		}
		var ok bool
		if l.title, ok = wrapBalanced(b.fonts.bold, b.o.Title, ts, textW, tLines, true); !ok {
			return nil, false
		}
		if b.o.Tagline != "" {
			if l.tagline, ok = wrapBalanced(b.fonts.regular, b.o.Tagline, math.Max(floors[1], size*taglineRatio), textW, tagLines, b.fonts.custom); !ok {
				return nil, false
			}
		}
		h := l.stackHeight(pl.cta.Empty() && !pl.row)
		if pl.row && l.cta != nil {
			h = max(h, l.buttonHeight())
		}
		return l, h <= area.Dy()
	}
	for _, tLines := range passes {
		for size := start; ; size *= 0.95 {
			if l, ok := try(size, tLines); ok {
				return l, nil
			}
			if size*taglineRatio <= floors[1] && size*ctaRatio <= floors[2] && size <= floors[0] {
				break
			}
		}
	}
	return nil, b.notFit(pl, floors, titleLines, tagLines)
}

// rightToLeft returns the first character of text with a strong
// right-to-left direction (Unicode bidirectional classes R and AL: Hebrew,
// Arabic, Syriac, Thaana, N'Ko …). The renderer lays text out left to
// right without shaping, so such copy would be drawn reversed and, for
// Arabic scripts, with isolated letter forms.
func rightToLeft(text string) (rune, bool) {
	for _, r := range text {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return r, true
		}
	}
	return 0, false
}

// maxQuoted is how many characters of a text a message quotes.
const maxQuoted = 60

// short quotes text for a message (%q), cut to its first maxQuoted
// characters and its length when longer, so that a refusal of 10,000
// characters of copy stays one readable line.
func short(text string) string {
	n := utf8.RuneCountInString(text)
	if n <= maxQuoted {
		return fmt.Sprintf("%q", text)
	}
	k, cut := 0, text
	for i := range text {
		if k == maxQuoted {
			cut = text[:i]
			break
		}
		k++
	}
	return fmt.Sprintf("%q (%d characters)", cut+"…", n)
}

// notFit explains which text does not fit at the preset's minimum sizes.
func (b *banner) notFit(pl plan, floors [3]float64, titleLines, tagLines int) error {
	area := pl.text
	room := fmt.Sprintf("the room for text on %s is %dx%d pixels", b.preset.Name, area.Dx(), area.Dy())
	if _, ok := wrapBalanced(b.fonts.bold, b.o.Title, floors[0], area.Dx(), titleLines, true); !ok {
		return fmt.Errorf("render: %w: the title %s needs more than %d lines at its %.0f px minimum; %s", ErrTextDoesNotFit, short(b.o.Title), titleLines, floors[0], room)
	}
	if b.o.Tagline != "" {
		if _, ok := wrapBalanced(b.fonts.regular, b.o.Tagline, floors[1], area.Dx(), tagLines, b.fonts.custom); !ok {
			return fmt.Errorf("render: %w: the tagline %s needs more than %d lines at its %.0f px minimum; %s", ErrTextDoesNotFit, short(b.o.Tagline), tagLines, floors[1], room)
		}
	}
	if b.o.CTA != "" {
		if _, ok := wrapBalanced(b.fonts.bold, b.o.CTA, floors[2], area.Dx()-int(2.2*floors[2]), 1, true); !ok {
			return fmt.Errorf("render: %w: the button text %s does not fit on one line at its %.0f px minimum; %s", ErrTextDoesNotFit, short(b.o.CTA), floors[2], room)
		}
	}
	texts := "the title " + short(b.o.Title)
	if b.o.Tagline != "" {
		texts += ", the tagline " + short(b.o.Tagline)
	}
	if b.o.CTA != "" {
		texts += ", the button " + short(b.o.CTA)
	}
	return fmt.Errorf("render: %w: %s do not fit together at their minimum sizes (%.0f, %.0f and %.0f px); %s", ErrTextDoesNotFit, texts, floors[0], floors[1], floors[2], room)
}

func (b *banner) render(g geometry) (*image.RGBA, *Report, *image.Alpha, error) {
	W, H := b.preset.Width, b.preset.Height
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), uniform(b.primary), image.Point{}, draw.Src)
	pl := b.shapes(img, g)
	rep := &Report{Preset: b.preset, Layout: b.layout, Width: W, Height: H}
	var mask *image.Alpha
	if b.logo != nil {
		rep.Logo, mask = b.drawLogo(img, pl.logo)
		if bx := rep.Logo.Box; min(bx.Dx(), bx.Dy()) < minLogoPx {
			sb := b.o.Logo.Bounds()
			return nil, nil, nil, fmt.Errorf("render: logo: %dx%d pixels is drawn %dx%d on %s, too thin to be seen: want a logo at most about 12 times wider than tall (or taller than wide)",
				sb.Dx(), sb.Dy(), bx.Dx(), bx.Dy(), b.preset.Name)
		}
	}
	if b.layout == Mark && b.logo != nil {
		return img, rep, mask, nil
	}
	if err := b.drawTexts(img, pl, rep); err != nil {
		return nil, nil, nil, err
	}
	return img, rep, mask, nil
}

// drawTexts lays the texts out in the plan, chooses their colours from the
// pixels already in img under each box (adding a scrim where none passes),
// draws them and records them in rep.
func (b *banner) drawTexts(img *image.RGBA, pl plan, rep *Report) error {
	l, err := b.layoutText(pl)
	if err != nil {
		return err
	}
	area := pl.text

	// Stack the blocks: aligned left, centred vertically in the area (at its
	// top in tall formats); or centred both ways for the mark.
	h := l.stackHeight(pl.cta.Empty() && !pl.row)
	x := area.Min.X
	y := area.Min.Y + (area.Dy()-h)/2
	if pl.top {
		// Tall formats: the group sits in the upper part of its area, where
		// the eye enters, leaving the larger space under it.
		y = area.Min.Y + (area.Dy()-h)*2/5
	}
	centre := 0
	if pl.centre {
		centre = area.Dx()
	}
	place := func(blk *block) image.Rectangle {
		bx := x
		if centre > 0 {
			bx = x + (centre-blk.width())/2
		}
		return image.Rect(bx, y, bx+blk.width(), y+blk.totalHeight())
	}
	titleBox := place(l.title)
	y = titleBox.Max.Y
	var tagBox, btnBox image.Rectangle
	if l.tagline != nil {
		y += l.gap
		tagBox = place(l.tagline)
		y = tagBox.Max.Y
	}
	if l.cta != nil {
		bw, bh := l.buttonWidth(), l.buttonHeight()
		switch {
		case !pl.cta.Empty():
			by := pl.cta.Min.Y + (pl.cta.Dy()-bh)/2
			btnBox = image.Rect(pl.cta.Min.X, by, pl.cta.Min.X+bw, by+bh)
		case pl.row:
			by := area.Min.Y + (area.Dy()-bh)/2
			btnBox = image.Rect(area.Max.X-bw, by, area.Max.X, by+bh)
		default:
			y += 2 * l.gap
			btnBox = image.Rect(x, y, x+bw, y+bh)
		}
	}

	// Texts on the artwork: choose colours from the pixels under them.
	type pending struct {
		role TextRole
		blk  *block
		box  image.Rectangle
		idx  int
	}
	onArt := []pending{{RoleTitle, l.title, titleBox, 0}}
	if l.tagline != nil {
		onArt = append(onArt, pending{RoleTagline, l.tagline, tagBox, 1})
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
		rep.Notes = append(rep.Notes, psych.T(b.o.Lang, "bnote.scrim", palette.Hex(scrim)))
		for i, t := range onArt {
			lo, hi := lumRange(img, t.box)
			colors[i], ratios[i] = b.pickText(lo, hi, b.need(t.blk))
		}
	}
	if l.cta != nil {
		// A pill, as buttons are drawn on the platforms themselves.
		fillRoundRect(img, b.accent, btnBox, float64(btnBox.Dy())/2)
	}
	for i, t := range onArt {
		var box image.Rectangle
		if centre > 0 {
			box = t.blk.drawIn(img, uniform(colors[i]), area.Min.X, t.box.Min.Y, centre)
		} else {
			box = t.blk.drawIn(img, uniform(colors[i]), t.box.Min.X, t.box.Min.Y, 0)
		}
		rep.Texts = append(rep.Texts, Text{Role: t.role, Text: strings.Join(t.blk.lines, " "), Box: box, SizePx: t.blk.size,
			Color: colors[i], Large: largeText(t.blk.size, t.blk.bold), Need: b.need(t.blk), MinContrast: ratios[i], Scrim: scrimmed,
			MinPx: l.floors[t.idx], PreferredPx: l.preferred[t.idx]})
	}
	if l.cta != nil {
		need := b.need(l.cta)
		inner := btnBox.Inset(min(l.btnPadY, btnBox.Dy()/3))
		inner.Min.X, inner.Max.X = btnBox.Min.X+l.btnPadX, btnBox.Max.X-l.btnPadX
		lo, hi := lumRange(img, inner)
		c, r := b.pickText(lo, hi, need)
		box := l.cta.draw(img, uniform(c), btnBox.Min.X+l.btnPadX, btnBox.Min.Y+l.btnPadY)
		rep.Texts = append(rep.Texts, Text{Role: RoleCTA, Text: strings.Join(l.cta.lines, " "), Box: box, SizePx: l.cta.size,
			Color: c, Large: largeText(l.cta.size, true), Need: need, MinContrast: r, MinPx: l.floors[2], PreferredPx: l.preferred[2]})
		if r < need {
			rep.Notes = append(rep.Notes, psych.T(b.o.Lang, "bnote.cta", psych.Ratio(b.o.Lang, r), palette.Hex(b.accent)))
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
