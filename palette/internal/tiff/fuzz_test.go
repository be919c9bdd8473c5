package tiff

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode: whatever the bytes, Decode returns an error or an image of the
// size DecodeConfig announced, without panicking.
func FuzzDecode(f *testing.F) {
	testdata, _ := filepath.Glob(filepath.Join("..", "..", "imagefile", "testdata", "*.tif*"))
	for _, p := range testdata {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("II*\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, err := DecodeConfig(bytes.NewReader(b))
		if err != nil || int64(cfg.Width)*int64(cfg.Height) > 1<<20 {
			return
		}
		img, err := Decode(bytes.NewReader(b))
		if err != nil {
			return
		}
		if got := img.Bounds(); got != image.Rect(0, 0, cfg.Width, cfg.Height) {
			t.Fatalf("bounds %v, config %dx%d", got, cfg.Width, cfg.Height)
		}
	})
}
