package generate_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
)

// TestGeneratedPalettesPassTheirAudit: over tags and seeds, every generated
// palette passes Audit at full severity.
func TestGeneratedPalettesPassTheirAudit(t *testing.T) {
	seeds := 8
	if testing.Short() {
		seeds = 2
	}
	for _, tags := range [][]string{{"trust", "tech"}, {"energy"}, {"nature"}, {"luxe"}, {"kids"}, {"enfants", "pastel"}, {"energy", "nature"}, {"romance"}, {"optimism"}} {
		for seed := range seeds {
			cs, err := generate.Generate(generate.Options{Tags: tags, Seed: uint64(seed), Secondaries: 1 + seed%2})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := palette.Audit(cs[0].Palette, palette.AuditOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Pass() {
				t.Errorf("%v seed %d: %v", tags, seed, rep.Findings[0].Message)
			}
		}
	}
}

// TestHarmonyText: every harmony, Auto included, marshals, reads back
// through UnmarshalText from both MarshalText and String, and never prints
// as "Harmony(n)"; "Harmony(9)", what String prints past the last, is
// refused.
func TestHarmonyText(t *testing.T) {
	for _, v := range []generate.Harmony{generate.Auto, generate.Analogous, generate.Complementary, generate.Split, generate.Triadic,
		generate.Monochrome, generate.FromTags} {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%v: MarshalText: %v", v, err)
		}
		for _, text := range []string{string(b), v.String()} {
			var back generate.Harmony
			if err := back.UnmarshalText([]byte(text)); err != nil || back != v {
				t.Errorf("%v: %q reads back as %v, %v", v, text, back, err)
			}
		}
		if strings.Contains(v.String(), "(") {
			t.Errorf("String %q", v.String())
		}
	}
	var h generate.Harmony
	if err := h.UnmarshalText([]byte("Harmony(9)")); err == nil {
		t.Error(`"Harmony(9)" read as a harmony`)
	}
}

// TestReasonsMatch: the primary's reason names the family actually chosen,
// the meanings its tags name first, and what the style applied does.
func TestReasonsMatch(t *testing.T) {
	tests := []struct {
		tags []string
		lang psych.Lang
		want string // prefix of the primary's reason
		not  string // must not appear
	}{
		{[]string{"minimaliste"}, psych.French, "noir\u00a0: minimalisme", "luxe, sophistication"},
		{[]string{"urgency", "muted"}, psych.English, "red: urgency", "calm"},
		{[]string{"bleu"}, psych.French, "bleu\u00a0: confiance", "tags"},
		{[]string{"premium"}, psych.English, "black: ", "violet:"},
	}
	for _, tt := range tests {
		cs, err := generate.Generate(generate.Options{Tags: tt.tags, Lang: tt.lang})
		if err != nil {
			t.Fatalf("%v: %v", tt.tags, err)
		}
		why := cs[0].Palette.Primary.Why
		if len(why) < len(tt.want) || why[:len(tt.want)] != tt.want {
			t.Errorf("%v: primary why %q, want it to start with %q", tt.tags, why, tt.want)
		}
		if tt.not != "" && strings.Contains(why, tt.not) {
			t.Errorf("%v: primary why %q contains %q", tt.tags, why, tt.not)
		}
	}
}

func ExampleHarmony_UnmarshalText_tags() {
	var h generate.Harmony
	for _, s := range []string{"tags", "split-complementary", ""} {
		if err := h.UnmarshalText([]byte(s)); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %s\n", s, h)
	}
	// Output:
	// "tags" → tags
	// "split-complementary" → split
	// "" → auto
}

func ExampleHarmony_Name() {
	fmt.Println(generate.Split.Name(psych.English), "|", generate.Split.Name(psych.French))
	// Output: split-complementary | complémentaire adjacente
}

func ExampleVariantsDiffer() {
	a := palette.Palette{Primary: palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#dbeafe")}}, Accent: palette.Entry{Color: palette.MustParseColor("#f59e0b")}}
	b := a
	b.Accent = palette.Entry{Color: palette.MustParseColor("#e11d48")}
	c := b
	c.Secondary = []palette.Entry{{Color: palette.MustParseColor("#1e293b")}}
	fmt.Println(generate.VariantsDiffer(&a, &b), generate.VariantsDiffer(&a, &c))
	// Output: false true
}
