package contrast_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
)

// TestLevelText: every Level, the zero one included, marshals and reads
// back; a value past the last is refused with a message naming it.
func TestLevelText(t *testing.T) {
	for l := contrast.Level(0); l <= contrast.NonText; l++ {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatalf("%d: MarshalText: %v", l, err)
		}
		var back contrast.Level
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("%d: %q reads back as %d, %v", l, b, back, err)
		}
		if err := back.UnmarshalText([]byte(l.String())); err != nil || back != l {
			t.Errorf("%d: String %q reads back as %d, %v", l, l.String(), back, err)
		}
		if strings.Contains(l.String(), "(") {
			t.Errorf("%d: String %q", l, l.String())
		}
	}
	if _, err := contrast.Level(99).MarshalText(); err == nil || !strings.Contains(err.Error(), "invalid level 99") {
		t.Errorf("Level(99): %v, want an error naming it", err)
	}
	var v struct {
		Level contrast.Level `json:"level"`
	}
	b, err := json.Marshal(v)
	if err != nil || string(b) != `{"level":""}` {
		t.Errorf("zero Level in JSON: %s, %v", b, err)
	}
}

func ExampleLevel_MarshalText() {
	for _, l := range []contrast.Level{0, contrast.AAALarge} {
		b, _ := l.MarshalText()
		fmt.Printf("%s %q\n", l, b)
	}
	// Output:
	// unset ""
	// aaa-large "aaa-large"
}
