package palette

import (
	"fmt"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// FamilyOf returns the colour family c belongs to: the family whose hue
// range holds c's OKLCH hue (the nearest range otherwise), or black, grey
// or white for colours with almost no chroma.
func FamilyOf(c colorful.Color) psych.Family {
	o := colorspace.ToOKLCH(c)
	if f, ok := shadeFamily(o); ok {
		return f
	}
	if o.C < 0.03 {
		if o.L < 0.35 {
			f, _ := psych.FamilyByID("black")
			return f
		}
		f, _ := psych.FamilyByID("grey")
		return f
	}
	var best psych.Family
	bestD := math.Inf(1)
	for _, f := range psych.Families() {
		if f.Achromatic() || f.Of != "" {
			continue // shades are named by shadeFamily
		}
		// Brown is a dark, dull orange; gold a dull, darker yellow.
		if f.ID == "earth" && (o.L > 0.62 || o.C > 0.13) {
			continue
		}
		if f.ID == "orange" && o.L < 0.55 && o.C < 0.14 {
			continue
		}
		d := 0.0
		if !f.ContainsHue(o.H) {
			d = math.Min(hueDistance(o.H, f.HueMin), hueDistance(o.H, f.HueMax))
		}
		if d < bestD {
			best, bestD = f, d
		}
	}
	return best
}

// ColorName returns a short descriptive name for c in lang, such as "deep
// blue" or "bleu clair": its family (see FamilyOf) with a word for how its
// measured OKLCH lightness and chroma differ from the family's typical ones,
// so that a saturated lemon is "yellow", not "pale yellow".
func ColorName(c colorful.Color, lang psych.Lang) string {
	f := FamilyOf(c)
	o := colorspace.ToOKLCH(c)
	name := f.Name.In(lang)
	switch {
	case f.ID == "white":
		return name
	case f.ID == "grey" && o.L > 0.9:
		return psych.T(lang, "name.offwhite")
	case f.ID == "black" && o.L < 0.3:
		return name
	case f.Achromatic():
		if o.L < f.L-0.15 {
			return psych.T(lang, "name.deep", name)
		}
		if o.L > f.L+0.15 {
			return psych.T(lang, "name.light", name)
		}
		return name
	}
	if f.Of != "" {
		return name // navy, burgundy, beige already say how dark or dull
	}
	dl, cr := o.L-f.L, o.C/f.C
	switch {
	case dl < -0.12:
		return psych.T(lang, "name.deep", name)
	case dl > 0.04 && cr < 0.6 && o.L > 0.75:
		return psych.T(lang, "name.pale", name)
	case cr < 0.55:
		return psych.T(lang, "name.muted", name)
	case dl > 0.08:
		return psych.T(lang, "name.light", name)
	case cr > 1.15:
		return psych.T(lang, "name.vivid", name)
	}
	return name
}

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

func (g *generator) assemble(b *built) *Palette {
	lang := g.o.Lang
	p := &Palette{Name: g.o.Name}
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
	p.Primary = Entry{Color: b.primary, Name: ColorName(b.primary, lang), Why: why}

	for i, s := range b.secondaries {
		why := psych.T(lang, "why.brand")
		if i >= b.lockedS {
			why = g.secondaryWhy(b, b.secSpecs[i], s)
		}
		p.Secondary = append(p.Secondary, Entry{Color: s, Name: ColorName(s, lang), Why: why})
	}

	if b.lockedA {
		why = psych.T(lang, "why.brand")
	} else {
		why = g.accentWhy(b)
	}
	p.Accent = Entry{Color: b.accent, Name: ColorName(b.accent, lang), Why: why}

	dr := contrast.Ratio(b.dark, b.light)
	p.Neutral = []Entry{
		{Color: b.dark, Name: neutralName(b.dark, lang), Why: psych.T(lang, "why.dark", psych.RatioShort(lang, dr))},
		{Color: b.light, Name: neutralName(b.light, lang), Why: psych.T(lang, "why.light")},
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
	fr := g.o.Lang == psych.French
	pick := func(en, frs string) string {
		if fr {
			return frs
		}
		return en
	}
	var use string
	switch spec.kind {
	case kindTint:
		use = pick("a pale tint for panels, cards and large surfaces", "une teinte pâle pour les encadrés, les cartes et les grands fonds")
	case kindShade:
		use = pick("a deep shade for headings, footers and dark bands", "une nuance profonde pour les titres, les pieds de page et les bandeaux sombres")
	case kindBlack:
		use = pick("black as a real role: dark bands, type, packaging", "le noir comme vrai rôle : bandeaux sombres, typographie, emballages")
	case kindWhite:
		use = pick("white as a real role: the other half of the identity", "le blanc comme vrai rôle : l'autre moitié de l'identité")
	}
	off := offset(colorspace.ToOKLCH(s).H, b.primaryHue)
	var rel string
	switch {
	case spec.rel == relTag && spec.tag != nil:
		rel = fmt.Sprintf(pick("brings the tag %s", "apporte le tag %s"), spec.tag.Name.In(g.o.Lang))
	case spec.rel == relPairing:
		rel = fmt.Sprintf(pick("a deep hue designers set beside %s, where its own shade would turn brown or olive", "une teinte profonde que les designers posent à côté du %s, dont la nuance sombre tournerait au brun ou à l'olive"), b.pfam.Name.In(g.o.Lang))
	case spec.rel == relPrimary && b.harmony == Complementary:
		rel = pick("the primary's own hue; complementary scheme: the accent carries the opposite hue", "la teinte de la primaire ; schéma complémentaire : l'accent porte la teinte opposée")
	case spec.rel == relPrimary && b.harmony == Monochrome:
		rel = pick("monochrome: the primary's hue at another lightness", "monochrome : la teinte de la primaire à une autre clarté")
	case spec.rel == relPrimary:
		rel = pick("the primary's own hue", "la teinte de la primaire")
	case b.harmony == Complementary:
		rel = fmt.Sprintf(pick("complementary: the primary's opposite hue (%+.0f°)", "complémentaire : la teinte opposée à la primaire (%+.0f°)"), off)
	case b.harmony == Split:
		rel = fmt.Sprintf(pick("split-complementary: one side of the primary's opposite (%+.0f°), the accent takes the other", "complémentaire adjacente : un côté de l'opposé de la primaire (%+.0f°), l'accent prend l'autre"), off)
	case b.harmony == Triadic:
		rel = fmt.Sprintf(pick("triadic: a third of the wheel from the primary (%+.0f°); the accent takes the other third", "triade : un tiers du cercle depuis la primaire (%+.0f°) ; l'accent prend l'autre tiers"), off)
	case b.harmony == Analogous:
		rel = fmt.Sprintf(pick("analogous: a neighbour of the primary (%+.0f°)", "analogue : une voisine de la primaire (%+.0f°)"), off)
	default:
		rel = pick("the primary's own hue", "la teinte de la primaire")
	}
	why := use + pick("; ", " ; ") + rel
	if spec.kind != kindBlack && spec.kind != kindWhite {
		why += pick("; ", " ; ") + g.familyWhy(FamilyOf(s), g.o.Lang)
	}
	return why
}

func (g *generator) accentWhy(b *built) string {
	fr := g.o.Lang == psych.French
	pick := func(en, frs string) string {
		if fr {
			return frs
		}
		return en
	}
	spec := b.accSpec
	a := colorspace.ToOKLCH(b.accent)
	off := offset(a.H, b.primaryHue)
	famName := b.pfam.Name.In(g.o.Lang)
	var rel string
	switch {
	case spec.kind == kindBlack:
		rel = pick("black, as luxury and minimal brands use for their buttons", "noir, comme les marques de luxe et minimalistes le font pour leurs boutons")
	case spec.kind == kindWhite:
		rel = pick("white, the button of a dark, bold interface", "blanc, le bouton d'une interface sombre et affirmée")
	case spec.rel == relTag && spec.tag != nil:
		rel = fmt.Sprintf(pick("brings the tag %s", "apporte le tag %s"), spec.tag.Name.In(g.o.Lang))
	case spec.rel == relFree:
		why := pick("would not stand out here", "ne ressortiraient pas ici")
		if len(g.avoid) > 0 {
			why = pick("are taken by avoided colours or would not stand out here", "sont pris par les couleurs évitées ou ne ressortiraient pas ici")
		}
		rel = fmt.Sprintf(pick("the free hue nearest the primary's complement (%+.0f°): the usual pairings %s", "la teinte libre la plus proche du complément de la primaire (%+.0f°) : les accords habituels %s"), off, why)
	case spec.rel == relPairing && b.harmony == Monochrome:
		rel = fmt.Sprintf(pick("the one exception to the monochrome, a pairing designers use with %s (%+.0f°)", "l'unique exception au monochrome, un accord que les designers font avec le %s (%+.0f°)"), famName, off)
	case spec.rel == relPairing && b.harmony == Analogous:
		rel = fmt.Sprintf(pick("analogous base with a pairing designers use with %s as the accent (%+.0f°)", "base analogue, avec pour accent un accord que les designers font avec le %s (%+.0f°)"), famName, off)
	case spec.rel == relPairing:
		rel = fmt.Sprintf(pick("a pairing designers use with %s (%+.0f°)", "un accord que les designers font avec le %s (%+.0f°)"), famName, off)
	case b.harmony == Complementary:
		rel = fmt.Sprintf(pick("complementary: the primary's opposite hue (%+.0f°)", "complémentaire : la teinte opposée à la primaire (%+.0f°)"), off)
	case b.harmony == Split:
		rel = fmt.Sprintf(pick("split-complementary: the other side of the primary's opposite (%+.0f°)", "complémentaire adjacente : l'autre côté de l'opposé de la primaire (%+.0f°)"), off)
	case b.harmony == Triadic:
		rel = fmt.Sprintf(pick("triadic: the other third of the wheel (%+.0f°)", "triade : l'autre tiers du cercle (%+.0f°)"), off)
	case b.harmony == Analogous:
		rel = fmt.Sprintf(pick("analogous: the primary's other neighbour (%+.0f°), lifted in chroma and lightness", "analogue : l'autre voisine de la primaire (%+.0f°), plus saturée et d'une autre clarté"), off)
	case b.harmony == Monochrome:
		rel = pick("monochrome: the chroma step of the primary's hue", "monochrome : le palier saturé de la teinte de la primaire")
	}
	label := contrast.BestText(b.accent, b.dark, b.light)
	why := fmt.Sprintf(pick("call to action, about 10 %%: %s; stands out from the primary by %.0f ΔE00; label %s at %.1f:1",
		"appel à l'action, environ 10 %% : %s ; se détache de la primaire de %.0f ΔE00 ; libellé %s à %.1f:1"),
		rel, colorspace.DeltaE2000Colors(b.accent, b.primary), Hex(label), contrast.Ratio(label, b.accent))
	if spec.kind != kindBlack && spec.kind != kindWhite {
		why += pick("; ", " ; ") + g.familyWhy(FamilyOf(b.accent), g.o.Lang)
	}
	return why
}
