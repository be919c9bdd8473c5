package imagefile

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"path/filepath"
	"slices"
	"strings"

	// The formats hueprint reads.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "github.com/hueprint/hueprint/palette/internal/tiff" // x/image/tiff's decoder, plus 2- and 4-bit palettes
	_ "github.com/hueprint/hueprint/palette/internal/webp" // x/image/webp with a faster VP8 decoder
	_ "golang.org/x/image/bmp"
)

// DefaultMaxPixels is the pixel limit when Options.MaxPixels is 0: 50
// megapixels, about 200 MB once decoded as RGBA.
const DefaultMaxPixels = 50_000_000

// ErrTooLarge is wrapped by Decode when an image has more pixels than allowed.
var ErrTooLarge = errors.New("image too large")

// ErrFormat is wrapped by Decode when the data is not an image in a format it
// reads.
var ErrFormat = errors.New("not a PNG, JPEG, GIF, WebP, BMP or TIFF image")

// Options tunes Decode. The zero value is the default.
type Options struct {
	MaxPixels int64 // refuse images with more pixels; 0 means DefaultMaxPixels
	// MaxMemory refuses images whose decode needs more bytes (Header.Memory);
	// 0 means DefaultMaxMemory.
	MaxMemory int64
	MaxScans  int // refuse JPEGs with more scans; 0 means DefaultMaxScans
}

func (o Options) maxMemory() int64 {
	if o.MaxMemory <= 0 {
		return DefaultMaxMemory
	}
	return o.MaxMemory
}

func (o Options) maxScans() int {
	if o.MaxScans <= 0 {
		return DefaultMaxScans
	}
	return o.MaxScans
}

func (o Options) maxPixels() int64 {
	if o.MaxPixels <= 0 {
		return DefaultMaxPixels
	}
	return o.MaxPixels
}

var extensions = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"}

// Extensions returns the file extensions of the formats Decode reads, lower
// case with the dot, in a new slice the caller may change.
func Extensions() []string { return slices.Clone(extensions) }

// HasImageExt reports whether name ends in one of Extensions, in any case.
func HasImageExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions {
		if e == ext {
			return true
		}
	}
	return false
}

// DecodeConfig reads only the header of an image and checks its size.
func DecodeConfig(r io.Reader, o Options) (image.Config, string, error) {
	cfg, format, err := image.DecodeConfig(r)
	if err != nil {
		return cfg, format, headerError(err)
	}
	if err := checkSize(cfg, o); err != nil {
		return cfg, format, err
	}
	return cfg, format, nil
}

func checkSize(cfg image.Config, o Options) error {
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return fmt.Errorf("imagefile: empty image (%dx%d)", cfg.Width, cfg.Height)
	}
	if n := int64(cfg.Width) * int64(cfg.Height); n > o.maxPixels() {
		return fmt.Errorf("imagefile: %dx%d is %d pixels, over the limit of %d: %w",
			cfg.Width, cfg.Height, n, o.maxPixels(), ErrTooLarge)
	}
	return nil
}

func headerError(err error) error {
	if errors.Is(err, image.ErrFormat) {
		return fmt.Errorf("imagefile: %w", ErrFormat)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("imagefile: truncated header: %w", io.ErrUnexpectedEOF)
	}
	return fmt.Errorf("imagefile: bad header: %w", err)
}

// Decode reads an image from r, checking its header with ReadHeader before
// decoding the pixels; r is read once (twice, for a JPEG in an
// io.ReadSeeker: see ReadHeader). format is the name the decoder registered
// ("png", "jpeg" …). GIF gives its first frame, composited on the logical
// screen. Errors wrap ErrFormat, ErrTooLarge, ErrTooManyScans or the
// decoder's error, prefixed by the format.
func Decode(r io.Reader, o Options) (img image.Image, format string, err error) {
	h, err := ReadHeader(r, o)
	if err != nil {
		return nil, "", err
	}
	img, err = h.Decode(context.Background())
	return img, h.Format, err
}
