// Package generate builds brand palettes from a few words, the way a brand
// designer does: Generate takes Options (tags in English or French, a
// harmony, a style, colours the brand already owns, competitors' colours to
// stay away from) and returns ranked Candidates, each a *palette.Palette
// with its score, harmony, style and notes.
//
// # What it does
//
// The first meaning tag (else the first sector tag) picks the primary's
// colour family from the psychology tables of palette/psych; the other
// tags, the Harmony (Auto, Analogous, Complementary, Split, Triadic,
// Monochrome, FromTags) and the style place the secondaries and the accent;
// two neutrals carry text. Every colour comes with a reason (Entry.Why) in
// the language of Options.Lang that names the family, the meanings its tags
// gave and what the harmony and style did. Harmony implements
// encoding.TextMarshaler and TextUnmarshaler, and Harmony.Name gives its
// name in English or French.
//
// # Guarantees
//
// Every palette whose colours Generate chose keeps the guarantees listed on
// Generate, verified before it is returned. Their thresholds belong to the
// palette model and are declared there (palette.MinRoleDistance,
// palette.AvoidDistance, palette.MinAccentRatio, palette.MinAccentDistance,
// palette.MinAccentSecondaryDistance, palette.MinAccentChroma,
// palette.MinAccentLightness, palette.MinCVDDistance,
// palette.MinCVDAccentDistance), so that palette.Audit checks any palette,
// generated or not, against the same numbers: every generated palette passes
// its own Audit. Colours the brand owns (Options.Base, Secondary, Accent)
// come out verbatim; a guarantee they break is named in
// Candidate.Warnings. An unknown tag is a *TagError; options no palette can
// satisfy are a *GuaranteeError.
//
// # The score
//
// Candidates are ranked by a score from 0 to 1, the weighted sum of eight
// terms each in [0, 1]: how the accent stands out (0.25), whether its hue is
// a designer pairing for the primary (0.15), how many of the tags' families
// show (0.2), the text legibility margin (0.1), how distinct the colours are
// (0.1), how often designers use the harmony for such a brief (0.1), the
// secondaries' lightness contrast with the primary (0.05) and the distance
// from Avoid colours (0.05). Generate's documentation gives each term's
// scale.
//
// # Variants and determinism
//
// With Options.Variants n, the first candidate is the palette Generate
// gives without Variants; the others are the best-ranked candidates that
// VariantsDiffer from every one already chosen (MinVariantDistance in at
// least two of the primary, secondary and accent), so fewer than n come
// back when the options leave fewer real alternatives. Generation uses no
// clock and no global random source: the same Options (Seed included) give
// byte-identical palettes, scores are rounded to 6 decimals and ties are
// broken by the palettes' hex codes.
//
// Error messages keep the "palette:" prefix they had before generation
// moved into this package, so that the command line prints what it did.
package generate
