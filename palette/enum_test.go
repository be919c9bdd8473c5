package palette_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// textEnum is what every enum of the package implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// TestEnumText: every value of every enum, the zero one included,
// marshals, reads back through UnmarshalText from both MarshalText and
// String, and never prints as "Type(n)"; one past the last is refused by
// MarshalText (generate.Harmony has its own test).
func TestEnumText(t *testing.T) {
	tests := []struct {
		name   string
		values []textEnum
		past   textEnum
		read   func([]byte) (textEnum, error)
	}{
		{
			name:   "Role",
			values: []textEnum{palette.Role(0), palette.Primary, palette.Secondary, palette.Accent, palette.Neutral},
			past:   palette.Neutral + 1,
			read: func(b []byte) (textEnum, error) {
				var v palette.Role
				err := v.UnmarshalText(b)
				return v, err
			},
		},
		{
			name:   "ProblemKind",
			values: []textEnum{palette.ProblemKind(0), palette.NoBrandPixels, palette.RoleShare, palette.OffPalette, palette.TooLittleBrand},
			past:   palette.TooLittleBrand + 1,
			read: func(b []byte) (textEnum, error) {
				var v palette.ProblemKind
				err := v.UnmarshalText(b)
				return v, err
			},
		},
		{
			name:   "FindingKind",
			values: []textEnum{palette.FindingKind(0), palette.FindingLegibility, palette.FindingCVD, palette.FindingAccent},
			past:   palette.FindingAccent + 1,
			read: func(b []byte) (textEnum, error) {
				var v palette.FindingKind
				err := v.UnmarshalText(b)
				return v, err
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.values {
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%v: MarshalText: %v", v, err)
				}
				for _, text := range []string{string(b), v.String()} {
					back, err := tt.read([]byte(text))
					if err != nil || back != v {
						t.Errorf("%v: %q reads back as %v, %v", v, text, back, err)
					}
				}
				if strings.Contains(v.String(), "(") {
					t.Errorf("String %q", v.String())
				}
			}
			if tt.past != nil {
				if _, err := tt.past.MarshalText(); err == nil || !strings.Contains(err.Error(), "invalid") {
					t.Errorf("%v: MarshalText: %v, want an error", tt.past, err)
				}
			}
		})
	}
	b, err := json.Marshal(palette.Problem{Kind: palette.OffPalette})
	if err != nil || !strings.Contains(string(b), `"Kind":"off-palette","Role":""`) {
		t.Errorf("a problem without a role in JSON: %s, %v", b, err)
	}
}

func ExampleRole_MarshalText() {
	for _, r := range []palette.Role{0, palette.Accent} {
		b, _ := r.MarshalText()
		var back palette.Role
		err := back.UnmarshalText(b)
		fmt.Printf("%s %q %v %v\n", r, b, back == r, err)
	}
	// Output:
	// unset "" true <nil>
	// accent "accent" true <nil>
}
