package jpeg

import (
	"bytes"
	"errors"
	"image"
	stdjpeg "image/jpeg"
	"os"
	"path/filepath"
	"testing"
)

// FuzzStripDecode checks that Decode never panics, that its errors say whether
// to fall back, that whatever it decodes image/jpeg decodes to the same
// pixels, and that decoding at 1/2, 1/4 or 1/8 (by the input's length) fails
// or succeeds as the full decode does, with strips covering the scaled
// frame (decodeStrips checks that).
func FuzzStripDecode(f *testing.F) {
	for _, name := range []string{"33x31-2x2.jpg", "33x31-2x2-prog.jpg", "17x9-1x1-prog.jpg", "17x9-gray.jpg",
		"7x5-rst1b-444.jpg", "17x9-rst3b-prog-444.jpg", "17x9-4x1.jpg", "7x5-1x2-prog.jpg"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxPixels = 1 << 16
		cfg, err := stdjpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width*cfg.Height > maxPixels {
			// Still must not panic, nor pass the limit.
			if _, err := Decode(data, Options{MaxPixels: maxPixels}, func(image.Image) {}); err == nil && cfg.Width*cfg.Height > maxPixels {
				t.Fatalf("decoded %dx%d over the limit", cfg.Width, cfg.Height)
			}
			return
		}
		got, f, err := decodeStrips(t, data, Options{MaxPixels: maxPixels})
		// Scaled, the entropy decoding is the same: the same error or none,
		// the same frame, strips covering the frame divided by the scale.
		scale := 2 << (len(data) % 3)
		_, fs, serr := decodeStrips(t, data, Options{MaxPixels: maxPixels, Scale: scale})
		if (serr == nil) != (err == nil) || serr != nil && serr.Error() != err.Error() {
			t.Fatalf("at 1/%d: error %v, at full scale %v", scale, serr, err)
		}
		if fs.Scale != scale && err == nil {
			t.Fatalf("at 1/%d: frame says scale %d", scale, fs.Scale)
		}
		if fs.Scale, fs.Memory = f.Scale, f.Memory; fs != f {
			t.Fatalf("at 1/%d: frame %+v, at full scale %+v", scale, fs, f)
		}
		if err != nil {
			if !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrLimit) {
				t.Fatalf("error %v wraps neither ErrUnsupported nor ErrLimit", err)
			}
			return
		}
		want, err := stdjpeg.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("decoded, but image/jpeg says %v", err)
		}
		if err := samePixels(want, got); err != nil {
			t.Fatal(err)
		}
	})
}
