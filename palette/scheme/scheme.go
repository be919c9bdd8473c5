package scheme

import (
	"fmt"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// Options tunes New. The zero value is the default.
type Options struct {
	// PureBlack makes the dark background #000000 instead of a dark tone
	// tinted by the primary hue.
	PureBlack bool
}

// Scheme is a light and a dark UI scheme built from one palette, with the
// notes that explain where brand colours could not be kept. A Scheme is a
// plain value: copy it freely.
type Scheme struct {
	Light Colors
	Dark  Colors
	Notes []Note
}

// Mode returns the colours of mode m (Light when m is unset).
func (s *Scheme) Mode(m Mode) *Colors {
	if m == Dark {
		return &s.Dark
	}
	return &s.Light
}

// The thresholds of the guarantees besides the contrast Pairs.
const (
	MaxDarkBackgroundL = 0.25 // OKLCH L of the dark background, at most
	MaxHueShift        = 6.0  // degrees a chromatic brand colour's OKLCH hue may move in the dark scheme
	MinStateDistance   = 10.0 // CIEDE2000 between error/success/warning and the primary and accent (palette.MinRoleDistance)
	glareChroma        = 0.13 // OKLCH chroma above which a light tone glares on a dark page
	chromaticC         = 0.04 // brand colours with at least this chroma keep their hue
	maxDarkL           = 0.86 // OKLCH L above which a large fill dazzles on a dark page
)

// The customary hue families of states (OKLCH hue, degrees), as design
// systems use them (Material's error is hue ≈ 27, Carbon's and Polaris'
// success green ≈ 145–150, warning amber ≈ 70–85); they match
// palette/psych's red and green families, and amber spans orange to gold.
var stateHues = map[Role]struct{ min, center, max float64 }{
	Error:   {18, 27, 34},
	Success: {142, 150, 165},
	Warning: {62, 75, 90},
}

// GuaranteeError reports a scheme that failed a guarantee: a bug, never a
// property of the input; the message names the mode, the roles and the
// figures.
type GuaranteeError struct{ Problems []string }

func (e *GuaranteeError) Error() string {
	return "scheme: guarantee broken: " + strings.Join(e.Problems, "; ")
}

// New builds the light and dark schemes of p. The result meets every
// guarantee, checked again before it is returned (see Check):
//
//   - every pair of Pairs reaches its minimum, compared unrounded with
//     contrast.Ratio: each on-X on X 4.5:1, muted text 4.5:1 on surface and
//     background, error and success 4.5:1 on background and surface (as the
//     text of validation messages), outline and focus 3:1 against
//     background and surface, primary 3:1 against background;
//   - light: the brand's primary, secondary and accent are used verbatim
//     where they meet these; otherwise the nearest passing tone of the same
//     hue is used and a Note says which and why;
//   - dark: the background has OKLCH L ≤ MaxDarkBackgroundL, tinted by the
//     primary hue (pure black only with Options.PureBlack); the brand
//     colours keep their OKLCH hue within MaxHueShift and lose chroma above
//     glareChroma, which glares on a dark page;
//   - error, success and warning lie in their customary hue families, moved
//     towards the primary hue to harmonise (as Material's "harmonize" does,
//     by at most 15°, within the family), and stay MinStateDistance from the
//     primary and the accent; when error and success are closer than
//     palette.MinCVDDistance with deuteranopia a UseIcons note says so.
//
// The same palette gives the same scheme. An invalid palette is an error.
func New(p *palette.Palette, o Options) (*Scheme, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	b := &builder{p: p, o: o, s: &Scheme{}}
	b.light()
	b.dark()
	for _, m := range []Mode{Light, Dark} {
		b.states(m)
	}
	if err := Check(b.s, p); err != nil {
		return nil, err
	}
	return b.s, nil
}

type builder struct {
	p *palette.Palette
	o Options
	s *Scheme
}

// q rounds c to 8 bits per channel, so that what is checked is what is
// written.
func q(c colorful.Color) colorful.Color { return palette.Quantize(colorspace.Clip(c)) }

// oklch maps an OKLCH colour into sRGB (CSS Color 4 gamut mapping) and
// rounds it.
func oklch(l, c, h float64) colorful.Color {
	return q(colorspace.GamutMap(colorspace.OKLCH{L: l, C: c, H: h}))
}

// hueOf returns c's OKLCH hue and chroma; an achromatic colour reports the
// fallback hue and chroma 0.
func hueOf(c colorful.Color) (h, ch float64) {
	o := colorspace.ToOKLCH(c)
	return o.H, o.C
}

func minRatio(c colorful.Color, bgs []colorful.Color) float64 {
	m := math.Inf(1)
	for _, bg := range bgs {
		m = math.Min(m, contrast.Ratio(c, bg))
	}
	return m
}

// fit returns the colour of c's OKLCH hue and chroma whose lightness is
// nearest to c's and that reaches need against every colour of bgs — the
// Leonardo method in OKLCH. It returns c itself when c passes. toward
// restricts the search: -1 darker only, +1 lighter only, 0 both. ok is false
// when no lightness in the allowed directions passes.
func fit(c colorful.Color, bgs []colorful.Color, need float64, toward int) (colorful.Color, bool) {
	c = q(c)
	if minRatio(c, bgs) >= need {
		return c, true
	}
	o := colorspace.ToOKLCH(c)
	at := func(l float64) colorful.Color { return oklch(l, o.C, o.H) }
	best, bestD := colorful.Color{}, math.Inf(1)
	for _, end := range []float64{0, 1} {
		if (end == 0 && toward > 0) || (end == 1 && toward < 0) {
			continue
		}
		// Darker: luminance must fall under every background's threshold;
		// lighter: rise above. Either is monotone in L along the path.
		passes := func(x colorful.Color) bool {
			y := contrast.Luminance(x)
			for _, bg := range bgs {
				yb := contrast.Luminance(bg)
				if end == 0 && !(y <= yb && contrast.RatioLuminance(y, yb) >= need) {
					return false
				}
				if end == 1 && !(y >= yb && contrast.RatioLuminance(y, yb) >= need) {
					return false
				}
			}
			return true
		}
		if !passes(at(end)) {
			continue
		}
		near, far := o.L, end
		for range 30 {
			mid := (near + far) / 2
			if passes(at(mid)) {
				far = mid
			} else {
				near = mid
			}
		}
		x := at(far)
		if d := math.Abs(far - o.L); d < bestD {
			best, bestD = x, d
		}
	}
	return best, !math.IsInf(bestD, 1)
}

// onColor chooses the text colour for bg: a near-white or near-black tinted
// by bg's hue when it reaches MinText, else the palette's neutrals, else
// white or black (one of which always reaches 4.58:1).
func (b *builder) onColor(bg colorful.Color, prefer ...colorful.Color) colorful.Color {
	h, c := hueOf(bg)
	tint := math.Min(c*0.25, 0.03)
	cands := append([]colorful.Color{}, prefer...)
	if contrast.Luminance(bg) > 0.18 {
		cands = append(cands, oklch(0.22, tint, h), oklch(0.16, tint, h))
	} else {
		cands = append(cands, oklch(0.985, math.Min(tint, 0.012), h), oklch(0.995, 0.005, h))
	}
	cands = append(cands, colorful.Color{}, colorful.Color{R: 1, G: 1, B: 1})
	for _, x := range cands {
		if contrast.Ratio(q(x), bg) >= MinText {
			return q(x)
		}
	}
	// Unreachable: max(ratio to white, ratio to black) ≥ √21 ≈ 4.58.
	if contrast.Ratio(colorful.Color{}, bg) > contrast.Ratio(colorful.Color{R: 1, G: 1, B: 1}, bg) {
		return colorful.Color{}
	}
	return colorful.Color{R: 1, G: 1, B: 1}
}

// neutrals returns the palette's lightest and darkest neutral (ok false
// when it has none).
func (b *builder) neutrals() (light, dark colorful.Color, ok bool) {
	if len(b.p.Neutral) == 0 {
		return colorful.Color{}, colorful.Color{}, false
	}
	light, dark = b.p.Neutral[0].Color, b.p.Neutral[0].Color
	for _, n := range b.p.Neutral[1:] {
		if contrast.Luminance(n.Color) > contrast.Luminance(light) {
			light = n.Color
		}
		if contrast.Luminance(n.Color) < contrast.Luminance(dark) {
			dark = n.Color
		}
	}
	return q(light), q(dark), true
}

// brandHue is the hue that tints neutrals: the primary's, else the first
// chromatic colour's; tint is how much chroma a tint may take (0 for an
// achromatic palette).
func (b *builder) brandHue() (h, tint float64) {
	for _, c := range []colorful.Color{b.p.Primary.Color, b.p.Accent.Color, b.p.Secondary[0].Color} {
		if hh, cc := hueOf(c); cc >= 0.02 {
			return hh, math.Min(1, cc/0.1)
		}
	}
	return 0, 0
}

func (b *builder) light() {
	s := &b.s.Light
	h, tint := b.brandHue()
	nl, nd, hasN := b.neutrals()

	// The page: the palette's light neutral if it is light and quiet,
	// else a near-white tinted by the brand hue (Material's surface tone 98).
	bg := oklch(0.985, 0.006*tint, h)
	if hasN {
		if o := colorspace.ToOKLCH(nl); o.L >= 0.93 && o.C <= 0.04 {
			bg = nl
		} else {
			b.note(Note{Kind: NeutralReplaced, Mode: Light, Role: Background, From: nl, To: bg})
		}
	}
	s[Background] = bg
	// Cards sit on the page: white on a tinted page, a light tint on a
	// white one.
	if lb := colorspace.ToOKLCH(bg).L; lb < 0.985 {
		s[Surface] = oklch(math.Min(1, lb+0.03), 0.003*tint, h)
	} else {
		s[Surface] = oklch(0.955, 0.01*tint, h)
	}
	both := []colorful.Color{s[Background], s[Surface]}

	// Text: the dark neutral (one darker than mid-grey), verbatim where it
	// reads on both, else its nearest passing tone with a note; a tinted
	// ink when the palette has none.
	ink := oklch(0.24, 0.02*tint, h)
	if hasN && contrast.Luminance(nd) < 0.2 {
		on, r := Background, contrast.Ratio(nd, s[Background])
		if rs := contrast.Ratio(nd, s[Surface]); rs < r {
			on, r = Surface, rs
		}
		if r >= MinText {
			ink = nd
		} else if x, ok := fit(nd, both, MinText, -1); ok {
			ink = x
			b.note(Note{Kind: Adjusted, Mode: Light, Role: OnBackground, From: nd, To: x, Ratio: r, Need: MinText, On: on, OnColor: s[on]})
		}
	} else if hasN && nd != bg {
		b.note(Note{Kind: NeutralReplaced, Mode: Light, Role: OnBackground, From: nd, To: ink})
	}
	if minRatio(ink, both) < MinText {
		ink, _ = fit(ink, both, 7, -1)
	}
	s[OnBackground], s[OnSurface] = ink, ink
	muted, _ := fit(oklch(0.7, 0.02*tint, h), both, 5, -1)
	s[OnSurfaceMuted] = muted

	// Brand roles, verbatim where they pass (Leonardo: else the nearest
	// tone at the contrast needed).
	s[Primary] = b.brand(Light, Primary, b.p.Primary.Color, []colorful.Color{s[Background]}, MinNonText, 0)
	s[OnPrimary] = b.onColor(s[Primary])
	s[Secondary] = q(b.p.Secondary[0].Color)
	s[OnSecondary] = b.onColor(s[Secondary])
	s[Accent] = q(b.p.Accent.Color)
	s[OnAccent] = b.onColor(s[Accent])

	ph, pc := hueOf(s[Primary])
	s[PrimaryContainer] = oklch(0.93, math.Min(pc*0.35, 0.06), ph)
	s[OnPrimaryContainer], _ = fit(oklch(0.32, math.Min(pc, 0.12), ph), []colorful.Color{s[PrimaryContainer]}, 7, -1)

	s[Outline], _ = fit(oklch(0.72, 0.02*tint, h), both, 3.2, -1)
	s[Focus] = b.focus(Light, both)
}

// brand keeps c when it reaches need against bgs, else uses the nearest
// passing tone of its hue and notes it.
func (b *builder) brand(m Mode, r Role, c colorful.Color, bgs []colorful.Color, need float64, toward int) colorful.Color {
	c = q(c)
	if minRatio(c, bgs) >= need {
		return c
	}
	x, ok := fit(c, bgs, need, toward)
	if !ok {
		x, _ = fit(c, bgs, need, 0)
	}
	if m == Light {
		b.note(Note{Kind: Adjusted, Mode: m, Role: r, From: c, To: x, Ratio: minRatio(c, bgs), Need: need, On: Background, OnColor: bgs[0]})
	}
	return x
}

// focus is the primary when it stands out 3:1 on background and surface,
// else the accent, else the primary's nearest passing tone.
func (b *builder) focus(m Mode, both []colorful.Color) colorful.Color {
	s := b.s.Mode(m)
	for _, c := range []colorful.Color{s[Primary], s[Accent]} {
		if minRatio(c, both) >= MinNonText+0.2 {
			return c
		}
	}
	toward := -1
	if m == Dark {
		toward = 1
	}
	x, ok := fit(s[Primary], both, MinNonText+0.2, toward)
	if !ok {
		x, _ = fit(s[Primary], both, MinNonText+0.2, 0)
	}
	return x
}

func (b *builder) note(n Note) { b.s.Notes = append(b.s.Notes, n) }

// darkTone moves a brand colour to the dark scheme: same hue, lightness
// raised into the band where it reads on a dark page (Material's tone 80
// for primary) and lowered under maxDarkL, chroma above glareChroma mostly
// removed, then the nearest tone that reaches need on bgs.
func darkTone(c colorful.Color, bgs []colorful.Color, need, minL float64) colorful.Color {
	o := colorspace.ToOKLCH(q(c))
	l := math.Max(o.L, minL)
	ch := o.C
	if ch > glareChroma && l > 0.55 {
		ch = glareChroma + (ch-glareChroma)*0.25
	}
	x := oklch(math.Min(l, maxDarkL), ch, o.H)
	if y, ok := fit(x, bgs, need, 1); ok {
		return y
	}
	y, _ := fit(x, bgs, need, 0)
	return y
}

func (b *builder) dark() {
	s := &b.s.Dark
	h, tint := b.brandHue()
	if b.o.PureBlack {
		s[Background] = colorful.Color{}
		s[Surface] = oklch(0.2, 0.012*tint, h)
	} else {
		s[Background] = oklch(0.18, 0.018*tint, h)
		s[Surface] = oklch(0.23, 0.022*tint, h)
	}
	both := []colorful.Color{s[Background], s[Surface]}
	// Text: the palette's light neutral where it is quiet and reads at
	// 7:1, else a near-white tinted by the brand hue.
	ink := oklch(0.94, 0.012*tint, h)
	if nl, _, ok := b.neutrals(); ok {
		if o := colorspace.ToOKLCH(nl); o.L >= 0.85 && o.C <= 0.04 && minRatio(nl, both) >= 7 {
			ink = nl
		}
	}
	if minRatio(ink, both) < 7 {
		ink, _ = fit(ink, both, 7, 1)
	}
	s[OnBackground], s[OnSurface] = ink, ink
	s[OnSurfaceMuted], _ = fit(oklch(0.5, 0.02*tint, h), both, 5, 1)

	s[Primary] = darkTone(b.p.Primary.Color, []colorful.Color{s[Background]}, MinNonText+0.5, 0.68)
	s[OnPrimary] = b.onColor(s[Primary])
	s[Secondary] = darkTone(b.p.Secondary[0].Color, []colorful.Color{s[Background]}, MinNonText, 0.6)
	s[OnSecondary] = b.onColor(s[Secondary])
	s[Accent] = darkTone(b.p.Accent.Color, []colorful.Color{s[Background]}, MinNonText, 0.65)
	s[OnAccent] = b.onColor(s[Accent])

	ph, pc := hueOf(s[Primary])
	s[PrimaryContainer] = oklch(0.32, math.Min(pc*0.6, 0.08), ph)
	s[OnPrimaryContainer], _ = fit(oklch(0.9, math.Min(pc*0.5, 0.06), ph), []colorful.Color{s[PrimaryContainer]}, 7, 1)

	s[Outline], _ = fit(oklch(0.45, 0.02*tint, h), both, 3.2, 1)
	s[Focus] = b.focus(Dark, both)
}

// harmonize moves a state's hue towards the primary hue by half their
// difference, at most 15° (Material's Blend.harmonize), kept inside the
// state's family.
func harmonize(r Role, primaryHue float64, chromatic bool) float64 {
	f := stateHues[r]
	h := f.center
	if chromatic {
		d := primaryHue - h
		for d > 180 {
			d -= 360
		}
		for d < -180 {
			d += 360
		}
		h += math.Copysign(math.Min(math.Abs(d)*0.5, 15), d)
	}
	return math.Max(f.min, math.Min(f.max, h))
}

// inFamily reports whether c's hue lies in the family of state r.
func inFamily(r Role, c colorful.Color) bool {
	f := stateHues[r]
	h := colorspace.ToOKLCH(c).H
	return h >= f.min-3 && h <= f.max+3
}

func de(a, b colorful.Color) float64 { return colorspace.DeltaE2000Colors(a, b) }

func deutan(c colorful.Color) colorful.Color {
	x, _ := cvd.Simulate(c, cvd.Deuteranopia, 1)
	return x
}

// states picks error, success and warning for mode m.
func (b *builder) states(m Mode) {
	s := b.s.Mode(m)
	both := []colorful.Color{s[Background], s[Surface]}
	ph, pc := hueOf(b.p.Primary.Color)
	chromatic := pc >= chromaticC
	avoid := []colorful.Color{s[Primary], s[Accent], s[Secondary]}
	// Light: error and success are deep enough for white text and read as
	// text on the page themselves (Material: tone 40); warning is a light
	// amber with dark text, as design systems draw it. Dark: light tones
	// with dark text (Material: tone 80 with on-X tone 20).
	type spec struct {
		role   Role
		l, c   float64
		needBG float64 // ratio against background and surface
		toward int
	}
	specs := []spec{
		{Error, 0.52, 0.19, MinText, -1},
		{Success, 0.5, 0.13, MinText, -1},
		{Warning, 0.82, 0.15, 1, 0},
	}
	if m == Dark {
		specs = []spec{
			{Error, 0.76, 0.13, MinText, 1},
			{Success, 0.78, 0.13, MinText, 1},
			{Warning, 0.84, 0.13, MinText, 1},
		}
	}
	pick := func(sp spec, others []colorful.Color) colorful.Color {
		h := harmonize(sp.role, ph, chromatic)
		var first colorful.Color
		found := false
		// Try the harmonised hue, then other hues of the family and other
		// lightnesses, until the colour stands apart from the brand.
		f := stateHues[sp.role]
		hues := []float64{h, f.center, f.min + 2, f.max - 2}
		for _, cm := range []float64{1, 1.5, 0.6} {
			for _, dl := range []float64{0, -0.08, 0.08, -0.15, 0.15, -0.22, 0.22} {
				for _, hh := range hues {
					x := oklch(sp.l+dl, sp.c*cm, hh)
					if sp.needBG > 1 {
						y, ok := fit(x, both, sp.needBG, sp.toward)
						if !ok {
							continue
						}
						x = y
					}
					if !inFamily(sp.role, x) {
						continue
					}
					if !found {
						first, found = x, true
					}
					okAll := true
					for _, a := range others {
						if de(x, a) < MinStateDistance {
							okAll = false
						}
					}
					if okAll {
						return x
					}
				}
			}
		}
		return first
	}
	s[Error] = pick(specs[0], avoid)
	// Success: of the candidates, the one farthest from error with
	// deuteranopia (lightness differs where hue cannot).
	sp := specs[1]
	bestD := -1.0
	f := stateHues[Success]
	base := harmonize(Success, ph, chromatic)
	for _, hh := range []float64{base, f.center, f.max - 2, f.min + 2} {
		for _, dl := range []float64{0, -0.06, -0.12, 0.06, 0.1} {
			x := oklch(sp.l+dl, sp.c, hh)
			y, ok := fit(x, both, sp.needBG, sp.toward)
			if !ok || !inFamily(Success, y) {
				continue
			}
			far := de(y, s[Error]) >= MinStateDistance
			for _, a := range avoid {
				if de(y, a) < MinStateDistance {
					far = false
				}
			}
			if !far {
				continue
			}
			// Prefer the harmonised hue at its own lightness; move only
			// when deuteranopia needs it.
			d := de(deutan(y), deutan(s[Error]))
			score := math.Min(d, palette.MinCVDDistance+4) - 0.05*math.Abs(dl)*100 - 0.02*math.Abs(hh-base)
			if score > bestD {
				bestD = score
				s[Success] = y
			}
		}
	}
	if bestD < 0 {
		s[Success] = pick(sp, append(avoid, s[Error]))
	}
	s[Warning] = pick(specs[2], append(avoid, s[Error], s[Success]))
	for _, r := range []Role{Error, Success, Warning} {
		s[r+1] = b.onColor(s[r])
	}
	if d := de(deutan(s[Error]), deutan(s[Success])); d < palette.MinCVDDistance {
		b.note(Note{Kind: UseIcons, Mode: m, Role: Error, From: s[Error], To: s[Success], Ratio: d, Need: palette.MinCVDDistance})
	}
}

// Check verifies every guarantee New gives (see New) for s built from p,
// and returns a *GuaranteeError listing what fails.
func Check(s *Scheme, p *palette.Palette) error {
	var probs []string
	for _, m := range []Mode{Light, Dark} {
		c := s.Mode(m)
		for _, pr := range Pairs() {
			if r := contrast.Ratio(c[pr.FG], c[pr.BG]); !(r >= pr.Min) {
				probs = append(probs, fmt.Sprintf("%s: %s %s on %s %s is %.3f:1, want %.1f:1", m, pr.FG, c.Hex(pr.FG), pr.BG, c.Hex(pr.BG), r, pr.Min))
			}
		}
		for _, r := range allRoles {
			if palette.Hex(c[r]) != palette.Hex(q(c[r])) || !colorspace.InGamut(c[r]) {
				probs = append(probs, fmt.Sprintf("%s: %s is not an exact 8-bit colour", m, r))
			}
		}
		for _, st := range []Role{Error, Success, Warning} {
			hf := stateHues[st]
			for _, b := range []Role{Primary, Accent} {
				if d := de(c[st], c[b]); d < MinStateDistance {
					probs = append(probs, fmt.Sprintf("%s: %s %s is %.1f from %s %s, want %g (CIEDE2000)", m, st, c.Hex(st), d, b, c.Hex(b), MinStateDistance))
				}
			}
			if !inFamily(st, c[st]) {
				probs = append(probs, fmt.Sprintf("%s: %s %s has hue %.1f°, outside %g–%g°", m, st, c.Hex(st), colorspace.ToOKLCH(c[st]).H, hf.min, hf.max))
			}
		}
	}
	if l := colorspace.ToOKLCH(s.Dark[Background]).L; l > MaxDarkBackgroundL {
		probs = append(probs, fmt.Sprintf("dark: background L %.3f > %.2f", l, MaxDarkBackgroundL))
	}
	if p != nil {
		brand := []struct {
			r Role
			c colorful.Color
		}{{Primary, p.Primary.Color}, {Secondary, p.Secondary[0].Color}, {Accent, p.Accent.Color}}
		for _, bc := range brand {
			want := colorspace.ToOKLCH(q(bc.c))
			if want.C < chromaticC {
				continue
			}
			for _, m := range []Mode{Light, Dark} {
				got := colorspace.ToOKLCH(s.Mode(m)[bc.r])
				if got.C < 0.02 {
					continue // too grey for a hue: can only happen at the gamut's ends
				}
				if d := hueDiff(got.H, want.H); d > MaxHueShift {
					probs = append(probs, fmt.Sprintf("%s: %s hue %.1f°, brand %.1f° (%.1f° apart)", m, bc.r, got.H, want.H, d))
				}
			}
		}
		// Light brand colours verbatim unless a note says why.
		for _, bc := range brand {
			if palette.Hex(s.Light[bc.r]) != palette.Hex(bc.c) && !hasNote(s, Light, bc.r, Adjusted) {
				probs = append(probs, fmt.Sprintf("light: %s %s is not the brand's %s and no note says why", bc.r, s.Light.Hex(bc.r), palette.Hex(bc.c)))
			}
		}
	}
	if len(probs) > 0 {
		return &GuaranteeError{Problems: probs}
	}
	return nil
}

func hasNote(s *Scheme, m Mode, r Role, k NoteKind) bool {
	for _, n := range s.Notes {
		if n.Mode == m && n.Role == r && n.Kind == k {
			return true
		}
	}
	return false
}

func hueDiff(a, b float64) float64 {
	d := math.Abs(a - b)
	if d > 180 {
		d = 360 - d
	}
	return d
}
