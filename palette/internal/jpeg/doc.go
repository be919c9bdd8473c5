// Package jpeg decodes baseline and progressive JPEG images a strip at a
// time, for measuring them without building the whole image. It is private
// to package measure.
//
// Its pixels are bit-identical to the standard library's image/jpeg: the
// same integer inverse DCT (the same arithmetic, without bounds checks in
// its inner loops, with exact shortcuts for zero rows, zero columns,
// DC-only blocks and blocks whose last four or six rows are zero, those
// rows of progressive blocks not even read, and blocks with row 0 alone
// stored as one row; a sequential block's zero rows are known from the
// mask of the terms its decoding wrote, not by reading them), the same
// level shift and clamping, and no colour conversion. It is faster because
// it reads the whole file from memory, decodes Huffman codes through 9-bit
// lookahead tables (AC symbols and DC differences with their magnitude bits
// in one look-up, end-of-block too; in sequential blocks and first AC
// scans, two AC symbols per 10-bit look-up when both fit), stores rows of in-range samples
// without clamping each, refines progressive coefficients
// through a mask of each block's non-zero terms (a refinement scan's new
// coefficient found by one look-up in a byte of the mask of zeros, its
// correction bits counted rather than read coefficient by coefficient),
// reconstructs progressive blocks from their coefficients in
// place, and hands one MCU row at a time to its caller instead of filling a
// full image.
//
// With Options.Scale 2, 4 or 8 it decodes at 1/2, 1/4 or 1/8 of the width
// and height: the same entropy decoding, then reduced inverse DCTs whose
// samples are the averages of the full transform's 2×2, 4×4 or 8×8 boxes
// (libjpeg's jidctred.c), before rounding and clamping. Those pixels are
// not image/jpeg's: they are within 1 of its pixels averaged over the same
// boxes, except where its ringing is clamped at 0 or 255 (scaled_test.go).
//
// It reads what image/jpeg reads as *image.YCbCr or *image.Gray: 8-bit
// greyscale and YCbCr with 4:4:4, 4:4:0, 4:2:2, 4:2:0, 4:1:1 and 4:1:0
// chroma, baseline, extended sequential (Huffman) and progressive, with or
// without restart markers. Anything else (arithmetic coding, 12-bit
// samples, lossless, RGB or CMYK/YCCK transforms, sequential scans that
// carry one component each, coefficients that overflow 16 bits in a
// progressive file) returns an error wrapping ErrUnsupported, and so does
// every malformed stream: the caller decodes those with image/jpeg, so the
// answer for any input is exactly image/jpeg's.
//
// # Security Considerations
//
// Decode checks the frame size against Options.MaxPixels before allocating
// anything, refuses files with more than Options.MaxScans scans
// (ErrTooManyScans; DefaultMaxScans is 128, while libjpeg's progressive
// script writes 10 scans for YCbCr and 6 for greyscale, jpeg_simple_progression
// in jcparam.c), and uses memory in proportion to one MCU row for
// sequential files (a few bytes per column) and 2 bytes per coefficient
// (plus 10 per block) for progressive files (MemoryEstimate, which
// Options.MaxMemory bounds before anything is allocated), never a full
// image. Limit errors wrap ErrLimit and must not be retried with another
// decoder.
package jpeg
