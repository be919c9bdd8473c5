package palette

import (
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
	"math"
)

// shadeFamily returns the colour-word family that names o more exactly than
// its hue family: white for the lightest neutrals, beige for light, warm,
// greyish colours (cream, sand), navy for dark blues, burgundy for dark reds.
// The limits were read off reference colours (see palette/psych
// colorwords.go): CSS navy L 0.27, #1f3a68 L 0.35; burgundy #800020 L 0.38;
// cream #f3e5c8 L 0.92 C 0.04 H 83, tan #d2b48c L 0.78 C 0.06 H 74.
func shadeFamily(o colorspace.OKLCH) (psych.Family, bool) {
	id := ""
	switch {
	case o.C < 0.02 && o.L > 0.95:
		id = "white"
	case o.C >= 0.02 && o.C < 0.075 && o.L > 0.76 && o.H >= 50 && o.H <= 110:
		id = "beige"
	case o.C >= 0.05 && o.L < 0.4 && o.H >= 245 && o.H <= 275:
		id = "navy"
	case o.C >= 0.06 && o.L < 0.45 && (o.H >= 355 || o.H <= 28):
		id = "burgundy"
	}
	if id == "" {
		return psych.Family{}, false
	}
	return psych.FamilyByID(id)
}

// FamilyOf returns the colour family c belongs to: the family whose hue
// range holds c's OKLCH hue (the nearest range otherwise), or black, grey
// or white for colours with almost no chroma.
func FamilyOf(c colorful.Color) psych.Family { return familyOf(colorspace.ToOKLCH(c)) }

// familyOf is FamilyOf for a colour's OKLCH coordinates.
func familyOf(o colorspace.OKLCH) psych.Family {
	if f, ok := shadeFamily(o); ok {
		return f
	}
	if o.C < 0.03 {
		if o.L < 0.35 {
			f, _ := psych.FamilyByID("black")
			return f
		}
		f, _ := psych.FamilyByID("grey")
		return f
	}
	var best psych.Family
	bestD := math.Inf(1)
	for _, f := range psych.Families() {
		if f.Achromatic() || f.Of != "" {
			continue // shades are named by shadeFamily
		}
		// Brown is a dark, dull orange; gold a dull, darker yellow.
		if f.ID == "earth" && (o.L > 0.62 || o.C > 0.13) {
			continue
		}
		if f.ID == "orange" && o.L < 0.55 && o.C < 0.14 {
			continue
		}
		d := 0.0
		if !f.ContainsHue(o.H) {
			d = math.Min(hueDistance(o.H, f.HueMin), hueDistance(o.H, f.HueMax))
		}
		if d < bestD {
			best, bestD = f, d
		}
	}
	return best
}

// ColorName returns a short descriptive name for c in lang, such as "deep
// blue" or "bleu clair": its family (see FamilyOf) with a word for how its
// measured OKLCH lightness and chroma differ from the family's typical ones,
// so that a saturated lemon is "yellow", not "pale yellow". The lightest
// neutrals (OKLCH L above 0.95) are white when untinted (C under 0.006, as
// #f5f5f5) and off-white when tinted (#f1f8ff, C 0.012); the darkest are
// black under L 0.2 and charcoal up to L 0.35 (#161d29, L 0.23).
//
// It is the one naming function of hueprint: generated palettes, extract,
// color, audit and the studio all name colours with it, so a colour has
// the same name everywhere.
func ColorName(c colorful.Color, lang psych.Lang) string {
	return colorNameOKLCH(colorspace.ToOKLCH(c), lang)
}

// colorNameOKLCH is ColorName for a colour's OKLCH coordinates.
func colorNameOKLCH(o colorspace.OKLCH, lang psych.Lang) string {
	f := familyOf(o)
	name := f.Name.In(lang)
	switch {
	case f.ID == "white" && o.C < 0.006:
		return name // #ffffff, #f5f5f5: untinted
	case f.ID == "white", f.ID == "grey" && o.L > 0.9:
		return psych.T(lang, "name.offwhite") // #f1f8ff: tinted or dimmed
	case f.ID == "black" && o.L < 0.2:
		return name // #000000 to #111111 (L 0.18)
	case f.ID == "black":
		return psych.T(lang, "name.charcoal") // #161d29: a dark text neutral
	case f.Achromatic():
		if o.L < f.L-0.15 {
			return psych.T(lang, "name.deep", name)
		}
		if o.L > f.L+0.15 {
			return psych.T(lang, "name.light", name)
		}
		return name
	}
	if f.Of != "" {
		return name // navy, burgundy, beige already say how dark or dull
	}
	dl, cr := o.L-f.L, o.C/f.C
	switch {
	case dl < -0.12:
		return psych.T(lang, "name.deep", name)
	case dl > 0.04 && cr < 0.6 && o.L > 0.75:
		return psych.T(lang, "name.pale", name)
	case cr < 0.55:
		return psych.T(lang, "name.muted", name)
	case dl > 0.08:
		return psych.T(lang, "name.light", name)
	case cr > 1.15:
		return psych.T(lang, "name.vivid", name)
	}
	return name
}

// hueDistance is the angle between two hues in degrees, 0–180.
func hueDistance(a, b float64) float64 {
	d := math.Abs(wrapHue(a) - wrapHue(b))
	return math.Min(d, 360-d)
}

// wrapHue brings a hue into [0, 360).
func wrapHue(h float64) float64 {
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	return h
}
