// Package contrast measures the legibility of a foreground colour on a
// background colour.
//
// The normative check is WCAG 2.x: Luminance is the relative luminance of
// WCAG 2.2 §"relative luminance" (sRGB linearisation, coefficients
// 0.2126/0.7152/0.0722) and Ratio the contrast ratio (L1 + 0.05) / (L2 + 0.05),
// from 1 to 21. Ratios are never rounded before they are compared with a
// Level's threshold: 4.499 fails AA.
//
// APCA returns the lightness contrast Lc of the Accessible Perceptual
// Contrast Algorithm (APCA-W3 0.0.98G-4g constants, as published in the
// apca-w3 0.1.9 reference code) as an advisory second opinion. APCA is a
// candidate method for the future WCAG 3; it is not part of WCAG 2.x and
// hueprint makes no conformance claim about it. "APCA" and "Advanced
// Perceptual Contrast Algorithm" are trademarks of Myndex Research; the
// algorithm's reference code is published under the W3C software licence.
//
// BestText picks the most legible text colour for a background,
// NearestPassing finds the colour closest to a wanted one that reaches a
// level, and Grid lists the contrast of every ordered pair of a set.
//
// Colours are colorful.Color values with channels in [0, 1]; callers clamp
// out-of-range values first (palette.ParseColor always returns in-gamut
// colours). The package colorspace below holds the shared colour maths; the
// package depends on no other hueprint package.
package contrast
