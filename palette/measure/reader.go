package measure

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/internal/jpeg"
	"github.com/hueprint/hueprint/palette/internal/pngrows"
)

// maxStreamBytes is the largest JPEG or PNG file read by our own decoders;
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
	// MaxScans refuses JPEG files with more scans, as
	// imagefile.Options.MaxScans; 0 means imagefile.DefaultMaxScans.
	MaxScans int
	// MaxMemory refuses images whose decode needs more bytes
	// (imagefile.Header.Memory: the decoded image and the decoder's
	// buffers), as imagefile.Options.MaxMemory; 0 means
	// imagefile.DefaultMaxMemory.
	MaxMemory int64
	// Context, when not nil, stops decoding with its cause once it is done.
	Context context.Context
	// FullDecode decodes the image with imagefile's standard decoders
	// before measuring it, as Measure does after imagefile.Decode: slower,
	// for comparison.
	FullDecode bool
	// Resolution scales JPEG images down while decoding them (see
	// Resolution: faster, and an estimate); the zero value,
	// ResolutionFull, does not. A scaled image is smaller than the file
	// says (ScaleOf tells by how much), and so are the Width and Height of
	// MeasureReader's Result. FullDecode decodes in full whatever
	// Resolution says.
	Resolution Resolution
}

// MeasureReader decodes the image in r (any format imagefile reads) and
// measures it; format is the decoder's name ("jpeg", "png" …). JPEG files
// are decoded by a faster decoder of their own, one row of 8×8 blocks at a
// time, PNG files row by row, into an image of the type and layout
// image/jpeg and image/png return; other formats, and every file those
// decoders hand over (JPEG with arithmetic coding, CMYK, interlaced PNG,
// malformed files), by imagefile. The result is identical to Measure of
// imagefile.Decode's image, and so are the errors: imagefile's header
// checks (pixels, scans, memory) run first, on every path.
//
// The whole image is kept, as imagefile.Decode keeps it (MaxMemory admits
// it): Measure looks at the neighbourhood (up to 64 pixels) of every pixel
// that is not a palette colour, and decides the photo areas from the whole
// image before it counts them. A histogram pass while decoding settles only
// images made of palette colours alone; 114 of the 119 JPEG and PNG
// wallpapers of Debian's background packages have other pixels, so
// streaming the histogram would mean decoding almost every file twice.
func (m *Measurer) MeasureReader(r io.Reader, o ReadOptions) (res Result, format string, err error) {
	img, format, err := Decode(r, o)
	if err != nil {
		return Result{}, format, err
	}
	return m.Measure(img), format, nil
}

// DecodeMemory is the memory Decode needs for the image h heads, from a
// file of fileSize bytes, with o's Resolution and FullDecode: what a
// caller running several decodes at once admits into a memory budget.
// Off the full-decode path a JPEG or PNG file is read whole, so its bytes
// count; a JPEG then takes the strip decoder's need when its headers say
// that decoder reads it (imagefile.Header.StripMemory: 2 bytes per
// progressive coefficient where image/jpeg keeps 4, and the image at the
// Resolution's scale); otherwise the standard decoder's, h.Memory, which
// bounds a scaled decode too.
func DecodeMemory(h *imagefile.Header, fileSize int64, o ReadOptions) int64 {
	if o.FullDecode {
		return h.Memory
	}
	if m, ok := h.StripMemory(o.Resolution.Scale()); ok && fileSize <= maxStreamBytes {
		return m + fileSize
	}
	return h.Memory + fileSize
}

// Decode decodes the image in r as imagefile.Decode does, with the same
// image (type, bounds, every pixel) and the same errors under the same
// limits, but JPEG and PNG files through decoders of their own, faster
// (see MeasureReader), unless o.FullDecode. With o.Resolution other than
// ResolutionFull, a JPEG image may come out scaled down (ScaleOf), with
// the same errors. It is what MeasureReader
// measures; callers that need the pixels afterwards (thumbnails, masks)
// decode with it and call Measure.
func Decode(r io.Reader, o ReadOptions) (img image.Image, format string, err error) {
	opt := imagefile.Options{MaxPixels: o.MaxPixels, MaxMemory: o.MaxMemory, MaxScans: o.MaxScans}
	ctx := o.Context
	if ctx == nil {
		ctx = context.Background()
	}
	hint := int64(-1)
	if !o.FullDecode {
		hint = sizeHint(r) // before br reads ahead
	}
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var in io.Reader = br
	head, _ := br.Peek(len(pngSignature))
	isJPEG := len(head) >= 2 && head[0] == 0xff && head[1] == 0xd8
	isPNG := string(head) == pngSignature
	if !o.FullDecode && (isJPEG || isPNG) {
		data, err := readWhole(br, hint, maxStreamBytes)
		if err != nil {
			format := "png"
			if isJPEG {
				format = "jpeg"
			}
			return nil, format, fmt.Errorf("imagefile: %s: %w", format, err)
		}
		if len(data) <= maxStreamBytes {
			h, err := imagefile.ReadHeader(bytes.NewReader(data), opt)
			if err != nil {
				return nil, "", err
			}
			switch h.Format {
			case "jpeg":
				img, err = decodeJPEG(ctx, data, h, o.MaxMemory, o.Resolution.Scale())
			case "png":
				img, err = decodePNG(ctx, data, h)
			default:
				err = errFallBack
			}
			if err == nil {
				return img, h.Format, nil
			}
			if !errors.Is(err, errFallBack) && !errors.Is(err, jpeg.ErrUnsupported) {
				return nil, h.Format, err
			}
			if img, err = h.Decode(ctx); err != nil {
				return nil, h.Format, err
			}
			return img, h.Format, nil
		}
		in = io.MultiReader(bytes.NewReader(data), br)
	}
	h, err := imagefile.ReadHeader(in, opt)
	if err != nil {
		return nil, "", err
	}
	img, err = h.Decode(ctx)
	if err != nil {
		return nil, h.Format, err
	}
	return img, h.Format, nil
}

// stopped is what an emit function panics with when the context is done;
// decodeJPEG and decodePNG recover it.
type stopped struct{ err error }

// catchStop turns a stopped panic into *err; other panics go on.
func catchStop(err *error) {
	if p := recover(); p != nil {
		s, ok := p.(stopped)
		if !ok {
			panic(p)
		}
		*err = s.err
	}
}

func checkContext(ctx context.Context, format string) {
	if ctx.Err() != nil {
		panic(stopped{fmt.Errorf("imagefile: %s: %w", format, context.Cause(ctx))})
	}
}

// decodeJPEG decodes a JPEG file with the strip decoder into an image laid
// out as image/jpeg's, scaled down by scale (1, 2, 4 or 8). An error
// wrapping jpeg.ErrUnsupported means "use image/jpeg".
func decodeJPEG(ctx context.Context, data []byte, h *imagefile.Header, maxMemory int64, scale int) (img image.Image, err error) {
	defer catchStop(&err)
	w, ht := (h.Width+scale-1)/scale, (h.Height+scale-1)/scale
	f, err := jpeg.Decode(data, jpeg.Options{MaxPixels: int64(h.Width) * int64(h.Height), MaxMemory: maxMemory, Scale: scale}, func(strip image.Image) {
		checkContext(ctx, "jpeg")
		if img == nil {
			img = newLike(strip, w, ht)
		}
		copyStrip(img, strip)
	})
	if err != nil {
		if errors.Is(err, jpeg.ErrLimit) {
			return nil, fmt.Errorf("imagefile: %w", err)
		}
		return nil, err
	}
	if f.Width != h.Width || f.Height != h.Height || img == nil {
		return nil, fmt.Errorf("measure: jpeg: frame %dx%d, header said %dx%d: %w", f.Width, f.Height, h.Width, h.Height, jpeg.ErrUnsupported)
	}
	return img, nil
}

// errFallBack is wrapped by decodePNG's errors that mean "decode it with
// image/png", which gives the authoritative error or image.
var errFallBack = errors.New("use the standard decoder")

// decodePNG decodes a PNG file row by row into an image of the type and
// layout image/png returns: the rows are converted straight into the
// image's memory (pngrows.DecodeInto), without a strip to copy from.
func decodePNG(ctx context.Context, data []byte, h *imagefile.Header) (img image.Image, err error) {
	defer catchStop(&err)
	var pix []byte
	_, err = pngrows.DecodeInto(bytes.NewReader(data), func(n int) []byte {
		pix = make([]byte, n)
		return pix
	}, func(row image.Image) {
		if row.Bounds().Min.Y%64 == 0 {
			checkContext(ctx, "png")
		}
		if img == nil {
			img = wholeImage(row, pix, h.Width, h.Height)
		}
		if p, ok := row.(*image.Paletted); ok {
			// The palette as it stands at the end, as image/png's.
			img.(*image.Paletted).Palette = p.Palette
		}
	})
	if err != nil || img == nil {
		return nil, fmt.Errorf("measure: png: %v: %w", err, errFallBack)
	}
	if p, ok := img.(*image.Paletted); ok {
		p.Palette = append(color.Palette(nil), p.Palette...)
	}
	return img, nil
}

// wholeImage returns the w×h image of row's type whose rows pngrows
// converts into pix, with row's stride (image/png's).
func wholeImage(row image.Image, pix []byte, w, h int) image.Image {
	r := image.Rect(0, 0, w, h)
	switch m := row.(type) {
	case *image.Gray:
		return &image.Gray{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.Gray16:
		return &image.Gray16{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.RGBA:
		return &image.RGBA{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.NRGBA:
		return &image.NRGBA{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.RGBA64:
		return &image.RGBA64{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.NRGBA64:
		return &image.NRGBA64{Pix: pix, Stride: m.Stride, Rect: r}
	case *image.Paletted:
		return &image.Paletted{Pix: pix, Stride: m.Stride, Rect: r}
	}
	panic(fmt.Sprintf("measure: png row of type %T", row))
}

// newLike returns a w×h image of strip's type (and subsampling), or nil for
// a type the strip decoders do not make.
func newLike(strip image.Image, w, h int) image.Image {
	r := image.Rect(0, 0, w, h)
	switch s := strip.(type) {
	case *image.YCbCr:
		return image.NewYCbCr(r, s.SubsampleRatio)
	case *image.Gray:
		return image.NewGray(r)
	case *image.Gray16:
		return image.NewGray16(r)
	case *image.RGBA:
		return image.NewRGBA(r)
	case *image.NRGBA:
		return image.NewNRGBA(r)
	case *image.RGBA64:
		return image.NewRGBA64(r)
	case *image.NRGBA64:
		return image.NewNRGBA64(r)
	case *image.Paletted:
		return image.NewPaletted(r, nil)
	}
	return nil
}

// copyStrip copies the rows of strip (of dst's type, inside its bounds)
// into dst. A strip of another type or place panics: a bug, not input.
func copyStrip(dst, strip image.Image) {
	b := strip.Bounds().Intersect(dst.Bounds())
	if b.Empty() {
		return
	}
	pix := func(img image.Image) (pix []byte, stride, off, bpp int) {
		switch m := img.(type) {
		case *image.Gray:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 1
		case *image.Paletted:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 1
		case *image.Gray16:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 2
		case *image.RGBA:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 4
		case *image.NRGBA:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 4
		case *image.RGBA64:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 8
		case *image.NRGBA64:
			return m.Pix, m.Stride, m.PixOffset(b.Min.X, b.Min.Y), 8
		}
		panic(fmt.Sprintf("measure: strip of type %T", img))
	}
	if d, ok := dst.(*image.YCbCr); ok {
		s := strip.(*image.YCbCr)
		last := -1 // the chroma row last copied: at 4:2:0 and 4:4:0, two rows share one
		for y := b.Min.Y; y < b.Max.Y; y++ {
			copy(d.Y[d.YOffset(b.Min.X, y):][:b.Dx()], s.Y[s.YOffset(b.Min.X, y):][:b.Dx()])
			d0, s0 := d.COffset(b.Min.X, y), s.COffset(b.Min.X, y)
			if d0 == last {
				continue
			}
			last = d0
			n := d.COffset(b.Max.X-1, y) - d0 + 1
			copy(d.Cb[d0:][:n], s.Cb[s0:][:n])
			copy(d.Cr[d0:][:n], s.Cr[s0:][:n])
		}
		return
	}
	dp, ds, do, _ := pix(dst)
	sp, ss, so, bpp := pix(strip)
	n := b.Dx() * bpp
	for y := 0; y < b.Dy(); y++ {
		copy(dp[do+y*ds:][:n], sp[so+y*ss:][:n])
	}
}
