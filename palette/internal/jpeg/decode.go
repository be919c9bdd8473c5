package jpeg

import (
	"errors"
	"fmt"
	"image"
)

// DefaultMaxScans is the scan limit when Options.MaxScans is 0. Encoders
// write one scan (sequential) or a few (libjpeg's progressive script: 10
// for YCbCr, 6 for greyscale, jpeg_simple_progression in jcparam.c); a
// file with hundreds of scans is an attack that makes the decoder walk
// every block again for each.
const DefaultMaxScans = 128

// ErrUnsupported is wrapped by every error that means "decode this with
// image/jpeg instead": a feature this package leaves out or a stream it
// finds malformed (image/jpeg then gives the authoritative error).
var ErrUnsupported = errors.New("use image/jpeg")

// ErrLimit is wrapped by errors for inputs over a limit of Options; such an
// input must be refused, not handed to another decoder.
var ErrLimit = errors.New("over a limit")

// ErrTooManyScans is returned for a file with more scans than
// Options.MaxScans; it wraps ErrLimit.
var ErrTooManyScans = fmt.Errorf("jpeg: too many scans: %w", ErrLimit)

func errUnsupported(what string) error {
	return fmt.Errorf("jpeg: unsupported %s: %w", what, ErrUnsupported)
}
func errFormat(what string) error { return fmt.Errorf("jpeg: %s: %w", what, ErrUnsupported) }

var errShort = errFormat("unexpected end of data")

// Options limits Decode. The zero value means the defaults.
type Options struct {
	MaxPixels int64 // refuse larger frames (ErrLimit); 0 means no limit
	MaxScans  int   // refuse files with more scans (ErrTooManyScans); 0 means DefaultMaxScans
	MaxMemory int64 // refuse frames whose buffers (MemoryEstimate) exceed this many bytes (ErrLimit); 0 means no limit
	// Scale decodes the image at 1/Scale of its width and height: 1, 2, 4
	// or 8; 0 means 1. Each 8×8 block becomes 8/Scale × 8/Scale samples
	// through a reduced inverse DCT (see idctScaled), after the same
	// entropy decoding, so errors and limits are those of Scale 1.
	Scale int
}

// Frame describes a decoded image.
type Frame struct {
	Width, Height int
	Gray          bool                      // strips are *image.Gray, else *image.YCbCr
	Ratio         image.YCbCrSubsampleRatio // chroma subsampling when not Gray
	Progressive   bool                      // progressive (SOF2) rather than sequential
	Scans         int                       // number of scans read
	Memory        int64                     // bytes of pixel and coefficient buffers used
	Scale         int                       // 1, 2, 4 or 8: the strips are 1/Scale of Width and Height (Bounds)
}

// Bounds returns the rectangle the strips cover: the frame divided by
// Scale, rounded up, as libjpeg's jdiv_round_up sizes a scaled output.
func (f Frame) Bounds() image.Rectangle {
	s := max(f.Scale, 1)
	return image.Rect(0, 0, (f.Width+s-1)/s, (f.Height+s-1)/s)
}

type component struct {
	h, v  int      // sampling factors
	id    uint8    // component identifier
	tq    uint8    // quantization table
	coefs []int16  // progressive: 64 per block, zig-zag order (the DC term in dc)
	dc    []int16  // progressive: the DC term of each block
	nz    []uint64 // progressive: per block, bit k set when AC term k (zig-zag) is non-zero
}

type decoder struct {
	data []byte
	pos  int
	opt  Options

	width, height int
	nComp         int
	comp          [3]component
	baseline      bool
	progressive   bool
	jfif          bool
	adobeValid    bool
	adobeXform    uint8
	ri            int
	eobRun        uint16
	scans         int
	done          bool // a sequential frame was decoded and emitted

	huff  [2][4]huffman
	quant [4][64]int32 // natural order

	mxx, myy int
	scale    int       // Options.Scale, 1 to 8
	bs       int       // samples per block side: 8/scale
	strip    [3][]byte // one MCU row per component
	stride   [3]int
	memory   int64
	emit     func(image.Image)
}

// unzig maps zig-zag order to natural order.
var unzig = [64]uint8{
	0, 1, 8, 16, 9, 2, 3, 10,
	17, 24, 32, 25, 18, 11, 4, 5,
	12, 19, 26, 33, 40, 48, 41, 34,
	27, 20, 13, 6, 7, 14, 21, 28,
	35, 42, 49, 56, 57, 50, 43, 36,
	29, 22, 15, 23, 30, 37, 44, 51,
	58, 59, 52, 45, 38, 31, 39, 46,
	53, 60, 61, 54, 47, 55, 62, 63,
}

// Decode decodes the JPEG image in data, calling emit with consecutive
// horizontal strips of the image from top to bottom (one MCU row each: 8 or
// 16 rows, fewer at the bottom; 8/Options.Scale or 16/Options.Scale when
// scaled), each an *image.YCbCr or *image.Gray whose Rect gives its place
// in the image (Frame.Bounds). A strip's pixels are valid only during
// the call. On error, strips already emitted must be discarded.
func Decode(data []byte, o Options, emit func(image.Image)) (Frame, error) {
	if o.MaxScans <= 0 {
		o.MaxScans = DefaultMaxScans
	}
	if o.Scale == 0 {
		o.Scale = 1
	}
	if o.Scale != 1 && o.Scale != 2 && o.Scale != 4 && o.Scale != 8 {
		return Frame{}, fmt.Errorf("jpeg: scale %d, want 1, 2, 4 or 8", o.Scale)
	}
	d := &decoder{data: data, opt: o, emit: emit, scale: o.Scale, bs: 8 / o.Scale}
	if err := d.decode(); err != nil {
		return Frame{}, err
	}
	f := Frame{Width: d.width, Height: d.height, Gray: d.nComp == 1, Progressive: d.progressive, Scans: d.scans, Memory: d.memory, Scale: d.scale}
	if !f.Gray {
		f.Ratio = d.ratio()
	}
	return f, nil
}

func (d *decoder) read(n int) ([]byte, error) {
	if n < 0 || d.pos+n > len(d.data) {
		return nil, errShort
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *decoder) readByte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, errShort
	}
	d.pos++
	return d.data[d.pos-1], nil
}

// decode walks the markers as image/jpeg's decoder does, accepting and
// refusing the same things.
func (d *decoder) decode() error {
	b, err := d.read(2)
	if err != nil {
		return err
	}
	if b[0] != 0xff || b[1] != 0xd8 {
		return errFormat("missing SOI marker")
	}
	for {
		b, err := d.read(2)
		if err != nil {
			return err
		}
		m0, marker := b[0], b[1]
		for m0 != 0xff {
			// Extraneous data, skipped as image/jpeg and libjpeg do.
			m0 = marker
			if marker, err = d.readByte(); err != nil {
				return err
			}
		}
		if marker == 0 {
			continue
		}
		for marker == 0xff {
			if marker, err = d.readByte(); err != nil {
				return err
			}
		}
		if marker == 0xd9 { // EOI
			break
		}
		if 0xd0 <= marker && marker <= 0xd7 { // a stray RST: ignored
			continue
		}
		b, err = d.read(2)
		if err != nil {
			return err
		}
		n := int(b[0])<<8 + int(b[1]) - 2
		if n < 0 {
			return errFormat("short segment length")
		}
		switch marker {
		case 0xc0, 0xc1, 0xc2:
			d.baseline = marker == 0xc0
			d.progressive = marker == 0xc2
			err = d.processSOF(n)
		case 0xc4:
			err = d.processDHT(n)
		case 0xdb:
			err = d.processDQT(n)
		case 0xda:
			err = d.processSOS(n)
		case 0xdd:
			err = d.processDRI(n)
		case 0xe0:
			err = d.processApp0(n)
		case 0xee:
			err = d.processApp14(n)
		default:
			if 0xe0 <= marker && marker <= 0xef || marker == 0xfe {
				_, err = d.read(n)
			} else {
				err = errUnsupported(fmt.Sprintf("marker 0x%02x", marker))
			}
		}
		if err != nil {
			return err
		}
	}
	if d.nComp == 0 || d.scans == 0 {
		return errFormat("missing SOS marker")
	}
	if d.isRGB() {
		// An Adobe segment after the scans: image/jpeg decides at the end.
		return errUnsupported("RGB JPEG")
	}
	if d.progressive {
		return d.reconstruct()
	}
	if !d.done {
		return errFormat("incomplete sequential frame")
	}
	return nil
}

func (d *decoder) processSOF(n int) error {
	if d.nComp != 0 {
		return errFormat("multiple SOF markers")
	}
	switch n {
	case 6 + 3*1:
		d.nComp = 1
	case 6 + 3*3:
		d.nComp = 3
	default:
		return errUnsupported("number of components")
	}
	b, err := d.read(n)
	if err != nil {
		return err
	}
	if b[0] != 8 {
		return errUnsupported("precision")
	}
	d.height = int(b[1])<<8 + int(b[2])
	d.width = int(b[3])<<8 + int(b[4])
	if int(b[5]) != d.nComp {
		return errFormat("SOF has wrong length")
	}
	if d.width == 0 || d.height == 0 {
		return errUnsupported("empty frame or DNL marker")
	}
	if d.opt.MaxPixels > 0 && int64(d.width)*int64(d.height) > d.opt.MaxPixels {
		return fmt.Errorf("jpeg: %dx%d is over the limit of %d pixels: %w", d.width, d.height, d.opt.MaxPixels, ErrLimit)
	}
	for i := 0; i < d.nComp; i++ {
		c := &d.comp[i]
		c.id = b[6+3*i]
		for j := 0; j < i; j++ {
			if c.id == d.comp[j].id {
				return errFormat("repeated component identifier")
			}
		}
		c.tq = b[8+3*i]
		if c.tq > 3 {
			return errFormat("bad Tq value")
		}
		hv := b[7+3*i]
		h, v := int(hv>>4), int(hv&15)
		if h < 1 || 4 < h || v < 1 || 4 < v || h == 3 || v == 3 {
			return errUnsupported("sampling factors")
		}
		if d.nComp == 1 {
			h, v = 1, 1 // section A.2: one component is never interleaved
		} else {
			switch i {
			case 0:
				if v == 4 {
					return errUnsupported("sampling factors")
				}
			case 1:
				if d.comp[0].h%h != 0 || d.comp[0].v%v != 0 {
					return errUnsupported("sampling factors")
				}
			case 2:
				if d.comp[1].h != h || d.comp[1].v != v {
					return errUnsupported("sampling factors")
				}
			}
		}
		c.h, c.v = h, v
	}
	if d.opt.MaxMemory > 0 {
		var hs, vs []int
		for i := 0; i < d.nComp; i++ {
			hs, vs = append(hs, d.comp[i].h), append(vs, d.comp[i].v)
		}
		if m := MemoryEstimate(d.width, d.height, hs, vs, d.progressive); m > d.opt.MaxMemory {
			return fmt.Errorf("jpeg: %dx%d needs %d bytes of buffers, over the limit of %d: %w", d.width, d.height, m, d.opt.MaxMemory, ErrLimit)
		}
	}
	h0, v0 := d.comp[0].h, d.comp[0].v
	d.mxx = (d.width + 8*h0 - 1) / (8 * h0)
	d.myy = (d.height + 8*v0 - 1) / (8 * v0)
	return nil
}

func (d *decoder) ratio() image.YCbCrSubsampleRatio {
	switch (d.comp[0].h/d.comp[1].h)<<4 | d.comp[0].v/d.comp[1].v {
	case 0x12:
		return image.YCbCrSubsampleRatio440
	case 0x21:
		return image.YCbCrSubsampleRatio422
	case 0x22:
		return image.YCbCrSubsampleRatio420
	case 0x41:
		return image.YCbCrSubsampleRatio411
	case 0x42:
		return image.YCbCrSubsampleRatio410
	}
	return image.YCbCrSubsampleRatio444
}

func (d *decoder) processDQT(n int) error {
	for n > 0 {
		n--
		x, err := d.readByte()
		if err != nil {
			return err
		}
		tq := x & 15
		if tq > 3 {
			return errFormat("bad Tq value")
		}
		switch x >> 4 {
		case 0:
			if n < 64 {
				return errFormat("DQT has wrong length")
			}
			n -= 64
			b, err := d.read(64)
			if err != nil {
				return err
			}
			for i, z := range unzig {
				d.quant[tq][z] = int32(b[i])
			}
		case 1:
			if n < 128 {
				return errFormat("DQT has wrong length")
			}
			n -= 128
			b, err := d.read(128)
			if err != nil {
				return err
			}
			for i, z := range unzig {
				d.quant[tq][z] = int32(b[2*i])<<8 | int32(b[2*i+1])
			}
		default:
			return errFormat("bad Pq value")
		}
	}
	if n != 0 {
		return errFormat("DQT has wrong length")
	}
	return nil
}

func (d *decoder) processDHT(n int) error {
	for n > 0 {
		if n < 17 {
			return errFormat("DHT has wrong length")
		}
		b, err := d.read(17)
		if err != nil {
			return err
		}
		tc, th := b[0]>>4, b[0]&15
		if tc > 1 {
			return errFormat("bad Tc value")
		}
		if th > 3 || (d.baseline && th > 1) {
			return errFormat("bad Th value")
		}
		var counts [16]uint8
		total := 0
		for i := range counts {
			counts[i] = b[1+i]
			total += int(b[1+i])
		}
		if total == 0 || total > 256 {
			return errFormat("bad Huffman table length")
		}
		n -= 17 + total
		if n < 0 {
			return errFormat("DHT has wrong length")
		}
		vals, err := d.read(total)
		if err != nil {
			return err
		}
		h := &d.huff[tc][th]
		if err := h.build(&counts, vals); err != nil {
			return err
		}
		if tc == 1 {
			h.buildFastAC()
			h.buildPairAC()
		} else {
			h.buildFastDC()
		}
	}
	return nil
}

func (d *decoder) processDRI(n int) error {
	if n != 2 {
		return errFormat("DRI has wrong length")
	}
	b, err := d.read(2)
	if err != nil {
		return err
	}
	d.ri = int(b[0])<<8 + int(b[1])
	return nil
}

func (d *decoder) processApp0(n int) error {
	if n < 5 {
		_, err := d.read(n)
		return err
	}
	b, err := d.read(n)
	if err != nil {
		return err
	}
	d.jfif = string(b[:5]) == "JFIF\x00"
	return nil
}

func (d *decoder) processApp14(n int) error {
	if n < 12 {
		_, err := d.read(n)
		return err
	}
	b, err := d.read(n)
	if err != nil {
		return err
	}
	if string(b[:5]) == "Adobe" {
		d.adobeValid = true
		d.adobeXform = b[11]
	}
	return nil
}

// isRGB mirrors image/jpeg: such files come out as RGBA, not YCbCr.
func (d *decoder) isRGB() bool {
	if d.nComp != 3 || d.jfif {
		return false
	}
	if d.adobeValid && d.adobeXform == 0 {
		return true
	}
	return d.comp[0].id == 'R' && d.comp[1].id == 'G' && d.comp[2].id == 'B'
}

// allocStrips makes the MCU-row buffers.
func (d *decoder) allocStrips() {
	if d.strip[0] != nil {
		return
	}
	for i := 0; i < d.nComp; i++ {
		c := &d.comp[i]
		d.stride[i] = d.bs * c.h * d.mxx
		d.strip[i] = make([]byte, d.stride[i]*d.bs*c.v)
		d.memory += int64(len(d.strip[i]))
	}
}

// emitRow hands MCU row my to the caller.
func (d *decoder) emitRow(my int) {
	mcuH := d.bs * d.comp[0].v
	w, h := (d.width+d.scale-1)/d.scale, (d.height+d.scale-1)/d.scale
	r := image.Rect(0, my*mcuH, w, min((my+1)*mcuH, h))
	if d.nComp == 1 {
		d.emit(&image.Gray{Pix: d.strip[0], Stride: d.stride[0], Rect: r})
		return
	}
	d.emit(&image.YCbCr{Y: d.strip[0], Cb: d.strip[1], Cr: d.strip[2], YStride: d.stride[0], CStride: d.stride[1],
		SubsampleRatio: d.ratio(), Rect: r})
}
