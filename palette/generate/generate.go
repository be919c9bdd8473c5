package generate

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
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
	Analogous             // a secondary at ±30°, the accent the other neighbour (or a designer pairing)
	Complementary         // the primary's opposite (a painter's complement, 115–180° away) in the accent or a deep or pale secondary
	Split                 // split-complementary: the secondary and the accent at +150° and +210°
	Triadic               // the secondary and the accent a third of the wheel away, or a painter's triad
	Monochrome            // one hue in several lightnesses; the accent is its chroma step
	FromTags              // the families of the other tags (chosen by Auto and the black-and-white style)
)

// Name returns the harmony's name in lang: "analogous", "analogue".
func (h Harmony) Name(lang psych.Lang) string { return psych.T(lang, "harmony."+h.String()) }

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

// UnmarshalText implements encoding.TextUnmarshaler: auto (or ""),
// analogous, complementary, split, triadic, monochrome or tags, so that
// every name String prints reads back.
func (h *Harmony) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	switch s {
	case "split-complementary":
		s = "split"
	case "":
		s = "auto"
	}
	for i, n := range harmonyNames {
		if n == s {
			*h = Harmony(i)
			return nil
		}
	}
	return fmt.Errorf("palette: unknown harmony %q%s: want auto, analogous, complementary, split, triadic, monochrome or tags", b, didYouMean(s, harmonyNames[:]))
}

// Options says what palette to generate. The zero value is not enough: give
// Tags, Base, or both.
type Options struct {
	Tags []string // meaning, sector and style tags, English or French; the first meaning tag is the strongest

	Base      *colorful.Color  // the brand's primary, kept verbatim; nil: chosen from Tags
	Secondary []colorful.Color // secondaries the brand owns, kept verbatim
	Accent    *colorful.Color  // the brand's accent, kept verbatim

	Style       string           // a psych style ID (vivid, pastel, muted, earthy, deep, monochrome, black-and-white); "": from Tags
	Harmony     Harmony          // Auto: chosen per variant
	Secondaries int              // 1 or 2; 0 means max(1, len(Secondary))
	Avoid       []colorful.Color // competitors' colours: generated colours stay at least AvoidDistance away
	Variants    int              // how many palettes (at most): the first is the one Variants 0 gives, the others ranked by Score and VariantsDiffer from each other; 0 means 1
	Seed        uint64           // same Options and Seed: the same palettes
	Lang        psych.Lang       // language of names and reasons
	Name        string           // the palette's name; "": from the tags
}

// Candidate is one generated palette with its score (0–1, higher is better),
// the harmony and style it was built with, and what Generate has to say
// about the options.
type Candidate struct {
	Palette *palette.Palette
	Score   float64
	Harmony Harmony
	Style   string
	// Notes say what Generate did about the options: the family it chose
	// when Avoid rules out the obvious one, how it handles an awkward base.
	Notes []string
	// Warnings name each guarantee that colours the brand owns (Base,
	// Secondary, Accent) break, with the measured figure and the change
	// Audit would suggest. The colours are kept; the palette is still given.
	Warnings []string

	stale   int // sector and colour tags without which the palette would be the same
	missing int // sector and colour tags whose family the palette does not show
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

// Text says in lang that the tag is unknown, with the known tags close to
// it in meaning and in spelling (psych.SuggestTags), as "hueprint palette"
// prints it: "hueprint: unknown tag "x"; close in meaning: …; did you mean
// …?".
func (e *TagError) Text(lang psych.Lang) string {
	sg := psych.SuggestTags(e.Tag, 3)
	msg := psych.T(lang, "err.tag", e.Tag)
	if len(sg.ByMeaning) > 0 {
		msg = psych.T(lang, "why.join", msg, psych.T(lang, "err.meaning", strings.Join(sg.ByMeaning, ", ")))
	}
	if len(sg.BySpelling) > 0 {
		msg = psych.T(lang, "why.join", msg, psych.T(lang, "err.spelling", strings.Join(sg.BySpelling, ", ")))
	}
	return msg
}

// Generate builds palettes the way a brand designer does: Variants palettes,
// the first being the one Generate returns without Variants, the others
// ranked by Score. Every palette whose colours Generate chose keeps these
// guarantees, enforced while it is built and verified before it is returned:
//
//   - the primary lies in the hue family of the strongest tag (the first
//     meaning tag, else the first sector tag), unless Base is given or
//     Avoid rules that family out (then another family of the tags, else a
//     neighbouring hue, said in Notes);
//   - one of the neutrals, used as text, reaches WCAG AA (4.5:1) on the
//     primary, on each secondary, on the accent and on the light neutral; the
//     dark neutral reaches AAA (7:1) on the light neutral;
//   - the accent is a call to action: OKLCH chroma at least palette.MinAccentChroma
//     (or its hue's gamut limit), lightness between palette.MinAccentLightness and
//     0.93, unless black or white is what a tag or the black-and-white style
//     asks for; it stands out from the primary by palette.MinAccentDistance
//     (CIEDE2000) or palette.MinAccentRatio (WCAG), winning on chroma or lightness,
//     and is palette.MinAccentSecondaryDistance from each secondary; its hue comes
//     from the harmony or from the pairings designers use for the primary's
//     family (blue → amber, orange or coral; red → gold, navy, white or
//     black; green → coral, terracotta or gold …), never an unrequested neon,
//     never a plum, maroon or rust (OKLCH H 340–50 under L 0.45) outside
//     earthy and deep palettes and burgundy or brown briefs, never a brick
//     red in a children's or vivid brief;
//   - the harmony is what it says: split puts the secondary and the accent on
//     the two hues either side of the primary's opposite; complementary puts
//     the opposite hue in a chromatic role; triadic uses three hues about
//     120° apart (or a painter's triad); analogous takes neighbours; the
//     reasons name it truthfully;
//   - the style shapes every chromatic role (a muted palette has a muted
//     secondary and a one-step-up accent, a pastel palette pastel
//     secondaries, vivid more chroma …), and no brown, khaki or olive
//     mid-tone appears in a kids' or vivid palette, no olive in a pastel one;
//   - every two colours are at least palette.MinRoleDistance apart (CIEDE2000), and
//     every generated brand colour at least palette.AvoidDistance from each Avoid
//     colour;
//   - with protanopia, deuteranopia, tritanopia and achromatopsia (simulated
//     at full severity) the primary, secondaries and accent stay
//     palette.MinCVDDistance apart and the accent still stands out from the primary,
//     so every palette passes its own Audit;
//   - every colour is in sRGB and exact in 8-bit hex; Base, Secondary and
//     Accent colours come out verbatim, even when they break a guarantee:
//     the palette is then given with Warnings;
//   - the same Options give byte-identical palettes.
//
// Every tag counts: each tag's first colour family not already claimed by an
// earlier tag appears in a secondary or the accent of the tag-driven
// palette. A sector or colour tag beyond the strongest changes the palette
// the other tags give: it brings a family that palette does not show (its
// first, else its others), else its first family at its own strength (coffee
// brings a coffee brown, nautical a navy); palettes that leave such a tag
// without effect, then those that do not show its family, rank after the
// others whatever their score. A colour word after the first tag shows as
// that colour (OKLCH C above 0.05): the accent when it may be a call to
// action, else a secondary near its family's own lightness and chroma.
//
// An unknown tag gives a *TagError; options no palette can satisfy (an
// Avoid list that rules out every hue of the tags) a *GuaranteeError.
//
// The score weighs how the accent stands out (0.25), whether its hue is a
// designer pairing for the primary (0.15), how many of the tags' families
// the palette shows (0.2), the text legibility margin (0.1), how distinct
// the colours are (0.1), how often designers use the harmony for such a
// brief (0.1), how well the secondaries contrast with the primary in
// lightness (0.05) and the distance from Avoid colours (0.05). Each term
// runs from 0 to 1: pop from ΔE00 25 to 50 to the primary (60 %) and 15 to
// 35 to the nearest secondary (40 %); pairing 1 within 20° of a pairing, 0.5
// within 40°; legibility from 4.5:1 to 7:1 for the worst best-neutral text;
// distinctness from ΔE00 10 to 30 for the closest two colours; harmony 1 for
// the tags' families, complementary and monochrome, 0.8 split, 0.6
// analogous, 0.5 triadic (1 for kids and vivid); surfaces from 0.1 to 0.35
// of OKLCH L between primary and secondaries; Avoid from ΔE00 20 to 40.
func Generate(o Options) ([]Candidate, error) {
	return generate(o, map[string]*palette.Palette{})
}

// generate is Generate with a memo of the palettes of the tag lists
// without one of their sector or colour tags (every tag counts).
func generate(o Options, memo map[string]*palette.Palette) ([]Candidate, error) {
	g, err := newGenerator(o)
	if err != nil {
		return nil, err
	}
	g.traceTags(memo)
	variants := max(1, o.Variants)
	pool, lastErr := g.pool(g.basePlans())
	if len(pool) == 0 {
		pool, lastErr = g.pool(g.plansFor(false))
	}
	if len(pool) == 0 {
		var ge *GuaranteeError
		if errors.As(lastErr, &ge) {
			return nil, ge
		}
		return nil, &GuaranteeError{Guarantee: "all guarantees", Detail: fmt.Sprintf("no palette found for these options (%v)", lastErr)}
	}
	rank(pool)
	best := pool[0]
	out := []Candidate{best}
	if variants > 1 {
		more, _ := g.pool(g.variantPlans(variants))
		all := append(pool[1:], more...)
		rank(all)
		out = pickDiverse(best, all, variants)
	}
	for i := range out {
		out[i].Notes = append(append([]string(nil), g.notes...), out[i].Notes...)
		out[i].Warnings = g.warnings(out[i].Palette)
	}
	return out, nil
}

func rank(cs []Candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		// Every tag counts: a palette that shows each sector and colour
		// tag comes before one that leaves a tag out, whatever the score.
		if cs[i].stale != cs[j].stale {
			return cs[i].stale < cs[j].stale
		}
		if cs[i].missing != cs[j].missing {
			return cs[i].missing < cs[j].missing
		}
		if cs[i].Score != cs[j].Score {
			return cs[i].Score > cs[j].Score
		}
		return paletteKey(cs[i].Palette) < paletteKey(cs[j].Palette)
	})
}

// pool builds one candidate per plan, dropping failures and duplicates.
func (g *generator) pool(plans []plan) ([]Candidate, error) {
	var out []Candidate
	var lastErr error
	for _, pl := range plans {
		c, err := g.candidate(pl)
		if err != nil {
			lastErr = err
			continue
		}
		key := paletteKey(c.Palette)
		if g.seen[key] {
			continue
		}
		g.seen[key] = true
		out = append(out, c)
	}
	return out, lastErr
}

// MinVariantDistance is the CIEDE2000 difference that makes two variants
// alternatives: they differ by at least that much in at least two of their
// primary, secondary and accent colours.
const MinVariantDistance = 10.0

// VariantsDiffer reports whether two palettes are alternatives rather than
// near-copies: at least two of their primary, secondary and accent colours
// (secondaries matched by position) differ by MinVariantDistance or more.
func VariantsDiffer(a, b *palette.Palette) bool {
	n := 0
	if colorspace.DeltaE2000Colors(a.Primary.Color, b.Primary.Color) >= MinVariantDistance {
		n++
	}
	if colorspace.DeltaE2000Colors(a.Accent.Color, b.Accent.Color) >= MinVariantDistance {
		n++
	}
	for i := range min(len(a.Secondary), len(b.Secondary)) {
		if colorspace.DeltaE2000Colors(a.Secondary[i].Color, b.Secondary[i].Color) >= MinVariantDistance {
			n++
		}
	}
	return n >= 2
}

// pickDiverse keeps first as variant 1, then takes the best-ranked
// candidates that differ from every chosen one (VariantsDiffer). When the
// options leave fewer alternatives than asked, it returns fewer variants
// rather than near-copies.
func pickDiverse(first Candidate, ranked []Candidate, n int) []Candidate {
	out := []Candidate{first}
	for _, c := range ranked {
		if len(out) == n {
			break
		}
		ok := true
		for _, o := range out {
			if !VariantsDiffer(c.Palette, o.Palette) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

func paletteKey(p *palette.Palette) string {
	var b strings.Builder
	for _, c := range p.Colors() {
		b.WriteString(c.Hex())
	}
	return b.String()
}

// contribution is the colour family a tag adds to the palette.
type contribution struct {
	fam  psych.Family
	alts []psych.Family // the tag's other families no earlier tag names: its accent may take one
	tag  psych.Tag
	// strong: the family shows at its own strength, not as a pale tint
	// (a colour word, a shade such as navy, a family the palette already
	// shows as a tint).
	strong bool
}

type generator struct {
	o           Options
	tags        []psych.Tag
	strongest   *psych.Tag
	primaryFam  *psych.Family
	contrib     []contribution // one family per tag beyond the primary's, in tag order
	style       psych.StyleDef
	styleSet    bool // chosen explicitly (option or style tag)
	secondaries int
	base        *colorful.Color
	avoid       []colorful.Color
	prims       []primaryChoice
	notes       []string
	baseWarn    []string
	seen        map[string]bool
	neutrals    map[neutralKey][2]colorful.Color
	kids        bool // mud rules apply (kids, vivid)
	earthOK     bool // browns are welcome (earthy, deep, a tag of the earth family)
	neonOK      bool // a tag asks for neon (sport)
	bwAccentOK  bool // a tag allows a black or white accent (luxury, minimalism)
	noRedCTA    bool // finance and legal: no red call to action
	warmth      int  // -1 cool (tech, finance, health), +1 warm (food, craft, luxury), 0 neither
	// without holds, per sector or colour tag beyond the strongest, the
	// palette the other tags give: the tag must change it.
	without map[string]*palette.Palette
}

// primaryChoice is one primary the candidates can be built on.
type primaryChoice struct {
	c   colorful.Color
	hue float64 // hue the harmony turns around (for achromatic primaries, a tag family's hue)
	fam psych.Family
}

var (
	warmTags = map[string]bool{"food": true, "craft": true, "luxury": true, "jewellery": true, "authentic": true, "warmth": true, "timeless": true, "prestige": true, "premium": true}
	coolTags = map[string]bool{"tech": true, "finance": true, "health": true, "corporate": true, "security": true, "innovation": true}
	bwTags   = map[string]bool{"luxury": true, "minimalist": true, "sophistication": true, "fashion": true, "jewellery": true, "timeless": true, "prestige": true, "black-and-white": true}
	mudTags  = map[string]bool{"kids": true, "vivid": true, "bold": true}
	neonTags = map[string]bool{"sport": true}
)

func newGenerator(o Options) (*generator, error) {
	g := &generator{o: o, seen: map[string]bool{}, neutrals: map[neutralKey][2]colorful.Color{}}
	for _, name := range o.Tags {
		if strings.TrimSpace(name) == "" {
			continue
		}
		t, ok := psych.Lookup(name)
		if !ok {
			return nil, &TagError{Tag: name, Suggest: psych.Suggest(name, 3)}
		}
		g.tags = append(g.tags, t)
		switch {
		case warmTags[t.ID]:
			g.warmth = max(g.warmth, 1)
		case coolTags[t.ID] && g.warmth == 0:
			g.warmth = -1
		}
		g.kids = g.kids || mudTags[t.ID]
		g.neonOK = g.neonOK || neonTags[t.ID]
		g.noRedCTA = g.noRedCTA || t.ID == "finance" || t.ID == "legal"
		g.bwAccentOK = g.bwAccentOK || bwTags[t.ID]
	}
	// The strongest tag: a colour word given first ("bleu,tech"), else the
	// first meaning, else the first sector, else the first colour word, else
	// the first style that names a family (authentic → earth).
	if len(g.tags) > 0 && g.tags[0].Kind == psych.Color && len(g.tags[0].Families) > 0 {
		g.strongest = &g.tags[0]
	}
	for _, kind := range []psych.Kind{psych.Meaning, psych.Sector, psych.Color, psych.Style} {
		if g.strongest != nil {
			break
		}
		for i := range g.tags {
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
	g.kids = g.kids || g.style.ID == "vivid"
	g.earthOK = g.style.ID == "earthy" || g.style.ID == "deep"
	for _, t := range g.tags {
		for _, id := range t.Families {
			g.earthOK = g.earthOK || id == "earth"
		}
	}
	if g.style.ID == "black-and-white" {
		g.bwAccentOK = true
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
		b := palette.Quantize(*o.Base)
		g.base = &b
	}
	for _, a := range o.Avoid {
		g.avoid = append(g.avoid, palette.Quantize(a))
	}
	if err := g.choosePrimaries(); err != nil {
		return nil, err
	}
	g.claimFamilies()
	g.baseNotes()
	return g, nil
}

// traceTags computes, for every sector or colour tag beyond the strongest,
// the palette the options give without it, and claims the families again
// so that each such tag brings one that palette does not already show.
func (g *generator) traceTags(memo map[string]*palette.Palette) {
	if len(g.tags) > 6 {
		return // a long brief: the claims alone
	}
	for _, t := range g.tags {
		if t.Kind != psych.Sector && t.Kind != psych.Color || g.strongest != nil && t.ID == g.strongest.ID {
			continue
		}
		o := g.o
		o.Variants, o.Name, o.Tags = 1, "", nil
		for _, n := range g.o.Tags {
			if lt, ok := psych.Lookup(n); !ok || lt.ID != t.ID {
				o.Tags = append(o.Tags, n)
			}
		}
		key := strings.Join(o.Tags, "\x00")
		p, ok := memo[key]
		if !ok {
			if cs, err := generate(o, memo); err == nil {
				p = cs[0].Palette
			}
			memo[key] = p
		}
		if p == nil {
			continue
		}
		if g.without == nil {
			g.without = map[string]*palette.Palette{}
		}
		g.without[t.ID] = p
	}
	if g.without != nil {
		g.contrib = nil
		g.claimFamilies()
	}
}

// staleTags counts the tags of g.without the palette b does not change:
// no colour moves by 5 ΔE00 or more.
func (g *generator) staleTags(b *built) int {
	n := 0
	now := append(append([]colorful.Color{b.primary}, b.secondaries...), b.accent, b.dark, b.light)
	for _, p := range g.without {
		was := p.Colors()
		changed := len(was) != len(now)
		for i := range min(len(was), len(now)) {
			changed = changed || colorspace.DeltaE2000Colors(was[i].Color, now[i]) >= 5
		}
		if !changed {
			n++
		}
	}
	return n
}

// shownWithout reports whether the palette without tag shows family id in
// a secondary or the accent (or the primary).
func (g *generator) shownWithout(tag, id string) bool {
	p := g.without[tag]
	f, ok := psych.FamilyByID(id)
	if p == nil || !ok {
		return false
	}
	for _, c := range append([]palette.Entry{p.Primary, p.Accent}, p.Secondary...) {
		// A beige or peach tint is not the brown a coffee brief means.
		// Nor is a crimson the burgundy of a wine brief: the shades colour
		// words name are shown only near their own lightness.
		o := colorspace.ToOKLCH(c.Color)
		if inFamily(c.Color, f) && (f.ID != "earth" || o.L < 0.66) && (f.Of == "" || math.Abs(o.L-f.L) <= 0.08) {
			return true
		}
	}
	return false
}

// claimFamilies gives every tag its trace: the first of its families that no
// earlier tag names (luxury names black, gold and violet, so jewellery
// brings turquoise), else its first family not yet in the palette.
func (g *generator) claimFamilies() {
	named := map[string]bool{g.prims[0].fam.ID: true}
	used := map[string]bool{g.prims[0].fam.ID: true}
	if g.style.ID == "black-and-white" && g.primaryFam != nil && !g.primaryFam.Achromatic() && g.strongest != nil {
		// The black primary does not show the strongest tag's family: the
		// signal colour does.
		g.contrib = append(g.contrib, contribution{fam: *g.primaryFam, tag: *g.strongest})
		named[g.primaryFam.ID], used[g.primaryFam.ID] = true, true
	}
	for _, t := range g.tags {
		if len(t.Families) == 0 {
			continue
		}
		// The first family no earlier tag names, else the first not yet
		// used; first among those the palette without this tag does not
		// show, so that the tag changes it.
		pick, strong := "", false
		for _, fresh := range []bool{true, false} {
			for _, free := range []func(string) bool{
				// Against the palette without the tag, what it shows
				// decides; else the families earlier tags do not name.
				func(id string) bool { return !named[id] && !used[id] || fresh && g.without[t.ID] != nil && !used[id] },
				func(id string) bool { return !used[id] },
			} {
				for _, id := range t.Families {
					if pick == "" && free(id) && !g.familyAvoided(id) && (!fresh || !g.shownWithout(t.ID, id)) {
						pick = id
					}
				}
			}
			if pick != "" {
				strong = !fresh && g.without[t.ID] != nil
				break
			}
		}
		if id := t.Families[0]; t.Kind == psych.Color && id != g.prims[0].fam.ID && !g.familyAvoided(id) {
			pick = id // the client named this colour: it is the trace
		}
		if pick == "" && g.without[t.ID] != nil {
			// Every family of the tag is taken: its first one shows at its
			// own strength (coffee brings a coffee brown, nautical a navy).
			for _, id := range t.Families {
				if !g.familyAvoided(id) && id != g.prims[0].fam.ID {
					pick, strong = id, true
					break
				}
			}
		}
		for _, id := range t.Families {
			named[id] = true
		}
		if pick == "" {
			continue
		}
		if g.strongest != nil && t.ID == g.strongest.ID && g.base == nil && g.style.ID != "black-and-white" {
			// The strongest tag made the primary; its own second family
			// only counts when no other tag brings one.
			continue
		}
		used[pick] = true
		f, _ := psych.FamilyByID(pick)
		c := contribution{fam: f, tag: t, strong: strong || f.Of != "" || f.ID == "earth" && t.Kind == psych.Sector}
		for _, id := range t.Families {
			if id != pick && !g.familyAvoided(id) && id != g.prims[0].fam.ID {
				if af, ok := psych.FamilyByID(id); ok && !af.Achromatic() {
					c.alts = append(c.alts, af)
				}
			}
		}
		g.contrib = append(g.contrib, c)
	}
	if len(g.contrib) == 0 && g.strongest != nil {
		for _, id := range g.strongest.Families[1:] {
			if !used[id] && !g.familyAvoided(id) {
				f, _ := psych.FamilyByID(id)
				g.contrib = append(g.contrib, contribution{fam: f, tag: *g.strongest})
				break
			}
		}
	}
}

// familyAvoided reports whether an Avoid colour sits in the family (its hue
// range widened by 12°, chroma ≥ 0.04), or is its achromatic twin.
func (g *generator) familyAvoided(id string) bool {
	f, ok := psych.FamilyByID(id)
	if !ok {
		return false
	}
	for _, a := range g.avoid {
		o := colorspace.ToOKLCH(a)
		if f.Achromatic() {
			c := g.achromaticColor(f, 0)
			if o.C < 0.04 && colorspace.DeltaE2000Colors(c, a) < palette.AvoidDistance {
				return true
			}
			continue
		}
		if o.C >= 0.04 && (f.ContainsHue(o.H) || hueDistance(o.H, f.HueMin) < 12 || hueDistance(o.H, f.HueMax) < 12) {
			return true
		}
	}
	return false
}
