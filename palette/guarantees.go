package palette

// The thresholds of the palette guarantees: Audit checks every palette
// against them and palette/generate keeps them in every palette whose
// colours it chose.
const (
	MinRoleDistance = 10.0 // CIEDE2000 between any two colours of a palette
	AvoidDistance   = 20.0 // CIEDE2000 from an Avoid colour to every generated brand colour
	// MinAccentRatio is the WCAG non-text ratio (SC 1.4.11) an accent reaches
	// against the primary when it stands out by lightness; a banner that puts
	// the accent on the primary outlines it when the pair is under it.
	MinAccentRatio = 3.0
	// MinAccentDistance is the CIEDE2000 distance at which an accent stands
	// out from the primary by colour, whatever their lightness (the brand
	// designer's guide: ΔE00 ≥ 25 between a call to action and the primary).
	MinAccentDistance = 25.0
	// MinAccentSecondaryDistance is the CIEDE2000 distance between the accent
	// and every secondary.
	MinAccentSecondaryDistance = 15.0
	// MinAccentChroma is the OKLCH chroma under which a coloured accent reads
	// as grey; generated accents are above it unless they are black or white
	// by request (a luxury, minimalist or black-and-white brief).
	MinAccentChroma = 0.08
	// MinAccentLightness is the OKLCH lightness under which a coloured accent
	// reads as black.
	MinAccentLightness = 0.38
)
