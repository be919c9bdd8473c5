package generate

import (
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

func joinTexts(ts []psych.Text, lang psych.Lang, n int) string {
	var parts []string
	for i, t := range ts {
		if i == n {
			break
		}
		parts = append(parts, t.In(lang))
	}
	return strings.Join(parts, ", ")
}

// tagsFor returns the names (in lang) of the tags that point to family id.
func (g *generator) tagsFor(id string, lang psych.Lang) []string {
	var out []string
	for _, t := range g.tags {
		for _, f := range t.Families {
			if f == id {
				out = append(out, t.Name.In(lang))
				break
			}
		}
	}
	return out
}

// familyWhy explains family f: the meanings the tags name (minimaliste →
// "noir : minimalisme", not black's luxury), else its first three, and the
// tags that chose it.
func (g *generator) familyWhy(f psych.Family, lang psych.Lang) string {
	var first, rest []psych.Text
	for _, m := range f.Meanings {
		if g.tagNames(m) {
			first = append(first, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(first) == 0 {
		first = rest // no meaning named by a tag: the family's own, strongest first
	}
	why := psych.T(lang, "why.family", f.Name.In(lang), joinTexts(first, lang, 3))
	if ts := g.tagsFor(f.ID, lang); len(ts) > 0 {
		why = psych.T(lang, "why.tags", why, strings.Join(ts, ", "))
	}
	return why
}

// tagNames reports whether one of the tags is named m in either language.
func (g *generator) tagNames(m psych.Text) bool {
	for _, t := range g.tags {
		for _, n := range append([]string{t.Name.EN, t.Name.FR}, t.Aliases...) {
			k := psych.Normalize(n)
			if k == psych.Normalize(m.EN) || k == psych.Normalize(m.FR) {
				return true
			}
		}
	}
	return false
}

// styleWhy says what the style applied does, in lang.
func styleWhy(s psych.StyleDef, lang psych.Lang) string {
	if k := "style.why." + s.ID; psych.Has(k) {
		return psych.T(lang, k)
	}
	return s.Why.In(lang)
}

func (g *generator) assemble(b *built) *palette.Palette {
	lang := g.o.Lang
	p := &palette.Palette{Name: g.o.Name}
	for _, t := range g.tags {
		p.Tags = append(p.Tags, t.Name.In(lang))
	}
	if p.Name == "" && len(p.Tags) > 0 {
		p.Name = strings.Join(p.Tags, ", ")
	}

	// Primary.
	var why string
	switch {
	case g.base != nil:
		why = psych.T(lang, "why.brand")
	case g.style.ID == "black-and-white":
		why = psych.T(lang, "why.bw")
	default:
		why = g.familyWhy(b.pfam, lang)
		if g.strongest != nil && g.strongest.Why.EN != "" {
			why = psych.T(lang, "why.tagwhy", why, g.strongest.Why.In(lang))
		}
		if g.style.ID != "balanced" {
			why = psych.T(lang, "why.join", why, styleWhy(g.style, lang))
		}
	}
	p.Primary = palette.Entry{Color: b.primary, Name: palette.ColorName(b.primary, lang), Why: why}

	for i, s := range b.secondaries {
		why := psych.T(lang, "why.brand")
		if i >= b.lockedS {
			why = g.secondaryWhy(b, b.secSpecs[i], s)
		}
		p.Secondary = append(p.Secondary, palette.Entry{Color: s, Name: palette.ColorName(s, lang), Why: why})
	}

	if b.lockedA {
		why = psych.T(lang, "why.brand")
	} else {
		why = g.accentWhy(b)
	}
	p.Accent = palette.Entry{Color: b.accent, Name: palette.ColorName(b.accent, lang), Why: why}

	dr := contrast.Ratio(b.dark, b.light)
	p.Neutral = []palette.Entry{
		{Color: b.dark, Name: palette.ColorName(b.dark, lang), Why: psych.T(lang, "why.dark", psych.RatioShort(lang, dr))},
		{Color: b.light, Name: palette.ColorName(b.light, lang), Why: psych.T(lang, "why.light")},
	}
	return p
}

// offset returns the signed hue offset of h from the primary's hue, in
// degrees (-180, 180].
func offset(h, ph float64) float64 {
	d := wrapHue(h - ph)
	if d > 180 {
		d -= 360
	}
	return d
}

func (g *generator) secondaryWhy(b *built, spec roleSpec, s colorful.Color) string {
	l := g.o.Lang
	use := map[roleKind]string{kindTint: "why.use.tint", kindShade: "why.use.shade", kindBlack: "why.use.black",
		kindWhite: "why.use.white", kindNamed: "why.use.named"}[spec.kind]
	off := psych.Degrees(l, offset(colorspace.ToOKLCH(s).H, b.primaryHue))
	var rel string
	switch {
	case spec.rel == relTag && spec.tag != nil:
		rel = psych.T(l, "why.rel.tag", spec.tag.Name.In(l))
	case spec.rel == relPairing:
		rel = psych.T(l, "why.rel.navy", b.pfam.Name.In(l))
	case spec.rel == relPrimary && b.harmony == Complementary:
		rel = psych.T(l, "why.rel.ownopp")
	case spec.rel == relPrimary && b.harmony == Monochrome:
		rel = psych.T(l, "why.rel.ownmono")
	case spec.rel == relPrimary:
		rel = psych.T(l, "why.rel.own")
	case b.harmony == Complementary:
		rel = psych.T(l, "why.sec.complementary", off)
	case b.harmony == Split:
		rel = psych.T(l, "why.sec.split", off)
	case b.harmony == Triadic:
		rel = psych.T(l, "why.sec.triadic", off)
	case b.harmony == Analogous:
		rel = psych.T(l, "why.sec.analogous", off)
	default:
		rel = psych.T(l, "why.rel.own")
	}
	why := rel
	if use != "" {
		why = psych.T(l, "why.join", psych.T(l, use), rel)
	}
	if spec.kind != kindBlack && spec.kind != kindWhite {
		why = psych.T(l, "why.join", why, g.familyWhy(palette.FamilyOf(s), l))
	}
	return why
}

func (g *generator) accentWhy(b *built) string {
	l := g.o.Lang
	spec := b.accSpec
	a := colorspace.ToOKLCH(b.accent)
	off := psych.Degrees(l, offset(a.H, b.primaryHue))
	famName := b.pfam.Name.In(l)
	var rel string
	switch {
	case spec.kind == kindBlack:
		rel = psych.T(l, "why.acc.black")
	case spec.kind == kindWhite:
		rel = psych.T(l, "why.acc.white")
	case spec.rel == relTag && spec.tag != nil:
		rel = psych.T(l, "why.rel.tag", spec.tag.Name.In(l))
	case spec.rel == relFree:
		why := psych.T(l, "why.acc.free.weak")
		if len(g.avoid) > 0 {
			why = psych.T(l, "why.acc.free.avoid")
		}
		rel = psych.T(l, "why.acc.free", off, why)
	case spec.rel == relPairing && b.harmony == Monochrome:
		rel = psych.T(l, "why.acc.monopairing", famName, off)
	case spec.rel == relPairing && b.harmony == Analogous:
		rel = psych.T(l, "why.acc.anapairing", famName, off)
	case spec.rel == relPairing && b.pfam.Achromatic() && colorspace.ToOKLCH(b.primary).C < 0.03:
		rel = psych.T(l, "why.acc.pairing.achro", famName) // no hue to measure from
	case spec.rel == relPairing:
		rel = psych.T(l, "why.acc.pairing", famName, off)
	case b.harmony == Complementary:
		rel = psych.T(l, "why.acc.complementary", off)
	case b.harmony == Split:
		rel = psych.T(l, "why.acc.split", off)
	case b.harmony == Triadic:
		rel = psych.T(l, "why.acc.triadic", off)
	case b.harmony == Analogous:
		rel = psych.T(l, "why.acc.analogous", off)
	case b.harmony == Monochrome:
		rel = psych.T(l, "why.acc.mono")
	}
	label := contrast.BestText(b.accent, b.dark, b.light)
	why := psych.T(l, "why.acc", rel, psych.Num(l, colorspace.DeltaE2000Colors(b.accent, b.primary), 0),
		palette.Hex(label), psych.RatioShort(l, contrast.Ratio(label, b.accent)))
	if spec.kind != kindBlack && spec.kind != kindWhite {
		why = psych.T(l, "why.join", why, g.familyWhy(palette.FamilyOf(b.accent), l))
	}
	return why
}
