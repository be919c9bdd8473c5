package palette

import (
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette/psych"
)

// WriteText writes the report for people in o.Lang, as `hueprint audit`
// prints it: legibility at level (the level the audit was run at), each
// deficiency, the findings and notes, and the scheme verdict when
// r.Scheme is set. Every verdict word is measured against the threshold
// the audit applies to that figure: "ok" beside a text ratio means it
// reaches level, "ok" beside a deficiency means no pair under
// MinCVDDistance and the accent standing out (CVDCheck.Pass).
func (r *AuditReport) WriteText(w io.Writer, level contrast.Level, o TextOptions) error {
	lang := o.Lang
	need := psych.Num(lang, level.Min(), -1) + ":1"
	var b strings.Builder
	fmt.Fprintln(&b, psych.T(lang, "audit.legibility", strings.ToUpper(level.String()), need))
	for _, t := range r.Text {
		verdict := psych.T(lang, "audit.ok")
		if !t.Pass {
			verdict = psych.T(lang, "audit.under", strings.ToUpper(level.String()), need)
		}
		fmt.Fprintf(&b, "  %-13s %s%s  %s  %s\n", t.Background.LabelIn(lang), swatchIf(t.Background.Color, o.ANSI), t.Background.Hex(),
			psych.T(lang, "audit.textline", Hex(t.Text), fmt.Sprintf("%7s", psych.NumBelow(lang, t.Ratio, 2, level.Min())+":1"),
				GradeText(t.Ratio, lang), fmt.Sprintf("%6s", psych.Num(lang, t.APCA, 1))),
			verdict)
	}
	fmt.Fprintln(&b, psych.T(lang, "audit.cvd", psych.Num(lang, MinCVDDistance, -1), psych.Num(lang, MinAccentRatio, -1)+":1", psych.Num(lang, MinCVDAccentDistance, -1)))
	for _, c := range r.CVD {
		fmt.Fprintf(&b, "  %-14s %5s  %s\n", psych.T(lang, "cvd."+c.Kind.String()), psych.NumBelow(lang, c.MinDistance, 1, MinCVDDistance),
			psych.T(lang, "audit.cvdline", psych.NumBelow(lang, c.AccentRatio, 2, MinAccentRatio)+":1",
				psych.NumBelow(lang, c.AccentDistance, 1, MinCVDAccentDistance), c.verdict(r.Colors, lang)))
	}
	if r.Pass() {
		fmt.Fprintln(&b, psych.T(lang, "audit.noproblem"))
	} else {
		fmt.Fprintln(&b, psych.T(lang, "audit.problems", len(r.Findings), psych.Plural(lang, "n.problems", len(r.Findings))))
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "  - %s\n", f.Message)
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintln(&b, psych.T(lang, "audit.note", n))
	}
	if r.Scheme != nil {
		r.Scheme.writeText(&b, lang)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// verdict is "ok" only when every threshold holds for the deficiency;
// otherwise it names each one that fails.
func (c CVDCheck) verdict(colors []Colored, lang psych.Lang) string {
	if c.Pass() {
		return psych.T(lang, "audit.ok")
	}
	var out []string
	if !c.AccentStandsOut() {
		out = append(out, psych.T(lang, "audit.accentunder", psych.Num(lang, MinAccentRatio, -1)+":1", psych.Num(lang, MinCVDAccentDistance, -1)))
	}
	if len(c.Confusable) > 0 {
		var pairs []string
		for _, pr := range c.Confusable {
			pairs = append(pairs, colors[pr[0]].LabelIn(lang)+"/"+colors[pr[1]].LabelIn(lang))
		}
		out = append(out, psych.T(lang, "audit.confusable", strings.Join(pairs, ", ")))
	}
	return strings.Join(out, psych.T(lang, "audit.sep"))
}

// writeText writes the scheme verdict in lang.
func (a SchemeAudit) writeText(b *strings.Builder, lang psych.Lang) {
	fmt.Fprintln(b, psych.T(lang, "audit.scheme"))
	if a.Pass {
		fmt.Fprintf(b, "  %s\n", psych.T(lang, "audit.schemepass"))
	}
	for _, p := range a.Problems {
		fmt.Fprintf(b, "  - %s\n", p)
	}
	for _, n := range a.Notes {
		fmt.Fprintf(b, "  %s\n", psych.T(lang, "audit.note", n))
	}
}
