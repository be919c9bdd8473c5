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
// a decoder of this package written for the job (inflate.go: IDAT data
// read a chunk at a time, a 64-bit bit buffer, one-lookup Huffman
// tables, matches copied 16 bytes at a time, rows handed out of its
// window without copies through an io.Reader), and its Adler-32 checksum
// computed eight bytes at a time (adler32.go).
//
// Rows therefore hold exactly the pixels, of exactly the type, that
// image/png returns, chunk checks and CRC and Adler-32 checksums included,
// and Decode fails when image/png fails. Its errors are image/png's,
// except for a zlib stream that is damaged or cut short: the inflater
// decodes up to about 64 KB ahead of the rows, so it may report the
// damage ("png: invalid format: corrupt zlib data: …", a bad checksum,
// "not enough pixel data") where image/png reports a bad row filter, or
// the other way round. And Decode also fails, where image/png may not,
// on bytes after the zlib stream in its last IDAT chunk (image/png
// accepts them if its 4096-byte read-ahead took them in with the
// stream). Package measure decodes every file Decode fails on with
// image/png again, so its errors and images are image/png's.
//
// # Security Considerations
//
// Memory is two rows of filtered bytes, one converted row, the
// inflater's 32 KB input buffer, its output buffer (the 32 KB window and
// the larger of 64 KB and a row) and Huffman tables of under 30 KB,
// whatever the image height; the caller checks the width and height
// (image.DecodeConfig) before calling Decode.
// DecodeInto converts the rows into the caller's memory for the whole
// image instead of one row. Errors
// after some rows were emitted (a bad checksum, missing or extra pixel
// data) mean those rows must be discarded.
package pngrows
