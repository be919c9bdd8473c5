// Package imagefile decodes untrusted images safely: it reads the header
// with image.DecodeConfig first and refuses images above a pixel limit before
// any pixel memory is allocated, so that a 20000x20000 PNG header cannot
// exhaust memory. It registers the decoders hueprint supports: PNG, JPEG,
// GIF (first frame, composited on its logical screen), WebP, BMP and TIFF.
// Package imagefiletest writes hostile images for tests.
//
// It is a package of its own so that package palette never links the WebP
// and TIFF decoders, and so that the command line and design tools share one
// decoder set.
//
// # Security Considerations
//
// Decode bounds three things before any pixel is decoded:
//   - pixels: the header's width × height against MaxPixels;
//   - memory: ReadHeader estimates what the decode allocates from the header
//     (bytes per pixel of the colour model, interlacing, and for JPEG the
//     components, their sampling and the 256-byte coefficient blocks a
//     progressive decode keeps, plus the CMYK or RGB image it converts to)
//     and refuses estimates over MaxMemory (Header.StripMemory is the
//     smaller need of the strip decoder measure.Decode uses for most JPEG
//     files, for admitting them into a budget). Budget shares a total
//     between parallel decodes, so that N workers do not multiply the peak;
//   - time: a JPEG with more than MaxScans scans is refused (each scan of a
//     progressive JPEG is a pass over every coefficient), by a pre-scan of
//     the markers when the input is seekable, else as the decoder reads it;
//     Header.Decode stops when its context is done.
//
// A decoder that panics on a malformed file (the standard library's do not;
// some third-party ones have) is turned into an error. Inputs are read once,
// except a seekable JPEG, read twice. Callers that accept files from the
// network should also bound their size.
package imagefile
