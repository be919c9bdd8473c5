package generate_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// The properties below encode the brand designer's guide
// (palette-craft/guide.md: §3 accent rules, §5 styles, §6 harmonies, §9
// "never ship") over every meaning and sector tag, styles and seeds.

func meaningAndSectorTags() []psych.Tag {
	var out []psych.Tag
	for _, t := range psych.Tags() {
		if t.Kind == psych.Meaning || t.Kind == psych.Sector {
			out = append(out, t)
		}
	}
	return out
}

func hasFamily(tags []string, id string) bool {
	for _, n := range tags {
		if t, ok := psych.Lookup(n); ok {
			for _, f := range t.Families {
				if f == id {
					return true
				}
			}
		}
	}
	return false
}

func hueDist(a, b float64) float64 {
	d := math.Abs(a - b)
	return math.Min(d, 360-d)
}

func wrap(h float64) float64 {
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	return h
}

func lch(c colorful.Color) colorspace.OKLCH { return colorspace.ToOKLCH(c) }

// checkStyleAndAccent checks the accent rules and the style and audience
// smells of the guide on one palette.
func checkStyleAndAccent(t *testing.T, o generate.Options, p *palette.Palette) {
	t.Helper()
	desc := fmt.Sprintf("tags %v style %q harmony %v seed %d", o.Tags, o.Style, o.Harmony, o.Seed)
	a := lch(p.Accent.Color)
	blackOK := hasFamily(o.Tags, "black") || o.Style == "black-and-white"
	whiteOK := hasFamily(o.Tags, "black") || hasFamily(o.Tags, "white") || o.Style == "black-and-white"
	switch {
	case a.L < 0.35:
		if !blackOK || a.C > 0.02 {
			t.Errorf("%s: near-black accent %s (L %.2f C %.3f)", desc, p.Accent.Hex(), a.L, a.C)
		}
	case a.L > 0.95 && a.C < 0.02:
		if !whiteOK {
			t.Errorf("%s: near-white accent %s", desc, p.Accent.Hex())
		}
	case a.C < palette.MinAccentChroma && o.Style != "muted":
		t.Errorf("%s: dull accent %s (C %.3f)", desc, p.Accent.Hex(), a.C)
	case a.L < palette.MinAccentLightness:
		t.Errorf("%s: accent %s reads as black (L %.2f)", desc, p.Accent.Hex(), a.L)
	}
	if !palette.AccentStandsOut(p.Accent.Color, p.Primary.Color) {
		t.Errorf("%s: accent %s does not stand out from primary %s", desc, p.Accent.Hex(), p.Primary.Hex())
	}
	for _, s := range p.Secondary {
		if d := colorspace.DeltaE2000Colors(s.Color, p.Accent.Color); d < palette.MinAccentSecondaryDistance {
			t.Errorf("%s: accent %s is %.1f from secondary %s", desc, p.Accent.Hex(), d, s.Hex())
		}
	}
	kids := false
	for _, n := range o.Tags {
		if tg, ok := psych.Lookup(n); ok && (tg.ID == "kids" || tg.ID == "vivid" || tg.ID == "bold") {
			kids = true
		}
	}
	kids = kids || o.Style == "vivid"
	sport := false
	for _, n := range o.Tags {
		if tg, ok := psych.Lookup(n); ok && tg.ID == "sport" {
			sport = true
		}
	}
	for _, c := range append([]palette.Entry{p.Accent}, p.Secondary...) {
		x := lch(c.Color)
		if kids && x.H >= 35 && x.H <= 120 && x.L >= 0.25 && x.L <= 0.60 && x.C >= 0.03 && x.C <= 0.12 {
			t.Errorf("%s: mud %s (L %.2f C %.3f H %.0f) in a kids' or vivid palette", desc, c.Hex(), x.L, x.C, x.H)
		}
		if !sport && x.L >= 0.78 && x.H >= 105 && x.H <= 215 && x.C >= 0.15 {
			t.Errorf("%s: neon %s (L %.2f C %.3f H %.0f)", desc, c.Hex(), x.L, x.C, x.H)
		}
	}
	for i, s := range p.Secondary {
		x := lch(s.Color)
		switch o.Style {
		case "pastel":
			if i == 0 && (x.L < 0.76 || x.C > 0.11) {
				t.Errorf("%s: pastel secondary %s out of band (L %.2f C %.3f)", desc, s.Hex(), x.L, x.C)
			}
		case "muted":
			if x.C > 0.08 {
				t.Errorf("%s: muted secondary %s has C %.3f", desc, s.Hex(), x.C)
			}
		}
	}
	switch o.Style {
	case "muted":
		if a.C > 0.16 {
			t.Errorf("%s: muted accent %s has C %.3f", desc, p.Accent.Hex(), a.C)
		}
	case "vivid":
		if a.C < 0.15 && a.C < 0.85*maxChroma(a.L, a.H) {
			t.Errorf("%s: vivid accent %s has C %.3f", desc, p.Accent.Hex(), a.C)
		}
	}
}

func maxChroma(l, h float64) float64 {
	lo, hi := 0.0, 0.4
	for hi-lo > 0.001 {
		m := (lo + hi) / 2
		if colorspace.InGamut(colorspace.OKLCH{L: l, C: m, H: h}.Color()) {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// TestGenerateAccentAndStyleRules: every meaning and sector tag × six styles
// × three seeds (one with -short): the accent rules, the style smells, the
// guarantees and the audit hold, and at most 1 % of the combinations are
// refused.
func TestGenerateAccentAndStyleRules(t *testing.T) {
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep"}
	seeds := 3
	if testing.Short() {
		seeds = 1
	}
	n, refused := 0, 0
	for _, tg := range meaningAndSectorTags() {
		for _, style := range styles {
			for seed := range seeds {
				o := generate.Options{Tags: []string{tg.ID}, Style: style, Seed: uint64(seed)}
				n++
				cs, err := generate.Generate(o)
				if err != nil {
					refused++
					t.Logf("refused: %s %q seed %d: %v", tg.ID, style, seed, err)
					continue
				}
				p := cs[0].Palette
				checkGuarantees(t, o, p)
				checkStyleAndAccent(t, o, p)
				rep, err := palette.Audit(p, palette.AuditOptions{})
				if err != nil || !rep.Pass() {
					t.Errorf("%s %q seed %d: audit: %v %v", tg.ID, style, seed, err, rep.Findings)
				}
			}
		}
	}
	t.Logf("%d combinations, %d refused", n, refused)
	if refused*100 > n {
		t.Errorf("%d of %d combinations refused, over 1 %%", refused, n)
	}
}

// TestGenerateHarmoniesHold: split, complementary and triadic are what they
// say on every meaning and sector tag with a chromatic primary, in every
// style and seed.
func TestGenerateHarmoniesHold(t *testing.T) {
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep"}
	seeds := 3
	if testing.Short() {
		seeds, styles = 1, styles[:3]
	}
	checked := 0
	for _, tg := range meaningAndSectorTags() {
		for _, style := range styles {
			for _, h := range []generate.Harmony{generate.Split, generate.Complementary, generate.Triadic} {
				for seed := range seeds {
					o := generate.Options{Tags: []string{tg.ID}, Style: style, Harmony: h, Seed: uint64(seed)}
					cs, err := generate.Generate(o)
					if err != nil {
						t.Errorf("%s %q %v seed %d: %v", tg.ID, style, h, seed, err)
						continue
					}
					p := cs[0].Palette
					pc := lch(p.Primary.Color)
					if pc.C < 0.04 {
						continue // an achromatic primary turns around a tag's hue
					}
					checked++
					desc := fmt.Sprintf("%s %q %v seed %d: P %s S %s A %s", tg.ID, style, h, seed, p.Primary.Hex(), p.Secondary[0].Hex(), p.Accent.Hex())
					if !strings.Contains(p.Accent.Why+p.Secondary[0].Why, map[generate.Harmony]string{generate.Split: "split-complementary", generate.Complementary: "complementary", generate.Triadic: "triadic"}[h]) {
						t.Errorf("%s: the reasons do not name the harmony: %q / %q", desc, p.Secondary[0].Why, p.Accent.Why)
					}
					s, a := lch(p.Secondary[0].Color), lch(p.Accent.Color)
					so, ao := wrap(s.H-pc.H), wrap(a.H-pc.H)
					switch h {
					case generate.Split:
						lo, hi := math.Min(so, ao), math.Max(so, ao)
						if s.C < 0.02 || a.C < 0.04 || lo < 110 || lo > 180 || hi < 180 || hi > 250 || hi-lo < 40 {
							t.Errorf("%s: not split-complementary (secondary %+.0f°, accent %+.0f°)", desc, so, ao)
						}
					case generate.Complementary:
						ok := false
						for _, c := range append([]palette.Entry{p.Accent}, p.Secondary...) {
							x := lch(c.Color)
							if x.C >= 0.03 && hueDist(x.H, pc.H) >= 115 {
								ok = true
							}
						}
						if !ok {
							t.Errorf("%s: no chromatic role opposite the primary", desc)
						}
					case generate.Triadic:
						okletters := func(x, y float64) bool { return math.Abs(x-120) <= 30 && math.Abs(y-240) <= 30 }
						ok := (s.C >= 0.02 && a.C >= 0.04) && (okletters(so, ao) || okletters(ao, so))
						for _, tri := range [][3]float64{{30, 95, 262}, {55, 145, 305}} {
							near := func(h float64) bool {
								for _, m := range tri {
									if hueDist(h, m) <= 25 {
										return true
									}
								}
								return false
							}
							if near(pc.H) && near(s.H) && near(a.H) && hueDist(s.H, a.H) > 40 && hueDist(pc.H, s.H) > 40 && hueDist(pc.H, a.H) > 40 {
								ok = true
							}
						}
						if !ok {
							t.Errorf("%s: not triadic (secondary %+.0f°, accent %+.0f°)", desc, so, ao)
						}
					}
				}
			}
		}
	}
	t.Logf("%d palettes with a chromatic primary checked", checked)
}

// TestGenerateEveryTagCounts: adding a sector tag whose first family differs
// from a meaning tag's changes at least one colour by 5 ΔE00 in at least
// 95 % of the pairs.
func TestGenerateEveryTagCounts(t *testing.T) {
	var meanings, sectors []psych.Tag
	for _, tg := range meaningAndSectorTags() {
		if tg.Kind == psych.Meaning {
			meanings = append(meanings, tg)
		} else {
			sectors = append(sectors, tg)
		}
	}
	if testing.Short() {
		meanings = meanings[:len(meanings)/3]
	}
	pairs, same := 0, 0
	for _, m := range meanings {
		alone, err := generate.Generate(generate.Options{Tags: []string{m.ID}})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sectors {
			if s.Families[0] == m.Families[0] {
				continue
			}
			pairs++
			with, err := generate.Generate(generate.Options{Tags: []string{m.ID, s.ID}})
			if err != nil {
				t.Errorf("%s,%s: %v", m.ID, s.ID, err)
				continue
			}
			a, b := alone[0].Palette.Colors(), with[0].Palette.Colors()
			changed := len(a) != len(b)
			for i := range min(len(a), len(b)) {
				if colorspace.DeltaE2000Colors(a[i].Color, b[i].Color) >= 5 {
					changed = true
				}
			}
			if !changed {
				same++
				t.Logf("%s + %s changes nothing", m.ID, s.ID)
			}
		}
	}
	t.Logf("%d pairs, %d unchanged", pairs, same)
	if same*20 > pairs {
		t.Errorf("%d of %d sector tags change no colour by 5 ΔE00", same, pairs)
	}
	// Jewellery brings turquoise (or gold) to luxury.
	a, _ := generate.Generate(generate.Options{Tags: []string{"luxe"}})
	b, _ := generate.Generate(generate.Options{Tags: []string{"luxe", "bijouterie"}})
	if x, y := paletteKeyOf(a[0].Palette), paletteKeyOf(b[0].Palette); x == y {
		t.Errorf("luxe,bijouterie is luxe: %s", x)
	}
}

func paletteKeyOf(p *palette.Palette) string {
	var s []string
	for _, c := range p.Colors() {
		s = append(s, c.Hex())
	}
	return strings.Join(s, " ")
}

// TestGenerateVariantsDiffer: with Variants 5, variant 1 is the default
// palette and every two variants differ by 10 ΔE00 in two roles.
func TestGenerateVariantsDiffer(t *testing.T) {
	tags := meaningAndSectorTags()
	styles := []string{"", "pastel", "deep"}
	if testing.Short() {
		tags, styles = tags[:len(tags)/3], styles[:1]
	}
	n, short := 0, 0
	for _, tg := range tags {
		for _, style := range styles {
			o := generate.Options{Tags: []string{tg.ID}, Style: style, Seed: 3}
			one, err := generate.Generate(o)
			if err != nil {
				t.Errorf("%s: %v", tg.ID, err)
				continue
			}
			o.Variants = 5
			vs, err := generate.Generate(o)
			if err != nil {
				t.Errorf("%s: %v", tg.ID, err)
				continue
			}
			n++
			if paletteKeyOf(vs[0].Palette) != paletteKeyOf(one[0].Palette) {
				t.Errorf("%s %q: variant 1 %s is not the default %s", tg.ID, style, paletteKeyOf(vs[0].Palette), paletteKeyOf(one[0].Palette))
			}
			if len(vs) < 5 {
				short++
				t.Logf("%s %q: %d variants", tg.ID, style, len(vs))
			}
			for i := range vs {
				for j := i + 1; j < len(vs); j++ {
					x, y := vs[i].Palette, vs[j].Palette
					roles := 0
					for _, pair := range [][2]colorful.Color{{x.Primary.Color, y.Primary.Color}, {x.Secondary[0].Color, y.Secondary[0].Color}, {x.Accent.Color, y.Accent.Color}} {
						if colorspace.DeltaE2000Colors(pair[0], pair[1]) >= 10 {
							roles++
						}
					}
					if roles < 2 {
						t.Errorf("%s %q: variants %d and %d differ in %d roles: %s / %s", tg.ID, style, i+1, j+1, roles, paletteKeyOf(x), paletteKeyOf(y))
					}
				}
			}
		}
	}
	if short*10 > n {
		t.Errorf("%d of %d briefs gave fewer than 5 variants", short, n)
	}
}

// TestGenerateAvoidObvious: avoiding the brief's own obvious colour gives a
// palette whose brand colours are all 20 ΔE00 away, and says why.
func TestGenerateAvoidObvious(t *testing.T) {
	tests := []struct {
		tags  []string
		avoid string
	}{
		{[]string{"trust", "finance"}, "#0a66c2"}, // LinkedIn blue
		{[]string{"trust", "finance"}, "#1877f2"}, // Facebook blue
		{[]string{"trust", "finance"}, "#0057b8"},
		{[]string{"confiance", "tech"}, "#0a66c2"},
		{[]string{"energy"}, "#e50914"},          // Netflix red
		{[]string{"energy", "sport"}, "#f40009"}, // Coca-Cola red
		{[]string{"nature"}, "#228b22"},          // forest green
		{[]string{"nature", "eco"}, "#2e7d32"},
		{[]string{"luxury"}, "#000000"},
		{[]string{"luxe", "bijouterie"}, "#000000"},
	}
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep"}
	seeds := 5
	if testing.Short() {
		seeds = 2
	}
	for _, tt := range tests {
		av := palette.MustParseColor(tt.avoid)
		for _, style := range styles {
			for seed := range seeds {
				o := generate.Options{Tags: tt.tags, Style: style, Avoid: []colorful.Color{av}, Seed: uint64(seed), Variants: 2}
				cs, err := generate.Generate(o)
				if err != nil {
					t.Errorf("%v %q avoid %s seed %d: %v", tt.tags, style, tt.avoid, seed, err)
					continue
				}
				for _, c := range cs {
					checkGuarantees(t, o, c.Palette)
					for _, e := range append([]palette.Entry{c.Palette.Primary, c.Palette.Accent}, c.Palette.Secondary...) {
						if d := colorspace.DeltaE2000Colors(e.Color, av); d < 20 {
							t.Errorf("%v %q avoid %s seed %d: %s is %.1f away", tt.tags, style, tt.avoid, seed, e.Hex(), d)
						}
					}
				}
			}
		}
	}
	cs, err := generate.Generate(generate.Options{Tags: []string{"trust", "finance"}, Avoid: []colorful.Color{palette.MustParseColor("#0057b8")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs[0].Notes) == 0 || !strings.Contains(cs[0].Notes[0], "rather than blue") {
		t.Errorf("no note on the family chosen instead of blue: %q", cs[0].Notes)
	}
}

// TestGenerateOwnedColoursKept: colours the brand owns that break a
// guarantee are kept, with a warning naming it and the measured figure;
// awkward bases are warned about.
func TestGenerateOwnedColoursKept(t *testing.T) {
	blue, red := palette.MustParseColor("#0057b8"), palette.MustParseColor("#d9534f")
	near := palette.MustParseColor("#0a5cb8")
	tests := []struct {
		name string
		o    generate.Options
		want string
	}{
		{"locked accent beside the base", generate.Options{Tags: []string{"trust"}, Base: &blue, Accent: &red}, ""},
		{"accent equals base", generate.Options{Base: &blue, Accent: &near}, "distinct colours"},
		{"avoid the base", generate.Options{Base: &blue, Avoid: []colorful.Color{near}}, "distance from avoided colours"},
		{"neon base", generate.Options{Tags: []string{"sport"}, Base: ptr(palette.MustParseColor("#00ff00"))}, "neon"},
		{"grey base", generate.Options{Tags: []string{"tech"}, Base: ptr(palette.MustParseColor("#808080"))}, "grey"},
		{"white base", generate.Options{Tags: []string{"purity"}, Base: ptr(palette.MustParseColor("#ffffff"))}, "white"},
		{"black base", generate.Options{Tags: []string{"luxury"}, Base: ptr(palette.MustParseColor("#000000"))}, "black"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := generate.Generate(tt.o)
			if err != nil {
				t.Fatal(err)
			}
			p := cs[0].Palette
			if tt.o.Base != nil && p.Primary.Hex() != palette.Hex(*tt.o.Base) {
				t.Errorf("base changed to %s", p.Primary.Hex())
			}
			if tt.o.Accent != nil && p.Accent.Hex() != palette.Hex(*tt.o.Accent) {
				t.Errorf("accent changed to %s", p.Accent.Hex())
			}
			joined := strings.Join(cs[0].Warnings, "\n")
			if tt.want != "" && !strings.Contains(joined, tt.want) {
				t.Errorf("warnings %q, want %q", cs[0].Warnings, tt.want)
			}
		})
	}
}

func ptr(c colorful.Color) *colorful.Color { return &c }

// TestGenerateBlackAndWhite: the black-and-white style puts black and white
// in the roles, with one saturated signal colour.
func TestGenerateBlackAndWhite(t *testing.T) {
	tags := meaningAndSectorTags()
	if testing.Short() {
		tags = tags[:len(tags)/3]
	}
	for _, tg := range tags {
		for seed := range 2 {
			o := generate.Options{Tags: []string{tg.ID}, Style: "black-and-white", Seed: uint64(seed)}
			cs, err := generate.Generate(o)
			if err != nil {
				t.Errorf("%s: %v", tg.ID, err)
				continue
			}
			p := cs[0].Palette
			checkGuarantees(t, o, p)
			black, white := false, false
			for _, c := range append([]palette.Entry{p.Primary, p.Accent}, p.Secondary...) {
				x := lch(c.Color)
				black = black || x.L <= 0.22 && x.C <= 0.02
				white = white || x.L >= 0.95 && x.C <= 0.02
			}
			if !black || !white {
				t.Errorf("%s: black %v white %v in %s", tg.ID, black, white, paletteKeyOf(p))
			}
			if a := lch(p.Accent.Color); a.C < 0.15 && a.C < 0.85*maxChroma(a.L, a.H) {
				t.Errorf("%s: signal accent %s has C %.3f", tg.ID, p.Accent.Hex(), a.C)
			}
		}
	}
}

// TestGenerateKidsAccentNotBrick: a children's brief with any sector tag,
// in every style and seed, gets a bright call to action, never a brick or
// rust (a red or orange under OKLCH L 0.6 and C 0.17).
func TestGenerateKidsAccentNotBrick(t *testing.T) {
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep"}
	n := 0
	for i, tg := range meaningAndSectorTags() {
		if i%shortStride() != 0 {
			continue
		}
		for _, style := range styles {
			for seed := range uint64(2) {
				cs, err := generate.Generate(generate.Options{Tags: []string{"kids", tg.ID}, Style: style, Seed: seed})
				if err != nil {
					continue // refusals are counted by TestGenerateAccentAndStyleRules
				}
				n++
				a := lch(cs[0].Palette.Accent.Color)
				if a.H >= 12 && a.H <= 50 && a.L < 0.6 && a.C < 0.17 {
					t.Errorf("kids,%s %q seed %d: brick accent %s (L %.2f C %.3f H %.0f)", tg.ID, style, seed, cs[0].Palette.Accent.Hex(), a.L, a.C, a.H)
				}
			}
		}
	}
	t.Logf("%d kids' palettes checked", n)
}

// TestGenerateNoOliveShade: outside the earthy and deep styles, no
// secondary is the deep shade of a gold or yellow hue (OKLCH H 72–110 under
// L 0.55 with C ≥ 0.04), which reads as olive or mud, over every meaning tag
// with every sector tag.
func TestGenerateNoOliveShade(t *testing.T) {
	var meanings, sectors []psych.Tag
	for _, tg := range meaningAndSectorTags() {
		if tg.Kind == psych.Meaning {
			meanings = append(meanings, tg)
		} else {
			sectors = append(sectors, tg)
		}
	}
	n := 0
	for i, m := range meanings {
		if i%shortStride() != 0 {
			continue
		}
		for _, s := range sectors {
			cs, err := generate.Generate(generate.Options{Tags: []string{m.ID, s.ID}})
			if err != nil || cs[0].Style == "earthy" || cs[0].Style == "deep" {
				continue
			}
			n++
			for _, sec := range cs[0].Palette.Secondary {
				if o := lch(sec.Color); o.H >= 72 && o.H <= 110 && o.L < 0.55 && o.C >= 0.04 {
					t.Errorf("%s,%s: olive shade secondary %s (L %.2f C %.3f H %.0f)", m.ID, s.ID, sec.Hex(), o.L, o.C, o.H)
				}
			}
		}
	}
	t.Logf("%d palettes checked", n)
}

// TestGenerateNoMaroonAccent: outside the earthy and deep styles and the
// briefs that name burgundy or brown, no call to action is a plum, maroon
// or rust (OKLCH H 340–50 under L 0.45).
func TestGenerateNoMaroonAccent(t *testing.T) {
	n := 0
	for _, tg := range meaningAndSectorTags() {
		if slices.Contains(tg.Families, "burgundy") || slices.Contains(tg.Families, "earth") {
			continue
		}
		for _, style := range []string{"", "vivid", "pastel", "muted"} {
			for seed := range uint64(2) {
				cs, err := generate.Generate(generate.Options{Tags: []string{tg.ID}, Style: style, Seed: seed})
				if err != nil || cs[0].Style == "earthy" || cs[0].Style == "deep" {
					continue
				}
				n++
				if a := lch(cs[0].Palette.Accent.Color); (a.H <= 50 || a.H >= 340) && a.L < 0.45 && a.C >= 0.04 {
					t.Errorf("%s %q seed %d: maroon accent %s (L %.2f C %.3f H %.0f)", tg.ID, style, seed, cs[0].Palette.Accent.Hex(), a.L, a.C, a.H)
				}
			}
		}
	}
	t.Logf("%d palettes checked", n)
}

// TestGenerateNoVibratingAccent: two saturated colours far apart on the
// wheel vibrate when their luminances are close (under 2.2:1), whatever
// their OKLCH lightness says: a red primary with an azure button (#d02b1d
// and #009fff, 1.8:1) shimmers at every edge. No generated accent does that
// with the primary or a secondary (the brand designer's guide, §2 red).
func TestGenerateNoVibratingAccent(t *testing.T) {
	n := 0
	for _, tags := range [][]string{{"energy", "sport"}, {"énergie"}, {"passion", "food"}, {"urgency", "retail"}, {"action", "gaming"}, {"trust", "kids"}, {"nature", "energy"}, {"luxury", "energy"}} {
		for _, style := range []string{"", "vivid", "bold"} {
			for seed := uint64(0); seed < 4; seed++ {
				cs, err := generate.Generate(generate.Options{Tags: tags, Style: style, Seed: seed, Variants: 3})
				if err != nil {
					continue
				}
				for _, c := range cs {
					p := c.Palette
					a := colorspace.ToOKLCH(p.Accent.Color)
					for _, r := range append([]palette.Entry{p.Primary}, p.Secondary...) {
						ro := colorspace.ToOKLCH(r.Color)
						if ro.C >= 0.12 && a.C >= 0.12 && hueGap(ro.H, a.H) >= 100 && contrast.Ratio(r.Color, p.Accent.Color) < 2.2 {
							t.Errorf("%v %q seed %d: accent %s vibrates with %s (%.2f:1)", tags, style, seed, p.Accent.Hex(), r.Hex(), contrast.Ratio(r.Color, p.Accent.Color))
						}
					}
					n++
				}
			}
		}
	}
	t.Logf("%d palettes checked", n)
}

func hueGap(a, b float64) float64 {
	d := math.Mod(math.Abs(a-b), 360)
	if d > 180 {
		d = 360 - d
	}
	return d
}

// shortStride is how many tags the broadest property tests step over per
// tag they check: 1 at full size, 4 with -short (the race detector's run).
func shortStride() int {
	if testing.Short() {
		return 4
	}
	return 1
}
