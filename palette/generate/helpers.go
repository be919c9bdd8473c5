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

// accentStandsOutSeen is AccentStandsOut for colours as a deficiency sees
// them, with palette.MinCVDAccentDistance.
func accentStandsOutSeen(accent, primary colorful.Color) bool {
	return contrast.Ratio(accent, primary) >= palette.MinAccentRatio ||
		colorspace.DeltaE2000Colors(accent, primary) >= palette.MinCVDAccentDistance
}
