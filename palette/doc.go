// Package palette is hueprint's brand palette model: the Palette, its
// colours and roles, the file format, the guarantees a palette keeps and the
// audit that checks them, and the 60-30-10 rule. Generating a palette from
// tags lives in palette/generate; measuring images in palette/measure.
//
// # Colours
//
// Colours are colorful.Color values with channels in [0, 1]. ParseColor
// reads CSS syntax (hex, the 148 CSS names, rgb(), hsl(), oklch(), oklab())
// and always returns in-gamut colours (MustParseColor for literals); Hex
// clamps before encoding, rounding each channel to the nearest of 256
// levels; Quantize and RGB255 give that 8-bit colour; FromImage converts an
// image/color value. NearestName and ColorNames give the nearest CSS colour
// name; FamilyOf and ColorName the colour family (palette/psych) and a short
// descriptive name ("pale blue", "bleu pâle").
//
// # The model and its file
//
// A Palette has a primary, one or two secondaries, an accent and neutrals,
// each an Entry (colour, name, the reason it was chosen), and an optional
// Rule; Validate says whether it is a usable palette; Colored pairs an entry
// with its Role and index, and Roles lists the roles in order. Read, Write,
// Marshal, MarshalCompact and Unmarshal are the palette file (FileVersion,
// at most MaxColors colours and MaxFileSize bytes); Palette implements
// json.Marshaler, so a palette embeds in a tool's own JSON. SelectVariant
// picks one palette out of a file of several (one per line). Bad input
// gives a *ColorError or a *FileError.
//
// # Guarantees and audit
//
// The thresholds every palette is held to are declared here, because they
// belong to the model, not to generation: MinRoleDistance and AvoidDistance
// (CIEDE2000), MinAccentRatio and MinAccentDistance (AccentStandsOut),
// MinAccentSecondaryDistance, MinAccentChroma, MinAccentLightness, and
// MinCVDDistance and MinCVDAccentDistance for colour-vision deficiencies.
// Audit checks any palette against them: text legibility with each
// neutral (TextCheck), the accent and the distinctness of the brand colours
// as protanopes, deuteranopes, tritanopes and achromats see them
// (CVDCheck, simulated by contrast/cvd), with Findings and
// suggested Fixes, which leave the locked roles alone.
//
// # The rule
//
// A Rule is the 60-30-10 target with its tolerance and the off-palette
// limit (DefaultRule), and MinBrand the brand share under which a split
// means nothing; Rule.Check turns measured Shares into Problems, and
// Problem.Text, Rule.Text, RoleName, Colored.LabelIn and GradeText word
// them in English or French (palette/psych's catalogue).
//
// # Describing colours and pairs
//
// Describe gives a colour in every notation (ColorInfo: hex, rgb, hsl,
// hsv, OKLab, OKLCH, CIELAB, WCAG luminance, the nearest CSS name, and the
// colour as each deficiency sees it), the document of `hueprint color`.
// NewContrastGrid measures every ordered pair of a palette's colours
// (GridPair); WriteContrastText words one contrast.Report. PairScanner reads
// "FG BG" lines in constant memory (ParsePair, SplitColors), reporting a
// bad line as a LineError; WriteContrastBatch writes a result for each, as
// "hueprint contrast --batch" does. The JSON of each is its MarshalJSON, and it
// reads back; WriteText methods write them for people in English or French
// (TextOptions, with ANSI swatches for terminals).
//
// The maths of colour spaces and differences lives in
// github.com/hueprint/hueprint/contrast/colorspace, legibility in
// github.com/hueprint/hueprint/contrast.
package palette
