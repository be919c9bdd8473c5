// Package export writes palettes in the formats design tools and code use,
// and reads the ones that can come back.
//
// Writers, one file per format: CSS custom properties (CSS), SCSS variables
// and a map (SCSS), a Tailwind v3 theme extension (Tailwind) and a Tailwind
// v4 @theme block (Tailwind4), W3C Design Tokens Community Group JSON
// following the Design Tokens Format Module 2025.10 (Tokens), GIMP/Inkscape
// palettes (GPL), Adobe Swatch Exchange (ASE) and an SVG swatch sheet (SVG).
// The palette's own JSON file is palette.Write.
//
// Readers: ReadGPL, ReadASE, ReadTokens and ReadList (one colour per line),
// or Read, which picks by file name and content, and ReadVariant, which
// also takes palette N of a file of several (one per line). Roles come from the colours'
// names when they say primary, secondary, accent or neutral (in English or
// French), else from their order: primary, secondary, accent, then neutrals.
//
// With Options.Ramps each role is expanded into a tonal ramp, steps 50 to 950
// as in Tailwind, built in OKLCH; the role's own colour replaces the step
// nearest to it in lightness, verbatim. Exports group each colour with its
// ramp so design tools show them as families.
//
// Format names a writer ("css" … "json", as `hueprint export --to` takes
// them): Format.Write writes a palette, Format.WriteScheme the light and
// dark schemes of palette/scheme for the formats of SchemeFormats;
// Format.Extension and Format.MediaType name and type the file.
//
// Names are encoded for the syntax they land in, so that nothing a palette
// holds can end a comment or a string and become code: comments lose line
// terminators (LF, CR, U+2028, U+2029 …), control and bidi characters and
// "*/"; JavaScript strings are JSON strings with <, > and & escaped; SVG
// text is XML-escaped; token descriptions have no "{…}" references. A
// prefix (Options.Prefix) must be a plain identifier. Readers take files of
// up to palette.MaxFileSize bytes holding up to palette.MaxColors colours.
//
// Every format that carries sRGB exactly (all but SVG, which is for people)
// reads back to the same 8-bit colours.
package export
