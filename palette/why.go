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
// for colours with almost no chroma.
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
// blue" or "bleu clair": its family with a lightness word.
func ColorName(c colorful.Color, lang psych.Lang) string {
	f := FamilyOf(c)
	o := colorspace.ToOKLCH(c)
	name := f.Name.In(lang)
	if f.ID == "grey" && o.L > 0.93 {
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
	case g.base != nil && fr:
		why = "votre couleur de marque, gardée telle quelle"
	case g.base != nil:
		why = "your brand colour, kept exactly as given"
	default:
		why = g.familyWhy(*g.primaryFam, lang)
		if g.style.ID != "balanced" {
			why += map[bool]string{false: "; ", true: " ; "}[fr] + g.style.Why.In(lang)
		}
	}
	p.Primary = Entry{Color: b.primary, Name: ColorName(b.primary, lang), Why: why}

	harmony := harmonyText(b.harmony, lang)
	for i, s := range b.secondaries {
		var why string
		if i < len(g.o.Secondary) {
			why = map[bool]string{false: "your brand colour, kept exactly as given", true: "votre couleur de marque, gardée telle quelle"}[fr]
		} else {
			f := FamilyOf(s)
			if fr {
				why = fmt.Sprintf("secondaire %s ; apporte du contraste sans voler la vedette ; %s", harmony, g.familyWhy(f, lang))
			} else {
				why = fmt.Sprintf("secondary %s; brings contrast without stealing the show; %s", harmony, g.familyWhy(f, lang))
			}
		}
		p.Secondary = append(p.Secondary, Entry{Color: s, Name: ColorName(s, lang), Why: why})
	}

	r := contrast.Ratio(b.accent, b.primary)
	if g.o.Accent != nil {
		why = map[bool]string{false: "your brand colour, kept exactly as given", true: "votre couleur de marque, gardée telle quelle"}[fr]
	} else if fr {
		why = fmt.Sprintf("accent pour les appels à l'action, à utiliser avec parcimonie ; ressort à %.1f:1 sur la primaire ; %s", r, g.familyWhy(FamilyOf(b.accent), lang))
	} else {
		why = fmt.Sprintf("accent for calls to action, used sparingly; stands out at %.1f:1 on the primary; %s", r, g.familyWhy(FamilyOf(b.accent), lang))
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

func harmonyText(h Harmony, lang psych.Lang) string {
	en := map[Harmony]string{Analogous: "analogous to the primary", Complementary: "complementary to the primary",
		Split: "split-complementary to the primary", Triadic: "triadic with the primary",
		Monochrome: "in the primary's hue", FromTags: "from the other tags"}
	fr := map[Harmony]string{Analogous: "analogue à la primaire", Complementary: "complémentaire de la primaire",
		Split: "complémentaire adjacente de la primaire", Triadic: "en triade avec la primaire",
		Monochrome: "dans la teinte de la primaire", FromTags: "issue des autres tags"}
	if lang == psych.French {
		return fr[h]
	}
	return en[h]
}
