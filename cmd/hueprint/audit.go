package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
)

const auditUsage = `Usage: hueprint audit --palette FILE [--lock ROLE,...] [--cvd-severity S] [--level LEVEL] [--format text|json]

Check in one report whether an existing palette works for everyone:
  - legibility: the best text colour of the palette (its neutrals) on every
    colour, with its WCAG ratio and APCA Lc;
  - colour-vision deficiencies: protanopia, deuteranopia, tritanopia and
    achromatopsia (Machado et al. 2009, severity 1 by default): the smallest
    CIEDE2000 distance between the primary, secondary and accent colours as
    each sees them, and the pairs under 8 that become hard to tell apart;
  - whether the accent still stands out from the primary (3:1) for each.
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
	severity := fs.Float64("cvd-severity", 1, "deficiency severity from 0 to 1")
	level := contrast.AA
	fs.TextVar(&level, "level", contrast.AA, "the `LEVEL` text must reach")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "audit", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *paletteFile == "" {
		return usageError(stderr, "audit", "--palette FILE is required")
	}
	if !(*severity > 0 && *severity <= 1) {
		return usageError(stderr, "audit", fmt.Sprintf("--cvd-severity %v: want more than 0 and at most 1", *severity))
	}
	o := palette.AuditOptions{Severity: *severity, Level: level, Locked: []palette.Role{}}
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
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if format.value == formatJSON {
		b, _ := json.Marshal(auditJSON(rep))
		w.Write(append(b, '\n'))
	} else {
		writeAuditText(w, rep, useColor(stdout))
	}
	if !rep.Pass() {
		return exitFail
	}
	return exitOK
}

type auditFixJSON struct {
	Color string `json:"color"`
	From  string `json:"from"`
	To    string `json:"to"`
}

type auditFindingJSON struct {
	Kind       string        `json:"kind"`
	Deficiency string        `json:"deficiency,omitempty"`
	Message    string        `json:"message"`
	Fix        *auditFixJSON `json:"fix"`
}

func auditJSON(rep *palette.AuditReport) any {
	type textJSON struct {
		Background string  `json:"background"`
		Color      string  `json:"color"`
		Text       string  `json:"text"`
		Ratio      float64 `json:"ratio"`
		APCA       float64 `json:"apca"`
		Pass       bool    `json:"pass"`
	}
	type pairJSON struct {
		FG    string  `json:"fg"`
		BG    string  `json:"bg"`
		Ratio float64 `json:"ratio"`
		APCA  float64 `json:"apca"`
		Level string  `json:"level"`
	}
	type cvdJSON struct {
		Deficiency  string            `json:"deficiency"`
		Simulated   map[string]string `json:"simulated"`
		MinDistance float64           `json:"min_distance"`
		Confusable  [][2]string       `json:"confusable"`
		AccentRatio float64           `json:"accent_ratio"`
	}
	out := struct {
		Pass     bool               `json:"pass"`
		Text     []textJSON         `json:"text"`
		Grid     []pairJSON         `json:"grid"`
		CVD      []cvdJSON          `json:"cvd"`
		Findings []auditFindingJSON `json:"findings"`
		Notes    []string           `json:"notes"`
	}{Pass: rep.Pass(), Notes: rep.Notes, Findings: []auditFindingJSON{}}
	for _, t := range rep.Text {
		out.Text = append(out.Text, textJSON{t.Background.Label(), t.Background.Hex(), palette.Hex(t.Text), t.Ratio, t.APCA, t.Pass})
	}
	for _, g := range rep.Grid {
		out.Grid = append(out.Grid, pairJSON{rep.Colors[g.FG].Label(), rep.Colors[g.BG].Label(), g.Ratio, g.APCA, contrast.Grade(g.Ratio)})
	}
	for _, c := range rep.CVD {
		cj := cvdJSON{Deficiency: c.Kind.String(), Simulated: map[string]string{}, MinDistance: c.MinDistance, Confusable: [][2]string{}, AccentRatio: c.AccentRatio}
		for i, s := range c.Simulated {
			cj.Simulated[rep.Colors[i].Label()] = palette.Hex(s)
		}
		for _, pr := range c.Confusable {
			cj.Confusable = append(cj.Confusable, [2]string{rep.Colors[pr[0]].Label(), rep.Colors[pr[1]].Label()})
		}
		out.CVD = append(out.CVD, cj)
	}
	for _, f := range rep.Findings {
		fj := auditFindingJSON{Kind: f.Kind, Message: f.Message}
		if f.Deficiency != 0 {
			fj.Deficiency = f.Deficiency.String()
		}
		if f.Fix != nil {
			fj.Fix = &auditFixJSON{Color: f.Fix.Label(), From: palette.Hex(f.Fix.From), To: palette.Hex(f.Fix.To)}
		}
		out.Findings = append(out.Findings, fj)
	}
	return out
}

func writeAuditText(w io.Writer, rep *palette.AuditReport, tty bool) {
	fmt.Fprintln(w, "Legibility (best text colour of the palette on each colour):")
	for _, t := range rep.Text {
		fmt.Fprintf(w, "  %-13s %s%s  text %s  %5.2f:1 %-13s APCA Lc %6.1f\n", t.Background.Label(), swatch(t.Background.Color, tty),
			t.Background.Hex(), palette.Hex(t.Text), t.Ratio, contrast.Grade(t.Ratio), t.APCA)
	}
	fmt.Fprintln(w, "Colour-vision deficiencies (smallest CIEDE2000 between primary, secondary and accent; accent on primary):")
	for _, c := range rep.CVD {
		verdict := "ok"
		if len(c.Confusable) > 0 {
			var pairs []string
			for _, pr := range c.Confusable {
				pairs = append(pairs, rep.Colors[pr[0]].Label()+"/"+rep.Colors[pr[1]].Label())
			}
			verdict = "hard to tell apart: " + strings.Join(pairs, ", ")
		}
		fmt.Fprintf(w, "  %-14s %5.1f  accent %.2f:1  %s\n", c.Kind, c.MinDistance, c.AccentRatio, verdict)
	}
	if rep.Pass() {
		fmt.Fprintln(w, "No problem found.")
	} else {
		fmt.Fprintf(w, "%d problem(s):\n", len(rep.Findings))
		for _, f := range rep.Findings {
			fmt.Fprintf(w, "  - %s\n", f.Message)
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(w, "Note: %s\n", n)
	}
}
