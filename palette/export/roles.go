package export

import (
	"fmt"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

type namedColor struct {
	color colorful.Color
	name  string
	why   string
}

// roleOf reads a role from the start of a colour's name, in English or
// French: "primary: Acme blue", "Secondaire", "accent-1", "neutral 2".
func roleOf(name string) palette.Role {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, r := range []struct {
		prefixes []string
		role     palette.Role
	}{
		{[]string{"primary", "primaire", "principale"}, palette.Primary},
		{[]string{"secondary", "secondaire"}, palette.Secondary},
		{[]string{"accent"}, palette.Accent},
		{[]string{"neutral", "neutre"}, palette.Neutral},
	} {
		for _, p := range r.prefixes {
			if strings.HasPrefix(n, p) {
				return r.role
			}
		}
	}
	return 0
}

// displayName strips the "role: " prefix our writers add.
func displayName(name string) string {
	if i := strings.Index(name, ": "); i >= 0 && roleOf(name[:i]) != 0 {
		return strings.TrimSpace(name[i+2:])
	}
	if roleOf(name) != 0 {
		return ""
	}
	return name
}

// assignRoles turns a list of colours into a palette: by their names when
// any names a role, else by order (primary, secondary, accent, neutrals).
func assignRoles(cs []namedColor, name, format string) (*palette.Palette, error) {
	if len(cs) < 3 {
		return nil, fmt.Errorf("%s: %d colours, want at least 3 (primary, secondary, accent)", format, len(cs))
	}
	p := &palette.Palette{Name: name}
	byName := false
	for _, c := range cs {
		if roleOf(c.name) != 0 {
			byName = true
		}
	}
	entry := func(c namedColor) palette.Entry {
		return palette.Entry{Color: palette.Quantize(c.color), Name: displayName(c.name), Why: c.why}
	}
	var hasPrimary, hasAccent bool
	if byName {
		var rest []namedColor
		for _, c := range cs {
			switch roleOf(c.name) {
			case palette.Primary:
				if hasPrimary {
					return nil, fmt.Errorf("%s: two colours are named primary", format)
				}
				p.Primary, hasPrimary = entry(c), true
			case palette.Secondary:
				p.Secondary = append(p.Secondary, entry(c))
			case palette.Accent:
				if hasAccent {
					return nil, fmt.Errorf("%s: two colours are named accent", format)
				}
				p.Accent, hasAccent = entry(c), true
			case palette.Neutral:
				p.Neutral = append(p.Neutral, entry(c))
			default:
				rest = append(rest, c)
			}
		}
		for _, c := range rest {
			p.Neutral = append(p.Neutral, entry(c))
		}
		switch {
		case !hasPrimary:
			return nil, fmt.Errorf("%s: no colour is named primary", format)
		case !hasAccent:
			return nil, fmt.Errorf("%s: no colour is named accent", format)
		case len(p.Secondary) == 0:
			return nil, fmt.Errorf("%s: no colour is named secondary", format)
		case len(p.Secondary) > 2:
			return nil, fmt.Errorf("%s: %d colours are named secondary, want 1 or 2", format, len(p.Secondary))
		}
	} else {
		p.Primary = entry(cs[0])
		p.Secondary = []palette.Entry{entry(cs[1])}
		p.Accent = entry(cs[2])
		for _, c := range cs[3:] {
			p.Neutral = append(p.Neutral, entry(c))
		}
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", format, err)
	}
	return p, nil
}
