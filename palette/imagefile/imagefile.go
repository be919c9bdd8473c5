package imagefile

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"path/filepath"
	"strings"

	// The formats hueprint reads.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "github.com/hueprint/hueprint/palette/internal/tiff" // x/image/tiff's decoder, plus 2- and 4-bit palettes
	_ "golang.org/x/image/bmp"
	_ "golang.org/x/image/webp"
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
}

func (o Options) maxPixels() int64 {
	if o.MaxPixels <= 0 {
		return DefaultMaxPixels
	}
	return o.MaxPixels
}

// Extensions lists the file extensions of the formats Decode reads, lower
// case with the dot.
var Extensions = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"}

// HasImageExt reports whether name ends in one of Extensions, in any case.
func HasImageExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
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

// Decode reads an image from r, checking its header with DecodeConfig before
// decoding the pixels; r is read once. format is the name the decoder
// registered ("png", "jpeg" …). GIF gives its first frame. Errors wrap
// ErrFormat, ErrTooLarge or the decoder's error, prefixed by the format.
func Decode(r io.Reader, o Options) (img image.Image, format string, err error) {
	var head bytes.Buffer
	cfg, format, err := image.DecodeConfig(io.TeeReader(r, &head))
	if err != nil {
		return nil, format, headerError(err)
	}
	if err := checkSize(cfg, o); err != nil {
		return nil, format, err
	}
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("imagefile: %s decoder failed on malformed data: %v", format, p)
		}
	}()
	img, format, err = image.Decode(io.MultiReader(&head, r))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, format, fmt.Errorf("imagefile: %s: truncated data: %w", format, io.ErrUnexpectedEOF)
		}
		if strings.HasPrefix(err.Error(), format+": ") {
			return nil, format, fmt.Errorf("imagefile: %w", err) // the decoder names its format
		}
		return nil, format, fmt.Errorf("imagefile: %s: %w", format, err)
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return nil, format, fmt.Errorf("imagefile: %s: decoded %dx%d, header said %dx%d", format, b.Dx(), b.Dy(), cfg.Width, cfg.Height)
	}
	return img, format, nil
}
