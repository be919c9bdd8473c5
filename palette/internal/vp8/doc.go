// Package vp8 decodes VP8 lossy image frames (RFC 6386), as found in WebP
// files. It is a fork of golang.org/x/image/vp8 (v0.48.0, BSD licence, see
// LICENSE) that decodes the same frames to exactly the same pixels, faster;
// package webp in this module uses it.
//
// Changes from upstream, all for speed (profile of `hueprint check` on WebP
// photographs: upstream's partition.readBit alone was a third of the CPU):
// none yet.
package vp8
