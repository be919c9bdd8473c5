package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/scheme"
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
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
	in := addPaletteFlags(fs, "the palette `FILE` (any format hueprint reads)")
	locks := fs.StringSlice("lock", []string{"primary"}, "`ROLES` whose colours must not change (primary, secondary, accent, neutral; none)")
	severity := fs.Float64("cvd-severity", 1, "deficiency severity, more than 0 up to 1")
	levelp := levelFlag(fs, "the `LEVEL` text must reach: aa, aa-large, aaa, aaa-large, non-text")
	langp := langFlag(fs, "the findings")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	level := *levelp
	lang := *langp
	if in.file == "" {
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
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	rep, err := palette.Audit(p, o)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	sa := scheme.Audit(p, lang)
	rep.Scheme = &sa
	code := emitTextOrJSON(stdout, stderr, *format, lang, rep, func(w io.Writer, o palette.TextOptions) error {
		return rep.WriteText(w, level, o)
	})
	if code == exitOK && (!rep.Pass() || !sa.Pass) {
		return exitFail
	}
	return code
}
