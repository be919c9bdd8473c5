// Package scheme turns a brand palette into light and dark UI colour
// schemes: background, surfaces, text, muted text, outlines, focus rings,
// buttons and the error, success and warning states, every pair legible.
//
// It follows the shape of Material Design 3's colour roles (primary /
// on-primary, primary-container / on-primary-container, surface /
// on-surface, outline; light primary at tone 40 with on-primary at tone 100,
// dark primary at tone 80 with on-primary at tone 20) and the method of
// Adobe Leonardo (a colour is found by the contrast ratio it must reach
// against its background, searching lightness at constant hue), but works
// in OKLCH rather than HCT: lightness is moved at constant OKLCH hue and
// chroma, with chroma reduced only where the sRGB gamut forces it (CSS
// Color 4 gamut mapping, contrast/colorspace.GamutMap).
//
// Every scheme New returns has been checked against Guarantees (WCAG 2.2
// contrast, the dark background's lightness, hue fidelity): a scheme that
// fails is an error, never a silent result. Notes say, in English or
// French, where a brand colour could not be used verbatim and why.
//
// Document is a scheme with its notes in one language, the JSON of
// `hueprint scheme`; Scheme.WriteText its text. Audit is the verdict on a
// palette's schemes that `hueprint audit` adds to palette.AuditReport.
//
// Units: OKLCH L is 0–1, C ≥ 0, H in degrees [0, 360); contrast ratios are
// WCAG 2.x ratios from 1 to 21, compared unrounded.
//
// Siblings: palette/export writes schemes as CSS, SCSS, Tailwind and design
// tokens in both modes (export.SchemeCSS …); Preview writes the offline
// landing page that shows a scheme.
package scheme
