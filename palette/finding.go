package palette

import (
	"fmt"
	"strings"
)

// FindingKind says what an audit Finding is about. The zero value is
// unset.
type FindingKind uint8

// The kinds of findings: text that does not reach the level on a colour,
// two brand colours a colour-vision deficiency confuses, an accent that
// does not stand out from the primary.
const (
	FindingLegibility FindingKind = iota + 1 // "legibility"
	FindingCVD                               // "cvd"
	FindingAccent                            // "accent"
)

var findingKindNames = [...]string{"", "legibility", "cvd", "accent"}

// String returns "legibility", "cvd" or "accent"; "unset" for the zero
// FindingKind.
func (k FindingKind) String() string {
	if k == 0 {
		return "unset"
	}
	if int(k) < len(findingKindNames) {
		return findingKindNames[k]
	}
	return fmt.Sprintf("FindingKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler. The zero FindingKind,
// unset, marshals to "" and reads back; an unknown value is an error.
func (k FindingKind) MarshalText() ([]byte, error) {
	if int(k) >= len(findingKindNames) {
		return nil, fmt.Errorf("palette: invalid finding kind %d: want 1 (legibility) to %d (accent)", uint8(k), len(findingKindNames)-1)
	}
	return []byte(findingKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the names of String,
// and "" or "unset" for the zero FindingKind.
func (k *FindingKind) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range findingKindNames {
		if n == s {
			*k = FindingKind(i)
			return nil
		}
	}
	return fmt.Errorf("palette: unknown finding kind %q: want legibility, cvd or accent", b)
}
