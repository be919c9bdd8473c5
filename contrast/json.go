package contrast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/lucasb-eyer/go-colorful"
)

// Report is the contrast of one pair judged at one level: what `hueprint
// contrast FG BG --format json` prints, one line of `contrast --batch`. Its
// JSON is
//
//	{"foreground":"#rrggbb","background":"#rrggbb","ratio":<unrounded>,
//	 "wcag":{"aa":b,"aa_large":b,"aaa":b,"aaa_large":b,"non_text":b},
//	 "apca":<Lc>,"level":"aa","pass":b,"suggestion":"#rrggbb"}
//
// with "suggestion" only when Suggestion is set. The wcag verdicts and
// "pass" are derived from Ratio and Level; UnmarshalJSON rejects a document
// whose verdicts disagree with its ratio. Colours are written as 8-bit hex
// after clamping, so a Report of quantised colours (as the CLI judges them)
// round-trips exactly. The zero Report marshals: black on black, level
// "" (unset), which every ratio passes.
type Report struct {
	Foreground, Background colorful.Color
	Result
	Level      Level
	Suggestion *colorful.Color // nearest passing foreground (NearestPassing); nil for none
}

// NewReport measures fg on bg and judges the result at level. Suggestion
// is left nil: set it with Suggest when wanted.
func NewReport(fg, bg colorful.Color, level Level) Report {
	return Report{Foreground: fg, Background: bg, Result: Check(fg, bg), Level: level}
}

// Suggest sets r.Suggestion, when the pair fails its level, to the nearest
// foreground that passes (NearestPassing: same hue and chroma, only OKLCH
// lightness moves). It returns NearestPassing's error when no such colour
// exists (wrapping ErrUnreachable), and nil when the pair passes.
func (r *Report) Suggest() error {
	if r.Pass() {
		return nil
	}
	s, err := NearestPassing(r.Foreground, r.Background, r.Level)
	if err != nil {
		return err
	}
	r.Suggestion = &s
	return nil
}

// Pass reports whether the pair meets the report's level.
func (r Report) Pass() bool { return r.Passes(r.Level) }

// AppendJSON appends the JSON of r, without a final newline, to b: the
// bytes MarshalJSON returns, without its copy, for writers of many lines.
func (r Report) AppendJSON(b []byte) ([]byte, error) {
	if !finite(r.Ratio) || !finite(r.APCA) {
		return b, fmt.Errorf("contrast: report of %s on %s: ratio %v and APCA %v: want finite numbers", hex(r.Foreground), hex(r.Background), r.Ratio, r.APCA)
	}
	level, err := r.Level.MarshalText()
	if err != nil {
		return b, err
	}
	b = append(b, `{"foreground":"`...)
	b = append(b, hex(r.Foreground)...)
	b = append(b, `","background":"`...)
	b = append(b, hex(r.Background)...)
	b = append(b, `","ratio":`...)
	b = strconv.AppendFloat(b, r.Ratio, 'g', -1, 64)
	b = append(b, `,"wcag":{"aa":`...)
	b = strconv.AppendBool(b, r.Passes(AA))
	b = append(b, `,"aa_large":`...)
	b = strconv.AppendBool(b, r.Passes(AALarge))
	b = append(b, `,"aaa":`...)
	b = strconv.AppendBool(b, r.Passes(AAA))
	b = append(b, `,"aaa_large":`...)
	b = strconv.AppendBool(b, r.Passes(AAALarge))
	b = append(b, `,"non_text":`...)
	b = strconv.AppendBool(b, r.Passes(NonText))
	b = append(b, `},"apca":`...)
	b = strconv.AppendFloat(b, r.APCA, 'g', -1, 64)
	b = append(b, `,"level":"`...)
	b = append(b, level...)
	b = append(b, `","pass":`...)
	b = strconv.AppendBool(b, r.Pass())
	if r.Suggestion != nil {
		b = append(b, `,"suggestion":"`...)
		b = append(b, hex(*r.Suggestion)...)
		b = append(b, '"')
	}
	return append(b, '}'), nil
}

// MarshalJSON implements json.Marshaler with the documented shape above.
// A non-finite ratio or APCA, or a Level beyond NonText, is an error.
func (r Report) MarshalJSON() ([]byte, error) {
	return r.AppendJSON(nil)
}

type wcagJSON struct {
	AA       *bool `json:"aa"`
	AALarge  *bool `json:"aa_large"`
	AAA      *bool `json:"aaa"`
	AAALarge *bool `json:"aaa_large"`
	NonText  *bool `json:"non_text"`
}

type reportJSON struct {
	Foreground *string   `json:"foreground"`
	Background *string   `json:"background"`
	Ratio      *float64  `json:"ratio"`
	WCAG       *wcagJSON `json:"wcag"`
	APCA       *float64  `json:"apca"`
	Level      *Level    `json:"level"`
	Pass       *bool     `json:"pass"`
	Suggestion *string   `json:"suggestion"`
}

// UnmarshalJSON implements json.Unmarshaler. Every field but "suggestion"
// is required, unknown fields are rejected, colours must be "#rrggbb", and
// the wcag verdicts and "pass" must agree with the ratio and level.
func (r *Report) UnmarshalJSON(data []byte) error {
	var j reportJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("contrast: report: %w", err)
	}
	var missing string
	switch {
	case j.Foreground == nil:
		missing = "foreground"
	case j.Background == nil:
		missing = "background"
	case j.Ratio == nil:
		missing = "ratio"
	case j.WCAG == nil:
		missing = "wcag"
	case j.APCA == nil:
		missing = "apca"
	case j.Level == nil:
		missing = "level"
	case j.Pass == nil:
		missing = "pass"
	}
	if missing != "" {
		return fmt.Errorf("contrast: report: missing %q", missing)
	}
	var out Report
	var err error
	if out.Foreground, err = parseHex("foreground", *j.Foreground); err != nil {
		return err
	}
	if out.Background, err = parseHex("background", *j.Background); err != nil {
		return err
	}
	if j.Suggestion != nil {
		s, err := parseHex("suggestion", *j.Suggestion)
		if err != nil {
			return err
		}
		out.Suggestion = &s
	}
	out.Ratio, out.APCA, out.Level = *j.Ratio, *j.APCA, *j.Level
	verdicts := []struct {
		name  string
		got   *bool
		level Level
	}{{"wcag.aa", j.WCAG.AA, AA}, {"wcag.aa_large", j.WCAG.AALarge, AALarge}, {"wcag.aaa", j.WCAG.AAA, AAA},
		{"wcag.aaa_large", j.WCAG.AAALarge, AAALarge}, {"wcag.non_text", j.WCAG.NonText, NonText}, {"pass", j.Pass, out.Level}}
	for _, v := range verdicts {
		if v.got == nil {
			return fmt.Errorf("contrast: report: missing %q", v.name)
		}
		if *v.got != out.Passes(v.level) {
			return fmt.Errorf("contrast: report: %q is %v but ratio %v gives %v", v.name, *v.got, out.Ratio, !*v.got)
		}
	}
	*r = out
	return nil
}

// parseHex reads "#rrggbb", any case.
func parseHex(field, s string) (colorful.Color, error) {
	if len(s) == 7 && s[0] == '#' && strings.Trim(s[1:], "0123456789abcdefABCDEF") == "" {
		if c, err := colorful.Hex(s); err == nil {
			return c, nil
		}
	}
	return colorful.Color{}, fmt.Errorf("contrast: report: %s: bad color %q: want \"#rrggbb\", e.g. \"#1d4ed8\"", field, s)
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// AppendText appends the one-line text form of r to b, as `hueprint
// contrast --batch` writes it: the two colours, the ratio to 2 decimals,
// "pass" or "fail" at r.Level and APCA Lc to 1 decimal, with no final
// newline:
//
//	#777777 #ffffff 4.48 fail 71.1
func (r Report) AppendText(b []byte) []byte {
	b = append(b, hex(r.Foreground)...)
	b = append(b, ' ')
	b = append(b, hex(r.Background)...)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, r.Ratio, 'f', 2, 64)
	if r.Pass() {
		b = append(b, " pass "...)
	} else {
		b = append(b, " fail "...)
	}
	return strconv.AppendFloat(b, r.APCA, 'f', 1, 64)
}
