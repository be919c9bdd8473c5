package palette

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// Harmony is how the secondary and accent hues relate to the primary. The
// zero value, Auto, lets Generate choose: from the families of the other
// tags when there are some, else a classic harmony.
type Harmony uint8

// Harmonies.
const (
	Auto          Harmony = iota
	Analogous             // neighbours at ±30°
	Complementary         // a tint or shade of the primary, accent opposite
	Split                 // split-complementary: 150° and 210°
	Triadic               // 120° and 240°
	Monochrome            // one hue, several lightnesses
	FromTags              // the families of the other tags (chosen by Auto only)
)

var harmonyNames = [...]string{"auto", "analogous", "complementary", "split", "triadic", "monochrome", "tags"}

// String returns the harmony's name as the CLI spells it.
func (h Harmony) String() string {
	if int(h) < len(harmonyNames) {
		return harmonyNames[h]
	}
	return fmt.Sprintf("Harmony(%d)", uint8(h))
}

// MarshalText implements encoding.TextMarshaler.
func (h Harmony) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: auto, analogous,
// complementary, split, triadic or monochrome.
func (h *Harmony) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "split-complementary" {
		s = "split"
	}
	for i, n := range harmonyNames[:FromTags] {
		if n == s {
			*h = Harmony(i)
			return nil
		}
	}
	return fmt.Errorf("palette: unknown harmony %q%s: want auto, analogous, complementary, split, triadic or monochrome", b, didYouMean(s, harmonyNames[:FromTags]))
}

// Options says what palette to generate. The zero value is not enough: give
// Tags, Base, or both.
type Options struct {
	Tags []string // meaning, sector and style tags, English or French; the first meaning tag is the strongest

	Base      *colorful.Color  // the brand's primary, kept verbatim; nil: chosen from Tags
	Secondary []colorful.Color // secondaries the brand owns, kept verbatim
	Accent    *colorful.Color  // the brand's accent, kept verbatim

	Style       string           // a psych style ID (vivid, pastel, muted, earthy, deep, monochrome); "": from Tags
	Harmony     Harmony          // Auto: chosen per variant
	Secondaries int              // 1 or 2; 0 means max(1, len(Secondary))
	Avoid       []colorful.Color // competitors' colours: the primary and accent stay at least AvoidDistance away
	Variants    int              // how many palettes, ranked best first; 0 means 1
	Seed        uint64           // same Options and Seed: the same palettes
	Lang        psych.Lang       // language of names and reasons
	Name        string           // the palette's name; "": from the tags
}

// The thresholds of the palette guarantees.
const (
	MinRoleDistance = 10.0 // CIEDE2000 between any two colours of a palette
	AvoidDistance   = 20.0 // CIEDE2000 from an Avoid colour to the primary and the accent
	MinAccentRatio  = 3.0  // WCAG ratio of the accent against the primary (non-text)
)

// Candidate is one generated palette with its score (0–1, higher is better)
// and the harmony and style it was built with.
type Candidate struct {
	Palette *Palette
	Score   float64
	Harmony Harmony
	Style   string
}

// GuaranteeError reports options under which a palette guarantee cannot
// hold; Guarantee names it.
type GuaranteeError struct {
	Guarantee string
	Detail    string
}

func (e *GuaranteeError) Error() string {
	return fmt.Sprintf("palette: cannot guarantee %s: %s", e.Guarantee, e.Detail)
}

// TagError reports an unknown tag with the nearest known ones.
type TagError struct {
	Tag     string
	Suggest []string
}

func (e *TagError) Error() string {
	if len(e.Suggest) == 0 {
		return fmt.Sprintf("palette: unknown tag %q; run 'hueprint tags' for the list", e.Tag)
	}
	return fmt.Sprintf("palette: unknown tag %q: did you mean %s?", e.Tag, strings.Join(e.Suggest, ", "))
}

// Generate builds palettes from colour psychology: Variants palettes ranked
// best first by Score. Every palette it returns keeps these guarantees,
// enforced while it is built and verified before it is returned:
//
//   - the primary lies in the hue family of the strongest tag (the first
//     meaning tag, else the first sector tag), unless Base is given;
//   - one of the neutrals, used as text, reaches WCAG AA (4.5:1) on the
//     primary, on each secondary, on the accent and on the light neutral; the
//     dark neutral reaches AAA (7:1) on the light neutral;
//   - the accent reaches 3:1 against the primary (WCAG non-text);
//   - every two colours are at least MinRoleDistance apart (CIEDE2000), and
//     the primary and accent at least AvoidDistance from each Avoid colour;
//   - with protanopia, deuteranopia, tritanopia and achromatopsia (simulated
//     at full severity) the primary, secondaries and accent stay
//     MinCVDDistance apart and the accent keeps 3:1 on the primary, so every
//     palette passes its own Audit;
//   - every colour is in sRGB and exact in 8-bit hex; Base, Secondary and
//     Accent colours come out verbatim;
//   - the same Options give byte-identical palettes.
//
// Colours in the olive zone (dark yellow-greens, which designers dislike)
// are never generated, only kept when locked.
//
// When the options make a guarantee impossible (a locked colour too close to
// another, an Avoid colour next to the Base) the error is a
// *GuaranteeError naming it; an unknown tag gives a *TagError.
//
// The score weighs how well the primary fits its family (0.35), how well the
// other colours echo the tags (0.15), text legibility margin (0.2), how
// distinct the colours are (0.15), how much the accent stands out (0.1) and
// the distance from Avoid colours (0.05).
func Generate(o Options) ([]Candidate, error) {
	g, err := newGenerator(o)
	if err != nil {
		return nil, err
	}
	variants := max(1, o.Variants)
	attempts := 12 * variants
	var out []Candidate
	seen := map[string]bool{}
	var lastErr error
	for i := range attempts {
		rng := rand.New(rand.NewPCG(o.Seed, uint64(i)))
		c, err := g.candidate(rng, i)
		if err != nil {
			lastErr = err
			continue
		}
		key := paletteKey(c.Palette)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, c)
	}
	if len(out) == 0 {
		var ge *GuaranteeError
		if errors.As(lastErr, &ge) {
			return nil, ge
		}
		return nil, &GuaranteeError{Guarantee: "all guarantees", Detail: fmt.Sprintf("no palette found for these options (%v)", lastErr)}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return paletteKey(out[i].Palette) < paletteKey(out[j].Palette)
	})
	return pickDiverse(out, variants), nil
}

// pickDiverse takes the best candidates in order, skipping one that differs
// from an already chosen palette by less than MinVariantDistance in every
// role, so that variants are alternatives rather than near-copies; it fills
// up with the skipped ones when there are not enough.
func pickDiverse(ranked []Candidate, n int) []Candidate {
	var out, skipped []Candidate
	for _, c := range ranked {
		if len(out) == n {
			break
		}
		near := false
		for _, o := range out {
			if paletteDistance(c.Palette, o.Palette) < MinVariantDistance {
				near = true
				break
			}
		}
		if near {
			skipped = append(skipped, c)
			continue
		}
		out = append(out, c)
	}
	for _, c := range skipped {
		if len(out) == n {
			break
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// MinVariantDistance is the CIEDE2000 difference, in at least one of the
// primary, secondary and accent roles, that makes two variants alternatives.
const MinVariantDistance = 12.0

func paletteDistance(a, b *Palette) float64 {
	d := colorspace.DeltaE2000Colors(a.Primary.Color, b.Primary.Color)
	d = math.Max(d, colorspace.DeltaE2000Colors(a.Accent.Color, b.Accent.Color))
	for i := range min(len(a.Secondary), len(b.Secondary)) {
		d = math.Max(d, colorspace.DeltaE2000Colors(a.Secondary[i].Color, b.Secondary[i].Color))
	}
	return d
}

func paletteKey(p *Palette) string {
	var b strings.Builder
	for _, c := range p.Colors() {
		b.WriteString(c.Hex())
	}
	return b.String()
}

type generator struct {
	o           Options
	tags        []psych.Tag
	strongest   *psych.Tag
	primaryFam  *psych.Family
	otherFams   []psych.Family // families of the other tags, in tag order, without the primary's
	style       psych.StyleDef
	styleSet    bool // chosen explicitly (option or style tag)
	secondaries int
	base        *colorful.Color
	avoid       []colorful.Color
}

func newGenerator(o Options) (*generator, error) {
	g := &generator{o: o}
	for _, name := range o.Tags {
		if strings.TrimSpace(name) == "" {
			continue
		}
		t, ok := psych.Lookup(name)
		if !ok {
			return nil, &TagError{Tag: name, Suggest: psych.Suggest(name, 3)}
		}
		g.tags = append(g.tags, t)
	}
	// The strongest tag: a colour word given first ("bleu,tech"), else the
	// first meaning, else the first sector, else the first colour word, else
	// the first style that names a family (authentic → earth).
	if len(g.tags) > 0 && g.tags[0].Kind == psych.Color {
		g.strongest = &g.tags[0]
	}
	for _, kind := range []psych.Kind{psych.Meaning, psych.Sector, psych.Color, psych.Style} {
		for i := range g.tags {
			if g.strongest != nil {
				break
			}
			if g.tags[i].Kind == kind && len(g.tags[i].Families) > 0 {
				g.strongest = &g.tags[i]
				break
			}
		}
		if g.strongest != nil {
			break
		}
	}
	if g.strongest == nil && o.Base == nil {
		if len(g.tags) > 0 {
			return nil, fmt.Errorf("palette: tags %s only set a style: add a meaning or sector tag such as trust, energy or tech, or give a base colour", strings.Join(o.Tags, ","))
		}
		return nil, errors.New("palette: no tags and no base colour: give at least one, e.g. tags trust,tech")
	}
	seenFam := map[string]bool{}
	if g.strongest != nil {
		f, _ := psych.FamilyByID(g.strongest.Families[0])
		g.primaryFam = &f
		seenFam[f.ID] = true
	}
	addFam := func(id string) {
		if !seenFam[id] {
			seenFam[id] = true
			f, _ := psych.FamilyByID(id)
			g.otherFams = append(g.otherFams, f)
		}
	}
	// First the main family of every other tag, then the strongest tag's own
	// second choices.
	for _, t := range g.tags {
		if len(t.Families) > 0 {
			addFam(t.Families[0])
		}
	}
	if g.strongest != nil {
		for _, id := range g.strongest.Families[1:] {
			addFam(id)
		}
	}

	// Style: an option, else an explicit style tag, else what a tag calls for.
	g.style, _ = psych.StyleByID("balanced")
	switch {
	case o.Style != "":
		s, ok := psych.StyleByID(o.Style)
		if !ok {
			var names []string
			for _, s := range psych.Styles() {
				names = append(names, s.ID)
			}
			return nil, fmt.Errorf("palette: unknown style %q%s: want %s", o.Style, didYouMean(o.Style, names), strings.Join(names, ", "))
		}
		g.style, g.styleSet = s, true
	default:
		for _, pass := range []psych.Kind{psych.Style, psych.Meaning, psych.Sector} {
			for _, t := range g.tags {
				if t.Kind == pass && len(t.Styles) > 0 && !g.styleSet {
					g.style, _ = psych.StyleByID(t.Styles[0])
					g.styleSet = true
				}
			}
		}
	}

	g.secondaries = o.Secondaries
	if g.secondaries == 0 {
		g.secondaries = max(1, len(o.Secondary))
	}
	if g.secondaries < 1 || g.secondaries > 2 {
		return nil, fmt.Errorf("palette: %d secondaries, want 1 or 2", o.Secondaries)
	}
	if len(o.Secondary) > g.secondaries {
		return nil, fmt.Errorf("palette: %d locked secondaries but %d secondaries asked for", len(o.Secondary), g.secondaries)
	}
	if o.Base != nil {
		b := Quantize(*o.Base)
		g.base = &b
	}
	for _, a := range o.Avoid {
		g.avoid = append(g.avoid, Quantize(a))
	}
	return g, g.checkLocked()
}

// checkLocked reports guarantees that the locked colours already break, so
// the user hears which one rather than "no palette found".
func (g *generator) checkLocked() error {
	type locked struct {
		label string
		c     colorful.Color
	}
	var ls []locked
	if g.base != nil {
		ls = append(ls, locked{"the base colour", *g.base})
	}
	for i, s := range g.o.Secondary {
		ls = append(ls, locked{fmt.Sprintf("locked secondary %d", i+1), Quantize(s)})
	}
	if g.o.Accent != nil {
		ls = append(ls, locked{"the locked accent", Quantize(*g.o.Accent)})
	}
	for i := range ls {
		for j := i + 1; j < len(ls); j++ {
			if d := colorspace.DeltaE2000Colors(ls[i].c, ls[j].c); d < MinRoleDistance {
				return &GuaranteeError{Guarantee: "distinct colours",
					Detail: fmt.Sprintf("%s %s and %s %s are %.1f apart (CIEDE2000), under %g", ls[i].label, Hex(ls[i].c), ls[j].label, Hex(ls[j].c), d, MinRoleDistance)}
			}
		}
	}
	for _, a := range g.avoid {
		if g.base != nil {
			if d := colorspace.DeltaE2000Colors(*g.base, a); d < AvoidDistance {
				return &GuaranteeError{Guarantee: "distance from avoided colours",
					Detail: fmt.Sprintf("the base colour %s is %.1f from avoided %s (CIEDE2000), under %g; the base is kept verbatim", Hex(*g.base), d, Hex(a), AvoidDistance)}
			}
		}
		if g.o.Accent != nil {
			if d := colorspace.DeltaE2000Colors(Quantize(*g.o.Accent), a); d < AvoidDistance {
				return &GuaranteeError{Guarantee: "distance from avoided colours",
					Detail: fmt.Sprintf("the locked accent %s is %.1f from avoided %s, under %g", Hex(*g.o.Accent), d, Hex(a), AvoidDistance)}
			}
		}
	}
	if g.base != nil && g.o.Accent != nil {
		if r := contrast.Ratio(*g.base, Quantize(*g.o.Accent)); r < MinAccentRatio {
			return &GuaranteeError{Guarantee: "accent contrast",
				Detail: fmt.Sprintf("locked accent %s on base %s is %.2f:1, under %g:1", Hex(*g.o.Accent), Hex(*g.base), r, MinAccentRatio)}
		}
	}
	return nil
}

// built is a palette under construction.
type built struct {
	primary     colorful.Color
	primaryHue  float64 // hue the harmony turns around (for achromatic primaries, a family's hue)
	dark, light colorful.Color
	secondaries []colorful.Color
	accent      colorful.Color
	harmony     Harmony
}

func (b *built) all() []colorful.Color {
	out := []colorful.Color{b.primary}
	out = append(out, b.secondaries...)
	out = append(out, b.accent, b.dark, b.light)
	return out
}

func (g *generator) candidate(rng *rand.Rand, attempt int) (Candidate, error) {
	var b built
	// Primary.
	if g.base != nil {
		b.primary = *g.base
		o := colorspace.ToOKLCH(b.primary)
		b.primaryHue = o.H
		if o.Achromatic() || o.C < 0.02 {
			b.primaryHue = g.fallbackHue()
		}
	} else {
		p, hue, err := g.pickPrimary(rng)
		if err != nil {
			return Candidate{}, err
		}
		b.primary, b.primaryHue = p, hue
	}

	// Harmony.
	b.harmony = g.o.Harmony
	if b.harmony == Auto {
		choices := []Harmony{Analogous, Complementary, Split, Triadic}
		if len(g.otherFams) > 0 {
			choices = append(choices, FromTags, FromTags, FromTags)
		}
		if g.style.ID == "monochrome" {
			choices = []Harmony{Monochrome}
		}
		b.harmony = choices[rng.IntN(len(choices))]
		if (attempt == 0 || g.laterColorWord()) && len(g.otherFams) > 0 && g.style.ID != "monochrome" {
			b.harmony = FromTags // a colour word after the first tag names a secondary: honour it
		}
	}

	// Neutrals, tinted with the primary's hue.
	if err := g.pickNeutrals(&b); err != nil {
		return Candidate{}, err
	}

	// Secondaries.
	for i := range g.secondaries {
		if i < len(g.o.Secondary) {
			b.secondaries = append(b.secondaries, Quantize(g.o.Secondary[i]))
			continue
		}
		s, err := g.pickSecondary(rng, &b, i)
		if err != nil {
			return Candidate{}, err
		}
		b.secondaries = append(b.secondaries, s)
	}

	// Accent.
	if g.o.Accent != nil {
		b.accent = Quantize(*g.o.Accent)
	} else {
		a, err := g.pickAccent(rng, &b)
		if err != nil {
			return Candidate{}, err
		}
		b.accent = a
	}
	if err := g.verify(&b); err != nil {
		return Candidate{}, err
	}
	p := g.assemble(&b)
	return Candidate{Palette: p, Score: g.score(&b), Harmony: b.harmony, Style: g.style.ID}, nil
}

// fallbackHue is the hue an achromatic primary is tinted with and its
// harmonies turn around: the first chromatic family of the tags, else blue.
func (g *generator) fallbackHue() float64 {
	for _, f := range g.otherFams {
		if !f.Achromatic() {
			return f.HueCenter()
		}
	}
	return 260
}

func wrapHue(h float64) float64 {
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	return h
}

func hueDistance(a, b float64) float64 {
	d := math.Abs(wrapHue(a) - wrapHue(b))
	return math.Min(d, 360-d)
}

// cvdSet holds colours as each colour-vision deficiency sees them (CIELAB,
// full severity), so that candidates are compared without simulating the
// fixed colours again.
type cvdSet struct {
	labs [len(cvdKinds)][]colorspace.Lab
	lums [len(cvdKinds)][]float64
}

var cvdKinds = [4]cvd.Kind{cvd.Protanopia, cvd.Deuteranopia, cvd.Tritanopia, cvd.Achromatopsia}

func newCVDSet(cs ...colorful.Color) *cvdSet {
	s := &cvdSet{}
	for i, k := range cvdKinds {
		for _, c := range cs {
			x, _ := cvd.Simulate(c, k, 1)
			s.labs[i] = append(s.labs[i], colorspace.ToLab(x))
			s.lums[i] = append(s.lums[i], contrast.Luminance(x))
		}
	}
	return s
}

// distinct reports whether c stays MinCVDDistance from every colour of the
// set as each deficiency sees them.
func (s *cvdSet) distinct(c colorful.Color) bool {
	for i, k := range cvdKinds {
		x, _ := cvd.Simulate(c, k, 1)
		lab := colorspace.ToLab(x)
		for _, o := range s.labs[i] {
			if colorspace.DeltaE2000(lab, o) < MinCVDDistance {
				return false
			}
		}
	}
	return true
}

// standsOut reports whether c keeps MinAccentRatio against the set's first
// colour (the primary) as each deficiency sees them.
func (s *cvdSet) standsOut(c colorful.Color) bool {
	for i, k := range cvdKinds {
		x, _ := cvd.Simulate(c, k, 1)
		if contrast.RatioLuminance(contrast.Luminance(x), s.lums[i][0]) < MinAccentRatio {
			return false
		}
	}
	return true
}

// amberHue is where a yellow that must be dark goes instead of olive.
const amberHue = 68

// inOliveBand reports hues whose dark colours are olive.
func inOliveBand(h float64) bool { return h >= 85 && h <= 140 }

// olive reports the zone of dark yellow-greens that designers dislike.
func olive(c colorful.Color) bool {
	o := colorspace.ToOKLCH(c)
	return o.C > 0.045 && o.H >= 88 && o.H <= 135 && o.L < 0.74
}

func (g *generator) farFromAvoid(c colorful.Color) bool {
	for _, a := range g.avoid {
		if colorspace.DeltaE2000Colors(c, a) < AvoidDistance {
			return false
		}
	}
	return true
}

func (g *generator) pickPrimary(rng *rand.Rand) (colorful.Color, float64, error) {
	f := g.primaryFam
	for range 40 {
		var l, c, h float64
		if f.Achromatic() {
			h = g.fallbackHue()
			l = f.L + (rng.Float64()-0.5)*0.06
			c = f.C * (0.5 + rng.Float64())
			if g.style.ID == "pastel" && f.ID == "grey" {
				l = 0.8 // lighter would sit within 10 CIEDE2000 of the off-white neutral
			}
		} else {
			h = wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.8)
			if g.style.Earth {
				h = wrapHue(h + (55-h)*0.3) // pulled towards warm earth, then back into the family
				if !f.ContainsHue(h) {
					h = f.HueCenter()
				}
			}
			l = f.L + (rng.Float64()-0.5)*0.08
			if g.style.LMax > 0 {
				l = g.style.LMin + rng.Float64()*(g.style.LMax-g.style.LMin)
			}
			if g.style.ID == "pastel" {
				l = math.Max(l, f.L+0.02) // light families (yellow) stay lighter than their usual selves
			}
			l = math.Max(l, f.MinL)
			c = f.C * g.style.CMul * (0.9 + rng.Float64()*0.2)
		}
		col := Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: c, H: h}))
		if !f.Achromatic() && !f.ContainsHue(colorspace.ToOKLCH(col).H) {
			continue
		}
		if olive(col) || !g.farFromAvoid(col) {
			continue
		}
		return col, h, nil
	}
	return colorful.Color{}, 0, &GuaranteeError{Guarantee: "distance from avoided colours",
		Detail: fmt.Sprintf("no %s primary is %g away from the avoided colours", f.Name.EN, AvoidDistance)}
}

// textOK reports whether one of the neutrals reaches AA as text on c.
func textOK(c, dark, light colorful.Color) bool {
	return contrast.Ratio(dark, c) >= contrast.AA.Min() || contrast.Ratio(light, c) >= contrast.AA.Min()
}

func (g *generator) pickNeutrals(b *built) error {
	h := b.primaryHue
	pc := colorspace.ToOKLCH(b.primary).C
	darkC := math.Min(0.03, 0.15*pc+0.01)
	lightC := math.Min(0.012, 0.05*pc+0.004)
	// The neutrals must also suit the colours the brand locked.
	fixed := []colorful.Color{b.primary}
	for _, s := range g.o.Secondary {
		fixed = append(fixed, Quantize(s))
	}
	if g.o.Accent != nil {
		fixed = append(fixed, Quantize(*g.o.Accent))
	}
	for _, ll := range []float64{0.975, 0.99, 0.955, 0.93, 1, 0.91, 0.88, 0.85} {
		light := Quantize(colorspace.GamutMap(colorspace.OKLCH{L: ll, C: lightC, H: h}))
		if !g.distinct(light, fixed) {
			continue
		}
	dark:
		for _, dl := range []float64{0.23, 0.18, 0.28, 0.14, 0.33, 0.10, 0.37, 0.06, 0.02} {
			dark := Quantize(colorspace.GamutMap(colorspace.OKLCH{L: dl, C: darkC, H: h}))
			if !g.distinct(dark, fixed) || contrast.Ratio(dark, light) < contrast.AAA.Min() {
				continue
			}
			for _, f := range fixed {
				if !textOK(f, dark, light) {
					continue dark
				}
			}
			b.dark, b.light = dark, light
			return nil
		}
	}
	return &GuaranteeError{Guarantee: "neutral text contrast",
		Detail: fmt.Sprintf("no dark/light neutral pair reaches AA as text on the primary %s and the locked colours while staying %g from them", Hex(b.primary), MinRoleDistance)}
}

// secondaryHue returns the hue of secondary i and whether it comes from a tag
// family (whose hue range then bounds it).
func (g *generator) secondaryHue(rng *rand.Rand, b *built, i int) (float64, *psych.Family) {
	ph := b.primaryHue
	jitter := (rng.Float64() - 0.5) * 12
	switch b.harmony {
	case Analogous:
		sign := 1.0
		if rng.IntN(2) == 0 {
			sign = -1
		}
		if i == 1 {
			sign = -sign
		}
		return wrapHue(ph + sign*30 + jitter), nil
	case Complementary:
		if i == 0 {
			return ph, nil
		}
		return wrapHue(ph + 180 + jitter), nil
	case Split:
		return wrapHue(ph + 150 + 60*float64(i) + jitter), nil
	case Triadic:
		return wrapHue(ph + 120 + 120*float64(i) + jitter), nil
	case Monochrome:
		return ph, nil
	case FromTags:
		chromatic := g.chromaticOthers()
		if g.achromaticPrimary() && len(chromatic) > 0 {
			// The accent takes the first family (luxury: gold); secondaries
			// the next ones, else a tint of the accent's family.
			chromatic = append(chromatic[1:], chromatic[0])
		}
		if i < len(chromatic) {
			f := chromatic[i]
			return wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.6), &f
		}
		return wrapHue(ph + 30 + jitter), nil
	}
	return ph, nil
}

func (g *generator) achromaticPrimary() bool {
	return g.base == nil && g.primaryFam != nil && g.primaryFam.Achromatic()
}

// ctaHue is the accent hue when no tag names one: the complement of the
// primary, snapped to what calls to action use in practice: amber to orange
// (50–85°) beside cool primaries, turquoise to blue (195–250°) beside warm
// ones.
func ctaHue(primaryHue float64, rng *rand.Rand) float64 {
	comp := wrapHue(primaryHue + 180)
	if comp >= 15 && comp <= 120 || comp >= 300 || comp < 15 {
		// The complement is warm: keep it in the amber–orange band.
		if comp > 85 || comp < 50 {
			return 50 + rng.Float64()*35
		}
		return comp
	}
	if comp < 195 || comp > 250 {
		return 195 + rng.Float64()*55
	}
	return comp
}

func (g *generator) chromaticOthers() []psych.Family {
	var out []psych.Family
	for _, f := range g.otherFams {
		if !f.Achromatic() {
			out = append(out, f)
		}
	}
	return out
}

// scanLightness returns the colour of hue h and chroma c whose lightness is
// nearest to want among those that ok accepts, scanning OKLCH L outwards from
// want in steps of 0.01 (darker first on a tie). The colours are gamut mapped
// and 8-bit.
func scanLightness(h, c, want float64, ok func(colorful.Color) bool) (colorful.Color, bool) {
	start := int(math.Round(clamp(want, 0.04, 0.97) * 100))
	for k := 0; k <= 93; k++ {
		for _, i := range [2]int{start - k, start + k} {
			if i < 4 || i > 97 || (k == 0 && i != start-k) {
				continue
			}
			col := Quantize(colorspace.GamutMap(colorspace.OKLCH{L: float64(i) / 100, C: c, H: h}))
			if ok(col) {
				return col, true
			}
		}
	}
	return colorful.Color{}, false
}

func (g *generator) distinct(c colorful.Color, others []colorful.Color) bool {
	for _, o := range others {
		if colorspace.DeltaE2000Colors(c, o) < MinRoleDistance {
			return false
		}
	}
	return true
}

func (g *generator) pickSecondary(rng *rand.Rand, b *built, i int) (colorful.Color, error) {
	h, fam := g.secondaryHue(rng, b, i)
	p := colorspace.ToOKLCH(b.primary)
	// Secondaries bring contrast without stealing the show: a light tint
	// behind a dark or mid primary, a deeper shade beside a light one, with
	// less chroma than the primary.
	var want, c float64
	switch {
	case g.style.ID == "pastel":
		want, c = 0.86+rng.Float64()*0.05, 0.06+rng.Float64()*0.03
	case p.L < 0.62 && rng.IntN(4) > 0:
		want, c = 0.88+rng.Float64()*0.06, math.Max(0.03, math.Min(p.C, 0.2)*(0.25+rng.Float64()*0.2))
	case p.L < 0.62:
		want, c = p.L+0.2, math.Min(p.C, 0.2)*0.6
	default:
		want, c = 0.32+rng.Float64()*0.12, math.Max(0.04, math.Min(p.C, 0.2)*(0.55+rng.Float64()*0.3))
	}
	if fam != nil {
		c = math.Max(c, fam.C*0.5)
		want = math.Max(want, fam.MinL)
	}
	if g.style.ID == "muted" || g.style.ID == "earthy" {
		c *= 0.7
	}
	others := append([]colorful.Color{b.primary, b.dark, b.light}, b.secondaries...)
	seen := newCVDSet(append([]colorful.Color{b.primary}, b.secondaries...)...)
	accept := func(col colorful.Color) bool {
		if fam != nil && !fam.ContainsHue(colorspace.ToOKLCH(col).H) && colorspace.ToOKLCH(col).C > 0.02 {
			return false
		}
		return textOK(col, b.dark, b.light) && !olive(col) && g.distinct(col, others) && seen.distinct(col)
	}
	col, ok := scanLightness(h, c, want, accept)
	if !ok && fam == nil && inOliveBand(h) {
		// Dark yellows are olive: deepen towards amber, as designers do.
		col, ok = scanLightness(amberHue, c, want, accept)
	}
	if !ok {
		return colorful.Color{}, &GuaranteeError{Guarantee: "distinct colours",
			Detail: fmt.Sprintf("no secondary of hue %.0f° is legible and %g from the other colours", h, MinRoleDistance)}
	}
	return col, nil
}

func (g *generator) accentHue(rng *rand.Rand, b *built) (float64, *psych.Family) {
	ph := b.primaryHue
	jitter := (rng.Float64() - 0.5) * 16
	switch b.harmony {
	case Analogous, Complementary:
		return wrapHue(ph + 180 + jitter), nil
	case Split:
		return wrapHue(ph + 150 + jitter), nil
	case Triadic:
		return wrapHue(ph + 240 + jitter), nil
	case Monochrome:
		return ph, nil
	case FromTags:
		// The accent takes the next tag family after the secondaries, or,
		// when there is none, the first one (luxury: black, then gold).
		chromatic := g.chromaticOthers()
		var f psych.Family
		switch {
		case g.achromaticPrimary() && len(chromatic) > 0:
			f = chromatic[0]
		case len(chromatic) > g.secondaries:
			f = chromatic[g.secondaries]
		default:
			return ctaHue(ph, rng), nil
		}
		return wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.6), &f
	}
	return wrapHue(ph + 180), nil
}

func (g *generator) pickAccent(rng *rand.Rand, b *built) (colorful.Color, error) {
	h, fam := g.accentHue(rng, b)
	p := colorspace.ToOKLCH(b.primary)
	// An accent is saturated: it calls to action. It sits on the other side
	// of the primary in lightness so that it stands out (3:1).
	c := 0.17 + rng.Float64()*0.06
	if fam != nil {
		c = math.Max(fam.C*1.1, 0.1)
	}
	if g.style.ID == "muted" || g.style.ID == "earthy" {
		c *= 0.75
	}
	if g.style.ID == "pastel" {
		c = 0.13 + rng.Float64()*0.04
	}
	want := 0.78
	if p.L > 0.6 {
		want = 0.42
	}
	if fam != nil {
		want = math.Max(fam.L, fam.MinL)
	}
	others := append([]colorful.Color{b.primary, b.dark, b.light}, b.secondaries...)
	seen := newCVDSet(append([]colorful.Color{b.primary}, b.secondaries...)...)
	accept := func(col colorful.Color) bool {
		return contrast.Ratio(col, b.primary) >= MinAccentRatio && textOK(col, b.dark, b.light) &&
			!olive(col) && g.distinct(col, others) && g.farFromAvoid(col) &&
			seen.standsOut(col) && seen.distinct(col)
	}
	col, ok := scanLightness(h, c, want, accept)
	if !ok && fam == nil && inOliveBand(h) {
		col, ok = scanLightness(amberHue, c, want, accept)
	}
	if !ok {
		return colorful.Color{}, &GuaranteeError{Guarantee: "accent contrast",
			Detail: fmt.Sprintf("no accent of hue %.0f° reaches %g:1 against the primary %s while staying distinct", h, MinAccentRatio, Hex(b.primary))}
	}
	return col, nil
}

// verify re-checks every guarantee on the finished palette.
func (g *generator) verify(b *built) error {
	all := b.all()
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if d := colorspace.DeltaE2000Colors(all[i], all[j]); d < MinRoleDistance {
				return &GuaranteeError{Guarantee: "distinct colours", Detail: fmt.Sprintf("%s and %s are %.1f apart", Hex(all[i]), Hex(all[j]), d)}
			}
		}
	}
	for _, c := range append([]colorful.Color{b.primary, b.accent, b.light}, b.secondaries...) {
		if !textOK(c, b.dark, b.light) {
			return &GuaranteeError{Guarantee: "neutral text contrast", Detail: fmt.Sprintf("no neutral reaches AA on %s", Hex(c))}
		}
	}
	if contrast.Ratio(b.dark, b.light) < contrast.AAA.Min() {
		return &GuaranteeError{Guarantee: "neutral text contrast", Detail: "dark neutral under AAA on the light neutral"}
	}
	if r := contrast.Ratio(b.accent, b.primary); r < MinAccentRatio {
		return &GuaranteeError{Guarantee: "accent contrast", Detail: fmt.Sprintf("accent %s on primary %s is %.2f:1", Hex(b.accent), Hex(b.primary), r)}
	}
	// Colour-vision deficiencies: every pair with a generated colour in it
	// (colours the brand locked are taken as they are; Audit reports them).
	brand := append([]colorful.Color{b.primary, b.accent}, b.secondaries...)
	lockedAt := []bool{g.base != nil, g.o.Accent != nil}
	for i := range b.secondaries {
		lockedAt = append(lockedAt, i < len(g.o.Secondary))
	}
	if !lockedAt[1] && !newCVDSet(b.primary).standsOut(b.accent) {
		return &GuaranteeError{Guarantee: "accent contrast", Detail: fmt.Sprintf("accent %s on primary %s falls under %g:1 with a colour-vision deficiency", Hex(b.accent), Hex(b.primary), MinAccentRatio)}
	}
	for i, c := range brand {
		set := newCVDSet(c)
		for j := i + 1; j < len(brand); j++ {
			if (!lockedAt[i] || !lockedAt[j]) && !set.distinct(brand[j]) {
				return &GuaranteeError{Guarantee: "colour-vision deficiencies", Detail: fmt.Sprintf("%s and %s are within %g CIEDE2000 for protanopia, deuteranopia, tritanopia or achromatopsia", Hex(c), Hex(brand[j]), MinCVDDistance)}
			}
		}
	}
	if g.base == nil && g.primaryFam != nil && !g.primaryFam.Achromatic() && !g.primaryFam.ContainsHue(colorspace.ToOKLCH(b.primary).H) {
		return &GuaranteeError{Guarantee: "primary family", Detail: "primary left its family"}
	}
	for _, a := range g.avoid {
		for _, c := range []colorful.Color{b.primary, b.accent} {
			if d := colorspace.DeltaE2000Colors(c, a); d < AvoidDistance {
				return &GuaranteeError{Guarantee: "distance from avoided colours", Detail: fmt.Sprintf("%s is %.1f from %s", Hex(c), d, Hex(a))}
			}
		}
	}
	return nil
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func (g *generator) score(b *built) float64 {
	// Fit of the primary to its family.
	fit := 1.0
	if g.base == nil && g.primaryFam != nil && !g.primaryFam.Achromatic() {
		d := hueDistance(colorspace.ToOKLCH(b.primary).H, g.primaryFam.HueCenter())
		fit = 1 - d/math.Max(g.primaryFam.HueWidth(), 1)
	}
	// Echo of the other tags in the secondaries and the accent.
	echo := 0.5
	if others := g.chromaticOthers(); len(others) > 0 {
		hits := 0
		for _, c := range append([]colorful.Color{b.accent}, b.secondaries...) {
			h := colorspace.ToOKLCH(c).H
			for _, f := range others {
				if f.ContainsHue(h) {
					hits++
					break
				}
			}
		}
		echo = float64(hits) / float64(len(b.secondaries)+1)
	}
	// Legibility margin: the worst best-neutral ratio over the backgrounds.
	worst := math.Inf(1)
	for _, c := range append([]colorful.Color{b.primary, b.accent, b.light}, b.secondaries...) {
		worst = math.Min(worst, math.Max(contrast.Ratio(b.dark, c), contrast.Ratio(b.light, c)))
	}
	legible := clamp((worst-4.5)/(7-4.5), 0, 1)
	// Distinctness.
	minD := math.Inf(1)
	all := b.all()
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			minD = math.Min(minD, colorspace.DeltaE2000Colors(all[i], all[j]))
		}
	}
	distinct := clamp((minD-MinRoleDistance)/20, 0, 1)
	pop := clamp((contrast.Ratio(b.accent, b.primary)-MinAccentRatio)/1.5, 0, 1)
	away := 1.0
	if len(g.avoid) > 0 {
		d := math.Inf(1)
		for _, a := range g.avoid {
			d = math.Min(d, math.Min(colorspace.DeltaE2000Colors(b.primary, a), colorspace.DeltaE2000Colors(b.accent, a)))
		}
		away = clamp((d-AvoidDistance)/20, 0, 1)
	}
	s := 0.35*fit + 0.15*echo + 0.2*legible + 0.15*distinct + 0.1*pop + 0.05*away
	return math.Round(s*1e6) / 1e6
}
