package measure

import (
	"errors"
	"fmt"
	"image"
	"image/color"
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
	Tolerance float64   // deltaEOK (with the toe of Lr, see doc.go); 0 means DefaultTolerance
	Photos    PhotoMode // 0 means PhotosExclude
}

// Measurer measures images against one palette. Build it once and reuse it:
// its lookup tables fill as it meets colours. It is safe for concurrent use.
type Measurer struct {
	colors []palette.Colored
	rgb    []colorful.Color
	lab    []colorspace.OKLab
	tol    float64
	photos PhotoMode

	exact     []uint32               // the palette colours as R | G<<8 | B<<16
	luma      []float64              // the palette colours' JPEG luma
	chroma    [][2]float64           // and chroma
	lumaTable [1 << 18]atomic.Uint32 // lumaBlend's pair+1 by 6-bit R, G, B; lumaNone: none; 0: not yet
	pbin      [1 << 18]uint8         // index+1 of the palette colour in a bin; 255: several; 0: none
	pbits     [1 << 18 / 64]uint64   // pbin != 0 as bits: 32 KB that stay in cache

	rgbTable [1 << 18]atomic.Uint32 // code+1 by 6-bit R, G, B; 0 = not yet classified
	yccTable [1 << 18]atomic.Uint32 // the same by 6-bit Y, Cb, Cr

	// free keeps histograms between images. Unlike a sync.Pool it survives
	// garbage collections, which would otherwise make every image allocate
	// and zero a fresh 1 MB histogram.
	free  chan *accumulator
	rings chan *ring // the spatial pass's rows, kept likewise

	pairs []pairInfo // blend lines, by i*MaxColors+j

	// yccPure tells, by 6-bit Y, Cb, Cr bin, whether every colour of the
	// bin is one palette colour in RGB: 0 not yet known, 1 no, 2+i colour i.
	yccPure [1 << 18]atomic.Uint32
}

// yccPalette returns the palette colour that every colour of a Y, Cb, Cr
// bin is (classified in RGB, as the spatial pass classifies pixels), or -1.
// The sparse pass takes such bins as final and looks at the others' pixels.
func (m *Measurer) yccPalette(key uint32) int {
	v := m.yccPure[key].Load()
	if v == 0 {
		v = 2
		first := -1
	fill:
		for d := range uint32(64) {
			r, g, b := color.YCbCrToRGB(uint8(key>>12)<<2|uint8(d>>4), uint8(key>>6&63)<<2|uint8(d>>2&3), uint8(key&63)<<2|uint8(d&3))
			code := m.pixelCode(pack(r, g, b))
			switch {
			case code == codeOff || code >= codeMix, first >= 0 && int(code-1) != first:
				v = 1
				break fill
			}
			first = int(code - 1)
		}
		if v == 2 {
			v += uint32(first)
		}
		m.yccPure[key].Store(v)
	}
	return int(v) - 2
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
	switch o.Photos {
	case 0:
		m.photos = PhotosExclude
	case PhotosExclude, PhotosInclude:
		m.photos = o.Photos
	default:
		return nil, fmt.Errorf("measure: photo mode %d: want PhotosExclude or PhotosInclude", o.Photos)
	}
	for i, c := range m.colors {
		q := palette.Quantize(c.Color)
		m.rgb = append(m.rgb, q)
		m.lab = append(m.lab, toeLab(q))
		r, g, b := palette.RGB255(q)
		m.exact = append(m.exact, pack(r, g, b))
		yy, cb, cr := color.RGBToYCbCr(r, g, b)
		m.luma = append(m.luma, float64(yy))
		m.chroma = append(m.chroma, [2]float64{float64(cb), float64(cr)})
		key := rgbKey(r, g, b)
		m.pbits[key>>6] |= 1 << (key & 63)
		switch m.pbin[key] {
		case 0:
			m.pbin[key] = uint8(i + 1)
		default:
			m.pbin[key] = 255
		}
	}
	m.free = make(chan *accumulator, 2*runtime.GOMAXPROCS(0))
	m.rings = make(chan *ring, 2*runtime.GOMAXPROCS(0))
	m.pairs = pairLines(m.exact)
	return m, nil
}

// Tolerance returns the deltaEOK tolerance in use.
func (m *Measurer) Tolerance() float64 { return m.tol }

// hasPalette tells whether bin key holds a palette colour.
func (m *Measurer) hasPalette(key uint32) bool { return m.pbits[key>>6]&(1<<(key&63)) != 0 }

// exactIndex returns the index of the palette colour rgb (R | G<<8 | B<<16),
// which falls in bin key, or -1.
func (m *Measurer) exactIndex(key, rgb uint32) int {
	if k := m.pbin[key]; k != 255 {
		if k != 0 && m.exact[k-1] == rgb {
			return int(k - 1)
		}
		return -1
	}
	for i, e := range m.exact {
		if e == rgb {
			return i
		}
	}
	return -1
}

// toeLab converts c to OKLab with Ottosson's toe applied to lightness (Lr,
// "Two new color spaces for color picking", 2021), and a and b scaled with
// it. Plain OKLab lightness is a cube root, steep near black: #010101 lies
// 0.067 from #000000, beyond any sensible tolerance, although nobody can
// tell them apart. Lr follows CIELAB L* there and equals L elsewhere
// within 0.01, so near-blacks are as close as they look.
func toeLab(c colorful.Color) colorspace.OKLab {
	o := colorspace.ToOKLab(c)
	const k1, k2 = 0.206, 0.03
	const k3 = (1 + k1) / (1 + k2)
	x := k3*o.L - k1
	lr := (x + math.Sqrt(x*x+4*k2*k3*o.L)) / 2
	if o.L <= 0 {
		return colorspace.OKLab{}
	}
	s := lr / o.L
	return colorspace.OKLab{L: lr, A: o.A * s, B: o.B * s}
}

// classify returns the code of a colour.
func (m *Measurer) classify(c colorful.Color) uint32 {
	lab := toeLab(c)
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
			if d := colorspace.DeltaEOK(toeLab(mix), lab); d <= mixD {
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

// lumaBlend tells whether an off-palette colour can be the JPEG-decoded
// edge between two palette colours: its luma lies between theirs and its
// chroma within chromaSlack of the box their chromas span (4:2:0 chroma is
// the average of four pixels, so an edge pixel takes some of its
// neighbour's chroma; luma is kept per pixel). It returns the pair as
// i*MaxColors+j and the position from the luma.
func (m *Measurer) lumaBlend(c uint32) (pair uint32, t float64, ok bool) {
	r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
	key := rgbKey(r, g, b)
	v := m.lumaTable[key].Load()
	if v == 0 {
		v = m.fillLuma(key)
	}
	if v == lumaNone {
		return 0, 0, false
	}
	pair = v - 1
	y, _, _ := color.RGBToYCbCr(r, g, b)
	ya, yb := m.luma[pair/MaxColors], m.luma[pair%MaxColors]
	t = (float64(y) - ya) / (yb - ya)
	return pair, min(1, max(0, t)), true
}

const (
	lumaNone    = 1 << 31
	lumaSlack   = 4  // luma levels beyond the pair's range
	chromaSlack = 24 // chroma levels beyond the pair's box
)

func (m *Measurer) fillLuma(key uint32) uint32 {
	r, g, b := keyRGB(key, false)
	y, cb, cr := color.RGBToYCbCr(r, g, b)
	best, bestD := uint32(lumaNone), math.Inf(1)
	for i := range m.colors {
		for j := i + 1; j < len(m.colors); j++ {
			ya, yb := m.luma[i], m.luma[j]
			if math.Abs(yb-ya) < 16 || float64(y) < min(ya, yb)-lumaSlack || float64(y) > max(ya, yb)+lumaSlack {
				continue
			}
			d := 0.0
			for k, v := range [2]float64{float64(cb), float64(cr)} {
				lo, hi := min(m.chroma[i][k], m.chroma[j][k]), max(m.chroma[i][k], m.chroma[j][k])
				d = max(d, lo-v, v-hi)
			}
			if d <= chromaSlack && d < bestD {
				best, bestD = uint32(i*MaxColors+j)+1, d
			}
		}
	}
	m.lumaTable[key].Store(best)
	return best
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
	// PhotoArea is the fraction of the opaque pixels in photographic areas,
	// whatever the PhotoMode; Shares.Photo is the same with PhotosExclude
	// and 0 with PhotosInclude, where those pixels count in the roles.
	PhotoArea float64
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
	img = chromaPerPixel(img)
	var acc *accumulator
	select {
	case acc = <-m.free:
	default:
		acc = &accumulator{m: m}
	}
	defer func() {
		acc.reset()
		select {
		case m.free <- acc:
		default: // enough kept; let this one go
		}
	}()
	m.scan(img, acc)
	var t *tally
	if acc.dense {
		t = &tally{candidates: 1} // more than sparseShare: the dense pass
	} else {
		t = m.histTally(acc)
	}
	if t.candidates > 0 {
		// Some pixels are not palette colours: where they are decides
		// whether they are blends, off-palette or photographic. Rows made
		// only of palette colours keep the histogram's exact counts.
		s := m.newSpatial(img)
		// The sparse pass pays per listed pixel: for flat art with edges.
		// Mostly non-palette images (photographs) take the dense pass,
		// which skips photo areas wholesale.
		sparse := !acc.dense && t.candidates <= sparseShare*t.total
		if im, ok := img.(*image.YCbCr); ok && acc.ycc && sparse {
			// The candidate bins, then their pixels.
			cand := new([1 << 18 / 64]uint64)
			for _, key := range acc.touched {
				if m.yccPalette(key) < 0 {
					cand[key>>6] |= 1 << (key & 63)
				}
			}
			if yccSpans(im, cand, acc) {
				s.cand = cand
				t = s.runSparse(acc)
				s.release()
				return m.finish(img.Bounds(), t)
			}
			acc.trackRows = false
		}
		if acc.trackRows && !acc.overflow && sparse {
			t = s.runSparse(acc)
			s.release()
			return m.finish(img.Bounds(), t)
		}
		if acc.trackRows {
			s.dirty = acc.dirty
		}
		s.whole = !acc.translucent
		if !acc.alphaSeen && !slowTally {
			// Every pixel opaque, whatever the image type: photo cells
			// can be counted whole, unread, as for JPEG.
			s.opaque = true
		}
		t = s.run()
		s.release()
		if acc.trackRows {
			for i, e := range acc.cleanExact[:len(m.colors)] {
				w := float64(e) / 255
				t.total += w
				t.weights[i] += w
			}
		}
	}
	return m.finish(img.Bounds(), t)
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

// tally is what a pass over an image found, in pixels (semi-transparent
// ones counted by alpha).
type tally struct {
	weights    [MaxColors]float64
	total      float64
	off        float64
	photo      float64 // photographic pixels left out of the roles
	photoArea  float64 // photographic pixels, whatever the mode
	candidates float64 // pixels that are neither palette colours nor off-palette for sure
	offBins    [4096]offBin
}

// addOff adds w off-palette pixels of mean colour (r, g, b), 0–255.
func (t *tally) addOff(w, r, g, b float64) {
	t.off += w
	bin := &t.offBins[uint32(r)>>4<<8|uint32(g)>>4<<4|uint32(b)>>4]
	bin.w += w
	bin.r += w * r
	bin.g += w * g
	bin.b += w * b
}

// histTally classifies the histogram's bins.
func (m *Measurer) histTally(acc *accumulator) *tally {
	t := &tally{}
	visit := func(key uint32, w float64) {
		t.total += w
		code := m.code(key, acc.ycc)
		switch {
		case code == codeOff:
			t.candidates += w
			r, g, b := keyRGB(key, acc.ycc)
			t.addOff(w, float64(r), float64(g), float64(b))
		case code < codeMix:
			t.weights[code-1] += w
		default:
			t.candidates += w
			k := code - codeMix
			pair := k / mixSteps
			f := (float64(k%mixSteps) + 0.5) / mixSteps
			t.weights[pair/MaxColors] += w * (1 - f)
			t.weights[pair%MaxColors] += w * f
		}
	}
	if acc.full {
		// List the bins on the way, in key order as before, for the passes
		// that follow: they need not read the whole histogram again.
		acc.touched = acc.touched[:0]
		for key, n := range acc.hist {
			if n != 0 {
				acc.touched = append(acc.touched, uint32(key))
				visit(uint32(key), float64(n))
			}
		}
		acc.full = false
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
	for i, e := range acc.exact[:len(m.colors)] {
		w := float64(e) / 255
		t.total += w
		t.weights[i] += w
	}
	return t
}

func (m *Measurer) finish(bounds image.Rectangle, t *tally) Result {
	res := Result{Width: bounds.Dx(), Height: bounds.Dy(), Opaque: t.total}
	if t.total == 0 {
		for _, c := range m.colors {
			res.Colors = append(res.Colors, ColorShare{Role: c.Role, Index: c.Index, Hex: c.Hex()})
		}
		return res
	}
	var roles [5]float64
	for i, c := range m.colors {
		share := t.weights[i] / t.total
		roles[c.Role] += share
		res.Colors = append(res.Colors, ColorShare{Role: c.Role, Index: c.Index, Hex: c.Hex(), Share: share})
	}
	res.Shares = palette.Shares{
		Primary: roles[palette.Primary], Secondary: roles[palette.Secondary], Accent: roles[palette.Accent],
		Neutral: roles[palette.Neutral], Off: t.off / t.total, Photo: t.photo / t.total,
	}
	res.PhotoArea = t.photoArea / t.total
	res.Off = clusters(&t.offBins, t.total)
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

// Mask returns a copy of img in which on-palette pixels (palette colours and
// their blends) are faded to light grey, off-palette pixels keep their
// colour, and photographic areas are tinted violet, so a designer sees at a
// glance what is off-brand and what was set apart as photo. Transparent
// pixels stay transparent.
func (m *Measurer) Mask(img image.Image) *image.NRGBA {
	img = chromaPerPixel(img)
	b := img.Bounds()
	s := m.newSpatial(img)
	s.mask = image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	s.run()
	s.release()
	return s.mask
}

// chromaPerPixel returns a subsampled YCbCr image with negative bounds as
// a 4:4:4 copy of the samples its At reads, and any other image as is. The
// passes find chroma samples by shifting coordinates (rounding down), as
// image.YCbCr's COffset does only from 0 on (it divides, rounding toward
// zero): left as is, such an image would read other chroma samples than At,
// or past the end of Cb.
func chromaPerPixel(img image.Image) image.Image {
	im, ok := img.(*image.YCbCr)
	if !ok || im.SubsampleRatio == image.YCbCrSubsampleRatio444 || (im.Rect.Min.X >= 0 && im.Rect.Min.Y >= 0) {
		return img
	}
	b := im.Rect
	out := image.NewYCbCr(b, image.YCbCrSubsampleRatio444)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := im.YCbCrAt(x, y)
			i := out.YOffset(x, y)
			out.Y[i], out.Cb[i], out.Cr[i] = c.Y, c.Cb, c.Cr
		}
	}
	return out
}

// sparseShare is the largest share of candidate pixels (neither palette
// colours nor their bins) for which the sparse spatial pass is used.
const sparseShare = 0.25

// PhotoMode says what Measure does with photographic areas.
type PhotoMode uint8

const (
	// PhotosExclude sets photographic areas apart as their own share
	// (Shares.Photo): the rule judges the designed part of the image.
	PhotosExclude PhotoMode = iota + 1
	// PhotosInclude measures photographic areas pixel by pixel like the
	// rest of the image.
	PhotosInclude
)

// String returns "exclude" or "include"; "unset" for the zero PhotoMode.
func (p PhotoMode) String() string {
	switch p {
	case 0:
		return "unset"
	case PhotosExclude:
		return "exclude"
	case PhotosInclude:
		return "include"
	}
	return fmt.Sprintf("PhotoMode(%d)", uint8(p))
}

// UnmarshalText reads "exclude" or "include", for flags, and "" or "unset"
// for the zero PhotoMode.
func (p *PhotoMode) UnmarshalText(b []byte) error {
	switch string(b) {
	case "", "unset":
		*p = 0
	case "exclude":
		*p = PhotosExclude
	case "include":
		*p = PhotosInclude
	default:
		return fmt.Errorf("measure: photo mode %q: want exclude or include", b)
	}
	return nil
}

// MarshalText returns the name of p: "" for the zero PhotoMode, an error
// for an unknown one.
func (p PhotoMode) MarshalText() ([]byte, error) {
	switch p {
	case 0:
		return nil, nil
	case PhotosExclude, PhotosInclude:
		return []byte(p.String()), nil
	}
	return nil, fmt.Errorf("measure: invalid photo mode %d: want 1 (exclude) or 2 (include)", uint8(p))
}
