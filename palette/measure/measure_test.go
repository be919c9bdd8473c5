package measure_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

var brand = &palette.Palette{
	Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
	Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
	Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
	Neutral:   []palette.Entry{{Color: palette.MustParseColor("#111827")}, {Color: palette.MustParseColor("#f9fafb")}},
}

func rgba(hex string) color.NRGBA {
	r, g, b := palette.RGB255(palette.MustParseColor(hex))
	return color.NRGBA{r, g, b, 255}
}

// bands draws vertical bands of the given colours and widths (in pixels).
func bands(w, h int, parts []struct {
	hex   string
	width int
}) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	x := 0
	for _, p := range parts {
		draw.Draw(img, image.Rect(x, 0, x+p.width, h), &image.Uniform{rgba(p.hex)}, image.Point{}, draw.Src)
		x += p.width
	}
	return img
}

// rule603010 is a 1500x500 banner in exact 60/30/10 bands.
func rule603010() *image.NRGBA {
	return bands(1500, 500, []struct {
		hex   string
		width int
	}{{"#1d4ed8", 900}, {"#bfdbfe", 450}, {"#f59e0b", 150}})
}

func newMeasurer(t testing.TB) *measure.Measurer {
	m, err := measure.New(brand, measure.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func TestExactAreasPNG(t *testing.T) {
	m := newMeasurer(t)
	var buf bytes.Buffer
	if err := png.Encode(&buf, rule603010()); err != nil {
		t.Fatal(err)
	}
	img, _, err := imagefile.Decode(&buf, imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := m.Measure(img)
	s := r.Shares
	// Within 0.1 points of the truth.
	if !near(s.Primary, 0.6, 0.001) || !near(s.Secondary, 0.3, 0.001) || !near(s.Accent, 0.1, 0.001) || s.Off > 0.001 {
		t.Errorf("shares %+v, want 60/30/10", s)
	}
	if p := r.Problems(palette.DefaultRule()); len(p) != 0 {
		t.Errorf("problems %v", p)
	}
	if r.Width != 1500 || r.Height != 500 || r.Opaque != 750000 {
		t.Errorf("size %dx%d opaque %v", r.Width, r.Height, r.Opaque)
	}
}

func TestExactAreasJPEG(t *testing.T) {
	m := newMeasurer(t)
	for _, q := range []int{85, 95} {
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, rule603010(), &jpeg.Options{Quality: q}); err != nil {
			t.Fatal(err)
		}
		img, _, err := imagefile.Decode(&buf, imagefile.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s := m.Measure(img).Shares
		// Within 2 points of the truth at quality 85.
		if !near(s.Primary, 0.6, 0.02) || !near(s.Secondary, 0.3, 0.02) || !near(s.Accent, 0.1, 0.02) || s.Off > 0.02 {
			t.Errorf("quality %d: shares %+v, want 60/30/10 ± 2 points", q, s)
		}
	}
}

func TestOffPalette(t *testing.T) {
	m := newMeasurer(t)
	img := bands(1000, 100, []struct {
		hex   string
		width int
	}{{"#1d4ed8", 500}, {"#bfdbfe", 200}, {"#f59e0b", 120}, {"#3a7d44", 180}})
	r := m.Measure(img)
	// The cluster's colour is the mean of its 6-bit bins: within 2/255 per channel.
	if !near(r.Shares.Off, 0.18, 0.001) || len(r.Off) == 0 || !near(r.Off[0].Share, 0.18, 0.001) ||
		colorspace.DeltaE2000Colors(palette.MustParseColor(r.Off[0].Hex), palette.MustParseColor("#3a7d44")) > 1 {
		t.Errorf("off %+v %+v", r.Shares, r.Off)
	}
	var msgs []string
	for _, p := range r.Problems(palette.DefaultRule()) {
		msgs = append(msgs, p.String())
	}
	want := []string{"secondary is 24 % of the brand colours, 6 points under its 30 % target (±5)",
		"18 % of the image is off-palette, mostly " + r.Off[0].Hex + " (at most 10 % allowed)"}
	if strings.Join(msgs, "|") != strings.Join(want, "|") {
		t.Errorf("problems %q, want %q", msgs, want)
	}
}

// TestAntiAliasedText draws anti-aliased text in the dark neutral on a flat
// primary background: edges are blends of the two and must not count as off.
func TestAntiAliasedText(t *testing.T) {
	m := newMeasurer(t)
	f, err := opentype.Parse(gobold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ bg, fg string }{{"#1d4ed8", "#f9fafb"}, {"#bfdbfe", "#111827"}, {"#f59e0b", "#111827"}} {
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 37, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			t.Fatal(err)
		}
		img := image.NewNRGBA(image.Rect(0, 0, 800, 200))
		draw.Draw(img, img.Bounds(), &image.Uniform{rgba(tc.bg)}, image.Point{}, draw.Src)
		d := font.Drawer{Dst: img, Src: &image.Uniform{rgba(tc.fg)}, Face: face}
		for i, line := range []string{"Des outils qui durent, à Paris", "Sample text 0123456789 &@%!", "Découvrir — Brand colours"} {
			d.Dot = fixed.P(10, 50+i*55)
			d.DrawString(line)
		}
		r := m.Measure(img)
		if r.Shares.Off > 0.01 {
			t.Errorf("%s on %s: off %.4f > 1 %%: %+v", tc.fg, tc.bg, r.Shares.Off, r.Off)
		}
		if r.Shares.Neutral < 0.05 {
			t.Errorf("%s on %s: text share %.4f, too small", tc.fg, tc.bg, r.Shares.Neutral)
		}
	}
}

func TestAlphaAndImageTypes(t *testing.T) {
	m := newMeasurer(t)
	base := rule603010()
	want := palette.Shares{Primary: 0.6, Secondary: 0.3, Accent: 0.1}
	// Every decoded type gives the same shares.
	rgbaImg := image.NewRGBA(base.Bounds())
	draw.Draw(rgbaImg, base.Bounds(), base, image.Point{}, draw.Src)
	pal := image.NewPaletted(base.Bounds(), color.Palette{rgba("#1d4ed8"), rgba("#bfdbfe"), rgba("#f59e0b")})
	draw.Draw(pal, base.Bounds(), base, image.Point{}, draw.Src)
	rgba64 := image.NewRGBA64(base.Bounds())
	draw.Draw(rgba64, base.Bounds(), base, image.Point{}, draw.Src)
	sub := image.NewNRGBA(image.Rect(-10, -10, 1510, 510))
	draw.Draw(sub, sub.Bounds(), &image.Uniform{color.NRGBA{255, 0, 0, 255}}, image.Point{}, draw.Src)
	draw.Draw(sub, base.Bounds(), base, image.Point{}, draw.Src)
	for name, img := range map[string]image.Image{
		"nrgba": base, "rgba": rgbaImg, "paletted": pal, "rgba64": rgba64,
		"subimage": sub.SubImage(base.Bounds()),
	} {
		s := m.Measure(img).Shares
		if !near(s.Primary, want.Primary, 0.001) || !near(s.Secondary, want.Secondary, 0.001) || !near(s.Accent, want.Accent, 0.001) {
			t.Errorf("%s: %+v", name, s)
		}
	}
	// Transparent pixels are ignored; half-transparent ones count half.
	img := image.NewNRGBA(image.Rect(0, 0, 100, 10))
	draw.Draw(img, image.Rect(0, 0, 50, 10), &image.Uniform{rgba("#1d4ed8")}, image.Point{}, draw.Src)
	half := rgba("#f59e0b")
	half.A = 128
	draw.Draw(img, image.Rect(50, 0, 75, 10), &image.Uniform{half}, image.Point{}, draw.Src)
	r := m.Measure(img)
	wantAccent := 25 * 128.0 / (50*255 + 25*128)
	if !near(r.Shares.Accent, wantAccent, 1e-9) || !near(r.Opaque, 500+250*128.0/255, 1e-6) {
		t.Errorf("alpha: %+v opaque %v, want accent %v", r.Shares, r.Opaque, wantAccent)
	}
	empty := m.Measure(image.NewNRGBA(image.Rect(0, 0, 10, 10)))
	if empty.Opaque != 0 || empty.Shares != (palette.Shares{}) {
		t.Errorf("transparent image: %+v", empty)
	}
	// A premultiplied half-transparent pixel is unpremultiplied.
	pm := image.NewRGBA(image.Rect(0, 0, 10, 10))
	draw.Draw(pm, pm.Bounds(), &image.Uniform{half}, image.Point{}, draw.Src)
	if s := m.Measure(pm).Shares; !near(s.Accent, 1, 1e-9) {
		t.Errorf("premultiplied: %+v", s)
	}
	// GIF through the decoder (a paletted image, as GIF stores it).
	var buf bytes.Buffer
	if err := gif.Encode(&buf, pal, nil); err != nil {
		t.Fatal(err)
	}
	g, _, err := imagefile.Decode(&buf, imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := m.Measure(g).Shares; !near(s.Primary, 0.6, 0.001) {
		t.Errorf("gif: %+v", s)
	}
}

func TestConcurrent(t *testing.T) {
	m := newMeasurer(t)
	img := rule603010()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if s := m.Measure(img).Shares; !near(s.Primary, 0.6, 0.001) {
				t.Errorf("concurrent: %+v", s)
			}
		})
	}
	wg.Wait()
}

func TestMask(t *testing.T) {
	m := newMeasurer(t)
	img := bands(100, 10, []struct {
		hex   string
		width int
	}{{"#1d4ed8", 50}, {"#3a7d44", 50}})
	mask := m.Mask(img)
	if got := mask.NRGBAAt(75, 5); got != rgba("#3a7d44") {
		t.Errorf("off-palette pixel masked: %v", got)
	}
	if got := mask.NRGBAAt(25, 5); got.R != got.G || got.G != got.B || got.R < 200 {
		t.Errorf("on-palette pixel not faded: %v", got)
	}
}

func TestOptions(t *testing.T) {
	if _, err := measure.New(brand, measure.Options{Tolerance: -1}); err == nil {
		t.Error("negative tolerance accepted")
	}
	if _, err := measure.New(nil, measure.Options{}); err == nil {
		t.Error("nil palette accepted")
	}
}

// photo draws a photo-like image: smooth low-frequency colour fields with a
// little grain, the statistics of a picture rather than of noise.
func photo(w, h int, grain uint32) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	seed := uint32(1)
	for y := range h {
		fy := float64(y) / float64(h)
		for x := range w {
			fx := float64(x) / float64(w)
			seed = seed*1664525 + 1013904223
			n := float64(seed>>24%(2*grain+1)) - float64(grain)
			r := 128 + 90*math.Sin(3*fx+2*fy) + 30*math.Sin(11*fx*fy) + n
			g := 128 + 80*math.Sin(2*fx-3*fy+1) + 25*math.Cos(7*fy) + n
			b := 128 + 100*math.Cos(4*fx+fy) + n
			i := img.PixOffset(x, y)
			img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = clamp8(r), clamp8(g), clamp8(b), 255
		}
	}
	return img
}

func clamp8(v float64) uint8 { return uint8(math.Max(0, math.Min(255, v))) }

func encodeJPEG(b testing.TB, img image.Image) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func benchInputs(b *testing.B) map[string][]byte {
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, rule603010()); err != nil {
		b.Fatal(err)
	}
	return map[string][]byte{
		"png-1500x500":    pngBuf.Bytes(),
		"jpeg-1080x1080":  encodeJPEG(b, photo(1080, 1080, 3)),
		"jpeg-4000x3000":  encodeJPEG(b, photo(4000, 3000, 3)),
		"noise-1080x1080": encodeJPEG(b, photo(1080, 1080, 40)),
	}
}

func benchDecode(b *testing.B, measureToo bool) {
	m := newMeasurer(b)
	inputs := benchInputs(b)
	for _, name := range []string{"png-1500x500", "jpeg-1080x1080", "jpeg-4000x3000", "noise-1080x1080"} {
		data := inputs[name]
		b.Run(name, func(b *testing.B) {
			if measureToo {
				// Warm the lookup tables, as the first images of a batch do.
				img, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
				m.Measure(img)
			}
			var px int
			for b.Loop() {
				img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
				if err != nil {
					b.Fatal(err)
				}
				px = img.Bounds().Dx() * img.Bounds().Dy()
				if measureToo {
					m.Measure(img)
				}
			}
			b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
		})
	}
}

// BenchmarkDecode is the floor: decoding alone.
func BenchmarkDecode(b *testing.B) { benchDecode(b, false) }

// BenchmarkDecodeMeasure is decoding plus measuring; the difference with
// BenchmarkDecode is the cost of the measurement.
func BenchmarkDecodeMeasure(b *testing.B) { benchDecode(b, true) }

// BenchmarkMeasureNaive is the simplest alternative to the lookup tables:
// an OKLab conversion and a nearest-colour search for every pixel.
func BenchmarkMeasureNaive(b *testing.B) {
	data := benchInputs(b)["jpeg-1080x1080"]
	img, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
	labs := make([]colorspace.OKLab, 0)
	for _, c := range brand.Colors() {
		labs = append(labs, colorspace.ToOKLab(c.Color))
	}
	bnd := img.Bounds()
	for b.Loop() {
		var counts [8]int
		for y := bnd.Min.Y; y < bnd.Max.Y; y++ {
			for x := bnd.Min.X; x < bnd.Max.X; x++ {
				c, _, _ := palette.FromImage(img.At(x, y))
				l := colorspace.ToOKLab(c)
				best, bestD := len(labs), measure.DefaultTolerance
				for i, p := range labs {
					if d := colorspace.DeltaEOK(l, p); d <= bestD {
						best, bestD = i, d
					}
				}
				counts[best]++
			}
		}
	}
	b.ReportMetric(float64(bnd.Dx()*bnd.Dy())*float64(b.N)/b.Elapsed().Seconds(), "px/s")
}

// BenchmarkMeasureCold measures one photo with a new Measurer each time:
// the cost of a single-image run, lookup tables filled from empty.
func BenchmarkMeasureCold(b *testing.B) {
	data := benchInputs(b)["jpeg-1080x1080"]
	img, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
	for b.Loop() {
		newMeasurer(b).Measure(img)
	}
}

// BenchmarkMeasure is the measurement alone on the same decoded JPEG.
func BenchmarkMeasure(b *testing.B) {
	m := newMeasurer(b)
	data := benchInputs(b)["jpeg-1080x1080"]
	img, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
	m.Measure(img) // warm the tables, as a batch does after its first images
	for b.Loop() {
		m.Measure(img)
	}
	b.ReportMetric(float64(1080*1080)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
}

func ExampleMeasurer_Measure() {
	p := &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
	}
	m, err := measure.New(p, measure.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// 50 % primary, 30 % secondary, 20 % accent.
	img := image.NewNRGBA(image.Rect(0, 0, 10, 1))
	for x := range 10 {
		c := rgba("#1d4ed8")
		switch {
		case x >= 8:
			c = rgba("#f59e0b")
		case x >= 5:
			c = rgba("#bfdbfe")
		}
		img.SetNRGBA(x, 0, c)
	}
	r := m.Measure(img)
	fmt.Printf("primary %.0f%% secondary %.0f%% accent %.0f%% off %.0f%%\n",
		r.Shares.Primary*100, r.Shares.Secondary*100, r.Shares.Accent*100, r.Shares.Off*100)
	for _, pr := range r.Problems(palette.DefaultRule()) {
		fmt.Println(pr.String())
	}
	// Output:
	// primary 50% secondary 30% accent 20% off 0%
	// primary is 50 % of the brand colours, 10 points under its 60 % target (±5)
	// accent is 20 % of the brand colours, 10 points over its 10 % target (±5)
}

func ExampleNewReport() {
	m, _ := measure.New(brand, measure.Options{})
	img := image.NewNRGBA(image.Rect(0, 0, 10, 1))
	draw.Draw(img, img.Bounds(), &image.Uniform{rgba("#1d4ed8")}, image.Point{}, draw.Src)
	rep := measure.NewReport("all-blue.png", m.Measure(img), palette.DefaultRule())
	fmt.Println(rep.Pass, rep.Shares.Primary, rep.Problems[0])
	// Output: false 1 primary is 100 % of the brand colours, 40 points over its 60 % target (±5)
}

// TestFastPathsMatchGeneric: every pixel type with a fast path measures as
// the generic image.Image path does.
func TestFastPathsMatchGeneric(t *testing.T) {
	m := newMeasurer(t)
	base := bands(300, 20, []struct {
		hex   string
		width int
	}{{"#1d4ed8", 150}, {"#bfdbfe", 70}, {"#f59e0b", 40}, {"#3a7d44", 40}})
	half := rgba("#f59e0b")
	half.A = 100
	draw.Draw(base, image.Rect(0, 0, 20, 20), &image.Uniform{half}, image.Point{}, draw.Src)
	convert := func(dst draw.Image) image.Image {
		draw.Draw(dst, dst.Bounds(), base, image.Point{}, draw.Src)
		return dst
	}
	cases := map[string]image.Image{
		"nrgba64": convert(image.NewNRGBA64(base.Bounds())),
		"rgba64":  convert(image.NewRGBA64(base.Bounds())),
		"gray16":  convert(image.NewGray16(base.Bounds())),
		"gray":    convert(image.NewGray(base.Bounds())),
		"cmyk":    convert(image.NewCMYK(base.Bounds())),
	}
	for name, img := range cases {
		got := m.Measure(img).Shares
		want := m.Measure(onlyAt{img}).Shares
		if got != want {
			t.Errorf("%s: fast path %+v, generic %+v", name, got, want)
		}
	}
}

// onlyAt hides an image's concrete type, forcing the generic path.
type onlyAt struct{ image.Image }
