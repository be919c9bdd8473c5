package generate_test

import (
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
)

// TestColorWordsGivePrimary: every colour word of the brief, in English and
// in French, given as the first tag, yields a primary in that colour's
// region: the hue inside the family's range for chromatic colours, a chroma
// under 0.05 and the family's lightness band for black, white, grey and
// silver. Each is tried with three seeds and after a sector tag that would
// otherwise choose another family.
func TestColorWordsGivePrimary(t *testing.T) {
	words := []struct{ en, fr, family string }{
		{"blue", "bleu", "blue"}, {"red", "rouge", "red"}, {"yellow", "jaune", "yellow"},
		{"green", "vert", "green"}, {"purple", "violet", "violet"}, {"orange", "orange", "orange"},
		{"pink", "rose", "pink"}, {"turquoise", "turquoise", "teal"}, {"brown", "marron", "earth"},
		{"brown", "brun", "earth"}, {"black", "noir", "black"}, {"white", "blanc", "white"},
		{"grey", "gris", "grey"}, {"gold", "or", "gold"}, {"silver", "argent", "silver"},
		{"beige", "beige", "beige"}, {"navy", "marine", "navy"}, {"burgundy", "bordeaux", "burgundy"},
		{"gray", "bleu marine", "navy"},
	}
	for _, w := range words {
		for _, word := range []string{w.en, w.fr} {
			tag, ok := psych.Lookup(word)
			if !ok || tag.Kind != psych.Color {
				t.Errorf("%q is not a colour tag: %+v", word, tag)
				continue
			}
			f, _ := psych.FamilyByID(tag.Families[0])
			if word != "gray" && f.ID != w.family {
				t.Errorf("%q → family %q, want %q", word, f.ID, w.family)
			}
			for _, tags := range [][]string{{word}, {word, "tech"}, {word, "kids"}} {
				for seed := range uint64(3) {
					cs, err := generate.Generate(generate.Options{Tags: tags, Seed: seed})
					if err != nil {
						t.Errorf("%v seed %d: %v", tags, seed, err)
						continue
					}
					p := cs[0].Palette
					o := colorspace.ToOKLCH(p.Primary.Color)
					if f.Achromatic() {
						if o.C > 0.05 || o.L < f.L-0.1 || o.L > f.L+0.1 {
							t.Errorf("%v seed %d: %s primary %s is OKLCH L %.2f C %.3f", tags, seed, f.ID, p.Primary.Hex(), o.L, o.C)
						}
					} else if !f.ContainsHue(o.H) {
						t.Errorf("%v seed %d: primary %s hue %.1f outside %s [%g, %g]", tags, seed, p.Primary.Hex(), o.H, f.ID, f.HueMin, f.HueMax)
					}
				}
			}
		}
	}
}

// TestColorWordAfterFirstTag: a colour word after a meaning tag does not take
// the primary; it gives a secondary or the accent of its family.
func TestColorWordAfterFirstTag(t *testing.T) {
	cs, err := generate.Generate(generate.Options{Tags: []string{"trust", "rouge"}})
	if err != nil {
		t.Fatal(err)
	}
	p := cs[0].Palette
	red, _ := psych.FamilyByID("red")
	blue, _ := psych.FamilyByID("blue")
	if h := colorspace.ToOKLCH(p.Primary.Color).H; !blue.ContainsHue(h) {
		t.Errorf("trust,rouge: primary %s hue %.1f is not blue", p.Primary.Hex(), h)
	}
	found := false
	for _, c := range append(append([]palette.Entry(nil), p.Secondary...), p.Accent) {
		o := colorspace.ToOKLCH(c.Color)
		found = found || (red.ContainsHue(o.H) && o.C > 0.05)
	}
	if !found {
		t.Errorf("trust,rouge: no red secondary or accent in %s %v %s", p.Primary.Hex(), p.Secondary, p.Accent.Hex())
	}
}

// TestColorWordNamedAfterSectorShows: a colour word after a tag that also
// names that family (nautical names white) still shows it.
func TestColorWordNamedAfterSectorShows(t *testing.T) {
	for _, tags := range [][]string{{"nautisme", "blanc"}, {"trust", "noir"}, {"energy", "navy"}, {"energy", "gris"}, {"tech", "argent"}} {
		cs, err := generate.Generate(generate.Options{Tags: tags})
		if err != nil {
			t.Fatal(err)
		}
		tag, _ := psych.Lookup(tags[1])
		f, _ := psych.FamilyByID(tag.Families[0])
		found := false
		for _, c := range append(append([]palette.Entry(nil), cs[0].Palette.Secondary...), cs[0].Palette.Accent) {
			o := colorspace.ToOKLCH(c.Color)
			switch f.ID {
			case "white":
				found = found || o.L >= 0.95 && o.C < 0.02
			case "black":
				found = found || o.L <= 0.25 && o.C < 0.03
			case "grey", "silver":
				found = found || o.C < 0.03 && o.L > f.L-0.15 && o.L < f.L+0.15
			default:
				found = found || f.ContainsHue(o.H) && o.C > 0.05 && o.L < f.L+0.15
			}
		}
		if !found {
			t.Errorf("%v: no %s in %v %s", tags, f.ID, cs[0].Palette.Secondary, cs[0].Palette.Accent.Hex())
		}
	}
}
