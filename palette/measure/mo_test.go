package measure_test

import (
	"bytes"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

// BenchmarkZZMeasureOnly: the measurement alone on decoded banners.
func BenchmarkZZMeasureOnly(b *testing.B) {
	m := newMeasurer(b)
	names, inputs := bannerInputs(b)
	for _, name := range names {
		img, _, _ := imagefile.Decode(bytes.NewReader(inputs[name]), imagefile.Options{})
		m.Measure(img)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				m.Measure(img)
			}
		})
	}
}
