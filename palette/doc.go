// Package palette is hueprint's brand palette model: colour parsing in CSS
// syntax (ParseColor), hex encoding (Hex) and CSS colour names.
//
// Colours are colorful.Color values with channels in [0, 1]. ParseColor
// always returns in-gamut colours; Hex clamps before encoding, rounding each
// channel to the nearest of 256 levels.
//
// The maths of colour spaces and differences lives in
// github.com/hueprint/hueprint/contrast/colorspace, legibility in
// github.com/hueprint/hueprint/contrast.
package palette
