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
	if o.C < 0.03 && o.L >= 0.86 {
		if f, ok := psych.FamilyByID("white"); ok {
			return f
		}
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
		if f.Achromatic() {
			continue
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
// blue" or "bleu clair": its family with a lightness word.
func ColorName(c colorful.Color, lang psych.Lang) string {
	f := FamilyOf(c)
	o := colorspace.ToOKLCH(c)
	name := f.Name.In(lang)
	if (f.ID == "grey" || f.ID == "white") && o.L > 0.995 {
		if lang == psych.French {
			return "blanc"
		}
		return "white"
	}
	if (f.ID == "grey" || f.ID == "white") && o.L > 0.93 {
		if lang == psych.French {
			return "blanc cassé"
		}
		return "off-white"
	}
	if f.ID == "black" && o.L < 0.3 {
		if lang == psych.French {
			return "noir"
		}
		return "black"
	}
	var en, fr string
	switch {
	case o.L < 0.36:
		en, fr = "deep", "profond"
	case o.L > 0.88:
		en, fr = "pale", "pâle"
	case o.L > 0.76:
		en, fr = "light", "clair"
	case o.C > 0.17:
		en, fr = "vivid", "vif"
	}
	if en == "" {
		return name
	}
	if lang == psych.French {
		return name + " " + fr
	}
	return en + " " + name
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

func (g *generator) familyWhy(f psych.Family, lang psych.Lang) string {
	why := f.Name.In(lang)
	if lang == psych.French {
		why += " :"
	} else {
		why += ":"
	}
	why += " " + joinTexts(f.Meanings, lang, 3)
	if ts := g.tagsFor(f.ID, lang); len(ts) > 0 {
		if lang == psych.French {
			why += " (tags " + strings.Join(ts, ", ") + ")"
		} else {
			why += " (tags " + strings.Join(ts, ", ") + ")"
		}
	}
	return why
}

func (g *generator) assemble(b *built) *Palette {
	lang := g.o.Lang
	fr := lang == psych.French
	pick := func(en, frs string) string {
		if fr {
			return frs
		}
		return en
	}
	p := &Palette{Name: g.o.Name}
	for _, t := range g.tags {
		p.Tags = append(p.Tags, t.Name.In(lang))
	}
	if p.Name == "" && len(p.Tags) > 0 {
		p.Name = strings.Join(p.Tags, ", ")
	}
	owned := pick("your brand colour, kept exactly as given", "votre couleur de marque, gardée telle quelle")
	sep := pick("; ", " ; ")

	// Primary.
	var why string
	switch {
	case g.base != nil:
		why = owned
	case g.style.ID == "black-and-white":
		why = pick("black, the base of a raw black-and-white identity", "noir, la base d'une identité noir et blanc brute")
	default:
		why = g.familyWhy(b.pfam, lang)
		if g.style.ID != "balanced" {
			why += sep + g.style.Why.In(lang)
		}
	}
	p.Primary = Entry{Color: b.primary, Name: ColorName(b.primary, lang), Why: why}

	for i, s := range b.secondaries {
		why := owned
		if i >= b.lockedS {
			why = g.secondaryWhy(b, b.secSpecs[i], s)
		}
		p.Secondary = append(p.Secondary, Entry{Color: s, Name: ColorName(s, lang), Why: why})
	}

	if b.lockedA {
		why = owned
	} else {
		why = g.accentWhy(b)
	}
	p.Accent = Entry{Color: b.accent, Name: ColorName(b.accent, lang), Why: why}

	dr := contrast.Ratio(b.dark, b.light)
	if fr {
		p.Neutral = []Entry{
			{Color: b.dark, Name: "anthracite", Why: fmt.Sprintf("neutre foncé pour le texte : %.1f:1 sur le neutre clair (AAA)", dr)},
			{Color: b.light, Name: "blanc cassé", Why: "neutre clair pour les fonds et le texte sur couleurs foncées"},
		}
	} else {
		p.Neutral = []Entry{
			{Color: b.dark, Name: "charcoal", Why: fmt.Sprintf("dark neutral for text: %.1f:1 on the light neutral (AAA)", dr)},
			{Color: b.light, Name: "off-white", Why: "light neutral for backgrounds and for text on dark colours"},
		}
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
