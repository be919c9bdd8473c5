package jpeg

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	stdjpeg "image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// decodeStrips decodes data with Decode and pastes the strips into one
// image of the type image/jpeg returns.
func decodeStrips(t testing.TB, data []byte, o Options) (image.Image, Frame, error) {
	var full image.Image
	var rows []image.Rectangle
	f, err := Decode(data, o, func(s image.Image) {
		r := s.Bounds()
		rows = append(rows, r)
		switch s := s.(type) {
		case *image.Gray:
			g, _ := full.(*image.Gray)
			if g == nil {
				g = image.NewGray(image.Rect(0, 0, r.Dx(), 1))
			}
			g = growGray(g, r.Max.Y)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				copy(g.Pix[g.PixOffset(0, y):][:r.Dx()], s.Pix[s.PixOffset(0, y):][:r.Dx()])
			}
			full = g
		case *image.YCbCr:
			m, _ := full.(*image.YCbCr)
			m = growYCbCr(m, s.SubsampleRatio, r.Dx(), r.Max.Y)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := 0; x < r.Dx(); x++ {
					m.Y[m.YOffset(x, y)] = s.Y[s.YOffset(x, y)]
					m.Cb[m.COffset(x, y)] = s.Cb[s.COffset(x, y)]
					m.Cr[m.COffset(x, y)] = s.Cr[s.COffset(x, y)]
				}
			}
			full = m
		default:
			t.Fatalf("strip of type %T", s)
		}
	})
	if err != nil {
		return nil, f, err
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].Min.Y != rows[i-1].Max.Y {
			t.Fatalf("strips not contiguous: %v then %v", rows[i-1], rows[i])
		}
	}
	if h := f.Bounds().Dy(); len(rows) == 0 || rows[0].Min.Y != 0 || rows[len(rows)-1].Max.Y != h {
		t.Fatalf("strips %v do not cover height %d", rows, h)
	}
	if full.Bounds() != f.Bounds() {
		t.Fatalf("strips cover %v, frame says %v", full.Bounds(), f.Bounds())
	}
	return full, f, nil
}

func growGray(g *image.Gray, h int) *image.Gray {
	if g.Rect.Max.Y >= h {
		return g
	}
	n := image.NewGray(image.Rect(0, 0, g.Rect.Dx(), h))
	copy(n.Pix, g.Pix)
	return n
}

func growYCbCr(m *image.YCbCr, r image.YCbCrSubsampleRatio, w, h int) *image.YCbCr {
	if m != nil && m.Rect.Max.Y >= h {
		return m
	}
	n := image.NewYCbCr(image.Rect(0, 0, w, h+16), r)
	if m != nil {
		copy(n.Y, m.Y)
		copy(n.Cb, m.Cb)
		copy(n.Cr, m.Cr)
	}
	n.Rect.Max.Y = h
	return n
}

// samePixels compares every visible sample.
func samePixels(want, got image.Image) error {
	if want.Bounds() != got.Bounds() {
		return fmt.Errorf("bounds %v, want %v", got.Bounds(), want.Bounds())
	}
	b := want.Bounds()
	switch w := want.(type) {
	case *image.Gray:
		g, ok := got.(*image.Gray)
		if !ok {
			return fmt.Errorf("got %T, want %T", got, want)
		}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if a, c := w.GrayAt(x, y), g.GrayAt(x, y); a != c {
					return fmt.Errorf("pixel (%d,%d) = %v, want %v", x, y, c, a)
				}
			}
		}
	case *image.YCbCr:
		g, ok := got.(*image.YCbCr)
		if !ok {
			return fmt.Errorf("got %T, want %T", got, want)
		}
		if w.SubsampleRatio != g.SubsampleRatio {
			return fmt.Errorf("ratio %v, want %v", g.SubsampleRatio, w.SubsampleRatio)
		}
		diffs := 0
		var first string
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if a, c := w.YCbCrAt(x, y), g.YCbCrAt(x, y); a != c {
					if diffs == 0 {
						first = fmt.Sprintf("pixel (%d,%d) = %v, want %v", x, y, c, a)
					}
					diffs++
				}
			}
		}
		if diffs > 0 {
			return fmt.Errorf("%d pixels differ; first: %s", diffs, first)
		}
	default:
		return fmt.Errorf("image/jpeg gave %T", want)
	}
	return nil
}

// pattern draws an image with flat areas, gradients, edges and noise.
func pattern(w, h int, seed uint64) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 7))
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var c color.NRGBA
			switch {
			case x < w/3:
				c = color.NRGBA{29, 78, 216, 255}
			case y < h/2:
				c = color.NRGBA{uint8(x * 255 / max(w, 1)), uint8(y * 255 / max(h, 1)), 128, 255}
			default:
				c = color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
			}
			m.SetNRGBA(x, y, c)
		}
	}
	return m
}

// check compares Decode with image/jpeg on data and reports whether Decode
// decoded it rather than handing it over.
func check(t *testing.T, name string, data []byte) (decoded, stdOK bool) {
	t.Helper()
	want, err := stdjpeg.Decode(bytes.NewReader(data))
	got, _, gerr := decodeStrips(t, data, Options{})
	if gerr != nil {
		if !errors.Is(gerr, ErrUnsupported) {
			t.Errorf("%s: error %v does not wrap ErrUnsupported", name, gerr)
		}
		if err == nil {
			if _, ok := want.(*image.YCbCr); ok {
				t.Logf("%s: fell back (%v)", name, gerr)
			}
		}
		return false, err == nil
	}
	if err != nil {
		t.Errorf("%s: decoded, but image/jpeg says %v", name, err)
		return true, false
	}
	if err := samePixels(want, got); err != nil {
		t.Errorf("%s: %v", name, err)
	}
	return true, true
}

func TestGoEncoder(t *testing.T) {
	sizes := [][2]int{{1, 1}, {7, 5}, {8, 8}, {16, 16}, {17, 9}, {33, 31}, {64, 48}, {101, 77}, {250, 19}}
	for i, s := range sizes {
		for _, q := range []int{1, 50, 75, 90, 100} {
			img := pattern(s[0], s[1], uint64(i))
			var buf bytes.Buffer
			stdjpeg.Encode(&buf, img, &stdjpeg.Options{Quality: q})
			if ok, _ := check(t, fmt.Sprintf("%dx%d q%d", s[0], s[1], q), buf.Bytes()); !ok {
				t.Errorf("%dx%d q%d: not decoded", s[0], s[1], q)
			}
			g := image.NewGray(img.Bounds())
			for y := range s[1] {
				for x := range s[0] {
					g.Set(x, y, img.At(x, y))
				}
			}
			buf.Reset()
			stdjpeg.Encode(&buf, g, &stdjpeg.Options{Quality: q})
			if ok, _ := check(t, fmt.Sprintf("gray %dx%d q%d", s[0], s[1], q), buf.Bytes()); !ok {
				t.Errorf("gray %dx%d q%d: not decoded", s[0], s[1], q)
			}
		}
	}
}

func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jpg")
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fallback := strings.HasPrefix(filepath.Base(f), "fallback-")
		decoded, stdOK := check(t, f, data)
		if want := stdOK && !fallback; decoded != want {
			t.Errorf("%s: decoded %v, want %v", f, decoded, want)
		}
	}
}

// TestMutations corrupts fixtures at random (bytes flipped, runs of bytes
// dropped or repeated, truncation) and checks that whatever Decode accepts
// image/jpeg decodes to the same pixels, and that it never panics.
func TestMutations(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jpg")
	n := 4000
	if testing.Short() {
		n = 400
	}
	rng := rand.New(rand.NewPCG(21, 21))
	decoded := 0
	for i := range n {
		src, err := os.ReadFile(files[rng.IntN(len(files))])
		if err != nil {
			t.Fatal(err)
		}
		data := append([]byte(nil), src...)
		for range 1 + rng.IntN(3) {
			p := rng.IntN(len(data))
			switch rng.IntN(4) {
			case 0:
				data[p] ^= byte(1 << rng.IntN(8))
			case 1:
				data[p] = byte(rng.IntN(256))
			case 2:
				q := min(len(data), p+1+rng.IntN(16))
				data = append(data[:p:p], data[q:]...)
			case 3:
				data = data[:p]
			}
			if len(data) == 0 {
				break
			}
		}
		got, _, err := decodeStrips(t, data, Options{MaxPixels: 1 << 20})
		if err != nil {
			if !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrLimit) {
				t.Fatalf("mutation %d: error %v wraps neither ErrUnsupported nor ErrLimit", i, err)
			}
			continue
		}
		decoded++
		want, err := stdjpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Errorf("mutation %d: decoded, but image/jpeg says %v", i, err)
			continue
		}
		if err := samePixels(want, got); err != nil {
			t.Errorf("mutation %d: %v", i, err)
		}
	}
	t.Logf("%d of %d mutations decoded", decoded, n)
}

// manyScans repeats the first scan (header and data) of a progressive file
// n times: a valid file whose scans redo the same work.
func manyScans(t *testing.T, data []byte, n int) []byte {
	sos := bytes.Index(data, []byte{0xff, 0xda})
	if sos < 0 {
		t.Fatal("no SOS")
	}
	end := sos + 2
	for end+1 < len(data) && !(data[end] == 0xff && data[end+1] != 0 && (data[end+1] < 0xd0 || data[end+1] > 0xd7)) {
		end++
	}
	scan := data[sos:end]
	out := append([]byte(nil), data[:end]...)
	for range n {
		out = append(out, scan...)
	}
	return append(out, data[end:]...)
}

func TestScanLimit(t *testing.T) {
	src, err := os.ReadFile("testdata/33x31-1x1-prog.jpg")
	if err != nil {
		t.Fatal(err)
	}
	bomb := manyScans(t, src, DefaultMaxScans)
	if _, err := Decode(bomb, Options{}, func(image.Image) {}); !errors.Is(err, ErrTooManyScans) || !errors.Is(err, ErrLimit) {
		t.Errorf("over %d scans: error %v, want ErrTooManyScans", DefaultMaxScans, err)
	}
	// The same file is valid: under a higher limit it decodes as image/jpeg does.
	got, f, err := decodeStrips(t, bomb, Options{MaxScans: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if f.Scans <= DefaultMaxScans {
		t.Errorf("%d scans, want more than %d", f.Scans, DefaultMaxScans)
	}
	want, err := stdjpeg.Decode(bytes.NewReader(bomb))
	if err != nil {
		t.Fatal(err)
	}
	if err := samePixels(want, got); err != nil {
		t.Error(err)
	}
}

func TestLimitsAndMemory(t *testing.T) {
	src, err := os.ReadFile("testdata/251x67-2x2-prog.jpg")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(src, Options{MaxPixels: 251*67 - 1}, func(image.Image) {}); !errors.Is(err, ErrLimit) {
		t.Errorf("pixel limit: error %v, want ErrLimit", err)
	}
	f, err := Decode(src, Options{MaxPixels: 251 * 67}, func(image.Image) {})
	if err != nil {
		t.Fatal(err)
	}
	if want := MemoryEstimate(251, 67, []int{2, 1, 1}, []int{2, 1, 1}, true); f.Memory != want {
		t.Errorf("progressive memory %d, estimate %d", f.Memory, want)
	}
	if _, err := Decode(src, Options{MaxMemory: f.Memory - 1}, func(image.Image) {}); !errors.Is(err, ErrLimit) {
		t.Errorf("memory limit: error %v, want ErrLimit", err)
	}
	seq, err := os.ReadFile("testdata/251x67-2x2.jpg")
	if err != nil {
		t.Fatal(err)
	}
	f, err = Decode(seq, Options{}, func(image.Image) {})
	if err != nil {
		t.Fatal(err)
	}
	// One MCU row: 16 rows of luma and 8 of each chroma, 256 columns wide.
	if want := int64(256*16 + 2*128*8); f.Memory != want || MemoryEstimate(251, 67, []int{2, 1, 1}, []int{2, 1, 1}, false) != want {
		t.Errorf("sequential memory %d, want %d", f.Memory, want)
	}
}

// TestLateAdobeSegment: an Adobe APP14 segment saying "RGB" after the scan
// makes image/jpeg return RGBA; the strips, already emitted, must be
// withdrawn by an error.
func TestLateAdobeSegment(t *testing.T) {
	var buf bytes.Buffer
	stdjpeg.Encode(&buf, pattern(40, 24, 3), &stdjpeg.Options{Quality: 80})
	data := buf.Bytes()
	app14 := []byte{0xff, 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0}
	late := append(append(append([]byte(nil), data[:len(data)-2]...), app14...), 0xff, 0xd9)
	img, err := stdjpeg.Decode(bytes.NewReader(late))
	if _, ok := img.(*image.RGBA); err != nil || !ok {
		t.Fatalf("image/jpeg gives %T, %v; want *image.RGBA", img, err)
	}
	if _, err := Decode(late, Options{}, func(image.Image) {}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("error %v, want ErrUnsupported", err)
	}
}

// wideQuantizers rewrites the quantization tables of data (8-bit, as
// image/jpeg's encoder and the fixtures write them) as 16-bit tables of
// f(k, q) for zig-zag index k and old value q.
func wideQuantizers(t *testing.T, data []byte, f func(k, q int) int) []byte {
	t.Helper()
	out := append([]byte(nil), data[:2]...)
	for p := 2; p+4 <= len(data); {
		if data[p] != 0xff {
			t.Fatalf("no marker at %d", p)
		}
		m, n := data[p+1], int(data[p+2])<<8|int(data[p+3])
		if m == 0xda { // the scans and the rest as they are
			return append(out, data[p:]...)
		}
		seg := data[p+4 : p+2+n]
		if m == 0xdb {
			var tables []byte
			for len(seg) >= 65 {
				if seg[0]>>4 != 0 {
					t.Fatal("16-bit table already")
				}
				tables = append(tables, 0x10|seg[0]&15)
				for k, q := range seg[1:65] {
					v := f(k, int(q))
					tables = append(tables, byte(v>>8), byte(v))
				}
				seg = seg[65:]
			}
			out = append(out, 0xff, 0xdb, byte((len(tables)+2)>>8), byte(len(tables)+2))
			out = append(out, tables...)
		} else {
			out = append(out, data[p:p+2+n]...)
		}
		p += 2 + n
	}
	t.Fatal("no SOS")
	return nil
}

// TestWideQuantizers decodes files with 16-bit quantization tables, whose
// dequantized terms make image/jpeg's int32 arithmetic wrap around: a DC
// term of 32768 (times any coefficient, a multiple of 1<<15) shifted left
// by 17 in the row pass is 0, and larger terms overflow everywhere.
func TestWideQuantizers(t *testing.T) {
	var buf bytes.Buffer
	stdjpeg.Encode(&buf, pattern(64, 48, 9), &stdjpeg.Options{Quality: 90})
	files := map[string][]byte{"go-encoder": buf.Bytes()}
	for _, name := range []string{"33x31-2x2-prog.jpg", "17x9-1x1-prog.jpg", "33x31-2x2.jpg"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	for name, data := range files {
		for _, q := range []struct {
			name string
			f    func(k, q int) int
		}{
			{"dc-32768", func(k, q int) int {
				if k == 0 {
					return 32768
				}
				return q
			}},
			{"times-251", func(k, q int) int { return q * 251 }},
			{"65535", func(k, q int) int { return 65535 }},
		} {
			if ok, _ := check(t, name+" "+q.name, wideQuantizers(t, data, q.f)); !ok {
				t.Errorf("%s %s: not decoded", name, q.name)
			}
		}
	}
}
