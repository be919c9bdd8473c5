package palette_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

const sampleFile = `{
  "version": 1,
  "name": "Acme",
  "primary": {"hex": "#1d4ed8", "name": "Acme blue", "why": "brand colour"},
  "secondary": ["#bfdbfe", "teal"],
  "accent": "#f59e0b",
  "neutral": ["#111827", "#f9fafb"],
  "rule": {"primary": 0.6, "secondary": 0.3, "accent": 0.1, "tolerance": 0.05, "max_off": 0.1},
  "tags": ["trust", "tech"]
}`

func TestReadWriteRoundTrip(t *testing.T) {
	p, err := palette.Read(strings.NewReader(sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	if p.Primary.Hex() != "#1d4ed8" || p.Primary.Name != "Acme blue" || len(p.Secondary) != 2 || p.Secondary[1].Hex() != "#008080" ||
		len(p.Neutral) != 2 || p.Rule == nil || p.Rule.MaxOff != 0.1 || len(p.Tags) != 2 {
		t.Fatalf("read %+v", p)
	}
	var buf bytes.Buffer
	if err := palette.Write(&buf, p); err != nil {
		t.Fatal(err)
	}
	q, err := palette.Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	again, _ := palette.Marshal(q)
	if !bytes.Equal(again, buf.Bytes()) {
		t.Errorf("second write differs:\n%s\n%s", buf.String(), again)
	}
}

func TestReadSingleSecondaryAndDefaults(t *testing.T) {
	p, err := palette.Read(strings.NewReader(`{"version":1,"primary":"#000","secondary":"#777","accent":"red"}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Secondary) != 1 || p.Rule != nil || p.RuleOrDefault() != palette.DefaultRule() {
		t.Errorf("%+v", p)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "empty", in: ``, want: "empty file"},
		{name: "not json", in: `primary: red`, want: "not valid JSON"},
		{name: "truncated", in: `{"version":1,"primary":"#000"`, want: "truncated"},
		{name: "no version", in: `{"primary":"#000","secondary":"#777","accent":"red"}`, want: "version: missing"},
		{name: "version 2", in: `{"version":2,"primary":"#000","secondary":"#777","accent":"red"}`, want: "version: 2 is not supported"},
		{name: "unknown field", in: `{"version":1,"primary":"#000","secondary":"#777","accent":"red","colour":"x"}`, want: `unknown field "colour"`},
		{name: "missing primary", in: `{"version":1,"secondary":"#777","accent":"red"}`, want: "primary: missing"},
		{name: "missing accent", in: `{"version":1,"primary":"#000","secondary":"#777"}`, want: "accent: missing"},
		{name: "missing secondary", in: `{"version":1,"primary":"#000","accent":"red"}`, want: "secondary: missing"},
		{name: "three secondaries", in: `{"version":1,"primary":"#000","secondary":["#111","#222","#333"],"accent":"red"}`, want: "secondary: 3 colours"},
		{name: "bad secondary", in: `{"version":1,"primary":"#000","secondary":["#111","#ggg"],"accent":"red"}`, want: `secondary[1]: bad color "#ggg"`},
		{name: "bad entry field", in: `{"version":1,"primary":{"hex":"#000","colour":1},"secondary":"#777","accent":"red"}`, want: `primary: want "#rrggbb"`},
		{name: "number colour", in: `{"version":1,"primary":12,"secondary":"#777","accent":"red"}`, want: "primary"},
		{name: "rule sum", in: `{"version":1,"primary":"#000","secondary":"#777","accent":"red","rule":{"primary":0.5,"secondary":0.3,"accent":0.1}}`, want: "want 1"},
		{name: "rule percent", in: `{"version":1,"primary":"#000","secondary":"#777","accent":"red","rule":{"primary":60,"secondary":30,"accent":10}}`, want: "write 0.6"},
		{name: "rule missing", in: `{"version":1,"primary":"#000","secondary":"#777","accent":"red","rule":{"primary":0.6,"secondary":0.4}}`, want: "rule.accent: missing"},
		{name: "trailing", in: `{"version":1,"primary":"#000","secondary":"#777","accent":"red"} {}`, want: "trailing data"},
		{name: "array", in: `[1,2]`, want: "want"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := palette.Read(strings.NewReader(tt.in))
			var fe *palette.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want *FileError", err)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "palette: ") {
				t.Errorf("err = %q, want one line containing %q", msg, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(sampleFile))
	f.Add([]byte(`{"version":1,"primary":"#000","secondary":"#777","accent":"red"}`))
	if b, err := os.ReadFile("testdata/brand.json"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := palette.Unmarshal(data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		// What is accepted writes and reads back to the same bytes.
		out, err := palette.Marshal(p)
		if err != nil {
			t.Fatalf("accepted palette does not write: %v", err)
		}
		q, err := palette.Unmarshal(out)
		if err != nil {
			t.Fatalf("written palette does not read: %v\n%s", err, out)
		}
		again, _ := palette.Marshal(q)
		if !bytes.Equal(out, again) {
			t.Fatalf("round trip differs:\n%s\n%s", out, again)
		}
	})
}

func ExampleRead() {
	p, err := palette.Read(strings.NewReader(`{"version": 1, "primary": "#1d4ed8", "secondary": "#bfdbfe", "accent": "#f59e0b"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range p.Colors() {
		fmt.Println(c.Label(), c.Hex())
	}
	_, err = palette.Read(strings.NewReader(`{"version": 1, "primary": "#1d4ed8", "secondary": ["#bfdbfe", "#12"], "accent": "#f59e0b"}`))
	fmt.Println(err)
	// Output:
	// primary #1d4ed8
	// secondary[0] #bfdbfe
	// accent #f59e0b
	// palette: secondary[1]: bad color "#12": want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. "#1d4ed8"
}

func ExampleWrite() {
	p := &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8"), Name: "Acme blue"},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
	}
	if err := palette.Write(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "version": 1,
	//   "primary": {
	//     "hex": "#1d4ed8",
	//     "name": "Acme blue"
	//   },
	//   "secondary": [
	//     "#bfdbfe"
	//   ],
	//   "accent": "#f59e0b"
	// }
}

func TestRuleCheck(t *testing.T) {
	r := palette.DefaultRule()
	tests := []struct {
		name string
		s    palette.Shares
		want []string
	}{
		{name: "exact", s: palette.Shares{Primary: 0.6, Secondary: 0.3, Accent: 0.1}},
		{name: "neutral removed", s: palette.Shares{Primary: 0.3, Secondary: 0.15, Accent: 0.05, Neutral: 0.5}},
		{name: "within tolerance", s: palette.Shares{Primary: 0.55, Secondary: 0.34, Accent: 0.11}},
		{name: "primary low", s: palette.Shares{Primary: 0.41, Secondary: 0.45, Accent: 0.14},
			want: []string{"primary is 41 % of the brand colours, 19 points under its 60 % target (±5)", "secondary is 45 % of the brand colours, 15 points over its 30 % target (±5)"}},
		{name: "off", s: palette.Shares{Primary: 0.492, Secondary: 0.246, Accent: 0.082, Off: 0.18},
			want: []string{"18 % of the image is off-palette, mostly #3a7d44 (at most 10 % allowed)"}},
		{name: "off just over the limit shows a decimal", s: palette.Shares{Primary: 0.54, Secondary: 0.27, Accent: 0.09, Off: 0.101},
			want: []string{"10.1 % of the image is off-palette, mostly #3a7d44 (at most 10.0 % allowed)"}},
		{name: "nothing branded", s: palette.Shares{Neutral: 1}, want: []string{"no pixel uses the primary, secondary or accent colours"}},
		{name: "too little brand colour", s: palette.Shares{Primary: 0.001, Accent: 0.02, Neutral: 0.979},
			want: []string{"too little brand colour for a 60-30-10 verdict: primary, secondary and accent cover 2.1 % of the image (at least 5 % needed)"}},
		{name: "enough brand colour outside the photo", s: palette.Shares{Primary: 0.024, Secondary: 0.012, Accent: 0.004, Neutral: 0.16, Photo: 0.8}},
		{name: "too little brand colour outside the photo", s: palette.Shares{Primary: 0.006, Secondary: 0.003, Neutral: 0.191, Photo: 0.8},
			want: []string{"too little brand colour for a 60-30-10 verdict: primary, secondary and accent cover 4.5 % of the image outside its photographs (at least 5 % needed)"}},
		{name: "just over tolerance is not rounded", s: palette.Shares{Primary: 0.6501, Secondary: 0.25, Accent: 0.0999},
			want: []string{"primary is 65 % of the brand colours, 5 points over its 60 % target (±5)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Check(tt.s, "#3a7d44")
			var msgs []string
			for _, p := range got {
				msgs = append(msgs, p.String())
			}
			if strings.Join(msgs, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Check = %q, want %q", msgs, tt.want)
			}
		})
	}
}

func ExampleRule_Check() {
	s := palette.Shares{Primary: 0.41, Secondary: 0.35, Accent: 0.06, Off: 0.18}
	for _, p := range palette.DefaultRule().Check(s, "#3a7d44") {
		fmt.Println(p.String())
	}
	// Output:
	// primary is 50 % of the brand colours, 10 points under its 60 % target (±5)
	// secondary is 43 % of the brand colours, 13 points over its 30 % target (±5)
	// 18 % of the image is off-palette, mostly #3a7d44 (at most 10 % allowed)
}
