// Package vp8 decodes VP8 lossy image frames (RFC 6386), as found in WebP
// files. It is a fork of golang.org/x/image/vp8 (v0.48.0, BSD licence, see
// LICENSE) that decodes the same frames to exactly the same pixels, and
// fails on the same inputs, faster; package webp in this module uses it.
//
// Changes from upstream, all for speed (profile of `hueprint check` on WebP
// photographs: upstream's partition.readBit alone was a third of the CPU):
//
//   - The boolean decoder (partition.go) keeps its undecoded bits in a
//     64-bit value refilled 7 bytes at a time, as libwebp's VP8GetBit and
//     VP8LoadNewBytes do, instead of one byte per refill; it renormalises
//     after every bit with two 256-entry tables indexed by the new range
//     (libwebp's former kVP8Log2Range and kVP8NewRange), without
//     upstream's branch, and chooses between the two outcomes of a bit
//     without a branch.
//   - The token decoder (parseResiduals4, largeValue), where most bits are
//     decoded, keeps that state in a boolState local (registers) for the
//     whole macroblock, instead of reading and writing it through a pointer
//     for every bit, and decodes each bit inline (no call per bit).
//   - A coefficient's sign, a bit of probability 1/2, is decoded by
//     decodeSign, as libwebp's VP8GetSigned: the split is half the range
//     and the new range has a closed form, without the multiplication and
//     the bit count of the general case; and without a branch on the bit
//     (a coin toss, mispredicted half the time), as decodeValue decodes
//     the low bits of large token values, which largeValue adds up.
//   - The token loop finds a coefficient's probabilities through
//     bandProb, pointers set when the probabilities are parsed, instead
//     of the band table and two bounds checks per coefficient, and decodes
//     runs of zero tokens in a loop of their own, as libwebp's
//     GetCoeffsFast.
//   - The loop filter's filter246 has a loop for each of its four cases
//     (vertical or horizontal edge, subblock or macroblock edge) with the
//     filters' arithmetic written out instead of a call per pixel (the
//     calls made the compiler spill the taps to the stack), its bounds
//     checks hoisted out of the pixel loop, and one branch for the seven
//     difference tests, the interior ones written uint(d+t) > 2t instead
//     of abs(d) > t.
//   - The inverse DCT works on array pointers and locals, its second pass
//     written out (no call per row, which also spilled); macroblock rows
//     move to and from the image as arrays.
//   - A 4x4 region's residual is transformed as libwebp does: not at all
//     when its coefficients are zero, by adding the DC alone when only
//     the DC one is non-zero (parseResiduals4 returns the position after
//     the last token, GetCoeffs's result), fully otherwise; upstream
//     transformed a chroma plane's four regions fully when one had a
//     token, and a region with a DC token alone fully.
//   - The DC predictors sum the samples above a block as one or two
//     words (byteSum32, byteSum64) and those left of it on a slice of the
//     rows, and fill the block 4 or 8 samples a store on a slice of its
//     rows, without upstream's bounds check per sample.
//
// Tests compare each change with upstream's code kept in the _test files:
// TestPartitionSameAsReference (bits and end-of-data, on random partitions),
// TestDecodeSignSameAsDecode (bits and decoder state),
// TestFiltersSameAsReference, TestDCPredictorsSameAsReference and
// TestShortTransformsSameAsFull (pixels); package webp compares whole
// images with x/image/webp, on files and fuzzed bytes.
//
// # Security Considerations
//
// As upstream: frames are decoded from untrusted bytes; partition sizes
// are checked against the chunk, a read past a partition's end makes the
// frame fail with io.ErrUnexpectedEOF, and the image is allocated from the
// frame header's size, which callers check first (package imagefile does).
package vp8
