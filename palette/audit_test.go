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
		if f.Kind == "cvd" {
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
			for _, k := range cvd.Kinds {
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
		if f.Kind == "legibility" && strings.Contains(f.Message, "primary") {
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

// TestGeneratedPalettesPassTheirAudit: over tags and seeds, every generated
// palette passes Audit at full severity.
func TestGeneratedPalettesPassTheirAudit(t *testing.T) {
	seeds := 8
	if testing.Short() {
		seeds = 2
	}
	for _, tags := range [][]string{{"trust", "tech"}, {"energy"}, {"nature"}, {"luxe"}, {"kids"}, {"enfants", "pastel"}, {"energy", "nature"}, {"romance"}, {"optimism"}} {
		for seed := range seeds {
			cs, err := palette.Generate(palette.Options{Tags: tags, Seed: uint64(seed), Secondaries: 1 + seed%2})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := palette.Audit(cs[0].Palette, palette.AuditOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Pass() {
				t.Errorf("%v seed %d: %v", tags, seed, rep.Findings[0].Message)
			}
		}
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
