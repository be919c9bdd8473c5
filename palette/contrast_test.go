package palette_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

func gridPalette() *palette.Palette {
	return &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae"), Name: "blue"},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#121e2b")}, {Color: palette.MustParseColor("#f1f8ff")}},
	}
}

func TestContrastGrid(t *testing.T) {
	g := palette.NewContrastGrid(gridPalette(), contrast.AAA)
	n := len(g.Colors)
	if n != 5 || len(g.Pairs) != n*(n-1) {
		t.Fatalf("%d colours, %d pairs; want 5 and 20", n, len(g.Pairs))
	}
	var lines bytes.Buffer
	if err := g.WriteJSON(&lines); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n") {
		pr := g.Pairs[i]
		if want := contrast.Ratio(pr.FG.Color, pr.BG.Color); pr.Ratio != want || pr.Level != contrast.AAA {
			t.Errorf("pair %d: ratio %v level %v, want %v aaa", i, pr.Ratio, pr.Level, want)
		}
		var back palette.GridPair
		if err := json.Unmarshal([]byte(line), &back); err != nil {
			t.Fatalf("line %d: %v\n%s", i, err, line)
		}
		if !reflect.DeepEqual(back, pr) {
			t.Errorf("line %d: round trip\n got %+v\nwant %+v", i, back, pr)
		}
		if b, _ := json.Marshal(back); string(b) != line {
			t.Errorf("line %d written again:\n%s\n%s", i, b, line)
		}
	}
	var text bytes.Buffer
	g.WriteText(&text, palette.TextOptions{Lang: psych.French})
	if !strings.Contains(text.String(), "réussit AAA") || !strings.Contains(text.String(), "principale") {
		t.Errorf("French grid:\n%s", text.String())
	}
}

func TestGridPairUnmarshalErrors(t *testing.T) {
	g := palette.NewContrastGrid(gridPalette(), contrast.AA)
	good, _ := json.Marshal(g.Pairs[0])
	for _, tt := range []struct{ name, doc, want string }{
		{"missing role", strings.Replace(string(good), `"fg_role":"primary",`, "", 1), `missing "fg_role"`},
		{"bad label", strings.Replace(string(good), `"bg_role":"secondary[0]"`, `"bg_role":"secondary"`, 1), `bad colour label "secondary"`},
		{"report disagrees", strings.Replace(string(good), `"aa":true`, `"aa":false`, 1), `"wcag.aa" is false`},
		{"unknown field", strings.Replace(string(good), `{`, `{"x":1,`, 1), "unknown field"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == string(good) {
				t.Fatal("document unchanged")
			}
			var p palette.GridPair
			if err := json.Unmarshal([]byte(tt.doc), &p); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestWriteContrastText(t *testing.T) {
	fg, bg := palette.MustParseColor("#ffffff"), palette.MustParseColor("#fff59d")
	r := contrast.NewReport(fg, bg, contrast.AA)
	s, err := contrast.NearestPassing(fg, bg, contrast.AA)
	if err != nil {
		t.Fatal(err)
	}
	r.Suggestion = &s
	var b bytes.Buffer
	palette.WriteContrastText(&b, r, nil, palette.TextOptions{Lang: psych.English})
	for _, want := range []string{"#ffffff on #fff59d: 1.12:1, fails AA\n", "  aa-large   fail  needs 3:1\n", "suggestion #6e6e6e reaches aa at 4.56:1 (same hue and chroma, darker)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
	r.Suggestion = nil
	b.Reset()
	palette.WriteContrastText(&b, r, contrast.ErrUnreachable, palette.TextOptions{Lang: psych.French})
	if !strings.Contains(b.String(), "aucune") || !strings.Contains(b.String(), "aa grand") {
		t.Errorf("French text without a suggestion:\n%s", b.String())
	}
}

func TestLineErrorJSON(t *testing.T) {
	tests := []struct {
		name string
		e    palette.LineError
		want string
	}{
		{"batch line", palette.LineError{Line: 3, Input: "#ggg <b>", Err: errors.New("bad")}, `{"line":3,"input":"#ggg <b>","error":"bad"}`},
		{"no line", palette.LineError{Input: "x", Err: errors.New("bad")}, `{"input":"x","error":"bad"}`},
		{"invalid UTF-8 gives valid JSON", palette.LineError{Line: 1, Input: "\x01\xff", Err: errors.New("e")}, `{"line":1,"input":"\u0001\ufffd","error":"e"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(&tt.e)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(tt.e.AppendJSON(nil)); got != tt.want || !json.Valid(b) {
				t.Errorf("AppendJSON = %s, want %s (Marshal %s)", got, tt.want, b)
			}
			var back palette.LineError
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if again := back.AppendJSON(nil); !bytes.Equal(again, tt.e.AppendJSON(nil)) && tt.e.Input == strings.ToValidUTF8(tt.e.Input, "\ufffd") {
				t.Errorf("round trip: %s, want %s", again, tt.want)
			}
		})
	}
}

func ExampleNewContrastGrid() {
	g := palette.NewContrastGrid(gridPalette(), contrast.AA)
	for _, p := range g.Pairs[:4] {
		fmt.Printf("%-8s on %-12s %5.2f:1 pass %v\n", p.FG.Label(), p.BG.Label(), p.Ratio, p.Pass())
	}
	b, _ := json.Marshal(g.Pairs[0])
	fmt.Println(string(b))
	// Output:
	// primary  on secondary[0]  5.53:1 pass true
	// primary  on accent        3.39:1 pass false
	// primary  on neutral[0]    2.39:1 pass false
	// primary  on neutral[1]    6.59:1 pass true
	// {"fg_role":"primary","bg_role":"secondary[0]","foreground":"#0057ae","background":"#b8eee9","ratio":5.528543269746838,"wcag":{"aa":true,"aa_large":true,"aaa":false,"aaa_large":true,"non_text":true},"apca":67.56622696252649,"level":"aa","pass":true}
}

// FuzzGridPairUnmarshal: an accepted line reads back equal after being
// written again.
func FuzzGridPairUnmarshal(f *testing.F) {
	g := palette.NewContrastGrid(gridPalette(), contrast.AA)
	for _, p := range g.Pairs[:4] {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p palette.GridPair
		if json.Unmarshal(data, &p) != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("accepted %s, cannot write it: %v", data, err)
		}
		var back palette.GridPair
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, p) {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}

// FuzzLineErrorUnmarshal: an accepted error reads back with the same JSON.
func FuzzLineErrorUnmarshal(f *testing.F) {
	f.Add([]byte(`{"line":3,"input":"#ggg <b>","error":"bad"}`))
	f.Add([]byte(`{"input":"x","error":"bad"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var e palette.LineError
		if json.Unmarshal(data, &e) != nil {
			return
		}
		b := e.AppendJSON(nil)
		var back palette.LineError
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("accepted %s, cannot read %s back: %v", data, b, err)
		}
		if again := back.AppendJSON(nil); !bytes.Equal(again, b) {
			t.Fatalf("round trip: %s, then %s", b, again)
		}
	})
}

func TestAuditReportWriteText(t *testing.T) {
	rep := auditOf(t, `{"version":1,"primary":"#cc3333","secondary":["#33aa33","#999999"],"accent":"#dd5533","neutral":["#bbbbbb","#777777"]}`)
	rep.Scheme = &palette.SchemeAudit{Pass: true, Problems: []string{}, Notes: []string{"a note"}}
	var en, fr bytes.Buffer
	rep.WriteText(&en, contrast.AAA, palette.TextOptions{Lang: psych.English})
	rep.WriteText(&fr, contrast.AAA, palette.TextOptions{Lang: psych.French})
	for _, want := range []string{"Legibility (best text colour of the palette on each colour; AAA needs 7:1):", "under AAA (7:1)",
		"hard to tell apart", "UI scheme (light and dark, hueprint scheme):\n  every pair passes in both modes\n  Note: a note\n"} {
		if !strings.Contains(en.String(), want) {
			t.Errorf("English audit lacks %q:\n%s", want, en.String())
		}
	}
	if !strings.Contains(fr.String(), "Thème d'interface (clair et sombre, hueprint scheme)\u202f:") || !strings.Contains(fr.String(), "Remarque") {
		t.Errorf("French audit:\n%s", fr.String())
	}
}

func TestGridPairAppendJSONError(t *testing.T) {
	g := palette.NewContrastGrid(gridPalette(), contrast.AA)
	p := g.Pairs[0]
	p.Ratio = math.NaN()
	if b, err := p.AppendJSON([]byte("x")); err == nil || string(b) != "x" {
		t.Errorf("NaN ratio: %q, %v; want an error and the buffer unchanged", b, err)
	}
	p = g.Pairs[0]
	p.FG.Role = 0
	if _, err := json.Marshal(p); err == nil {
		t.Error("a pair without a role marshals")
	}
}
