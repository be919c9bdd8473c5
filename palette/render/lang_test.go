package render

import (
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
)

// TestSwatchFrench draws the card of a palette generated in French and
// checks every text drawn on it: no English word, no decimal point, French
// role labels; in English the same card keeps its English labels.
func TestSwatchFrench(t *testing.T) {
	for _, tags := range [][]string{{"confiance", "tech"}, {"minimaliste", "haut de gamme"}, {"bordeaux", "vins"}} {
		cs, err := generate.Generate(generate.Options{Tags: tags, Lang: psych.French})
		if err != nil {
			t.Fatal(err)
		}
		_, drawn, err := swatch(cs[0].Palette, SwatchOptions{Width: 600, Lang: psych.French})
		if err != nil {
			t.Fatal(err)
		}
		all := strings.Join(drawn, "\n")
		if bad := psych.FrenchLint(all); len(bad) > 0 {
			t.Errorf("%v: French card has %v in:\n%s", tags, bad, all)
		}
		for _, want := range []string{"principale", "secondaire 1", "neutre 2", "Règle 60/30/10", "\u00a0%"} {
			if !strings.Contains(all, want) {
				t.Errorf("%v: French card lacks %q:\n%s", tags, want, all)
			}
		}
	}
	cs, _ := generate.Generate(generate.Options{Tags: []string{"trust"}})
	_, drawn, err := swatch(cs[0].Palette, SwatchOptions{Width: 600})
	if err != nil {
		t.Fatal(err)
	}
	if all := strings.Join(drawn, "\n"); !strings.Contains(all, "secondary[0]") || !strings.Contains(all, "Rule 60/30/10") {
		t.Errorf("English card:\n%s", all)
	}
}

// TestBannerDefaultTitleFrench: with no title and no palette name the
// banner's headline is in the asked language.
func TestBannerDefaultTitleFrench(t *testing.T) {
	cs, err := generate.Generate(generate.Options{Tags: []string{"confiance"}, Lang: psych.French})
	if err != nil {
		t.Fatal(err)
	}
	p := cs[0].Palette
	p.Name = ""
	pr, _ := PresetByName("og-image")
	_, rep, err := Banner(p, pr, Options{Lang: psych.French})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Texts) == 0 || rep.Texts[0].Text != "Votre marque" {
		t.Errorf("banner texts %+v, want the title \"Votre marque\"", rep.Texts)
	}
}
