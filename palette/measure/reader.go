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
	"io/fs"
	"slices"
	"sync"

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
	// Buffers, when not nil, lends Decode its memory (see Buffers): the
	// image Decode returns lives in it, until the next Decode with the
	// same Buffers overwrites it. nil: fresh memory for every image.
	// MeasureReader, which does not hand the image out, uses a pooled
	// Buffers of its own when this is nil.
	Buffers *Buffers
}

// Buffers is memory that Decode reuses from one image to the next: the
// bytes of the file, the pixels of the image it returns and the JPEG
// decoder's buffers (a progressive file's coefficients). A fresh image
// costs the allocation, the zeroing and the page faults of its memory (on
// 12 PNG wallpapers, 198 MB and a tenth of the CPU time of measuring them);
// a goroutine that decodes one image after another, as a worker of hueprint
// check does, keeps one Buffers and pays them once, for its largest image.
//
// The image Decode returns with a Buffers is valid only until the next
// Decode with the same Buffers, which overwrites its pixels: a caller that
// keeps an image (a mask, a thumbnail written later) copies it, or decodes
// it without Buffers. Reused memory is not cleared: on every path that
// builds the image in it, each pixel is written, or the image is
// discarded (an error, or a file handed to the standard decoders).
//
// A Buffers holds the memory of its largest image until Release. The zero
// value is ready to use; a Buffers is not safe for concurrent use.
type Buffers struct {
	file []byte        // the file's bytes (JPEG and PNG)
	pix  []byte        // the image's pixels: Pix, or Y, Cb and Cr in turn
	br   *bufio.Reader // reset onto each reader
	jpeg jpeg.Memory   // the JPEG decoder's coefficients and strips
}

// Size returns the bytes of memory b holds.
func (b *Buffers) Size() int64 {
	n := int64(cap(b.file)) + int64(cap(b.pix)) + b.jpeg.Size()
	if b.br != nil {
		n += int64(b.br.Size())
	}
	return n
}

// Release drops the memory b holds, for the garbage collector; b stays
// usable. Images decoded with b before keep theirs (they hold it).
func (b *Buffers) Release() { *b = Buffers{} }

// jpegMemory returns the JPEG decoder's memory in b, nil when b is nil.
func (b *Buffers) jpegMemory() *jpeg.Memory {
	if b == nil {
		return nil
	}
	return &b.jpeg
}

// bytes returns n bytes of pixel memory, not cleared when reused: b's, or
// fresh ones when b is nil.
func (b *Buffers) bytes(n int) []byte {
	if b == nil {
		return make([]byte, n)
	}
	if cap(b.pix) < n {
		b.pix = nil // the old memory can go before the new is made
		b.pix = make([]byte, n)
	}
	return b.pix[:n]
}

// reader returns r buffered: b's bufio.Reader reset onto r, or a new one.
func (b *Buffers) reader(r io.Reader) *bufio.Reader {
	if b == nil {
		return bufio.NewReaderSize(r, 64<<10)
	}
	if b.br == nil {
		b.br = bufio.NewReaderSize(r, 64<<10)
	} else {
		b.br.Reset(r)
	}
	return b.br
}

// readFile reads r to its end, or to limit+1 bytes, into b's file memory (or
// fresh memory when b is nil); hint, when positive, is the size expected,
// so that the first read of a file allocates once.
func (b *Buffers) readFile(r io.Reader, limit, hint int64) ([]byte, error) {
	var buf []byte
	if b != nil {
		buf = b.file[:0]
	}
	if hint > 0 && int64(cap(buf)) <= hint && hint <= limit {
		// One more byte than expected, so that reading stops at io.EOF
		// rather than growing the buffer to find it.
		buf = make([]byte, 0, hint+1)
	}
	r = io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, max(512, len(buf)))
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if b != nil && int64(len(buf)) <= limit {
		b.file = buf
	}
	return buf, nil
}

// sizeHint returns the bytes left to read from br, reading r, when r
// tells its size (a file, a bytes.Reader), else 0.
func sizeHint(r io.Reader, br *bufio.Reader) int64 {
	switch r := r.(type) {
	case interface{ Len() int }:
		return int64(r.Len() + br.Buffered())
	case interface{ Stat() (fs.FileInfo, error) }:
		// The whole file: more than is left when r was read before.
		if fi, err := r.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

// pooled holds the Buffers of MeasureReader calls that were given none.
// MeasureReader measures its image and drops it, so the memory can serve
// the next call; Buffers past maxPooled go to the garbage collector, and
// sync.Pool lets idle ones go too.
var pooled sync.Pool

// maxPooled bounds the memory a pooled Buffers keeps: a 16-megapixel RGBA
// PNG, a 40-megapixel 4:2:0 JPEG and their files.
const maxPooled = 96 << 20

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
//
// Without ReadOptions.Buffers, the file and pixel memory comes from a pool
// shared by MeasureReader calls (at most 96 MB kept per call in flight).
func (m *Measurer) MeasureReader(r io.Reader, o ReadOptions) (res Result, format string, err error) {
	if o.Buffers == nil {
		b, _ := pooled.Get().(*Buffers)
		if b == nil {
			b = new(Buffers)
		}
		defer func() {
			if b.Size() <= maxPooled {
				pooled.Put(b)
			}
		}()
		o.Buffers = b
	}
	img, format, err := Decode(r, o)
	if err != nil {
		return Result{}, format, err
	}
	return m.Measure(img), format, nil
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
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = o.Buffers.reader(r)
	}
	var in io.Reader = br
	head, _ := br.Peek(len(pngSignature))
	isJPEG := len(head) >= 2 && head[0] == 0xff && head[1] == 0xd8
	isPNG := string(head) == pngSignature
	if !o.FullDecode && (isJPEG || isPNG) {
		data, err := o.Buffers.readFile(br, maxStreamBytes, sizeHint(r, br))
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
				img, err = decodeJPEG(ctx, data, h, o.MaxMemory, o.Resolution.Scale(), o.Buffers)
			case "png":
				img, err = decodePNG(ctx, data, h, o.Buffers)
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
// out as image/jpeg's (planes padded to whole MCUs), in b's memory, scaled
// down by scale (1, 2, 4 or 8): the blocks are decoded straight into it
// (jpeg.Options.Pix), without a copy. An error wrapping
// jpeg.ErrUnsupported means "use image/jpeg".
func decodeJPEG(ctx context.Context, data []byte, h *imagefile.Header, maxMemory int64, scale int, b *Buffers) (img image.Image, err error) {
	defer catchStop(&err)
	o := jpeg.Options{MaxPixels: int64(h.Width) * int64(h.Height), MaxMemory: maxMemory, Scale: scale, Memory: b.jpegMemory(), Pix: b.bytes}
	f, err := jpeg.Decode(data, o, func(image.Image) { checkContext(ctx, "jpeg") })
	if err != nil {
		if errors.Is(err, jpeg.ErrLimit) {
			return nil, fmt.Errorf("imagefile: %w", err)
		}
		return nil, err
	}
	if f.Width != h.Width || f.Height != h.Height || f.Image == nil {
		return nil, fmt.Errorf("measure: jpeg: frame %dx%d, header said %dx%d: %w", f.Width, f.Height, h.Width, h.Height, jpeg.ErrUnsupported)
	}
	return f.Image, nil
}

// errFallBack is wrapped by decodePNG's errors that mean "decode it with
// image/png", which gives the authoritative error or image.
var errFallBack = errors.New("use the standard decoder")

// decodePNG decodes a PNG file row by row into an image of the type
// image/png returns, in b's memory: the rows are converted straight into
// it (pngrows.DecodeInto), without a copy.
func decodePNG(ctx context.Context, data []byte, h *imagefile.Header, b *Buffers) (img image.Image, err error) {
	defer catchStop(&err)
	var pix []byte
	_, err = pngrows.DecodeInto(bytes.NewReader(data), func(n int) []byte {
		pix = b.bytes(n)
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
// converts into pix.
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
