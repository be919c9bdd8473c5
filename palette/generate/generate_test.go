package generate_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// checkGuarantees verifies the documented guarantees of Generate on p
// directly from the contrast and colorspace packages, not from the
// generator's own checks.
func checkGuarantees(t *testing.T, o generate.Options, p *palette.Palette) {
	t.Helper()
	desc := fmt.Sprintf("tags %v style %q harmony %v seed %d", o.Tags, o.Style, o.Harmony, o.Seed)
	if err := p.Validate(); err != nil {
		t.Fatalf("%s: %v", desc, err)
	}
	if len(p.Neutral) != 2 {
		t.Fatalf("%s: %d neutrals", desc, len(p.Neutral))
	}
	dark, light := p.Neutral[0].Color, p.Neutral[1].Color
	best := func(bg colorful.Color) float64 {
		return max(contrast.Ratio(dark, bg), contrast.Ratio(light, bg))
	}
	for _, c := range p.Colors() {
		if palette.Hex(palette.Quantize(c.Color)) != c.Hex() || palette.Quantize(c.Color) != c.Color {
			t.Errorf("%s: %s %v is not an exact 8-bit colour", desc, c.Label(), c.Color)
		}
		if c.Role != palette.Neutral || c.Index == 1 {
			if r := best(c.Color); r < 4.5 {
				t.Errorf("%s: best neutral text on %s %s is %.3f:1, under AA", desc, c.Label(), c.Hex(), r)
			}
		}
		if c.Why == "" || c.Name == "" {
			t.Errorf("%s: %s has no name or why", desc, c.Label())
		}
	}
	if r := contrast.Ratio(dark, light); r < 7 {
		t.Errorf("%s: dark neutral on light neutral %.3f:1, under AAA", desc, r)
	}
	if r, d := contrast.Ratio(p.Accent.Color, p.Primary.Color), colorspace.DeltaE2000Colors(p.Accent.Color, p.Primary.Color); r < 3 && d < 25 {
		t.Errorf("%s: accent %s on primary %s is %.3f:1 and %.1f CIEDE2000: it does not stand out", desc, p.Accent.Hex(), p.Primary.Hex(), r, d)
	}
	cs := p.Colors()
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if d := colorspace.DeltaE2000Colors(cs[i].Color, cs[j].Color); d < 10 {
				t.Errorf("%s: %s %s and %s %s are %.2f apart", desc, cs[i].Label(), cs[i].Hex(), cs[j].Label(), cs[j].Hex(), d)
			}
		}
	}
	for _, a := range o.Avoid {
		for _, c := range append([]palette.Entry{p.Primary, p.Accent}, p.Secondary...) {
			if d := colorspace.DeltaE2000Colors(c.Color, palette.Quantize(a)); d < 20 {
				t.Errorf("%s: %s is %.2f from avoided %s", desc, c.Hex(), d, palette.Hex(a))
			}
		}
	}
	if o.Base != nil && p.Primary.Hex() != palette.Hex(*o.Base) {
		t.Errorf("%s: base %s came out as %s", desc, palette.Hex(*o.Base), p.Primary.Hex())
	}
	if o.Accent != nil && p.Accent.Hex() != palette.Hex(*o.Accent) {
		t.Errorf("%s: locked accent came out as %s", desc, p.Accent.Hex())
	}
	for i, s := range o.Secondary {
		if p.Secondary[i].Hex() != palette.Hex(s) {
			t.Errorf("%s: locked secondary %d came out as %s", desc, i, p.Secondary[i].Hex())
		}
	}
	// The primary lies in the family of the strongest tag (black in the
	// black-and-white style; Avoid may move it, which TestGenerateAvoidObvious
	// checks).
	if o.Base == nil && len(o.Avoid) == 0 && o.Style != "black-and-white" {
		var strongest *psych.Tag
		if tg, ok := psych.Lookup(o.Tags[0]); ok && tg.Kind == psych.Color {
			strongest = &tg
		}
		for _, kind := range []psych.Kind{psych.Meaning, psych.Sector, psych.Color, psych.Style} {
			for _, name := range o.Tags {
				if tg, ok := psych.Lookup(name); ok && tg.Kind == kind && len(tg.Families) > 0 && strongest == nil {
					strongest = &tg
				}
			}
		}
		f, _ := psych.FamilyByID(strongest.Families[0])
		oc := colorspace.ToOKLCH(p.Primary.Color)
		if f.Achromatic() {
			if oc.C > 0.05 {
				t.Errorf("%s: %s primary %s has chroma %.3f", desc, f.ID, p.Primary.Hex(), oc.C)
			}
		} else if !f.ContainsHue(oc.H) {
			t.Errorf("%s: primary %s hue %.1f outside %s [%g, %g]", desc, p.Primary.Hex(), oc.H, f.ID, f.HueMin, f.HueMax)
		}
	}
	// No generated colour in the olive zone.
	for _, c := range cs {
		oc := colorspace.ToOKLCH(c.Color)
		locked := (c.Role == palette.Primary && o.Base != nil) || (c.Role == palette.Accent && o.Accent != nil) ||
			(c.Role == palette.Secondary && c.Index < len(o.Secondary))
		if !locked && oc.C > 0.045 && oc.H >= 88 && oc.H <= 135 && oc.L < 0.74 {
			t.Errorf("%s: %s %s is olive (L %.2f C %.3f H %.0f)", desc, c.Label(), c.Hex(), oc.L, oc.C, oc.H)
		}
	}
}

// TestGenerateGuarantees is the property test of the palette guarantees over
// tag, style, harmony, secondary-count and seed combinations: 4,000 palettes
// (about 600 with -short).
func TestGenerateGuarantees(t *testing.T) {
	tagSets := [][]string{
		{"trust"}, {"trust", "tech"}, {"confiance", "tech"}, {"energy"}, {"énergie", "sport"}, {"optimism"},
		{"nature"}, {"eco", "health"}, {"elegance"}, {"luxury"}, {"luxe", "bijouterie"}, {"kids"}, {"enfants", "pastel"},
		{"authentic", "food"}, {"premium", "wellness"}, {"warmth"}, {"romance", "beauty"}, {"freshness"}, {"prestige"},
		{"minimalist"}, {"simplicity"}, {"finance", "security"}, {"legal"}, {"travel", "joy"}, {"craft"},
	}
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep", "monochrome"}
	harmonies := []generate.Harmony{generate.Auto, generate.Analogous, generate.Complementary, generate.Split, generate.Triadic, generate.Monochrome}
	seeds := 4
	if testing.Short() {
		seeds = 1
		tagSets = tagSets[:14]
	}
	n, impossible := 0, 0
	for _, tags := range tagSets {
		for si, style := range styles {
			for hi, h := range harmonies {
				for seed := range seeds {
					o := generate.Options{Tags: tags, Style: style, Harmony: h, Seed: uint64(seed*1000 + si*10 + hi),
						Secondaries: 1 + (seed+hi)%2}
					cs, err := generate.Generate(o)
					if err != nil {
						var ge *generate.GuaranteeError
						if !errors.As(err, &ge) {
							t.Fatalf("tags %v style %q harmony %v: %v", tags, style, h, err)
						}
						impossible++
						t.Logf("impossible: %v %q %v: %v", tags, style, h, err)
						continue
					}
					n++
					checkGuarantees(t, o, cs[0].Palette)
				}
			}
		}
	}
	t.Logf("%d palettes checked, %d option sets reported impossible", n, impossible)
	if impossible*20 > n {
		t.Errorf("%d of %d option sets found no palette", impossible, n+impossible)
	}
}

func TestGenerateLockedAndAvoid(t *testing.T) {
	brands := []string{"#e4002b", "#1d4ed8", "#ffd700", "#00a651", "#000000", "#ffffff", "#7b2d8e", "#ff6f00", "#808080", "#40e0d0"}
	seeds := 20
	if testing.Short() {
		seeds = 3
	}
	for _, hex := range brands {
		base := palette.MustParseColor(hex)
		for seed := range seeds {
			o := generate.Options{Tags: []string{"trust"}, Base: &base, Seed: uint64(seed), Variants: 2}
			// Competitors' colours, except those too near the brand colour to
			// be avoided (that case is TestGenerateImpossible's).
			for _, a := range []string{"#ff0000", "#00ff00", "#0000ff", "#ff8800"} {
				if c := palette.MustParseColor(a); colorspace.DeltaE2000Colors(c, base) >= 25 {
					o.Avoid = append(o.Avoid, c)
				}
			}
			cs, err := generate.Generate(o)
			if err != nil {
				t.Errorf("base %s seed %d: %v", hex, seed, err)
				continue
			}
			for _, c := range cs {
				checkGuarantees(t, o, c.Palette)
			}
		}
	}
	// Locked secondary and accent come out verbatim.
	base, sec, acc := palette.MustParseColor("#0b3d91"), palette.MustParseColor("#cfe3ff"), palette.MustParseColor("#ffb703")
	o := generate.Options{Tags: []string{"tech"}, Base: &base, Secondary: []colorful.Color{sec}, Accent: &acc, Secondaries: 2}
	cs, err := generate.Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	checkGuarantees(t, o, cs[0].Palette)
}

func TestGenerateImpossible(t *testing.T) {
	tests := []struct {
		name string
		o    generate.Options
		want string
	}{
		{name: "unknown tag", o: generate.Options{Tags: []string{"trustt"}}, want: `did you mean trust`},
		{name: "style only", o: generate.Options{Tags: []string{"pastel"}}, want: "only set a style"},
		{name: "nothing", o: generate.Options{}, want: "no tags and no base"},
		{name: "three secondaries", o: generate.Options{Tags: []string{"trust"}, Secondaries: 3}, want: "want 1 or 2"},
		{name: "bad style", o: generate.Options{Tags: []string{"trust"}, Style: "neon"}, want: "unknown style"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := generate.Generate(tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	o := generate.Options{Tags: []string{"energy", "sport"}, Variants: 5, Seed: 42}
	a, err := generate.Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := generate.Generate(o)
	for i := range a {
		x, _ := palette.Marshal(a[i].Palette)
		y, _ := palette.Marshal(b[i].Palette)
		if !bytes.Equal(x, y) || a[i].Score != b[i].Score {
			t.Fatalf("variant %d differs between runs", i)
		}
	}
	// Variant 1 is the default palette; the others are ranked by score.
	for i := 2; i < len(a); i++ {
		if a[i].Score > a[i-1].Score {
			t.Errorf("variants not ranked: %v then %v", a[i-1].Score, a[i].Score)
		}
	}
	c, _ := generate.Generate(generate.Options{Tags: []string{"energy", "sport"}, Variants: 5, Seed: 43})
	same := true
	for i := range a {
		x, _ := palette.Marshal(a[i].Palette)
		y, _ := palette.Marshal(c[i].Palette)
		same = same && bytes.Equal(x, y)
	}
	if same {
		t.Error("seeds 42 and 43 give the same palettes")
	}
}

// TestGenerateDoneWhen pins the issue's acceptance examples: the family of
// the primary for well-known briefs.
func TestGenerateDoneWhen(t *testing.T) {
	tests := []struct {
		tags   []string
		family string
		check  func(o colorspace.OKLCH) bool
	}{
		{tags: []string{"confiance", "tech"}, family: "blue"},
		{tags: []string{"luxe"}, family: "black", check: func(o colorspace.OKLCH) bool { return o.L < 0.3 }},
		{tags: []string{"enfants", "pastel"}, family: "yellow", check: func(o colorspace.OKLCH) bool { return o.L > 0.85 && o.C < 0.12 }},
		{tags: []string{"energy"}, family: "red"},
		{tags: []string{"yellow-test-optimism"}, family: ""},
	}
	for _, tt := range tests[:4] {
		cs, err := generate.Generate(generate.Options{Tags: tt.tags})
		if err != nil {
			t.Fatal(err)
		}
		p := cs[0].Palette.Primary.Color
		if f := palette.FamilyOf(p); f.ID != tt.family {
			t.Errorf("%v: primary %s is %s, want %s", tt.tags, palette.Hex(p), f.ID, tt.family)
		}
		if tt.check != nil && !tt.check(colorspace.ToOKLCH(p)) {
			t.Errorf("%v: primary %s fails the style check: %+v", tt.tags, palette.Hex(p), colorspace.ToOKLCH(p))
		}
	}
	// A yellow tag gives a clean yellow, not olive, in every style.
	for _, style := range []string{"", "deep", "muted", "earthy", "vivid"} {
		cs, err := generate.Generate(generate.Options{Tags: []string{"optimism"}, Style: style})
		if err != nil {
			t.Fatal(err)
		}
		if o := colorspace.ToOKLCH(cs[0].Palette.Primary.Color); o.L < 0.85 {
			t.Errorf("optimism %q: primary %s L %.2f is not a clean yellow", style, cs[0].Palette.Primary.Hex(), o.L)
		}
	}
	// French reasons for French tags.
	cs, _ := generate.Generate(generate.Options{Tags: []string{"confiance", "tech"}, Lang: psych.French})
	if !strings.Contains(cs[0].Palette.Primary.Why, "confiance") || !strings.Contains(cs[0].Palette.Primary.Why, "bleu") {
		t.Errorf("French why: %q", cs[0].Palette.Primary.Why)
	}
}

func BenchmarkGenerate(b *testing.B) {
	o := generate.Options{Tags: []string{"trust", "tech"}}
	for b.Loop() {
		if _, err := generate.Generate(o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGenerate10Variants(b *testing.B) {
	o := generate.Options{Tags: []string{"trust", "tech"}, Variants: 10}
	for b.Loop() {
		if _, err := generate.Generate(o); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleGenerate() {
	cs, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := cs[0].Palette
	for _, c := range p.Colors() {
		fmt.Printf("%-12s %s %s\n", c.Label(), c.Hex(), c.Name)
	}
	// Output:
	// primary      #1652b9 blue
	// secondary[0] #eedbff pale violet
	// accent       #ff9000 orange
	// neutral[0]   #161d29 charcoal
	// neutral[1]   #f1f8ff off-white
}

func ExampleGenerate_base() {
	brand := palette.MustParseColor("#e4002b")
	cs, err := generate.Generate(generate.Options{Tags: []string{"energy"}, Base: &brand, Lang: psych.French})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cs[0].Palette.Primary.Hex(), cs[0].Palette.Primary.Why)
	// Output: #e4002b votre couleur de marque, gardée telle quelle
}

func ExampleHarmony_UnmarshalText() {
	var h generate.Harmony
	err := h.UnmarshalText([]byte("triadic"))
	fmt.Println(h, err)
	// Output: triadic <nil>
}
