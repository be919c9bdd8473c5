package measure_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
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
)

// oldPath is what MeasureReader must equal: a full decode, then Measure.
func oldPath(m *measure.Measurer, data []byte, o measure.ReadOptions) (measure.Result, string, error) {
	img, format, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{MaxPixels: o.MaxPixels})
	if err != nil {
		return measure.Result{}, format, err
	}
	return m.Measure(img), format, nil
}

func encodeJPEGQ(t testing.TB, img image.Image, q int) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: q}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readerInputs are JPEG files of every kind the strip decoder reads and
// some it hands over, plus a PNG.
func readerInputs(t testing.TB) map[string][]byte {
	in := map[string][]byte{}
	for _, q := range []int{40, 85, 100} {
		in[fmt.Sprintf("banner-q%d", q)] = encodeJPEGQ(t, rule603010(), q)
		in[fmt.Sprintf("photo-333x217-q%d", q)] = encodeJPEGQ(t, photo(333, 217, 3), q)
		g := image.NewGray(image.Rect(0, 0, 97, 41))
		for i := range g.Pix {
			g.Pix[i] = uint8(i * 7)
		}
		in[fmt.Sprintf("gray-q%d", q)] = encodeJPEGQ(t, g, q)
	}
	// PNG of every kind image/png returns: RGBA (opaque), NRGBA, Gray,
	// Paletted with transparency, 16-bit.
	photoImg := photo(333, 217, 3)
	alpha := image.NewNRGBA(photoImg.Bounds())
	copy(alpha.Pix, photoImg.Pix)
	gray, gray16 := image.NewGray(photoImg.Bounds()), image.NewGray16(photoImg.Bounds())
	nrgba64 := image.NewNRGBA64(photoImg.Bounds())
	rgba64 := image.NewRGBA64(photoImg.Bounds()) // opaque 16-bit: image/png returns *image.RGBA64
	for i := 0; i < len(rgba64.Pix); i += 8 {
		rgba64.Pix[i], rgba64.Pix[i+1], rgba64.Pix[i+2], rgba64.Pix[i+4] = photoImg.Pix[i/2], uint8(i), photoImg.Pix[i/2+1], photoImg.Pix[i/2+2]
		rgba64.Pix[i+6], rgba64.Pix[i+7] = 0xff, 0xff
	}
	pal := color.Palette{color.NRGBA{0x1d, 0x4e, 0xd8, 255}, color.NRGBA{0xbf, 0xdb, 0xfe, 128}, color.NRGBA{0xf5, 0x9e, 0x0b, 255}, color.NRGBA{}}
	paletted := image.NewPaletted(photoImg.Bounds(), pal)
	for i := 0; i < len(alpha.Pix); i += 4 {
		alpha.Pix[i+3] = uint8(i / 4 % 256)
		gray.Pix[i/4] = photoImg.Pix[i]
		gray16.Pix[i/2], gray16.Pix[i/2+1] = photoImg.Pix[i], photoImg.Pix[i+1]
		paletted.Pix[i/4] = uint8(i / 4 % 7 % 4)
	}
	for i := 0; i < len(nrgba64.Pix); i += 8 {
		nrgba64.Pix[i], nrgba64.Pix[i+2], nrgba64.Pix[i+4], nrgba64.Pix[i+6] = photoImg.Pix[i/2], photoImg.Pix[i/2+1], photoImg.Pix[i/2+2], uint8(i)
	}
	for name, img := range map[string]image.Image{"banner.png": rule603010(), "photo.png": photoImg, "alpha.png": alpha,
		"gray.png": gray, "gray16.png": gray16, "paletted.png": paletted, "nrgba64.png": nrgba64, "rgba64.png": rgba64} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		in[name] = buf.Bytes()
	}
	in["truncated.png"] = in["photo.png"][:len(in["photo.png"])*2/3]
	// cjpeg's files: every subsampling, progressive, restart markers,
	// greyscale, and files image/jpeg alone must read (arithmetic, RGB).
	files, _ := filepath.Glob("../internal/jpeg/testdata/*.jpg")
	if len(files) == 0 {
		t.Fatal("no JPEG fixtures in ../internal/jpeg/testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(f)] = data
	}
	// Issue 16's cases: anti-aliased text on flat colour, as PNG and JPEG,
	// and a banner with a photograph pasted in (blend evidence, photo
	// areas).
	names, banners := bannerInputs(t)
	for _, n := range names {
		in[n] = banners[n]
	}
	in["truncated"] = in["banner-q85"][:len(in["banner-q85"])/2]
	in["not an image"] = []byte("\xff\xd8hello")
	return in
}

func TestMeasureReaderMatchesDecode(t *testing.T) {
	inputs := readerInputs(t)
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, mode := range []measure.PhotoMode{measure.PhotosExclude, measure.PhotosInclude} {
		m, err := measure.New(brand, measure.Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			testMeasureReader(t, m, mode.String()+"/"+name, inputs[name])
		}
	}
}

// testMeasureReader compares MeasureReader with decode + Measure on data.
func testMeasureReader(t *testing.T, m *measure.Measurer, name string, data []byte) {
	t.Run(name, func(t *testing.T) {
		want, wantFormat, wantErr := oldPath(m, data, measure.ReadOptions{})
		got, format, err := m.MeasureReader(bytes.NewReader(data), measure.ReadOptions{})
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("error %v, want %v", err, wantErr)
		}
		if format != wantFormat {
			t.Errorf("format %q, want %q", format, wantFormat)
		}
		// The pixels are the same, so every share is the same
		// float64, not merely within 1e-9.
		if !reflect.DeepEqual(got, want) {
			t.Errorf("result\n%+v\nwant\n%+v", got, want)
		}
		full, _, _ := m.MeasureReader(bytes.NewReader(data), measure.ReadOptions{FullDecode: true})
		if !reflect.DeepEqual(full, want) {
			t.Errorf("FullDecode result differs from Measure")
		}
	})
}

func TestMeasureReaderLimits(t *testing.T) {
	m := newMeasurer(t)
	prog, err := os.ReadFile("../internal/jpeg/testdata/100x75-2x2-prog.jpg")
	if err != nil {
		t.Fatal(err)
	}
	// MaxMemory is imagefile's: the estimate of the whole decode.
	h, err := imagefile.ReadHeader(bytes.NewReader(prog), imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	need := h.Memory
	errGaveUp := errors.New("gave up")
	cancelled, cancel := context.WithCancelCause(context.Background())
	cancel(errGaveUp)
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, photo(40, 30, 3)); err != nil {
		t.Fatal(err)
	}
	pngData := pngBuf.Bytes()
	tests := []struct {
		name    string
		data    []byte
		opt     measure.ReadOptions
		wantErr string
		is      error
	}{
		{name: "pixels", data: encodeJPEGQ(t, photo(100, 100, 3), 80), opt: measure.ReadOptions{MaxPixels: 9999},
			wantErr: "over the limit of 9999", is: imagefile.ErrTooLarge},
		{name: "pixels, full decode", data: encodeJPEGQ(t, photo(100, 100, 3), 80), opt: measure.ReadOptions{MaxPixels: 9999, FullDecode: true},
			wantErr: "over the limit of 9999", is: imagefile.ErrTooLarge},
		{name: "scans", data: prog, opt: measure.ReadOptions{MaxScans: 3}, wantErr: "more than 3 scans", is: imagefile.ErrTooManyScans},
		{name: "scans within the limit", data: prog, opt: measure.ReadOptions{MaxScans: 20}},
		{name: "memory", data: prog, opt: measure.ReadOptions{MaxMemory: need - 1}, wantErr: "to decode, over the limit", is: imagefile.ErrTooLarge},
		{name: "memory, full decode", data: prog, opt: measure.ReadOptions{MaxMemory: need - 1, FullDecode: true}, wantErr: "to decode, over the limit", is: imagefile.ErrTooLarge},
		{name: "memory within the limit", data: prog, opt: measure.ReadOptions{MaxMemory: need}},
		{name: "cancelled", data: prog, opt: measure.ReadOptions{Context: cancelled}, wantErr: "imagefile: jpeg: gave up", is: errGaveUp},
		{name: "cancelled png", data: pngData, opt: measure.ReadOptions{Context: cancelled}, wantErr: "imagefile: png: gave up", is: errGaveUp},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := m.MeasureReader(bytes.NewReader(tt.data), tt.opt)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v does not wrap %v", err, tt.is)
			}
		})
	}
}

func ExampleMeasurer_MeasureReader() {
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
	// A 60-30-10 banner saved as a JPEG, decoded by the strip decoder.
	img := image.NewRGBA(image.Rect(0, 0, 160, 32))
	for y := range 32 {
		for x := range 160 {
			c := p.Primary.Color
			if x >= 96 {
				c = p.Secondary[0].Color
			}
			if x >= 144 {
				c = p.Accent.Color
			}
			r, g, b := palette.RGB255(c)
			img.Pix[img.PixOffset(x, y)+0], img.Pix[img.PixOffset(x, y)+1] = r, g
			img.Pix[img.PixOffset(x, y)+2], img.Pix[img.PixOffset(x, y)+3] = b, 255
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		fmt.Println(err)
		return
	}
	res, format, err := m.MeasureReader(&buf, measure.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := res.Shares
	fmt.Printf("%s %dx%d: primary %.0f%%, secondary %.0f%%, accent %.0f%%\n",
		format, res.Width, res.Height, 100*s.Primary, 100*s.Secondary, 100*s.Accent)
	// Output:
	// jpeg 160x32: primary 60%, secondary 30%, accent 10%
}

func ExampleDecode() {
	// A PNG of two colours: Decode gives the image imagefile.Decode gives,
	// the same type and pixels, from the row-by-row decoder.
	img := image.NewNRGBA(image.Rect(0, 0, 120, 40))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = 0x1d, 0x4e, 0xd8, 255
		if i/4%120 >= 90 {
			img.Pix[i], img.Pix[i+1], img.Pix[i+2] = 0xf5, 0x9e, 0x0b
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
		return
	}
	got, format, err := measure.Decode(bytes.NewReader(buf.Bytes()), measure.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	want, _, _ := imagefile.Decode(bytes.NewReader(buf.Bytes()), imagefile.Options{})
	fmt.Printf("%s %T %v, same pixels: %v\n", format, got, got.Bounds(), reflect.DeepEqual(got, want))
	// Output:
	// png *image.RGBA (0,0)-(120,40), same pixels: true
}

// benchFiles returns the benchmark inputs by name: synthetic banners and
// photos, and with HUEPRINT_CORPUS set to a folder, its JPEG and PNG files
// as two groups (testdata/bench/README.md says how to build one from
// Debian's wallpaper packages).
func benchFiles(b *testing.B) (names []string, files map[string][][]byte) {
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, rule603010()); err != nil {
		b.Fatal(err)
	}
	files = map[string][][]byte{
		"banner-1500x500.jpg": {encodeJPEGQ(b, rule603010(), 90)},
		"banner-1500x500.png": {pngBuf.Bytes()},
		"photo-4000x3000.jpg": {encodeJPEGQ(b, photo(4000, 3000, 3), 85)},
	}
	names = []string{"banner-1500x500.jpg", "banner-1500x500.png", "photo-4000x3000.jpg"}
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() { // symbolic links too
				return nil
			}
			ext := strings.ToLower(filepath.Ext(p))
			if ext == ".jpeg" {
				ext = ".jpg"
			}
			if ext != ".jpg" && ext != ".png" && ext != ".webp" {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil {
				files["corpus"+ext] = append(files["corpus"+ext], data)
			}
			return nil
		})
		for _, n := range []string{"corpus.jpg", "corpus.png", "corpus.webp"} {
			if len(files[n]) > 0 {
				names = append(names, n)
			}
		}
	}
	return names, files
}

// BenchmarkCheckPath compares, on the same files, decoding alone with the
// standard decoders (decode), with measure.Decode's own (decode-ours) and
// scaled down by 2 in the DCT domain (decode-ours-half, JPEG only), the old
// path (imagefile.Decode then Measure), MeasureReader in full
// (measure-reader) and at 1/2 (measure-reader-half, hueprint check
// --resolution 1/2). px/s counts the pixels of every file of a group at
// their full size, whatever was decoded.
func BenchmarkCheckPath(b *testing.B) {
	m := newMeasurer(b)
	names, files := benchFiles(b)
	decode := func(r measure.Resolution) func(data []byte) (int, error) {
		return func(data []byte) (int, error) {
			h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
			if err != nil {
				return 0, err
			}
			_, _, err = measure.Decode(bytes.NewReader(data), measure.ReadOptions{Resolution: r})
			return h.Width * h.Height, err
		}
	}
	paths := []struct {
		name string
		run  func(data []byte) (int, error)
	}{
		{"decode", func(data []byte) (int, error) {
			img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
			if err != nil {
				return 0, err
			}
			return img.Bounds().Dx() * img.Bounds().Dy(), nil
		}},
		{"decode-ours", decode(measure.ResolutionFull)},
		{"decode-ours-half", decode(measure.ResolutionHalf)},
		{"decode+measure", func(data []byte) (int, error) {
			res, _, err := oldPath(m, data, measure.ReadOptions{})
			return res.Width * res.Height, err
		}},
		{"measure-reader", func(data []byte) (int, error) {
			res, _, err := m.MeasureReader(bytes.NewReader(data), measure.ReadOptions{})
			return res.Width * res.Height, err
		}},
		{"measure-reader-half", func(data []byte) (int, error) {
			h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
			if err != nil {
				return 0, err
			}
			_, _, err = m.MeasureReader(bytes.NewReader(data), measure.ReadOptions{Resolution: measure.ResolutionHalf})
			return h.Width * h.Height, err
		}},
	}
	for _, n := range names {
		for _, p := range paths {
			b.Run(n+"/"+p.name, func(b *testing.B) {
				b.ReportAllocs()
				px := 0
				for _, data := range files[n] { // warm the lookup tables
					if k, err := p.run(data); err == nil {
						px += k
					}
				}
				for b.Loop() {
					for _, data := range files[n] {
						p.run(data)
					}
				}
				b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
			})
		}
	}
}

// FuzzMeasureReader checks that measuring while decoding gives exactly the
// result, or the error, of decoding in full and measuring, and that
// decoding at 1/4 gives the same error or an image of the scaled size (or
// the full one, from the standard decoders).
func FuzzMeasureReader(f *testing.F) {
	for _, name := range []string{"33x31-2x2.jpg", "17x9-1x1-prog.jpg", "17x9-gray.jpg", "7x5-rst1b-444.jpg", "fallback-rgb.jpg"} {
		data, err := os.ReadFile(filepath.Join("../internal/jpeg/testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	// A PNG with text edges and a photograph: blend evidence and photo
	// cells on the row-by-row path.
	small := textImage(nil, 96, 64, brandCols[0], brandCols[4], 14)
	draw.Draw(small, image.Rect(40, 8, 90, 58), photoTexture(rand.New(rand.NewPCG(3, 3)), 50, 50), image.Point{}, draw.Src)
	var pngSeed bytes.Buffer
	if err := png.Encode(&pngSeed, small); err != nil {
		f.Fatal(err)
	}
	f.Add(pngSeed.Bytes())
	f.Add(encodeJPEGQ(f, small, 75))
	m, err := measure.New(brand, measure.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		o := measure.ReadOptions{MaxPixels: 1 << 16}
		want, wantFormat, wantErr := oldPath(m, data, o)
		got, format, err := m.MeasureReader(bytes.NewReader(data), o)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("error %v, want %v", err, wantErr)
		}
		if format != wantFormat || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %+v, want %s %+v", format, got, wantFormat, want)
		}
		// A PNG image is image/png's in every field (pngrows converts
		// the rows straight into it).
		if err == nil && wantFormat == "png" {
			img, _, _ := measure.Decode(bytes.NewReader(data), o)
			std, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{MaxPixels: o.MaxPixels})
			if !reflect.DeepEqual(img, std) {
				t.Fatalf("png: Decode's %T differs from imagefile's %T", img, std)
			}
		}
		// Scaled, the same errors, and an image of the scaled size.
		o.Resolution = measure.ResolutionQuarter
		img, format, err := measure.Decode(bytes.NewReader(data), o)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) || format != wantFormat {
			t.Fatalf("at 1/4: %s, error %v, want %s, %v", format, err, wantFormat, wantErr)
		}
		if err == nil {
			if s := measure.ScaleOf(img, want.Width, want.Height); s != 1 && s != 4 {
				t.Fatalf("at 1/4: %v from %dx%d", img.Bounds(), want.Width, want.Height)
			}
		}
	})
}

// TestDecodePNGMatchesImagefile checks that Decode's PNG images, whose
// rows pngrows converts straight into the image's memory, are those of
// imagefile.Decode (image/png) in every field: type, bounds, stride, the
// bytes and the palette, not only the colours.
func TestDecodePNGMatchesImagefile(t *testing.T) {
	n := 0
	for name, data := range readerInputs(t) {
		if !bytes.HasPrefix(data, []byte("\x89PNG")) {
			continue
		}
		n++
		want, wantFormat, wantErr := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
		got, format, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{})
		if (err == nil) != (wantErr == nil) || format != wantFormat {
			t.Errorf("%s: %s, error %v, want %s, %v", name, format, err, wantFormat, wantErr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %T %v differs from imagefile's %T %v", name, got, got.Bounds(), want, want.Bounds())
		}
	}
	if n < 8 {
		t.Fatalf("%d PNG inputs, want every kind image/png returns", n)
	}
}

func ExampleDecodeMemory() {
	// A 1200×900 JPEG, 4:2:0: what a caller running several decodes at
	// once admits into its memory budget before decoding it.
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewYCbCr(image.Rect(0, 0, 1200, 900), image.YCbCrSubsampleRatio420), nil); err != nil {
		fmt.Println(err)
		return
	}
	h, err := imagefile.ReadHeader(bytes.NewReader(buf.Bytes()), imagefile.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	n := int64(buf.Len())
	fast := measure.DecodeMemory(h, n, measure.ReadOptions{})
	half := measure.DecodeMemory(h, n, measure.ReadOptions{Resolution: measure.ResolutionHalf})
	full := measure.DecodeMemory(h, n, measure.ReadOptions{FullDecode: true})
	fmt.Printf("strip decoder: the file + %d KiB; at half size: the file + %d KiB; image/jpeg: %d KiB\n",
		(fast-n)>>10, (half-n)>>10, full>>10)
	// Output:
	// strip decoder: the file + 2655 KiB; at half size: the file + 1452 KiB; image/jpeg: 2627 KiB
}
