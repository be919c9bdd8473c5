package measure

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/internal/jpeg"
)

// maxJPEGBytes is the largest JPEG file measured while decoding; it is read
// into memory whole (a 50-megapixel photograph at quality 95 is about
// 25 MB). Larger files take the full-decode path, which streams.
const maxJPEGBytes = 128 << 20

// ReadOptions tunes MeasureReader. The zero value is the default.
type ReadOptions struct {
	// MaxPixels refuses larger images, as imagefile.Options.MaxPixels; 0
	// means imagefile.DefaultMaxPixels.
	MaxPixels int64
	// MaxScans refuses JPEG files with more scans; 0 means 128.
	MaxScans int
	// FullDecode decodes the whole image with imagefile.Decode before
	// measuring it, as Measure does: slower and bigger, for comparison.
	FullDecode bool
}

// MeasureReader decodes the image in r (any format imagefile reads) and
// measures it; format is the decoder's name ("jpeg", "png" …). JPEG files
// are measured while they are decoded, one row of 8×8 blocks at a time,
// without the full image in memory and about twice as fast; the shares are
// identical to Measure of imagefile.Decode's image, which is what every
// other format and every JPEG the fast decoder does not handle (arithmetic
// coding, CMYK, RGB, 12-bit) go through. Errors are imagefile's, or wrap
// an error naming the limit that was exceeded.
func (m *Measurer) MeasureReader(r io.Reader, o ReadOptions) (res Result, format string, err error) {
	opt := imagefile.Options{MaxPixels: o.MaxPixels}
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var in io.Reader = br
	if head, _ := br.Peek(2); !o.FullDecode && len(head) == 2 && head[0] == 0xff && head[1] == 0xd8 {
		data, err := io.ReadAll(io.LimitReader(br, maxJPEGBytes+1))
		if err != nil {
			return Result{}, "jpeg", fmt.Errorf("imagefile: jpeg: %w", err)
		}
		if len(data) <= maxJPEGBytes {
			res, err := m.measureJPEG(data, opt, o.MaxScans)
			if !errors.Is(err, jpeg.ErrUnsupported) {
				return res, "jpeg", err
			}
		}
		in = io.MultiReader(bytes.NewReader(data), br)
	}
	img, format, err := imagefile.Decode(in, opt)
	if err != nil {
		return Result{}, format, err
	}
	return m.Measure(img), format, nil
}

// measureJPEG measures a JPEG file while decoding it with the strip
// decoder. An error wrapping jpeg.ErrUnsupported means "use image/jpeg".
func (m *Measurer) measureJPEG(data []byte, opt imagefile.Options, maxScans int) (Result, error) {
	cfg, _, err := imagefile.DecodeConfig(bytes.NewReader(data), opt)
	if err != nil {
		return Result{}, err
	}
	acc := m.takeAccumulator()
	defer m.giveAccumulator(acc)
	maxPixels := opt.MaxPixels
	if maxPixels <= 0 {
		maxPixels = imagefile.DefaultMaxPixels
	}
	f, err := jpeg.Decode(data, jpeg.Options{MaxPixels: maxPixels, MaxScans: maxScans}, func(strip image.Image) {
		m.scan(strip, acc)
	})
	if err != nil {
		if errors.Is(err, jpeg.ErrLimit) {
			return Result{}, fmt.Errorf("imagefile: %w", err)
		}
		return Result{}, err
	}
	if f.Width != cfg.Width || f.Height != cfg.Height {
		return Result{}, fmt.Errorf("measure: jpeg: frame %dx%d, header said %dx%d: %w", f.Width, f.Height, cfg.Width, cfg.Height, jpeg.ErrUnsupported)
	}
	return m.result(image.Rect(0, 0, f.Width, f.Height), acc), nil
}

// takeAccumulator and giveAccumulator share Measure's pool of histograms.
func (m *Measurer) takeAccumulator() *accumulator {
	select {
	case acc := <-m.free:
		return acc
	default:
		return new(accumulator)
	}
}

func (m *Measurer) giveAccumulator(acc *accumulator) {
	acc.reset()
	select {
	case m.free <- acc:
	default:
	}
}
