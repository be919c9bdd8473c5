package measure_test

import "testing"

func BenchmarkWood(b *testing.B) {
	m := newMeasurer(b)
	img := loadImgB(b, "/tmp/i16/mb/usr/share/backgrounds/mate/nature/Wood.jpg")
	m.Measure(img)
	for b.Loop() {
		m.Measure(img)
	}
}
