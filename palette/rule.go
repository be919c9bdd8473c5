package palette

import (
	"fmt"
	"math"
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

// Problem is one way an image breaks the rule, in words a designer
// understands.
type Problem struct {
	Role    Role    // the role concerned; 0 for the off-palette share
	Share   float64 // what was measured (relative share, or the off share)
	Target  float64 // what the rule wants (the target, or the maximum off share)
	Message string
}

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
		out = append(out, Problem{Message: "no pixel uses the primary, secondary or accent colours"})
	} else if !enough {
		out = append(out, Problem{Share: brand, Target: MinBrand,
			Message: fmt.Sprintf("too little brand colour for a 60-30-10 verdict: primary, secondary and accent cover %s of the %s (at least %s needed)",
				percentFine(brand), s.designWord(), percent(MinBrand))})
	} else {
		for _, role := range []Role{Primary, Secondary, Accent} {
			got, want := s.Relative(role), r.Target(role)
			diff := got - want
			if math.Abs(diff) <= r.Tolerance+shareEpsilon {
				continue
			}
			dir := "under"
			if diff > 0 {
				dir = "over"
			}
			out = append(out, Problem{Role: role, Share: got, Target: want,
				Message: fmt.Sprintf("%s is %s of the brand colours, %s points %s its %s target (±%s)",
					role, percent(got), points(math.Abs(diff)), dir, percent(want), points(r.Tolerance))})
		}
	}
	if s.Off > r.MaxOff {
		got, limit := percent(s.Off), percent(r.MaxOff)
		if got == limit { // "10 % … (at most 10 %)" would read as a pass
			got, limit = fmt.Sprintf("%.1f %%", s.Off*100), fmt.Sprintf("%.1f %%", r.MaxOff*100)
		}
		msg := fmt.Sprintf("%s of the image is off-palette (at most %s allowed)", got, limit)
		if mostlyOff != "" {
			msg = fmt.Sprintf("%s of the image is off-palette, mostly %s (at most %s allowed)", got, mostlyOff, limit)
		}
		out = append(out, Problem{Share: s.Off, Target: r.MaxOff, Message: msg})
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

func (s Shares) designWord() string {
	if s.Photo > 0 {
		return "image outside its photographs"
	}
	return "image"
}

func percentFine(f float64) string {
	if f < 0.1 {
		return fmt.Sprintf("%.1f %%", f*100)
	}
	return percent(f)
}

// shareEpsilon absorbs floating-point noise in share arithmetic (0.55 − 0.60
// is −0.05000000000000004): a billionth of a point, far below any measured
// difference.
const shareEpsilon = 1e-11

func percent(f float64) string { return fmt.Sprintf("%.0f %%", f*100) }
func points(f float64) string  { return fmt.Sprintf("%.0f", f*100) }
