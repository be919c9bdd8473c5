package check

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
)

// writeMaskPNG writes a mask as an 8-bit PNG (RGB when it is opaque,
// RGBA otherwise, as image/png chooses), every row with the Up filter and
// zlib's fastest level. image/png tries the five filters on every row to
// keep the smallest, which is most of the cost of a mask (three times the
// rest of writing it on the JPEG wallpapers); a mask's rows are flat grey
// where the image is on palette and copied pixels elsewhere, and Up gives
// files of about the same size.
func writeMaskPNG(w io.Writer, m *image.NRGBA) error {
	b := m.Bounds()
	width, height := b.Dx(), b.Dy()
	opaque := m.Opaque()
	bpp := 4
	colourType := byte(6)
	if opaque {
		bpp, colourType = 3, 2
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, colourType // depth; compression, filter and interlace methods 0
	if err := writeChunk(bw, "IHDR", ihdr[:]); err != nil {
		return err
	}
	idat := &chunkWriter{w: bw, name: "IDAT"}
	z, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	prev := make([]byte, 1+bpp*width) // the row above, unfiltered; zero above the first
	cur := make([]byte, 1+bpp*width)
	out := make([]byte, 1+bpp*width)
	out[0] = 2 // Up
	for y := range height {
		row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:4*width]
		if opaque {
			for x := range width {
				copy(cur[1+3*x:1+3*x+3], row[4*x:4*x+3])
			}
		} else {
			copy(cur[1:], row)
		}
		for i := 1; i < len(cur); i++ {
			out[i] = cur[i] - prev[i]
		}
		if _, err := z.Write(out); err != nil {
			return err
		}
		prev, cur = cur, prev
	}
	if err := z.Close(); err != nil {
		return err
	}
	if err := idat.flush(); err != nil {
		return err
	}
	if err := writeChunk(bw, "IEND", nil); err != nil {
		return err
	}
	return bw.Flush()
}

// writeChunk writes one PNG chunk: length, name, data, CRC of name and data.
func writeChunk(w io.Writer, name string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, p := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// chunkWriter cuts what is written to it into chunks of up to 64 KiB.
type chunkWriter struct {
	w    io.Writer
	name string
	buf  []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if c.buf == nil {
			c.buf = make([]byte, 0, 64<<10)
		}
		k := min(len(p), cap(c.buf)-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == cap(c.buf) {
			if err := c.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	err := writeChunk(c.w, c.name, c.buf)
	c.buf = c.buf[:0]
	return err
}
