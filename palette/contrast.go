package palette

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// WriteContrastText writes the report of one pair for people in o.Lang, as
// `hueprint contrast FG BG` prints it: the ratio and verdict, every WCAG
// level, APCA Lc, and r.Suggestion when set, else unreachable (the error of
// contrast.NearestPassing) when it is not nil.
func WriteContrastText(w io.Writer, r contrast.Report, unreachable error, o TextOptions) error {
	lang := o.Lang
	word := psych.T(lang, "contrast.passes")
	if !r.Pass() {
		word = psych.T(lang, "contrast.fails")
	}
	var b strings.Builder
	if o.ANSI {
		b.WriteString(ANSISample(r.Foreground, r.Background, psych.T(lang, "contrast.sample")))
	}
	fmt.Fprintln(&b, psych.T(lang, "contrast.pair", Hex(r.Foreground), Hex(r.Background), psych.Ratio(lang, r.Ratio), word, strings.ToUpper(r.Level.String())))
	pass, fail := psych.T(lang, "contrast.pass"), psych.T(lang, "contrast.fail")
	width := max(utf8.RuneCountInString(pass), utf8.RuneCountInString(fail))
	for _, l := range contrast.Levels() {
		v := fail
		if r.Passes(l) {
			v = pass
		}
		v += strings.Repeat(" ", width-utf8.RuneCountInString(v))
		name := l.String()
		if k := "level." + name; lang == psych.French && psych.Has(k) {
			name = psych.T(lang, k)
		}
		fmt.Fprintf(&b, "  %-10s %s\n", name, psych.T(lang, "contrast.level", v, psych.Num(lang, l.Min(), -1)+":1"))
	}
	fmt.Fprintf(&b, "  %-10s %s\n", "APCA Lc", psych.T(lang, "contrast.apca", psych.Num(lang, r.APCA, 1)))
	switch {
	case r.Suggestion != nil:
		s := *r.Suggestion
		dir := psych.T(lang, "contrast.darker")
		if contrast.Luminance(s) > contrast.Luminance(r.Foreground) {
			dir = psych.T(lang, "contrast.lighter")
		}
		fmt.Fprintf(&b, "  %-10s %s%s\n", psych.T(lang, "contrast.suggestion"), swatchIf(s, o.ANSI),
			psych.T(lang, "contrast.reaches", Hex(s), r.Level, psych.Ratio(lang, contrast.Ratio(s, r.Background)), dir))
	case unreachable != nil:
		fmt.Fprintf(&b, "  %-10s %s\n", psych.T(lang, "contrast.suggestion"), psych.T(lang, "contrast.none", unreachable))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// GridPair is one entry of a ContrastGrid: a foreground and a background
// of the palette, by role and index, and their contrast report. Its JSON,
// one line of `hueprint contrast --palette FILE --format json`, is the
// contrast.Report object with two keys first:
//
//	{"fg_role":"primary","bg_role":"neutral[0]","foreground":"#rrggbb",…}
//
// FG and BG carry only their role, index and colour (the report's
// foreground and background), so a GridPair round-trips through JSON.
type GridPair struct {
	FG, BG Colored
	contrast.Report
}

// AppendJSON appends the JSON of p, without a final newline, to b: the
// bytes MarshalJSON returns, without its copy.
func (p GridPair) AppendJSON(b []byte) ([]byte, error) {
	if p.FG.Role == 0 || p.BG.Role == 0 {
		return b, fmt.Errorf("palette: contrast grid pair: want the roles of both colours, got %q and %q", p.FG.Role, p.BG.Role)
	}
	orig := len(b)
	b = append(b, `{"fg_role":"`...)
	b = append(b, p.FG.Label()...)
	b = append(b, `","bg_role":"`...)
	b = append(b, p.BG.Label()...)
	b = append(b, `",`...)
	r, err := p.Report.AppendJSON(b)
	if err != nil {
		return b[:orig], err
	}
	// The report's object without its "{", moved over it.
	return append(r[:len(b)], r[len(b)+1:]...), nil
}

// MarshalJSON implements json.Marshaler with the shape above.
func (p GridPair) MarshalJSON() ([]byte, error) { return p.AppendJSON(nil) }

// UnmarshalJSON implements json.Unmarshaler: "fg_role" and "bg_role" are
// labels of the palette file ("primary", "secondary[1]"), the rest is read
// as contrast.Report reads it.
func (p *GridPair) UnmarshalJSON(data []byte) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return fmt.Errorf("palette: contrast grid pair: %w", err)
	}
	var out GridPair
	for _, f := range []struct {
		key string
		to  *Colored
	}{{"fg_role", &out.FG}, {"bg_role", &out.BG}} {
		raw, ok := keys[f.key]
		if !ok {
			return fmt.Errorf("palette: contrast grid pair: missing %q", f.key)
		}
		var label string
		if err := json.Unmarshal(raw, &label); err != nil {
			return fmt.Errorf("palette: contrast grid pair: %s: %w", f.key, err)
		}
		c, err := parseLabel(label)
		if err != nil {
			return fmt.Errorf("palette: contrast grid pair: %s: %w", f.key, err)
		}
		*f.to = c
		delete(keys, f.key)
	}
	rest, err := json.Marshal(keys)
	if err != nil {
		return fmt.Errorf("palette: contrast grid pair: %w", err)
	}
	if err := out.Report.UnmarshalJSON(rest); err != nil {
		return err
	}
	out.FG.Color, out.BG.Color = out.Report.Foreground, out.Report.Background
	*p = out
	return nil
}

// ContrastGrid is the contrast of every ordered pair of a palette's
// colours, judged at one level: what `hueprint contrast --palette FILE`
// prints. It is information, not a check.
type ContrastGrid struct {
	Colors []Colored  // the palette's colours in role order, 8-bit, role and index only
	Pairs  []GridPair // foreground-major, as contrast.Grid orders them
}

// NewContrastGrid measures every ordered pair of p's colours, each rounded
// to 8 bits (the colour its hex names), and judges them at level.
func NewContrastGrid(p *Palette, level contrast.Level) ContrastGrid {
	var g ContrastGrid
	cs := make([]colorful.Color, 0, len(p.Colors()))
	for _, c := range p.Colors() {
		q := Colored{Role: c.Role, Index: c.Index, Entry: Entry{Color: Quantize(c.Color)}}
		g.Colors = append(g.Colors, q)
		cs = append(cs, q.Color)
	}
	for _, pr := range contrast.Grid(cs) {
		g.Pairs = append(g.Pairs, GridPair{FG: g.Colors[pr.FG], BG: g.Colors[pr.BG],
			Report: contrast.Report{Foreground: cs[pr.FG], Background: cs[pr.BG], Result: pr.Result, Level: level}})
	}
	return g
}

// WriteJSON writes the grid as JSON lines, one GridPair per line.
func (g ContrastGrid) WriteJSON(w io.Writer) error {
	var b []byte
	for _, p := range g.Pairs {
		var err error
		if b, err = p.AppendJSON(b[:0]); err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}

// WriteText writes the grid for people in o.Lang: foregrounds in rows,
// backgrounds in columns, each ratio marked "*" when it passes the level.
func (g ContrastGrid) WriteText(w io.Writer, o TextOptions) error {
	lang := o.Lang
	level := contrast.Level(0)
	if len(g.Pairs) > 0 {
		level = g.Pairs[0].Level
	}
	var b strings.Builder
	fmt.Fprintln(&b, psych.T(lang, "contrast.grid", strings.ToUpper(level.String())))
	fmt.Fprintf(&b, "%-21s", "")
	for _, c := range g.Colors {
		fmt.Fprintf(&b, " %-13s", c.LabelIn(lang))
	}
	fmt.Fprintln(&b)
	k := 0
	for i, fg := range g.Colors {
		fmt.Fprintf(&b, "%-13s %s%s", fg.LabelIn(lang), swatchIf(fg.Color, o.ANSI), fg.Hex())
		for j := range g.Colors {
			if i == j || k >= len(g.Pairs) {
				fmt.Fprintf(&b, " %-13s", "-")
				continue
			}
			pr := g.Pairs[k]
			k++
			mark := " "
			if pr.Pass() {
				mark = "*"
			}
			fmt.Fprintf(&b, " %6s%s      ", psych.Num(lang, pr.Ratio, 2), mark)
		}
		fmt.Fprintln(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// LineError is a line of input that could not be read, such as a bad pair
// of `hueprint contrast --batch`. Its JSON is {"line":N,"input":…,"error":…}
// with "line" left out when Line is 0.
type LineError struct {
	Line  int    // from 1; 0 for an input that is not a line of a file
	Input string // the input; PairScanner cuts a long line to 60 bytes and its length
	Err   error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the error of the line.
func (e *LineError) Unwrap() error { return e.Err }

// AppendJSON appends the JSON of e, without a final newline, to b. Unlike
// json.Marshal it leaves <, > and & unescaped.
func (e *LineError) AppendJSON(b []byte) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	msg := ""
	if e.Err != nil {
		msg = e.Err.Error()
	}
	_ = enc.Encode(lineErrorJSON{Line: e.Line, Input: e.Input, Error: msg}) // strings and an int always encode
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

type lineErrorJSON struct {
	Line  int    `json:"line,omitempty"`
	Input string `json:"input"`
	Error string `json:"error"`
}

// MarshalJSON implements json.Marshaler with the shape above.
func (e *LineError) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }

// UnmarshalJSON implements json.Unmarshaler; Err becomes an error with the
// message of "error".
func (e *LineError) UnmarshalJSON(data []byte) error {
	var j struct {
		Line  int     `json:"line"`
		Input *string `json:"input"`
		Error *string `json:"error"`
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("palette: line error: %w", err)
	}
	if j.Input == nil || j.Error == nil || j.Line < 0 {
		return fmt.Errorf("palette: line error: want {\"line\":N,\"input\":…,\"error\":…}")
	}
	*e = LineError{Line: j.Line, Input: *j.Input, Err: textError(*j.Error)}
	return nil
}

// textError is an error read back from its message.
type textError string

func (e textError) Error() string { return string(e) }

// clipText cuts s to 60 bytes on a rune boundary, saying how long it was.
func clipText(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:i], len(s))
}
