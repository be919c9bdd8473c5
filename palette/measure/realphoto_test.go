package measure_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

// BenchmarkZZRealPhotos: measuring real photographs (Debian mate-backgrounds),
// tables warm, decode excluded.
func BenchmarkZZRealPhotos(b *testing.B) {
	m := newMeasurer(b)
	paths, _ := filepath.Glob("/tmp/i16/mb/usr/share/backgrounds/mate/nature/*.jpg")
	for _, p := range paths[:6] {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		img, _, err := imagefile.Decode(f, imagefile.Options{})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		m.Measure(img)
		b.Run(filepath.Base(p), func(b *testing.B) {
			for b.Loop() {
				m.Measure(img)
			}
			px := img.Bounds().Dx() * img.Bounds().Dy()
			b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
		})
	}
}
