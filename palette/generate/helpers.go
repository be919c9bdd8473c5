package generate

import (
	"fmt"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// didYouMean returns " (did you mean X?)" for the candidate nearest to word
// in spelling, or "".
func didYouMean(word string, candidates []string) string {
	if near := psych.Closest(word, candidates, 1); len(near) > 0 {
		return fmt.Sprintf(" (did you mean %s?)", near[0])
	}
	return ""
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

// accentStandsOutSeen is AccentStandsOut for colours as a deficiency sees
// them, with palette.MinCVDAccentDistance.
func accentStandsOutSeen(accent, primary colorful.Color) bool {
	return contrast.Ratio(accent, primary) >= palette.MinAccentRatio ||
		colorspace.DeltaE2000Colors(accent, primary) >= palette.MinCVDAccentDistance
}
