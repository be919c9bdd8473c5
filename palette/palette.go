package palette

import (
	"fmt"
	"strings"

	"github.com/lucasb-eyer/go-colorful"
)

// Role is the part a colour plays in a palette. The zero value is unset.
type Role uint8

// The roles of the 60-30-10 rule, plus neutrals for text and backgrounds.
const (
	Primary   Role = iota + 1 // about 60 % of a design
	Secondary                 // about 30 %: contrast without stealing the show
	Accent                    // about 10 %: calls to action, used sparingly
	Neutral                   // text and backgrounds, outside the rule
)

// Roles returns the roles in order, in a new slice the caller may change.
func Roles() []Role { return []Role{Primary, Secondary, Accent, Neutral} }

var roleNames = [...]string{"", "primary", "secondary", "accent", "neutral"}

// String returns the role's name: primary, secondary, accent or neutral;
// "unset" for the zero Role.
func (r Role) String() string {
	if r == 0 {
		return "unset"
	}
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// MarshalText implements encoding.TextMarshaler. The zero Role, unset,
// marshals to "" and reads back; a value beyond Neutral is an error.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("palette: invalid role %d: want 1 (primary) to %d (neutral)", uint8(r), len(roleNames)-1)
	}
	return []byte(roleNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: primary, secondary,
// accent or neutral, in any case, and "" or "unset" for the zero Role.
func (r *Role) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range roleNames {
		if n == s {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("palette: unknown role %q: want primary, secondary, accent or neutral", b)
}

// Entry is one colour of a palette with its name and the reason it was
// chosen. Name and Why may be empty.
type Entry struct {
	Color colorful.Color
	Name  string
	Why   string
}

// Hex returns the entry's colour as "#rrggbb".
func (e Entry) Hex() string { return Hex(e.Color) }

// Rule is the 60-30-10 rule: the target share of the primary, secondary and
// accent roles (fractions 0–1 that sum to 1, counted without neutral and
// off-palette pixels), the tolerance around each target (a fraction: 0.05 is
// ±5 points) and the largest off-palette share allowed (a fraction of the
// whole image).
type Rule struct {
	Primary   float64
	Secondary float64
	Accent    float64
	Tolerance float64
	MaxOff    float64
}

// DefaultRule returns the 60-30-10 rule: 60/30/10 ± 5 points with at most
// 10 % off-palette.
func DefaultRule() Rule {
	return Rule{Primary: 0.60, Secondary: 0.30, Accent: 0.10, Tolerance: 0.05, MaxOff: 0.10}
}

// Target returns the target share of a role (0 for neutral).
func (r Rule) Target(role Role) float64 {
	switch role {
	case Primary:
		return r.Primary
	case Secondary:
		return r.Secondary
	case Accent:
		return r.Accent
	}
	return 0
}

// Validate checks that the targets are fractions summing to 1 and the
// tolerances are sensible.
func (r Rule) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{{"primary", r.Primary}, {"secondary", r.Secondary}, {"accent", r.Accent}, {"tolerance", r.Tolerance}, {"max_off", r.MaxOff}} {
		if !(f.v >= 0 && f.v <= 1) {
			return fmt.Errorf("rule.%s: %v is not a fraction from 0 to 1 (write 0.6 for 60 %%)", f.name, f.v)
		}
	}
	if s := r.Primary + r.Secondary + r.Accent; s < 0.999 || s > 1.001 {
		return fmt.Errorf("rule: primary + secondary + accent = %.4g, want 1", s)
	}
	if r.Tolerance == 0 || r.Tolerance > 0.5 {
		return fmt.Errorf("rule.tolerance: %v, want more than 0 and at most 0.5", r.Tolerance)
	}
	return nil
}

// Palette is a brand palette: one primary, one or two secondaries, one
// accent and any number of neutrals. The zero value is not a valid palette;
// see Validate. A Palette is a plain value: copy it freely, but do not modify
// one that other goroutines read.
type Palette struct {
	Name      string
	Primary   Entry
	Secondary []Entry // one or two
	Accent    Entry
	Neutral   []Entry // text and background colours, outside the rule
	Rule      *Rule   // nil: DefaultRule
	Tags      []string
}

// RuleOrDefault returns p's rule, or DefaultRule when it has none.
func (p *Palette) RuleOrDefault() Rule {
	if p.Rule != nil {
		return *p.Rule
	}
	return DefaultRule()
}

// Colored is one colour of a palette with its role and its index within
// the role.
type Colored struct {
	Role  Role
	Index int
	Entry
}

// Label returns "primary", "secondary[1]" … as the file format names them.
func (c Colored) Label() string {
	if c.Role == Secondary || c.Role == Neutral {
		return fmt.Sprintf("%s[%d]", c.Role, c.Index)
	}
	return c.Role.String()
}

// Colors returns every colour of p in role order: primary, secondaries,
// accent, neutrals.
func (p *Palette) Colors() []Colored {
	out := []Colored{{Primary, 0, p.Primary}}
	for i, e := range p.Secondary {
		out = append(out, Colored{Secondary, i, e})
	}
	out = append(out, Colored{Accent, 0, p.Accent})
	for i, e := range p.Neutral {
		out = append(out, Colored{Neutral, i, e})
	}
	return out
}

// MaxColors is the most colours a palette may hold, all roles together (a
// primary, one or two secondaries, an accent and up to 28 neutrals).
// Validate, and so every reader and writer, refuses larger palettes: the
// contrast grid, the swatch card and the measurement grow with the square of
// the count, and no brand uses more.
const MaxColors = 32

// Validate checks the structure of p: one or two secondaries, at most
// MaxColors colours, colours within sRGB, a valid rule.
func (p *Palette) Validate() error {
	if n := len(p.Secondary); n < 1 || n > 2 {
		return fmt.Errorf("palette: secondary: %d colours, want 1 or 2", n)
	}
	if n := 2 + len(p.Secondary) + len(p.Neutral); n > MaxColors {
		return fmt.Errorf("palette: %d colours, over the limit of %d (primary, secondaries, accent and neutrals together)", n, MaxColors)
	}
	for _, c := range p.Colors() {
		col := c.Color
		if !(col.R >= 0 && col.R <= 1 && col.G >= 0 && col.G <= 1 && col.B >= 0 && col.B <= 1) {
			return fmt.Errorf("palette: %s: colour outside sRGB", c.Label())
		}
	}
	if p.Rule != nil {
		if err := p.Rule.Validate(); err != nil {
			return fmt.Errorf("palette: %w", err)
		}
	}
	return nil
}
