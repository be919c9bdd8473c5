package palette_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// auditFixesApart checks one audit: applying every suggested fix gives a
// palette whose changed colours stay palette.MinRoleDistance (CIEDE2000)
// from each other and from the colours left alone, and one colour is never
// told to become two different colours.
func auditFixesApart(t *testing.T, name string, p *palette.Palette, o palette.AuditOptions) (fixes int) {
	t.Helper()
	rep, err := palette.Audit(p, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	after := map[string]colorful.Color{}
	for _, c := range p.Colors() {
		after[c.Label()] = palette.Quantize(c.Color)
	}
	changed := map[string]string{}
	for _, f := range rep.Findings {
		if f.Fix == nil {
			continue
		}
		fixes++
		l := f.Fix.Label()
		if prev, ok := changed[l]; ok && prev != palette.Hex(f.Fix.To) {
			t.Errorf("%s: %s told to become both %s and %s", name, l, prev, palette.Hex(f.Fix.To))
		}
		changed[l] = palette.Hex(f.Fix.To)
		after[l] = f.Fix.To
	}
	for l := range changed {
		for m, c := range after {
			if m == l {
				continue
			}
			if d := colorspace.DeltaE2000Colors(after[l], c); d < palette.MinRoleDistance {
				t.Errorf("%s: the fix of %s, %s, is %.1f CIEDE2000 from %s %s (want at least %v)\n%s",
					name, l, palette.Hex(after[l]), d, m, palette.Hex(c), palette.MinRoleDistance, messages(rep))
			}
		}
	}
	return fixes
}

func messages(rep *palette.AuditReport) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "  - %s\n", f.Message)
	}
	return b.String()
}

// TestAuditFixesApart: the audit's suggestions stay distinct from each
// other and from the rest of the palette, or say that no change keeps them
// apart. The hand-made palettes are the cases that showed it: an accent
// moved onto the pale secondary of its own hue, and two secondaries
// too close to each other.
func TestAuditFixesApart(t *testing.T) {
	docs := map[string]string{
		"accent onto secondary": `{"version":1,"primary":"#e07000","secondary":["#ffd9b0"],"accent":"#ff8a10","neutral":["#1a1a1a","#fafafa"]}`,
		"two greens":            `{"version":1,"primary":"#c0392b","secondary":["#27ae60","#2eae5a"],"accent":"#e67e22","neutral":["#1a1a1a","#fafafa"]}`,
		"red green":             redGreen,
	}
	for name, doc := range docs {
		p, err := palette.Read(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if auditFixesApart(t, name, p, palette.AuditOptions{}) == 0 {
			t.Errorf("%s: no fix suggested", name)
		}
	}
	// Random palettes: brand colours of a few hues, so that fixes compete
	// for the same lightnesses.
	n := 400
	if testing.Short() {
		n = 80
	}
	rng := rand.New(rand.NewPCG(3, 5))
	hex := func() string {
		h := float64(rng.IntN(6)) * 60
		o := colorspace.OKLCH{L: 0.35 + 0.6*rng.Float64(), C: 0.02 + 0.18*rng.Float64(), H: h + 10*rng.Float64()}
		return palette.Hex(palette.Quantize(colorspace.GamutMap(o)))
	}
	total := 0
	for i := range n {
		doc := fmt.Sprintf(`{"version":1,"primary":%q,"secondary":[%q,%q],"accent":%q,"neutral":["#161d29","#f1f8ff"]}`, hex(), hex(), hex(), hex())
		p, err := palette.Read(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		total += auditFixesApart(t, fmt.Sprintf("random %d %s", i, doc), p, palette.AuditOptions{})
	}
	if total == 0 {
		t.Error("no random palette needed a fix")
	}
}

// TestAuditNoFixKeepsApart: when every lightness that would fix the accent
// lands within MinRoleDistance of another colour (here neutrals of the
// accent's own hue at every lightness), the audit says so instead of
// suggesting a colour the palette already has.
func TestAuditNoFixKeepsApart(t *testing.T) {
	var neutrals []string
	for l := 0.12; l < 0.99; l += 0.04 {
		neutrals = append(neutrals, fmt.Sprintf("%q", palette.Hex(palette.Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: 0.16, H: 55})))))
	}
	doc := `{"version":1,"primary":"#e07000","secondary":["#5b8def"],"accent":"#ff8a10","neutral":[` + strings.Join(neutrals, ",") + `]}`
	p, err := palette.Read(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	auditFixesApart(t, "no room", p, palette.AuditOptions{})
	rep, err := palette.Audit(p, palette.AuditOptions{})
	if err != nil {
		t.Fatal(err)
	}
	said := false
	for _, f := range rep.Findings {
		if f.Kind == palette.FindingAccent && f.Deficiency == 0 {
			said = f.Fix == nil && strings.Contains(f.Message, "no lightness of accent fixes it and keeps it 10 CIEDE2000 from the other colours")
			if !said {
				t.Errorf("accent finding: %q (fix %v)", f.Message, f.Fix)
			}
		}
	}
	if !said {
		t.Errorf("no accent finding:\n%s", messages(rep))
	}
}
