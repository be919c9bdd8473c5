package measure

import (
	"fmt"
	"image"
)

// Resolution is the size at which Decode decodes JPEG files: in full, or
// scaled down by 2, 4 or 8 in the DCT domain (each 8×8 block becomes 4×4,
// 2×2 or 1×1 samples, the averages of its boxes, as libjpeg's reduced
// inverse DCTs compute them). Scaling keeps the entropy decoding but skips
// most of the inverse DCT and shrinks the image Measure reads by the square
// of the factor. Other formats, and JPEG files the fast decoder hands to
// image/jpeg, are always decoded in full. The zero value is ResolutionFull.
//
// There is no automatic choice, because no rule on the image's size keeps
// the shares close: the photo areas are found in cells of a fixed number
// of pixels, so a scaled image has other photo areas. Measured at 1/2 on
// the 64 JPEG wallpapers and photographs of Debian's background packages
// (43 scalings keeping 0.5 to 6 megapixels; testdata/bench/README.md), a
// share or the photo area moved by up to 54 points, by 42 on an image that
// kept 4.2 megapixels, and by under 1 point on only 10; on 47 ground-truth
// banners and composites upscaled to 13–33 megapixels, by up to 17 points
// (1.6 with PhotosInclude), never by under 1 (TestScaleStudy). A scaled
// measurement is an estimate, for triage; Report.Scale marks it.
type Resolution uint8

const (
	// ResolutionFull decodes every image in full: the result is that of
	// Measure on imagefile.Decode's image.
	ResolutionFull Resolution = iota
	// ResolutionHalf, ResolutionQuarter and ResolutionEighth scale every
	// JPEG image down by 2, 4 or 8 in width and height.
	ResolutionHalf
	ResolutionQuarter
	ResolutionEighth
)

// Scale returns the factor r divides a JPEG image's width and height by:
// 1, 2, 4 or 8 (1 for an unknown Resolution).
func (r Resolution) Scale() int {
	switch r {
	case ResolutionHalf:
		return 2
	case ResolutionQuarter:
		return 4
	case ResolutionEighth:
		return 8
	}
	return 1
}

var resolutionNames = [...]string{ResolutionFull: "full", ResolutionHalf: "1/2", ResolutionQuarter: "1/4", ResolutionEighth: "1/8"}

// String returns "full", "1/2", "1/4" or "1/8".
func (r Resolution) String() string {
	if int(r) < len(resolutionNames) {
		return resolutionNames[r]
	}
	return fmt.Sprintf("Resolution(%d)", uint8(r))
}

// MarshalText returns String's name, for a Resolution in JSON or a flag.
func (r Resolution) MarshalText() ([]byte, error) {
	if int(r) >= len(resolutionNames) {
		return nil, fmt.Errorf("measure: resolution %d: want full, 1/2, 1/4 or 1/8", uint8(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads "full", "1/2", "1/4" or "1/8".
func (r *Resolution) UnmarshalText(b []byte) error {
	for i, n := range resolutionNames {
		if string(b) == n {
			*r = Resolution(i)
			return nil
		}
	}
	return fmt.Errorf("measure: resolution %q: want full, 1/2, 1/4 or 1/8", b)
}

// ScaleOf returns the factor (1, 2, 4 or 8) by which img, decoded by
// Decode from a width × height file (imagefile.Header's size), is smaller
// than the file: its size is the file's divided by the factor, rounded up,
// as libjpeg rounds a scaled output's size. It returns 0 when img has no
// such size.
func ScaleOf(img image.Image, width, height int) int {
	b := img.Bounds()
	for _, s := range []int{1, 2, 4, 8} {
		if b.Dx() == (width+s-1)/s && b.Dy() == (height+s-1)/s {
			return s
		}
	}
	return 0
}
