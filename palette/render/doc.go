// Package render draws a palette on the things people publish: social-media
// banners (Banner) and palette cards (Swatch), as *image.RGBA.
//
// Banners honour the palette's rule: about 60 % primary, 30 % secondary and
// 10 % accent by area, in one of several layouts (diagonal, bands, blocks,
// circle). The render is measured with package measure and its shapes are
// resized until it passes the palette's own rule. A headline, an optional
// tagline and an optional call-to-action button on the accent are placed
// inside the preset's safe zone (the part that profile pictures and phone
// crops leave visible), wrapped and shrunk to fit. Each text's colour is
// chosen among the palette's neutrals (then black and white) for the worst
// contrast measured on the rendered pixels under its box, not on the nominal
// colour: WCAG AA, 4.5:1, or 3:1 for large text (24 px, or 18.67 px bold).
// When no colour passes, a scrim in a neutral colour goes behind the text,
// and the report says so.
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
package render
