// Package measure answers "how much of this image is each role of the
// palette?": the 60-30-10 measurement.
//
// Every opaque pixel is assigned to the nearest palette colour in OKLab
// (Euclidean distance, CSS Color 4 deltaEOK) when it lies within Tolerance
// of it, and otherwise to "off". A pixel that is not near any palette colour
// but lies on the line between two of them in sRGB (the anti-aliased edge of
// text or a shape, blended as renderers blend) within Tolerance is split
// between those two colours in proportion, so edges do not inflate the
// off-palette share. Semi-transparent pixels count by their alpha; fully
// transparent ones are ignored.
//
// Shares are fractions 0–1 of the opaque pixels. They measure area, not
// visual weight: a small, saturated accent may draw more of the eye than its
// share says, and the rule of 60-30-10 is a guide for area.
//
// Speed: a Measurer classifies colours once, into lookup tables indexed by
// the colour rounded to 6 bits per channel (RGB for most images, YCbCr for
// JPEG, so no per-pixel colour conversion is needed), filled lazily and
// shared by every goroutine. Rounding moves a colour by at most 2/255 per
// channel, far below any sensible tolerance. Measuring then costs a table
// load and an addition per pixel.
//
// The rule itself (targets, tolerance, verdict) lives in package palette
// (Rule.Check); decoding images in package imagefile.
package measure
