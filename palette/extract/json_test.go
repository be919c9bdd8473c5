package extract_test

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
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/lucasb-eyer/go-colorful"
)

func TestReportJSONRoundTrip(t *testing.T) {
	white := colorful.Color{R: 1, G: 1, B: 1}
	tests := []struct {
		name string
		img  image.Image
		o    extract.Options
	}{
		{name: "logo on white", img: logo(palette.MustParseColor("#e4002b"), &white)},
		{name: "logo on white, background kept", img: logo(palette.MustParseColor("#0057ae"), &white), o: extract.Options{KeepBackground: true, Colors: 3}},
		{name: "logo on transparency", img: logo(palette.MustParseColor("#1a7f37"), nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := extract.Extract(tt.img, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			rep := extract.Report{File: "logo <1>.png", Result: res}
			b, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			var back extract.Report
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
			if back.File != rep.File || len(back.Colors) != len(res.Colors) || (back.Background == nil) != (res.Background == nil) {
				t.Errorf("round trip changed the report: %+v, want %+v", back, rep)
			}
			for i, c := range back.Colors {
				if c.Hex() != res.Colors[i].Hex() || c.Share != res.Colors[i].Share || c.Score != res.Colors[i].Score {
					t.Errorf("colors[%d] = %+v, want %+v", i, c, res.Colors[i])
				}
			}
		})
	}
}

func TestReportZeroValueMarshals(t *testing.T) {
	b, err := json.Marshal(extract.Report{})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"file":"","colors":[],"brand":null,"background":null,"transparent_background":false}`
	if string(b) != want {
		t.Errorf("Marshal(Report{}) = %s, want %s", b, want)
	}
	var back extract.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
}

func TestReportUnmarshalErrors(t *testing.T) {
	good := `{"file":"a.png","colors":[{"hex":"#0057ae","share":0.6,"score":0.98},{"hex":"#b8eee9","share":0.4,"score":0.47}],"brand":"#0057ae","background":{"hex":"#ffffff","share":0.7,"score":0,"background":true},"transparent_background":false}`
	tests := []struct {
		name, in, want string
	}{
		{name: "wrong brand", in: strings.Replace(good, `"brand":"#0057ae"`, `"brand":"#b8eee9"`, 1), want: `brand "#b8eee9": its colours give "#0057ae"`},
		{name: "null brand", in: strings.Replace(good, `"brand":"#0057ae"`, `"brand":null`, 1), want: `brand "null"`},
		{name: "bad hex", in: strings.Replace(good, `"#b8eee9"`, `"teal"`, 1), want: `hex: bad color "teal"`},
		{name: "missing share", in: strings.Replace(good, `"share":0.4,`, ``, 1), want: `missing "share"`},
		{name: "unknown colour field", in: strings.Replace(good, `"score":0.47`, `"score":0.47,"name":"x"`, 1), want: `unknown field "name"`},
		{name: "unknown field", in: strings.Replace(good, `"file":"a.png"`, `"file":"a.png","x":1`, 1), want: `unknown field "x"`},
		{name: "missing background", in: strings.Replace(good, `"background":{"hex":"#ffffff","share":0.7,"score":0,"background":true},`, ``, 1), want: `missing "background"`},
		{name: "null colors", in: strings.Replace(good, `"colors":[{"hex":"#0057ae","share":0.6,"score":0.98},{"hex":"#b8eee9","share":0.4,"score":0.47}]`, `"colors":null`, 1), want: `"colors" is null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r extract.Report
			err := json.Unmarshal([]byte(tt.in), &r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Unmarshal(%s) = %v, want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
	var r extract.Report
	if err := json.Unmarshal([]byte(good), &r); err != nil {
		t.Fatalf("the good document: %v", err)
	}
}

func ExampleReport() {
	// A red mark on white: the white is the background, reported apart.
	img := image.NewNRGBA(image.Rect(0, 0, 100, 100))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.White}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(30, 30, 70, 70), &image.Uniform{color.NRGBA{0xe4, 0x00, 0x2b, 255}}, image.Point{}, draw.Src)
	res, err := extract.Extract(img, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(extract.Report{File: "mark.png", Result: res})
	fmt.Println(string(b))

	var back extract.Report
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	brand, _ := back.Brand()
	fmt.Println(back.File, brand.Hex(), back.Background.Hex())
	// Output:
	// {"file":"mark.png","colors":[{"hex":"#e4002b","share":1,"score":1}],"brand":"#e4002b","background":{"hex":"#ffffff","share":0.84,"score":0,"background":true},"transparent_background":false}
	// mark.png #e4002b #ffffff
}

// FuzzReportUnmarshal: a document UnmarshalJSON accepts marshals to one it
// reads back to the same bytes.
func FuzzReportUnmarshal(f *testing.F) {
	f.Add([]byte(`{"file":"mark.png","colors":[{"hex":"#e4002b","share":1,"score":1}],"brand":"#e4002b","background":{"hex":"#ffffff","share":0.84,"score":0,"background":true},"transparent_background":false}`))
	f.Add([]byte(`{"file":"","colors":[],"brand":null,"background":null,"transparent_background":false}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r extract.Report
		if json.Unmarshal(data, &r) != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("Marshal of an accepted document %q: %v", data, err)
		}
		var back extract.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s) of Marshal(%q): %v", b, data, err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("not stable:\n%s\n%s", b, b2)
		}
	})
}
