package imagefile

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"strings"
)

// DefaultMaxMemory is the memory limit of one decode when Options.MaxMemory
// is 0: 1 GiB, enough for any image within DefaultMaxPixels but a
// progressive CMYK JPEG of more than about 40 megapixels.
const DefaultMaxMemory = 1 << 30

// decodeOverhead is the memory a decode needs whatever the image: buffers,
// tables, the header kept for the second read.
const decodeOverhead = 1 << 20

// Header is what the header of an image says, read by ReadHeader before any
// pixel is decoded: its size, format and colour model, and an estimate of
// the memory decoding it takes. Decode decodes the image it starts. A Header
// is used once, by one goroutine.
type Header struct {
	image.Config
	Format string
	// Memory is the estimated peak of the memory Decode allocates, in bytes:
	// the decoded image and the decoder's working buffers, from the header
	// (components, bit depth, interlacing, progressive coefficient buffers).
	Memory int64

	r     io.Reader // the whole input again: the bytes read so far, then the rest
	jpeg  *jpegScanner
	frame *jpegScanner // a JPEG's frame and scan headers, for StripMemory
	o     Options
}

// ReadHeader reads the header of an image from r and checks it against the
// limits of o: pixels, and the memory the decode would need. For a JPEG it
// also counts the scans of the whole file first when r is an io.ReadSeeker
// (an *os.File), seeking back after, so that a scan bomb is refused without
// decoding anything. Errors wrap ErrFormat, ErrTooLarge or ErrTooManyScans.
func ReadHeader(r io.Reader, o Options) (*Header, error) {
	var start int64 = -1
	rs, seekable := r.(io.ReadSeeker)
	if seekable {
		if pos, err := rs.Seek(0, io.SeekCurrent); err == nil {
			start = pos
		}
	}
	var head bytes.Buffer
	cfg, format, err := image.DecodeConfig(io.TeeReader(r, &head))
	if err != nil {
		return nil, headerError(err)
	}
	if err := checkSize(cfg, o); err != nil {
		return nil, err
	}
	h := &Header{Config: cfg, Format: format, o: o, r: io.MultiReader(&head, r)}
	if format == "jpeg" {
		// info reads the frame header for the estimate; h.jpeg counts the
		// scans as the decoder reads, unless the pre-scan did already.
		info := newJPEGScanner(o.maxScans())
		info.Write(head.Bytes())
		if info.err != nil && start >= 0 {
			// The header read may have buffered the whole file.
			return nil, info.err
		}
		h.jpeg = info
		if start >= 0 {
			// The pre-scan: read the rest once, cheaply, then come back.
			if _, err := io.Copy(info, r); err != nil && info.err != nil {
				return nil, info.err
			}
			if _, err := rs.Seek(start, io.SeekStart); err != nil {
				return nil, fmt.Errorf("imagefile: seeking back after the JPEG pre-scan: %w", err)
			}
			h.r = bufio.NewReaderSize(r, 64<<10)
			h.jpeg = nil
		}
		h.Memory = estimateJPEG(h, info)
		h.frame = info
	} else {
		h.Memory = estimate(h, head.Bytes())
	}
	if h.Memory > o.maxMemory() {
		return nil, fmt.Errorf("imagefile: %s %dx%d needs about %s to decode, over the limit of %s: %w",
			format, cfg.Width, cfg.Height, Bytes(h.Memory), Bytes(o.maxMemory()), ErrTooLarge)
	}
	return h, nil
}

// estimate is Header.Memory: the decoded image at the bytes per pixel of its
// colour model, and what each decoder adds (see the comments inside).
func estimate(h *Header, head []byte) int64 {
	px := int64(h.Width) * int64(h.Height)
	bpp := bytesPerPixel(h.ColorModel)
	n := px * bpp
	switch h.Format {
	case "png":
		// An interlaced PNG is decoded pass by pass into images of their
		// own, then copied into the whole one.
		if len(head) > 28 && head[28] == 1 {
			n *= 2
		}
	case "gif":
		// The first frame, and the logical screen it is composited on
		// (paletted, or NRGBA when its palette has no room for transparency).
		n = px * 5
	case "webp":
		// Lossless WebP decodes to 32-bit ARGB before the NRGBA image.
		if h.ColorModel == color.NRGBAModel {
			n = px * 8
		}
	case "tiff", "bmp":
		// The strips or rows as read, beside the image.
		n *= 2
	}
	return n + decodeOverhead
}

func estimateJPEG(h *Header, info *jpegScanner) int64 {
	if m, ok := info.jpegMemory(); ok {
		return m + decodeOverhead
	}
	return estimate(h, nil)
}

// StripMemory is the estimated peak of the memory the strip decoder
// (palette/internal/jpeg, which measure.Decode uses for JPEG files it reads
// whole) allocates to decode this image at 1/scale of its width and height
// (1, 2, 4 or 8), and the image it fills: about 3.2 bytes per sample for a
// progressive JPEG where image/jpeg needs 5 (Memory), and about Memory for a
// sequential one. ok is false when that decoder would hand the file to
// image/jpeg, as far as its headers tell (see the package jpeg doc: CMYK,
// RGB, arithmetic coding, 12-bit samples, sampling factors or scans it
// refuses, no end-of-image marker), when it is not a JPEG, or when the
// JPEG was read as a stream and its scans were not pre-scanned: Memory is
// then the figure to admit.
// A file that passes its headers and falls back on its data (a malformed
// scan, or a progressive coefficient over 16 bits, which no conforming
// 8-bit encoder writes: T.81 Tables F.1 and F.2 bound DC differences to 11
// bits and AC terms to 10) may need up to Memory.
func (h *Header) StripMemory(scale int) (n int64, ok bool) {
	if h.frame == nil {
		return 0, false
	}
	n, ok = h.frame.stripMemory(scale)
	if !ok {
		return 0, false
	}
	return n + decodeOverhead, true
}

func bytesPerPixel(m color.Model) int64 {
	switch m {
	case color.GrayModel, color.AlphaModel:
		return 1
	case color.Gray16Model, color.Alpha16Model:
		return 2
	case color.YCbCrModel:
		return 3
	case color.RGBAModel, color.NRGBAModel, color.CMYKModel, color.NYCbCrAModel:
		return 4
	}
	if _, ok := m.(color.Palette); ok {
		return 1
	}
	return 8
}

// Decode decodes the image whose header h read. Reading stops with
// ctx.Err() when ctx is done, so a deadline bounds the time of a decode (to
// within one JPEG scan, or one read of the decoder). GIF gives its first
// frame composited on the logical screen.
func (h *Header) Decode(ctx context.Context) (img image.Image, err error) {
	if h.r == nil {
		return nil, errors.New("imagefile: Header.Decode called twice")
	}
	r := h.r
	h.r = nil
	if h.jpeg != nil {
		r = io.TeeReader(r, h.jpeg)
	}
	if ctx != nil && ctx.Done() != nil {
		r = &ctxReader{ctx: ctx, r: r}
	}
	format := h.Format
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("imagefile: %s decoder failed on malformed data: %v", format, p)
		}
	}()
	img, _, err = image.Decode(r)
	if err != nil {
		if ctx != nil && ctx.Err() != nil {
			return nil, fmt.Errorf("imagefile: %s: %w", format, context.Cause(ctx))
		}
		if h.jpeg != nil && h.jpeg.err != nil {
			return nil, h.jpeg.err
		}
		// image/jpeg says "short Huffman data" when the file ends inside a
		// scan.
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || strings.HasSuffix(err.Error(), "short Huffman data") {
			return nil, fmt.Errorf("imagefile: %s: truncated data: %w", format, io.ErrUnexpectedEOF)
		}
		if strings.HasPrefix(err.Error(), format+": ") {
			return nil, fmt.Errorf("imagefile: %w", err) // the decoder names its format
		}
		return nil, fmt.Errorf("imagefile: %s: %w", format, err)
	}
	screen := image.Rect(0, 0, h.Width, h.Height)
	if p, ok := img.(*image.Paletted); ok && format == "gif" && p.Bounds() != screen {
		img = composite(p, screen)
	}
	if b := img.Bounds(); b.Dx() != h.Width || b.Dy() != h.Height {
		return nil, fmt.Errorf("imagefile: %s: decoded %dx%d, header said %dx%d", format, b.Dx(), b.Dy(), h.Width, h.Height)
	}
	return img, nil
}

// composite places a GIF frame that is smaller than its logical screen, or
// offset in it, on a transparent screen, as browsers show it (GIF89a § 20:
// the frame's position and size are within the logical screen).
func composite(frame *image.Paletted, screen image.Rectangle) image.Image {
	pal := frame.Palette
	clear := -1
	for i, c := range pal {
		if _, _, _, a := c.RGBA(); a == 0 {
			clear = i
			break
		}
	}
	if clear < 0 && len(pal) < 256 {
		pal = append(append(color.Palette(nil), pal...), color.RGBA{})
		clear = len(pal) - 1
	}
	if clear < 0 {
		out := image.NewNRGBA(screen)
		for y := frame.Rect.Min.Y; y < frame.Rect.Max.Y; y++ {
			for x := frame.Rect.Min.X; x < frame.Rect.Max.X; x++ {
				if (image.Point{x, y}).In(screen) {
					out.Set(x, y, frame.At(x, y))
				}
			}
		}
		return out
	}
	out := image.NewPaletted(screen, pal)
	if clear != 0 {
		for i := range out.Pix {
			out.Pix[i] = uint8(clear)
		}
	}
	r := frame.Rect.Intersect(screen)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		copy(out.Pix[out.PixOffset(r.Min.X, y):out.PixOffset(r.Max.X, y)], frame.Pix[frame.PixOffset(r.Min.X, y):])
	}
	return out
}

// ctxReader stops reading when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Bytes is a size in bytes that prints in binary units: "512 MiB", "1.2 GiB".
type Bytes int64

func (b Bytes) String() string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%d B", int64(b))
	}
	v, i := float64(b), -1
	for v >= unit && i < 3 {
		v /= unit
		i++
	}
	if v >= 100 || v == float64(int64(v)) {
		return fmt.Sprintf("%.0f %ciB", v, "KMGT"[i])
	}
	return fmt.Sprintf("%.1f %ciB", v, "KMGT"[i])
}
