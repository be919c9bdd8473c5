// Package colorspace holds the colour science that hueprint's contrast and
// palette packages share: OKLab and OKLCH with the CSS Color 4 matrices,
// CIELAB (D65), the CIEDE2000 and deltaEOK colour differences, and CSS Color 4
// gamut mapping into sRGB.
//
// It exists apart from go-colorful, whose colorful.Color stays the currency,
// because go-colorful's OKLab goes through its own XYZ matrix and does not
// round-trip exactly, and its DistanceCIEDE2000 is scaled by 1/100. The
// functions here follow CSS Color Module Level 4, §"Sample code for color
// conversions" (conversions.js), and are tested against published values.
//
// Units: sRGB channels are fractions 0–1; OKLab/OKLCH L is 0–1 (not percent);
// OKLCH C is ≥ 0 in OKLab units; hues are degrees in [0, 360); CIELAB L is
// 0–100 with a D65 white; CIEDE2000 is on the usual scale where about 1 is a
// just-noticeable difference.
//
// The package depends on no other hueprint package, so that package contrast
// stays a leaf of the module.
package colorspace
