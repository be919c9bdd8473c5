package render

import (
	"fmt"
	"image"
	"image/draw"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// SwatchOptions tunes Swatch. The zero value is the default.
type SwatchOptions struct {
	Width int        // pixels; 0 means 1200
	Font  []byte     // a TrueType or OpenType font; nil: the Go fonts
	Lang  psych.Lang // language of the card's labels; the zero value is English

	// Simulate, when set, draws the card as seen with a colour-vision
	// deficiency: each swatch is labelled with its true hex and the hex
	// seen, the contrast badges give the ratios seen, and a caption below
	// the card says it is a simulation (see Simulate).
	Simulate *Simulation
}

// Swatch draws a palette card: each colour as a swatch with its role, name,
// hex and reason, the best neutral text colour on it with its WCAG ratio and
// level, and the rule's proportions as a bar. With o.Simulate it is the card
// as seen with a colour-vision deficiency, captioned as such.
func Swatch(p *palette.Palette, o SwatchOptions) (*image.RGBA, error) {
	img, _, err := swatch(p, o)
	return img, err
}

// swatch is Swatch that also returns every text it drew, for the tests that
// check the card's language.
func swatch(p *palette.Palette, o SwatchOptions) (*image.RGBA, []string, error) {
	var drawn []string
	say := func(s string) string { drawn = append(drawn, s); return s }
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	sim := func(c colorful.Color) colorful.Color { return c }
	if o.Simulate != nil {
		if _, err := cvd.Matrix(o.Simulate.Kind, o.Simulate.severity()); err != nil {
			return nil, nil, fmt.Errorf("render: %w", err)
		}
		sim = func(c colorful.Color) colorful.Color {
			s, _ := cvd.Simulate(c, o.Simulate.Kind, o.Simulate.severity())
			return s
		}
	}
	f, err := loadFonts(o.Font)
	if err != nil {
		return nil, nil, err
	}
	W := o.Width
	if W == 0 {
		W = 1200
	}
	if W < 480 || W > 4000 {
		return nil, nil, fmt.Errorf("render: swatch width %d: want 480 to 4000 pixels", W)
	}
	s := float64(W) / 1200 // scale of every measure below
	px := func(v float64) int { return int(math.Round(v * s)) }

	bg, ink := contrast.White, contrast.Black
	var texts []colorful.Color
	for _, n := range p.Neutral {
		texts = append(texts, palette.Quantize(n.Color))
	}
	if len(texts) >= 2 {
		bg, ink = texts[len(texts)-1], texts[0]
		if contrast.Ratio(ink, bg) < contrast.AA.Min() {
			bg, ink = contrast.White, contrast.Black
		}
	}
	if len(texts) == 0 {
		texts = []colorful.Color{contrast.Black, contrast.White}
	}

	margin, rowH, gap := px(48), px(150), px(24)
	colors := p.Colors()
	titleH := px(90)
	barH := px(150)
	H := margin + titleH + len(colors)*(rowH+gap) + barH + margin
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	draw.Draw(img, img.Bounds(), uniform(bg), image.Point{}, draw.Src)

	title := p.Name
	if title == "" {
		title = psych.T(o.Lang, "card.title")
	}
	if tb, ok := wrap(f.bold, say(title), 40*s, W-2*margin, 1, true); ok {
		tb.draw(img, uniform(ink), margin, margin)
	}
	if rb, ok := wrap(f.regular, say(ruleText(p.RuleOrDefault(), o.Lang)), 18*s, W-2*margin, 1, false); ok {
		rb.draw(img, uniform(ink), margin, margin+px(52))
	}

	swW := px(380)
	y := margin + titleH
	for _, c := range colors {
		col := palette.Quantize(c.Color)
		box := image.Rect(margin, y, margin+swW, y+rowH)
		if contrast.Ratio(col, bg) < 1.25 {
			// A swatch close to the card's background gets an outline.
			edge := colorful.Color{R: (ink.R + 3*bg.R) / 4, G: (ink.G + 3*bg.G) / 4, B: (ink.B + 3*bg.B) / 4}
			fillRoundRect(img, edge, box.Inset(-px(2)), 12*s+2*s)
		}
		fillRoundRect(img, col, box, 12*s)
		var others []colorful.Color
		for _, t := range texts {
			if palette.Hex(t) != c.Hex() {
				others = append(others, t)
			}
		}
		t := contrast.BestText(col, others...)
		r := contrast.Ratio(sim(t), sim(col)) // the ratio seen
		if hb, ok := wrap(f.bold, say(c.Hex()), 30*s, swW-px(40), 1, true); ok {
			at := hb.draw(img, uniform(t), box.Min.X+px(20), box.Min.Y+px(20))
			if o.Simulate != nil {
				// The colour seen, beside the true one, on the hex's baseline.
				seen := psych.T(o.Lang, "card.seenas", palette.Hex(palette.Quantize(sim(col))))
				if sb, ok := wrap(f.regular, say(seen), 20*s, box.Max.X-px(20)-at.Max.X-px(12), 1, false); ok {
					sb.draw(img, uniform(t), at.Max.X+px(12), at.Min.Y+hb.ascent-sb.ascent)
				}
			}
		}
		if nb, ok := wrap(f.regular, say(c.Name), 20*s, swW-px(40), 1, false); ok && c.Name != "" {
			nb.draw(img, uniform(t), box.Min.X+px(20), box.Min.Y+px(64))
		}
		badge := "Aa " + psych.RatioShort(o.Lang, r) + " " + palette.GradeText(r, o.Lang)
		if bb, ok := wrap(f.bold, say(badge), 18*s, swW-px(40), 1, true); ok {
			bb.draw(img, uniform(t), box.Min.X+px(20), box.Max.Y-px(38))
		}
		tx := box.Max.X + px(28)
		tw := W - margin - tx
		if lb, ok := wrap(f.bold, say(c.LabelIn(o.Lang)), 22*s, tw, 1, true); ok {
			lb.draw(img, uniform(ink), tx, y+px(6))
		}
		if c.Why != "" {
			why := c.Why
			for n := 3; n >= 1; n-- {
				if wb, ok := wrap(f.regular, say(why), 17*s, tw, 4, false); ok {
					wb.draw(img, uniform(ink), tx, y+px(42))
					break
				}
				why = truncateWords(why, 0.7)
			}
		}
		y += rowH + gap
	}

	// The rule as a bar: each role's target share, secondaries splitting
	// theirs.
	rule := p.RuleOrDefault()
	barW := W - 2*margin
	x := float64(margin)
	by := y + px(10)
	type seg struct {
		c     colorful.Color
		share float64
		label string
	}
	lang := o.Lang
	segs := []seg{{palette.Quantize(p.Primary.Color), rule.Primary, palette.RoleName(palette.Primary, lang) + " " + psych.Percent(lang, rule.Primary, 0)}}
	for i, sc := range p.Secondary {
		label := ""
		if i == 0 {
			label = palette.RoleName(palette.Secondary, lang) + " " + psych.Percent(lang, rule.Secondary, 0)
		}
		segs = append(segs, seg{palette.Quantize(sc.Color), rule.Secondary / float64(len(p.Secondary)), label})
	}
	segs = append(segs, seg{palette.Quantize(p.Accent.Color), rule.Accent, palette.RoleName(palette.Accent, lang) + " " + psych.Percent(lang, rule.Accent, 0)})
	for _, sg := range segs {
		w := sg.share * float64(barW)
		draw.Draw(img, image.Rect(int(math.Round(x)), by, int(math.Round(x+w)), by+px(56)), uniform(sg.c), image.Point{}, draw.Src)
		if lb, ok := wrap(f.regular, say(sg.label), 16*s, int(math.Max(w, 1))+px(60), 1, false); ok && sg.label != "" {
			lb.draw(img, uniform(ink), int(math.Round(x)), by+px(66))
		}
		x += w
	}
	if o.Simulate != nil {
		out, err := Simulate(img, *o.Simulate, o.Font)
		return out, drawn, err
	}
	return img, drawn, nil
}

func ruleText(r palette.Rule, lang psych.Lang) string {
	return psych.T(lang, "card.rule", psych.Num(lang, r.Primary*100, 0), psych.Num(lang, r.Secondary*100, 0),
		psych.Num(lang, r.Accent*100, 0), psych.Num(lang, r.Tolerance*100, 0), psych.Percent(lang, r.MaxOff, 0))
}

func truncateWords(s string, keep float64) string {
	w := strings.Fields(s)
	n := max(1, int(float64(len(w))*keep))
	if n >= len(w) {
		n = len(w) - 1
	}
	if n <= 0 {
		return s
	}
	return strings.Join(w[:n], " ") + " …"
}
