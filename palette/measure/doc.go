// Package measure answers "how much of this image is each role of the
// palette?": the 60-30-10 measurement.
//
// Every opaque pixel whose colour is exactly a palette colour counts for
// that colour, whatever its neighbours: images made only of palette colours
// measure exactly. Any other pixel is assigned to the nearest palette colour
// in OKLab when it lies within Tolerance of it (Euclidean distance, CSS
// Color 4 deltaEOK, with lightness given Ottosson's toe Lr so that
// near-blacks are as close to black as they look), and otherwise:
//
//   - to a blend of two palette colours when it lies on the line between
//     them in sRGB (as renderers blend) within Tolerance, and the image goes
//     from one colour to the other around it: an anti-aliased edge, a thin
//     anti-aliased line or a gradient. The blend is split between the two in
//     proportion. A flat block of an in-between colour has no such evidence
//     and is off-palette. A JPEG edge, whose chroma subsampling moves colours
//     off the line, is judged by its luma between the two colours;
//   - to a photographic area when it belongs to one: cells of many colours
//     with texture that no palette blend explains, grown over their smooth
//     parts and the rectangle they fill. With PhotosExclude (the default)
//     those pixels are their own share, Shares.Photo, and the rule judges
//     the designed rest; with PhotosInclude they are measured like the rest;
//   - to "off" otherwise.
//
// Semi-transparent pixels count by their alpha; fully transparent ones are
// ignored.
//
// Shares are fractions 0–1 of the opaque pixels: Primary, Secondary,
// Accent, Neutral, Off and Photo sum to 1. The rule (palette.Rule.Check)
// compares primary, secondary and accent as shares of the brand colours
// (Shares.Relative); Report carries both bases under their names. Shares
// measure area, not visual weight: a small, saturated accent may draw more
// of the eye than its share says, and the rule of 60-30-10 is a guide for
// area.
//
// Speed: a Measurer classifies colours once, into lookup tables indexed by
// the colour rounded to 6 bits per channel (RGB for most images, YCbCr for
// JPEG, so no per-pixel colour conversion is needed), filled lazily and
// shared by every goroutine. A first pass counts the pixels in a histogram
// of those bins, with runs of one colour counted at once; an image made of
// palette colours stops there. An 8-bit RGBA image certain to take
// the dense pass (below) stops counting as a large JPEG does (checked
// from about a quarter of its rows on), and only notes which of its other rows
// hold non-palette colours and whether any pixel is not opaque.
// A large JPEG first counts its candidate pixels row by row, without a
// histogram, until it is certain (a photograph: from a quarter of its rows
// on) or clearly not. Otherwise a second pass looks at where the other
// pixels are: photo cells first, from a quarter of the pixels (fewer
// inside photographs, whose cells are settled once their verdict is
// certain or cannot change the photo areas, and in smooth areas far from
// any busy cell), then, outside photo
// areas, the neighbourhood of the blend candidates only, within a
// ring of rows (a few megabytes whatever the image size). Flat art
// takes the sparse form of that pass, which visits only the pixels that are
// not palette colours (read in place, each colour's class and blend position
// remembered), samples for photos only the cells they can make busy, and
// moves the photo cells of an opaque image in whole pixels; mostly
// non-palette images (photographs, textured wallpapers) the dense form,
// which reads every row: a large JPEG whose first rows already prove it one
// stops its histogram there. The dense form tallies a run of one colour in a
// cell at once, classified once (through a cache of colours), in integers
// when no pixel is translucent (sums of whole numbers are exact in any
// order; in an NRGBA or RGBA image with translucent pixels, the rows
// without one, added to the float sums as the pixel-by-pixel adds would,
// or in floats when a sum would round), then in a loop of its own for rows read in place and one for
// rows in the ring: without the general loop's tests of the other cases,
// the hot values stay in registers, where the general loop kept storing
// them to the stack and loading them back. Every sum is the one a
// pixel-by-pixel tally makes, bit for bit.
// It reads NRGBA and RGBA images in place (a flat cell's run four pixels
// at a time); other images' rows ahead, into the ring, where the blend test
// classifies a neighbour the first time it looks at it. A JPEG or WebP
// (Y'CbCr) is not converted into the ring row by row: its runs are found on
// the planes, and only a run's first pixel, and a neighbour the blend test
// looks at, are converted to RGB (most pixels are neither). A cell's runs start
// where a pixel differs from the one before: found for a whole cell without
// a branch (64-bit words xor-ed in place, sixteen compares in the ring). The blend test
// passes over a neighbour of the tested pixel's very bytes (in the ring:
// its very colour) without classifying it: it sits at the pixel's own
// position, so gives no evidence.
//
// The classifier's core, for passes over rows of pixels: a colour
// is classified by Measurer.code (a 6-bit RGB or YCbCr key → palette colour,
// blend pair and position, or off) after the exact palette match; the
// spatial pass needs rows of packed straight RGBA (see rowReader).
//
// The rule itself (targets, tolerance, verdict) lives in package palette
// (Rule.Check); decoding images in package imagefile.
package measure
