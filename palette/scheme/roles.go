package scheme

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// Role is the part a colour plays in a UI scheme. The zero value is unset.
type Role uint8

// The roles of a scheme. An On… role is the colour of text and icons drawn
// on the role it names.
const (
	Background         Role = iota + 1 // the page
	OnBackground                       // body text on the page
	Surface                            // cards, panels, inputs
	OnSurface                          // text on surfaces
	OnSurfaceMuted                     // secondary text on surfaces and on the page
	Primary                            // main buttons, links' underline, selected states
	OnPrimary                          // text on primary
	PrimaryContainer                   // a quiet fill of the primary hue (badges, highlights)
	OnPrimaryContainer                 // text on primary-container
	Secondary                          // secondary buttons and fills
	OnSecondary                        // text on secondary
	Accent                             // calls to action, used sparingly (the 10 %)
	OnAccent                           // text on accent
	Outline                            // borders of inputs and cards (non-text, 3:1)
	Focus                              // the keyboard focus ring (non-text, 3:1)
	Error                              // error state
	OnError                            // text on error
	Success                            // success state
	OnSuccess                          // text on success
	Warning                            // warning state
	OnWarning                          // text on warning
	numRoles
)

// Roles returns every role in order, in a new slice the caller may change.
func Roles() []Role { return slices.Clone(allRoles) }

var allRoles = func() []Role {
	rs := make([]Role, 0, numRoles-1)
	for r := Background; r < numRoles; r++ {
		rs = append(rs, r)
	}
	return rs
}()

var roleNames = [...]string{"", "background", "on-background", "surface", "on-surface", "on-surface-muted",
	"primary", "on-primary", "primary-container", "on-primary-container", "secondary", "on-secondary",
	"accent", "on-accent", "outline", "focus", "error", "on-error", "success", "on-success", "warning", "on-warning"}

// String returns the role's kebab-case name, such as "on-primary";
// "unset" for the zero Role.
func (r Role) String() string {
	if r == 0 {
		return "unset"
	}
	if r < numRoles {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText implements encoding.TextMarshaler. The zero Role, unset,
// marshals to "" and reads back; an unknown value is an error.
func (r Role) MarshalText() ([]byte, error) {
	if r >= numRoles {
		return nil, fmt.Errorf("scheme: invalid role %d: want 1 (background) to %d (on-warning)", uint8(r), numRoles-1)
	}
	return []byte(roleNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the names of String,
// and "" or "unset" for the zero Role.
func (r *Role) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i := range roleNames {
		if roleNames[i] == s {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("scheme: unknown role %q: want one of %s", b, strings.Join(roleNames[1:], ", "))
}

// Mode is light or dark. The zero value is unset.
type Mode uint8

// The modes.
const (
	Light Mode = iota + 1
	Dark
)

var modeNames = [...]string{"", "light", "dark"}

// String returns "light" or "dark"; "unset" for the zero Mode.
func (m Mode) String() string {
	if m == 0 {
		return "unset"
	}
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("Mode(%d)", uint8(m))
}

// MarshalText implements encoding.TextMarshaler. The zero Mode, unset,
// marshals to "" and reads back; an unknown value is an error.
func (m Mode) MarshalText() ([]byte, error) {
	if int(m) >= len(modeNames) {
		return nil, fmt.Errorf("scheme: invalid mode %d: want 1 (light) or 2 (dark)", uint8(m))
	}
	return []byte(modeNames[m]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "light", "dark", and
// "" or "unset" for the zero Mode.
func (m *Mode) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range modeNames {
		if n == s {
			*m = Mode(i)
			return nil
		}
	}
	return fmt.Errorf("scheme: unknown mode %q: want light or dark", b)
}

// Colors holds one colour per role of one mode; index it with a Role. Every
// colour is in sRGB and exact in 8-bit hex.
type Colors [numRoles]colorful.Color

// Hex returns role r's colour as "#rrggbb".
func (c *Colors) Hex(r Role) string { return palette.Hex(c[r]) }

// MarshalJSON writes {"background": "#rrggbb", …} with the roles in order.
func (c Colors) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, r := range allRoles {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%q", r.String(), c.Hex(r))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads what MarshalJSON writes; every role is required.
func (c *Colors) UnmarshalJSON(data []byte) error {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("scheme: %w", err)
	}
	for k := range m {
		var r Role
		if err := r.UnmarshalText([]byte(k)); err != nil {
			return err
		}
		if r == 0 || k != r.String() {
			return fmt.Errorf("scheme: unknown role %q: want one of %s", k, strings.Join(roleNames[1:], ", "))
		}
	}
	for _, r := range allRoles {
		v, ok := m[r.String()]
		if !ok {
			return fmt.Errorf("scheme: role %q missing", r.String())
		}
		col, err := palette.ParseColor(v)
		if err != nil {
			return fmt.Errorf("scheme: %s: %w", r, err)
		}
		c[r] = col
	}
	return nil
}

// Pair is a foreground role on a background role that must reach Min
// (a WCAG 2.x ratio) in both modes.
type Pair struct {
	FG, BG Role
	Min    float64
	Text   bool // text (4.5:1, WCAG 2.2 SC 1.4.3) rather than a UI component (3:1, SC 1.4.11)
}

// The WCAG 2.2 thresholds the guarantees use: SC 1.4.3 Contrast (Minimum)
// for text, SC 1.4.11 Non-text Contrast for UI components and focus
// indicators.
const (
	MinText    = 4.5
	MinNonText = 3.0
)

// Pairs lists every pair a scheme guarantees, in a fixed order: each on-X
// on X, muted text on surface and background, error and success as text
// (validation messages) on background and surface, outline and focus
// against background and surface, primary against background.
func Pairs() []Pair {
	ps := []Pair{
		{OnBackground, Background, MinText, true},
		{OnSurface, Surface, MinText, true},
		{OnSurfaceMuted, Surface, MinText, true},
		{OnSurfaceMuted, Background, MinText, true},
		{OnPrimary, Primary, MinText, true},
		{OnPrimaryContainer, PrimaryContainer, MinText, true},
		{OnSecondary, Secondary, MinText, true},
		{OnAccent, Accent, MinText, true},
		{OnError, Error, MinText, true},
		{OnSuccess, Success, MinText, true},
		{OnWarning, Warning, MinText, true},
		{Error, Background, MinText, true},
		{Error, Surface, MinText, true},
		{Success, Background, MinText, true},
		{Success, Surface, MinText, true},
		{Outline, Background, MinNonText, false},
		{Outline, Surface, MinNonText, false},
		{Focus, Background, MinNonText, false},
		{Focus, Surface, MinNonText, false},
		{Primary, Background, MinNonText, false},
	}
	return ps
}
