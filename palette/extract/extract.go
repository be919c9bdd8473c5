package extract

import (
	"errors"
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// DefaultColors is the number of colours Extract returns when Options.Colors
// is 0.
const DefaultColors = 6

// MaxSamples is the number of pixels above which an image is sampled on a
// regular grid.
const MaxSamples = 1 << 18

// MergeDistance is the CIEDE2000 distance under which two clusters count as
// one colour.
const MergeDistance = 6.0

// SmallMergeDistance is the CIEDE2000 distance under which a small cluster
// joins a larger one.
const SmallMergeDistance = 12.0

// Options tunes Extract. The zero value is the default.
type Options struct {
	Colors         int  // how many colours at most; 0 means DefaultColors
	KeepBackground bool // count a detected background as a colour
}

// Color is one dominant colour.
type Color struct {
	Color      colorful.Color
	Share      float64 // fraction of the opaque pixels (of the non-background ones unless kept)
	Score      float64 // brand-colour score, 0–1: chromatic and distinctive is higher
	Background bool    // the flat background around the subject
}

// Hex returns the colour as "#rrggbb".
func (c Color) Hex() string { return palette.Hex(c.Color) }

// Result is what Extract found.
type Result struct {
	Colors                []Color // most dominant first; includes the background only when kept
	Background            *Color  // a detected flat background colour, also when not kept; nil if none
	TransparentBackground bool    // the subject stands on transparency
	Transparent           float64 // share of the whole image that is (mostly) transparent
}

// Brand returns the colour with the best brand score, background excluded,
// or false when there is none.
func (r Result) Brand() (Color, bool) {
	best, ok := Color{}, false
	for _, c := range r.Colors {
		if c.Background {
			continue
		}
		if !ok || c.Score > best.Score || (c.Score == best.Score && c.Hex() < best.Hex()) {
			best, ok = c, true
		}
	}
	return best, ok
}

// bin is a 5-bit histogram cell with the exact sums of its pixels, and the
// exact colour that holds the majority of them, if any.
type bin struct {
	w, r, g, b float64
	lab        colorspace.OKLab
	// mode and votes run the Boyer–Moore majority vote over the bin's exact
	// 24-bit colours: if one colour holds more than half the bin's pixels it
	// is mode, and votes is a lower bound on its pixel count (the other
	// pixels cancel one vote each), so votes/w ≥ 2·(its share) − 1.
	mode  uint32
	votes float64
}

func (b *bin) color() colorful.Color {
	return colorful.Color{R: b.r / b.w / 255, G: b.g / b.w / 255, B: b.b / b.w / 255}
}

// vote counts one pixel of exact colour rgb in the majority vote.
func (b *bin) vote(rgb uint32) {
	switch {
	case b.votes == 0:
		b.mode, b.votes = rgb, 1
	case b.mode == rgb:
		b.votes++
	default:
		b.votes--
	}
}

// exact returns the colour of the bins in bs as people drew it: when one
// exact 24-bit colour certainly holds at least half their pixels (a flat
// area, whose anti-aliased edge and JPEG noise fall in the same bins), that
// colour unchanged; otherwise the mean of the bins, which the edge pixels
// would otherwise pull one unit off (#ff9000 reported as #ff9001).
func exact(bs []*bin) colorful.Color {
	var s bin
	var top *bin
	for _, b := range bs {
		s.w += b.w
		s.r += b.r
		s.g += b.g
		s.b += b.b
		if b.votes > 0 && (top == nil || b.votes > top.votes || (b.votes == top.votes && b.mode < top.mode)) {
			top = b
		}
	}
	if top != nil && 2*top.votes >= s.w {
		return colorful.Color{R: float64(top.mode>>16) / 255, G: float64(top.mode>>8&255) / 255, B: float64(top.mode&255) / 255}
	}
	return s.color()
}

// ErrEmpty is returned for an image without any opaque pixel.
var ErrEmpty = errors.New("extract: the image has no opaque pixel")

// Extract returns the dominant colours of img.
func Extract(img image.Image, o Options) (Result, error) {
	k := o.Colors
	if k == 0 {
		k = DefaultColors
	}
	if k < 1 || k > 64 {
		return Result{}, errors.New("extract: colours must be 1 to 64")
	}
	hist, transparent, total := histogram(img)
	var res Result
	if total+transparent > 0 {
		res.Transparent = transparent / (total + transparent)
	}
	if total == 0 {
		return res, ErrEmpty
	}
	bgKey, hasBG := background(img)
	var bins []*bin
	var bgBin *bin
	for key, b := range hist {
		if b.w == 0 {
			continue
		}
		bb := b
		bb.lab = colorspace.ToOKLab(bb.color())
		if hasBG && bgKey >= 0 && key == bgKey {
			bgBin = &bb
			continue
		}
		bins = append(bins, &bb)
	}
	// A background absorbs the bins around its colour (JPEG noise).
	var bgColor *colorful.Color
	if bgBin != nil {
		parts := []*bin{{w: bgBin.w, r: bgBin.r, g: bgBin.g, b: bgBin.b, mode: bgBin.mode, votes: bgBin.votes}}
		kept := bins[:0]
		for _, b := range bins {
			if colorspace.DeltaEOK(b.lab, bgBin.lab) < 0.04 {
				parts = append(parts, b)
				bgBin.w += b.w
				bgBin.r += b.r
				bgBin.g += b.g
				bgBin.b += b.b
				continue
			}
			kept = append(kept, b)
		}
		bins = kept
		c := exact(parts)
		bgColor = &c
		bg := Color{Color: c, Share: bgBin.w / total, Background: true}
		res.Background = &bg
	}
	res.TransparentBackground = hasBG && bgKey < 0
	clusters := kmeans(bins, k+2)
	clusters = merge(clusters)
	clusters, toBackground := foldFringes(clusters, bgColor)
	if bgBin != nil {
		bgBin.w += toBackground
	}
	fg := 0.0
	for _, c := range clusters {
		fg += c.w
	}
	denom := fg
	if o.KeepBackground && bgBin != nil {
		denom += bgBin.w
	}
	for _, c := range clusters {
		res.Colors = append(res.Colors, Color{Color: c.core(), Share: c.w / denom})
	}
	if o.KeepBackground && bgBin != nil {
		res.Background.Share = bgBin.w / denom
		res.Colors = append(res.Colors, *res.Background)
	} else if res.Background != nil && bgBin != nil {
		res.Background.Share = bgBin.w / total
	}
	sort.SliceStable(res.Colors, func(i, j int) bool {
		if res.Colors[i].Share != res.Colors[j].Share {
			return res.Colors[i].Share > res.Colors[j].Share
		}
		return res.Colors[i].Hex() < res.Colors[j].Hex()
	})
	if len(res.Colors) > k {
		res.Colors = res.Colors[:k]
	}
	score(res.Colors)
	return res, nil
}

// histogram returns the 5-bit histogram of img, sampled on a grid when it is
// large, with the weight of transparent and of opaque pixels.
func histogram(img image.Image) (hist []bin, transparent, total float64) {
	hist = make([]bin, 1<<15)
	b := img.Bounds()
	step := 1
	if n := b.Dx() * b.Dy(); n > MaxSamples {
		step = int(math.Ceil(math.Sqrt(float64(n) / MaxSamples)))
	}
	add := func(r, g, bl, a uint8) {
		if a < 128 {
			transparent++
			return
		}
		h := &hist[int(r>>3)<<10|int(g>>3)<<5|int(bl>>3)]
		h.w++
		h.r += float64(r)
		h.g += float64(g)
		h.b += float64(bl)
		h.vote(uint32(r)<<16 | uint32(g)<<8 | uint32(bl))
		total++
	}
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			r, g, bl, a := pixel(img, x, y)
			add(r, g, bl, a)
		}
	}
	return hist, transparent, total
}

// pixel returns the straight 8-bit colour of a pixel, with fast paths for the
// types decoders produce.
func pixel(img image.Image, x, y int) (r, g, b, a uint8) {
	switch im := img.(type) {
	case *image.YCbCr:
		yi, ci := im.YOffset(x, y), im.COffset(x, y)
		r, g, b = color.YCbCrToRGB(im.Y[yi], im.Cb[ci], im.Cr[ci])
		return r, g, b, 255
	case *image.NRGBA:
		i := im.PixOffset(x, y)
		return im.Pix[i], im.Pix[i+1], im.Pix[i+2], im.Pix[i+3]
	}
	c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
	return c.R, c.G, c.B, c.A
}

// background looks at the image's border: when 90 % of it is transparent
// (key -1) or one colour (its 5-bit key), that is the background.
func background(img image.Image) (key int, ok bool) {
	b := img.Bounds()
	if b.Dx() < 8 || b.Dy() < 8 {
		return 0, false
	}
	counts := map[int]int{}
	n := 0
	visit := func(x, y int) {
		r, g, bl, a := pixel(img, x, y)
		k := -1
		if a >= 128 {
			k = int(r>>3)<<10 | int(g>>3)<<5 | int(bl>>3)
		}
		counts[k]++
		n++
	}
	stepX, stepY := max(1, b.Dx()/256), max(1, b.Dy()/256)
	for x := b.Min.X; x < b.Max.X; x += stepX {
		visit(x, b.Min.Y)
		visit(x, b.Max.Y-1)
	}
	for y := b.Min.Y; y < b.Max.Y; y += stepY {
		visit(b.Min.X, y)
		visit(b.Max.X-1, y)
	}
	bestK, bestN := 0, 0
	for k, c := range counts {
		if c > bestN || (c == bestN && k < bestK) {
			bestK, bestN = k, c
		}
	}
	// JPEG noise spreads a flat border over neighbouring bins: count them.
	near := 0
	if bestK >= 0 {
		br, bg, bb := bestK>>10, bestK>>5&31, bestK&31
		for k, c := range counts {
			if k < 0 {
				continue
			}
			if abs(k>>10-br) <= 1 && abs(k>>5&31-bg) <= 1 && abs(k&31-bb) <= 1 {
				near += c
			}
		}
	} else {
		near = bestN
	}
	return bestK, float64(near) >= 0.9*float64(n)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// cluster is a group of bins.
type cluster struct {
	bins []*bin
	w    float64
	mean colorspace.OKLab
}

func (c *cluster) update() {
	c.w = 0
	var l, a, b float64
	for _, x := range c.bins {
		c.w += x.w
		l += x.w * x.lab.L
		a += x.w * x.lab.A
		b += x.w * x.lab.B
	}
	if c.w > 0 {
		c.mean = colorspace.OKLab{L: l / c.w, A: a / c.w, B: b / c.w}
	}
}

// core returns the mean colour of the bins near the cluster's heaviest bin,
// so that anti-aliased and noisy pixels do not pull it away.
func (c *cluster) core() colorful.Color {
	var top *bin
	for _, b := range c.bins {
		if top == nil || b.w > top.w {
			top = b
		}
	}
	var near []*bin
	for _, b := range c.bins {
		if colorspace.DeltaEOK(b.lab, top.lab) < 0.05 {
			near = append(near, b)
		}
	}
	return exact(near)
}

// kmeans clusters the bins into at most k groups: a deterministic
// farthest-point start (the heaviest bin, then each bin that is farthest,
// weighted by its pixel count, from the chosen ones), then Lloyd iterations.
func kmeans(bins []*bin, k int) []*cluster {
	if len(bins) == 0 {
		return nil
	}
	sort.Slice(bins, func(i, j int) bool {
		if bins[i].w != bins[j].w {
			return bins[i].w > bins[j].w
		}
		return colorKey(bins[i]) < colorKey(bins[j])
	})
	k = min(k, len(bins))
	centres := []colorspace.OKLab{bins[0].lab}
	dist := make([]float64, len(bins))
	for i, b := range bins {
		dist[i] = sq(colorspace.DeltaEOK(b.lab, centres[0]))
	}
	for len(centres) < k {
		best, bestV := -1, 0.0
		for i, b := range bins {
			if v := dist[i] * math.Sqrt(b.w); v > bestV {
				best, bestV = i, v
			}
		}
		if best < 0 {
			break
		}
		centres = append(centres, bins[best].lab)
		for i, b := range bins {
			dist[i] = math.Min(dist[i], sq(colorspace.DeltaEOK(b.lab, bins[best].lab)))
		}
	}
	assign := make([]int, len(bins))
	var clusters []*cluster
	for iter := 0; iter < 20; iter++ {
		changed := false
		for i, b := range bins {
			bi, bd := 0, math.Inf(1)
			for j, c := range centres {
				if d := sq(b.lab.L-c.L) + sq(b.lab.A-c.A) + sq(b.lab.B-c.B); d < bd {
					bi, bd = j, d
				}
			}
			if assign[i] != bi || iter == 0 {
				changed = changed || assign[i] != bi
				assign[i] = bi
			}
		}
		clusters = make([]*cluster, len(centres))
		for j := range clusters {
			clusters[j] = &cluster{}
		}
		for i, b := range bins {
			clusters[assign[i]].bins = append(clusters[assign[i]].bins, b)
		}
		for j, c := range clusters {
			c.update()
			if c.w > 0 {
				centres[j] = c.mean
			}
		}
		if !changed && iter > 0 {
			break
		}
	}
	var out []*cluster
	for _, c := range clusters {
		if c.w > 0 {
			out = append(out, c)
		}
	}
	return out
}

func colorKey(b *bin) float64 { return b.r*65536 + b.g*256 + b.b }

func sq(v float64) float64 { return v * v }

// merge joins clusters whose core colours are within MergeDistance, and a
// small cluster (under 8 % of the pixels) into a larger one within
// SmallMergeDistance: JPEG's chroma subsampling leaves such desaturated
// copies of a colour along its edges.
func merge(cs []*cluster) []*cluster {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].w > cs[j].w })
	var total float64
	for _, c := range cs {
		total += c.w
	}
	var out []*cluster
	for _, c := range cs {
		joined := false
		limit := MergeDistance
		if c.w < 0.08*total {
			limit = SmallMergeDistance
		}
		for _, o := range out {
			if colorspace.DeltaE2000Colors(c.core(), o.core()) < limit {
				o.bins = append(o.bins, c.bins...)
				o.update()
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, c)
		}
	}
	return out
}

// foldFringes folds small clusters that are blends of two larger ones, or of
// a larger one and the background (the anti-aliased or JPEG-blurred edge
// between them), into those. It returns the weight given to the background.
func foldFringes(cs []*cluster, bg *colorful.Color) ([]*cluster, float64) {
	var total float64
	for _, c := range cs {
		total += c.w
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].w > cs[j].w })
	var out []*cluster
	toBG := 0.0
	for idx, c := range cs {
		if idx == 0 || c.w/total >= 0.08 {
			out = append(out, c)
			continue
		}
		col := colorspace.ToOKLab(c.core())
		// Endpoints: the kept clusters, then the background (index -1).
		ends := make([]colorful.Color, 0, len(out)+1)
		for _, o := range out {
			ends = append(ends, o.core())
		}
		if bg != nil {
			ends = append(ends, *bg)
		}
		bi, bj, bt, bd := -1, -1, 0.0, fringeDistance
		for i := range ends {
			for j := i + 1; j < len(ends); j++ {
				t, d := blend(ends[i], ends[j], c.core(), col)
				if d < bd {
					bi, bj, bt, bd = i, j, t, d
				}
			}
		}
		if bi < 0 {
			out = append(out, c)
			continue
		}
		give := func(i int, w float64) {
			if i < len(out) {
				out[i].w += w
			} else {
				toBG += w
			}
		}
		give(bi, c.w*(1-bt))
		give(bj, c.w*bt)
	}
	return out, toBG
}

// fringeDistance is how far (deltaEOK) a small cluster may lie from the
// blend of two colours and still count as their edge: JPEG's chroma
// subsampling and ringing push edges off the exact blend.
const fringeDistance = 0.06

// blend returns where c lies between a and b in sRGB (0 at a, 1 at b) and
// its OKLab distance from that blend; the distance is infinite outside the
// segment.
func blend(a, b, c colorful.Color, lab colorspace.OKLab) (t, d float64) {
	dr, dg, db := b.R-a.R, b.G-a.G, b.B-a.B
	n := dr*dr + dg*dg + db*db
	if n == 0 {
		return 0, math.Inf(1)
	}
	t = ((c.R-a.R)*dr + (c.G-a.G)*dg + (c.B-a.B)*db) / n
	if t <= 0.02 || t >= 0.98 {
		return t, math.Inf(1)
	}
	mix := colorful.Color{R: a.R + t*dr, G: a.G + t*dg, B: a.B + t*db}
	return t, colorspace.DeltaEOK(colorspace.ToOKLab(mix), lab)
}

// score gives each colour its brand score: chroma most (a brand colour is
// rarely dull), then share relative to the largest colour, with very dark
// and very light colours held back (they are usually text or paper).
func score(cs []Color) {
	top := 0.0
	for _, c := range cs {
		if !c.Background {
			top = math.Max(top, c.Share)
		}
	}
	for i := range cs {
		if cs[i].Background || top == 0 {
			continue
		}
		o := colorspace.ToOKLCH(cs[i].Color)
		chroma := math.Min(o.C/0.16, 1)
		share := math.Sqrt(cs[i].Share / top)
		s := 0.65*chroma + 0.35*share
		if o.L < 0.2 || o.L > 0.96 {
			s *= 0.5
		}
		if cs[i].Share < 0.01 {
			s *= 0.3
		}
		cs[i].Score = math.Round(s*1e6) / 1e6
	}
}

// Quantizer is a draw.Quantizer that adds an image's dominant colours to a
// palette, in order of share.
type Quantizer struct {
	Options Options
}

// Quantize implements draw.Quantizer. Colours already in p are kept first;
// an image that fails to quantize adds nothing.
func (q Quantizer) Quantize(p color.Palette, m image.Image) color.Palette {
	o := q.Options
	if o.Colors == 0 {
		o.Colors = max(1, min(64, cap(p)-len(p)))
	}
	o.KeepBackground = true
	res, err := Extract(m, o)
	if err != nil {
		return p
	}
	for _, c := range res.Colors {
		if len(p) == cap(p) && cap(p) > 0 {
			break
		}
		r, g, b := palette.RGB255(c.Color)
		p = append(p, color.RGBA{r, g, b, 255})
	}
	return p
}
