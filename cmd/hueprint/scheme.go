package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
)

const schemeUsage = `Usage: hueprint scheme --palette FILE [--format text|json] [--lang en|fr] [--pure-black]

Turn a brand palette into light and dark UI schemes: background, surface,
text, muted text, primary / secondary / accent with their text colours, a
primary container, outline, focus ring, and error, success and warning
states. Every text pair reaches 4.5:1 (WCAG 2.2 SC 1.4.3), outlines, focus
rings and the primary 3:1 (SC 1.4.11), in both modes. The light scheme keeps
the brand colours verbatim where they pass, else the nearest passing tone of
the same hue, with a note. The dark background is a dark tone of the brand
hue (OKLCH L at most 0.25; pure black with --pure-black).

The text output shows each role in both modes and each pair with its
ratio; --format json prints {"light": {role: hex}, "dark": {…}, "notes": […]}.
Write the scheme for code with 'hueprint export --scheme', and see it on a
landing page with 'hueprint preview'.

Examples:
  $ hueprint scheme --palette brand.json
  $ hueprint scheme --palette brand.json --format json --lang fr
  $ hueprint export --palette brand.json --scheme --to css -o scheme.css
  $ hueprint preview --palette brand.json -o preview/
`

// schemeWords are the words of the scheme, preview and audit outputs, in
// English and French, kept in one place for the shared catalogue.
var schemeWords = map[string][2]string{
	"light":   {"Light", "Clair"},
	"dark":    {"Dark", "Sombre"},
	"roles":   {"Roles", "Rôles"},
	"pairs":   {"Pairs (WCAG 2.x ratio; text needs 4.5:1, outlines, focus and buttons 3:1)", "Paires (rapport WCAG 2.x\u202f; le texte requiert 4,5:1, contours, focus et boutons 3:1)"},
	"on":      {"on", "sur"},
	"notes":   {"Notes", "Notes"},
	"nonotes": {"No note: every brand colour is used verbatim in the light scheme.", "Aucune note\u202f: chaque couleur de la marque est utilisée telle quelle dans le thème clair."},
	"audit":   {"UI scheme (light and dark, hueprint scheme):", "Thème d'interface (clair et sombre, hueprint scheme)\u202f:"},
	"allpass": {"every pair passes in both modes", "toutes les paires passent dans les deux modes"},
}

func schemeWord(key string, lang psych.Lang) string {
	if lang == psych.French {
		return schemeWords[key][1]
	}
	return schemeWords[key][0]
}

// ratioText formats a ratio for people, with a decimal comma in French.
func ratioText(r float64, lang psych.Lang) string {
	s := fmt.Sprintf("%5.2f:1", r)
	if lang == psych.French {
		for i := range s {
			if s[i] == '.' {
				s = s[:i] + "," + s[i+1:]
				break
			}
		}
	}
	return s
}

func runScheme(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("scheme", schemeUsage, stdout)
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	paletteFile := fs.String("palette", "", "the palette `FILE` (any format hueprint reads; - for stdin)")
	paletteVariant := fs.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
	langp := langFlag(fs, "the notes and headings")
	pureBlack := fs.Bool("pure-black", false, "make the dark background #000000 instead of a dark brand tone")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	lang := *langp
	if fs.NArg() > 0 {
		return usageError(stderr, "scheme", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *paletteFile == "" {
		return usageError(stderr, "scheme", "--palette FILE is required")
	}
	p, err := readPaletteVariant(*paletteFile, *paletteVariant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	s, err := scheme.New(p, scheme.Options{PureBlack: *pureBlack})
	if err != nil {
		return schemeError(stderr, err)
	}
	w := bufio.NewWriter(stdout)
	if format.value == formatJSON {
		b, _ := json.Marshal(schemeJSON(s, lang))
		w.Write(append(b, '\n'))
	} else {
		writeSchemeText(w, s, lang, useColor(stdout))
	}
	w.Flush() // run reports a write error
	return exitOK
}

// schemeError reports a scheme that failed its own guarantees: a bug in
// hueprint, exit 1 (the answer is "no scheme").
func schemeError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "hueprint: %v\n", err)
	var ge *scheme.GuaranteeError
	if errors.As(err, &ge) {
		fmt.Fprintln(stderr, "hueprint: hint: this is a bug; please report it with the palette file")
		return exitFail
	}
	return exitUsage
}

type schemeOut struct {
	Light scheme.Colors `json:"light"`
	Dark  scheme.Colors `json:"dark"`
	Notes []string      `json:"notes"`
}

func schemeJSON(s *scheme.Scheme, lang psych.Lang) schemeOut {
	out := schemeOut{Light: s.Light, Dark: s.Dark, Notes: []string{}}
	for _, n := range s.Notes {
		out.Notes = append(out.Notes, n.Text(lang))
	}
	return out
}

func writeSchemeText(w io.Writer, s *scheme.Scheme, lang psych.Lang, tty bool) {
	// The headings stand over the hex columns: "  " + 20 + " " before the
	// light one, 7 + 2 between, and a swatch (5 columns) before each on a
	// terminal. Padding counts runes, not bytes ("Rôles").
	col := 9
	if tty {
		col += 5
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(1, n-utf8.RuneCountInString(s))) }
	fmt.Fprintf(w, "%s%s%s\n", pad(schemeWord("roles", lang), 23), pad(schemeWord("light", lang), col), schemeWord("dark", lang))
	for _, r := range scheme.Roles() {
		fmt.Fprintf(w, "  %-20s %s%s  %s%s\n", r, swatch(s.Light[r], tty), s.Light.Hex(r), swatch(s.Dark[r], tty), s.Dark.Hex(r))
	}
	fmt.Fprintf(w, "%s:\n", schemeWord("pairs", lang))
	for _, pr := range scheme.Pairs() {
		var line strings.Builder
		fmt.Fprintf(&line, "  %-42s", fmt.Sprintf("%s %s %s", pr.FG, schemeWord("on", lang), pr.BG))
		for _, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
			c := s.Mode(m)
			r := contrast.Ratio(c[pr.FG], c[pr.BG])
			sample := ""
			if tty {
				fr, fg, fb := palette.RGB255(c[pr.FG])
				br, bg, bb := palette.RGB255(c[pr.BG])
				sample = fmt.Sprintf("\x1b[38;2;%d;%d;%dm\x1b[48;2;%d;%d;%dm Aa \x1b[0m ", fr, fg, fb, br, bg, bb)
			}
			mark := "ok"
			if r < pr.Min {
				mark = "FAIL"
			}
			fmt.Fprintf(&line, "  %-7s %s%s %-4s", schemeWord(m.String(), lang), sample, ratioText(r, lang), mark)
		}
		fmt.Fprintln(w, strings.TrimRight(line.String(), " "))
	}
	fmt.Fprintf(w, "%s:\n", schemeWord("notes", lang))
	if len(s.Notes) == 0 {
		fmt.Fprintf(w, "  %s\n", schemeWord("nonotes", lang))
	}
	for _, n := range s.Notes {
		fmt.Fprintf(w, "  - %s\n", n.Text(lang))
	}
}

// schemeExporters are the formats of 'export --scheme'.
var schemeExporters = map[string]func(io.Writer, *scheme.Scheme, export.SchemeOptions) error{
	"css": export.SchemeCSS, "scss": export.SchemeSCSS, "tailwind": export.SchemeTailwind,
	"tailwind4": export.SchemeTailwind4, "tokens": export.SchemeTokens,
}

// exportScheme is 'hueprint export --scheme': the light and dark schemes of
// p in one file of format to. prefix "" means the writers' default, color.
func exportScheme(p *palette.Palette, to, prefix, out, paletteFile string, stdout, stderr io.Writer) int {
	write, ok := schemeExporters[to]
	if !ok {
		return usageError(stderr, "export", fmt.Sprintf("--scheme --to %q: want css, scss, tailwind, tailwind4 or tokens", to))
	}
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		return schemeError(stderr, err)
	}
	o := export.SchemeOptions{Name: p.Name, Prefix: prefix}
	if out == "" || out == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw, s, o); err != nil {
			return failOutput(stdout, stderr, err)
		}
		bw.Flush() // run reports a write error
		return exitOK
	}
	if sameFile(out, paletteFile) {
		return usageError(stderr, "export", fmt.Sprintf("-o %s would overwrite the input palette", out))
	}
	err = writeFileAtomic(out, func(f *os.File) error {
		bw := bufio.NewWriter(f)
		if err := write(bw, s, o); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: writing %s: %v\n", out, err)
		return exitUsage
	}
	return exitOK
}

// auditScheme is what 'hueprint audit' adds about the UI schemes.
func auditScheme(p *palette.Palette, lang psych.Lang) palette.SchemeAudit {
	a := palette.SchemeAudit{Pass: true, Problems: []string{}, Notes: []string{}}
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		a.Pass = false
		var ge *scheme.GuaranteeError
		if errors.As(err, &ge) {
			a.Problems = append(a.Problems, ge.Problems...)
		} else {
			a.Problems = append(a.Problems, err.Error())
		}
		return a
	}
	for _, n := range s.Notes {
		a.Notes = append(a.Notes, n.Text(lang))
	}
	return a
}

func writeSchemeAudit(w io.Writer, a palette.SchemeAudit, lang psych.Lang) {
	fmt.Fprintln(w, schemeWord("audit", lang))
	if a.Pass {
		fmt.Fprintf(w, "  %s\n", schemeWord("allpass", lang))
	}
	for _, p := range a.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
	for _, n := range a.Notes {
		fmt.Fprintf(w, "  %s\n", psych.T(lang, "audit.note", n))
	}
}
