package measure

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/internal/jpeg"
	"github.com/hueprint/hueprint/palette/internal/pngrows"
)

// maxStreamBytes is the largest JPEG or PNG file measured while decoding;
// it is read into memory whole, to be decoded again by the standard decoder
// if the strip decoder hands it over (a 50-megapixel photograph at quality
// 95 is about 25 MB as a JPEG). Larger files take the full-decode path.
const maxStreamBytes = 128 << 20

const pngSignature = "\x89PNG\r\n\x1a\n"

// ReadOptions tunes MeasureReader. The zero value is the default.
type ReadOptions struct {
	// MaxPixels refuses larger images, as imagefile.Options.MaxPixels; 0
	// means imagefile.DefaultMaxPixels.
	MaxPixels int64
	// MaxScans refuses JPEG files with more scans; 0 means 128.
	MaxScans int
	// MaxMemory refuses JPEG files whose decoding buffers would take more
	// bytes (one MCU row, plus 2 bytes per coefficient when progressive:
	// about 3 bytes per pixel for 4:2:0, 6 for 4:4:4); 0 means no limit
	// beyond MaxPixels.
	MaxMemory int64
	// FullDecode decodes the whole image with imagefile.Decode before
	// measuring it, as Measure does: slower and bigger, for comparison.
	FullDecode bool
}

// MeasureReader decodes the image in r (any format imagefile reads) and
// measures it; format is the decoder's name ("jpeg", "png" …). JPEG files
// are measured while they are decoded, one row of 8×8 blocks at a time,
// without the full image in memory and about 1.6 times as fast; PNG files
// row by row as they are unfiltered. The result is identical to Measure of
// imagefile.Decode's image, which is what every other format goes through,
// and every file the streaming decoders hand over (JPEG with arithmetic
// coding, CMYK or RGB, interlaced PNG, malformed files). Errors are
// imagefile's, or wrap an error naming the limit that was exceeded.
func (m *Measurer) MeasureReader(r io.Reader, o ReadOptions) (res Result, format string, err error) {
	opt := imagefile.Options{MaxPixels: o.MaxPixels}
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var in io.Reader = br
	head, _ := br.Peek(len(pngSignature))
	isJPEG := len(head) >= 2 && head[0] == 0xff && head[1] == 0xd8
	isPNG := string(head) == pngSignature
	if !o.FullDecode && (isJPEG || isPNG) {
		format = "png"
		if isJPEG {
			format = "jpeg"
		}
		data, err := io.ReadAll(io.LimitReader(br, maxStreamBytes+1))
		if err != nil {
			return Result{}, format, fmt.Errorf("imagefile: %s: %w", format, err)
		}
		if len(data) <= maxStreamBytes {
			if isJPEG {
				res, err = m.measureJPEG(data, opt, o.MaxScans, o.MaxMemory)
			} else {
				res, err = m.measurePNG(data, opt)
			}
			if !errors.Is(err, errFallBack) && !errors.Is(err, jpeg.ErrUnsupported) {
				return res, format, err
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
func (m *Measurer) measureJPEG(data []byte, opt imagefile.Options, maxScans int, maxMemory int64) (Result, error) {
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
	f, err := jpeg.Decode(data, jpeg.Options{MaxPixels: maxPixels, MaxScans: maxScans, MaxMemory: maxMemory}, func(strip image.Image) {
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

// errFallBack is wrapped by measurePNG's errors that mean "decode it with
// image/png", which gives the authoritative error or image.
var errFallBack = errors.New("use the standard decoder")

// measurePNG measures a PNG file row by row as it is unfiltered.
func (m *Measurer) measurePNG(data []byte, opt imagefile.Options) (Result, error) {
	cfg, _, err := imagefile.DecodeConfig(bytes.NewReader(data), opt)
	if err != nil {
		return Result{}, err
	}
	acc := m.takeAccumulator()
	defer m.giveAccumulator(acc)
	// Paletted rows are counted by index and classified once at the end,
	// with the palette as it stands then, as scan does for a whole image.
	var counts [256]uint64
	var pal *image.Paletted
	_, err = pngrows.Decode(bytes.NewReader(data), func(row image.Image) {
		if p, ok := row.(*image.Paletted); ok {
			for _, idx := range p.Pix[:p.Rect.Dx()] {
				counts[idx]++
			}
			pal = p
			return
		}
		m.scan(row, acc)
	})
	if err != nil {
		return Result{}, fmt.Errorf("measure: png: %w: %w", err, errFallBack)
	}
	if pal != nil {
		// The same as scan's *image.Paletted case, n pixels at a time.
		for i, n := range counts {
			if n == 0 || i >= len(pal.Palette) {
				continue
			}
			c := color.NRGBAModel.Convert(pal.Palette[i]).(color.NRGBA)
			switch c.A {
			case 255:
				acc.count(rgbKey(c.R, c.G, c.B), uint32(n))
			case 0:
			default:
				if acc.alpha == nil {
					acc.alpha = make([]uint64, 1<<18)
				}
				acc.alpha[rgbKey(c.R, c.G, c.B)] += n * uint64(c.A)
			}
		}
	}
	return m.result(image.Rect(0, 0, cfg.Width, cfg.Height), acc), nil
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
