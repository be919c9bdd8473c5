package palette_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

func auditOf(t testing.TB, file string) *palette.AuditReport {
	t.Helper()
	p, err := palette.Unmarshal([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := palette.Audit(p, palette.AuditOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestAuditReportJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name, file string
		scheme     *palette.SchemeAudit
		pass       bool
	}{
		{name: "passing brand", file: `{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`, pass: true},
		{name: "failing, with fixes", file: `{"version":1,"primary":"#cc3333","secondary":["#33aa33","#999999"],"accent":"#dd5533","neutral":["#bbbbbb","#777777"]}`},
		{name: "with a scheme verdict", file: `{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`,
			scheme: &palette.SchemeAudit{Pass: false, Problems: []string{"dark: focus ring 2.1:1 <3:1>"}, Notes: []string{}}, pass: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := auditOf(t, tt.file)
			rep.Scheme = tt.scheme
			if rep.Pass() != tt.pass {
				t.Fatalf("Pass() = %v, want %v", rep.Pass(), tt.pass)
			}
			b, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.Contains(b, []byte(`"scheme":`)); got != (tt.scheme != nil) {
				t.Errorf("scheme in the document: %v, want %v", got, tt.scheme != nil)
			}
			var back palette.AuditReport
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("Unmarshal(%s): %v", b, err)
			}
			b2, err := json.Marshal(&back)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, b2) {
				t.Errorf("round trip:\n got %s\nwant %s", b2, b)
			}
			if len(back.Colors) != len(rep.Colors) || len(back.Findings) != len(rep.Findings) || len(back.CVD) != len(rep.CVD) {
				t.Errorf("round trip: %d colours, %d findings, %d deficiencies; want %d, %d, %d",
					len(back.Colors), len(back.Findings), len(back.CVD), len(rep.Colors), len(rep.Findings), len(rep.CVD))
			}
			for i, c := range back.Colors {
				if c.Label() != rep.Colors[i].Label() {
					t.Errorf("Colors[%d] = %s, want %s", i, c.Label(), rep.Colors[i].Label())
				}
			}
			for i, f := range back.Findings {
				if (f.Fix == nil) != (rep.Findings[i].Fix == nil) || f.Fix != nil && palette.Hex(f.Fix.To) != palette.Hex(rep.Findings[i].Fix.To) {
					t.Errorf("Findings[%d].Fix = %+v, want %+v", i, f.Fix, rep.Findings[i].Fix)
				}
			}
		})
	}
}

func TestAuditReportUnmarshalErrors(t *testing.T) {
	good, err := json.Marshal(auditOf(t, `{"version":1,"primary":"#cc3333","secondary":["#33aa33","#999999"],"accent":"#dd5533","neutral":["#bbbbbb","#777777"]}`))
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	tests := []struct {
		name, in, want string
	}{
		{name: "pass disagrees", in: strings.Replace(g, `{"pass":false`, `{"pass":true`, 1), want: "pass is true but"},
		{name: "unknown field", in: strings.Replace(g, `{"pass":false`, `{"pass":false,"x":1`, 1), want: `unknown field "x"`},
		{name: "missing grid", in: strings.Replace(g, `"grid":`, `"grids":`, 1), want: `missing "grid"`},
		{name: "bad label", in: strings.Replace(g, `"fg":"primary"`, `"fg":"primary[0]"`, 1), want: `bad colour label "primary[0]"`},
		{name: "bad level", in: strings.Replace(g, `"level":"fails AA"`, `"level":"AAA"`, 1), want: `.level "AAA"`},
		{name: "bad colour", in: strings.Replace(g, `"color":"#cc3333"`, `"color":"red"`, 1), want: `text[0].color: bad color "red"`},
		{name: "bad deficiency", in: strings.Replace(g, `"deficiency":"protanopia"`, `"deficiency":"blue"`, 1), want: `unknown deficiency "blue"`},
		{name: "unknown colour", in: strings.Replace(g, `"confusable":[[`, `"confusable":[["neutral[7]",`, 1), want: `unknown colour "neutral[7]"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.in == g {
				t.Fatalf("the test does not change the document")
			}
			var r palette.AuditReport
			err := json.Unmarshal([]byte(tt.in), &r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Unmarshal = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func ExampleAuditReport_MarshalJSON() {
	p, _ := palette.Unmarshal([]byte(`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`))
	rep, err := palette.Audit(p, palette.AuditOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(rep)
	var back palette.AuditReport
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	t := back.Text[0]
	fmt.Println(back.Pass(), len(back.Grid), t.Background.Label(), t.Background.Hex(), palette.Hex(t.Text), back.CVD[0].Kind)
	// Output: true 20 primary #0057ae #f1f8ff protanopia
}

// FuzzAuditReportUnmarshal: a document UnmarshalJSON accepts marshals to
// one it reads back to the same bytes.
func FuzzAuditReportUnmarshal(f *testing.F) {
	for _, file := range []string{
		`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`,
		`{"version":1,"primary":"#cc3333","secondary":["#33aa33","#999999"],"accent":"#dd5533","neutral":["#bbbbbb","#777777"]}`,
	} {
		b, err := json.Marshal(auditOf(f, file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r palette.AuditReport
		if json.Unmarshal(data, &r) != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("Marshal of an accepted document %q: %v", data, err)
		}
		var back palette.AuditReport
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s) of Marshal(%q): %v", b, data, err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("not stable:\n%s\n%s", b, b2)
		}
	})
}
