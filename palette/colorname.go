package palette

import (
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
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

// neutralName names a text or background neutral from its measured OKLCH:
// black under L 0.16 (#020c04 is black, not charcoal), charcoal up to 0.5;
// white above L 0.985 with no visible tint, off-white for the other light
// ones.
func neutralName(c colorful.Color, lang psych.Lang) string {
	o := colorspace.ToOKLCH(c)
	switch {
	case o.L < 0.16:
		return psych.T(lang, "name.black")
	case o.L < 0.5:
		return psych.T(lang, "name.charcoal")
	case o.L > 0.985 && o.C < 0.006:
		return psych.T(lang, "name.white")
	}
	return psych.T(lang, "name.offwhite")
}
