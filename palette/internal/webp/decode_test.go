package webp

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	xwebp "golang.org/x/image/webp"
)

// corpusEnv names a folder of WebP files (not committed: real photographs,
// e.g. Debian's wallpapers converted with cwebp) that the differential test
// and the benchmark read besides testdata when it is set.
const corpusEnv = "HUEPRINT_WEBP_CORPUS"

// testFiles returns the WebP files of testdata, which must hold some.
func testFiles(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.webp"))
	if err != nil || len(paths) < 10 {
		t.Fatalf("testdata: %d WebP files (%v), want at least 10", len(paths), err)
	}
	return paths
}

// corpusFiles returns the WebP files of $HUEPRINT_WEBP_CORPUS; none when
// the variable is unset or the folder holds none.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	dir := os.Getenv(corpusEnv)
	if dir == "" {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.webp"))
	sort.Strings(paths)
	return paths
}

// sameImage reports how got differs from want, the image x/image/webp
// decoded: nil when the type, bounds, layout and every sample are equal.
func sameImage(got, want image.Image) error {
	if fmt.Sprintf("%T", got) != fmt.Sprintf("%T", want) {
		return fmt.Errorf("type %T, want %T", got, want)
	}
	if got.Bounds() != want.Bounds() {
		return fmt.Errorf("bounds %v, want %v", got.Bounds(), want.Bounds())
	}
	sameYCbCr := func(g, w *image.YCbCr) error {
		if g.YStride != w.YStride || g.CStride != w.CStride || g.SubsampleRatio != w.SubsampleRatio {
			return fmt.Errorf("layout %d/%d/%v, want %d/%d/%v",
				g.YStride, g.CStride, g.SubsampleRatio, w.YStride, w.CStride, w.SubsampleRatio)
		}
		for _, p := range []struct {
			name string
			g, w []byte
		}{{"Y", g.Y, w.Y}, {"Cb", g.Cb, w.Cb}, {"Cr", g.Cr, w.Cr}} {
			if i := firstDiff(p.g, p.w); i >= 0 {
				return fmt.Errorf("%s differs at %d of %d", p.name, i, len(p.w))
			}
		}
		return nil
	}
	switch w := want.(type) {
	case *image.YCbCr:
		return sameYCbCr(got.(*image.YCbCr), w)
	case *image.NYCbCrA:
		g := got.(*image.NYCbCrA)
		if err := sameYCbCr(&g.YCbCr, &w.YCbCr); err != nil {
			return err
		}
		if g.AStride != w.AStride {
			return fmt.Errorf("alpha stride %d, want %d", g.AStride, w.AStride)
		}
		if i := firstDiff(g.A, w.A); i >= 0 {
			return fmt.Errorf("A differs at %d of %d", i, len(w.A))
		}
		return nil
	case *image.NRGBA:
		g := got.(*image.NRGBA)
		if g.Stride != w.Stride {
			return fmt.Errorf("stride %d, want %d", g.Stride, w.Stride)
		}
		if i := firstDiff(g.Pix, w.Pix); i >= 0 {
			return fmt.Errorf("Pix differs at %d of %d", i, len(w.Pix))
		}
		return nil
	}
	return fmt.Errorf("unexpected image type %T", want)
}

// firstDiff returns the first index where a and b differ, or -1 when they
// are equal (a length difference counts at the shorter length).
func firstDiff(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return n
	}
	return -1
}

// compareWithXImage decodes b with this package and with x/image/webp and
// fails t unless both give the same config, the same error-or-not and, when
// they decode, the same pixels.
func compareWithXImage(t *testing.T, name string, b []byte, maxPixels int) {
	t.Helper()
	cfg, err := DecodeConfig(bytes.NewReader(b))
	wantCfg, wantErr := xwebp.DecodeConfig(bytes.NewReader(b))
	if (err != nil) != (wantErr != nil) || cfg != wantCfg {
		t.Fatalf("%s: DecodeConfig = %+v, %v; x/image/webp: %+v, %v", name, cfg, err, wantCfg, wantErr)
	}
	if err != nil || (maxPixels > 0 && cfg.Width*cfg.Height > maxPixels) {
		return
	}
	img, err := Decode(bytes.NewReader(b))
	want, wantErr := xwebp.Decode(bytes.NewReader(b))
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%s: Decode error %v; x/image/webp: %v", name, err, wantErr)
	}
	if err != nil {
		return
	}
	if err := sameImage(img, want); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// TestDecodeSameAsXImage: every committed test file and every file of the
// corpus decodes to exactly the pixels of x/image/webp, and so does every
// truncation of the small test files (all errors, or the same image).
func TestDecodeSameAsXImage(t *testing.T) {
	for _, p := range testFiles(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			compareWithXImage(t, p, b, 0)
			// Truncations: each byte of the small files, a sample of the
			// large ones.
			step := max(1, len(b)/500)
			if testing.Short() { // CI's race run: a twentieth of the cuts
				step = max(1, len(b)/25)
			}
			for n := 0; n < len(b); n += step {
				compareWithXImage(t, fmt.Sprintf("%s[:%d]", p, n), b[:n], 0)
			}
		})
	}
	corpus := corpusFiles(t)
	if len(corpus) == 0 {
		t.Logf("no corpus WebP files ($%s): compared testdata only", corpusEnv)
	}
	for _, p := range corpus {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			compareWithXImage(t, p, b, 0)
		})
	}
}

// TestDecodeCorrupt: flipping bytes in the coded data gives an error or the
// same image as x/image/webp, never a panic.
func TestDecodeCorrupt(t *testing.T) {
	for _, p := range testFiles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		step := max(1, len(b)/97)
		if testing.Short() { // CI's race run: a tenth of the bytes
			step = max(1, len(b)/10)
		}
		for i := 20; i < len(b); i += step {
			c := slices.Clone(b)
			c[i] ^= 0x5a
			compareWithXImage(t, fmt.Sprintf("%s with byte %d flipped", p, i), c, 0)
		}
	}
}

// FuzzDecode: on any bytes, Decode and DecodeConfig agree with x/image/webp
// on error-or-not, the config and every pixel, without panicking.
func FuzzDecode(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.webp"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil && len(b) < 8000 {
			f.Add(b)
		}
	}
	f.Add([]byte("RIFF\x1a\x00\x00\x00WEBPVP8 \x0e\x00\x00\x00\x10\x02\x00\x9d\x01\x2a\x01\x00\x01\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		compareWithXImage(t, "fuzz input", b, 1<<20)
	})
}

// BenchmarkDecode decodes the test files and the corpus (see corpusEnv)
// with x/image/webp and with this package, in one run.
func BenchmarkDecode(b *testing.B) {
	var files [][]byte
	for _, p := range append(testFiles(b), corpusFiles(b)...) {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, d)
	}
	var size int64
	for _, d := range files {
		size += int64(len(d))
	}
	for _, dec := range []struct {
		name   string
		decode func(*bytes.Reader) (image.Image, error)
	}{
		{"ximage", func(r *bytes.Reader) (image.Image, error) { return xwebp.Decode(r) }},
		{"internal", func(r *bytes.Reader) (image.Image, error) { return Decode(r) }},
	} {
		b.Run(dec.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, d := range files {
					if _, err := dec.decode(bytes.NewReader(d)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
