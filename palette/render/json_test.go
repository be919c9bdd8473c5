package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/render"
)

func TestReportJSONRoundTrip(t *testing.T) {
	p := testPalette(t)
	logo := image.NewNRGBA(image.Rect(0, 0, 200, 200))
	draw.Draw(logo, logo.Bounds(), &image.Uniform{color.Black}, image.Point{}, draw.Src)
	custom, err := render.CustomPreset(400, 300)
	if err != nil {
		t.Fatal(err)
	}
	og, _ := render.PresetByName("og-image")
	story, _ := render.PresetByName("instagram-story")
	tests := []struct {
		name   string
		preset render.Preset
		o      render.Options
	}{
		{name: "title, tagline and button", preset: og, o: acme},
		{name: "logo and a missing glyph", preset: og, o: render.Options{Title: "Go 🚀 now", Logo: logo}},
		{name: "custom size", preset: custom, o: render.Options{Title: "Acme"}},
		{name: "portrait", preset: story, o: acme},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rep, err := render.Banner(p, tt.preset, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if tt.o.Logo != nil && (rep.Logo == nil || len(rep.Missing) == 0) {
				t.Fatalf("the case wants a logo and a missing glyph: logo %v, missing %v", rep.Logo, rep.Missing)
			}
			rep.File = "kit/" + tt.preset.Name + ".png"
			b, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			if vb, _ := json.Marshal(*rep); !bytes.Equal(vb, b) {
				t.Errorf("Marshal of the value and of the pointer differ:\n%s\n%s", vb, b)
			}
			var back render.Report
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("Unmarshal(%s): %v", b, err)
			}
			b2, err := json.Marshal(back)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, b2) {
				t.Errorf("round trip:\n got %s\nwant %s", b2, b)
			}
			if back.Preset != rep.Preset || len(back.Texts) != len(rep.Texts) || (back.Logo == nil) != (rep.Logo == nil) || len(back.Missing) != len(rep.Missing) {
				t.Errorf("round trip changed the report: %+v, want %+v", back, *rep)
			}
			for i, tx := range back.Texts {
				if tx.Box != rep.Texts[i].Box || palette.Hex(tx.Color) != palette.Hex(rep.Texts[i].Color) || tx.Reduced() != rep.Texts[i].Reduced() {
					t.Errorf("texts[%d] = %+v, want %+v", i, tx, rep.Texts[i])
				}
			}
		})
	}
}

func TestReportZeroValueMarshals(t *testing.T) {
	if _, err := json.Marshal(render.Report{}); err != nil {
		t.Fatal(err)
	}
}

func TestReportUnmarshalErrors(t *testing.T) {
	good := `{"file":"a.png","preset":"og-image","width":1200,"height":630,"layout":"diagonal","shares":{"primary":0.58,"secondary":0.29,"accent":0.1,"neutral":0.03,"off":0,"photo":0},"pass":true,` +
		`"texts":[{"role":"title","text":"Acme","box":[60,101,560,143],"size_px":117,"color":"#f1f8ff","large":true,"need":3,"min_contrast":6.59,"scrim":false,"min_px":38.5,"preferred_px":77,"reduced":false}],` +
		`"logo":{"box":[72,62,59,59],"plate":true,"plate_color":"#000000","share":0.0046},"missing_glyphs":[{"role":"title","char":"🚀","code":"U+1F680"}],"notes":[]}`
	tests := []struct {
		name, in, want string
	}{
		{name: "unknown preset", in: strings.Replace(good, `"og-image"`, `"og-imag"`, 1), want: `unknown preset "og-imag"`},
		{name: "custom preset too small", in: strings.Replace(good, `"og-image"`, `"10x10"`, 1), want: `size 10x10`},
		{name: "bad colour", in: strings.Replace(good, `"#f1f8ff"`, `"aliceblue"`, 1), want: `texts[0].color: bad color "aliceblue"`},
		{name: "reduced disagrees", in: strings.Replace(good, `"reduced":false`, `"reduced":true`, 1), want: `texts[0].reduced is true`},
		{name: "plate without colour", in: strings.Replace(good, `"plate_color":"#000000"`, `"plate_color":null`, 1), want: `null for a plate`},
		{name: "glyph code disagrees", in: strings.Replace(good, `"U+1F680"`, `"U+1F681"`, 1), want: `missing_glyphs[0]`},
		{name: "missing notes", in: strings.Replace(good, `,"notes":[]`, ``, 1), want: `missing "notes"`},
		{name: "unknown field", in: strings.Replace(good, `"notes":[]`, `"notes":[],"x":1`, 1), want: `unknown field "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r render.Report
			err := json.Unmarshal([]byte(tt.in), &r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Unmarshal = %v, want an error containing %q", err, tt.want)
			}
		})
	}
	var r render.Report
	if err := json.Unmarshal([]byte(good), &r); err != nil {
		t.Fatalf("the good document: %v", err)
	}
}

func ExampleReport_MarshalJSON() {
	p, _ := palette.Unmarshal([]byte(`{"version":1,"primary":"#0057ae","secondary":["#b8eee9"],"accent":"#ff9d00","neutral":["#f1f8ff","#121e2b"]}`))
	preset, _ := render.PresetByName("og-image")
	_, rep, err := render.Banner(p, preset, render.Options{Title: "Acme"})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep.File = "og.png"
	b, _ := json.Marshal(rep)

	var back render.Report
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	t := back.Texts[0]
	fmt.Println(back.File, back.Preset.Title, t.Role, t.Box, palette.Hex(t.Color), back.Pass)
	// Output: og.png Open Graph link preview title (60,244)-(376,385) #f1f8ff true
}

// FuzzReportUnmarshal: a document UnmarshalJSON accepts marshals to one it
// reads back to the same bytes.
func FuzzReportUnmarshal(f *testing.F) {
	f.Add([]byte(`{"file":"a.png","preset":"og-image","width":1200,"height":630,"layout":"diagonal","shares":{"primary":0.58,"secondary":0.29,"accent":0.1,"neutral":0.03,"off":0,"photo":0},"pass":true,` +
		`"texts":[{"role":"title","text":"Acme","box":[60,101,560,143],"size_px":117,"color":"#f1f8ff","large":true,"need":3,"min_contrast":6.59,"scrim":false,"min_px":38.5,"preferred_px":77,"reduced":false}],` +
		`"logo":{"box":[72,62,59,59],"plate":true,"plate_color":"#000000","share":0.0046},"missing_glyphs":[{"role":"title","char":"🚀","code":"U+1F680"}],"notes":[]}`))
	f.Add([]byte(`{"file":"b.png","preset":"400x300","width":400,"height":300,"layout":"blocks","shares":{"primary":1,"secondary":0,"accent":0,"neutral":0,"off":0,"photo":0},"pass":false,"texts":null,"logo":null,"missing_glyphs":[],"notes":["x"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r render.Report
		if json.Unmarshal(data, &r) != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("Marshal of an accepted document %q: %v", data, err)
		}
		var back render.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s) of Marshal(%q): %v", b, data, err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("not stable:\n%s\n%s", b, b2)
		}
	})
}
