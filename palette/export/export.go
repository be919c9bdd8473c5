package export

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// Options tunes the writers. The zero value is the default.
type Options struct {
	Prefix string // name prefix of variables and groups; "" means "brand"
	Ramps  bool   // expand each role into a 50…950 tonal ramp
}

func (o Options) prefix() string {
	if o.Prefix == "" {
		return "brand"
	}
	return o.Prefix
}

// Slug returns the name a colour takes in exports: primary, secondary,
// secondary-2, accent, neutral-1, neutral-2 …
func Slug(c palette.Colored) string {
	switch c.Role {
	case palette.Secondary:
		if c.Index == 0 {
			return "secondary"
		}
		return fmt.Sprintf("secondary-%d", c.Index+1)
	case palette.Neutral:
		return fmt.Sprintf("neutral-%d", c.Index+1)
	}
	return c.Role.String()
}

// Step is one tone of a ramp.
type Step struct {
	Step  int // 50, 100 … 900, 950
	Color colorful.Color
	Brand bool // the role's own colour, verbatim
}

// rampL is the OKLCH lightness of each step, close to Tailwind v4's palette.
var rampSteps = []struct {
	step int
	l    float64
}{
	{50, 0.975}, {100, 0.94}, {200, 0.885}, {300, 0.81}, {400, 0.72}, {500, 0.64},
	{600, 0.56}, {700, 0.48}, {800, 0.41}, {900, 0.35}, {950, 0.26},
}

// Ramp expands c into 11 tones at Tailwind's steps, keeping c's OKLCH hue;
// chroma follows c's, eased towards the light and dark ends so the extremes
// stay in gamut and look natural. c itself replaces the step nearest to it in
// lightness.
func Ramp(c colorful.Color) []Step {
	c = palette.Quantize(c)
	o := colorspace.ToOKLCH(c)
	nearest, nd := 0, math.Inf(1)
	for i, s := range rampSteps {
		if d := math.Abs(s.l - o.L); d < nd {
			nearest, nd = i, d
		}
	}
	out := make([]Step, len(rampSteps))
	for i, s := range rampSteps {
		if i == nearest {
			out[i] = Step{Step: s.step, Color: c, Brand: true}
			continue
		}
		// Ease chroma: full in the middle tones, less at the ends.
		ease := 1 - math.Pow(math.Abs(s.l-0.6)/0.45, 2)
		chroma := o.C * math.Max(0.15, ease)
		out[i] = Step{Step: s.step, Color: palette.Quantize(colorspace.GamutMap(colorspace.OKLCH{L: s.l, C: chroma, H: o.H}))}
	}
	return out
}

// comment makes s safe as the text of a /* */ or // comment in CSS, Sass
// and JavaScript: no comment opener or terminator, no line break (CSS ends
// a line at \r and \f too, JavaScript at \r, U+2028 and U+2029), no
// other control character, no HTML end tag (should the stylesheet be
// inlined in HTML). Every writer's comments go through it: a name that
// ended a // comment of a Tailwind config would run as code.
func comment(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	for strings.Contains(s, "*/") || strings.Contains(s, "/*") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "*/", "* /"), "/*", "/ *")
	}
	return strings.ReplaceAll(s, "</", "< /")
}

func title(p *palette.Palette) string {
	if p.Name != "" {
		return p.Name
	}
	return "brand palette"
}
