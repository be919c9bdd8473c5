package palette_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
)

// redGreen is a red brand with two greens: one that protanopes confuse with
// the red, one that deuteranopes do.
const redGreen = `{"version":1,"primary":"#d0312d","secondary":"#176700","accent":"#398526","neutral":["#111111","#ffffff"]}`

func TestAuditRedGreen(t *testing.T) {
	p, err := palette.Read(strings.NewReader(redGreen))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := palette.Audit(p, palette.AuditOptions{})
	if err != nil {
		t.Fatal(err)
	}
	flagged := map[cvd.Kind]bool{}
	for _, f := range rep.Findings {
		if f.Kind == palette.FindingCVD {
			flagged[f.Deficiency] = true
			if f.Fix == nil {
				t.Errorf("no fix: %s", f.Message)
				continue
			}
			if f.Fix.Role == palette.Primary {
				t.Errorf("the locked primary was changed: %s", f.Message)
			}
			// The fix works: the changed colour is distinct for everyone.
			q := *p
			q.Secondary = append([]palette.Entry(nil), p.Secondary...)
			switch f.Fix.Role {
			case palette.Accent:
				q.Accent.Color = f.Fix.To
			case palette.Secondary:
				q.Secondary[f.Fix.Index].Color = f.Fix.To
			}
			for _, k := range cvd.Kinds() {
				a, _ := cvd.Simulate(f.Fix.To, k, 1)
				b, _ := cvd.Simulate(q.Primary.Color, k, 1)
				if d := colorspace.DeltaE2000Colors(a, b); d < palette.MinCVDDistance {
					t.Errorf("fix %s still within %.1f of the primary for %s", palette.Hex(f.Fix.To), d, k)
				}
			}
		}
	}
	if !flagged[cvd.Protanopia] || !flagged[cvd.Deuteranopia] {
		t.Errorf("red/green not flagged for protanopia and deuteranopia: %v", rep.Findings)
	}
	if rep.Pass() {
		t.Error("red/green palette passes")
	}
	if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[0], "Logotypes are exempt") {
		t.Error("no logotype note")
	}
}

func TestAuditLegibilityFix(t *testing.T) {
	// Mid-grey neutrals give no AA text on the primary: the fix changes a
	// text neutral, never the locked primary, and it passes.
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#555555","#9a9a9a"]}`))
	rep, err := palette.Audit(p, palette.AuditOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, f := range rep.Findings {
		if f.Kind == palette.FindingLegibility && strings.Contains(f.Message, "primary") {
			found = true
			if f.Fix == nil || f.Fix.Role != palette.Neutral || contrast.Ratio(f.Fix.To, p.Primary.Color) < 4.5 {
				t.Errorf("fix %+v for %s", f.Fix, f.Message)
			}
		}
	}
	if !found {
		t.Errorf("no legibility finding on the primary: %v", rep.Findings)
	}
}

func ExampleAudit() {
	p, _ := palette.Read(strings.NewReader(redGreen))
	rep, _ := palette.Audit(p, palette.AuditOptions{})
	for _, c := range rep.CVD {
		fmt.Printf("%s: smallest distance %.1f\n", c.Kind, c.MinDistance)
	}
	fmt.Println("pass:", rep.Pass())
	// Output:
	// protanopia: smallest distance 7.1
	// deuteranopia: smallest distance 4.4
	// tritanopia: smallest distance 10.6
	// achromatopsia: smallest distance 2.5
	// pass: false
}

// TestAuditFixNamesTextInUse: at AAA, the light text on a dark primary is the
// colour in use; the fix must replace it, not the dark neutral that nobody
// draws on the primary.
func TestAuditFixNamesTextInUse(t *testing.T) {
	tests := []struct {
		name    string
		palette string
		level   contrast.Level
		bg      string // the background of the legibility finding
		inUse   string // the text colour drawn on it, which the fix must name
		other   string // the other neutral, which it must not name
	}{
		{name: "light text on dark blue, AAA", level: contrast.AAA, bg: "primary", inUse: "#f1f8ff", other: "#121e2b",
			palette: `{"version":1,"primary":"#0057ae","secondary":"#b8eee9","accent":"#ff9d00","neutral":["#121e2b","#f1f8ff"]}`},
		{name: "light text on dark green, AAA", level: contrast.AAA, bg: "secondary", inUse: "#fafafa", other: "#1a1a1a",
			palette: `{"version":1,"primary":"#1d4ed8","secondary":"#216526","accent":"#fbbf24","neutral":["#1a1a1a","#fafafa"]}`},
		{name: "dark text on orange, AAA", level: contrast.AAA, bg: "accent", inUse: "#404040", other: "#fafafa",
			palette: `{"version":1,"primary":"#1e3a8a","secondary":"#dbeafe","accent":"#f59e0b","neutral":["#404040","#fafafa"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := palette.Read(strings.NewReader(tt.palette))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := palette.Audit(p, palette.AuditOptions{Level: tt.level})
			if err != nil {
				t.Fatal(err)
			}
			var found bool
			for _, f := range rep.Findings {
				if f.Kind != palette.FindingLegibility || !strings.Contains(f.Message, "on "+tt.bg) {
					continue
				}
				found = true
				if f.Fix == nil || f.Fix.Role != palette.Neutral {
					t.Fatalf("no fix of a neutral: %s", f.Message)
				}
				if got := palette.Hex(f.Fix.From); got != tt.inUse {
					t.Errorf("fix changes %s, want the text in use %s: %s", got, tt.inUse, f.Message)
				}
				if !strings.Contains(f.Message, "instead of "+f.Fix.Label()+" "+tt.inUse) || strings.Contains(f.Message, "instead of "+tt.other) {
					t.Errorf("message does not name the text in use %s: %s", tt.inUse, f.Message)
				}
				if bg := rep.Colors[0]; tt.bg == "primary" && contrast.Ratio(f.Fix.To, bg.Color) < tt.level.Min() {
					t.Errorf("fix %s does not reach %s", palette.Hex(f.Fix.To), tt.level)
				}
			}
			if !found {
				t.Fatalf("no legibility finding on %s: %v", tt.bg, rep.Findings)
			}
		})
	}
}

func TestCVDCheckPass(t *testing.T) {
	tests := []struct {
		name string
		chk  palette.CVDCheck
		want bool
	}{
		{name: "distinct, accent 3:1", chk: palette.CVDCheck{AccentRatio: 3}, want: true},
		{name: "accent under 3:1", chk: palette.CVDCheck{AccentRatio: 2.06}, want: false}, // MinAccentRatio, WCAG 1.4.11 non-text
		{name: "confusable pair", chk: palette.CVDCheck{AccentRatio: 4, Confusable: [][2]int{{0, 2}}}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.chk.Pass(); got != tt.want {
				t.Errorf("Pass() = %v, want %v", got, tt.want)
			}
		})
	}
}

func ExampleCVDCheck_Pass() {
	p, _ := palette.Read(strings.NewReader(redGreen))
	rep, _ := palette.Audit(p, palette.AuditOptions{})
	for _, c := range rep.CVD {
		fmt.Printf("%s: accent %.2f:1 and %.1f CIEDE2000, pass %v\n", c.Kind, c.AccentRatio, c.AccentDistance, c.Pass())
	}
	// Output:
	// protanopia: accent 1.62:1 and 14.8 CIEDE2000, pass false
	// deuteranopia: accent 1.13:1 and 4.4 CIEDE2000, pass false
	// tritanopia: accent 1.02:1 and 59.2 CIEDE2000, pass true
	// achromatopsia: accent 1.10:1 and 2.5 CIEDE2000, pass false
}
