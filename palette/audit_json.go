package palette

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/lucasb-eyer/go-colorful"
)

// SchemeAudit is the verdict on the light and dark UI schemes of a palette:
// package palette/scheme builds the schemes, `hueprint audit` adds this
// verdict to the report as AuditReport.Scheme. Problems are the scheme's
// guarantees it could not keep, Notes what it adjusted, in the report's
// language.
type SchemeAudit struct {
	Pass     bool     `json:"pass"`
	Problems []string `json:"problems"`
	Notes    []string `json:"notes"`
}

type auditTextJSON struct {
	Background string  `json:"background"`
	Color      string  `json:"color"`
	Text       string  `json:"text"`
	Ratio      float64 `json:"ratio"`
	APCA       float64 `json:"apca"`
	Pass       bool    `json:"pass"`
}

type auditPairJSON struct {
	FG    string  `json:"fg"`
	BG    string  `json:"bg"`
	Ratio float64 `json:"ratio"`
	APCA  float64 `json:"apca"`
	Level string  `json:"level"`
}

type auditCVDJSON struct {
	Deficiency     string            `json:"deficiency"`
	Simulated      map[string]string `json:"simulated"`
	MinDistance    float64           `json:"min_distance"`
	Confusable     [][2]string       `json:"confusable"`
	AccentRatio    float64           `json:"accent_ratio"`
	AccentDistance float64           `json:"accent_distance"`
	Pass           bool              `json:"pass"`
}

type auditFixJSON struct {
	Color string `json:"color"`
	From  string `json:"from"`
	To    string `json:"to"`
}

type auditFindingJSON struct {
	Kind       FindingKind   `json:"kind"`
	Deficiency string        `json:"deficiency,omitempty"`
	Message    string        `json:"message"`
	Fix        *auditFixJSON `json:"fix"`
}

type auditJSON struct {
	Pass     bool               `json:"pass"`
	Text     []auditTextJSON    `json:"text"`
	Grid     []auditPairJSON    `json:"grid"`
	CVD      []auditCVDJSON     `json:"cvd"`
	Findings []auditFindingJSON `json:"findings"`
	Notes    []string           `json:"notes"`
	Scheme   *SchemeAudit       `json:"scheme,omitempty"`
}

// MarshalJSON implements json.Marshaler: the document `hueprint audit
// --format json` prints,
//
//	{"pass":b,
//	 "text":[{"background":label,"color":"#rrggbb","text":"#rrggbb","ratio":…,"apca":…,"pass":b}],
//	 "grid":[{"fg":label,"bg":label,"ratio":…,"apca":…,"level":contrast.Grade}],
//	 "cvd":[{"deficiency":…,"simulated":{label:"#rrggbb"},"min_distance":…,
//	         "confusable":[[label,label]],"accent_ratio":…,"accent_distance":…,"pass":b}],
//	 "findings":[{"kind":…,"deficiency":…,"message":…,"fix":{"color":label,"from":…,"to":…}|null}],
//	 "notes":[…],"scheme":{"pass":b,"problems":[…],"notes":[…]}}
//
// Colours are named by their label in the palette file ("secondary[1]"),
// "pass" is r.Pass() (the findings; the scheme has its own), "level" and
// the cvd "pass" are derived from the numbers, and "scheme" is present only
// when r.Scheme is set.
func (r AuditReport) MarshalJSON() ([]byte, error) {
	label := func(i int) (string, error) {
		if i < 0 || i >= len(r.Colors) {
			return "", fmt.Errorf("palette: audit report: colour index %d out of %d", i, len(r.Colors))
		}
		return r.Colors[i].Label(), nil
	}
	out := auditJSON{Pass: r.Pass(), Notes: r.Notes, Findings: []auditFindingJSON{}, Scheme: r.Scheme}
	for _, t := range r.Text {
		out.Text = append(out.Text, auditTextJSON{t.Background.Label(), t.Background.Hex(), Hex(t.Text), t.Ratio, t.APCA, t.Pass})
	}
	for _, g := range r.Grid {
		fg, err := label(g.FG)
		if err != nil {
			return nil, err
		}
		bg, err := label(g.BG)
		if err != nil {
			return nil, err
		}
		out.Grid = append(out.Grid, auditPairJSON{fg, bg, g.Ratio, g.APCA, contrast.Grade(g.Ratio)})
	}
	for _, c := range r.CVD {
		cj := auditCVDJSON{Deficiency: c.Kind.String(), Simulated: map[string]string{}, MinDistance: c.MinDistance, Confusable: [][2]string{},
			AccentRatio: c.AccentRatio, AccentDistance: c.AccentDistance, Pass: c.Pass()}
		for i, s := range c.Simulated {
			l, err := label(i)
			if err != nil {
				return nil, err
			}
			cj.Simulated[l] = Hex(s)
		}
		for _, pr := range c.Confusable {
			a, err := label(pr[0])
			if err != nil {
				return nil, err
			}
			b, err := label(pr[1])
			if err != nil {
				return nil, err
			}
			cj.Confusable = append(cj.Confusable, [2]string{a, b})
		}
		out.CVD = append(out.CVD, cj)
	}
	for _, f := range r.Findings {
		fj := auditFindingJSON{Kind: f.Kind, Message: f.Message}
		if f.Deficiency != 0 {
			fj.Deficiency = f.Deficiency.String()
		}
		if f.Fix != nil {
			fj.Fix = &auditFixJSON{Color: f.Fix.Label(), From: Hex(f.Fix.From), To: Hex(f.Fix.To)}
		}
		out.Findings = append(out.Findings, fj)
	}
	return json.Marshal(out)
}

// UnmarshalJSON implements json.Unmarshaler for the document MarshalJSON
// writes, strictly: unknown fields are an error, colours must be "#rrggbb",
// labels must name a colour of the report, and the derived verdicts
// ("pass", the grid's "level", each deficiency's "pass") must agree with
// the numbers. The document names colours by label and carries the value
// only of those under a text check: Colors reads back in the grid's order
// with those values, the text neutrals with their label only.
func (r *AuditReport) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("palette: audit report: %w", err)
	}
	for _, k := range []string{"pass", "text", "grid", "cvd", "findings", "notes"} {
		if _, ok := raw[k]; !ok {
			return fmt.Errorf("palette: audit report: missing %q", k)
		}
	}
	var j auditJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("palette: audit report: %w", err)
	}
	var out AuditReport
	index := map[string]int{}
	add := func(l string) error {
		if _, ok := index[l]; ok {
			return nil
		}
		c, err := parseLabel(l)
		if err != nil {
			return err
		}
		index[l] = len(out.Colors)
		out.Colors = append(out.Colors, c)
		return nil
	}
	for _, g := range j.Grid {
		if err := add(g.FG); err != nil {
			return err
		}
		if err := add(g.BG); err != nil {
			return err
		}
	}
	for _, t := range j.Text {
		if err := add(t.Background); err != nil {
			return err
		}
	}
	find := func(field, l string) (int, error) {
		i, ok := index[l]
		if !ok {
			return 0, fmt.Errorf("palette: audit report: %s: unknown colour %q: want a label of the grid, e.g. \"primary\"", field, l)
		}
		return i, nil
	}
	for k, t := range j.Text {
		i, _ := find("text", t.Background)
		col, err := strictHex(fmt.Sprintf("text[%d].color", k), t.Color)
		if err != nil {
			return err
		}
		text, err := strictHex(fmt.Sprintf("text[%d].text", k), t.Text)
		if err != nil {
			return err
		}
		out.Colors[i].Color = col
		out.Text = append(out.Text, TextCheck{Background: out.Colors[i], Text: text, Ratio: t.Ratio, APCA: t.APCA, Pass: t.Pass})
	}
	for k, g := range j.Grid {
		if want := contrast.Grade(g.Ratio); g.Level != want {
			return fmt.Errorf("palette: audit report: grid[%d].level %q: ratio %v gives %q", k, g.Level, g.Ratio, want)
		}
		out.Grid = append(out.Grid, contrast.Pair{FG: index[g.FG], BG: index[g.BG], Result: contrast.Result{Ratio: g.Ratio, APCA: g.APCA}})
	}
	for k, c := range j.CVD {
		field := fmt.Sprintf("cvd[%d]", k)
		cc := CVDCheck{MinDistance: c.MinDistance, AccentRatio: c.AccentRatio, AccentDistance: c.AccentDistance}
		if err := cc.Kind.UnmarshalText([]byte(c.Deficiency)); err != nil {
			return fmt.Errorf("palette: audit report: %s: %w", field, err)
		}
		if c.Simulated != nil {
			if len(c.Simulated) != len(out.Colors) {
				return fmt.Errorf("palette: audit report: %s.simulated: %d colours, want the %d of the grid", field, len(c.Simulated), len(out.Colors))
			}
			cc.Simulated = make([]colorful.Color, len(out.Colors))
			for l, h := range c.Simulated {
				i, err := find(field+".simulated", l)
				if err != nil {
					return err
				}
				if cc.Simulated[i], err = strictHex(field+".simulated."+l, h); err != nil {
					return err
				}
			}
		}
		for _, pr := range c.Confusable {
			a, err := find(field+".confusable", pr[0])
			if err != nil {
				return err
			}
			b, err := find(field+".confusable", pr[1])
			if err != nil {
				return err
			}
			cc.Confusable = append(cc.Confusable, [2]int{a, b})
		}
		if c.Confusable != nil && cc.Confusable == nil {
			cc.Confusable = [][2]int{}
		}
		if c.Pass != cc.Pass() {
			return fmt.Errorf("palette: audit report: %s.pass is %v but its figures give %v", field, c.Pass, cc.Pass())
		}
		out.CVD = append(out.CVD, cc)
	}
	for k, f := range j.Findings {
		field := fmt.Sprintf("findings[%d]", k)
		fd := Finding{Kind: f.Kind, Message: f.Message}
		if f.Deficiency != "" {
			if err := fd.Deficiency.UnmarshalText([]byte(f.Deficiency)); err != nil {
				return fmt.Errorf("palette: audit report: %s: %w", field, err)
			}
		}
		if f.Fix != nil {
			c, err := parseLabel(f.Fix.Color)
			if err != nil {
				return err
			}
			fix := Fix{Role: c.Role, Index: c.Index}
			if fix.From, err = strictHex(field+".fix.from", f.Fix.From); err != nil {
				return err
			}
			if fix.To, err = strictHex(field+".fix.to", f.Fix.To); err != nil {
				return err
			}
			fd.Fix = &fix
		}
		out.Findings = append(out.Findings, fd)
	}
	if j.Pass != out.Pass() {
		return fmt.Errorf("palette: audit report: pass is %v but %d findings give %v", j.Pass, len(out.Findings), out.Pass())
	}
	out.Notes, out.Scheme = j.Notes, j.Scheme
	*r = out
	return nil
}

// parseLabel reads a label of the palette file: "primary", "accent",
// "secondary[1]", "neutral[0]".
func parseLabel(l string) (Colored, error) {
	name, idx, indexed := strings.Cut(l, "[")
	var c Colored
	if err := c.Role.UnmarshalText([]byte(name)); err != nil || c.Role == 0 || name != c.Role.String() {
		return c, fmt.Errorf("palette: bad colour label %q: want primary, secondary[i], accent or neutral[i]", l)
	}
	if wantIndex := c.Role == Secondary || c.Role == Neutral; indexed != wantIndex {
		return c, fmt.Errorf("palette: bad colour label %q: want primary, secondary[i], accent or neutral[i]", l)
	}
	if indexed {
		n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
		if err != nil || n < 0 || !strings.HasSuffix(idx, "]") || strconv.Itoa(n)+"]" != idx {
			return c, fmt.Errorf("palette: bad colour label %q: want primary, secondary[i], accent or neutral[i]", l)
		}
		c.Index = n
	}
	return c, nil
}

// strictHex reads "#rrggbb", any case.
func strictHex(field, s string) (colorful.Color, error) {
	if len(s) == 7 && s[0] == '#' && strings.Trim(s[1:], "0123456789abcdefABCDEF") == "" {
		if c, err := ParseColor(s); err == nil {
			return c, nil
		}
	}
	return colorful.Color{}, fmt.Errorf("palette: audit report: %s: bad color %q: want \"#rrggbb\", e.g. \"#1d4ed8\"", field, s)
}
