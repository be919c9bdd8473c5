// Package imagefile decodes untrusted images safely: it reads the header
// with image.DecodeConfig first and refuses images above a pixel limit before
// any pixel memory is allocated, so that a 20000x20000 PNG header cannot
// exhaust memory. It registers the decoders hueprint supports: PNG, JPEG,
// GIF (first frame), WebP, BMP and TIFF.
//
// It is a package of its own so that package palette never links the WebP
// and TIFF decoders, and so that the command line and design tools share one
// decoder set.
//
// # Security Considerations
//
// Decode bounds memory by the pixel count of the header (MaxPixels, 4 bytes
// or 8 per pixel once decoded) and reads the input only once. A decoder that
// panics on a malformed file (the standard library's do not; some
// third-party ones have) is turned into an error. Decoding time still grows
// with the file: callers that accept files from the network should also
// bound their size.
package imagefile
