package palette_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// describeInputs are colours of every notation, greys and gamut edges.
var describeInputs = []string{"tomato", "white", "black", "#777", "oklch(0.5 0 0)", "hsl(0 0% 50%)",
	"hsl(200 40% 30%)", "navy", "#1f3a68", "oklch(70% 0.15 200)", "rgb(10 200 30)", "#800020",
	"oklab(0.5 0.1 -0.1)", "oklch(0.9 0.4 140)", "#fffffe", "#010101", "rebeccapurple"}

func TestDescribe(t *testing.T) {
	tests := []struct {
		name, in  string
		rgb       [3]uint8
		css       string
		luminance float64 // WCAG 2.x relative luminance
		hue       bool    // whether the colour has a hue
	}{
		{name: "named", in: "tomato", rgb: [3]uint8{255, 99, 71}, css: "tomato", luminance: 0.3064, hue: true},
		{name: "white", in: "#fff", rgb: [3]uint8{255, 255, 255}, css: "white", luminance: 1},
		{name: "grey", in: "#777", rgb: [3]uint8{119, 119, 119}, css: "gray", luminance: 0.1845},
		{name: "oklch grey", in: "oklch(0.5 0 0)", rgb: [3]uint8{99, 99, 99}, css: "dimgray", luminance: 0.125}, // OKLab L³ for a grey: Y = 0.5³
		{name: "blue", in: "#1d4ed8", rgb: [3]uint8{29, 78, 216}, css: "royalblue", luminance: 0.1067, hue: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, err := palette.Describe(palette.MustParseColor(tt.in), palette.DescribeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if info.RGB != tt.rgb || info.Name != tt.css || math.Abs(info.Luminance-tt.luminance) > 5e-5 {
				t.Errorf("Describe(%s) = rgb %v name %q luminance %.4f, want %v %q %.4f", tt.in, info.RGB, info.Name, info.Luminance, tt.rgb, tt.css, tt.luminance)
			}
			if info.Input != info.Hex() || info.CVD != nil {
				t.Errorf("Describe(%s): input %q (want the hex %s), cvd %v (want none)", tt.in, info.Input, info.Hex(), info.CVD)
			}
			b, _ := json.Marshal(info)
			if nulls := strings.Count(string(b), `"h":null`); (nulls == 0) != tt.hue || !tt.hue && nulls != 3 {
				t.Errorf("Describe(%s): %d null hues in %s", tt.in, nulls, b)
			}
		})
	}
	if _, err := palette.Describe(palette.MustParseColor("red"), palette.DescribeOptions{CVDSeverity: 2}); err == nil {
		t.Error("CVDSeverity 2: no error")
	}
}

// TestColorInfoRoundTrip: every description reads back equal, and its JSON
// written again is the same bytes.
func TestColorInfoRoundTrip(t *testing.T) {
	for _, in := range describeInputs {
		for _, sev := range []float64{0, 0.5, 1} {
			info, err := palette.Describe(palette.MustParseColor(in), palette.DescribeOptions{CVDSeverity: sev})
			if err != nil {
				t.Fatal(err)
			}
			info.Input = in
			b, err := json.Marshal(info)
			if err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			var back palette.ColorInfo
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: %v\n%s", in, err, b)
			}
			if !reflect.DeepEqual(back, info) {
				t.Errorf("%s severity %v: round trip\n got %+v\nwant %+v", in, sev, back, info)
			}
			if again, _ := json.Marshal(back); !bytes.Equal(again, b) {
				t.Errorf("%s: JSON written again differs:\n%s\n%s", in, again, b)
			}
			if sev > 0 && len(back.CVD) != len(cvd.Kinds()) {
				t.Errorf("%s: %d CVD views, want %d", in, len(back.CVD), len(cvd.Kinds()))
			}
		}
	}
	var zero palette.ColorInfo
	b, err := json.Marshal(zero)
	if err != nil {
		t.Fatalf("zero ColorInfo: %v", err)
	}
	var back palette.ColorInfo
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, zero) {
		t.Errorf("zero ColorInfo: %v, %+v from %s", err, back, b)
	}
}

func TestColorInfoUnmarshalErrors(t *testing.T) {
	info, _ := palette.Describe(palette.MustParseColor("tomato"), palette.DescribeOptions{CVDSeverity: 1})
	info.Input = "tomato"
	grey, _ := palette.Describe(palette.MustParseColor("#777"), palette.DescribeOptions{})
	good, _ := json.Marshal(info)
	greyJSON, _ := json.Marshal(grey)
	tests := []struct {
		name, doc, want string
	}{
		{name: "missing name", doc: strings.Replace(string(good), `"name":"tomato",`, "", 1), want: `missing "name"`},
		{name: "unknown field", doc: strings.Replace(string(good), `{`, `{"cmyk":[0,0,0,0],`, 1), want: "unknown field"},
		{name: "hex not the rgb", doc: strings.Replace(string(good), `"#ff6347"`, `"#ff6348"`, 1), want: `hex "#ff6348"`},
		{name: "short hex", doc: strings.Replace(string(good), `"#ff6347"`, `"#f63"`, 1), want: "hex"},
		{name: "hue of a grey", doc: strings.Replace(string(greyJSON), `"hsl":{"h":null`, `"hsl":{"h":10`, 1), want: "hsl.h is 10"},
		{name: "no hue for a colour", doc: strings.Replace(string(good), `"h":32.32143392823356`, `"h":null`, 1), want: "oklch.h is null"},
		{name: "bad deficiency", doc: strings.Replace(string(good), `"tritanopia"`, `"tritan"`, 1), want: `unknown deficiency "tritan"`},
		{name: "bad cvd colour", doc: strings.Replace(string(good), `"#ff3d5d"`, `"red"`, 1), want: `bad color "red"`},
		{name: "not an object", doc: `[1]`, want: "palette: color info"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == string(good) || tt.doc == string(greyJSON) {
				t.Fatalf("the test did not change the document: %s", tt.doc)
			}
			var got palette.ColorInfo
			err := json.Unmarshal([]byte(tt.doc), &got)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestColorInfoWriteText(t *testing.T) {
	info, _ := palette.Describe(palette.MustParseColor("#1f3a68"), palette.DescribeOptions{CVDSeverity: 0.5})
	var en, fr, ansi bytes.Buffer
	info.WriteText(&en, palette.TextOptions{Lang: psych.English, CVDSeverity: 0.5})
	info.WriteText(&fr, palette.TextOptions{Lang: psych.French, CVDSeverity: 0.5})
	info.WriteText(&ansi, palette.TextOptions{Lang: psych.English, ANSI: true, CVDSeverity: 0.5})
	for _, want := range []string{"#1f3a68  navy, near CSS darkslateblue (ΔE00 ", "  rgb        31 58 104\n", "severity 0.5", "    protanopia     #"} {
		if !strings.Contains(en.String(), want) {
			t.Errorf("English text lacks %q:\n%s", want, en.String())
		}
	}
	for _, want := range []string{"bleu marine, proche du nom CSS darkslateblue (ΔE00 ", "sévérité 0,5", "deutéranopie"} {
		if !strings.Contains(fr.String(), want) {
			t.Errorf("French text lacks %q:\n%s", want, fr.String())
		}
	}
	if strings.Contains(en.String(), "\x1b") || !strings.Contains(ansi.String(), "\x1b[48;2;31;58;104m") {
		t.Errorf("ANSI swatches: plain %q, with ANSI %q", en.String(), ansi.String())
	}
}

func ExampleDescribe() {
	info, err := palette.Describe(palette.MustParseColor("oklch(70% 0.15 200)"), palette.DescribeOptions{})
	if err != nil {
		panic(err)
	}
	info.Input = "oklch(70% 0.15 200)"
	fmt.Println(info.Hex(), info.RGB, info.Name)
	fmt.Printf("OKLCH %.2f %.2f %.0f, luminance %.3f\n", info.OKLCH.L, info.OKLCH.C, info.OKLCH.H, info.Luminance)
	info.WriteText(os.Stdout, palette.TextOptions{Lang: psych.English})
	// Output:
	// #00b7c0 [0 183 192] lightseagreen
	// OKLCH 0.71 0.12 201, luminance 0.377
	// #00b7c0  turquoise, near CSS lightseagreen (ΔE00 6.4)
	//   input      oklch(70% 0.15 200)
	//   rgb        0 183 192
	//   hsl        182.8° 100.0% 37.7%
	//   hsv (hsb)  182.8° 100.0% 75.3%
	//   oklch      70.9% 0.1206 201.1°
	//   oklab      0.7090 -0.1125 -0.0434
	//   lab        67.78 -34.66 -15.59
	//   luminance  0.3767  (white text 2.46:1, black text 8.53:1)
}

func ExampleColorInfo_MarshalJSON() {
	info, _ := palette.Describe(palette.MustParseColor("#808080"), palette.DescribeOptions{})
	b, _ := json.Marshal(info)
	fmt.Println(string(b))
	// Output:
	// {"input":"#808080","hex":"#808080","rgb":[128,128,128],"hsl":{"h":null,"s":0,"l":0.5019607843137255},"hsv":{"h":null,"s":0,"v":0.5019607843137255},"oklab":{"l":0.5998708056221469,"a":-5.551115123125783e-16,"b":5.551115123125783e-17},"oklch":{"l":0.5998708056221469,"c":5.578801654593729e-16,"h":null},"lab":{"l":53.58501345216902,"a":5.551115123125783e-14,"b":0},"luminance":0.2158605001138992,"name":"gray","color_name":"grey"}
}

// FuzzColorInfoUnmarshal: an accepted document reads back equal after
// being written again.
func FuzzColorInfoUnmarshal(f *testing.F) {
	for _, in := range describeInputs[:6] {
		info, _ := palette.Describe(palette.MustParseColor(in), palette.DescribeOptions{CVDSeverity: 1})
		b, _ := json.Marshal(info)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var info palette.ColorInfo
		if json.Unmarshal(data, &info) != nil {
			return
		}
		b, err := json.Marshal(info)
		if err != nil {
			t.Fatalf("accepted %s, cannot write it: %v", data, err)
		}
		var back palette.ColorInfo
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, info) {
			t.Fatalf("round trip of %s: %v\n got %+v\nwant %+v", b, err, back, info)
		}
	})
}
