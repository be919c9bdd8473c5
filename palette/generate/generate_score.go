package generate

import (
	"math"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// score rates a finished palette from 0 to 1. Its terms, each in [0, 1]:
//
//   - 0.25 pop: how far the accent stands out, ΔE00 to the primary from 25
//     (0) to 50 (1), and to the nearest secondary from 15 to 35, 60/40;
//   - 0.15 pairing: 1 when the accent's hue is within 20° of the pairing
//     designers use most with the primary's family, 0.1 less for each later
//     pairing, 1 for the black/white accent a luxury or minimal brief
//     allows; 0.5 within 40°; 0 otherwise;
//   - 0.20 tags: the share of the tags whose own family (the first one no
//     earlier tag names) shows in a secondary or the accent (1 when the tags
//     bring none); a colour word counts only above OKLCH C 0.05;
//   - 0.10 legibility: the worst best-neutral contrast on the primary,
//     secondaries, accent and light neutral, from 4.5:1 (0) to 7:1 (1);
//   - 0.10 distinct: the smallest ΔE00 between two colours, from 10 to 30;
//   - 0.10 fit: how often designers reach for the harmony on such a brief:
//     1 for the tags' own families, complementary, and monochrome when asked;
//     0.8 split; 0.6 analogous; triadic 0.5, or 1 in kids' and vivid
//     palettes, where painters' triads belong;
//   - 0.05 surfaces: the secondaries' lightness distance from the primary,
//     from 0.1 (0) to 0.35 (1), as tints and shades should be, halved when
//     a mid-tone primary's first secondary is darker (a light surface is
//     the usual 30 %);
//   - 0.05 away: the distance from Avoid colours, ΔE00 20 to 40 (1 without
//     Avoid).
//
// The score is rounded to 6 decimals; ties are broken by the palette's hex
// codes, so ranks are deterministic.
func (g *generator) score(b *built) float64 {
	a := colorspace.ToOKLCH(b.accent)
	p := colorspace.ToOKLCH(b.primary)
	minS := 35.0
	for _, s := range b.secondaries {
		minS = math.Min(minS, colorspace.DeltaE2000Colors(b.accent, s))
	}
	pop := 0.6*clamp((colorspace.DeltaE2000Colors(b.accent, b.primary)-25)/25, 0, 1) + 0.4*clamp((minS-15)/20, 0, 1)

	pairing := 0.0
	switch {
	case b.accSpec.kind == kindBlack || b.accSpec.kind == kindWhite:
		pairing = 1
	case a.C >= 0.04:
		// The first pairings are the ones designers reach for most.
		for i, h := range pairings[b.pfam.ID] {
			d := hueDistance(h, a.H)
			switch {
			case d <= 20:
				pairing = math.Max(pairing, 1-0.1*float64(i))
			case d <= 40:
				pairing = math.Max(pairing, 0.5)
			}
		}
		if b.accSpec.rel == relTag {
			pairing = math.Max(pairing, 0.75)
		}
	}

	tags := 1.0
	if len(g.contrib) > 0 {
		hits := 0
		for _, c := range g.contrib {
			if g.shows(b, c) {
				hits++
			}
		}
		tags = float64(hits) / float64(len(g.contrib))
	}

	worst := math.Inf(1)
	for _, c := range append([]colorful.Color{b.primary, b.accent, b.light}, b.secondaries...) {
		worst = math.Min(worst, math.Max(contrast.Ratio(b.dark, c), contrast.Ratio(b.light, c)))
	}
	legible := clamp((worst-4.5)/(7-4.5), 0, 1)

	minD := math.Inf(1)
	all := b.all()
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			minD = math.Min(minD, colorspace.DeltaE2000Colors(all[i], all[j]))
		}
	}
	distinct := clamp((minD-palette.MinRoleDistance)/20, 0, 1)

	surfaces := 1.0
	for i, s := range b.secondaries {
		so := colorspace.ToOKLCH(s)
		surfaces = math.Min(surfaces, clamp((math.Abs(so.L-p.L)-0.1)/0.25, 0, 1))
		if i == 0 && lightClass(p.L) == 0 && so.L < p.L {
			// Beside a mid-tone primary the 30 % is usually a light
			// surface; a dark band is the second choice.
			surfaces *= 0.5
		}
	}

	away := 1.0
	if len(g.avoid) > 0 {
		d := math.Inf(1)
		for _, av := range g.avoid {
			for _, c := range append([]colorful.Color{b.primary, b.accent}, b.secondaries...) {
				d = math.Min(d, colorspace.DeltaE2000Colors(c, av))
			}
		}
		away = clamp((d-palette.AvoidDistance)/20, 0, 1)
	}
	fit := 1.0
	switch b.harmony {
	case Split:
		fit = 0.8
	case Analogous:
		fit = 0.6
	case Triadic:
		fit = 0.5
		if g.kids {
			fit = 1
		}
	}
	s := 0.25*pop + 0.15*pairing + 0.2*tags + 0.1*legible + 0.1*distinct + 0.1*fit + 0.05*surfaces + 0.05*away
	return math.Round(s*1e6) / 1e6
}

// missingTraces counts the sector and colour tags (beyond the strongest)
// whose contribution shows in no secondary and not in the accent.
func (g *generator) missingTraces(b *built) int {
	n := 0
	for _, c := range g.contrib {
		if c.tag.Kind != psych.Sector && c.tag.Kind != psych.Color || g.strongest != nil && c.tag.ID == g.strongest.ID {
			continue
		}
		if !g.shows(b, c) {
			n++
		}
	}
	return n
}

// shows reports whether a contribution's family is in a secondary or the
// accent; a colour word counts only at full strength (OKLCH C > 0.05).
func (g *generator) shows(b *built, c contribution) bool {
	for _, r := range append([]colorful.Color{b.accent}, b.secondaries...) {
		if inFamily(r, c.fam) && (c.tag.Kind != psych.Color || c.fam.Achromatic() || colorspace.ToOKLCH(r).C > math.Min(0.05, 0.8*c.fam.C)) {
			return true
		}
	}
	return false
}

// inFamily reports whether c belongs to family f: its hue range for a
// chromatic family, its lightness for black and white, both for the shades
// colour words name (navy, burgundy, beige).
func inFamily(c colorful.Color, f psych.Family) bool {
	o := colorspace.ToOKLCH(c)
	switch f.ID {
	case "black":
		return o.L <= 0.25 && o.C < 0.03
	case "white":
		return o.L >= 0.86 && o.C < 0.035
	case "grey":
		return o.C < 0.03
	}
	if f.Achromatic() { // silver
		return o.C < 0.03 && math.Abs(o.L-f.L) <= 0.15
	}
	if f.Of != "" && (math.Abs(o.L-f.L) > 0.1 || o.C > 2.5*f.C) {
		return false // a light blue is no navy, a crimson no burgundy, a gold no beige
	}
	return o.C >= 0.02 && (f.ContainsHue(o.H) || hueDistance(o.H, f.HueCenter()) <= f.HueWidth()/2+8)
}

// baseNotes warns about awkward bases (neon, grey, white, black) and says
// what the palette does about them.
func (g *generator) baseNotes() {
	if g.base == nil {
		return
	}
	o := colorspace.ToOKLCH(*g.base)
	l := g.o.Lang
	hx := palette.Hex(*g.base)
	var w string
	switch {
	case neon(o) || (o.C >= 0.2 && o.C >= 0.9*maxChroma(o.L, o.H) && o.L >= 0.7):
		w = psych.T(l, "gen.base.neon", hx, psych.Num(l, o.L, 2), psych.Num(l, o.C, 2))
	case o.C < 0.03 && o.L >= 0.86:
		w = psych.T(l, "gen.base.white", hx, psych.Num(l, o.L, 2))
	case o.C < 0.03 && o.L <= 0.3:
		w = psych.T(l, "gen.base.black", hx, psych.Num(l, o.L, 2), psych.Num(l, palette.MinRoleDistance, 0))
	case o.C < 0.03:
		w = psych.T(l, "gen.base.grey", hx, psych.Num(l, o.C, 3), psych.Num(l, g.prims[0].hue, 0)+"°")
	default:
		return
	}
	g.baseWarn = append(g.baseWarn, w)
}

// warnings names each guarantee that the colours the brand locked break,
// with the measured figure and the fix Audit suggests, plus the notes on an
// awkward base.
func (g *generator) warnings(p *palette.Palette) []string {
	out := append([]string(nil), g.baseWarn...)
	if g.base == nil && len(g.o.Secondary) == 0 && g.o.Accent == nil {
		return out
	}
	l := g.o.Lang
	type lc struct {
		label  string
		c      colorful.Color
		locked bool
	}
	var cs []lc
	for _, c := range p.Colors() {
		locked := c.Role == palette.Primary && g.base != nil || c.Role == palette.Secondary && c.Index < len(g.o.Secondary) || c.Role == palette.Accent && g.o.Accent != nil
		cs = append(cs, lc{c.LabelIn(l), c.Color, locked})
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if !cs[i].locked && !cs[j].locked {
				continue
			}
			if d := colorspace.DeltaE2000Colors(cs[i].c, cs[j].c); d < palette.MinRoleDistance {
				out = append(out, psych.T(l, "gen.warn", psych.T(l, "guarantee.distinct"), psych.T(l, "gen.warn.distinct",
					cs[i].label, palette.Hex(cs[i].c), cs[j].label, palette.Hex(cs[j].c), psych.Num(l, d, 1), psych.Num(l, palette.MinRoleDistance, 0))))
			}
		}
	}
	for _, c := range cs {
		if !c.locked {
			continue
		}
		for _, a := range g.avoid {
			if d := colorspace.DeltaE2000Colors(c.c, a); d < palette.AvoidDistance {
				out = append(out, psych.T(l, "gen.warn", psych.T(l, "guarantee.avoid"), psych.T(l, "gen.warn.avoid",
					c.label, palette.Hex(c.c), psych.Num(l, d, 1), palette.Hex(a), psych.Num(l, palette.AvoidDistance, 0))))
			}
		}
	}
	rep, err := palette.Audit(p, palette.AuditOptions{Locked: []palette.Role{}, Lang: l})
	if err == nil {
		for _, f := range rep.Findings {
			out = append(out, psych.T(l, "gen.warn", psych.T(l, "guarantee."+f.Kind.String()), f.Message))
		}
	}
	return out
}
