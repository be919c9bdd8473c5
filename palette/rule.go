package palette

import (
	"fmt"
	"math"
	"strings"

	"github.com/hueprint/hueprint/palette/psych"
)

// Shares is how much of an image each role covers, as fractions 0–1 of its
// opaque pixels (semi-transparent pixels count by their alpha): Primary,
// Secondary, Accent, Neutral and Off (off-palette) sum to 1. It measures
// area, not visual weight: a small saturated accent may draw more of the eye
// than its share says.
type Shares struct {
	Primary, Secondary, Accent, Neutral, Off float64
	// Photo is the share of photographic areas set apart from the roles
	// (package measure, PhotosExclude); 0 when they are measured with the
	// rest.
	Photo float64
}

// Role returns the share of a role (Off is not a role; see the field).
func (s Shares) Role(r Role) float64 {
	switch r {
	case Primary:
		return s.Primary
	case Secondary:
		return s.Secondary
	case Accent:
		return s.Accent
	case Neutral:
		return s.Neutral
	}
	return 0
}

// Branded returns the share of the three rule roles together: the
// denominator the rule compares with its targets.
func (s Shares) Branded() float64 { return s.Primary + s.Secondary + s.Accent }

// Relative returns the share of role r among the primary, secondary and
// accent pixels only (neutral and off-palette pixels removed), or 0 when
// there are none.
func (s Shares) Relative(r Role) float64 {
	b := s.Branded()
	if b <= 0 || r == Neutral {
		return 0
	}
	return s.Role(r) / b
}

// ProblemKind says how an image breaks the rule. The zero value is unset.
type ProblemKind uint8

// Problem kinds.
const (
	NoBrandPixels  ProblemKind = iota + 1 // no pixel uses the primary, secondary or accent
	RoleShare                             // a role's share is outside its target ± tolerance
	OffPalette                            // the off-palette share is above the maximum
	TooLittleBrand                        // the brand colours cover less than MinBrand of the designed part
)

var problemKindNames = [...]string{"", "no-brand-pixels", "role-share", "off-palette", "too-little-brand"}

// String returns "no-brand-pixels", "role-share", "off-palette" or
// "too-little-brand"; "unset" for the zero ProblemKind.
func (k ProblemKind) String() string {
	if k == 0 {
		return "unset"
	}
	if int(k) < len(problemKindNames) {
		return problemKindNames[k]
	}
	return fmt.Sprintf("ProblemKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler. The zero ProblemKind,
// unset, marshals to "" and reads back; an unknown value is an error.
func (k ProblemKind) MarshalText() ([]byte, error) {
	if int(k) >= len(problemKindNames) {
		return nil, fmt.Errorf("palette: invalid problem kind %d: want 1 (no-brand-pixels) to %d (too-little-brand)", uint8(k), len(problemKindNames)-1)
	}
	return []byte(problemKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the names of String,
// and "" or "unset" for the zero ProblemKind.
func (k *ProblemKind) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range problemKindNames {
		if n == s {
			*k = ProblemKind(i)
			return nil
		}
	}
	return fmt.Errorf("palette: unknown problem kind %q: want no-brand-pixels, role-share, off-palette or too-little-brand", b)
}

// Problem is one way an image breaks the rule, as measured: its words come
// from Text, in the caller's language.
type Problem struct {
	Kind      ProblemKind
	Role      Role    // for RoleShare: the role concerned
	Share     float64 // what was measured: the role's share among branded pixels (RoleShare), or the off share of the whole image (OffPalette); 0–1
	Target    float64 // what the rule wants: the role's target, or the maximum off share; 0–1
	Tolerance float64 // for RoleShare: the allowed distance from Target, 0–1
	Color     string  // for OffPalette: the largest off-palette colour ("#3a7d44"), or ""
	Photo     bool    // for TooLittleBrand: the image has photographs, left out of the designed part
}

// Text renders the problem in lang, French with its typography:
// "primary covers 45 %, 15 points under its 60 % target (±5)".
func (p Problem) Text(lang psych.Lang) string {
	switch p.Kind {
	case NoBrandPixels:
		return psych.T(lang, "problem.nobrand")
	case RoleShare:
		dir := "under"
		if p.Share > p.Target {
			dir = "over"
		}
		return psych.T(lang, "problem."+p.Role.String()+"."+dir, psych.Percent(lang, p.Share, 0),
			points(math.Abs(p.Share-p.Target)), psych.Percent(lang, p.Target, 0), points(p.Tolerance))
	case OffPalette:
		got, limit := psych.Percent(lang, p.Share, 0), psych.Percent(lang, p.Target, 0)
		if got == limit { // "10 % … (at most 10 %)" would read as a pass
			got, limit = psych.Percent(lang, p.Share, 1), psych.Percent(lang, p.Target, 1)
		}
		if p.Color != "" {
			return psych.T(lang, "problem.off.mostly", got, p.Color, limit)
		}
		return psych.T(lang, "problem.off", got, limit)
	case TooLittleBrand:
		prec := 0
		if p.Share < 0.1 {
			prec = 1
		}
		where := psych.T(lang, "problem.design.image")
		if p.Photo {
			where = psych.T(lang, "problem.design.photo")
		}
		return psych.T(lang, "problem.toolittle", psych.Percent(lang, p.Share, prec), where, psych.Percent(lang, p.Target, 0))
	}
	return p.Kind.String()
}

// String returns the problem in English.
func (p Problem) String() string { return p.Text(psych.English) }

// Check compares measured shares with the rule and returns the problems,
// none when the image passes. Primary, secondary and accent are compared with
// their targets as shares of the brand colours (neutral, off-palette and
// photo pixels removed from the denominator), each within ±Tolerance; when
// the brand colours cover less than MinBrand of the designed part, that is
// the problem instead. The off-palette share, of the whole image, must not
// exceed MaxOff. mostlyOff, when not empty, names the
// largest off-palette colour ("#3a7d44") for the message. Shares are never
// rounded before the comparison.
func (r Rule) Check(s Shares, mostlyOff string) []Problem {
	var out []Problem
	if brand, enough := s.BrandOfDesign(); s.Branded() <= 0 {
		out = append(out, Problem{Kind: NoBrandPixels})
	} else if !enough {
		out = append(out, Problem{Kind: TooLittleBrand, Share: brand, Target: MinBrand, Photo: s.Photo > 0})
	} else {
		for _, role := range []Role{Primary, Secondary, Accent} {
			got, want := s.Relative(role), r.Target(role)
			if math.Abs(got-want) <= r.Tolerance+shareEpsilon {
				continue
			}
			out = append(out, Problem{Kind: RoleShare, Role: role, Share: got, Target: want, Tolerance: r.Tolerance})
		}
	}
	if s.Off > r.MaxOff {
		out = append(out, Problem{Kind: OffPalette, Share: s.Off, Target: r.MaxOff, Color: mostlyOff})
	}
	return out
}

// MinBrand is the smallest share of an image's designed part (the image
// without its photographs) that the brand colours must cover for the
// 60-30-10 split between them to mean anything: below it, the split of a
// few pixels says nothing and Check says so instead of quoting it.
const MinBrand = 0.05

// BrandOfDesign returns the share of the brand colours (primary, secondary
// and accent) in the designed part of the image (Photo removed), and
// whether it reaches MinBrand.
func (s Shares) BrandOfDesign() (share float64, enough bool) {
	design := 1 - s.Photo
	if design <= 0 {
		return 0, false
	}
	share = s.Branded() / design
	return share, share >= MinBrand-shareEpsilon
}

// shareEpsilon absorbs floating-point noise in share arithmetic (0.55 − 0.60
// is −0.05000000000000004): a billionth of a point, far below any measured
// difference.
const shareEpsilon = 1e-11

func points(f float64) string { return fmt.Sprintf("%.0f", f*100) }
