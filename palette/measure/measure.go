package measure

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sort"
	"sync/atomic"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// DefaultTolerance is the OKLab distance (deltaEOK, lightness 0–1) within
// which a pixel counts as a palette colour: about 2.5 times the
// just-noticeable difference of 0.02, enough for JPEG noise at quality 80
// and above, and less than half the distance between two colours of a
// generated palette.
const DefaultTolerance = 0.05

// MaxColors is the largest number of colours a palette may have for
// measurement (all roles together).
const MaxColors = 32

// Options tunes a Measurer. The zero value is the default.
type Options struct {
	Tolerance float64 // deltaEOK; 0 means DefaultTolerance
}

// Measurer measures images against one palette. Build it once and reuse it:
// its lookup tables fill as it meets colours. It is safe for concurrent use.
type Measurer struct {
	colors []palette.Colored
	rgb    []colorful.Color
	lab    []colorspace.OKLab
	tol    float64

	rgbTable [1 << 18]atomic.Uint32 // code+1 by 6-bit R, G, B; 0 = not yet classified
	yccTable [1 << 18]atomic.Uint32 // the same by 6-bit Y, Cb, Cr

	// free keeps histograms between images. Unlike a sync.Pool it survives
	// garbage collections, which would otherwise make every image allocate
	// and zero a fresh 1 MB histogram.
	free chan *accumulator
}

// Codes of a classified colour: a palette colour (1 … MaxColors), off, or a
// mixture of colours i and j with j's weight quantised to mixSteps levels.
const (
	codeOff  = MaxColors + 1
	codeMix  = 64
	mixSteps = 16
	numCodes = codeMix + MaxColors*MaxColors*mixSteps
)

// New returns a Measurer for p.
func New(p *palette.Palette, o Options) (*Measurer, error) {
	if p == nil {
		return nil, errors.New("measure: nil palette")
	}
	m := &Measurer{colors: p.Colors(), tol: o.Tolerance}
	if m.tol == 0 {
		m.tol = DefaultTolerance
	}
	if !(m.tol > 0 && m.tol < 1) {
		return nil, fmt.Errorf("measure: tolerance %v: want a deltaEOK between 0 and 1, e.g. %v", o.Tolerance, DefaultTolerance)
	}
	if len(m.colors) > MaxColors {
		return nil, fmt.Errorf("measure: palette has %d colours, at most %d can be measured", len(m.colors), MaxColors)
	}
	for _, c := range m.colors {
		q := palette.Quantize(c.Color)
		m.rgb = append(m.rgb, q)
		m.lab = append(m.lab, colorspace.ToOKLab(q))
	}
	m.free = make(chan *accumulator, 2*runtime.GOMAXPROCS(0))
	return m, nil
}

// Tolerance returns the deltaEOK tolerance in use.
func (m *Measurer) Tolerance() float64 { return m.tol }

// classify returns the code of a colour.
func (m *Measurer) classify(c colorful.Color) uint32 {
	lab := colorspace.ToOKLab(c)
	best, bestD := -1, math.Inf(1)
	for i, p := range m.lab {
		if d := colorspace.DeltaEOK(lab, p); d < bestD {
			best, bestD = i, d
		}
	}
	if bestD <= m.tol {
		return uint32(1 + best)
	}
	// An anti-aliased edge: a blend of two palette colours in sRGB.
	mixCode, mixD := uint32(0), m.tol
	for i := range m.rgb {
		for j := i + 1; j < len(m.rgb); j++ {
			a, b := m.rgb[i], m.rgb[j]
			dr, dg, db := b.R-a.R, b.G-a.G, b.B-a.B
			n := dr*dr + dg*dg + db*db
			if n == 0 {
				continue
			}
			t := ((c.R-a.R)*dr + (c.G-a.G)*dg + (c.B-a.B)*db) / n
			if t <= 0 || t >= 1 {
				continue
			}
			mix := colorful.Color{R: a.R + t*dr, G: a.G + t*dg, B: a.B + t*db}
			// Cheap rejection before the OKLab conversion.
			if e := math.Abs(mix.R-c.R) + math.Abs(mix.G-c.G) + math.Abs(mix.B-c.B); e > 0.25 {
				continue
			}
			if d := colorspace.DeltaEOK(colorspace.ToOKLab(mix), lab); d <= mixD {
				step := min(uint32(t*mixSteps), mixSteps-1)
				mixCode, mixD = codeMix+uint32(i*MaxColors+j)*mixSteps+step, d
			}
		}
	}
	if mixCode != 0 {
		return mixCode
	}
	return codeOff
}

// rgbCode returns the code of an 8-bit colour through the RGB table.
func (m *Measurer) rgbCode(r, g, b uint8) uint32 { return m.code(rgbKey(r, g, b), false) }

func (m *Measurer) fillRGB(key uint32) uint32 {
	center := func(v uint32) float64 { return float64(v<<2|2) / 255 }
	code := m.classify(colorful.Color{R: center(key >> 12), G: center(key >> 6 & 63), B: center(key & 63)})
	m.rgbTable[key].Store(code + 1)
	return code
}

func (m *Measurer) fillYCC(key uint32) uint32 {
	r, g, b := color.YCbCrToRGB(uint8(key>>12)<<2|2, uint8(key>>6&63)<<2|2, uint8(key&63)<<2|2)
	code := m.rgbCode(r, g, b)
	m.yccTable[key].Store(code + 1)
	return code
}

// accumulator is the histogram of one image: opaque pixels counted by 6-bit
// colour key, semi-transparent ones summed by alpha in a second histogram
// made only when needed. Classification happens once per non-empty bin, at
// the end, not once per pixel.
type accumulator struct {
	hist    [1 << 18]uint32 // opaque pixels by key
	touched []uint32        // keys whose hist entry is not zero
	alpha   []uint64        // alpha sums by key, for 0 < alpha < 255; nil until needed
	ycc     bool            // keys are Y, Cb, Cr rather than R, G, B
	full    bool            // hist was filled without touched: scan all of it
}

// count adds n opaque pixels to a bin.
func (a *accumulator) count(key, n uint32) {
	if n == 0 {
		return
	}
	if a.hist[key] == 0 {
		a.touched = append(a.touched, key)
	}
	a.hist[key] += n
}

// reset clears what the last image touched, not the whole histogram.
func (a *accumulator) reset() {
	for _, k := range a.touched {
		a.hist[k] = 0
	}
	if a.full {
		a.hist = [1 << 18]uint32{}
	}
	a.touched = a.touched[:0]
	if a.alpha != nil {
		clear(a.alpha)
	}
	a.ycc, a.full = false, false
}

func rgbKey(r, g, b uint8) uint32 { return uint32(r>>2)<<12 | uint32(g>>2)<<6 | uint32(b>>2) }

// add counts one pixel by its straight (not premultiplied) colour.
func (a *accumulator) add(r, g, b, alpha uint8) {
	switch alpha {
	case 255:
		a.count(rgbKey(r, g, b), 1)
	case 0:
	default:
		if a.alpha == nil {
			a.alpha = make([]uint64, 1<<18)
		}
		a.alpha[rgbKey(r, g, b)] += uint64(alpha)
	}
}

// ColorShare is the share of one palette colour.
type ColorShare struct {
	Role  palette.Role
	Index int     // index within the role
	Hex   string  // "#rrggbb"
	Share float64 // fraction of the opaque pixels
}

// OffColor is a cluster of off-palette pixels: its mean colour and share.
type OffColor struct {
	Hex   string
	Share float64 // fraction of the opaque pixels
}

// Result is the measurement of one image.
type Result struct {
	Width, Height int
	Opaque        float64 // opaque pixels, semi-transparent ones counted by alpha
	Shares        palette.Shares
	Colors        []ColorShare // one per palette colour, in palette order
	Off           []OffColor   // the largest off-palette clusters, largest first (at most 5)
}

// Problems checks the result against rule (see palette.Rule.Check), naming
// the largest off-palette colour.
func (r Result) Problems(rule palette.Rule) []palette.Problem {
	mostly := ""
	if len(r.Off) > 0 {
		mostly = r.Off[0].Hex
	}
	return rule.Check(r.Shares, mostly)
}

// Measure returns the role shares of img. An image with no opaque pixel has
// all shares 0.
func (m *Measurer) Measure(img image.Image) Result {
	var acc *accumulator
	select {
	case acc = <-m.free:
	default:
		acc = new(accumulator)
	}
	defer func() {
		acc.reset()
		select {
		case m.free <- acc:
		default: // enough kept; let this one go
		}
	}()
	m.scan(img, acc)
	return m.result(img.Bounds(), acc)
}

func (m *Measurer) scan(img image.Image, acc *accumulator) {
	b := img.Bounds()
	if b.Empty() {
		return
	}
	switch im := img.(type) {
	case *image.YCbCr:
		acc.ycc = true
		scanYCbCr(im, acc)
	case *image.NRGBA:
		scanRGBA(im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), b.Dx(), b.Dy(), false, acc)
	case *image.RGBA:
		scanRGBA(im.Pix, im.Stride, im.PixOffset(b.Min.X, b.Min.Y), b.Dx(), b.Dy(), true, acc)
	case *image.Paletted:
		var counts [256]uint64
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for _, idx := range im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+1] {
				counts[idx]++
			}
		}
		for i, n := range counts {
			if n == 0 || i >= len(im.Palette) {
				continue
			}
			c := color.NRGBAModel.Convert(im.Palette[i]).(color.NRGBA)
			for range n {
				acc.add(c.R, c.G, c.B, c.A)
			}
		}
	case *image.Gray:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for _, v := range im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+1] {
				acc.count(rgbKey(v, v, v), 1)
			}
		}
	case *image.NRGBA64:
		// 16-bit straight alpha: the high bytes (As NRGBAModel rounds by
		// shifting).
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+8]
			for i := 0; i+7 < len(row); i += 8 {
				acc.add(row[i], row[i+2], row[i+4], row[i+6])
			}
		}
	case *image.Gray16:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+2]
			for i := 0; i+1 < len(row); i += 2 {
				acc.count(rgbKey(row[i], row[i], row[i]), 1)
			}
		}
	case *image.CMYK:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := im.Pix[im.PixOffset(b.Min.X, y) : im.PixOffset(b.Max.X-1, y)+4]
			for i := 0; i+3 < len(row); i += 4 {
				r, g, bl := color.CMYKToRGB(row[i], row[i+1], row[i+2], row[i+3])
				acc.count(rgbKey(r, g, bl), 1)
			}
		}
	default:
		// Any other image.Image: slower, but exact.
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				n := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				acc.add(n.R, n.G, n.B, n.A)
			}
		}
	}
}

// scanRGBA counts 8-bit RGBA pixels (premultiplied or not). Neighbouring
// pixels are often identical: whole pixels are compared as one 32-bit word
// and counted in runs, so the histogram is touched once per run.
func scanRGBA(pix []byte, stride, start, w, h int, premultiplied bool, acc *accumulator) {
	prevPix, prevKey, run := uint32(0), uint32(0), uint32(0)
	for y := range h {
		row := pix[start+y*stride:][:4*w]
		i := 0
		for i < len(row) {
			// Four pixels at a time while they repeat the run's pixel.
			if run > 0 {
				pair := uint64(prevPix) | uint64(prevPix)<<32
				for i+16 <= len(row) {
					q := row[i : i+16]
					if binary.LittleEndian.Uint64(q[:8]) != pair || binary.LittleEndian.Uint64(q[8:]) != pair {
						break
					}
					run += 4
					i += 16
				}
				if i >= len(row) {
					break
				}
			}
			p := binary.LittleEndian.Uint32(row[i : i+4])
			if p == prevPix && run > 0 {
				run++
				i += 4
				continue
			}
			acc.count(prevKey, run)
			run = 0
			r, g, b, a := row[i], row[i+1], row[i+2], row[i+3]
			i += 4
			if a != 255 {
				if a != 0 {
					if premultiplied {
						r, g, b = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(b, a)
					}
					acc.add(r, g, b, a)
				}
				continue
			}
			prevPix, prevKey, run = p, rgbKey(r, g, b), 1
		}
	}
	acc.count(prevKey, run)
}

func unpremultiply(v, a uint8) uint8 {
	return uint8(min(255, (uint32(v)*255+uint32(a)/2)/uint32(a)))
}

// scanYCbCr counts a JPEG's pixels by their Y, Cb, Cr without converting
// them to RGB.
func scanYCbCr(im *image.YCbCr, acc *accumulator) {
	b := im.Bounds()
	// Chroma sample step per pixel, as fixed shifts of the subsampling.
	var sx, sy uint
	switch im.SubsampleRatio {
	case image.YCbCrSubsampleRatio444:
	case image.YCbCrSubsampleRatio422:
		sx = 1
	case image.YCbCrSubsampleRatio420:
		sx, sy = 1, 1
	case image.YCbCrSubsampleRatio440:
		sy = 1
	default:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				yi, ci := im.YOffset(x, y), im.COffset(x, y)
				acc.count(uint32(im.Y[yi]>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2), 1)
			}
		}
		return
	}
	cx0 := b.Min.X >> sx
	hist := &acc.hist
	for y := b.Min.Y; y < b.Max.Y; y++ {
		yRow := im.Y[im.YOffset(b.Min.X, y):][:b.Dx()]
		cBase := (y>>sy-b.Min.Y>>sy)*im.CStride - cx0
		x := b.Min.X
		if sx == 1 && x&1 == 0 {
			// Two luma samples share one chroma sample: compute its part of
			// the key once.
			n := len(yRow) / 2
			cb := im.Cb[cBase+x>>1:][:n]
			cr := im.Cr[cBase+x>>1:][:n]
			for i := 0; i < n; i++ {
				// Flat areas: eight luma and four chroma samples that repeat
				// the first ones exactly count in one update.
				if i+4 <= n {
					y8 := uint64(yRow[2*i]) * 0x0101010101010101
					c4b := uint32(cb[i]) * 0x01010101
					c4r := uint32(cr[i]) * 0x01010101
					if binary.LittleEndian.Uint64(yRow[2*i:2*i+8]) == y8 &&
						binary.LittleEndian.Uint32(cb[i:i+4]) == c4b && binary.LittleEndian.Uint32(cr[i:i+4]) == c4r {
						hist[uint32(yRow[2*i]>>2)<<12|uint32(cb[i]>>2)<<6|uint32(cr[i]>>2)] += 8
						i += 3
						continue
					}
				}
				c := uint32(cb[i]>>2)<<6 | uint32(cr[i]>>2)
				y0, y1 := yRow[2*i]>>2, yRow[2*i+1]>>2
				if y0 == y1 {
					hist[uint32(y0)<<12|c] += 2 // flat areas: one update for the pair
					continue
				}
				hist[uint32(y0)<<12|c]++
				hist[uint32(y1)<<12|c]++
			}
			if len(yRow)%2 == 1 {
				ci := cBase + (b.Max.X-1)>>1
				hist[uint32(yRow[len(yRow)-1]>>2)<<12|uint32(im.Cb[ci]>>2)<<6|uint32(im.Cr[ci]>>2)]++
			}
			continue
		}
		cb, cr := im.Cb[cBase:], im.Cr[cBase:]
		for _, yy := range yRow {
			ci := x >> sx
			hist[uint32(yy>>2)<<12|uint32(cb[ci]>>2)<<6|uint32(cr[ci]>>2)]++
			x++
		}
	}
	acc.full = true
}

func (m *Measurer) code(key uint32, ycc bool) uint32 {
	if ycc {
		if v := m.yccTable[key].Load(); v != 0 {
			return v - 1
		}
		return m.fillYCC(key)
	}
	if v := m.rgbTable[key].Load(); v != 0 {
		return v - 1
	}
	return m.fillRGB(key)
}

// keyRGB returns the centre of a bin as 8-bit RGB.
func keyRGB(key uint32, ycc bool) (r, g, b uint8) {
	c0, c1, c2 := uint8(key>>12)<<2|2, uint8(key>>6&63)<<2|2, uint8(key&63)<<2|2
	if ycc {
		return color.YCbCrToRGB(c0, c1, c2)
	}
	return c0, c1, c2
}

func (m *Measurer) result(bounds image.Rectangle, acc *accumulator) Result {
	res := Result{Width: bounds.Dx(), Height: bounds.Dy()}
	weights := make([]float64, len(m.colors))
	var total, off float64
	var offBins [4096]offBin
	visit := func(key uint32, w float64) {
		total += w
		code := m.code(key, acc.ycc)
		switch {
		case code == codeOff:
			off += w
			r, g, b := keyRGB(key, acc.ycc)
			bin := &offBins[uint32(r>>4)<<8|uint32(g>>4)<<4|uint32(b>>4)]
			bin.w += w
			bin.r += w * float64(r)
			bin.g += w * float64(g)
			bin.b += w * float64(b)
		case code < codeMix:
			weights[code-1] += w
		default:
			k := code - codeMix
			pair := k / mixSteps
			t := (float64(k%mixSteps) + 0.5) / mixSteps
			weights[pair/MaxColors] += w * (1 - t)
			weights[pair%MaxColors] += w * t
		}
	}
	if acc.full {
		for key, n := range acc.hist {
			if n != 0 {
				visit(uint32(key), float64(n))
			}
		}
	} else {
		for _, key := range acc.touched {
			visit(key, float64(acc.hist[key]))
		}
	}
	for key, a := range acc.alpha {
		if a != 0 {
			visit(uint32(key), float64(a)/255)
		}
	}
	res.Opaque = total
	if total == 0 {
		for _, c := range m.colors {
			res.Colors = append(res.Colors, ColorShare{Role: c.Role, Index: c.Index, Hex: c.Hex()})
		}
		return res
	}
	var roles [5]float64
	for i, c := range m.colors {
		share := weights[i] / total
		roles[c.Role] += share
		res.Colors = append(res.Colors, ColorShare{Role: c.Role, Index: c.Index, Hex: c.Hex(), Share: share})
	}
	res.Shares = palette.Shares{
		Primary: roles[palette.Primary], Secondary: roles[palette.Secondary], Accent: roles[palette.Accent],
		Neutral: roles[palette.Neutral], Off: off / total,
	}
	res.Off = clusters(&offBins, total)
	return res
}

type offBin struct{ w, r, g, b float64 }

// clusters merges the off-palette bins into at most five colours, largest
// first: bins are taken by weight and joined to an earlier cluster whose
// mean is within 0.08 deltaEOK.
func clusters(bins *[4096]offBin, total float64) []OffColor {
	type cluster struct {
		offBin
		lab colorspace.OKLab
	}
	var idx []int
	for i := range bins {
		if bins[i].w > 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		if bins[idx[a]].w != bins[idx[b]].w {
			return bins[idx[a]].w > bins[idx[b]].w
		}
		return idx[a] < idx[b]
	})
	var cs []cluster
	for _, i := range idx {
		bin := bins[i]
		c := colorful.Color{R: bin.r / bin.w / 255, G: bin.g / bin.w / 255, B: bin.b / bin.w / 255}
		lab := colorspace.ToOKLab(c)
		merged := false
		for k := range cs {
			if colorspace.DeltaEOK(cs[k].lab, lab) < 0.08 {
				cs[k].w += bin.w
				cs[k].r += bin.r
				cs[k].g += bin.g
				cs[k].b += bin.b
				merged = true
				break
			}
		}
		if !merged && len(cs) < 64 {
			cs = append(cs, cluster{offBin: bin, lab: lab})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].w > cs[b].w })
	var out []OffColor
	for _, c := range cs {
		if len(out) == 5 || c.w/total < 0.001 {
			break
		}
		col := colorful.Color{R: c.r / c.w / 255, G: c.g / c.w / 255, B: c.b / c.w / 255}
		out = append(out, OffColor{Hex: palette.Hex(col), Share: c.w / total})
	}
	return out
}

// Mask returns a copy of img in which on-palette pixels are faded to light
// grey and off-palette pixels keep their colour, so a designer sees at a
// glance what is off-brand. Transparent pixels stay transparent.
func (m *Measurer) Mask(img image.Image) *image.NRGBA {
	b := img.Bounds()
	src, ok := img.(*image.NRGBA)
	if !ok {
		src = image.NewNRGBA(b)
		draw.Draw(src, b, img, b.Min, draw.Src)
	}
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		in := src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
		o := out.Pix[out.PixOffset(0, y):]
		for x := 0; x < b.Dx(); x++ {
			r, g, bl, a := in[4*x], in[4*x+1], in[4*x+2], in[4*x+3]
			if a != 0 && m.rgbCode(r, g, bl) != codeOff {
				// Fade: grey of the same luma, pushed towards white.
				l := (299*uint32(r) + 587*uint32(g) + 114*uint32(bl)) / 1000
				v := uint8(200 + l*50/255)
				r, g, bl = v, v, v
			}
			o[4*x], o[4*x+1], o[4*x+2], o[4*x+3] = r, g, bl, a
		}
	}
	return out
}
