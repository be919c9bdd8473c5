// Package imagefiletest writes hostile images for tests of image decoding:
// small files that cost a decoder far more time or memory than their size
// suggests, and valid files that naive decoders refuse. They are built from
// the file format specifications, byte by byte, so that no encoder's good
// manners hide the case.
//
// Files:
//   - ProgressiveJPEG: a progressive JPEG (ITU-T T.81 Annex G) whose scans
//     code every block with the fewest bits (DC difference 0, AC end-of-band
//     runs), repeating the first AC scan as often as asked: a scan bomb with
//     many repeats, a memory bomb with 4 components (CMYK) and many pixels.
//   - PNG16: a 16-bit RGBA PNG of one colour, a few hundred bytes per
//     megapixel once compressed, 8 bytes per pixel once decoded.
//   - GIFFrame: a GIF whose first frame is smaller than the logical screen
//     and offset in it (GIF89a § 18, § 20).
package imagefiletest

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
)

// bitWriter writes entropy-coded JPEG data, most significant bit first, with
// a 00 stuffed after every FF byte (T.81 § F.1.2.3).
type bitWriter struct {
	out   *bytes.Buffer
	acc   uint32
	nbits uint
}

func (w *bitWriter) write(code uint32, n uint) {
	for i := int(n) - 1; i >= 0; i-- {
		w.acc = w.acc<<1 | code>>uint(i)&1
		w.nbits++
		if w.nbits == 8 {
			b := byte(w.acc)
			w.out.WriteByte(b)
			if b == 0xFF {
				w.out.WriteByte(0)
			}
			w.acc, w.nbits = 0, 0
		}
	}
}

// flush pads the last byte with 1 bits.
func (w *bitWriter) flush() {
	if w.nbits > 0 {
		w.write(0xFF, 8-w.nbits)
	}
}

func segment(b *bytes.Buffer, marker byte, data []byte) {
	b.Write([]byte{0xFF, marker})
	binary.Write(b, binary.BigEndian, uint16(len(data)+2))
	b.Write(data)
}

// ProgressiveJPEG returns a progressive JPEG of width×height pixels with
// components components (1 grey, 3 YCbCr, 4 CMYK with an Adobe marker), all
// sampled 1×1: one DC scan coding every block's DC difference as 0, then
// acScans first-pass AC scans of band 1–63 of component 0 coding every block
// as part of end-of-band runs. Each AC scan costs a few bits per 32767
// blocks in the file and a pass over every block in the decoder.
func ProgressiveJPEG(width, height, components, acScans int) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xD8})
	if components == 4 {
		// Adobe APP14, transform 0: CMYK as is.
		segment(&b, 0xEE, []byte{'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0})
	}
	// One quantisation table of ones.
	dqt := make([]byte, 65)
	for i := 1; i < 65; i++ {
		dqt[i] = 1
	}
	segment(&b, 0xDB, dqt)
	// SOF2: precision 8, size, components with id i+1, sampling 1×1, table 0.
	sof := []byte{8, byte(height >> 8), byte(height), byte(width >> 8), byte(width), byte(components)}
	for i := range components {
		sof = append(sof, byte(i+1), 0x11, 0)
	}
	segment(&b, 0xC2, sof)
	// DHT: DC table 0 and AC table 0, each with one code of length 1 ("0"):
	// DC symbol 0 (difference 0), AC symbol 0xE0 (EOBRUN of 2^14 + 14 bits).
	counts := make([]byte, 16)
	counts[0] = 1
	segment(&b, 0xC4, append(append([]byte{0x00}, counts...), 0x00))
	segment(&b, 0xC4, append(append([]byte{0x10}, counts...), 0xE0))
	blocks := ((width + 7) / 8) * ((height + 7) / 8)
	// The DC scan, interleaved: every block of every component is one "0".
	sos := []byte{byte(components)}
	for i := range components {
		sos = append(sos, byte(i+1), 0x00)
	}
	sos = append(sos, 0, 0, 0)
	segment(&b, 0xDA, sos)
	w := &bitWriter{out: &b}
	for range blocks * components {
		w.write(0, 1)
	}
	w.flush()
	for range acScans {
		segment(&b, 0xDA, []byte{1, 1, 0x00, 1, 63, 0})
		w := &bitWriter{out: &b}
		for left := blocks; left > 0; {
			run := min(left, 32767)
			// Symbol 0xE0, then 14 bits: a run of 2^14 + bits blocks. A
			// last run shorter than 2^14 overshoots the scan, which decoders
			// allow (the run simply outlasts the blocks).
			w.write(0, 1)
			w.write(uint32(max(run, 1<<14)-1<<14), 14)
			left -= run
		}
		w.flush()
	}
	b.Write([]byte{0xFF, 0xD9})
	return b.Bytes()
}

// PNG16 returns a width×height 16-bit RGBA PNG (colour type 6, depth 16) of
// one opaque colour.
func PNG16(width, height int, c color.RGBA64) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		b.WriteString(typ)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, crc.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 16, 6
	chunk("IHDR", ihdr)
	row := make([]byte, 1+8*width)
	for x := range width {
		binary.BigEndian.PutUint16(row[1+8*x:], c.R)
		binary.BigEndian.PutUint16(row[3+8*x:], c.G)
		binary.BigEndian.PutUint16(row[5+8*x:], c.B)
		binary.BigEndian.PutUint16(row[7+8*x:], c.A)
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	for range height {
		zw.Write(row)
	}
	zw.Close()
	chunk("IDAT", z.Bytes())
	chunk("IEND", nil)
	return b.Bytes()
}

// GIFFrame returns a GIF with a screenW×screenH logical screen whose only
// frame is frame, placed at frame.Bounds() within the screen.
func GIFFrame(screenW, screenH int, frame *image.Paletted) []byte {
	var b bytes.Buffer
	gif.EncodeAll(&b, &gif.GIF{Image: []*image.Paletted{frame}, Delay: []int{0},
		Config: image.Config{ColorModel: frame.Palette, Width: screenW, Height: screenH}})
	return b.Bytes()
}
