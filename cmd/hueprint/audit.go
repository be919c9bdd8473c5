package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

const auditUsage = `Usage: hueprint audit --palette FILE [--lock ROLE,...] [--cvd-severity S] [--level LEVEL] [--format text|json]

Check in one report whether an existing palette works for everyone:
  - legibility: the best text colour of the palette (its neutrals) on every
    colour, with its WCAG ratio and APCA Lc;
  - colour-vision deficiencies: protanopia, deuteranopia, tritanopia and
    achromatopsia (Machado et al. 2009, severity 1 by default): the smallest
    CIEDE2000 distance between the primary, secondary and accent colours as
    each sees them, and the pairs under 8 that become hard to tell apart;
  - whether the accent still stands out from the primary (3:1 or 15 CIEDE2000) for each;
  - the light and dark UI schemes of 'hueprint scheme': every pair checked,
    and its notes (brand colours it had to adjust, states to back with icons).
Every problem comes with the smallest change that fixes it, to a colour that
is not locked (lightness moves in OKLCH, hue and chroma stay). The primary is
locked unless --lock says otherwise. Logotypes are exempt from WCAG contrast
rules, and the report says so. Exit 1 when a problem is found.

Examples:
  $ hueprint audit --palette brand.json
  $ hueprint audit --palette brand.ase --lock primary,accent --format json
`

func runAudit(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("audit", auditUsage, stdout)
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	paletteFile := fs.String("palette", "", "the palette `FILE` (any format hueprint reads)")
	paletteVariant := fs.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
	locks := fs.StringSlice("lock", []string{"primary"}, "`ROLES` whose colours must not change (primary, secondary, accent, neutral; none)")
	severity := fs.Float64("cvd-severity", 1, "deficiency severity, more than 0 up to 1")
	levelp := levelFlag(fs, "the `LEVEL` text must reach: aa, aa-large, aaa, aaa-large, non-text")
	langp := langFlag(fs, "the findings")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	level := *levelp
	lang := *langp
	if fs.NArg() > 0 {
		return usageError(stderr, "audit", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *paletteFile == "" {
		return usageError(stderr, "audit", "--palette FILE is required")
	}
	if !(*severity > 0 && *severity <= 1) {
		return usageError(stderr, "audit", fmt.Sprintf("--cvd-severity %v: want more than 0 and at most 1", *severity))
	}
	o := palette.AuditOptions{Severity: *severity, Level: level, Locked: []palette.Role{}, Lang: lang}
	for _, l := range *locks {
		if strings.EqualFold(l, "none") {
			continue
		}
		var r palette.Role
		if err := r.UnmarshalText([]byte(l)); err != nil {
			return usageError(stderr, "audit", fmt.Sprintf("--lock: %v", err))
		}
		o.Locked = append(o.Locked, r)
	}
	p, err := readPaletteVariant(*paletteFile, *paletteVariant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	rep, err := palette.Audit(p, o)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	sa := auditScheme(p, lang)
	rep.Scheme = &sa
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if format.value == formatJSON {
		b, err := json.Marshal(rep)
		if err != nil {
			fmt.Fprintf(stderr, "hueprint: %v\n", err)
			return exitUsage
		}
		w.Write(append(b, '\n'))
	} else {
		writeAuditText(w, rep, level, useColor(stdout), lang)
		writeSchemeAudit(w, sa, lang)
	}
	if !rep.Pass() || !sa.Pass {
		return exitFail
	}
	return exitOK
}

// writeAuditText prints the report in lang. Every verdict word is measured
// against the threshold the audit applies to that figure: "ok" beside a text
// ratio means it reaches the requested level, "ok" beside a deficiency means
// no pair under palette.MinCVDDistance and the accent at
// palette.MinAccentRatio or more.
func writeAuditText(w io.Writer, rep *palette.AuditReport, level contrast.Level, tty bool, lang psych.Lang) {
	fmt.Fprintln(w, psych.T(lang, "audit.legibility", strings.ToUpper(level.String()), psych.Num(lang, level.Min(), -1)+":1"))
	for _, t := range rep.Text {
		fmt.Fprintf(w, "  %-13s %s%s  %s  %s\n", t.Background.LabelIn(lang), swatch(t.Background.Color, tty), t.Background.Hex(),
			psych.T(lang, "audit.textline", palette.Hex(t.Text), fmt.Sprintf("%7s", psych.NumBelow(lang, t.Ratio, 2, level.Min())+":1"),
				palette.GradeText(t.Ratio, lang), fmt.Sprintf("%6s", psych.Num(lang, t.APCA, 1))),
			textVerdict(t, level, lang))
	}
	fmt.Fprintln(w, psych.T(lang, "audit.cvd", psych.Num(lang, palette.MinCVDDistance, -1), psych.Num(lang, palette.MinAccentRatio, -1)+":1", psych.Num(lang, palette.MinCVDAccentDistance, -1)))
	for _, c := range rep.CVD {
		fmt.Fprintf(w, "  %-14s %5s  %s\n", psych.T(lang, "cvd."+c.Kind.String()), psych.NumBelow(lang, c.MinDistance, 1, palette.MinCVDDistance),
			psych.T(lang, "audit.cvdline", psych.NumBelow(lang, c.AccentRatio, 2, palette.MinAccentRatio)+":1",
				psych.NumBelow(lang, c.AccentDistance, 1, palette.MinCVDAccentDistance), cvdVerdict(c, rep.Colors, lang)))
	}
	if rep.Pass() {
		fmt.Fprintln(w, psych.T(lang, "audit.noproblem"))
	} else {
		fmt.Fprintln(w, psych.T(lang, "audit.problems", len(rep.Findings), psych.Plural(lang, "n.problems", len(rep.Findings))))
		for _, f := range rep.Findings {
			fmt.Fprintf(w, "  - %s\n", f.Message)
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(w, psych.T(lang, "audit.note", n))
	}
}

// textVerdict is "ok" only when the ratio reaches the level asked for.
func textVerdict(t palette.TextCheck, level contrast.Level, lang psych.Lang) string {
	if t.Pass {
		return psych.T(lang, "audit.ok")
	}
	return psych.T(lang, "audit.under", strings.ToUpper(level.String()), psych.Num(lang, level.Min(), -1)+":1")
}

// cvdVerdict is "ok" only when every threshold holds for the deficiency;
// otherwise it names each one that fails.
func cvdVerdict(c palette.CVDCheck, colors []palette.Colored, lang psych.Lang) string {
	if c.Pass() {
		return psych.T(lang, "audit.ok")
	}
	var out []string
	if !c.AccentStandsOut() {
		out = append(out, psych.T(lang, "audit.accentunder", psych.Num(lang, palette.MinAccentRatio, -1)+":1", psych.Num(lang, palette.MinCVDAccentDistance, -1)))
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
