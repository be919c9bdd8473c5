// Package pngrows decodes PNG images a row at a time, for measuring them
// without the full image in memory. It is private to package measure.
//
// It is the standard library's image/png decoder (reader.go and paeth.go of
// Go 1.26, BSD licence, copyright The Go Authors) with three changes: the
// destination image is one row high and emitted to the caller after each
// row is unfiltered and converted, instead of a full image being returned;
// interlaced (Adam7) images are refused with an UnsupportedError, for the
// caller to decode with image/png; and there is no DecodeConfig or format
// registration. Rows therefore hold exactly the pixels, of exactly the
// type, that image/png returns, chunk checks and CRC and Adler-32 checksums
// included.
//
// # Security Considerations
//
// Memory is two rows of filtered bytes, one converted row and zlib's 32 KB
// window, whatever the image height; the caller checks the width and height
// (image.DecodeConfig) before calling Decode. Errors after some rows were
// emitted (a bad checksum, missing or extra pixel data) mean those rows
// must be discarded.
package pngrows
