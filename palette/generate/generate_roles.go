package generate

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// roleKind is the part a secondary or accent plays in a layout.
type roleKind uint8

const (
	kindTint  roleKind = iota + 1 // L 0.84–0.93, low chroma: panels, cards
	kindShade                     // L 0.25–0.42: headings, footers, dark bands
	kindBlack                     // black as a real role
	kindWhite                     // white as a real role
	kindHue                       // a saturated hue (accents)
	kindNamed                     // a colour the brief names, near its family's own lightness and chroma
)

// relation says where a role's hue comes from, for its reason.
type relation uint8

const (
	relPrimary relation = iota + 1 // the primary's own hue
	relHarmony                     // the harmony's hue
	relPairing                     // a pairing designers use with the primary's family
	relTag                         // a tag's family
	relFree                        // the free hue nearest the complement (Avoid and the rules left no other)
)

// roleSpec is what a plan asks of a secondary or the accent.
type roleSpec struct {
	kind roleKind
	hue  float64
	fam  *psych.Family // bounds the hue when it comes from a tag family
	rel  relation
	tag  *psych.Tag
}

// neutralKey says what the neutrals depend on.
type neutralKey struct {
	prim             int
	black, whiteRole bool
}

// plan is one way of building a palette on a primary.
type plan struct {
	harmony Harmony
	prim    int // index into generator.prims
	rot     int // which option goes where
	stream  uint64
}

// built is a palette under construction.
type built struct {
	primary     colorful.Color
	primaryHue  float64 // hue the harmony turns around (for achromatic primaries, a family's hue)
	pfam        psych.Family
	dark, light colorful.Color
	secondaries []colorful.Color
	secSpecs    []roleSpec
	accent      colorful.Color
	accSpec     roleSpec
	harmony     Harmony
	lockedS     int     // how many secondaries are locked
	lockedA     bool    // the accent is locked
	seen        *cvdSet // primary and secondaries as colour-vision deficiencies see them
}

func (b *built) all() []colorful.Color {
	out := []colorful.Color{b.primary}
	out = append(out, b.secondaries...)
	out = append(out, b.accent, b.dark, b.light)
	return out
}

// mk returns the 8-bit sRGB colour nearest to OKLCH (l, c, h), chroma
// reduced to the gamut.
func mk(l, c, h float64) colorful.Color {
	return palette.Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: c, H: wrapHue(h)}))
}

// maxChroma returns the largest OKLCH chroma in the sRGB gamut at lightness
// l and hue h (bisection to 0.001).
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

// family pairings: the accent hues designers use with each primary family
// (OKLCH degrees, preferred first; see the brand designer's guide, §2).
var pairings = map[string][]float64{
	"blue":   {62, 48, 35, 80},
	"red":    {86, 262, 97},
	"orange": {262, 280, 200},
	"yellow": {25, 355, 262, 300},
	"green":  {33, 355, 42, 82},
	"teal":   {35, 52, 92},
	"violet": {72, 95, 330, 165},
	"pink":   {262, 72, 268, 355},
	"earth":  {38, 258, 80},
	"black":  {85, 27, 262},
	"grey":   {50, 262},
	"white":  {40, 160},
	"gold":   {160, 315, 262, 22},
	// The shades colour words name: navy takes gold, orange and coral;
	// burgundy gold, brass and navy; beige the earth's; silver the grey's.
	"navy":     {82, 62, 35},
	"burgundy": {86, 78, 262},
	"beige":    {38, 258, 80},
	"silver":   {50, 262},
}

// bwPairings are the families whose designers also use a black or white
// accent, when the brief allows it (luxury, minimalism, black and white).
var bwPairings = map[string][]roleKind{
	"red":   {kindWhite, kindBlack},
	"teal":  {kindBlack},
	"black": {kindWhite},
	"white": {kindBlack},
	"gold":  {kindBlack},
	"pink":  {kindBlack},
}

func isPairing(fam string, h float64, tol float64) bool {
	for _, p := range pairings[fam] {
		if hueDistance(p, h) <= tol {
			return true
		}
	}
	return false
}

// complementOf returns the hue designers take as the complement of h: the
// pairing of the primary's family nearest to h+180 that is 115–180° away
// (painters' complements are 115–180° apart in OKLCH), else h+180.
func complementOf(h float64, fam string) float64 {
	raw := wrapHue(h + 180)
	best, bestD := raw, 61.0
	for _, p := range pairings[fam] {
		if d := hueDistance(p, raw); d < bestD && hueDistance(p, h) >= 115 {
			best, bestD = p, d
		}
	}
	return best
}

// awayFromDanger nudges a harmony hue out of the zones designers avoid:
// lime and chartreuse (105–130°) go to yellow or green, whichever is nearer.
func awayFromDanger(h float64) float64 {
	if h > 104 && h < 131 {
		if h < 117.5 {
			return 100
		}
		return 136
	}
	return h
}

// painters' triads (OKLCH hues): red / yellow / blue and orange / green /
// violet, uneven in OKLCH (the brand designer's guide, §6).
var painterTriads = [][3]float64{{30, 95, 262}, {55, 145, 305}}

func triadOf(h float64) (float64, float64) {
	best, bestD, bi := -1, 21.0, 0
	for t, tri := range painterTriads {
		for i, m := range tri {
			if d := hueDistance(h, m); d <= bestD {
				best, bestD, bi = t, d, i
			}
		}
	}
	if best >= 0 {
		tri := painterTriads[best]
		return tri[(bi+1)%3], tri[(bi+2)%3]
	}
	return awayFromDanger(wrapHue(h + 120)), awayFromDanger(wrapHue(h + 240))
}

// warmHue reports hues designers call warm (reds to yellows, pinks).
func warmHue(h float64) bool { return h < 105 || h >= 330 }

// basePlans are the plans variant 1 is chosen from: every harmony with two
// rotations on the first primary. They do not depend on Options.Variants,
// so variant 1 is the palette Generate returns alone.
func (g *generator) basePlans() []plan {
	return g.plansFor(true)
}

// plansFor returns the base plans; narrow restricts an achromatic
// primary's to the tags' own colours.
func (g *generator) plansFor(narrow bool) []plan {
	hs := g.harmonies()
	if narrow && hs[0] == FromTags && g.o.Harmony == Auto && g.prims[0].fam.Achromatic() {
		// A black, grey or white primary has no hue to turn a harmony
		// around: the tags' colours make the palette (variants try the
		// harmonies around their hue).
		hs = hs[:1]
	}
	rots := 2
	switch {
	case g.style.ID == "black-and-white":
		rots = 1 // the signal is the strongest tag's colour; variants rotate it
	case len(hs) == 1:
		rots = 4
	}
	var out []plan
	for rot := range rots {
		for _, h := range hs {
			out = append(out, plan{harmony: h, rot: rot, stream: uint64(len(out))})
		}
	}
	return out
}

// variantPlans are the extra plans alternatives come from: the
// alternative primaries, then other rotations of the pairings.
func (g *generator) variantPlans(n int) []plan {
	hs := g.harmonies()
	base := len(g.basePlans())
	var out []plan
	if bh := len(g.basePlans()); bh == 2 && len(hs) > 1 {
		// The harmonies left out of an achromatic primary's base plans.
		for rot := range 2 {
			for _, h := range hs[1:] {
				out = append(out, plan{harmony: h, rot: rot, stream: uint64(base + len(out))})
			}
		}
	}
	if len(hs) == 1 {
		for rot := len(g.basePlans()); rot < 8; rot++ {
			out = append(out, plan{harmony: hs[0], rot: rot, stream: uint64(base + len(out))})
		}
	}
	for pi := 1; pi < len(g.prims); pi++ {
		for rot := range 4 {
			for _, h := range hs {
				out = append(out, plan{harmony: h, prim: pi, rot: rot, stream: uint64(base + len(out))})
			}
		}
	}
	if len(hs) > 1 {
		for rot := 2; rot < 4; rot++ {
			for _, h := range hs {
				out = append(out, plan{harmony: h, rot: rot, stream: uint64(base + len(out))})
			}
		}
	}
	if len(out) > 10*n {
		out = out[:10*n]
	}
	return out
}

func (g *generator) harmonies() []Harmony {
	switch {
	case g.style.ID == "black-and-white":
		return []Harmony{FromTags}
	case g.o.Harmony != Auto:
		return []Harmony{g.o.Harmony}
	case g.style.ID == "monochrome":
		return []Harmony{Monochrome}
	}
	var hs []Harmony
	if len(g.contrib) > 0 {
		hs = append(hs, FromTags)
	}
	return append(hs, Complementary, Split, Triadic, Analogous)
}

// lightClass sorts a primary by lightness: -1 dark, 0 mid, 1 light.
func lightClass(l float64) int {
	switch {
	case l <= 0.42:
		return -1
	case l >= 0.72:
		return 1
	}
	return 0
}

// surfaceKind is the secondary a primary of that lightness takes first: a
// tint beside a dark or mid primary, a shade beside a light one; rot
// switches a mid primary to a shade.
func (g *generator) surfaceKind(pl float64, rot int) roleKind {
	if g.style.ID == "pastel" {
		return kindTint
	}
	switch lightClass(pl) {
	case -1:
		return kindTint
	case 1:
		return kindShade
	}
	if rot%2 == 1 {
		return kindShade
	}
	return kindTint
}

func other(k roleKind) roleKind {
	if k == kindTint {
		return kindShade
	}
	return kindTint
}

// layout decides the hue and kind of each secondary and the accent options,
// in order of preference.
func (g *generator) layout(b *built, pl plan, rng *rand.Rand) ([]roleSpec, []roleSpec) {
	ph := b.primaryHue
	pL := colorspace.ToOKLCH(b.primary).L
	k0 := g.surfaceKind(pL, pl.rot)
	jit := func() float64 { return (rng.Float64() - 0.5) * 8 }
	var secs, accs []roleSpec
	pairs := func() []roleSpec {
		var out []roleSpec
		ps := pairings[b.pfam.ID]
		if g.base != nil && neon(colorspace.ToOKLCH(*g.base)) {
			// An owned neon takes a darker, cooler accent first.
			ps = append([]float64{265}, ps...)
		}
		for i := range ps {
			h := ps[(i+pl.rot/2)%len(ps)]
			if hueDistance(h, ph) < 50 && !b.pfam.Achromatic() {
				continue
			}
			out = append(out, roleSpec{kind: kindHue, hue: wrapHue(h + jit()), rel: relPairing})
		}
		if g.bwAccentOK && g.bwAccentStyle() {
			for _, k := range bwPairings[b.pfam.ID] {
				out = append(out, roleSpec{kind: k, hue: ph, rel: relPairing})
			}
		}
		return out
	}
	switch b.harmony {
	case Complementary:
		comp := complementOf(ph, b.pfam.ID)
		if pl.rot%2 == 0 && g.style.ID == "pastel" {
			// Pastel: the complement as a pastel tint beside the primary,
			// and taken deep and saturated as the accent.
			secs = append(secs, roleSpec{kind: kindTint, hue: wrapHue(comp + jit()), rel: relHarmony})
			accs = append(accs, roleSpec{kind: kindHue, hue: wrapHue(comp + jit()), rel: relHarmony})
		} else if pl.rot%2 == 0 {
			secs = append(secs, roleSpec{kind: k0, hue: ph, rel: relPrimary})
			accs = append(accs, roleSpec{kind: kindHue, hue: wrapHue(comp + jit()), rel: relHarmony})
		} else {
			k := kindShade
			if lightClass(pL) == -1 || g.style.ID == "pastel" {
				k = kindTint
			}
			secs = append(secs, roleSpec{kind: k, hue: wrapHue(comp + jit()), rel: relHarmony})
			for _, a := range pairs() {
				if hueDistance(a.hue, comp) >= 40 {
					accs = append(accs, a)
				}
			}
		}
	case Split:
		s1, s2 := awayFromDanger(wrapHue(ph+150+jit())), awayFromDanger(wrapHue(ph+210+jit()))
		// The better call to action takes the accent: a pairing of the
		// family, else the warmer of the two.
		a, s := s1, s2
		switch {
		case isPairing(b.pfam.ID, s2, 25) && !isPairing(b.pfam.ID, s1, 25):
			a, s = s2, s1
		case isPairing(b.pfam.ID, s1, 25) == isPairing(b.pfam.ID, s2, 25) && warmHue(s2) && !warmHue(s1):
			a, s = s2, s1
		}
		if pl.rot%2 == 1 {
			a, s = s, a
		}
		secs = append(secs, roleSpec{kind: k0, hue: s, rel: relHarmony})
		accs = append(accs, roleSpec{kind: kindHue, hue: a, rel: relHarmony})
	case Triadic:
		t1, t2 := triadOf(ph)
		a, s := t1, t2
		if warmHue(t2) && !warmHue(t1) {
			a, s = t2, t1
		}
		if pl.rot%2 == 1 {
			a, s = s, a
		}
		secs = append(secs, roleSpec{kind: k0, hue: wrapHue(s + jit()), rel: relHarmony})
		accs = append(accs, roleSpec{kind: kindHue, hue: wrapHue(a + jit()), rel: relHarmony})
	case Analogous:
		sign := 1.0
		if pl.rot%2 == 1 {
			sign = -1
		}
		secs = append(secs, roleSpec{kind: k0, hue: awayFromDanger(wrapHue(ph + sign*30 + jit())), rel: relHarmony})
		accs = append(accs, roleSpec{kind: kindHue, hue: awayFromDanger(wrapHue(ph - sign*40 + jit())), rel: relHarmony})
		accs = append(accs, pairs()...)
	case Monochrome:
		secs = append(secs, roleSpec{kind: k0, hue: ph, rel: relPrimary})
		accs = append(accs, roleSpec{kind: kindHue, hue: wrapHue(ph + jit()), rel: relPrimary})
		// The one declared exception when the hue has no usable chroma
		// step (a yellow's is olive).
		accs = append(accs, pairs()...)
	case FromTags:
		secs, accs = g.tagLayout(b, pl, k0, rng)
		accs = append(accs, pairs()...)
	}
	// Nudges of the harmony's hues, still within its tolerance.
	for _, a := range append([]roleSpec(nil), accs...) {
		if a.rel == relHarmony && a.kind == kindHue {
			for _, d := range []float64{8, -8, 15, -15} {
				n := a
				n.hue = wrapHue(a.hue + d)
				if n.hue > 100 && n.hue < 135 {
					continue // lime: no nudge into it
				}
				if hueDistance(n.hue, ph) >= 40 || b.harmony == Analogous {
					accs = append(accs, n)
				}
			}
		}
	}
	// Last resort when the harmony is not forced: the free hues nearest the
	// complement, every 30°.
	if g.o.Harmony == Auto {
		for _, d := range []float64{0, 30, -30, 60, -60, 90, -90, 120, -120} {
			accs = append(accs, roleSpec{kind: kindHue, hue: wrapHue(ph + 180 + d), rel: relFree})
		}
	}
	// A second secondary: the other kind of surface, in the primary's hue
	// (two tints of different hues in pastel).
	for len(secs) < g.secondaries {
		k := other(secs[0].kind)
		if secs[0].kind == kindBlack || secs[0].kind == kindWhite {
			k = k0
		}
		h := ph
		if g.style.ID == "pastel" {
			k = kindTint
			h = wrapHue(ph - (secs[0].hue - ph))
			if hueDistance(h, ph) < 30 {
				h = wrapHue(ph + 40)
			}
			h = awayFromDanger(h)
		}
		secs = append(secs, roleSpec{kind: k, hue: h, rel: relPrimary})
	}
	return secs[:g.secondaries], accs
}

// tagLayout places the families the tags bring: black and white as
// secondaries (or as the accent when the brief allows and rot asks), the
// first chromatic family in the accent (or, with rot, the secondary), the
// next one in the other role.
func (g *generator) tagLayout(b *built, pl plan, k0 roleKind, rng *rand.Rand) ([]roleSpec, []roleSpec) {
	var secs, accs []roleSpec
	var chroma []contribution
	bw := g.style.ID == "black-and-white"
	if bw {
		k := kindWhite
		if g.base != nil && colorspace.ToOKLCH(*g.base).L < 0.4 {
			k = kindWhite
		} else if g.base != nil {
			k = kindBlack
		}
		secs = append(secs, roleSpec{kind: k, hue: b.primaryHue, rel: relTag})
		f := g.primaryFam
		if f != nil && !f.Achromatic() {
			t := *g.strongest
			accs = append(accs, roleSpec{kind: kindHue, hue: f.HueCenter(), fam: f, rel: relTag, tag: &t})
		}
		for _, c := range g.contrib {
			if !c.fam.Achromatic() {
				f, t := c.fam, c.tag
				accs = append(accs, roleSpec{kind: kindHue, hue: f.HueCenter(), fam: &f, rel: relTag, tag: &t})
			}
		}
		// Then the signals designers pair with the tag's family.
		if f != nil {
			for _, h := range pairings[f.ID] {
				accs = append(accs, roleSpec{kind: kindHue, hue: h, rel: relPairing})
			}
		}
		if len(accs) == 0 {
			accs = append(accs, roleSpec{kind: kindHue, hue: 27, rel: relPairing})
		}
		if r := pl.rot % len(accs); r > 0 {
			accs = append(accs[r:], accs[:r]...)
		}
		return secs, accs
	}
	for _, c := range g.contrib {
		c := c
		if c.fam.Achromatic() {
			k := kindTint
			switch c.fam.ID {
			case "black":
				k = kindBlack
			case "white":
				k = kindWhite
			}
			if k == kindTint && c.tag.Kind == psych.Color && len(secs) < g.secondaries && g.style.ID != "pastel" {
				// A grey the client names: a mid grey or silver surface.
				f, t := c.fam, c.tag
				secs = append(secs, roleSpec{kind: kindNamed, hue: b.primaryHue, fam: &f, rel: relTag, tag: &t})
				continue
			}
			if k == kindTint {
				continue // a grey adds nothing a tint of the primary does not
			}
			if g.style.ID == "pastel" || g.style.ID == "vivid" && k == kindWhite {
				continue // pastel secondaries stay in the pastel band
			}
			spec := roleSpec{kind: k, hue: b.primaryHue, rel: relTag, tag: &c.tag}
			if k == kindTint {
				spec.kind = k0
			}
			if (k == kindBlack || k == kindWhite) && g.bwAccentOK && pl.rot%2 == 1 && !b.pfam.Achromatic() && g.bwAccentStyle() {
				accs = append(accs, spec)
				continue
			}
			if (k == kindBlack && lightClass(colorspace.ToOKLCH(b.primary).L) == -1) || len(secs) >= g.secondaries {
				continue
			}
			secs = append(secs, spec)
			continue
		}
		chroma = append(chroma, c)
	}
	for i, c := range chroma {
		f, t := c.fam, c.tag
		toAccent := (i+pl.rot)%2 == 0 || len(secs) >= g.secondaries
		if toAccent && len(accs) == 0 && !isPairing(b.pfam.ID, f.HueCenter(), f.HueWidth()/2+10) {
			// The tag's accent may be another of its families that
			// designers pair with the primary (finance: brass beside blue).
			for _, a := range c.alts {
				if isPairing(b.pfam.ID, a.HueCenter(), a.HueWidth()/2+10) {
					f = a
					break
				}
			}
		}
		h := wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.5)
		if hueDistance(h, b.primaryHue) < 90 && !b.pfam.Achromatic() && !isPairing(b.pfam.ID, h, 25) {
			toAccent = false // a neighbour (teal beside blue) does not pop
		}
		if c.tag.Kind == psych.Color || c.strong {
			// The client named this colour: it shows as itself, the accent
			// on even rotations when it may be a call to action, else a
			// secondary at its family's own strength (never a pale tint).
			f = c.fam
			h = wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.5)
			toAccent = toAccent && pl.rot%2 == 0 && !(g.noRedCTA && redCTAHue(f))
			switch {
			case toAccent && len(accs) == 0:
				accs = append(accs, roleSpec{kind: kindHue, hue: h, fam: &f, rel: relTag, tag: &t})
			case len(secs) < g.secondaries:
				k := kindNamed
				if g.style.ID == "pastel" {
					k = kindTint
				}
				secs = append(secs, roleSpec{kind: k, hue: h, fam: &f, rel: relTag, tag: &t})
			}
			continue
		}
		switch {
		case toAccent && len(accs) == 0:
			accs = append(accs, roleSpec{kind: kindHue, hue: h, fam: &f, rel: relTag, tag: &t})
		case len(secs) < g.secondaries:
			// A tag's hue reads best as a light surface; the secondary
			// flips to a shade when no accent fits beside it.
			k := g.surfaceKind(colorspace.ToOKLCH(b.primary).L, 0)
			secs = append(secs, roleSpec{kind: k, hue: h, fam: &f, rel: relTag, tag: &t})
		case toAccent:
			accs = append(accs, roleSpec{kind: kindHue, hue: h, fam: &f, rel: relTag, tag: &t})
		}
	}
	if len(secs) == 0 {
		secs = append(secs, roleSpec{kind: k0, hue: b.primaryHue, rel: relPrimary})
	}
	return secs, accs
}

// bwAccentStyle reports styles where a black or white accent fits: not
// pastel, vivid, muted or earthy, which shape the accent's chroma.
func (g *generator) bwAccentStyle() bool {
	switch g.style.ID {
	case "pastel", "vivid", "muted", "earthy":
		return false
	}
	return true
}

func (g *generator) candidate(pl plan) (Candidate, error) {
	rng := rand.New(rand.NewPCG(g.o.Seed, pl.stream+1))
	pc := g.prims[pl.prim]
	b := built{primary: pc.c, primaryHue: pc.hue, pfam: pc.fam, harmony: pl.harmony,
		lockedS: len(g.o.Secondary), lockedA: g.o.Accent != nil}
	secs, accs := g.layout(&b, pl, rng)

	// Black and white roles push the neutrals away: text becomes a
	// graphite, the page a paper.
	blackRole, whiteRole := colorspace.ToOKLCH(b.primary).L < 0.25 && colorspace.ToOKLCH(b.primary).C < 0.03, false
	for i, s := range secs {
		if i < b.lockedS {
			continue
		}
		blackRole = blackRole || s.kind == kindBlack
		whiteRole = whiteRole || s.kind == kindWhite
	}
	if len(accs) > 0 && !b.lockedA {
		blackRole = blackRole || accs[0].kind == kindBlack
		whiteRole = whiteRole || accs[0].kind == kindWhite
	}
	if g.style.ID == "black-and-white" {
		blackRole, whiteRole = true, true
	}
	nk := neutralKey{pl.prim, blackRole, whiteRole}
	if n, ok := g.neutrals[nk]; ok {
		b.dark, b.light = n[0], n[1]
	} else {
		g.pickNeutrals(&b, blackRole, whiteRole)
		g.neutrals[nk] = [2]colorful.Color{b.dark, b.light}
	}

	// Secondaries, then the accent; when no accent fits, the first
	// secondary switches between tint and shade (a light accent needs a
	// dark surface to sit on) and the accent is tried again.
	// The free hues are a last resort, after the secondary's flip.
	var main, free []roleSpec
	for _, a := range accs {
		if a.rel == relFree {
			free = append(free, a)
		} else {
			main = append(main, a)
		}
	}
	var accErr error
	orig := secs[0].kind
	for attempt := range 3 {
		accs = main
		switch attempt {
		case 1:
			if b.lockedS > 0 || (orig != kindTint && orig != kindShade) {
				continue
			}
			secs[0].kind = other(orig)
		case 2:
			if len(free) == 0 {
				continue
			}
			secs[0].kind = orig
			accs = append(main, free...)
		}
		b.secondaries, b.secSpecs, accErr = nil, nil, nil
		for i, spec := range secs {
			if i < b.lockedS {
				b.secondaries = append(b.secondaries, palette.Quantize(g.o.Secondary[i]))
				b.secSpecs = append(b.secSpecs, roleSpec{})
				continue
			}
			s, used, ok := g.pickSecondary(&b, spec, rng)
			if !ok {
				accErr = &GuaranteeError{Guarantee: "distinct colours",
					Detail: fmt.Sprintf("no secondary of hue %.0f° is legible, in style and %g from the other colours", spec.hue, palette.MinRoleDistance)}
				break
			}
			b.secondaries = append(b.secondaries, s)
			b.secSpecs = append(b.secSpecs, used)
		}
		if accErr != nil {
			continue
		}
		if b.lockedA {
			b.accent = palette.Quantize(*g.o.Accent)
			break
		}
		found := false
		for _, spec := range accs {
			if a, ok := g.pickAccent(&b, spec, rng); ok {
				b.accent, b.accSpec, found = a, spec, true
				break
			}
		}
		if found {
			break
		}
		accErr = &GuaranteeError{Guarantee: "accent",
			Detail: fmt.Sprintf("no call-to-action colour stands out from the primary %s and the secondaries while staying legible and distinct", palette.Hex(b.primary))}
	}
	if accErr != nil {
		return Candidate{}, accErr
	}
	if err := g.verify(&b); err != nil {
		return Candidate{}, err
	}
	p := g.assemble(&b)
	return Candidate{Palette: p, Score: g.score(&b), Harmony: b.harmony, Style: g.style.ID, missing: g.missingTraces(&b), stale: g.staleTags(&b)}, nil
}

// fallbackHue is the hue an achromatic primary is tinted with and its
// harmonies turn around: the first chromatic family of the tags, else blue.
func (g *generator) fallbackHue() float64 {
	for _, t := range g.tags {
		for _, id := range t.Families {
			if f, ok := psych.FamilyByID(id); ok && !f.Achromatic() {
				return f.HueCenter()
			}
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

// olive reports the zone of dark yellow-greens that designers dislike.
func olive(c colorful.Color) bool {
	o := colorspace.ToOKLCH(c)
	return o.C > 0.045 && o.H >= 88 && o.H <= 135 && o.L < 0.74
}

// mud reports brown, khaki and olive mid-tones: no place in a kids' or vivid
// palette (the brand designer's guide, §4).
func mud(o colorspace.OKLCH) bool {
	return o.H >= 35 && o.H <= 120 && o.L >= 0.25 && o.L <= 0.60 && o.C >= 0.03 && o.C <= 0.12
}

// neon reports a fluorescent lime, green or cyan: light, and near its
// gamut's chroma limit (the guide says 85 %; 75 % also catches the mints
// that read as fluorescent beside a muted primary).
func neon(o colorspace.OKLCH) bool {
	return o.L >= 0.78 && o.H >= 105 && o.H <= 215 && o.C >= 0.12 && o.C >= 0.75*maxChroma(o.L, o.H)
}

// farFromAvoid reports whether c is palette.AvoidDistance from every Avoid colour
// and, when both are coloured, 25° of hue away.
func (g *generator) farFromAvoid(c colorful.Color) bool {
	o := colorspace.ToOKLCH(c)
	for _, a := range g.avoid {
		if colorspace.DeltaE2000Colors(c, a) < palette.AvoidDistance {
			return false
		}
		if ao := colorspace.ToOKLCH(a); ao.C >= 0.04 && o.C >= 0.04 && hueDistance(ao.H, o.H) < 25 {
			return false
		}
	}
	return true
}

// achromaticColor is the colour of an achromatic family: black, grey or a
// warm off-white.
func (g *generator) achromaticColor(f psych.Family, alt int) colorful.Color {
	switch f.ID {
	case "black":
		return mk(0.17+0.03*float64(alt), 0.006, g.fallbackHue())
	case "white":
		return mk(0.89-0.03*float64(alt), 0.022, 85)
	}
	// A grey above the label dead band (dark text reaches 4.5:1), or a
	// graphite for the alternative.
	return mk(0.69-0.2*float64(alt), 0.008, g.fallbackHue())
}

// choosePrimaries picks the primary and two alternatives for variants:
// in the strongest tag's family, else (when Avoid rules it out) in its other
// families, the other tags' families, then neighbouring hues.
func (g *generator) choosePrimaries() error {
	if g.base != nil {
		o := colorspace.ToOKLCH(*g.base)
		hue := o.H
		if o.C < 0.03 {
			hue = g.fallbackHue()
		}
		g.prims = []primaryChoice{{c: *g.base, hue: hue, fam: palette.FamilyOf(*g.base)}}
		return nil
	}
	if g.style.ID == "black-and-white" {
		f, _ := psych.FamilyByID("black")
		if g.strongest != nil {
			if sf, ok := psych.FamilyByID(g.strongest.Families[0]); ok {
				g.primaryFam = &sf
			}
		}
		for alt := range 2 {
			c := mk(0.16+0.04*float64(alt), 0.004, 60)
			if g.farFromAvoid(c) {
				g.prims = append(g.prims, primaryChoice{c: c, hue: g.fallbackHue(), fam: f})
			}
		}
		if len(g.prims) > 0 {
			return nil
		}
	}
	var fams []psych.Family
	seen := map[string]bool{}
	add := func(id string) {
		if f, ok := psych.FamilyByID(id); ok && !seen[id] {
			seen[id] = true
			fams = append(fams, f)
		}
	}
	for _, id := range g.strongest.Families {
		add(id)
	}
	for _, t := range g.tags {
		for _, id := range t.Families {
			add(id)
		}
	}
	first := fams[0]
	// Neighbouring hues of the first family, nearest first.
	if !first.Achromatic() {
		for _, d := range []float64{35, -35, 60, -60, 90, -90} {
			c := wrapHue(first.HueCenter() + d)
			nf := first
			nf.HueMin, nf.HueMax = wrapHue(c-12), wrapHue(c+12)
			nf.ID = ""
			fams = append(fams, nf)
		}
	}
	for i, f := range fams {
		var ps []primaryChoice
		for alt := range 3 {
			rng := rand.New(rand.NewPCG(g.o.Seed, 1000+uint64(alt)))
			if c, h, ok := g.primaryIn(f, rng, alt); ok {
				fam := f
				if f.ID == "" {
					fam = palette.FamilyOf(c)
				}
				ps = append(ps, primaryChoice{c: c, hue: h, fam: fam})
			}
		}
		if len(ps) == 0 || !g.distinctPrims(ps) {
			continue
		}
		// One more alternative for variants: the next family of the
		// strongest tag (optimism: orange after yellow).
		for _, nf := range fams[i+1:] {
			if nf.ID == "" || nf.Achromatic() || !g.strongestHas(nf.ID) {
				continue
			}
			rng := rand.New(rand.NewPCG(g.o.Seed, 1003))
			if c, h, ok := g.primaryIn(nf, rng, 0); ok {
				ps = append(ps, primaryChoice{c: c, hue: h, fam: nf})
			}
			break
		}
		g.prims = ps
		if i > 0 {
			g.avoidNote(first, ps[0])
		}
		f := ps[0].fam
		g.primaryFam = &f
		return nil
	}
	return &GuaranteeError{Guarantee: "distance from avoided colours",
		Detail: fmt.Sprintf("no %s primary, nor one of the tags' other families or a neighbouring hue, is %g away from the avoided colours", first.Name.EN, palette.AvoidDistance)}
}

func (g *generator) strongestHas(id string) bool {
	if g.strongest == nil {
		return false
	}
	for _, f := range g.strongest.Families {
		if f == id {
			return true
		}
	}
	return false
}

// distinctPrims drops alternatives too close to the first primary; it
// reports whether one is left.
func (g *generator) distinctPrims(ps []primaryChoice) bool {
	return len(ps) > 0
}

func (g *generator) avoidNote(first psych.Family, p primaryChoice) {
	var av []string
	for _, a := range g.avoid {
		av = append(av, palette.Hex(a))
	}
	l := g.o.Lang
	g.notes = append(g.notes, psych.T(l, "gen.avoid", palette.ColorName(p.c, l), first.Name.In(l), first.Name.In(l),
		psych.Num(l, palette.AvoidDistance, 0), strings.Join(av, ", "), p.fam.Name.In(l)))
}

// primaryIn returns a primary in family f for the style: alt 0 is the
// canonical one, 1 moves its lightness, 2 its hue.
func (g *generator) primaryIn(f psych.Family, rng *rand.Rand, alt int) (colorful.Color, float64, bool) {
	for range 24 {
		var l, c, h float64
		if f.Achromatic() {
			col := g.achromaticColor(f, alt)
			if g.style.ID == "pastel" && f.ID == "grey" {
				col = mk(0.8, 0.008, g.fallbackHue())
			}
			if !g.farFromAvoid(col) {
				return colorful.Color{}, 0, false
			}
			h = g.fallbackHue()
			if f.ID == "white" {
				h = 85
			}
			return col, h, true
		}
		h = wrapHue(f.HueCenter() + (rng.Float64()-0.5)*f.HueWidth()*0.6)
		if alt == 2 {
			h = wrapHue(f.HueCenter() + f.HueWidth()*0.35*math.Copysign(1, rng.Float64()-0.5))
		}
		if g.style.Earth {
			h = wrapHue(h + (55-h)*0.3)
			if !f.ContainsHue(h) {
				h = f.HueCenter()
			}
		}
		u := rng.Float64()
		switch g.style.ID {
		case "vivid":
			l, c = f.L+(u-0.5)*0.08, 0.32
		case "pastel":
			// Pastel primaries sit at L 0.86–0.90: pastel secondaries
			// then fit about 0.08 lower, apart for achromatopsia.
			l, c = 0.88+u*0.025, 0.05+rng.Float64()*0.04
			if f.MinL > 0.8 {
				l, c = 0.88+u*0.02, 0.09+rng.Float64()*0.03
			}
		case "muted":
			l, c = clamp(f.L, 0.45, 0.70)+(u-0.5)*0.1, 0.05+rng.Float64()*0.04
		case "earthy":
			l, c = 0.40+u*0.14, clamp(f.C*0.6, 0.05, 0.11)
		case "deep":
			l, c = 0.27+u*0.12, clamp(f.C*0.7, 0.06, 0.13)
		default:
			l, c = f.L+(u-0.5)*0.08, f.C*(0.9+rng.Float64()*0.2)
		}
		if alt == 1 {
			if l < 0.5 {
				l += 0.14
			} else {
				l -= 0.14
			}
			if g.style.ID == "deep" {
				l = clamp(l, 0.25, 0.42)
			}
		}
		l = math.Max(l, f.MinL)
		col := mk(l, c, h)
		// Out of the label dead band: one of everyday neutrals must reach AA.
		if !textOK(col, mk(0.22, 0.01, h), mk(0.975, 0.006, h)) {
			moved := false
			for d := 0.01; d <= 0.12 && !moved; d += 0.01 {
				for _, s := range []float64{1, -1} {
					if l > 0.6 {
						s = -s
					}
					cand := mk(l+s*d, c, h)
					if textOK(cand, mk(0.22, 0.01, h), mk(0.975, 0.006, h)) {
						col, moved = cand, true
						break
					}
				}
			}
		}
		o := colorspace.ToOKLCH(col)
		if !f.ContainsHue(o.H) || olive(col) || !g.farFromAvoid(col) {
			continue
		}
		if g.style.ID == "deep" && o.L > 0.45 && f.MinL == 0 {
			continue
		}
		return col, h, true
	}
	return colorful.Color{}, 0, false
}

// textOK reports whether one of the neutrals reaches AA as text on c.
func textOK(c, dark, light colorful.Color) bool {
	return contrast.Ratio(dark, c) >= contrast.AA.Min() || contrast.Ratio(light, c) >= contrast.AA.Min()
}

// neutralHue returns the hue and chroma scale of the neutrals' tint: the
// primary's hue when it is coloured, else cream for warm briefs and a cool
// white for tech, finance and health; avoided hues are left out.
func (g *generator) neutralHues(b *built) (darkH, lightH float64) {
	po := colorspace.ToOKLCH(b.primary)
	darkH, lightH = b.primaryHue, b.primaryHue
	switch {
	case g.warmth > 0 || g.style.ID == "earthy":
		lightH = 85
		if po.C < 0.04 {
			darkH = 60
		}
	case g.warmth < 0:
		lightH = 250
		if po.C < 0.04 {
			darkH = 255
		}
	}
	return darkH, lightH
}

func (g *generator) hueAvoided(h float64) bool {
	for _, a := range g.avoid {
		if o := colorspace.ToOKLCH(a); o.C >= 0.04 && hueDistance(o.H, h) < 25 {
			return true
		}
	}
	return false
}

func (g *generator) pickNeutrals(b *built, blackRole, whiteRole bool) {
	darkH, lightH := g.neutralHues(b)
	pc := colorspace.ToOKLCH(b.primary).C
	darkC := math.Min(0.025, 0.15*pc+0.01)
	lightC := math.Min(0.012, 0.05*pc+0.004)
	if lightH == 85 {
		lightC = math.Max(lightC, 0.01)
	}
	if g.hueAvoided(darkH) {
		darkC = 0.006
	}
	if g.hueAvoided(lightH) {
		lightC = 0.004
	}
	// The neutrals must also suit the colours the brand locked.
	fixed := []colorful.Color{b.primary}
	for _, s := range g.o.Secondary {
		fixed = append(fixed, palette.Quantize(s))
	}
	if g.o.Accent != nil {
		fixed = append(fixed, palette.Quantize(*g.o.Accent))
	}
	if blackRole {
		fixed = append(fixed, mk(0.17, 0.006, darkH))
	}
	if whiteRole {
		fixed = append(fixed, colorful.Color{R: 1, G: 1, B: 1})
	}
	lights := []float64{0.975, 0.99, 0.955, 0.93, 1, 0.91, 0.88, 0.85}
	darks := []float64{0.23, 0.2, 0.26, 0.17, 0.3, 0.14, 0.33, 0.10, 0.37, 0.06, 0.02}
	switch {
	case whiteRole && blackRole:
		lights = []float64{0.885, 0.9, 0.87, 0.91, 0.86}
		darks = []float64{0.31, 0.33, 0.29, 0.35, 0.27}
	case whiteRole:
		lights = []float64{0.9, 0.885, 0.91, 0.87, 0.86}
	case blackRole:
		darks = []float64{0.31, 0.33, 0.29, 0.35, 0.27, 0.37}
	case g.kids || g.style.ID == "pastel":
		darks = append([]float64{0.28, 0.3, 0.26}, darks...)
	}
	bestScore := -1.0
	for _, ll := range lights {
		light := mk(ll, lightC, lightH)
		if !g.distinct(light, fixed) {
			continue
		}
		for _, dl := range darks {
			dark := mk(dl, darkC, darkH)
			if !g.distinct(dark, fixed) || contrast.Ratio(dark, light) < contrast.AAA.Min() {
				continue
			}
			ok := true
			for _, f := range fixed {
				if !textOK(f, dark, light) {
					ok = false
					break
				}
			}
			if ok {
				b.dark, b.light = dark, light
				return
			}
			// Keep the best pair for palettes whose locked colours no
			// pair suits; Warnings report them.
			s := 21.0
			for _, f := range fixed {
				s = math.Min(s, math.Max(contrast.Ratio(dark, f), contrast.Ratio(light, f)))
			}
			if s > bestScore {
				bestScore, b.dark, b.light = s, dark, light
			}
		}
	}
	if bestScore < 0 {
		b.dark, b.light = mk(0.2, darkC, darkH), mk(0.975, lightC, lightH)
	}
}

func (g *generator) distinct(c colorful.Color, others []colorful.Color) bool {
	for _, o := range others {
		if colorspace.DeltaE2000Colors(c, o) < palette.MinRoleDistance {
			return false
		}
	}
	return true
}

// secondaryBand returns the lightness band and chroma of a tint or shade in
// the style (the brand designer's guide, §5).
func (g *generator) secondaryBand(k roleKind, rng *rand.Rand) (lo, hi, c float64) {
	u := rng.Float64()
	if k == kindTint {
		switch g.style.ID {
		case "pastel":
			return 0.84, 0.91, 0.06 + u*0.03
		case "vivid":
			return 0.88, 0.93, 0.05 + u*0.03
		case "muted":
			return 0.86, 0.92, 0.025 + u*0.015
		case "earthy":
			return 0.85, 0.92, 0.03 + u*0.02
		case "deep":
			return 0.84, 0.92, 0.03 + u*0.02
		}
		return 0.86, 0.92, 0.03 + u*0.03
	}
	switch g.style.ID {
	case "vivid":
		return 0.26, 0.38, 0.09 + u*0.05
	case "muted":
		return 0.32, 0.45, 0.035 + u*0.025
	case "earthy":
		return 0.28, 0.42, 0.045 + u*0.035
	case "deep":
		return 0.30, 0.48, 0.05 + u*0.05
	case "pastel":
		return 0.30, 0.42, 0.05 + u*0.03
	}
	return 0.30, 0.42, 0.05 + u*0.03
}

// pickSecondary finds the secondary a spec asks for. A deep shade of an
// orange or yellow hue is brown or olive: outside earthy briefs (always for
// gold and yellow hues, above 72°, whose shade is olive) it becomes a
// tint, else a navy (what designers put beside yellow, orange and gold).
func (g *generator) pickSecondary(b *built, spec roleSpec, rng *rand.Rand) (colorful.Color, roleSpec, bool) {
	tries := []roleSpec{spec}
	if spec.kind == kindNamed {
		// A named colour that cannot sit at its own strength: its deep
		// shade (not for oranges and yellows, which turn brown), then
		// its tint.
		for _, k := range []roleKind{kindShade, kindTint} {
			if k == kindShade && spec.hue >= 35 && spec.hue <= 110 && (spec.fam == nil || spec.fam.ID != "earth") {
				continue
			}
			n := spec
			n.kind = k
			tries = append(tries, n)
		}
	} else if spec.kind == kindShade && spec.hue >= 35 && spec.hue <= 110 && (!g.earthOK || spec.hue > 72) {
		tint := spec
		tint.kind = kindTint
		tries = []roleSpec{tint}
		if spec.rel != relHarmony || b.harmony == Analogous || b.harmony == Monochrome {
			navy := roleSpec{kind: kindShade, hue: 258, rel: relPairing}
			tries = append(tries, navy)
		}
	} else if spec.kind == kindTint || spec.kind == kindShade {
		o := spec
		o.kind = other(spec.kind)
		tries = append(tries, o)
	}
	if spec.hue >= 35 && spec.hue <= 110 && (spec.rel != relHarmony || b.harmony == Analogous || b.harmony == Monochrome) {
		tries = append(tries, roleSpec{kind: kindShade, hue: 258, rel: relPairing})
	}
	if spec.rel == relHarmony {
		for _, d := range []float64{8, -8, 15, -15} {
			for _, k := range []roleKind{spec.kind, other(spec.kind)} {
				n := spec
				n.hue, n.kind = wrapHue(spec.hue+d), k
				if n.hue > 95 && n.hue < 135 {
					continue // khaki and lime: no nudge into them
				}
				tries = append(tries, n)
			}
		}
	}
	if n := len(b.secSpecs); n > 0 && spec.rel == relPrimary {
		// A second secondary: the first one's hue as the other surface.
		s0 := b.secSpecs[n-1]
		for _, k := range []roleKind{kindTint, kindShade} {
			if s0.kind == kindTint || s0.kind == kindShade {
				tries = append(tries, roleSpec{kind: k, hue: s0.hue, rel: s0.rel, fam: s0.fam, tag: s0.tag})
			}
		}
	}
	for _, t := range tries {
		if c, ok := g.secondaryAt(b, t, rng); ok {
			return c, t, true
		}
	}
	return colorful.Color{}, spec, false
}

func (g *generator) secondaryAt(b *built, spec roleSpec, rng *rand.Rand) (colorful.Color, bool) {
	others := append([]colorful.Color{b.primary, b.dark, b.light}, b.secondaries...)
	if g.o.Accent != nil {
		others = append(others, palette.Quantize(*g.o.Accent))
	}
	seen := newCVDSet(append([]colorful.Color{b.primary}, b.secondaries...)...)
	p := colorspace.ToOKLCH(b.primary)
	accept := func(col colorful.Color) bool {
		o := colorspace.ToOKLCH(col)
		if spec.fam != nil && o.C > 0.02 && !spec.fam.ContainsHue(o.H) && hueDistance(o.H, spec.fam.HueCenter()) > 15 {
			return false
		}
		if !textOK(col, b.dark, b.light) || olive(col) || !g.distinct(col, others) || !g.farFromAvoid(col) || !seen.distinct(col) {
			return false
		}
		if spec.kind == kindBlack || spec.kind == kindWhite {
			return true
		}
		if g.kids && mud(o) || !g.neonOK && neon(o) {
			return false
		}
		// Don't steal the show (beside a coloured primary).
		if p.C >= 0.04 && o.C > p.C+0.02 && math.Abs(o.L-p.L) < 0.2 {
			return false
		}
		switch g.style.ID {
		case "pastel":
			if o.H >= 95 && o.H <= 125 && o.C > 0.03 && o.L < 0.82 {
				return false // khaki
			}
			// A second secondary may be a soft dark (cocoa, night ink):
			// three pastels cannot stay apart for achromatopsia.
			return o.L >= 0.76 && o.C <= 0.11 || len(b.secondaries) > 0 && o.L <= 0.45 && o.C <= 0.08
		case "muted":
			return o.C <= 0.08
		case "earthy":
			return o.C <= 0.13 && !(o.H >= 280 && o.H <= 350 && o.C > 0.05)
		case "vivid":
			return !(o.L > 0.38 && o.L < 0.85 && o.C < 0.08)
		}
		return true
	}
	switch spec.kind {
	case kindBlack:
		for _, l := range []float64{0.17, 0.15, 0.19, 0.21, 0.13} {
			if c := mk(l, 0.005, b.primaryHue); accept(c) {
				return c, true
			}
		}
		return colorful.Color{}, false
	case kindWhite:
		for _, l := range []float64{1, 0.99, 0.985} {
			if c := mk(l, 0.003, 85); accept(c) {
				return c, true
			}
		}
		return colorful.Color{}, false
	}
	if spec.kind == kindNamed {
		return g.namedAt(b, spec, rng, accept)
	}
	lo, hi, c := g.secondaryBand(spec.kind, rng)
	if spec.rel == relHarmony {
		c = math.Max(c, 0.035) // a harmony's hue must still read as a hue
	}
	want := lo + rng.Float64()*(hi-lo)
	h := spec.hue
	if g.style.ID == "earthy" && spec.kind == kindTint && spec.rel == relPrimary && !warmHue(h) {
		h = 80 // kraft and wheat
	}
	if g.style.ID == "pastel" && spec.kind == kindTint {
		// Pastels beside a pastel primary must differ by about 0.08 in L,
		// or achromatopsia merges them (palette.MinCVDDistance).
		lo = 0.8
	}
	return scanLightness(h, c, want, lo-0.04, hi+0.03, accept)
}

// namedAt finds a secondary of the colour the brief names: near its
// family's reference lightness and chroma (data.go) shaped by the style,
// at least 0.08 in chroma so it reads as that colour, never more than the
// primary's chroma plus 0.02 so it does not steal the show.
func (g *generator) namedAt(b *built, spec roleSpec, rng *rand.Rand, accept func(colorful.Color) bool) (colorful.Color, bool) {
	f := spec.fam
	c := f.C * math.Min(1, math.Max(g.style.CMul, 0.6))
	if p := colorspace.ToOKLCH(b.primary); p.C >= 0.04 {
		c = math.Min(c, math.Max(p.C+0.02, 0.08))
	}
	c = math.Max(c, math.Min(f.C, 0.08))
	lo, hi := math.Max(0.3, f.L-0.14), math.Min(0.92, f.L+0.12)
	if f.MinL > 0 {
		lo = math.Max(lo, f.MinL-0.04)
	}
	want := f.L + (rng.Float64()-0.5)*0.06
	col, ok := scanLightness(spec.hue, c, want, lo, hi, func(col colorful.Color) bool {
		return colorspace.ToOKLCH(col).C >= math.Min(0.05, f.C*0.8) && accept(col)
	})
	return col, ok
}

// redCTAHue reports whether a family's colours would be a red call to
// action, which finance and legal briefs do not use.
func redCTAHue(f psych.Family) bool {
	return !f.Achromatic() && (inHues(f.HueCenter(), 8, 44) || f.ID == "burgundy")
}

// scanLightness returns the colour of hue h and chroma c whose lightness is
// nearest to want within [lo, hi] among those that ok accepts, in steps of
// 0.01 (darker first on a tie). The colours are gamut mapped and 8-bit.
func scanLightness(h, c, want, lo, hi float64, ok func(colorful.Color) bool) (colorful.Color, bool) {
	start := int(math.Round(clamp(want, lo, hi) * 100))
	ilo, ihi := int(math.Ceil(lo*100-1e-9)), int(math.Floor(hi*100+1e-9))
	for k := 0; k <= ihi-ilo; k++ {
		for _, i := range [2]int{start - k, start + k} {
			if i < ilo || i > ihi || i < 2 || i > 100 || (k == 0 && i != start-k) {
				continue
			}
			col := mk(float64(i)/100, c, h)
			if ok(col) {
				return col, true
			}
		}
	}
	return colorful.Color{}, false
}

// accentChroma returns the chroma an accent aims at and the floor it must
// reach (or its hue's gamut limit) in the style (the brand designer's
// guide, §3 and §5).
func (g *generator) accentChroma(b *built, rng *rand.Rand) (target, floor, ceiling float64) {
	u := rng.Float64()
	switch g.style.ID {
	case "vivid", "black-and-white":
		return 0.22 + u*0.06, 0.15, 0.4
	case "pastel":
		return 0.13 + u*0.03, 0.12, 0.17
	case "muted":
		return 0.11 + u*0.03, 0.09, 0.16
	case "earthy":
		return 0.12 + u*0.03, 0.10, 0.16
	case "deep":
		return 0.13 + u*0.04, 0.10, 0.19
	case "monochrome":
		m := colorspace.ToOKLCH(b.primary).C
		for _, s := range b.secondaries {
			m = math.Max(m, colorspace.ToOKLCH(s).C)
		}
		return m + 0.1, math.Max(0.12, m+0.06), 0.4
	}
	if g.bwAccentOK && b.pfam.ID == "black" {
		return 0.11 + u*0.03, 0.09, 0.14 // gold that stays gold, not mustard
	}
	return 0.16 + u*0.05, 0.12, 0.4
}

// accentLightnesses lists the lightnesses to try for an accent of hue h,
// best first: a dark accent (white label) beside a light primary, a light
// one (dark label) beside a dark primary, and by hue beside a mid one.
func (g *generator) accentLightnesses(b *built, h float64) []float64 {
	pL := colorspace.ToOKLCH(b.primary).L
	darkBand := []float64{0.5, 0.48, 0.52, 0.46, 0.54, 0.44, 0.56, 0.42, 0.58, 0.4}
	lightIdeal := 0.76
	switch {
	case h >= 75 && h <= 115:
		lightIdeal = 0.84
	case h >= 140 && h <= 200:
		lightIdeal = 0.8
	case h >= 20 && h < 45:
		lightIdeal = 0.7
	}
	if g.style.ID == "pastel" {
		lightIdeal = 0.68
	}
	// Blues, violets, pinks and reds make weak light buttons (a pale
	// periwinkle is no call to action): their light band stops at 0.72.
	lightMax := 0.92
	if !(h >= 40 && h <= 115 || h >= 140 && h <= 200) && g.style.ID != "pastel" {
		lightIdeal, lightMax = 0.64, 0.78
	}
	var lightBand []float64
	for d := 0.0; d <= 0.2; d += 0.02 {
		for _, s := range []float64{1, -1} {
			l := lightIdeal + s*d
			if l >= 0.64 && l <= lightMax && (d > 0 || s > 0) {
				lightBand = append(lightBand, math.Round(l*100)/100)
			}
		}
	}
	// Light buttons are for ambers, golds, yellows and mints; blues,
	// violets, reds and greens are better deep (a jewel tone).
	lightHue := h >= 40 && h <= 115 || h >= 165 && h <= 200
	lightFirst := lightHue && lightClass(pL) <= 0 || g.style.ID == "pastel" && lightClass(pL) <= 0
	if lightFirst {
		return append(lightBand, darkBand...)
	}
	return append(darkBand, lightBand...)
}

// earthyHue snaps an accent hue to what earthy palettes use: terracotta,
// rust, tomato, ochre or a workwear blue.
func earthyHue(h float64) float64 {
	best, bd := h, 361.0
	for _, e := range []float64{30, 40, 80, 255} {
		if d := hueDistance(e, h); d < bd {
			best, bd = e, d
		}
	}
	if bd <= 15 {
		return h
	}
	return best
}

func (g *generator) pickAccent(b *built, spec roleSpec, rng *rand.Rand) (colorful.Color, bool) {
	b.seen = newCVDSet(append([]colorful.Color{b.primary}, b.secondaries...)...)
	switch spec.kind {
	case kindBlack:
		for _, l := range []float64{0.17, 0.15, 0.2} {
			if c := mk(l, 0.005, b.primaryHue); g.acceptAccent(b, c, spec, 0) {
				return c, true
			}
		}
		return colorful.Color{}, false
	case kindWhite:
		for _, l := range []float64{1, 0.99} {
			if c := mk(l, 0.003, 85); g.acceptAccent(b, c, spec, 0) {
				return c, true
			}
		}
		return colorful.Color{}, false
	}
	target, floor, ceiling := g.accentChroma(b, rng)
	h := spec.hue
	if g.style.ID == "earthy" && spec.rel == relPairing {
		h = earthyHue(h)
	}
	if h > 100 && h < 135 && spec.fam == nil {
		h = awayFromDanger(h)
	}
	ls := g.accentLightnesses(b, h)
	if spec.rel == relHarmony {
		// The harmony's hue must hold: any usable lightness will do.
		for l := 0.38; l <= 0.93; l += 0.02 {
			ls = append(ls, math.Round(l*100)/100)
		}
	}
	for _, l := range ls {
		c := mk(l, math.Min(target, ceiling), h)
		o := colorspace.ToOKLCH(c)
		if o.C < floor && o.C < 0.85*maxChroma(o.L, h) {
			continue
		}
		if o.C < palette.MinAccentChroma && g.style.ID != "muted" || o.C < 0.07 {
			continue
		}
		if g.acceptAccent(b, c, spec, floor) {
			return c, true
		}
	}
	return colorful.Color{}, false
}

// acceptAccent applies the accent rules of the brand designer's guide (§3
// and §9): label, pop against the primary and secondaries, no vibration,
// no colour-blind merge, no neon or mud, visible on its surface, distinct,
// away from Avoid colours, and standing out with colour-vision
// deficiencies.
func (g *generator) acceptAccent(b *built, col colorful.Color, spec roleSpec, floor float64) bool {
	o := colorspace.ToOKLCH(col)
	p := colorspace.ToOKLCH(b.primary)
	achro := spec.kind == kindBlack || spec.kind == kindWhite
	if !achro && (o.L < palette.MinAccentLightness || o.L > 0.93) {
		return false
	}
	if spec.fam != nil && o.C > 0.02 && !spec.fam.ContainsHue(o.H) && hueDistance(o.H, spec.fam.HueCenter()) > 15 {
		return false
	}
	if !textOK(col, b.dark, b.light) {
		return false
	}
	others := append([]colorful.Color{b.primary, b.dark, b.light}, b.secondaries...)
	if !g.distinct(col, others) || !g.farFromAvoid(col) {
		return false
	}
	if !achro && (olive(col) || g.kids && mud(o) || !g.neonOK && neon(o)) {
		return false
	}
	// Pop against the primary: ΔE00 ≥ 25, winning on chroma or lightness.
	maxC := p.C
	for _, s := range b.secondaries {
		maxC = math.Max(maxC, colorspace.ToOKLCH(s).C)
	}
	if colorspace.DeltaE2000Colors(col, b.primary) < palette.MinAccentDistance {
		return false
	}
	if !achro && p.C >= 0.04 && o.C < maxC-0.03 && math.Abs(o.L-p.L) < 0.2 {
		return false
	}
	// Red carries "loss" and "debt" in finance and legal interfaces: not
	// for their calls to action (the brand designer's guide, §8).
	if !achro && g.noRedCTA && o.H >= 12 && o.H <= 40 && o.C >= 0.1 {
		return false
	}
	// A kids' or vivid brief wants a bright call to action: a red or
	// orange accent darker than L 0.6 at under 0.17 chroma is brick.
	if !achro && g.kids && brick(o) {
		return false
	}
	// A raspberry, red or orange under L 0.45 is plum, maroon or rust: a
	// call to action only in earthy and deep palettes or when a tag asks
	// for burgundy.
	if !achro && (inHues(o.H, 0, 50) || o.H >= 340) && o.L < 0.45 && g.style.ID != "earthy" && g.style.ID != "deep" &&
		(spec.fam == nil || spec.fam.ID != "burgundy" && spec.fam.ID != "earth") {
		return false
	}
	// An orange, gold or yellow accent under L 0.6 is brown or olive, a
	// dark red-orange under 0.5 is rust: mud.
	if !achro && (o.H >= 45 && o.H <= 110 && o.L < 0.6 || o.H >= 35 && o.H < 45 && o.L < 0.55) {
		return false
	}
	// A light primary leaves no room above it: the accent leaves its band.
	if !achro && p.L >= 0.75 && o.L > p.L-0.15 {
		return false
	}
	// Split: the accent and the secondary sit on the two sides of the
	// primary's opposite, 40° or more apart, whatever nudges each took.
	if b.harmony == Split && spec.rel == relHarmony && len(b.secSpecs) > 0 && b.secSpecs[0].rel == relHarmony {
		so := colorspace.ToOKLCH(b.secondaries[0])
		sa, aa := wrapHue(so.H-b.primaryHue), wrapHue(o.H-b.primaryHue)
		if hueDistance(so.H, o.H) < 45 || (sa-180)*(aa-180) > 0 {
			return false
		}
	}
	// Vibration and colour-blind merges with the primary and secondaries.
	roles := append([]colorful.Color{b.primary}, b.secondaries...)
	for i, r := range roles {
		ro := colorspace.ToOKLCH(r)
		if i > 0 {
			if colorspace.DeltaE2000Colors(col, r) < palette.MinAccentSecondaryDistance {
				return false
			}
			if ro.C > o.C && math.Abs(ro.L-o.L) < 0.2 && ro.C >= 0.04 {
				return false
			}
		}
		// Two saturated colours far apart on the wheel vibrate side by side
		// when they are close in lightness: by OKLCH L, or by luminance
		// (red #d02b1d and azure #009fff are 0.12 apart in L, yet only
		// 1.8:1: their edge shimmers).
		if ro.C >= 0.12 && o.C >= 0.12 && hueDistance(ro.H, o.H) >= 100 && (math.Abs(ro.L-o.L) < 0.12 || contrast.Ratio(r, col) < 2.2) {
			return false
		}
		redGreen := (inHues(o.H, 15, 45) && inHues(ro.H, 120, 165)) || (inHues(ro.H, 15, 45) && inHues(o.H, 120, 165))
		if redGreen && ro.C >= 0.10 && o.C >= 0.10 && math.Abs(ro.L-o.L) < 0.10 {
			return false
		}
	}
	// Visible on its surface: the page, the primary or the darkest secondary.
	if contrast.Ratio(col, b.light) < 2 && contrast.Ratio(col, b.primary) < 3 {
		darkest := b.primary
		for _, s := range b.secondaries {
			if contrast.Luminance(s) < contrast.Luminance(darkest) {
				darkest = s
			}
		}
		if contrast.Ratio(col, darkest) < 3 {
			return false
		}
	}
	return b.seen.distinct(col) && b.seen.standsOut(col)
}

func inHues(h, lo, hi float64) bool { return h >= lo && h <= hi }

// brick reports a dull dark red or orange (#a13e3d): brick or rust, not
// the bright red of a children's brand.
func brick(o colorspace.OKLCH) bool {
	return inHues(o.H, 12, 50) && o.L < 0.6 && o.C < 0.17
}

// verify re-checks the guarantees on the generated colours of the finished
// palette; what colours the brand locked break is reported as Warnings.
func (g *generator) verify(b *built) error {
	type col struct {
		c      colorful.Color
		locked bool
	}
	all := []col{{b.primary, g.base != nil}}
	for i, s := range b.secondaries {
		all = append(all, col{s, i < b.lockedS})
	}
	all = append(all, col{b.accent, b.lockedA}, col{b.dark, false}, col{b.light, false})
	anyLocked := g.base != nil || b.lockedS > 0 || b.lockedA
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[i].locked || all[j].locked {
				continue
			}
			if d := colorspace.DeltaE2000Colors(all[i].c, all[j].c); d < palette.MinRoleDistance {
				return &GuaranteeError{Guarantee: "distinct colours", Detail: fmt.Sprintf("%s and %s are %.1f apart", palette.Hex(all[i].c), palette.Hex(all[j].c), d)}
			}
		}
	}
	for i, c := range all[:len(all)-2] {
		if !c.locked && !textOK(c.c, b.dark, b.light) {
			return &GuaranteeError{Guarantee: "neutral text contrast", Detail: fmt.Sprintf("no neutral reaches AA on %s (%d)", palette.Hex(c.c), i)}
		}
	}
	if !anyLocked || textOK(b.light, b.dark, b.light) {
		if contrast.Ratio(b.dark, b.light) < contrast.AAA.Min() {
			return &GuaranteeError{Guarantee: "neutral text contrast", Detail: "dark neutral under AAA on the light neutral"}
		}
	}
	if !b.lockedA && !palette.AccentStandsOut(b.accent, b.primary) {
		return &GuaranteeError{Guarantee: "accent", Detail: fmt.Sprintf("accent %s does not stand out from the primary %s", palette.Hex(b.accent), palette.Hex(b.primary))}
	}
	brand := []col{all[0]}
	brand = append(brand, all[1:len(all)-2]...)
	for i, c := range brand {
		set := newCVDSet(c.c)
		for j := i + 1; j < len(brand); j++ {
			if (!c.locked || !brand[j].locked) && !set.distinct(brand[j].c) {
				if c.locked && g.o.Accent == nil && g.base != nil {
					continue // a generated colour beside a locked one: checked when chosen
				}
				return &GuaranteeError{Guarantee: "colour-vision deficiencies", Detail: fmt.Sprintf("%s and %s are within %g CIEDE2000 for protanopia, deuteranopia, tritanopia or achromatopsia", palette.Hex(c.c), palette.Hex(brand[j].c), palette.MinCVDDistance)}
			}
		}
	}
	for _, c := range brand {
		if !c.locked && !g.farFromAvoid(c.c) {
			return &GuaranteeError{Guarantee: "distance from avoided colours", Detail: fmt.Sprintf("%s is near an avoided colour", palette.Hex(c.c))}
		}
	}
	return nil
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// cvdSet holds colours as each colour-vision deficiency sees them (CIELAB,
// full severity), so that candidates are compared without simulating the
// fixed colours again.
type cvdSet struct {
	cols [len(cvdKinds)][]colorful.Color
	labs [len(cvdKinds)][]colorspace.Lab
}

var cvdKinds = [4]cvd.Kind{cvd.Protanopia, cvd.Deuteranopia, cvd.Tritanopia, cvd.Achromatopsia}

func newCVDSet(cs ...colorful.Color) *cvdSet {
	s := &cvdSet{}
	for i, k := range cvdKinds {
		for _, c := range cs {
			x, _ := cvd.Simulate(c, k, 1)
			s.cols[i] = append(s.cols[i], x)
			s.labs[i] = append(s.labs[i], colorspace.ToLab(x))
		}
	}
	return s
}

// distinct reports whether c stays palette.MinCVDDistance from every colour of the
// set as each deficiency sees them.
func (s *cvdSet) distinct(c colorful.Color) bool {
	for i, k := range cvdKinds {
		x, _ := cvd.Simulate(c, k, 1)
		lab := colorspace.ToLab(x)
		for _, o := range s.labs[i] {
			if colorspace.DeltaE2000(lab, o) < palette.MinCVDDistance {
				return false
			}
		}
	}
	return true
}

// standsOut reports whether c, as each deficiency sees it, still stands out
// from the set's first colour (the primary): AccentStandsOutCVD.
func (s *cvdSet) standsOut(c colorful.Color) bool {
	for i, k := range cvdKinds {
		x, _ := cvd.Simulate(c, k, 1)
		if !accentStandsOutSeen(x, s.cols[i][0]) {
			return false
		}
	}
	return true
}
