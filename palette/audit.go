package palette

import (
	"fmt"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// MinCVDDistance is the CIEDE2000 distance under which two of the primary,
// secondary and accent colours count as hard to tell apart for someone with
// a colour-vision deficiency (simulated at full severity, the worst case): a
// clearly visible difference between flat areas, a little under the 10 that
// palettes guarantee for normal vision. generate.Generate keeps every palette above
// it for protanopia, deuteranopia, tritanopia and achromatopsia.
const MinCVDDistance = 8.0

// MinCVDAccentDistance is the CIEDE2000 distance at which an accent, as a
// colour-vision deficiency sees it, still stands out from the primary by
// colour when it does not by lightness (MinAccentRatio): a clearly
// different flat area, between MinCVDDistance and MinAccentDistance.
const MinCVDAccentDistance = 15.0

// AccentStandsOut reports whether an accent stands out from the primary as a
// call to action: by lightness (MinAccentRatio, the WCAG non-text ratio) or
// by colour (MinAccentDistance CIEDE2000), so that a coloured button need
// not go black to be seen on a mid-light primary.
func AccentStandsOut(accent, primary colorful.Color) bool {
	return contrast.Ratio(accent, primary) >= MinAccentRatio ||
		colorspace.DeltaE2000Colors(accent, primary) >= MinAccentDistance
}

// accentStandsOutSeen is AccentStandsOut for colours as a deficiency sees
// them, with MinCVDAccentDistance.
func accentStandsOutSeen(accent, primary colorful.Color) bool {
	return contrast.Ratio(accent, primary) >= MinAccentRatio ||
		colorspace.DeltaE2000Colors(accent, primary) >= MinCVDAccentDistance
}

// AuditOptions tunes Audit. The zero value is the default.
type AuditOptions struct {
	Severity float64        // deficiency severity 0–1; 0 means 1 (full dichromacy)
	Locked   []Role         // roles whose colours must not change; nil means the primary
	Level    contrast.Level // the level text must reach; 0 means AA
	Lang     psych.Lang     // language of findings and notes; the zero value is English
}

// Fix is a suggested change of one colour.
type Fix struct {
	Role  Role
	Index int
	From  colorful.Color
	To    colorful.Color
}

// Label names the changed colour as the palette file does.
func (f Fix) Label() string { return Colored{Role: f.Role, Index: f.Index}.Label() }

// Finding is one problem the audit found, with a fix when one exists.
type Finding struct {
	Kind       FindingKind
	Deficiency cvd.Kind // for cvd and accent findings under a deficiency; 0 for normal vision
	Message    string
	Fix        *Fix
}

// TextCheck is the best neutral text colour on one colour of the palette.
type TextCheck struct {
	Background Colored
	Text       colorful.Color
	Ratio      float64
	APCA       float64
	Pass       bool
}

// CVDCheck is what one deficiency does to the brand colours.
type CVDCheck struct {
	Kind        cvd.Kind
	Simulated   []colorful.Color // one per colour of Palette.Colors
	MinDistance float64          // smallest CIEDE2000 between primary, secondary and accent colours as seen
	Confusable  [][2]int         // pairs of Colors indexes under MinCVDDistance
	AccentRatio float64          // WCAG ratio of the accent on the primary as seen
	// AccentDistance is the CIEDE2000 between the accent and the primary as
	// seen; the accent stands out when AccentRatio reaches MinAccentRatio or
	// AccentDistance reaches MinCVDAccentDistance.
	AccentDistance float64
}

// Pass reports whether the deficiency leaves every threshold of the audit
// met: no two brand colours under MinCVDDistance and the accent at least
// MinAccentRatio from the primary as seen.
func (c CVDCheck) Pass() bool {
	return len(c.Confusable) == 0 && c.AccentStandsOut()
}

// AccentStandsOut reports whether the accent still stands out from the
// primary as the deficiency sees it: MinAccentRatio or MinCVDAccentDistance.
func (c CVDCheck) AccentStandsOut() bool {
	return c.AccentRatio >= MinAccentRatio || c.AccentDistance >= MinCVDAccentDistance
}

// AuditReport is everything Audit found about a palette.
type AuditReport struct {
	Colors   []Colored
	Grid     []contrast.Pair // every ordered pair of Colors
	Text     []TextCheck     // the best neutral text on each colour but the text neutrals
	CVD      []CVDCheck
	Findings []Finding
	Notes    []string
	// Scheme is the verdict on the palette's UI schemes when the caller
	// adds it (palette/scheme builds them; Audit leaves it nil). It does not
	// change Pass.
	Scheme *SchemeAudit
}

// Pass reports whether the audit found nothing to fix.
func (r *AuditReport) Pass() bool { return len(r.Findings) == 0 }

// Audit checks whether a palette works for everyone: that a neutral text
// colour reaches the level on every colour, that the brand colours stay
// distinguishable with protanopia, deuteranopia, tritanopia and
// achromatopsia, and that the accent stands out from the primary
// (AccentStandsOut) and still does as each of them sees it. Each finding comes with the smallest change
// that fixes it, to a colour that is not locked: lightness moves in OKLCH,
// hue and chroma stay.
func Audit(p *Palette, o AuditOptions) (*AuditReport, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	sev := o.Severity
	if sev == 0 {
		sev = 1
	}
	if sev < 0 || sev > 1 {
		return nil, fmt.Errorf("palette: audit severity %v: want 0 to 1", o.Severity)
	}
	level := o.Level
	if level == 0 {
		level = contrast.AA
	}
	locked := map[Role]bool{Primary: true}
	if o.Locked != nil {
		locked = map[Role]bool{}
		for _, r := range o.Locked {
			locked[r] = true
		}
	}
	a := &auditor{p: p, sev: sev, level: level, locked: locked, colors: p.Colors(), lang: o.Lang}
	rep := &AuditReport{Colors: a.colors}
	cs := make([]colorful.Color, len(a.colors))
	for i, c := range a.colors {
		cs[i] = Quantize(c.Color)
	}
	a.orig = cs
	a.planned = map[int]colorful.Color{}
	a.must = map[int][]func(colorful.Color) bool{}
	a.rewrite = map[*Fix]rewrite{}
	rep.Grid = contrast.Grid(cs)
	rep.Notes = append(rep.Notes, psych.T(o.Lang, "audit.logo"))

	// Legibility: a neutral text colour on every colour.
	texts := a.textColors()
	for i, c := range a.colors {
		if c.Role == Neutral && !(len(p.Neutral) >= 2 && c.Index == len(p.Neutral)-1) {
			continue // text neutrals are checked as text; the last neutral is the light background
		}
		t := contrast.BestText(cs[i], texts...)
		r := contrast.Ratio(t, cs[i])
		tc := TextCheck{Background: c, Text: t, Ratio: r, APCA: contrast.APCA(t, cs[i]), Pass: level.Passes(r)}
		rep.Text = append(rep.Text, tc)
		if !tc.Pass {
			rep.Findings = append(rep.Findings, a.legibilityFinding(i, cs, texts))
		}
	}

	// Colour-vision deficiencies.
	brand := a.brandIndexes()
	for _, k := range cvd.Kinds() {
		chk := CVDCheck{Kind: k, MinDistance: math.Inf(1)}
		for _, c := range cs {
			s, _ := cvd.Simulate(c, k, sev)
			chk.Simulated = append(chk.Simulated, s)
		}
		for x := range brand {
			for y := x + 1; y < len(brand); y++ {
				i, j := brand[x], brand[y]
				d := colorspace.DeltaE2000Colors(chk.Simulated[i], chk.Simulated[j])
				chk.MinDistance = math.Min(chk.MinDistance, d)
				if d < MinCVDDistance {
					chk.Confusable = append(chk.Confusable, [2]int{i, j})
					rep.Findings = append(rep.Findings, a.cvdFinding(k, i, j, d, cs))
				}
			}
		}
		pi, ai := 0, a.accentIndex()
		chk.AccentRatio = contrast.Ratio(chk.Simulated[ai], chk.Simulated[pi])
		chk.AccentDistance = colorspace.DeltaE2000Colors(chk.Simulated[ai], chk.Simulated[pi])
		if !accentStandsOutSeen(chk.Simulated[ai], chk.Simulated[pi]) && AccentStandsOut(cs[ai], cs[pi]) {
			rep.Findings = append(rep.Findings, a.accentFinding(k, chk.AccentRatio, cs))
		}
		rep.CVD = append(rep.CVD, chk)
	}
	if ai := a.accentIndex(); !AccentStandsOut(cs[ai], cs[0]) {
		rep.Findings = append(rep.Findings, a.accentFinding(0, contrast.Ratio(cs[ai], cs[0]), cs))
	}
	a.settle(rep.Findings)
	return rep, nil
}

type auditor struct {
	lang   psych.Lang
	p      *Palette
	sev    float64
	level  contrast.Level
	locked map[Role]bool
	colors []Colored
	orig   []colorful.Color // the palette's 8-bit colours, one per colors
	// planned holds the fixes suggested so far, by colors index: later
	// fixes keep apart from them, and a colour that two findings move is
	// told one colour that fixes both.
	planned map[int]colorful.Color
	// must lists, by colors index, what each fix suggested for the colour
	// needs of it: a colour two findings move is told one colour that
	// fixes both.
	must map[int][]func(colorful.Color) bool
	// rewrite says how to write a finding's fix again when a later finding
	// moved the same colour further.
	rewrite map[*Fix]rewrite
}

// rewrite is a fix's colour index and its message for a given colour.
type rewrite struct {
	index   int
	message func(to colorful.Color) string
}

// suggest sets f's fix: colour i to to, the message made by message; the
// fix is rewritten when a later finding moves the same colour.
func (a *auditor) suggest(f *Finding, i int, to colorful.Color, message func(to colorful.Color) string) {
	f.Fix = a.fix(i, to)
	f.Message = message(to)
	a.rewrite[f.Fix] = rewrite{i, message}
}

// settle gives every fix the colour finally suggested for it, so that no
// colour is told to become two colours.
func (a *auditor) settle(fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Fix == nil {
			continue
		}
		if rw, ok := a.rewrite[f.Fix]; ok && Hex(a.now(rw.index)) != Hex(f.Fix.To) {
			f.Fix.To = a.now(rw.index)
			f.Message = rw.message(f.Fix.To)
		}
	}
}

// now returns colour j as the palette will be once the fixes suggested so
// far are applied.
func (a *auditor) now(j int) colorful.Color {
	if c, ok := a.planned[j]; ok {
		return c
	}
	return a.orig[j]
}

// apart reports whether c, as colour k, keeps MinRoleDistance (CIEDE2000)
// from every other colour of the palette as it will be.
func (a *auditor) apart(k int, c colorful.Color) bool {
	for j := range a.orig {
		if j != k && colorspace.DeltaE2000Colors(c, a.now(j)) < MinRoleDistance {
			return false
		}
	}
	return true
}

// move returns the colour to suggest for colour k: the one already
// suggested when it also passes ok, else the nearest lightness that passes
// ok and what the earlier fixes of k needed, and keeps apart from the other
// colours. keptApart is false when a lightness passes those tests but none
// keeps apart: the message says so.
func (a *auditor) move(k int, ok func(colorful.Color) bool) (to colorful.Color, found, keptApart bool) {
	all := func(c colorful.Color) bool {
		for _, m := range a.must[k] {
			if !m(c) {
				return false
			}
		}
		return ok(c)
	}
	good := func(c colorful.Color) bool { return all(c) && a.apart(k, c) }
	if c, planned := a.planned[k]; planned && good(c) {
		a.must[k] = append(a.must[k], ok)
		return c, true, true
	}
	if c, found := searchLightness(a.orig[k], good); found {
		a.planned[k] = c
		a.must[k] = append(a.must[k], ok)
		return c, true, true
	}
	_, found = searchLightness(a.orig[k], all)
	return colorful.Color{}, false, !found
}

// prefer plans q for colour k when q passes ok and the earlier needs of k
// and keeps apart, and nothing that does was planned yet: a closer colour
// than searchLightness's hundredths of lightness (contrast.NearestPassing).
func (a *auditor) prefer(k int, q colorful.Color, ok func(colorful.Color) bool) {
	good := func(c colorful.Color) bool {
		for _, m := range a.must[k] {
			if !m(c) {
				return false
			}
		}
		return ok(c) && a.apart(k, c)
	}
	if c, planned := a.planned[k]; (!planned || !good(c)) && good(q) {
		a.planned[k] = q
	}
}

// noApart is the message for a colour that lightness could fix but only
// by bringing it within MinRoleDistance of another colour.
func (a *auditor) noApart(k int) string {
	return psych.T(a.lang, "finding.noapart", a.colors[k].LabelIn(a.lang), psych.Num(a.lang, MinRoleDistance, -1))
}

func (a *auditor) textColors() []colorful.Color {
	var out []colorful.Color
	for _, n := range a.p.Neutral {
		out = append(out, Quantize(n.Color))
	}
	if len(out) == 0 {
		out = []colorful.Color{contrast.Black, contrast.White}
	}
	return out
}

func (a *auditor) brandIndexes() []int {
	var out []int
	for i, c := range a.colors {
		if c.Role != Neutral {
			out = append(out, i)
		}
	}
	return out
}

func (a *auditor) accentIndex() int {
	for i, c := range a.colors {
		if c.Role == Accent {
			return i
		}
	}
	return 0
}

func (a *auditor) fix(i int, to colorful.Color) *Fix {
	c := a.colors[i]
	return &Fix{Role: c.Role, Index: c.Index, From: Quantize(c.Color), To: to}
}

// searchLightness moves c's OKLCH lightness outwards, a hundredth at a time,
// keeping hue and chroma (reduced only by the gamut), and returns the first
// 8-bit colour that ok accepts.
func searchLightness(c colorful.Color, ok func(colorful.Color) bool) (colorful.Color, bool) {
	o := colorspace.ToOKLCH(c)
	for step := 1; step <= 100; step++ {
		for _, sign := range [2]float64{1, -1} {
			l := o.L + sign*float64(step)/100
			if l < 0 || l > 1 {
				continue
			}
			cand := Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: o.C, H: o.H}))
			if ok(cand) {
				return cand, true
			}
		}
	}
	return c, false
}

func (a *auditor) legibilityFinding(i int, cs, texts []colorful.Color) Finding {
	c := a.colors[i]
	best := contrast.BestText(cs[i], texts...)
	l := a.lang
	f := Finding{Kind: FindingLegibility, Message: psych.T(l, "finding.legibility",
		strings.ToUpper(a.level.String()), psych.Num(l, a.level.Min(), -1)+":1", c.LabelIn(l), Hex(cs[i]), Hex(best), psych.Ratio(l, contrast.Ratio(best, cs[i])))}
	// First try the text colour in use (the best one), then the other text
	// neutrals, then the background. The fix and its message name the
	// neutral they change, so the text colour in use is replaced first.
	order := make([]int, 0, len(texts))
	for ti, t := range texts {
		if Hex(t) == Hex(best) {
			order = append([]int{ti}, order...)
		} else {
			order = append(order, ti)
		}
	}
	crowded := -1 // a colour that a fix would bring too close to another
	for _, ti := range order {
		if len(a.p.Neutral) == 0 || a.locked[Neutral] {
			break
		}
		t := texts[ti]
		ni := len(a.colors) - len(a.p.Neutral) + ti
		legible := func(c colorful.Color) bool { return a.level.Passes(contrast.Ratio(c, a.now(i))) }
		// The nearest passing colour when it fits, else the nearest
		// lightness that does.
		if to, err := contrast.NearestPassing(t, cs[i], a.level); err == nil && Hex(to) != Hex(t) {
			a.prefer(ni, Quantize(to), legible)
		}
		to, found, keptApart := a.move(ni, legible)
		if found && Hex(to) != Hex(t) {
			base := f.Message
			a.suggest(&f, ni, to, func(to colorful.Color) string {
				return psych.T(l, "why.join", base, psych.T(l, "finding.usetext", Hex(to), a.colors[ni].LabelIn(l)+" "+Hex(t)))
			})
			return f
		}
		if !keptApart && crowded < 0 {
			crowded = ni
		}
	}
	if !a.locked[c.Role] {
		if to, err := contrast.NearestPassing(cs[i], best, a.level); err == nil {
			ok := func(x colorful.Color) bool {
				return a.level.Passes(contrast.Ratio(best, x)) && (c.Role == Neutral || a.distinctEverywhere(i, x))
			}
			a.prefer(i, Quantize(to), ok)
			to, found, keptApart := a.move(i, ok)
			if found {
				base := f.Message
				a.suggest(&f, i, to, func(to colorful.Color) string {
					return psych.T(l, "why.join", base, psych.T(l, "finding.change", c.LabelIn(l), Hex(to)))
				})
				return f
			}
			if !keptApart {
				crowded = i
			}
		}
	}
	if crowded >= 0 {
		f.Message = psych.T(l, "why.join", f.Message, a.noApart(crowded))
		return f
	}
	f.Message = psych.T(l, "why.join", f.Message, psych.T(l, "finding.nofix"))
	return f
}

// movable returns which of two colours to change: the unlocked one, the
// accent before a secondary before the primary.
func (a *auditor) movable(i, j int) (int, bool) {
	rank := func(k int) int {
		switch a.colors[k].Role {
		case Accent:
			return 0
		case Secondary:
			return 1
		}
		return 2
	}
	order := []int{i, j}
	if rank(j) < rank(i) {
		order = []int{j, i}
	}
	for _, k := range order {
		if !a.locked[a.colors[k].Role] {
			return k, true
		}
	}
	return 0, false
}

// distinctEverywhere reports whether colour c at index k stays MinCVDDistance
// from every other brand colour (as the fixes suggested so far leave them)
// for every deficiency and, as the accent, still stands out from the
// primary (accentOK).
func (a *auditor) distinctEverywhere(k int, c colorful.Color) bool {
	if a.colors[k].Role == Accent && !a.accentOK(c) {
		return false
	}
	for _, j := range a.brandIndexes() {
		if j == k {
			continue
		}
		for _, kind := range cvd.Kinds() {
			x, _ := cvd.Simulate(c, kind, a.sev)
			y, _ := cvd.Simulate(a.now(j), kind, a.sev)
			if colorspace.DeltaE2000Colors(x, y) < MinCVDDistance {
				return false
			}
		}
	}
	return true
}

func (a *auditor) cvdFinding(k cvd.Kind, i, j int, d float64, cs []colorful.Color) Finding {
	ci, cj := a.colors[i], a.colors[j]
	l := a.lang
	f := Finding{Kind: FindingCVD, Deficiency: k, Message: psych.T(l, "finding.cvd",
		psych.T(l, "cvd."+k.String()), ci.LabelIn(l), Hex(cs[i]), cj.LabelIn(l), Hex(cs[j]), psych.Num(l, d, 1), psych.Num(l, MinCVDDistance, 0))}
	m, ok := a.movable(i, j)
	if !ok {
		f.Message = psych.T(l, "why.join", f.Message, psych.T(l, "finding.bothlocked"))
		return f
	}
	to, found, keptApart := a.move(m, func(c colorful.Color) bool { return a.distinctEverywhere(m, c) })
	if !found {
		why := psych.T(l, "finding.bylightness")
		if !keptApart {
			why = a.noApart(m)
		}
		f.Message = psych.T(l, "why.join", f.Message, why)
		return f
	}
	base := f.Message
	a.suggest(&f, m, to, func(to colorful.Color) string {
		return psych.T(l, "why.join", base, psych.T(l, "finding.changecvd", a.colors[m].LabelIn(l), Hex(to)))
	})
	return f
}

// accentOK reports whether c, as the accent, stands out from the primary
// (as the fixes leave it) with normal vision and with every deficiency.
func (a *auditor) accentOK(c colorful.Color) bool {
	p := a.now(0)
	if !AccentStandsOut(c, p) {
		return false
	}
	for _, kind := range cvd.Kinds() {
		x, _ := cvd.Simulate(c, kind, a.sev)
		y, _ := cvd.Simulate(p, kind, a.sev)
		if !accentStandsOutSeen(x, y) {
			return false
		}
	}
	return true
}

func (a *auditor) accentFinding(k cvd.Kind, r float64, cs []colorful.Color) Finding {
	ai := a.accentIndex()
	l := a.lang
	who := psych.T(l, "cvd.normal")
	if k != 0 {
		who = psych.T(l, "cvd."+k.String())
	}
	d := colorspace.DeltaE2000Colors(cs[ai], cs[0])
	need := MinAccentDistance
	if k != 0 {
		x, _ := cvd.Simulate(cs[ai], k, a.sev)
		y, _ := cvd.Simulate(cs[0], k, a.sev)
		d, need = colorspace.DeltaE2000Colors(x, y), MinCVDAccentDistance
	}
	f := Finding{Kind: FindingAccent, Deficiency: k, Message: psych.T(l, "finding.accent",
		who, Hex(cs[ai]), Hex(cs[0]), psych.Ratio(l, r), psych.Num(l, d, 1), psych.Num(l, MinAccentRatio, -1)+":1", psych.Num(l, need, -1))}
	if a.locked[Accent] {
		f.Message = psych.T(l, "why.join", f.Message, psych.T(l, "finding.accentlock"))
		return f
	}
	to, found, keptApart := a.move(ai, func(c colorful.Color) bool { return a.distinctEverywhere(ai, c) })
	if !found {
		why := psych.T(l, "finding.nofix")
		if !keptApart {
			why = a.noApart(ai)
		}
		f.Message = psych.T(l, "why.join", f.Message, why)
		return f
	}
	base := f.Message
	a.suggest(&f, ai, to, func(to colorful.Color) string {
		return psych.T(l, "why.join", base, psych.T(l, "finding.changeacc", Hex(to)))
	})
	return f
}
