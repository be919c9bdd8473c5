package palette

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
	"golang.org/x/image/colornames"
)

// ColorError reports a colour that could not be parsed. Input is the text as
// given; Reason, when set, says what was wrong with it.
type ColorError struct {
	Input  string
	Reason string
}

const colorWant = `want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. "#1d4ed8"`

func (e *ColorError) Error() string {
	in := clipInput(e.Input)
	if e.Reason != "" {
		return fmt.Sprintf("palette: bad color %s: %s; %s", in, e.Reason, colorWant)
	}
	return fmt.Sprintf("palette: bad color %s: %s", in, colorWant)
}

// clipInput quotes an input for an error message: whole up to 60 bytes,
// else its first 60 bytes (cut on a rune boundary) and its length, so that a
// megabyte of garbage makes a one-line message.
func clipInput(s string) string {
	const n = 60
	if len(s) <= n {
		return fmt.Sprintf("%q", s)
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:i], len(s))
}

// ParseColor parses a colour in CSS syntax:
//
//   - hexadecimal #rgb or #rrggbb, with or without "#", in any case;
//   - the 148 CSS named colours ("tomato", "rebeccapurple"), in any case;
//   - rgb() and rgba() with numbers 0–255 or percentages;
//   - hsl() and hsla() with a hue (deg, rad, grad, turn or a bare number of
//     degrees) and percentages;
//   - oklch(L C H) with L as 0–1 or a percentage, C as a number or a
//     percentage (100% = 0.4);
//   - oklab(L a b) with a and b as numbers or percentages (100% = 0.4).
//
// Functions take the modern space-separated syntax ("rgb(29 78 216)") and
// the legacy comma-separated one ("rgb(29, 78, 216)"); "none" counts as 0.
// An alpha component is accepted only when it is 1 (100%): brand colours are
// opaque.
//
// Out-of-range rgb() and hsl() values are clamped as CSS clamps them. An
// oklch() or oklab() colour outside the sRGB gamut is mapped into it by
// reducing its chroma at constant lightness and hue (CSS Color 4 gamut
// mapping), not by clipping channels, so its hue does not shift. The result
// is always within sRGB and is not rounded to 8 bits; use Hex to encode it.
//
// Errors are *ColorError.
func ParseColor(s string) (colorful.Color, error) {
	in := strings.TrimSpace(s)
	low := strings.ToLower(in)
	if c, ok := namedColor(low); ok {
		return c, nil
	}
	if open := strings.IndexByte(low, '('); open > 0 {
		return parseFunction(s, low, open)
	}
	if c, ok := parseHex(low); ok {
		return c, nil
	}
	if low == "transparent" || low == "currentcolor" {
		return colorful.Color{}, &ColorError{Input: s, Reason: "not an opaque colour"}
	}
	if isWord(low) {
		if near := psych.Closest(low, ColorNames(), 1); len(near) > 0 {
			return colorful.Color{}, &ColorError{Input: s, Reason: fmt.Sprintf("unknown colour name (did you mean %s?)", near[0])}
		}
	}
	return colorful.Color{}, &ColorError{Input: s}
}

// isWord reports whether s is made of letters only and is too long to be a
// hex colour: the case worth a "did you mean" among the CSS names.
func isWord(s string) bool {
	hex := true
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
		hex = hex && r <= 'f'
	}
	return len(s) >= 3 && !hex
}

// MustParseColor is ParseColor for literals known to be valid; it panics on
// error.
func MustParseColor(s string) colorful.Color {
	c, err := ParseColor(s)
	if err != nil {
		panic(err)
	}
	return c
}

func parseHex(s string) (colorful.Color, bool) {
	s = strings.TrimPrefix(s, "#")
	var v [6]byte
	switch len(s) {
	case 3:
		for i := range 3 {
			d, ok := hexDigit(s[i])
			if !ok {
				return colorful.Color{}, false
			}
			v[2*i], v[2*i+1] = d, d
		}
	case 6:
		for i := range 6 {
			d, ok := hexDigit(s[i])
			if !ok {
				return colorful.Color{}, false
			}
			v[i] = d
		}
	default:
		return colorful.Color{}, false
	}
	return colorful.Color{
		R: float64(v[0]<<4|v[1]) / 255,
		G: float64(v[2]<<4|v[3]) / 255,
		B: float64(v[4]<<4|v[5]) / 255,
	}, true
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// token is one component of a colour function: a number, optionally a
// percentage or an angle, or the keyword none.
type token struct {
	v       float64
	percent bool
	unit    string // angle unit: "", deg, rad, grad or turn
	none    bool
}

func parseFunction(orig, s string, open int) (colorful.Color, error) {
	name := strings.TrimSpace(s[:open])
	switch name {
	case "rgb", "rgba", "hsl", "hsla", "oklch", "oklab":
	default:
		return colorful.Color{}, &ColorError{Input: orig, Reason: fmt.Sprintf("unknown function %q", name)}
	}
	if !strings.HasSuffix(s, ")") {
		return colorful.Color{}, &ColorError{Input: orig, Reason: "missing \")\""}
	}
	body := s[open+1 : len(s)-1]
	var comps []string
	var alpha string
	legacy := strings.Contains(body, ",")
	if legacy {
		comps = strings.Split(body, ",")
		for i := range comps {
			comps[i] = strings.TrimSpace(comps[i])
		}
		if len(comps) == 4 {
			alpha, comps = comps[3], comps[:3]
		}
	} else {
		main, a, hasAlpha := strings.Cut(body, "/")
		comps = strings.Fields(main)
		if hasAlpha {
			alpha = strings.TrimSpace(a)
			if alpha == "" {
				return colorful.Color{}, &ColorError{Input: orig, Reason: "empty alpha after \"/\""}
			}
		}
	}
	if len(comps) != 3 {
		return colorful.Color{}, &ColorError{Input: orig, Reason: fmt.Sprintf("%s() takes 3 components, got %d", name, len(comps))}
	}
	var t [3]token
	for i, c := range comps {
		tok, ok := parseToken(c)
		if !ok || (legacy && tok.none) {
			return colorful.Color{}, &ColorError{Input: orig, Reason: fmt.Sprintf("component %q is not a number", c)}
		}
		t[i] = tok
	}
	if alpha != "" {
		a, ok := parseToken(alpha)
		if !ok || a.unit != "" {
			return colorful.Color{}, &ColorError{Input: orig, Reason: fmt.Sprintf("alpha %q is not a number", alpha)}
		}
		v := a.v
		if a.percent {
			v /= 100
		}
		if !a.none && v < 1 {
			return colorful.Color{}, &ColorError{Input: orig, Reason: "alpha below 1: brand colours are opaque"}
		}
	}
	bad := func(reason string) (colorful.Color, error) {
		return colorful.Color{}, &ColorError{Input: orig, Reason: reason}
	}
	switch name {
	case "rgb", "rgba":
		var ch [3]float64
		for i, tok := range t {
			if tok.unit != "" {
				return bad("rgb() components take no unit")
			}
			if legacy && tok.percent != t[0].percent {
				return bad("legacy rgb() mixes numbers and percentages")
			}
			if tok.percent {
				ch[i] = clamp01(tok.v / 100)
			} else {
				ch[i] = clamp01(tok.v / 255)
			}
		}
		return colorful.Color{R: ch[0], G: ch[1], B: ch[2]}, nil
	case "hsl", "hsla":
		if t[0].percent {
			return bad("hsl() hue is an angle, not a percentage")
		}
		if t[1].unit != "" || t[2].unit != "" || (legacy && (!t[1].percent || !t[2].percent)) {
			return bad("hsl() saturation and lightness are percentages")
		}
		h := hueDegrees(t[0])
		c := colorful.Hsl(h, clamp01(t[1].v/100), clamp01(t[2].v/100))
		return colorspace.Clip(c), nil
	case "oklch":
		if legacy {
			return bad("oklch() takes space-separated components")
		}
		if t[0].unit != "" || t[1].unit != "" || t[2].percent {
			return bad("oklch() takes L (0–1 or %), C (number or %) and a hue")
		}
		l := fracOr(t[0], 1)
		c := math.Max(0, fracOr(t[1], 0.4))
		return colorspace.GamutMap(colorspace.OKLCH{L: l, C: c, H: hueDegrees(t[2])}), nil
	case "oklab":
		if legacy {
			return bad("oklab() takes space-separated components")
		}
		for _, tok := range t {
			if tok.unit != "" {
				return bad("oklab() components take no unit")
			}
		}
		lab := colorspace.OKLab{L: fracOr(t[0], 1), A: fracOr(t[1], 0.4), B: fracOr(t[2], 0.4)}
		return colorspace.GamutMap(lab.OKLCH()), nil
	default:
		return bad(fmt.Sprintf("unknown function %q", name))
	}
}

// fracOr returns a number as is, or a percentage scaled so 100% is full.
func fracOr(t token, full float64) float64 {
	if t.percent {
		return t.v / 100 * full
	}
	return t.v
}

func hueDegrees(t token) float64 {
	h := t.v
	switch t.unit {
	case "rad":
		h *= 180 / math.Pi
	case "grad":
		h *= 0.9
	case "turn":
		h *= 360
	}
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	return h
}

func parseToken(s string) (token, bool) {
	if s == "none" {
		return token{none: true}, true
	}
	var t token
	switch {
	case strings.HasSuffix(s, "%"):
		t.percent, s = true, s[:len(s)-1]
	case strings.HasSuffix(s, "grad"):
		t.unit, s = "grad", s[:len(s)-4]
	case strings.HasSuffix(s, "deg"):
		t.unit, s = "deg", s[:len(s)-3]
	case strings.HasSuffix(s, "rad"):
		t.unit, s = "rad", s[:len(s)-3]
	case strings.HasSuffix(s, "turn"):
		t.unit, s = "turn", s[:len(s)-4]
	}
	if !isCSSNumber(s) {
		return token{}, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return token{}, false
	}
	t.v = v
	return t, true
}

// isCSSNumber accepts the CSS <number> grammar: [+-] digits [. digits]
// [e [+-] digits], with at least one digit before the exponent. It rejects
// what strconv would also take: "inf", "nan", hex floats and underscores.
func isCSSNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, exp = i+1, exp+1
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}

func clamp01(v float64) float64 { return math.Min(1, math.Max(0, v)) }

// Hex formats c as "#rrggbb" after clamping each channel to [0, 1], rounding
// each channel to the nearest of 256 levels.
func Hex(c colorful.Color) string {
	r, g, b := RGB255(c)
	const digits = "0123456789abcdef"
	return string([]byte{'#', digits[r>>4], digits[r&15], digits[g>>4], digits[g&15], digits[b>>4], digits[b&15]})
}

// RGB255 returns c's channels as 8-bit values after clamping to [0, 1].
func RGB255(c colorful.Color) (r, g, b uint8) {
	q := func(v float64) uint8 { return uint8(math.Round(clamp01(v) * 255)) }
	return q(c.R), q(c.G), q(c.B)
}

// Quantize returns c rounded to 8 bits per channel: the colour its Hex names.
func Quantize(c colorful.Color) colorful.Color {
	r, g, b := RGB255(c)
	return colorful.Color{R: float64(r) / 255, G: float64(g) / 255, B: float64(b) / 255}
}

// FromImage converts c, returning its alpha (0–1) apart; ok is false for a
// fully transparent colour, whose RGB is lost, instead of pretending it is
// black. Premultiplied channels are divided by alpha.
func FromImage(c color.Color) (col colorful.Color, alpha float64, ok bool) {
	r, g, b, a := c.RGBA()
	if a == 0 {
		return colorful.Color{}, 0, false
	}
	fa := float64(a)
	return colorful.Color{R: float64(r) / fa, G: float64(g) / fa, B: float64(b) / fa}, fa / 0xffff, true
}

// namedColor looks up a lower-case CSS colour name.
func namedColor(s string) (colorful.Color, bool) {
	if s == "rebeccapurple" {
		return colorful.Color{R: 0x66 / 255.0, G: 0x33 / 255.0, B: 0x99 / 255.0}, true
	}
	rgba, ok := colornames.Map[s]
	if !ok {
		return colorful.Color{}, false
	}
	return colorful.Color{R: float64(rgba.R) / 255, G: float64(rgba.G) / 255, B: float64(rgba.B) / 255}, true
}
