package psych_test

import (
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

// TestKindText: every tag Kind, the zero one included, marshals and reads
// back; one past the last is refused.
func TestKindText(t *testing.T) {
	for k := psych.Kind(0); k <= psych.Color; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: MarshalText: %v", k, err)
		}
		for _, text := range []string{string(b), k.String()} {
			var back psych.Kind
			if err := back.UnmarshalText([]byte(text)); err != nil || back != k {
				t.Errorf("%d: %q reads back as %d, %v", k, text, back, err)
			}
		}
	}
	if _, err := (psych.Color + 1).MarshalText(); err == nil || !strings.Contains(err.Error(), "invalid tag kind") {
		t.Errorf("past the last kind: %v, want an error", err)
	}
	for _, tag := range psych.Tags() {
		if b, err := tag.Kind.MarshalText(); err != nil || len(b) == 0 {
			t.Errorf("tag %s: kind %q, %v", tag.ID, b, err)
		}
	}
}
