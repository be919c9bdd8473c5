package render

import (
	"fmt"
	"strings"
)

// Layout is how Banner arranges the palette's shapes and the texts. The
// zero value means the preset's default layout (Preset.Layout). Layout
// implements encoding.TextMarshaler and encoding.TextUnmarshaler with the
// names of Layouts, so it reads from flags and writes to JSON as a name;
// the zero value is the empty name.
type Layout uint8

// The layouts. Diagonal and Bands put a panel of the secondary colours
// beside the text (wide formats); Blocks and Circle put the secondary
// colours under it (squares, portraits and stories); Mark draws the logo or
// the brand's initials only (profile pictures).
const (
	Diagonal Layout = iota + 1
	Bands
	Blocks
	Circle
	Mark
)

var layoutNames = [...]string{Diagonal: "diagonal", Bands: "bands", Blocks: "blocks", Circle: "circle", Mark: "mark"}

// Layouts returns every layout, in a new slice the caller may change.
func Layouts() []Layout { return []Layout{Diagonal, Bands, Blocks, Circle, Mark} }

// String returns the layout's name: "diagonal", "bands", "blocks",
// "circle" or "mark"; "" for the zero Layout.
func (l Layout) String() string {
	switch {
	case l == 0:
		return ""
	case int(l) < len(layoutNames):
		return layoutNames[l]
	}
	return fmt.Sprintf("Layout(%d)", uint8(l))
}

// MarshalText implements encoding.TextMarshaler: the layout's name, empty
// for the zero Layout.
func (l Layout) MarshalText() ([]byte, error) {
	if l != 0 && int(l) >= len(layoutNames) {
		return nil, fmt.Errorf("render: invalid layout %d: want 1 to %d", uint8(l), len(layoutNames)-1)
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: one of the names
// String returns, or "" for the zero Layout.
func (l *Layout) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	for i, n := range layoutNames {
		if i > 0 && n == string(b) {
			*l = Layout(i)
			return nil
		}
	}
	return fmt.Errorf("render: unknown layout %q: want %s", b, strings.Join(layoutNames[1:], ", "))
}

// TextRole names a text of a banner: its headline, tagline or
// call-to-action button. The zero value is no role. TextRole implements
// encoding.TextMarshaler and encoding.TextUnmarshaler with the names
// "title", "tagline" and "cta" (the zero value is the empty name), as the
// banner's JSON report writes them.
type TextRole uint8

// The text roles.
const (
	RoleTitle   TextRole = iota + 1 // the headline
	RoleTagline                     // the optional second line
	RoleCTA                         // the call-to-action button's text
)

var roleNames = [...]string{RoleTitle: "title", RoleTagline: "tagline", RoleCTA: "cta"}

// String returns "title", "tagline" or "cta"; "" for the zero TextRole.
func (r TextRole) String() string {
	switch {
	case r == 0:
		return ""
	case int(r) < len(roleNames):
		return roleNames[r]
	}
	return fmt.Sprintf("TextRole(%d)", uint8(r))
}

// MarshalText implements encoding.TextMarshaler: the role's name, empty
// for the zero TextRole.
func (r TextRole) MarshalText() ([]byte, error) {
	if r != 0 && int(r) >= len(roleNames) {
		return nil, fmt.Errorf("render: invalid text role %d: want 1 to %d", uint8(r), len(roleNames)-1)
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "title", "tagline",
// "cta", or "" for the zero TextRole.
func (r *TextRole) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	for i, n := range roleNames {
		if i > 0 && n == string(b) {
			*r = TextRole(i)
			return nil
		}
	}
	return fmt.Errorf("render: unknown text role %q: want title, tagline or cta", b)
}
