package check

import (
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

func TestRateText(t *testing.T) {
	tests := []struct {
		images  int
		seconds float64
		want    string
	}{
		{1, 0.006, ""}, {500, 0.03, ""}, {3, 0.7, ", 4.3 images/s"}, {16203, 2, ", 8102 images/s"}, {1, 5, ""},
	}
	for _, tt := range tests {
		if got := rateText(tt.images, tt.seconds, psych.English); got != tt.want {
			t.Errorf("rateText(%d, %v) = %q, want %q", tt.images, tt.seconds, got, tt.want)
		}
	}
}
