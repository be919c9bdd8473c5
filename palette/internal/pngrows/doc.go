// Package pngrows decodes PNG images a row at a time, for measuring them
// without the full image in memory. It is private to package measure.
//
// It is the standard library's image/png decoder (reader.go and paeth.go of
// Go 1.26, BSD licence, copyright The Go Authors) with these changes: the
// destination image is one row high and emitted to the caller after each
// row is unfiltered and converted, instead of a full image being returned;
// interlaced (Adam7) images are refused with an UnsupportedError, for the
// caller to decode with image/png; there is no DecodeConfig or format
// registration. For speed, the Sub, Up and Average filters are undone
// several bytes at a time and Paeth branch-free, with loops for 3 and 4
// bytes per pixel (filter.go, paeth.go); the zlib stream is inflated by
// github.com/klauspost/compress/flate, reused from a pool, and its Adler-32
// checksum computed eight bytes at a time (zlib.go, adler32.go).
//
// Rows therefore hold exactly the pixels, of exactly the type, that
// image/png returns, chunk checks and CRC and Adler-32 checksums included,
// and Decode fails exactly when image/png fails, with its error, except
// for compressed data that is damaged or cut short: the inflater reads a
// few bytes further ahead than compress/flate, so it may notice the damage
// at another offset ("flate: corrupt input before offset N"), or report
// "not enough pixel data" where image/png inflated one more row and found
// it bad. Package measure decodes every file Decode fails on with
// image/png again, so its errors are image/png's.
//
// # Security Considerations
//
// Memory is two rows of filtered bytes, one converted row, zlib's 32 KB
// window and Huffman tables, whatever the image height; the caller checks
// the width and height (image.DecodeConfig) before calling Decode. Errors
// after some rows were emitted (a bad checksum, missing or extra pixel
// data) mean those rows must be discarded.
package pngrows
