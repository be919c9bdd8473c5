package cvd

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestKindText: every Kind, the zero one (no deficiency) included,
// marshals and reads back; a value past the last is refused.
func TestKindText(t *testing.T) {
	for k := Kind(0); int(k) < len(kindNames); k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: MarshalText: %v", k, err)
		}
		var back Kind = 9
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%d: %q reads back as %d, %v", k, b, back, err)
		}
		if err := back.UnmarshalText([]byte(k.String())); err != nil || back != k {
			t.Errorf("%d: String %q reads back as %d, %v", k, k.String(), back, err)
		}
	}
	if _, err := Kind(len(kindNames)).MarshalText(); err == nil || !strings.Contains(err.Error(), "invalid deficiency") {
		t.Errorf("Kind(%d): %v, want an error", len(kindNames), err)
	}
	b, err := json.Marshal(struct{ K Kind }{})
	if err != nil || string(b) != `{"K":""}` {
		t.Errorf("zero Kind in JSON: %s, %v", b, err)
	}
}
