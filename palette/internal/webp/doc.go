// Package webp is golang.org/x/image/webp's decoder (v0.48.0, BSD licence,
// see LICENSE) with its lossy (VP8) frames decoded by
// github.com/hueprint/hueprint/palette/internal/vp8, a faster fork of
// golang.org/x/image/vp8 that gives exactly the same pixels. The container
// parsing (RIFF chunks, VP8X, ALPH) is upstream's, unchanged; lossless
// frames are still decoded by golang.org/x/image/vp8l. It registers itself
// as "webp" with package image; package imagefile imports it instead of
// x/image/webp.
//
// It exists because decoding was most of the time of `hueprint check` on
// WebP photographs, and upstream's boolean decoder reads one byte at a time.
// TestDecodeSameAsXImage and FuzzDecode compare every pixel, config and
// error-or-not with x/image/webp.
//
// # Security Considerations
//
// The decoder reads untrusted files. As upstream, it refuses VP8 frames
// whose last coefficient partition reaches 16 MiB and VP8X canvases over
// 2^31-1 pixels; callers still check the pixel count with DecodeConfig
// before Decode (package imagefile does).
package webp
