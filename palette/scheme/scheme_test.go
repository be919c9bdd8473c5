package scheme_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
	"github.com/lucasb-eyer/go-colorful"
)

func mustPalette(t testing.TB, primary string, secondary []string, accent string, neutral ...string) *palette.Palette {
	t.Helper()
	e := func(s string) palette.Entry { return palette.Entry{Color: palette.MustParseColor(s)} }
	p := &palette.Palette{Name: "test", Primary: e(primary), Accent: e(accent)}
	for _, s := range secondary {
		p.Secondary = append(p.Secondary, e(s))
	}
	for _, s := range neutral {
		p.Neutral = append(p.Neutral, e(s))
	}
	return p
}

// awkward are owned palettes that push the scheme's guarantees: the lead
// asked for neon, pastel-only, black-and-white and two similar blues; the
// rest are brand colours in the red, green and amber families that the
// states must stay apart from.
var awkward = []struct {
	name      string
	primary   string
	secondary []string
	accent    string
	neutral   []string
}{
	{"neon", "#39ff14", []string{"#ff00ff"}, "#00ffff", nil},
	{"neon on black", "#ff073a", []string{"#0ff0fc"}, "#ccff00", []string{"#000000", "#ffffff"}},
	{"pastel only", "#aec6cf", []string{"#ffd1dc"}, "#fdfd96", []string{"#f0e6ff"}},
	{"pastel with pale neutrals", "#b5ead7", []string{"#c7ceea"}, "#ffdac1", []string{"#e2f0cb", "#fff5f8"}},
	{"black and white", "#000000", []string{"#ffffff"}, "#808080", nil},
	{"white primary", "#ffffff", []string{"#000000"}, "#767676", []string{"#f5f5f5", "#111111"}},
	{"two similar blues", "#1d4ed8", []string{"#2563eb"}, "#3b82f6", []string{"#0f172a", "#f8fafc"}},
	{"two similar light blues", "#60a5fa", []string{"#93c5fd"}, "#38bdf8", nil},
	{"red brand", "#e4002b", []string{"#1a1a1a"}, "#ffd700", []string{"#ffffff"}},
	{"green brand", "#00a651", []string{"#004d25"}, "#f7941d", nil},
	{"amber brand", "#ffb000", []string{"#3d2b1f"}, "#e63946", nil},
	{"dark neutral only", "#7b2d8e", []string{"#f4a261"}, "#2a9d8f", []string{"#2b2d42"}},
	{"mid-grey neutrals", "#0057ae", []string{"#b8eee9"}, "#ff9d00", []string{"#777777", "#888888"}},
	{"yellow primary", "#ffe600", []string{"#222222"}, "#0066ff", nil},
	{"brown earth", "#6f4e37", []string{"#c8ad7f"}, "#2e8b57", []string{"#f5f0e6", "#1e1a17"}},
}

func TestAwkwardPalettes(t *testing.T) {
	for _, a := range awkward {
		t.Run(a.name, func(t *testing.T) {
			p := mustPalette(t, a.primary, a.secondary, a.accent, a.neutral...)
			s, err := scheme.New(p, scheme.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkScheme(t, a.name, p, s)
			bs, err := scheme.New(p, scheme.Options{PureBlack: true})
			if err != nil {
				t.Fatal(err)
			}
			if bs.Dark.Hex(scheme.Background) != "#000000" {
				t.Errorf("PureBlack: background %s", bs.Dark.Hex(scheme.Background))
			}
			checkScheme(t, a.name+" pure black", p, bs)
		})
	}
}

// generated yields palettes from generate.Generate over tags × styles ×
// harmonies × seeds, and palettes locked on a grid of OKLCH base colours.
func generated(t *testing.T) []*palette.Palette {
	tagSets := [][]string{
		{"trust"}, {"trust", "tech"}, {"energy"}, {"énergie", "sport"}, {"optimism"}, {"nature"}, {"eco", "health"},
		{"elegance"}, {"luxury"}, {"kids"}, {"enfants", "pastel"}, {"authentic", "food"}, {"premium", "wellness"},
		{"warmth"}, {"romance", "beauty"}, {"freshness"}, {"prestige"}, {"minimalist"}, {"finance", "security"},
		{"legal"}, {"travel", "joy"}, {"craft"}, {"passion"}, {"calm"}, {"creativity"},
	}
	styles := []string{"", "vivid", "pastel", "muted", "earthy", "deep", "monochrome"}
	harmonies := []generate.Harmony{generate.Auto, generate.Analogous, generate.Complementary, generate.Split, generate.Triadic, generate.Monochrome}
	seeds, variants := 2, 3
	if testing.Short() {
		tagSets, seeds, variants = tagSets[:6], 1, 1
		harmonies = harmonies[:3]
	}
	var out []*palette.Palette
	for _, tags := range tagSets {
		for si, style := range styles {
			for hi, h := range harmonies {
				for seed := range seeds {
					o := generate.Options{Tags: tags, Style: style, Harmony: h, Seed: uint64(seed*1000 + si*10 + hi),
						Secondaries: 1 + (seed+hi)%2, Variants: variants}
					cs, err := generate.Generate(o)
					var ge *generate.GuaranteeError
					if errors.As(err, &ge) {
						continue
					}
					if err != nil {
						t.Fatalf("%v: %v", o, err)
					}
					for _, c := range cs {
						out = append(out, c.Palette)
					}
				}
			}
		}
	}
	// Locked brand colours over a grid of OKLCH lightness and hue.
	step := 15.0
	if testing.Short() {
		step = 45
	}
	for h := 0.0; h < 360; h += step {
		for _, l := range []float64{0.25, 0.45, 0.6, 0.75, 0.9} {
			base := palette.Quantize(colorspace.GamutMap(colorspace.OKLCH{L: l, C: 0.25, H: h}))
			cs, err := generate.Generate(generate.Options{Tags: []string{"trust"}, Base: &base, Seed: uint64(h*10 + l*100)})
			if err == nil {
				out = append(out, cs[0].Palette)
			}
		}
	}
	return out
}

// TestGeneratedPalettes checks every guarantee over thousands of generated
// palettes (a few hundred with -short).
func TestGeneratedPalettes(t *testing.T) {
	ps := generated(t)
	notes := map[scheme.NoteKind]int{}
	for i, p := range ps {
		s, err := scheme.New(p, scheme.Options{})
		if err != nil {
			b, _ := palette.MarshalCompact(p)
			t.Fatalf("palette %d %s: %v", i, b, err)
		}
		checkScheme(t, fmt.Sprint(i), p, s)
		for _, n := range s.Notes {
			notes[n.Kind]++
		}
	}
	t.Logf("%d palettes, notes: %d adjusted, %d neutral replaced, %d use icons", len(ps), notes[scheme.Adjusted], notes[scheme.NeutralReplaced], notes[scheme.UseIcons])
	if !testing.Short() && len(ps) < 2000 {
		t.Errorf("only %d palettes generated, want thousands", len(ps))
	}
}

// checkScheme re-checks the guarantees independently of scheme.Check.
func checkScheme(t *testing.T, name string, p *palette.Palette, s *scheme.Scheme) {
	t.Helper()
	if err := scheme.Check(s, p); err != nil {
		t.Errorf("%s: %v", name, err)
	}
	for _, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
		c := s.Mode(m)
		ratio := func(a, b scheme.Role) float64 { return contrast.Ratio(c[a], c[b]) }
		for _, r := range []scheme.Role{scheme.Primary, scheme.Secondary, scheme.Accent, scheme.Error, scheme.Success, scheme.Warning, scheme.PrimaryContainer} {
			if got := ratio(r+1, r); got < 4.5 { // WCAG 2.2 SC 1.4.3
				t.Errorf("%s %s: %s on %s %.3f:1", name, m, r+1, r, got)
			}
		}
		for _, bg := range []scheme.Role{scheme.Background, scheme.Surface} {
			if got := ratio(scheme.OnSurfaceMuted, bg); got < 4.5 {
				t.Errorf("%s %s: muted on %s %.3f:1", name, m, bg, got)
			}
			for _, ui := range []scheme.Role{scheme.Outline, scheme.Focus} {
				if got := ratio(ui, bg); got < 3 { // WCAG 2.2 SC 1.4.11
					t.Errorf("%s %s: %s on %s %.3f:1", name, m, ui, bg, got)
				}
			}
		}
		if got := ratio(scheme.Primary, scheme.Background); got < 3 {
			t.Errorf("%s %s: primary on background %.3f:1", name, m, got)
		}
		// States: distinct from the brand's primary and accent.
		for _, st := range []scheme.Role{scheme.Error, scheme.Success, scheme.Warning} {
			for _, b := range []scheme.Role{scheme.Primary, scheme.Accent} {
				if d := colorspace.DeltaE2000Colors(c[st], c[b]); d < 5 {
					t.Errorf("%s %s: %s %s and %s %s are %.1f apart", name, m, st, c.Hex(st), b, c.Hex(b), d)
				}
			}
		}
	}
	if l := colorspace.ToOKLCH(s.Dark[scheme.Background]).L; l > 0.25 {
		t.Errorf("%s: dark background L %.3f", name, l)
	}
	// Verbatim brand colours in light mode, else a note.
	for _, bc := range []struct {
		r scheme.Role
		c colorful.Color
	}{{scheme.Primary, p.Primary.Color}, {scheme.Secondary, p.Secondary[0].Color}, {scheme.Accent, p.Accent.Color}} {
		if s.Light.Hex(bc.r) == palette.Hex(bc.c) {
			continue
		}
		found := false
		for _, n := range s.Notes {
			if n.Kind == scheme.Adjusted && n.Mode == scheme.Light && n.Role == bc.r {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: light %s %s differs from the brand %s without a note", name, bc.r, s.Light.Hex(bc.r), palette.Hex(bc.c))
		}
	}
}

func TestDeterministic(t *testing.T) {
	p := mustPalette(t, "#0057ae", []string{"#b8eee9"}, "#ff9d00", "#121e2b", "#f1f8ff")
	a, _ := scheme.New(p, scheme.Options{})
	b, _ := scheme.New(p, scheme.Options{})
	ja, _ := json.Marshal(a.Light)
	jb, _ := json.Marshal(b.Light)
	if string(ja) != string(jb) || a.Dark != b.Dark {
		t.Error("two runs differ")
	}
}

func TestAdjustedNote(t *testing.T) {
	// A pale primary cannot be a button on a white page: 1.3:1.
	p := mustPalette(t, "#ffd1dc", []string{"#333333"}, "#0066cc", "#ffffff", "#111111")
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Light.Hex(scheme.Primary) == "#ffd1dc" {
		t.Fatal("pale primary kept")
	}
	var n *scheme.Note
	for i := range s.Notes {
		if s.Notes[i].Kind == scheme.Adjusted && s.Notes[i].Role == scheme.Primary {
			n = &s.Notes[i]
		}
	}
	if n == nil {
		t.Fatalf("no note: %+v", s.Notes)
	}
	en, fr := n.Text(psych.English), n.Text(psych.French)
	for _, want := range []string{"#ffd1dc", s.Light.Hex(scheme.Primary), "3.00:1", "same hue"} {
		if !strings.Contains(en, want) {
			t.Errorf("English note %q lacks %q", en, want)
		}
	}
	for _, want := range []string{"clair\u202f:", "3,00:1", "même teinte"} {
		if !strings.Contains(fr, want) {
			t.Errorf("French note %q lacks %q", fr, want)
		}
	}
	// The replacement keeps the hue.
	h0 := colorspace.ToOKLCH(palette.MustParseColor("#ffd1dc")).H
	h1 := colorspace.ToOKLCH(s.Light[scheme.Primary]).H
	if d := math.Abs(h0 - h1); d > 6 {
		t.Errorf("hue moved %.1f°", d)
	}
}

func TestRoleText(t *testing.T) {
	for _, r := range scheme.Roles() {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back scheme.Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%s: %v %v", r, back, err)
		}
	}
	var r scheme.Role
	if err := r.UnmarshalText([]byte("nope")); err == nil || !strings.HasPrefix(err.Error(), "scheme: unknown role \"nope\"") {
		t.Errorf("bad role: %v", err)
	}
	if len(scheme.Roles()) != 21 {
		t.Errorf("%d roles, want 21", len(scheme.Roles()))
	}
}

func TestColorsJSON(t *testing.T) {
	p := mustPalette(t, "#0057ae", []string{"#b8eee9"}, "#ff9d00")
	s, _ := scheme.New(p, scheme.Options{})
	b, err := json.Marshal(s.Dark)
	if err != nil {
		t.Fatal(err)
	}
	var back scheme.Colors
	if err := json.Unmarshal(b, &back); err != nil || back != s.Dark {
		t.Fatalf("round trip: %v\n%s", err, b)
	}
	for _, bad := range []string{`{}`, `{"background":"#fff"}`, `[]`, `{"nope":"#fff"}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

// FuzzColorsJSON: whatever it accepts writes back to the same colours.
func FuzzColorsJSON(f *testing.F) {
	p := mustPalette(f, "#0057ae", []string{"#b8eee9"}, "#ff9d00")
	s, _ := scheme.New(p, scheme.Options{})
	b, _ := json.Marshal(s.Light)
	f.Add(b)
	f.Add([]byte(`{"background":"red"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c scheme.Colors
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back scheme.Colors
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
		for _, r := range scheme.Roles() {
			if back.Hex(r) != c.Hex(r) {
				t.Fatalf("%s: %s then %s", r, c.Hex(r), back.Hex(r))
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	p := mustPalette(b, "#0057ae", []string{"#b8eee9"}, "#ff9d00", "#121e2b", "#f1f8ff")
	for b.Loop() {
		if _, err := scheme.New(p, scheme.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNearestPassing is the simplest alternative: one contrast search
// per role.
func BenchmarkNearestPassing(b *testing.B) {
	fg, bg := palette.MustParseColor("#ffd1dc"), palette.MustParseColor("#ffffff")
	for b.Loop() {
		for range 21 {
			contrast.NearestPassing(fg, bg, contrast.AA)
		}
	}
}

// TestCheckCatches: Check is not a rubber stamp; each kind of broken scheme
// is reported.
func TestCheckCatches(t *testing.T) {
	p := mustPalette(t, "#0057ae", []string{"#b8eee9"}, "#ff9d00", "#121e2b", "#f1f8ff")
	tests := []struct {
		name   string
		break_ func(s *scheme.Scheme)
		want   string
	}{
		{"low text", func(s *scheme.Scheme) { s.Light[scheme.OnSurface] = s.Light[scheme.Surface] }, "on-surface"},
		{"light dark background", func(s *scheme.Scheme) { s.Dark[scheme.Background] = palette.MustParseColor("#555555") }, "dark: background L"},
		{"outline too faint", func(s *scheme.Scheme) { s.Dark[scheme.Outline] = s.Dark[scheme.Surface] }, "outline"},
		{"brand changed silently", func(s *scheme.Scheme) { s.Light[scheme.Accent] = palette.MustParseColor("#ff9e00") }, "no note says why"},
		{"error out of family", func(s *scheme.Scheme) { s.Light[scheme.Error] = palette.MustParseColor("#0000aa") }, "error #0000aa has hue"},
		{"dark hue moved", func(s *scheme.Scheme) { s.Dark[scheme.Primary] = palette.MustParseColor("#9c7bea") }, "primary hue"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := scheme.New(p, scheme.Options{})
			if err != nil {
				t.Fatal(err)
			}
			tt.break_(s)
			err = scheme.Check(s, p)
			var ge *scheme.GuaranteeError
			if !errors.As(err, &ge) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want a GuaranteeError mentioning %q", err, tt.want)
			}
		})
	}
}

// TestNeutrals: the palette's neutrals become page and text verbatim when
// they fit, else a note names the neutral and what replaced it.
func TestNeutrals(t *testing.T) {
	tests := []struct {
		name             string
		neutral          []string
		bg, ink          string // want verbatim, or "" for replaced
		replaced         []scheme.Role
		adjustedOnBackgr bool
	}{
		{name: "quiet pair", neutral: []string{"#121e2b", "#f1f8ff"}, bg: "#f1f8ff", ink: "#121e2b"},
		{name: "grey text that passes", neutral: []string{"#666666", "#fafafa"}, bg: "#fafafa", ink: "#666666"},
		{name: "mid grey", neutral: []string{"#888888", "#fafafa"}, bg: "#fafafa", replaced: []scheme.Role{scheme.OnBackground}},
		{name: "dark grey just short", neutral: []string{"#7a7a7a", "#ffffff"}, bg: "#ffffff", adjustedOnBackgr: true},
		{name: "saturated light", neutral: []string{"#111111", "#ffd1dc"}, ink: "#111111", replaced: []scheme.Role{scheme.Background}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPalette(t, "#0057ae", []string{"#b8eee9"}, "#ff9d00", tt.neutral...)
			s, err := scheme.New(p, scheme.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.bg != "" && s.Light.Hex(scheme.Background) != tt.bg {
				t.Errorf("background %s, want %s", s.Light.Hex(scheme.Background), tt.bg)
			}
			if tt.ink != "" && s.Light.Hex(scheme.OnBackground) != tt.ink {
				t.Errorf("text %s, want %s", s.Light.Hex(scheme.OnBackground), tt.ink)
			}
			for _, r := range tt.replaced {
				found := false
				for _, n := range s.Notes {
					found = found || (n.Kind == scheme.NeutralReplaced && n.Role == r)
				}
				if !found {
					t.Errorf("no NeutralReplaced note for %s: %+v", r, s.Notes)
				}
			}
			if tt.adjustedOnBackgr {
				found := false
				for _, n := range s.Notes {
					found = found || (n.Kind == scheme.Adjusted && n.Role == scheme.OnBackground)
				}
				if !found || s.Light.Hex(scheme.OnBackground) == "#7a7a7a" {
					t.Errorf("text %s, notes %+v", s.Light.Hex(scheme.OnBackground), s.Notes)
				}
			}
			checkScheme(t, tt.name, p, s)
		})
	}
}
