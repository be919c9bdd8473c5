package measure_test

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// mixNRGBA blends a and b in sRGB, as renderers blend: t = 0 is a, 1 is b.
func mixNRGBA(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 255}
}

// truth is the expected share of each palette colour (brand order) and off.
type truth struct {
	colors []float64
	off    float64
	photo  float64
}

func checkTruth(t *testing.T, name string, r measure.Result, want truth, tol float64) {
	t.Helper()
	for i, c := range r.Colors {
		if math.Abs(c.Share-want.colors[i]) > tol {
			t.Errorf("%s: %s %s %.4f, truth %.4f (±%.3f)", name, c.Role, c.Hex, c.Share, want.colors[i], tol)
		}
	}
	if math.Abs(r.Shares.Off-want.off) > tol {
		t.Errorf("%s: off %.4f, truth %.4f (±%.3f) %+v", name, r.Shares.Off, want.off, tol, r.Off)
	}
	if math.Abs(r.Shares.Photo-want.photo) > tol {
		t.Errorf("%s: photo %.4f, truth %.4f (±%.3f)", name, r.Shares.Photo, want.photo, tol)
	}
}

// brand order: primary #1d4ed8, secondary #bfdbfe, accent #f59e0b,
// neutral #111827, #f9fafb.
var brandCols = []color.NRGBA{rgba("#1d4ed8"), rgba("#bfdbfe"), rgba("#f59e0b"), rgba("#111827"), rgba("#f9fafb")}

// TestFlatInBetweenBlock: a solid block whose colour lies between two
// palette colours is off-palette, not a blend: blends need both colours
// around them.
func TestFlatInBetweenBlock(t *testing.T) {
	m := newMeasurer(t)
	for _, tc := range []struct {
		name string
		a, b int     // the two palette colours the block lies between
		t    float64 // where
		bg   int     // background colour
	}{
		{"grey between the neutrals, on white", 3, 4, 0.5, 4},
		{"grey between the neutrals, on primary", 3, 4, 0.45, 0},
		{"mid blue between primary and secondary, on primary", 0, 1, 0.5, 0},
		{"orange-grey between accent and white, on white", 2, 4, 0.5, 4},
	} {
		img := image.NewNRGBA(image.Rect(0, 0, 1000, 600))
		draw.Draw(img, img.Bounds(), &image.Uniform{brandCols[tc.bg]}, image.Point{}, draw.Src)
		// 12 % of the image: 300×240 px.
		block := image.Rect(400, 200, 700, 440)
		draw.Draw(img, block, &image.Uniform{mixNRGBA(brandCols[tc.a], brandCols[tc.b], tc.t)}, image.Point{}, draw.Src)
		want := truth{colors: make([]float64, 5), off: 0.12}
		want.colors[tc.bg] = 0.88
		checkTruth(t, tc.name, m.Measure(img), want, 0.002)
		checkTruth(t, tc.name+", JPEG q85", m.Measure(jpegRoundTrip(t, img, 85)), want, 0.02)
	}
}

// textImage draws lines of anti-aliased text in fg on bg.
func textImage(_ testing.TB, w, h int, bg, fg color.NRGBA, size float64) *image.NRGBA {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		panic(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic(err) // goregular and a positive size: cannot fail
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), &image.Uniform{bg}, image.Point{}, draw.Src)
	d := font.Drawer{Dst: img, Src: &image.Uniform{fg}, Face: face}
	for y := int(size * 1.3); y < h; y += int(size * 1.5) {
		d.Dot = fixed.P(8, y)
		d.DrawString("Quick brown foxes jump over lazy dogs, 0123456789 — à Paris!")
	}
	return img
}

// TestTextKeepsOffLow: anti-aliased text of every size, PNG and JPEG, keeps
// the off-palette share under 1 % and is not taken for a photograph.
func TestTextKeepsOffLow(t *testing.T) {
	m := newMeasurer(t)
	for _, size := range []float64{9, 12, 16, 24, 48} {
		for _, pair := range [][2]int{{4, 3}, {0, 4}, {1, 3}, {2, 3}} {
			img := textImage(t, 900, 300, brandCols[pair[0]], brandCols[pair[1]], size)
			for _, q := range []int{0, 95, 85} {
				var in image.Image = img
				if q > 0 {
					in = jpegRoundTrip(t, img, q)
				}
				r := m.Measure(in)
				if r.Shares.Off >= 0.01 || r.Shares.Photo > 0 {
					t.Errorf("%.0f px text %v on %v, quality %d: off %.4f photo %.4f, want off < 1 %%, no photo",
						size, pair[1], pair[0], q, r.Shares.Off, r.Shares.Photo)
				}
			}
		}
	}
}

// gradientImage draws, left to right: colour a, a linear gradient from a to
// b over gw pixels (horizontal) or rows (vertical), colour b. It returns the
// truth: the gradient's pixels count for a and b in proportion.
func gradientImage(w, h, gw int, a, b color.NRGBA, vertical bool) (*image.NRGBA, float64, float64) {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	n := w
	if vertical {
		n = h
	}
	start := (n - gw) / 2
	var wa, wb float64
	for i := range n {
		t := math.Min(1, math.Max(0, (float64(i-start)+0.5)/float64(gw)))
		c := mixNRGBA(a, b, t)
		// The truth is the rounded colour's own position, as a designer's
		// tool would report the stops.
		wa += 1 - t
		wb += t
		if vertical {
			draw.Draw(img, image.Rect(0, i, w, i+1), &image.Uniform{c}, image.Point{}, draw.Src)
		} else {
			draw.Draw(img, image.Rect(i, 0, i+1, h), &image.Uniform{c}, image.Point{}, draw.Src)
		}
	}
	return img, wa / float64(n), wb / float64(n)
}

// TestGradients: soft gradients between palette colours, PNG and JPEG at
// quality 80 and above, measure within 2 points of the truth.
func TestGradients(t *testing.T) {
	m := newMeasurer(t)
	for _, tc := range []struct {
		a, b     int
		gw       int
		vertical bool
	}{
		{0, 1, 400, false}, {0, 1, 1000, false}, {3, 4, 600, true}, {2, 4, 300, false}, {0, 3, 200, true}, {1, 4, 900, false},
	} {
		img, wa, wb := gradientImage(1200, 628, tc.gw, brandCols[tc.a], brandCols[tc.b], tc.vertical)
		want := truth{colors: make([]float64, 5)}
		want.colors[tc.a], want.colors[tc.b] = wa, wb
		name := fmt.Sprintf("%v→%v over %d px (vertical %v)", tc.a, tc.b, tc.gw, tc.vertical)
		checkTruth(t, name, m.Measure(img), want, 0.02)
		for _, q := range []int{95, 80} {
			checkTruth(t, fmt.Sprintf("%s, JPEG q%d", name, q), m.Measure(jpegRoundTrip(t, img, q)), want, 0.02)
		}
	}
}

// TestJPEGLayouts: random flat layouts of palette colours, re-encoded as
// JPEG at quality 80 to 95, measure within 2 points of their true areas.
func TestJPEGLayouts(t *testing.T) {
	m := newMeasurer(t)
	for seed := range 8 {
		r := rand.New(rand.NewPCG(uint64(seed), 80))
		img := image.NewNRGBA(image.Rect(0, 0, 800, 500))
		draw.Draw(img, img.Bounds(), &image.Uniform{brandCols[0]}, image.Point{}, draw.Src)
		for range 6 {
			x, y := r.IntN(700), r.IntN(400)
			draw.Draw(img, image.Rect(x, y, x+40+r.IntN(300), y+40+r.IntN(200)), &image.Uniform{brandCols[r.IntN(5)]}, image.Point{}, draw.Src)
		}
		want := truth{colors: make([]float64, 5)}
		for y := range 500 {
			for x := range 800 {
				for i, c := range brandCols {
					if img.NRGBAAt(x, y) == c {
						want.colors[i] += 1.0 / (800 * 500)
					}
				}
			}
		}
		for _, q := range []int{80, 90, 95} {
			checkTruth(t, fmt.Sprintf("seed %d q%d", seed, q), m.Measure(jpegRoundTrip(t, img, q)), want, 0.02)
		}
	}
}

// photoTexture paints a photo-like texture: smooth multi-scale value noise
// in colours far from any palette, with fine grain, like a product shot.
func photoTexture(r *rand.Rand, w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	type octave struct {
		scale float64
		grid  [][]float64
	}
	var octs []octave
	for _, sc := range []float64{64, 24, 8, 3} {
		gw, gh := int(float64(w)/sc)+2, int(float64(h)/sc)+2
		g := make([][]float64, gh)
		for i := range g {
			g[i] = make([]float64, gw*3)
			for j := range g[i] {
				g[i][j] = r.Float64()*2 - 1
			}
		}
		octs = append(octs, octave{sc, g})
	}
	base := [3]float64{90 + r.Float64()*80, 60 + r.Float64()*80, 40 + r.Float64()*60}
	for y := range h {
		for x := range w {
			var v [3]float64
			amp := 70.0
			for _, o := range octs {
				fx, fy := float64(x)/o.scale, float64(y)/o.scale
				x0, y0 := int(fx), int(fy)
				tx, ty := fx-float64(x0), fy-float64(y0)
				tx, ty = tx*tx*(3-2*tx), ty*ty*(3-2*ty)
				for c := range 3 {
					a := o.grid[y0][3*x0+c]*(1-tx) + o.grid[y0][3*x0+3+c]*tx
					b := o.grid[y0+1][3*x0+c]*(1-tx) + o.grid[y0+1][3*x0+3+c]*tx
					v[c] += amp * (a*(1-ty) + b*ty)
				}
				amp *= 0.5
			}
			grain := (r.Float64()*2 - 1) * 6
			img.SetNRGBA(x, y, color.NRGBA{clamp8(base[0] + v[0] + grain), clamp8(base[1] + v[1] + grain), clamp8(base[2] + v[2] + grain), 255})
		}
	}
	return img
}

// TestPhotoComposite: flat banners with a photograph pasted in report the
// photo's area as its own share and judge 60-30-10 on the designed part;
// PhotosInclude measures the photo pixel by pixel.
func TestPhotoComposite(t *testing.T) {
	incl, err := measure.New(brand, measure.Options{Photos: measure.PhotosInclude})
	if err != nil {
		t.Fatal(err)
	}
	m := newMeasurer(t)
	for seed := range 4 {
		r := rand.New(rand.NewPCG(uint64(seed), 4))
		// A 60/30/10 banner, 1200×600: bands of 720, 360, 120 px.
		img := bands(1200, 600, []struct {
			hex   string
			width int
		}{{"#1d4ed8", 720}, {"#bfdbfe", 360}, {"#f59e0b", 120}})
		pw, ph := 200+r.IntN(250), 150+r.IntN(200)
		px, py := 20+r.IntN(1200-pw-40), 20+r.IntN(600-ph-40)
		photo := photoTexture(r, pw, ph)
		draw.Draw(img, image.Rect(px, py, px+pw, py+ph), photo, image.Point{}, draw.Src)
		// The truth: what the photo covers, and each band's remaining area.
		area := float64(1200 * 600)
		want := truth{colors: make([]float64, 5), photo: float64(pw*ph) / area}
		for x := range 1200 {
			band := 0
			switch {
			case x >= 1080:
				band = 2
			case x >= 720:
				band = 1
			}
			covered := 0
			if x >= px && x < px+pw {
				covered = ph
			}
			want.colors[band] += float64(600-covered) / area
		}
		for _, q := range []int{0, 85} {
			var in image.Image = img
			if q > 0 {
				in = jpegRoundTrip(t, img, q)
			}
			name := fmt.Sprintf("seed %d, %dx%d photo, quality %d", seed, pw, ph, q)
			res := m.Measure(in)
			checkTruth(t, name, res, want, 0.02)
			if math.Abs(res.PhotoArea-want.photo) > 0.02 {
				t.Errorf("%s: photo area %.4f, truth %.4f", name, res.PhotoArea, want.photo)
			}
			ri := incl.Measure(in)
			if ri.Shares.Photo != 0 || math.Abs(ri.PhotoArea-res.PhotoArea) > 0.005 {
				t.Errorf("%s, include: photo share %.4f, area %.4f; want 0 and %.4f", name, ri.Shares.Photo, ri.PhotoArea, res.PhotoArea)
			}
			if sum := ri.Shares.Primary + ri.Shares.Secondary + ri.Shares.Accent + ri.Shares.Neutral + ri.Shares.Off; math.Abs(sum-1) > 1e-9 {
				t.Errorf("%s, include: shares sum to %v", name, sum)
			}
		}
	}
}

// TestPhotoModeText: PhotoMode reads and writes its names.
func TestPhotoModeText(t *testing.T) {
	for _, want := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		var got measure.PhotoMode
		b, _ := want.MarshalText()
		if err := got.UnmarshalText(b); err != nil || got != want {
			t.Errorf("%v: round trip %v %v", want, got, err)
		}
	}
	var p measure.PhotoMode
	if err := p.UnmarshalText([]byte("yes")); err == nil {
		t.Error("accepted \"yes\"")
	}
	if _, err := measure.New(brand, measure.Options{Photos: 9}); err == nil {
		t.Error("New accepted photo mode 9")
	}
	_ = palette.DefaultRule()
}

// FuzzPhotoModeText: UnmarshalText accepts only the names MarshalText
// writes.
func FuzzPhotoModeText(f *testing.F) {
	f.Add("exclude")
	f.Add("include")
	f.Add("Include")
	f.Fuzz(func(t *testing.T, s string) {
		var p measure.PhotoMode
		if err := p.UnmarshalText([]byte(s)); err != nil {
			return
		}
		if b, _ := p.MarshalText(); string(b) != s && !(p == 0 && s == "unset") {
			t.Fatalf("%q read as %v, written %q", s, p, b)
		}
	})
}

// ExamplePhotoMode measures a banner with a photograph pasted in (16 % of
// it; primary is 52 % of the brand colours around it): by default the photo
// is its own share and the rule judges the designed part; included, its
// pixels fall in the roles and off-palette.
func ExamplePhotoMode() {
	img := bands(600, 200, []struct {
		hex   string
		width int
	}{{"#1d4ed8", 360}, {"#bfdbfe", 180}, {"#f59e0b", 60}})
	photo := photoTexture(rand.New(rand.NewPCG(1, 2)), 160, 120)
	draw.Draw(img, image.Rect(20, 40, 180, 160), photo, image.Point{}, draw.Src)
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, _ := measure.New(brand, measure.Options{Photos: mode})
		r := m.Measure(img)
		fmt.Printf("%s: primary %.0f %% of the brand colours, off %.0f %%, photo %.0f %% (photographic area %.0f %%)\n",
			mode, 100*r.Shares.Relative(palette.Primary), 100*r.Shares.Off, 100*r.Shares.Photo, 100*r.PhotoArea)
	}
	// Output:
	// exclude: primary 52 % of the brand colours, off 0 %, photo 15 % (photographic area 15 %)
	// include: primary 52 % of the brand colours, off 10 %, photo 0 % (photographic area 15 %)
}
