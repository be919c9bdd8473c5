package report

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"os"

	"golang.org/x/image/draw"
)

// ThumbMax is the largest side of a report thumbnail, in pixels.
const ThumbMax = 320

// WriteThumb writes a JPEG thumbnail of img to path, at most ThumbMax
// pixels a side, and returns its size.
// Images at least twice that size are reduced by an integer factor with a
// box filter (an exact area average, read from the image as decoded: no
// full-size copy); smaller ones are scaled with Catmull-Rom. Neither
// aliases as point sampling would. Transparent areas show on white.
func WriteThumb(img image.Image, path string) (w, h int, err error) {
	b := img.Bounds()
	var thumb image.Image
	if k := (max(b.Dx(), b.Dy()) + ThumbMax - 1) / ThumbMax; k >= 2 && b.Dx() >= k && b.Dy() >= k {
		// An exact area average over k×k blocks: no interpolation needed.
		thumb = boxShrink(img, k)
	} else {
		scale := math.Min(1, float64(ThumbMax)/float64(max(b.Dx(), b.Dy())))
		w, h = max(1, int(math.Round(float64(b.Dx())*scale))), max(1, int(math.Round(float64(b.Dy())*scale)))
		dst := image.NewRGBA(image.Rect(0, 0, w, h))
		draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
		// Transparent areas show on white, as on a page.
		flat := image.NewRGBA(dst.Bounds())
		draw.Draw(flat, flat.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(flat, flat.Bounds(), dst, image.Point{}, draw.Over)
		thumb = flat
	}
	w, h = thumb.Bounds().Dx(), thumb.Bounds().Dy()
	// Thumbnails are written directly: they are only read through
	// index.html, which is written atomically once they all exist.
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, thumb, &jpeg.Options{Quality: 82}); err != nil {
		return 0, 0, err
	}
	return w, h, os.WriteFile(path, buf.Bytes(), 0o644)
}

// boxShrink averages the k×k blocks of img (its width and height divided
// by k, the remainder dropped) into an opaque image, colour weighted by
// alpha and composed over white. It reads the pixel arrays of the types
// the decoders return in place, one pass over the image, memory of one
// thumbnail row of sums: a full-size conversion to RGBA would cost as much
// CPU as the average and as much memory as the image. Other types are
// converted one row at a time.
func boxShrink(img image.Image, k int) *image.RGBA {
	b := img.Bounds()
	w, h := b.Dx()/k, b.Dy()/k
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	if im, ok := img.(*image.YCbCr); ok && k <= maxColSumRows {
		shrinkYCbCr(im, out, k)
		return out
	}
	s := blockSums{r: make([]uint64, w), g: make([]uint64, w), b: make([]uint64, w), a: make([]uint64, w)}
	// add adds source row y (absolute) to the sums; colourMax and alphaMax
	// are a pixel's largest colour and alpha terms.
	var add func(y int)
	var colourMax, alphaMax float64
	gray := false
	switch im := img.(type) {
	case *image.Gray:
		gray, colourMax = true, 255
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:w*k]
			for x := range w {
				var v uint64
				for _, p := range row[x*k : x*k+k] {
					v += uint64(p)
				}
				s.r[x] += v
			}
		}
	case *image.Gray16:
		gray, colourMax = true, 0xffff
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:2*w*k]
			for x := range w {
				var v uint64
				for i := 2 * x * k; i < 2*(x*k+k); i += 2 {
					v += uint64(row[i])<<8 | uint64(row[i+1])
				}
				s.r[x] += v
			}
		}
	case *image.RGBA:
		colourMax, alphaMax = 255, 255
		add = func(y int) { s.addRGBA(im.Pix[im.PixOffset(b.Min.X, y):][:4*w*k], k) }
	case *image.NRGBA:
		colourMax, alphaMax = 255*255, 255
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:4*w*k]
			for x := range w {
				var r, g, bl, a uint64
				for i := 4 * x * k; i < 4*(x*k+k); i += 4 {
					p := row[i : i+4 : i+4]
					pa := uint64(p[3])
					r, g, bl, a = r+uint64(p[0])*pa, g+uint64(p[1])*pa, bl+uint64(p[2])*pa, a+pa
				}
				s.r[x], s.g[x], s.b[x], s.a[x] = s.r[x]+r, s.g[x]+g, s.b[x]+bl, s.a[x]+a
			}
		}
	case *image.RGBA64:
		colourMax, alphaMax = 0xffff, 0xffff
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:8*w*k]
			for x := range w {
				var r, g, bl, a uint64
				for i := 8 * x * k; i < 8*(x*k+k); i += 8 {
					p := row[i : i+8 : i+8]
					r += uint64(p[0])<<8 | uint64(p[1])
					g += uint64(p[2])<<8 | uint64(p[3])
					bl += uint64(p[4])<<8 | uint64(p[5])
					a += uint64(p[6])<<8 | uint64(p[7])
				}
				s.r[x], s.g[x], s.b[x], s.a[x] = s.r[x]+r, s.g[x]+g, s.b[x]+bl, s.a[x]+a
			}
		}
	case *image.NRGBA64:
		colourMax, alphaMax = 0xffff*0xffff, 0xffff
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:8*w*k]
			for x := range w {
				var r, g, bl, a uint64
				for i := 8 * x * k; i < 8*(x*k+k); i += 8 {
					p := row[i : i+8 : i+8]
					pa := uint64(p[6])<<8 | uint64(p[7])
					r += (uint64(p[0])<<8 | uint64(p[1])) * pa
					g += (uint64(p[2])<<8 | uint64(p[3])) * pa
					bl += (uint64(p[4])<<8 | uint64(p[5])) * pa
					a += pa
				}
				s.r[x], s.g[x], s.b[x], s.a[x] = s.r[x]+r, s.g[x]+g, s.b[x]+bl, s.a[x]+a
			}
		}
	case *image.Paletted:
		// Premultiplied 16-bit colours by index; an index past the palette
		// is opaque black, as image/png reads it.
		var table [256][4]uint64
		for i := range table {
			c := color.Color(color.Black)
			if i < len(im.Palette) && im.Palette[i] != nil {
				c = im.Palette[i]
			}
			r, g, bl, a := c.RGBA()
			table[i] = [4]uint64{uint64(r), uint64(g), uint64(bl), uint64(a)}
		}
		colourMax, alphaMax = 0xffff, 0xffff
		add = func(y int) {
			row := im.Pix[im.PixOffset(b.Min.X, y):][:w*k]
			for x := range w {
				var r, g, bl, a uint64
				for _, p := range row[x*k : x*k+k] {
					t := &table[p]
					r, g, bl, a = r+t[0], g+t[1], bl+t[2], a+t[3]
				}
				s.r[x], s.g[x], s.b[x], s.a[x] = s.r[x]+r, s.g[x]+g, s.b[x]+bl, s.a[x]+a
			}
		}
	default:
		// CMYK, NYCbCrA and the rest: converted to RGBA a row at a time.
		strip := image.NewRGBA(image.Rect(0, 0, w*k, 1))
		colourMax, alphaMax = 255, 255
		add = func(y int) {
			draw.Draw(strip, strip.Bounds(), img, image.Pt(b.Min.X, y), draw.Src)
			s.addRGBA(strip.Pix, k)
		}
	}
	// 8-bit RGBA rows, and NRGBA rows where opaque (their colour is then
	// premultiplied already, times 255), are summed eight bytes at a time
	// first, as shrinkYCbCr does.
	var cs colSums
	var rows8 func(y int) []byte
	scale := uint64(1)
	if k <= maxColSumRows {
		switch im := img.(type) {
		case *image.RGBA:
			rows8 = func(y int) []byte { return im.Pix[im.PixOffset(b.Min.X, y):][:4*w*k] }
		case *image.NRGBA:
			rows8, scale = func(y int) []byte { return im.Pix[im.PixOffset(b.Min.X, y):][:4*w*k] }, 255
		}
		cs.reset(4 * w * k)
	}
	cols := make([]uint32, cs.n)
	const alphaBytes = 0xff000000_ff000000 // bytes 3 and 7 of a word
	n := float64(k * k)
	for y := range h {
		s.clear()
		summed := false
		if rows8 != nil {
			cs.clear()
			opaque := cs.addRows(k, func(dy int) []byte { return rows8(b.Min.Y + y*k + dy) })&alphaBytes == alphaBytes
			if summed = scale == 1 || opaque; summed {
				cs.unpack(cols)
				for x := range w {
					var r, g, bl, a uint64
					for i := 4 * x * k; i < 4*(x*k+k); i += 4 {
						c := cols[i : i+4 : i+4]
						r, g, bl, a = r+uint64(c[0]), g+uint64(c[1]), bl+uint64(c[2]), a+uint64(c[3])
					}
					s.r[x], s.g[x], s.b[x], s.a[x] = r*scale, g*scale, bl*scale, a
				}
			}
		}
		if !summed {
			for dy := range k {
				add(b.Min.Y + y*k + dy)
			}
		}
		px := out.Pix[out.PixOffset(0, y):][:4*w]
		for x := range w {
			p := px[4*x : 4*x+4 : 4*x+4]
			if gray {
				v := unit8(float64(s.r[x]) / (n * colourMax))
				p[0], p[1], p[2], p[3] = v, v, v, 0xff
				continue
			}
			// Over white: colour + (1 - alpha) × white, both averaged.
			white := n - float64(s.a[x])/alphaMax
			p[0] = unit8((float64(s.r[x])/colourMax + white) / n)
			p[1] = unit8((float64(s.g[x])/colourMax + white) / n)
			p[2] = unit8((float64(s.b[x])/colourMax + white) / n)
			p[3] = 0xff
		}
	}
	return out
}

// blockSums are the sums of the blocks of one output row, by column:
// colour premultiplied by alpha, and alpha.
type blockSums struct {
	r, g, b, a []uint64
}

// addRGBA adds a row of premultiplied 8-bit RGBA pixels, k per block, to
// the sums.
func (s *blockSums) addRGBA(row []byte, k int) {
	for x := range s.r {
		var r, g, bl, a uint64
		for i := 4 * x * k; i < 4*(x*k+k); i += 4 {
			p := row[i : i+4 : i+4]
			r, g, bl, a = r+uint64(p[0]), g+uint64(p[1]), bl+uint64(p[2]), a+uint64(p[3])
		}
		s.r[x], s.g[x], s.b[x], s.a[x] = s.r[x]+r, s.g[x]+g, s.b[x]+bl, s.a[x]+a
	}
}

func (s *blockSums) clear() {
	clear(s.r)
	clear(s.g)
	clear(s.b)
	clear(s.a)
}

// unit8 turns a fraction 0–1 into a byte, rounded and clamped.
func unit8(f float64) uint8 {
	return uint8(math.Round(255 * min(1, max(0, f))))
}

// chromaTap is one chroma sample of a block's row: its offset in the
// chroma row and how many of the block's columns it covers.
type chromaTap struct {
	off, weight int
}

// shrinkYCbCr is boxShrink for Y'CbCr images of any subsampling: Y', Cb
// and Cr are averaged separately, each chroma sample weighted by the area
// of the block it covers, and the averages converted to RGB. Averaging
// before converting is averaging after, as the conversion is affine, but
// where a pixel's colour falls outside RGB and is clamped (rare in
// photographs).
//
// The k rows of a block row are first summed column by column (colSums,
// eight columns at a time), then each block's columns: most of the work
// is one addition per eight samples.
func shrinkYCbCr(im *image.YCbCr, out *image.RGBA, k int) {
	b := im.Bounds()
	w, h := out.Bounds().Dx(), out.Bounds().Dy()
	// The chroma samples under each output column, with the number of
	// luma columns each covers: the same for every row. Offsets are from
	// the first chroma sample the thumbnail reads in a row.
	var taps []chromaTap
	start := make([]int, w+1)
	c0 := im.COffset(b.Min.X, im.Rect.Min.Y)
	for x := range w {
		start[x] = len(taps)
		for i := range k {
			off := im.COffset(b.Min.X+x*k+i, im.Rect.Min.Y) - c0
			if n := len(taps); n > start[x] && taps[n-1].off == off {
				taps[n-1].weight++
			} else {
				taps = append(taps, chromaTap{off, 1})
			}
		}
	}
	start[w] = len(taps)
	cw := taps[len(taps)-1].off + 1 // chroma samples read per row
	var ys, cbs, crs colSums
	ys.reset(w * k)
	cbs.reset(cw)
	crs.reset(cw)
	yCols, cbCols, crCols := make([]uint32, w*k), make([]uint32, cw), make([]uint32, cw)
	n := float64(k * k)
	for y := range h {
		ys.clear()
		cbs.clear()
		crs.clear()
		crow, weight := -1, 0
		ys.addRows(k, func(dy int) []byte { return im.Y[im.YOffset(b.Min.X, b.Min.Y+y*k+dy):][:w*k] })
		for dy := range k {
			ay := b.Min.Y + y*k + dy
			// Consecutive rows sharing a chroma row add it once, weighted.
			if c := im.COffset(b.Min.X, ay); c != crow {
				if weight > 0 {
					cbs.add(im.Cb[crow:][:cw], uint64(weight))
					crs.add(im.Cr[crow:][:cw], uint64(weight))
				}
				crow, weight = c, 0
			}
			weight++
		}
		cbs.add(im.Cb[crow:][:cw], uint64(weight))
		crs.add(im.Cr[crow:][:cw], uint64(weight))
		ys.unpack(yCols)
		cbs.unpack(cbCols)
		crs.unpack(crCols)
		px := out.Pix[out.PixOffset(0, y):][:4*w]
		for x := range w {
			var sy, sb, sr int
			for _, v := range yCols[x*k : x*k+k] {
				sy += int(v)
			}
			for _, t := range taps[start[x]:start[x+1]] {
				sb += t.weight * int(cbCols[t.off])
				sr += t.weight * int(crCols[t.off])
			}
			// JFIF's conversion, as color.YCbCrToRGB computes it.
			yy := float64(sy) / n
			cb := float64(sb)/n - 128
			cr := float64(sr)/n - 128
			p := px[4*x : 4*x+4 : 4*x+4]
			p[0] = unit8((yy + 1.402*cr) / 255)
			p[1] = unit8((yy - 0.34414*cb - 0.71414*cr) / 255)
			p[2] = unit8((yy + 1.772*cb) / 255)
			p[3] = 0xff
		}
	}
}

// maxColSumRows is how many rows of bytes colSums can add: its 16-bit
// lanes hold 257 × 255.
const maxColSumRows = 0xffff / 0xff

// colSums sums rows of bytes column by column, eight columns per step:
// each 8-byte word of a row is split into its even and its odd bytes,
// four 16-bit lanes each, and added to the lanes of the sums (SWAR: SIMD
// within a register). Rows add up to maxColSumRows in all, counting
// weights.
type colSums struct {
	even, odd []uint64 // lane j of word i: column 8i+2j, 8i+2j+1
	n         int      // columns
}

func (c *colSums) reset(n int) {
	c.n = n
	words := (n + 7) / 8
	c.even, c.odd = make([]uint64, words), make([]uint64, words)
}

func (c *colSums) clear() {
	clear(c.even)
	clear(c.odd)
}

// add adds row (c.n bytes) times times, and returns the AND of its
// 8-byte words (little-endian; a last, short word padded with 0xff): the
// bytes of every word position that are 0xff in every word.
func (c *colSums) add(row []byte, times uint64) (and uint64) {
	const lanes = 0x00ff00ff00ff00ff
	row = row[:c.n]
	even, odd := c.even[:len(c.even)], c.odd[:len(c.even)]
	whole := c.n / 8
	and = ^uint64(0)
	for i := range whole {
		v := binary.LittleEndian.Uint64(row[8*i:])
		and &= v
		even[i] += (v & lanes) * times
		odd[i] += (v >> 8 & lanes) * times
	}
	return and & c.addTail(row, times)
}

// addRows adds row(0) … row(k-1) two at a time, loading and storing the
// sums once a pair, and returns the AND of their words as add does.
func (c *colSums) addRows(k int, row func(i int) []byte) (and uint64) {
	const lanes = 0x00ff00ff00ff00ff
	even, odd := c.even[:len(c.even)], c.odd[:len(c.even)]
	whole := c.n / 8
	and = ^uint64(0)
	r := 0
	for ; r+1 < k; r += 2 {
		r0, r1 := row(r)[:c.n], row(r + 1)[:c.n]
		for i := range whole {
			v, u := binary.LittleEndian.Uint64(r0[8*i:]), binary.LittleEndian.Uint64(r1[8*i:])
			and &= v & u
			even[i] += v&lanes + u&lanes
			odd[i] += v>>8&lanes + u>>8&lanes
		}
		and &= c.addTail(r0, 1) & c.addTail(r1, 1)
	}
	if r < k {
		and &= c.add(row(r), 1)
	}
	return and
}

// addTail adds the bytes of row past its last whole word, as add.
func (c *colSums) addTail(row []byte, times uint64) (and uint64) {
	const lanes = 0x00ff00ff00ff00ff
	whole := c.n / 8
	if whole == len(c.even) {
		return ^uint64(0)
	}
	var tail [8]byte
	copy(tail[:], row[8*whole:c.n])
	v := binary.LittleEndian.Uint64(tail[:])
	c.even[whole] += (v & lanes) * times
	c.odd[whole] += (v >> 8 & lanes) * times
	return v | ^uint64(0)<<(8*(c.n-8*whole))
}

// unpack writes the sums of the c.n columns to dst.
func (c *colSums) unpack(dst []uint32) {
	dst = dst[:c.n]
	whole := c.n / 8
	for i := range whole {
		e, o := c.even[i], c.odd[i]
		d := dst[8*i : 8*i+8 : 8*i+8]
		d[0], d[1], d[2], d[3] = uint32(e&0xffff), uint32(o&0xffff), uint32(e>>16&0xffff), uint32(o>>16&0xffff)
		d[4], d[5], d[6], d[7] = uint32(e>>32&0xffff), uint32(o>>32&0xffff), uint32(e>>48), uint32(o>>48)
	}
	for i := 8 * whole; i < c.n; i++ {
		lane := uint(i%8&^1) * 8
		if i%2 == 0 {
			dst[i] = uint32(c.even[i/8] >> lane & 0xffff)
		} else {
			dst[i] = uint32(c.odd[i/8] >> lane & 0xffff)
		}
	}
}
