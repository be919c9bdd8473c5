// Package vp8 decodes VP8 lossy image frames (RFC 6386), as found in WebP
// files. It is a fork of golang.org/x/image/vp8 (v0.48.0, BSD licence, see
// LICENSE) that decodes the same frames to exactly the same pixels, faster;
// package webp in this module uses it.
//
// Changes from upstream, all for speed (profile of `hueprint check` on WebP
// photographs: upstream's partition.readBit alone was a third of the CPU):
//
//   - The boolean decoder (partition.go) keeps its undecoded bits in a
//     64-bit value refilled 7 bytes at a time, as libwebp's VP8GetBit and
//     VP8LoadNewBytes do, instead of one byte per refill; it renormalises
//     with bits.Len32 instead of two tables, and chooses between the two
//     outcomes of a bit without a branch.
//   - parseResiduals4, where most bits are decoded, keeps that state in a
//     local boolState (registers) for the whole macroblock instead of
//     reading and writing it through a pointer for every bit.
package vp8
