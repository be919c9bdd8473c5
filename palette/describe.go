package palette

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// achromaticSaturation is the HSL or HSV saturation at or under which a
// colour has no hue: its hue is 0 in a ColorInfo and null in its JSON.
const achromaticSaturation = 1e-9

// HSL is a colour in CSS hsl() terms: H in degrees [0, 360), S and L
// fractions 0–1. H is meaningless, and 0 in a ColorInfo, when S is 0.
type HSL struct{ H, S, L float64 }

// HSV is a colour in HSV terms, the HSB of the Figma and Photoshop pickers:
// H in degrees [0, 360), S and V fractions 0–1. H is meaningless, and 0 in a
// ColorInfo, when S is 0.
type HSV struct{ H, S, V float64 }

// ColorInfo describes one colour in the notations designers and developers
// need: what `hueprint color --format json` prints, one object per colour.
// Every value but RGB is computed from the exact colour before 8-bit
// rounding, so an in-gamut oklch() input reads back as given. Its JSON is
//
//	{"input":…,"hex":"#rrggbb","rgb":[r,g,b],"hsl":{"h","s","l"},
//	 "hsv":{"h","s","v"},"oklab":{"l","a","b"},"oklch":{"l","c","h"},
//	 "lab":{"l","a","b"},"luminance":Y,"name":…,"color_name":…,
//	 "cvd":{kind:"#rrggbb",…}}
//
// with hues null for colours without one and "cvd" only when CVD is set.
// "name" is the nearest CSS name, "color_name" the descriptive name
// (ColorName) that palettes and extract give the same colour.
// A ColorInfo made by Describe round-trips through MarshalJSON and
// UnmarshalJSON unchanged. The zero ColorInfo is black with an empty input.
type ColorInfo struct {
	Input     string           // the text the colour was read from; Describe sets its hex
	RGB       [3]uint8         // the 8-bit sRGB encoding, which Hex names
	HSL       HSL              // H is 0 for a grey
	HSV       HSV              // H is 0 for a grey
	OKLab     colorspace.OKLab // L 0–1
	OKLCH     colorspace.OKLCH // L 0–1, C ≥ 0, H degrees; H is 0 when Achromatic
	Lab       colorspace.Lab   // CIELAB D65, L 0–100
	Luminance float64          // WCAG 2.x relative luminance, 0–1
	Name      string           // the nearest CSS colour name (NearestName)
	ColorName string           // ColorName in DescribeOptions.Lang: "off-white", "deep blue"
	// CVD is how the 8-bit colour looks with each colour-vision deficiency
	// (contrast/cvd, Machado et al. 2009), each rounded to 8 bits; nil
	// unless DescribeOptions.CVDSeverity is set.
	CVD map[cvd.Kind]colorful.Color
}

// DescribeOptions are the options of Describe. The zero value describes
// the colour without CVD views.
type DescribeOptions struct {
	// CVDSeverity, more than 0 up to 1, adds the CVD views at this
	// severity; 0 leaves them out.
	CVDSeverity float64
	// Lang is the language of ColorInfo.ColorName; the zero value is
	// English.
	Lang psych.Lang
}

// Describe returns c in every notation of ColorInfo, with Input set to its
// hex; set Input to the text c was parsed from. A CVDSeverity outside
// [0, 1] is an error.
func Describe(c colorful.Color, o DescribeOptions) (ColorInfo, error) {
	r, g, b := RGB255(c)
	info := ColorInfo{Input: Hex(c), RGB: [3]uint8{r, g, b}, Luminance: contrast.Luminance(c)}
	info.HSL.H, info.HSL.S, info.HSL.L = c.Hsl()
	if info.HSL.S <= achromaticSaturation {
		info.HSL.H = 0
	}
	info.HSV.H, info.HSV.S, info.HSV.V = c.Hsv()
	if info.HSV.S <= achromaticSaturation {
		info.HSV.H = 0
	}
	info.OKLab = colorspace.ToOKLab(c)
	info.OKLCH = info.OKLab.OKLCH()
	if info.OKLCH.Achromatic() {
		info.OKLCH.H = 0
	}
	info.Lab = colorspace.ToLab(c)
	info.Name, _ = NearestName(c)
	info.ColorName = ColorName(c, o.Lang)
	if o.CVDSeverity != 0 {
		info.CVD = make(map[cvd.Kind]colorful.Color)
		for _, k := range cvd.Kinds() {
			s, err := cvd.Simulate(Quantize(c), k, o.CVDSeverity)
			if err != nil {
				return ColorInfo{}, fmt.Errorf("palette: describe: %w", err)
			}
			info.CVD[k] = Quantize(s)
		}
	}
	return info, nil
}

// Hex returns the colour as "#rrggbb".
func (ci ColorInfo) Hex() string { return Hex(ci.Color()) }

// Color returns the 8-bit colour, the one Hex names.
func (ci ColorInfo) Color() colorful.Color {
	return colorful.Color{R: float64(ci.RGB[0]) / 255, G: float64(ci.RGB[1]) / 255, B: float64(ci.RGB[2]) / 255}
}

type hslJSON struct {
	H *float64 `json:"h"`
	S float64  `json:"s"`
	L float64  `json:"l"`
}

type hsvJSON struct {
	H *float64 `json:"h"`
	S float64  `json:"s"`
	V float64  `json:"v"`
}

type labJSON struct {
	L float64 `json:"l"`
	A float64 `json:"a"`
	B float64 `json:"b"`
}

type lchJSON struct {
	L float64  `json:"l"`
	C float64  `json:"c"`
	H *float64 `json:"h"`
}

type colorInfoJSON struct {
	Input     *string           `json:"input"`
	Hex       *string           `json:"hex"`
	RGB       *[3]uint8         `json:"rgb"`
	HSL       *hslJSON          `json:"hsl"`
	HSV       *hsvJSON          `json:"hsv"`
	OKLab     *labJSON          `json:"oklab"`
	OKLCH     *lchJSON          `json:"oklch"`
	Lab       *labJSON          `json:"lab"`
	Luminance *float64          `json:"luminance"`
	Name      *string           `json:"name"`
	ColorName *string           `json:"color_name,omitempty"`
	CVD       map[string]string `json:"cvd,omitempty"`
}

// hue is h, or nil for a colour without hue.
func hue(h float64, none bool) *float64 {
	if none {
		return nil
	}
	return &h
}

// MarshalJSON implements json.Marshaler with the documented shape above.
func (ci ColorInfo) MarshalJSON() ([]byte, error) {
	hex := ci.Hex()
	j := colorInfoJSON{
		Input: &ci.Input, Hex: &hex, RGB: &ci.RGB,
		HSL:       &hslJSON{H: hue(ci.HSL.H, ci.HSL.S <= achromaticSaturation), S: ci.HSL.S, L: ci.HSL.L},
		HSV:       &hsvJSON{H: hue(ci.HSV.H, ci.HSV.S <= achromaticSaturation), S: ci.HSV.S, V: ci.HSV.V},
		OKLab:     &labJSON{L: ci.OKLab.L, A: ci.OKLab.A, B: ci.OKLab.B},
		OKLCH:     &lchJSON{L: ci.OKLCH.L, C: ci.OKLCH.C, H: hue(ci.OKLCH.H, ci.OKLCH.Achromatic())},
		Lab:       &labJSON{L: ci.Lab.L, A: ci.Lab.A, B: ci.Lab.B},
		Luminance: &ci.Luminance, Name: &ci.Name,
	}
	if ci.ColorName != "" {
		j.ColorName = &ci.ColorName
	}
	if len(ci.CVD) > 0 {
		j.CVD = make(map[string]string, len(ci.CVD))
		for k, c := range ci.CVD {
			name, err := k.MarshalText()
			if err != nil || k == 0 {
				return nil, fmt.Errorf("palette: color info: cvd: bad deficiency %d", uint8(k))
			}
			j.CVD[string(name)] = Hex(c)
		}
	}
	b, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("palette: color info %s: %w", hex, err)
	}
	return b, nil
}

// UnmarshalJSON implements json.Unmarshaler. Every field but "cvd" and
// "color_name" (which older versions did not write) is required and unknown fields are rejected; "hex" must be "#rrggbb" and
// name the "rgb" values, and a hue must be null exactly when the colour
// has none (saturation or chroma 0), as MarshalJSON writes it.
func (ci *ColorInfo) UnmarshalJSON(data []byte) error {
	var j colorInfoJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("palette: color info: %w", err)
	}
	for _, f := range []struct {
		name    string
		missing bool
	}{{"input", j.Input == nil}, {"hex", j.Hex == nil}, {"rgb", j.RGB == nil}, {"hsl", j.HSL == nil},
		{"hsv", j.HSV == nil}, {"oklab", j.OKLab == nil}, {"oklch", j.OKLCH == nil}, {"lab", j.Lab == nil},
		{"luminance", j.Luminance == nil}, {"name", j.Name == nil}} {
		if f.missing {
			return fmt.Errorf("palette: color info: missing %q", f.name)
		}
	}
	out := ColorInfo{Input: *j.Input, RGB: *j.RGB, Luminance: *j.Luminance, Name: *j.Name,
		HSL: HSL{S: j.HSL.S, L: j.HSL.L}, HSV: HSV{S: j.HSV.S, V: j.HSV.V},
		OKLab: colorspace.OKLab{L: j.OKLab.L, A: j.OKLab.A, B: j.OKLab.B},
		OKLCH: colorspace.OKLCH{L: j.OKLCH.L, C: j.OKLCH.C},
		Lab:   colorspace.Lab{L: j.Lab.L, A: j.Lab.A, B: j.Lab.B}}
	if j.ColorName != nil {
		out.ColorName = *j.ColorName
	}
	if h := out.Hex(); !strings.EqualFold(*j.Hex, h) || len(*j.Hex) != 7 {
		return fmt.Errorf("palette: color info: hex %q: want %q, the rgb values", *j.Hex, h)
	}
	hues := []struct {
		name string
		h    *float64
		none bool
		to   *float64
	}{{"hsl.h", j.HSL.H, out.HSL.S <= achromaticSaturation, &out.HSL.H},
		{"hsv.h", j.HSV.H, out.HSV.S <= achromaticSaturation, &out.HSV.H},
		{"oklch.h", j.OKLCH.H, out.OKLCH.Achromatic(), &out.OKLCH.H}}
	for _, h := range hues {
		switch {
		case h.none && h.h != nil:
			return fmt.Errorf("palette: color info: %s is %v: want null for a colour without hue", h.name, *h.h)
		case !h.none && h.h == nil:
			return fmt.Errorf("palette: color info: %s is null: want degrees for a colour with chroma", h.name)
		case h.h != nil:
			*h.to = *h.h
		}
	}
	if len(j.CVD) > 0 { // "cvd":{} reads as none, as it is written
		out.CVD = make(map[cvd.Kind]colorful.Color, len(j.CVD))
		for name, hex := range j.CVD {
			var k cvd.Kind
			if err := k.UnmarshalText([]byte(name)); err != nil || k == 0 || name != k.String() {
				return fmt.Errorf("palette: color info: cvd: unknown deficiency %q: want protanopia, deuteranopia, tritanopia or achromatopsia", name)
			}
			c, err := strictHex("cvd."+name, hex)
			if err != nil {
				return err
			}
			out.CVD[k] = c
		}
	}
	*ci = out
	return nil
}

// TextOptions say how a WriteText method writes for people.
type TextOptions struct {
	Lang psych.Lang
	// ANSI adds 24-bit colour swatches and samples, for a terminal.
	ANSI bool
	// CVDSeverity is the severity the CVD views were simulated at, for
	// their heading (ColorInfo.WriteText).
	CVDSeverity float64
}

// ANSISwatch returns a block of colour c in 24-bit ANSI escapes and a
// space, for terminals.
func ANSISwatch(c colorful.Color) string {
	r, g, b := RGB255(c)
	return fmt.Sprintf("\x1b[48;2;%d;%d;%dm    \x1b[0m ", r, g, b)
}

// ANSISample returns text in colour fg on bg in 24-bit ANSI escapes, padded
// with a space each side, and a space.
func ANSISample(fg, bg colorful.Color, text string) string {
	r1, g1, b1 := RGB255(fg)
	r2, g2, b2 := RGB255(bg)
	return fmt.Sprintf("\x1b[38;2;%d;%d;%dm\x1b[48;2;%d;%d;%dm %s \x1b[0m ", r1, g1, b1, r2, g2, b2, text)
}

// swatchIf is ANSISwatch(c) when on, else "".
func swatchIf(c colorful.Color, on bool) string {
	if !on {
		return ""
	}
	return ANSISwatch(c)
}

// WriteText writes the description for people in o.Lang, as `hueprint
// color` prints it: the hex and the nearest name, then one line per
// notation, numbers rounded, and the CVD views when set.
func (ci ColorInfo) WriteText(w io.Writer, o TextOptions) error {
	lang := o.Lang
	n := func(v float64, prec int) string { return psych.Num(lang, v, prec) }
	pc := func(f float64) string {
		v := f * 100 // as a percentage, then back for Percent: the same rounding as before
		if lang == psych.English {
			return n(v, 1) + "%"
		}
		return psych.Percent(lang, v/100, 1)
	}
	hueText := func(h float64, none bool) string {
		if none {
			return psych.T(lang, "color.nohue")
		}
		return n(h, 1) + "°"
	}
	c := ci.Color()
	// The name every command gives the colour (ColorName), then the
	// nearest CSS name.
	css, dist := NearestName(c)
	name := psych.T(lang, "color.name.css", colorNameOKLCH(ci.OKLCH, lang), css)
	if dist > 0 {
		name = psych.T(lang, "color.name.near", colorNameOKLCH(ci.OKLCH, lang), css, n(dist, 1))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s  %s\n", swatchIf(c, o.ANSI), ci.Hex(), name)
	if ci.Input != ci.Hex() {
		fmt.Fprintf(&b, "  %-10s %s\n", psych.T(lang, "color.input"), ci.Input)
	}
	fmt.Fprintf(&b, "  %-10s %d %d %d\n", "rgb", ci.RGB[0], ci.RGB[1], ci.RGB[2])
	fmt.Fprintf(&b, "  %-10s %s %s %s\n", "hsl", hueText(ci.HSL.H, ci.HSL.S <= achromaticSaturation), pc(ci.HSL.S), pc(ci.HSL.L))
	fmt.Fprintf(&b, "  %-10s %s %s %s\n", "hsv (hsb)", hueText(ci.HSV.H, ci.HSV.S <= achromaticSaturation), pc(ci.HSV.S), pc(ci.HSV.V))
	fmt.Fprintf(&b, "  %-10s %s %s %s\n", "oklch", pc(ci.OKLCH.L), n(ci.OKLCH.C, 4), hueText(ci.OKLCH.H, ci.OKLCH.Achromatic()))
	fmt.Fprintf(&b, "  %-10s %s %s %s\n", "oklab", n(ci.OKLab.L, 4), n(ci.OKLab.A, 4), n(ci.OKLab.B, 4))
	fmt.Fprintf(&b, "  %-10s %s %s %s\n", "lab", n(ci.Lab.L, 2), n(ci.Lab.A, 2), n(ci.Lab.B, 2))
	white := contrast.RatioLuminance(contrast.Luminance(contrast.White), ci.Luminance)
	black := contrast.RatioLuminance(contrast.Luminance(contrast.Black), ci.Luminance)
	fmt.Fprintf(&b, "  %-10s %s\n", "luminance", psych.T(lang, "color.luminance", n(ci.Luminance, 4), psych.Ratio(lang, white), psych.Ratio(lang, black)))
	if len(ci.CVD) > 0 {
		fmt.Fprintln(&b, psych.T(lang, "color.seen", n(o.CVDSeverity, -1)))
		width := 0
		for _, k := range cvd.Kinds() {
			width = max(width, len([]rune(psych.T(lang, "cvd."+k.String()))))
		}
		for _, k := range cvd.Kinds() {
			if s, ok := ci.CVD[k]; ok {
				label := psych.T(lang, "cvd."+k.String())
				fmt.Fprintf(&b, "    %s%s  %s%s\n", label, strings.Repeat(" ", width-len([]rune(label))), swatchIf(s, o.ANSI), Hex(s))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
