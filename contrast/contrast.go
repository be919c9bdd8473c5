package contrast

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/lucasb-eyer/go-colorful"
)

// Luminance returns the WCAG 2.x relative luminance of c, from 0 (black) to
// 1 (white).
func Luminance(c colorful.Color) float64 {
	return 0.2126*colorspace.Linearize(c.R) + 0.7152*colorspace.Linearize(c.G) + 0.0722*colorspace.Linearize(c.B)
}

// apcaTable holds APCA's simple 2.4 power for 8-bit channel values, which is
// what hex colours and images hold: it spares a math.Pow per channel on hot
// paths (contrast --batch). colorspace.Linearize has the same for WCAG.
var apcaTable = func() (t [256]float64) {
	for i := range t {
		t[i] = math.Pow(float64(i)/255, apcaMainTRC)
	}
	return t
}()

func apcaPow(v float64) float64 {
	if i, ok := colorspace.Index8(v); ok {
		return apcaTable[i]
	}
	return math.Pow(v, apcaMainTRC)
}

// Ratio returns the WCAG 2.x contrast ratio of two colours, unrounded, from
// 1 to 21. It is symmetric: the lighter colour always goes on top.
func Ratio(fg, bg colorful.Color) float64 {
	return RatioLuminance(Luminance(fg), Luminance(bg))
}

// RatioLuminance is Ratio for two relative luminances.
func RatioLuminance(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	return (a + 0.05) / (b + 0.05)
}

// Level is a WCAG 2.x success threshold. The zero value is unset.
type Level uint8

// The WCAG 2.x levels: SC 1.4.3 (AA), SC 1.4.6 (AAA) and SC 1.4.11 (NonText,
// user-interface components and graphical objects).
const (
	AA       Level = iota + 1 // normal text, 4.5:1
	AALarge                   // large text (18pt, or 14pt bold), 3:1
	AAA                       // normal text, 7:1
	AAALarge                  // large text, 4.5:1
	NonText                   // UI components and graphics, 3:1
)

// Levels returns every level in a fixed order, in a new slice the caller
// may change.
func Levels() []Level { return []Level{AA, AALarge, AAA, AAALarge, NonText} }

var levelNames = [...]string{"", "aa", "aa-large", "aaa", "aaa-large", "non-text"}

// String returns the level's name as the CLI spells it: aa, aa-large, aaa,
// aaa-large or non-text; "unset" for the zero Level.
func (l Level) String() string {
	if l == 0 {
		return "unset"
	}
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// Min returns the smallest contrast ratio that meets the level, or 0 for an
// unset level.
func (l Level) Min() float64 {
	switch l {
	case AA, AAALarge:
		return 4.5
	case AALarge, NonText:
		return 3
	case AAA:
		return 7
	}
	return 0
}

// Passes reports whether ratio meets the level. The ratio is compared as is,
// never rounded.
func (l Level) Passes(ratio float64) bool { return ratio >= l.Min() }

// MarshalText implements encoding.TextMarshaler. The zero Level, unset,
// marshals to "" and reads back; a value beyond NonText is an error.
func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, fmt.Errorf("contrast: invalid level %d: want 1 (aa) to %d (non-text)", uint8(l), len(levelNames)-1)
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the names of
// String in any case, with "_" or " " for "-", and "" or "unset" for the
// zero Level.
func (l *Level) UnmarshalText(text []byte) error {
	s := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(string(text))))
	if s == "unset" {
		s = ""
	}
	for i, n := range levelNames {
		if s == n {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("contrast: unknown level %q: want aa, aa-large, aaa, aaa-large or non-text", text)
}

// Grade names the highest text level a ratio meets: "AAA", "AA",
// "AA large" (large text only) or "fails AA".
func Grade(ratio float64) string {
	switch {
	case AAA.Passes(ratio):
		return "AAA"
	case AA.Passes(ratio):
		return "AA"
	case AALarge.Passes(ratio):
		return "AA large"
	}
	return "fails AA"
}

// Result is the contrast of one foreground on one background.
type Result struct {
	Ratio float64 // WCAG 2.x contrast ratio, unrounded
	APCA  float64 // APCA Lc, signed: positive for dark text on a light background
}

// Check measures fg on bg.
func Check(fg, bg colorful.Color) Result {
	return Result{Ratio: Ratio(fg, bg), APCA: APCA(fg, bg)}
}

// Passes reports whether the result meets the level.
func (r Result) Passes(l Level) bool { return l.Passes(r.Ratio) }

// APCA-W3 0.0.98G-4g constants (apca-w3 0.1.9, src/apca-w3.js, SA98G).
const (
	apcaMainTRC    = 2.4
	apcaRCo        = 0.2126729
	apcaGCo        = 0.7151522
	apcaBCo        = 0.0721750
	apcaNormBG     = 0.56
	apcaNormTXT    = 0.57
	apcaRevTXT     = 0.62
	apcaRevBG      = 0.65
	apcaBlkThrs    = 0.022
	apcaBlkClmp    = 1.414
	apcaScaleBoW   = 1.14
	apcaScaleWoB   = 1.14
	apcaLoBoWOff   = 0.027
	apcaLoWoBOff   = 0.027
	apcaDeltaYMin  = 0.0005
	apcaLoClip     = 0.1
	apcaMaxY       = 1.1
	apcaPercentage = 100
)

// apcaY is APCA's screen luminance estimate: a simple 2.4 power per channel.
func apcaY(c colorful.Color) float64 {
	return apcaRCo*apcaPow(c.R) + apcaGCo*apcaPow(c.G) + apcaBCo*apcaPow(c.B)
}

// APCA returns the APCA lightness contrast Lc of text on bg, roughly −108 to
// 106: positive for dark text on a light background, negative for light text
// on a dark one, 0 when the contrast is too low to matter. The value is
// unrounded. It is advisory: WCAG 2.x (Ratio) stays the normative check.
func APCA(text, bg colorful.Color) float64 {
	return APCALuminance(apcaY(text), apcaY(bg))
}

// APCALuminance is APCA for two APCA screen luminances (see APCAY).
func APCALuminance(yText, yBG float64) float64 {
	if math.IsNaN(yText) || math.IsNaN(yBG) || yText < 0 || yText > apcaMaxY || yBG < 0 || yBG > apcaMaxY {
		return 0
	}
	if yText <= apcaBlkThrs {
		yText += math.Pow(apcaBlkThrs-yText, apcaBlkClmp)
	}
	if yBG <= apcaBlkThrs {
		yBG += math.Pow(apcaBlkThrs-yBG, apcaBlkClmp)
	}
	if math.Abs(yBG-yText) < apcaDeltaYMin {
		return 0
	}
	var out float64
	if yBG > yText {
		sapc := (math.Pow(yBG, apcaNormBG) - math.Pow(yText, apcaNormTXT)) * apcaScaleBoW
		if sapc < apcaLoClip {
			return 0
		}
		out = sapc - apcaLoBoWOff
	} else {
		sapc := (math.Pow(yBG, apcaRevBG) - math.Pow(yText, apcaRevTXT)) * apcaScaleWoB
		if sapc > -apcaLoClip {
			return 0
		}
		out = sapc + apcaLoWoBOff
	}
	return out * apcaPercentage
}

// APCAY returns APCA's screen luminance estimate of c, for APCALuminance.
func APCAY(c colorful.Color) float64 { return apcaY(c) }

// Black and White are the default text candidates of BestText.
var (
	Black = colorful.Color{R: 0, G: 0, B: 0}
	White = colorful.Color{R: 1, G: 1, B: 1}
)

// BestText returns the candidate with the highest WCAG contrast ratio on bg;
// when two candidates tie within 0.01 it prefers the higher |APCA Lc|, then
// the earlier candidate. With no candidates it chooses between black and
// white.
func BestText(bg colorful.Color, candidates ...colorful.Color) colorful.Color {
	if len(candidates) == 0 {
		candidates = []colorful.Color{Black, White}
	}
	best := candidates[0]
	bestRatio, bestLc := Ratio(best, bg), math.Abs(APCA(best, bg))
	for _, c := range candidates[1:] {
		r, lc := Ratio(c, bg), math.Abs(APCA(c, bg))
		if r > bestRatio+0.01 || (math.Abs(r-bestRatio) <= 0.01 && lc > bestLc) {
			best, bestRatio, bestLc = c, r, lc
		}
	}
	return best
}

// ErrUnreachable is wrapped by NearestPassing when no colour of the wanted hue
// reaches the level on the background.
var ErrUnreachable = errors.New("level cannot be reached")

// NearestPassing returns the colour closest to fg that meets level on bg. It
// keeps fg's OKLCH hue and chroma and moves only its lightness, reducing
// chroma only where the sRGB gamut forces it (CSS Color 4 gamut mapping). It
// tries both a darker and a lighter colour and returns the one nearer to fg
// in OKLab. The result is rounded to 8 bits per channel (so that its hex is
// what was checked) and still passes. If fg already passes it is returned
// unchanged. When neither direction reaches the level the error wraps
// ErrUnreachable.
func NearestPassing(fg, bg colorful.Color, level Level) (colorful.Color, error) {
	need := level.Min()
	if need == 0 {
		return fg, fmt.Errorf("contrast: no level given")
	}
	if Ratio(fg, bg) >= need {
		return fg, nil
	}
	o := colorspace.ToOKLCH(fg)
	yBG := Luminance(bg)
	var best colorful.Color
	bestD := math.Inf(1)
	for _, target := range [2]float64{0, 1} { // darker, then lighter
		c, ok := searchLightness(o, target, yBG, need)
		if !ok {
			continue
		}
		if d := colorspace.DeltaEOK(colorspace.ToOKLab(c), o.OKLab()); d < bestD {
			best, bestD = c, d
		}
	}
	if math.IsInf(bestD, 1) {
		return fg, fmt.Errorf("contrast: %s (%.1f:1) on %s: %w: black reaches %.2f:1, white %.2f:1",
			level, need, hex(bg), ErrUnreachable, Ratio(Black, bg), Ratio(White, bg))
	}
	return best, nil
}

// searchLightness moves o's lightness towards end (0 or 1) and returns the
// first 8-bit colour on the way that meets need against a background of
// luminance yBG. Luminance grows with OKLCH lightness along the path, so a
// bisection finds the boundary.
func searchLightness(o colorspace.OKLCH, end, yBG, need float64) (colorful.Color, bool) {
	at := func(l float64) colorful.Color {
		return quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: o.C, H: o.H}))
	}
	passes := func(c colorful.Color) bool { return RatioLuminance(Luminance(c), yBG) >= need }
	if !passes(at(end)) {
		return colorful.Color{}, false
	}
	near, far := o.L, end // near fails, far passes
	for range 40 {
		mid := (near + far) / 2
		if passes(at(mid)) {
			far = mid
		} else {
			near = mid
		}
	}
	return at(far), true
}

func quantize(c colorful.Color) colorful.Color {
	q := func(v float64) float64 { return math.Round(v*255) / 255 }
	c = colorspace.Clip(c)
	return colorful.Color{R: q(c.R), G: q(c.G), B: q(c.B)}
}

func hex(c colorful.Color) string { return colorspace.Clip(c).Hex() }

// Pair is one entry of a contrast grid: the colours at index FG and BG of the
// input, with their contrast.
type Pair struct {
	FG, BG int
	Result
}

// Grid returns the contrast of every ordered pair of distinct entries of
// colors, foreground-major: (0,1), (0,2) … (1,0), (1,2) … Ratios are
// symmetric, APCA values are not.
func Grid(colors []colorful.Color) []Pair {
	var out []Pair
	for i, fg := range colors {
		for j, bg := range colors {
			if i != j {
				out = append(out, Pair{FG: i, BG: j, Result: Check(fg, bg)})
			}
		}
	}
	return out
}
