package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// Document is a scheme with its notes in one language: what `hueprint
// scheme --format json` prints. Its JSON is
//
//	{"light":{role:"#rrggbb",…},"dark":{role:"#rrggbb",…},"notes":[…]}
//
// with every role of Roles in each mode, in order (Colors.MarshalJSON). A
// Document round-trips through JSON unchanged: scheme colours are exact in
// 8-bit hex.
type Document struct {
	Light Colors   `json:"light"`
	Dark  Colors   `json:"dark"`
	Notes []string `json:"notes"` // never nil: no note is []
}

// Document returns s with its notes in lang.
func (s *Scheme) Document(lang psych.Lang) Document {
	d := Document{Light: s.Light, Dark: s.Dark, Notes: []string{}}
	for _, n := range s.Notes {
		d.Notes = append(d.Notes, n.Text(lang))
	}
	return d
}

// UnmarshalJSON implements json.Unmarshaler: "light", "dark" and "notes"
// are required, unknown fields rejected.
func (d *Document) UnmarshalJSON(data []byte) error {
	var j struct {
		Light *Colors   `json:"light"`
		Dark  *Colors   `json:"dark"`
		Notes *[]string `json:"notes"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("scheme: document: %w", err)
	}
	switch {
	case j.Light == nil:
		return errors.New(`scheme: document: missing "light"`)
	case j.Dark == nil:
		return errors.New(`scheme: document: missing "dark"`)
	case j.Notes == nil:
		return errors.New(`scheme: document: missing "notes"`)
	}
	*d = Document{Light: *j.Light, Dark: *j.Dark, Notes: append([]string{}, *j.Notes...)}
	return nil
}

// ratioText formats a ratio for people, padded to 5 characters, with a
// decimal comma in French.
func ratioText(r float64, lang psych.Lang) string {
	s := fmt.Sprintf("%5.2f:1", r)
	if lang == psych.French {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// WriteText writes s for people in o.Lang, as `hueprint scheme` prints it:
// each role in both modes, each pair of Pairs with its ratio in both modes,
// and the notes.
func (s *Scheme) WriteText(w io.Writer, o palette.TextOptions) error {
	lang := o.Lang
	// The headings stand over the hex columns: "  " + 20 + " " before the
	// light one, 7 + 2 between, and a swatch (5 columns) before each on a
	// terminal. Padding counts runes, not bytes ("Rôles").
	col := 9
	if o.ANSI {
		col += 5
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(1, n-utf8.RuneCountInString(s))) }
	swatch := func(r Role, c *Colors) string {
		if !o.ANSI {
			return c.Hex(r)
		}
		return palette.ANSISwatch(c[r]) + c.Hex(r)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s%s\n", pad(textWord("roles", lang), 23), pad(textWord("light", lang), col), textWord("dark", lang))
	for _, r := range Roles() {
		fmt.Fprintf(&b, "  %-20s %s  %s\n", r, swatch(r, &s.Light), swatch(r, &s.Dark))
	}
	fmt.Fprintf(&b, "%s:\n", textWord("pairs", lang))
	for _, pr := range Pairs() {
		var line strings.Builder
		fmt.Fprintf(&line, "  %-42s", fmt.Sprintf("%s %s %s", pr.FG, textWord("on", lang), pr.BG))
		for _, m := range []Mode{Light, Dark} {
			c := s.Mode(m)
			r := contrast.Ratio(c[pr.FG], c[pr.BG])
			sample := ""
			if o.ANSI {
				sample = palette.ANSISample(c[pr.FG], c[pr.BG], "Aa")
			}
			mark := "ok"
			if r < pr.Min {
				mark = "FAIL"
			}
			fmt.Fprintf(&line, "  %-7s %s%s %-4s", textWord(m.String(), lang), sample, ratioText(r, lang), mark)
		}
		fmt.Fprintln(&b, strings.TrimRight(line.String(), " "))
	}
	fmt.Fprintf(&b, "%s:\n", textWord("notes", lang))
	if len(s.Notes) == 0 {
		fmt.Fprintf(&b, "  %s\n", textWord("nonotes", lang))
	}
	for _, n := range s.Notes {
		fmt.Fprintf(&b, "  - %s\n", n.Text(lang))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Audit is the verdict on the light and dark schemes of p that `hueprint
// audit` adds to its report (palette.AuditReport.Scheme): the guarantees New
// could not keep, else its notes in lang. An invalid palette fails with the
// reason.
func Audit(p *palette.Palette, lang psych.Lang) palette.SchemeAudit {
	a := palette.SchemeAudit{Pass: true, Problems: []string{}, Notes: []string{}}
	s, err := New(p, Options{})
	if err != nil {
		a.Pass = false
		var ge *GuaranteeError
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
