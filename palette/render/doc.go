// Package render draws a palette on the things people publish: social-media
// banners (Banner) and palette cards (Swatch), as *image.RGBA.
//
// Banners honour the palette's rule: about 60 % primary, 30 % secondary and
// 10 % accent by area, every secondary of the palette drawn. Each shape of
// format has its layout: wide banners (diagonal, bands) put a panel of
// secondary stripes on the side the safe zone leaves widest, with an accent
// stripe on its seam; squares, portraits and stories (blocks, circle) lay
// the secondaries in bands under the text, the button on the first band in
// tall formats; profile pictures (mark) are a badge with the logo or the
// brand's initials only, as they are shown small and in a circle. The render
// is measured with package measure and its shapes are resized until it
// passes the palette's own rule.
//
// A headline, an optional tagline, an optional call-to-action button (a
// pill on the accent) and an optional logo are placed inside the preset's
// safe zone (the part that profile pictures, app controls and phone crops
// leave visible). Type has a floor per preset, from its safe zone: the title
// at least 7 % of the zone's smaller side, the tagline and the button at
// least 3.5 % and never under 16 px; text is set as large as fits, a title
// of up to three words on one line while the floor allows, lines balanced
// without a one-word last line; copy that cannot fit at the floor is refused
// with ErrTextDoesNotFit. Characters the font cannot draw are left out and
// listed in Report.Missing, never drawn as empty boxes. Text is laid out
// left to right without shaping: right-to-left copy (Hebrew, Arabic …) is
// refused rather than drawn reversed. Each text's colour is
// chosen among the palette's neutrals (then black and white) for the worst
// contrast measured on the rendered pixels under its box, not on the nominal
// colour: WCAG AA, 4.5:1, or 3:1 for large text (24 px, or 18.67 px bold).
// When no colour passes, a scrim in a neutral colour goes behind the text,
// and the report says so. The logo keeps clear space around it, gets a
// plate in the palette's neutral that shows it best (black or white only
// without neutrals) when fewer than 90 % of its pixels reach 3:1 against
// the artwork (WCAG 1.4.11, non-text contrast), and its pixels are left out
// of the 60-30-10 measurement.
//
// Simulate shows a render as seen with a colour-vision deficiency (package
// contrast/cvd) and adds a caption band below it that names the deficiency
// and its severity, so that a simulated image shared out of context cannot
// pass for the true colours; SwatchOptions.Simulate also labels each swatch
// with the colour seen beside its hex. EncodePNG writes a PNG with text
// chunks (Simulation.PNGText says the same in the file's metadata) and
// ReadPNGText reads them back.
//
// Sizes are pixels; fonts are bytes (the embedded Go fonts by default, so
// that a fresh machine renders the same image), sized in pixels at 72 DPI
// and measured with the font's metrics. The same inputs give the same
// pixels.
//
// # Security Considerations
//
// Options.Font is parsed with golang.org/x/image/font/opentype; a malformed
// font gives an error. Fonts from untrusted sources should still be size
// limited by the caller. ReadPNGText reads at most 1 MiB per text chunk and
// skips every other chunk without buffering it.
// Options.Logo is an image.Image the caller decoded
// (package imagefile checks its size first); logos larger than 2048 pixels a
// side are scaled down before placing, so a big logo costs no more.
package render
