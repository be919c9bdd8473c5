package measure_test

import (
	"testing"

	"github.com/hueprint/hueprint/palette/measure"
)

// TestPhotoModeZeroText: every PhotoMode, the zero one included, marshals and
// reads back; one past the last is refused.
func TestPhotoModeZeroText(t *testing.T) {
	for _, p := range []measure.PhotoMode{0, measure.PhotosExclude, measure.PhotosInclude} {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%d: MarshalText: %v", p, err)
		}
		for _, text := range []string{string(b), p.String()} {
			var back measure.PhotoMode = 9
			if err := back.UnmarshalText([]byte(text)); err != nil || back != p {
				t.Errorf("%d: %q reads back as %d, %v", p, text, back, err)
			}
		}
	}
	if _, err := (measure.PhotosInclude + 1).MarshalText(); err == nil {
		t.Error("past the last mode: no error")
	}
}
