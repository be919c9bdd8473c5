// Package tiff is golang.org/x/image/tiff's decoder (v0.48.0, BSD licence,
// see LICENSE) with one change: 2- and 4-bit palette and grey images, which
// ImageMagick writes for flat art with few colours, are read too
// (x/image/tiff refuses them with "BitsPerSample of 2"). The encoder stays
// in golang.org/x/image/tiff. It registers itself as "tiff" with package
// image; package imagefile imports it instead of x/image/tiff.
//
// # Security Considerations
//
// The decoder reads untrusted files. As upstream, it refuses images whose
// decoded size overflows, checks every offset against the file and reads
// strips through io.SectionReader; callers still check the pixel count with
// DecodeConfig before Decode (package imagefile does). FuzzDecode exercises
// it.
package tiff
