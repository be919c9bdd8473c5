package measure_test

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	xdraw "golang.org/x/image/draw"
)

// shareDiff returns the largest absolute difference between two results'
// shares (every role, off and photo) and photo areas, and what it is in.
func shareDiff(a, b measure.Result) (float64, string) {
	sa, sb := a.Shares, b.Shares
	d := []struct {
		name string
		v    float64
	}{
		{"primary", sa.Primary - sb.Primary}, {"secondary", sa.Secondary - sb.Secondary},
		{"accent", sa.Accent - sb.Accent}, {"neutral", sa.Neutral - sb.Neutral},
		{"off", sa.Off - sb.Off}, {"photo", sa.Photo - sb.Photo}, {"photo area", a.PhotoArea - b.PhotoArea},
	}
	worst, what := 0.0, ""
	for _, x := range d {
		if math.Abs(x.v) > worst {
			worst, what = math.Abs(x.v), x.name
		}
	}
	return worst, what
}

// measurers returns a measurer per photo mode for p.
func measurers(t testing.TB, p *palette.Palette) []*measure.Measurer {
	var ms []*measure.Measurer
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, err := measure.New(p, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	return ms
}

// scaledDiff measures the JPEG file data at full resolution and at r with
// every measurer and returns the largest share difference, where, and the
// factor r scaled by; tsv, when not nil, gets a line per measurer: its
// index, the differences of primary, secondary, accent, neutral, off,
// photo and photo area, and the photo area in full and scaled.
func scaledDiff(t testing.TB, ms []*measure.Measurer, data []byte, r measure.Resolution, tsv func(string)) (worst float64, what string, scale int) {
	full, _, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	img, _, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{Resolution: r})
	if err != nil {
		t.Fatal(err)
	}
	scale = measure.ScaleOf(img, full.Bounds().Dx(), full.Bounds().Dy())
	for i, m := range ms {
		a, b := m.Measure(full), m.Measure(img)
		d, w := shareDiff(a, b)
		if tsv != nil {
			sa, sb := a.Shares, b.Shares
			tsv(fmt.Sprintf("%d\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f\t%.5f", i, sb.Primary-sa.Primary, sb.Secondary-sa.Secondary,
				sb.Accent-sa.Accent, sb.Neutral-sa.Neutral, sb.Off-sa.Off, sb.Photo-sa.Photo, b.PhotoArea-a.PhotoArea, a.PhotoArea, b.PhotoArea))
		}
		if d > worst {
			worst, what = d, fmt.Sprintf("%s (photo mode %d)", w, i)
		}
	}
	return worst, what, scale
}

// TestResolutionScales: each Resolution decodes a JPEG image at its
// factor (ScaleOf says which), and MeasureReader measures that image;
// FullDecode, other formats and the files handed to image/jpeg are
// decoded in full.
func TestResolutionScales(t *testing.T) {
	m := newMeasurer(t)
	src := composite(rand.New(rand.NewPCG(5, 5)), 1000, 750)
	jpg := encodeJPEGQ(t, src, 90)
	for _, c := range []struct {
		r    measure.Resolution
		want int
	}{{measure.ResolutionFull, 1}, {measure.ResolutionHalf, 2}, {measure.ResolutionQuarter, 4}, {measure.ResolutionEighth, 8}} {
		img, format, err := measure.Decode(bytes.NewReader(jpg), measure.ReadOptions{Resolution: c.r})
		if err != nil || format != "jpeg" {
			t.Fatalf("%v: %v, %s", c.r, err, format)
		}
		if s := measure.ScaleOf(img, 1000, 750); s != c.want {
			t.Errorf("%v: scale %d, want %d", c.r, s, c.want)
		}
		// FullDecode and other formats: in full.
		img, _, err = measure.Decode(bytes.NewReader(jpg), measure.ReadOptions{Resolution: c.r, FullDecode: true})
		if err != nil || img.Bounds().Dx() != 1000 {
			t.Errorf("%v with FullDecode: %v, %v", c.r, img.Bounds(), err)
		}
		res, _, err := m.MeasureReader(bytes.NewReader(jpg), measure.ReadOptions{Resolution: c.r})
		if err != nil || res.Width != (1000+c.want-1)/c.want || res.Height != (750+c.want-1)/c.want {
			t.Errorf("%v: MeasureReader %dx%d, %v", c.r, res.Width, res.Height, err)
		}
		img, _, err = measure.Decode(bytes.NewReader(jpg), measure.ReadOptions{Resolution: c.r})
		if err != nil || !reflect.DeepEqual(res, m.Measure(img)) {
			t.Errorf("%v: MeasureReader differs from Measure of Decode's image (%v)", c.r, err)
		}
	}
	for _, name := range []string{"fallback-rgb.jpg"} {
		data, err := os.ReadFile(filepath.Join("../internal/jpeg/testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			t.Fatal(err)
		}
		img, _, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{Resolution: measure.ResolutionEighth})
		if err != nil || measure.ScaleOf(img, h.Width, h.Height) != 1 {
			t.Errorf("%s: decoded by image/jpeg, yet scaled", name)
		}
	}
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, src); err != nil {
		t.Fatal(err)
	}
	img, _, err := measure.Decode(bytes.NewReader(pngBuf.Bytes()), measure.ReadOptions{Resolution: measure.ResolutionHalf})
	if err != nil || measure.ScaleOf(img, 1000, 750) != 1 {
		t.Errorf("PNG at 1/2: %v, %v", img.Bounds(), err)
	}
}

// composite draws a banner of brand colours with text-like strokes and a
// photograph in one corner.
func composite(r *rand.Rand, w, h int) *image.NRGBA {
	img := textImage(nil, w, h, brandCols[0], brandCols[4], float64(max(12, h/25)))
	draw.Draw(img, image.Rect(w/2, h/3, w-w/10, h-h/10), photoTexture(r, w, h), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(w/20, h-h/6, w/3, h-h/12), image.NewUniform(brandCols[2]), image.Point{}, draw.Src)
	return img
}

// TestScaleStudy measures what scaling changes, to set and check the
// automatic rule: every JPEG file under $HUEPRINT_SCALE_PHOTOS as it is,
// and every image under $HUEPRINT_SCALE_SYNTH (banners, composites)
// upscaled with nearest neighbours by an odd factor (so that scaled
// blocks straddle its edges) to at least 12 megapixels and encoded at
// quality 90, each at 1/2, 1/4 and 1/8, against the palettes listed in
// $HUEPRINT_SCALE_PALETTES (comma-separated; default the CLI's test
// brand), photos excluded and included, skipping scalings that keep less
// than half a megapixel. It prints the largest share difference by pixels
// kept, and every difference to $HUEPRINT_SCALE_TSV if set. Those figures
// are why Resolution has no automatic choice. Without those variables there
// is nothing to study: see testdata/bench/README.md for the corpora.
func TestScaleStudy(t *testing.T) {
	photos, synth := os.Getenv("HUEPRINT_SCALE_PHOTOS"), os.Getenv("HUEPRINT_SCALE_SYNTH")
	if photos == "" && synth == "" {
		t.Skip("HUEPRINT_SCALE_PHOTOS and HUEPRINT_SCALE_SYNTH unset")
	}
	var ms [][]*measure.Measurer
	pals := os.Getenv("HUEPRINT_SCALE_PALETTES")
	if pals == "" {
		pals = "../../cmd/hueprint/testdata/brand.json"
	}
	for _, f := range strings.Split(pals, ",") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := palette.Read(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ms = append(ms, measurers(t, p))
	}
	type row struct {
		name  string
		scale int
		kept  float64 // megapixels
		diff  float64
		what  string
	}
	var rows []row
	var tsv *os.File
	if p := os.Getenv("HUEPRINT_SCALE_TSV"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		tsv = f
	}
	study := func(name string, data []byte) {
		h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, r := range []measure.Resolution{measure.ResolutionHalf, measure.ResolutionQuarter, measure.ResolutionEighth} {
			s := 2 << i
			worst, what := 0.0, ""
			kept := float64(h.Width) * float64(h.Height) / float64(s*s) / 1e6
			if kept < 0.5 {
				continue // far below any automatic scaling: not worth the time
			}
			for pi, m := range ms {
				var line func(string)
				if tsv != nil {
					line = func(l string) {
						fmt.Fprintf(tsv, "%s\t%d\t%d\t%d\t%.3f\t%d\t%s\n", name, h.Width, h.Height, s, kept, pi+1, l)
					}
				}
				d, w, got := scaledDiff(t, m, data, r, line)
				if got != s {
					t.Fatalf("%s: scale %d, want %d", name, got, s)
				}
				if d > worst {
					worst, what = d, fmt.Sprintf("%s, palette %d", w, pi+1)
				}
			}
			rows = append(rows, row{name, s, kept, worst, what})
			t.Logf("%s %dx%d 1/%d: %.2f MP kept, max diff %.4f (%s)", name, h.Width, h.Height, s, kept, worst, what)
		}
	}
	walk := func(dir string, each func(path string, data []byte)) {
		var paths []string
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() { // symbolic links too
				if ext := strings.ToLower(filepath.Ext(p)); ext == ".jpg" || ext == ".jpeg" || ext == ".png" {
					paths = append(paths, p)
				}
			}
			return nil
		})
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			each(p, data)
		}
	}
	if photos != "" {
		walk(photos, func(p string, data []byte) {
			if strings.HasSuffix(strings.ToLower(p), ".png") {
				return
			}
			study(p, data)
		})
	}
	if synth != "" {
		walk(synth, func(p string, data []byte) {
			img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			b := img.Bounds()
			k := int(math.Ceil(math.Sqrt(12e6 / float64(b.Dx()*b.Dy()))))
			k |= 1
			big := image.NewRGBA(image.Rect(0, 0, b.Dx()*k, b.Dy()*k))
			xdraw.NearestNeighbor.Scale(big, big.Bounds(), img, b, xdraw.Src, nil)
			study(fmt.Sprintf("%s ×%d", p, k), encodeJPEGQ(t, big, 90))
		})
	}
	// The largest difference among the scalings that keep at least so
	// many megapixels.
	for _, keep := range []float64{0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6} {
		worst := row{}
		n := 0
		for _, r := range rows {
			if r.kept >= keep {
				n++
				if r.diff > worst.diff {
					worst = r
				}
			}
		}
		t.Logf("keeping ≥ %.2f MP: %d scalings, max diff %.4f (%s 1/%d, %s)", keep, n, worst.diff, worst.name, worst.scale, worst.what)
	}
}

func ExampleResolution() {
	// A 1000×750 JPEG of two colours, decoded at 1/4 in the DCT domain:
	// 250×188 (the size divided by 4, rounded up), and ScaleOf tells the
	// factor from the file's size.
	img := image.NewNRGBA(image.Rect(0, 0, 1000, 750))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = 0x1d, 0x4e, 0xd8, 255
		if i/4%1000 >= 700 {
			img.Pix[i], img.Pix[i+1], img.Pix[i+2] = 0xf5, 0x9e, 0x0b
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		fmt.Println(err)
		return
	}
	r := measure.ResolutionQuarter
	got, format, err := measure.Decode(bytes.NewReader(buf.Bytes()), measure.ReadOptions{Resolution: r})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s at %v: %v, scale %d\n", format, r, got.Bounds(), measure.ScaleOf(got, 1000, 750))
	// Output:
	// jpeg at 1/4: (0,0)-(250,188), scale 4
}

func TestResolutionText(t *testing.T) {
	for _, c := range []struct {
		r     measure.Resolution
		text  string
		scale int
	}{{measure.ResolutionFull, "full", 1}, {measure.ResolutionHalf, "1/2", 2}, {measure.ResolutionQuarter, "1/4", 4}, {measure.ResolutionEighth, "1/8", 8}} {
		b, err := c.r.MarshalText()
		if err != nil || string(b) != c.text || c.r.String() != c.text || c.r.Scale() != c.scale {
			t.Errorf("%d: %q, %v, String %q, Scale %d", c.r, b, err, c.r, c.r.Scale())
		}
		var r measure.Resolution
		if err := r.UnmarshalText([]byte(c.text)); err != nil || r != c.r {
			t.Errorf("%q: %v, %v", c.text, r, err)
		}
	}
	for _, bad := range []string{"", "auto", "1/3", "2", "Full"} {
		r := measure.ResolutionHalf
		if err := r.UnmarshalText([]byte(bad)); err == nil || r != measure.ResolutionHalf || !strings.Contains(err.Error(), "want full, 1/2, 1/4 or 1/8") {
			t.Errorf("%q: %v, %v", bad, r, err)
		}
	}
	if _, err := measure.Resolution(9).MarshalText(); err == nil {
		t.Error("Resolution(9): no error")
	}
}
