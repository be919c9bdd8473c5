package palette

import (
	"fmt"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette/psych"
)

// LabelIn names the colour for people in lang: "secondary[0]" in English
// (as the palette file does), "secondaire 1" in French.
func (c Colored) LabelIn(lang psych.Lang) string {
	if lang != psych.French {
		return c.Label()
	}
	name := psych.T(lang, "role."+c.Role.String())
	if c.Role == Secondary || c.Role == Neutral {
		return fmt.Sprintf("%s %d", name, c.Index+1)
	}
	return name
}

// RoleName returns the name of a role in lang: "primary", "principale".
func RoleName(r Role, lang psych.Lang) string { return psych.T(lang, "role."+r.String()) }

// Text returns the rule in lang: "60/30/10 ± 5 points, at most 10 %
// off-palette", "60/30/10 ± 5 points, au plus 10 % hors palette".
func (r Rule) Text(lang psych.Lang) string {
	return psych.T(lang, "rule.line", psych.Num(lang, r.Primary*100, 0), psych.Num(lang, r.Secondary*100, 0),
		psych.Num(lang, r.Accent*100, 0), psych.Num(lang, r.Tolerance*100, 0), psych.Percent(lang, r.MaxOff, 0))
}

// GradeText returns the WCAG grade of a contrast ratio in lang ("AA",
// "AA large" / "AA grand texte", "fails AA" / "échoue AA").
func GradeText(ratio float64, lang psych.Lang) string {
	return psych.T(lang, "grade."+contrast.Grade(ratio))
}
