package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/render"
)

// TestLayoutText: every layout and the zero value round-trip through
// MarshalText and UnmarshalText; names are those the banner JSON writes.
func TestLayoutText(t *testing.T) {
	tests := []struct {
		layout render.Layout
		name   string
	}{
		{layout: 0, name: ""},
		{layout: render.Diagonal, name: "diagonal"},
		{layout: render.Bands, name: "bands"},
		{layout: render.Blocks, name: "blocks"},
		{layout: render.Circle, name: "circle"},
		{layout: render.Mark, name: "mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.layout.MarshalText()
			if err != nil || string(b) != tt.name || tt.layout.String() != tt.name {
				t.Fatalf("MarshalText = %q, %v; String = %q; want %q", b, err, tt.layout.String(), tt.name)
			}
			var back render.Layout = 99
			if err := back.UnmarshalText(b); err != nil || back != tt.layout {
				t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
			}
		})
	}
	if len(render.Layouts()) != len(tests)-1 {
		t.Errorf("Layouts() = %v, want the %d layouts", render.Layouts(), len(tests)-1)
	}
	var l render.Layout
	if err := l.UnmarshalText([]byte("spiral")); err == nil || err.Error() != `render: unknown layout "spiral": want diagonal, bands, blocks, circle, mark` {
		t.Errorf("spiral: %v", err)
	}
	if _, err := render.Layout(6).MarshalText(); err == nil || render.Layout(6).String() != "Layout(6)" {
		t.Errorf("Layout(6) marshals: %v", err)
	}
}

func TestTextRoleText(t *testing.T) {
	tests := []struct {
		role render.TextRole
		name string
	}{
		{role: 0, name: ""},
		{role: render.RoleTitle, name: "title"},
		{role: render.RoleTagline, name: "tagline"},
		{role: render.RoleCTA, name: "cta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.role)
			if err != nil || string(b) != `"`+tt.name+`"` {
				t.Fatalf("json.Marshal = %s, %v", b, err)
			}
			var back render.TextRole = 9
			if err := json.Unmarshal(b, &back); err != nil || back != tt.role {
				t.Errorf("json.Unmarshal(%s) = %v, %v", b, back, err)
			}
		})
	}
	var r render.TextRole
	if err := r.UnmarshalText([]byte("Title")); err == nil || !strings.Contains(err.Error(), `text role "Title": want title, tagline or cta`) {
		t.Errorf("Title: %v", err)
	}
	if _, err := render.TextRole(4).MarshalText(); err == nil {
		t.Error("TextRole(4) marshals")
	}
}

// TestPresetJSON: every preset and a custom one round-trip through JSON,
// Profile included (from the name), and the line is the documented one.
func TestPresetJSON(t *testing.T) {
	custom, _ := render.CustomPreset(800, 300)
	for _, p := range append(render.Presets(), custom) {
		t.Run(p.Name, func(t *testing.T) {
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			var back render.Preset
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, p) {
				t.Errorf("round trip: %+v, want %+v", back, p)
			}
		})
	}
	x, _ := render.PresetByName("x-header")
	b, _ := json.Marshal(x)
	want := `{"name":"x-header","title":"X (Twitter) header","width":1500,"height":500,"safe":[420,60,1020,380],"layout":"diagonal","source":"` + x.Source + `","checked":"` + x.Checked + `"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var p render.Preset
	good := string(b)
	for _, bad := range []string{
		strings.Replace(good, `"checked"`, `"profile":true,"checked"`, 1),
		strings.Replace(good, `"diagonal"`, `"spiral"`, 1),
		strings.Replace(good, `"title":"X (Twitter) header",`, ``, 1),
		`[]`, `{"name":"a"}`,
	} {
		if err := json.Unmarshal([]byte(bad), &p); err == nil || !strings.HasPrefix(err.Error(), "render: preset: ") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

// TestReportWriteText: the text report names the layout and roles in the
// reader's language and says every figure.
func TestReportWriteText(t *testing.T) {
	p, _ := palette.Unmarshal([]byte(`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`))
	preset, _ := render.PresetByName("og-image")
	_, rep, err := render.Banner(p, preset, render.Options{Title: "Acme", CTA: "Go"})
	if err != nil {
		t.Fatal(err)
	}
	rep.File = "og.png"
	tests := []struct {
		lang psych.Lang
		want []string
	}{
		{lang: psych.English, want: []string{"og.png: og-image 1200x630, diagonal layout; primary ", "% of the brand colours (passes its rule)", "\n  title    #", "\n  cta      #"}},
		{lang: psych.French, want: []string{"og.png", "og-image 1200×630, mise en page diagonale", "principale ", "\n  titre    #", "\n  bouton   #", "Acme"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := rep.WriteText(&buf, tt.lang); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("missing %q in\n%s", w, buf.String())
				}
			}
		})
	}
	if err := rep.WriteText(failWriter{}, psych.English); err == nil {
		t.Error("a write error is not returned")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func ExampleLayout_UnmarshalText() {
	var l render.Layout
	err := l.UnmarshalText([]byte("circle"))
	fmt.Println(l, err)
	fmt.Println(l.UnmarshalText([]byte("spiral")))
	// Output:
	// circle <nil>
	// render: unknown layout "spiral": want diagonal, bands, blocks, circle, mark
}

func ExampleLayouts() {
	fmt.Println(render.Layouts())
	// Output: [diagonal bands blocks circle mark]
}

func ExampleTextRole_MarshalText() {
	b, _ := json.Marshal([]render.TextRole{render.RoleTitle, render.RoleTagline, render.RoleCTA})
	fmt.Println(string(b))
	// Output: ["title","tagline","cta"]
}

func ExamplePreset_MarshalJSON() {
	p, _ := render.CustomPreset(1000, 400)
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	// Output: {"name":"1000x400","title":"custom size","width":1000,"height":400,"safe":[50,20,900,360],"layout":"diagonal","source":"custom size, 5 % margins","checked":"2026-11-28"}
}

func ExampleReport_WriteText() {
	p, _ := palette.Unmarshal([]byte(`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`))
	preset, _ := render.PresetByName("instagram-post")
	_, rep, _ := render.Banner(p, preset, render.Options{Title: "Acme"})
	rep.File = "post.png"
	var buf bytes.Buffer
	rep.WriteText(&buf, psych.English)
	fmt.Println(strings.SplitN(buf.String(), ";", 2)[0])
	// Output: post.png: instagram-post 1080x1080, blocks layout
}

// FuzzLayoutText: UnmarshalText accepts only names MarshalText gives back.
func FuzzLayoutText(f *testing.F) {
	for _, s := range []string{"", "diagonal", "mark", "spiral", "Blocks"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l render.Layout
		if err := l.UnmarshalText([]byte(s)); err != nil {
			return
		}
		if b, err := l.MarshalText(); err != nil || string(b) != s {
			t.Errorf("%q read as %v gives back %q, %v", s, l, b, err)
		}
		var r render.TextRole
		if err := r.UnmarshalText([]byte(s)); err == nil && s != "" {
			t.Errorf("%q is both a layout and a text role", s)
		}
	})
}

// TestBannerSimulate: Options.Simulate gives the banner Simulate would
// make of the true-colour one, with the same report.
func TestBannerSimulate(t *testing.T) {
	p, _ := palette.Unmarshal([]byte(`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`))
	preset, _ := render.PresetByName("og-image")
	o := render.Options{Title: "Acme"}
	img, rep, err := render.Banner(p, preset, o)
	if err != nil {
		t.Fatal(err)
	}
	sim := render.Simulation{Kind: cvd.Deuteranopia, Severity: 0.6}
	want, err := render.Simulate(img, sim, nil)
	if err != nil {
		t.Fatal(err)
	}
	o.Simulate = &sim
	got, grep, err := render.Banner(p, preset, o)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != want.Bounds() || !bytes.Equal(got.Pix, want.Pix) {
		t.Errorf("simulated banner differs from Simulate(Banner): %v vs %v", got.Bounds(), want.Bounds())
	}
	a, _ := json.Marshal(rep)
	b, _ := json.Marshal(grep)
	if !bytes.Equal(a, b) {
		t.Errorf("the report changed with Simulate:\n%s\n%s", b, a)
	}
}

// FuzzPresetUnmarshal: a preset UnmarshalJSON accepts marshals to a
// document it reads back as the same preset.
func FuzzPresetUnmarshal(f *testing.F) {
	for _, p := range render.Presets()[:3] {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	f.Add([]byte(`{"name":"1x1","title":"","width":-1,"height":0,"safe":[0,0,0,0],"layout":"","source":"","checked":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p render.Preset
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%s read as %+v does not marshal: %v", data, p, err)
		}
		var back render.Preset
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, p) {
			t.Fatalf("%s: round trip %+v, %v; want %+v", b, back, err, p)
		}
	})
}

func ExampleWritePresets() {
	var b strings.Builder
	if err := render.WritePresets(&b, false); err != nil {
		panic(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[len(lines)-2])
	// Output:
	// x-header            1500x500  safe 1020x380 at 420,60  diagonal X (Twitter) header
	// Sizes and safe zones checked 2026-11-28; 'hueprint banner --list --format json' gives each source.
}

// TestWritePresets: one line per preset, each JSON line reads back as the
// preset, and a write error is returned.
func TestWritePresets(t *testing.T) {
	for _, asJSON := range []bool{false, true} {
		var b strings.Builder
		if err := render.WritePresets(&b, asJSON); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		want := len(render.Presets())
		if !asJSON {
			want++ // the date
		}
		if len(lines) != want {
			t.Errorf("json %v: %d lines, want %d", asJSON, len(lines), want)
		}
		for i, p := range render.Presets() {
			if !asJSON {
				if !strings.HasPrefix(lines[i], p.Name+" ") {
					t.Errorf("line %d: %q, want %s first", i, lines[i], p.Name)
				}
				continue
			}
			var back render.Preset
			if err := json.Unmarshal([]byte(lines[i]), &back); err != nil || back != p {
				t.Errorf("line %d: %v, reads back as %+v, want %+v", i, err, back, p)
			}
		}
		if err := render.WritePresets(failWriter{}, asJSON); err == nil {
			t.Errorf("json %v: no error from a failing writer", asJSON)
		}
	}
}
