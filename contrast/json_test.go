package contrast_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/lucasb-eyer/go-colorful"
)

func TestReportJSONRoundTrip(t *testing.T) {
	sug := colorful.Color{R: 110.0 / 255, G: 110.0 / 255, B: 110.0 / 255}
	tests := []struct {
		name   string
		fg, bg string
		level  contrast.Level
		sug    *colorful.Color
		want   string // the bytes `hueprint contrast` printed before Report existed
	}{
		{name: "black on white", fg: "#000000", bg: "#ffffff", level: contrast.AA,
			want: `{"foreground":"#000000","background":"#ffffff","ratio":21,"wcag":{"aa":true,"aa_large":true,"aaa":true,"aaa_large":true,"non_text":true},"apca":106.04067321268862,"level":"aa","pass":true}`},
		{name: "fails with suggestion", fg: "#ffffff", bg: "#fff59d", level: contrast.AA, sug: &sug,
			want: `{"foreground":"#ffffff","background":"#fff59d","ratio":1.1170315333585523,"wcag":{"aa":false,"aa_large":false,"aaa":false,"aaa_large":false,"non_text":false},"apca":0,"level":"aa","pass":false,"suggestion":"#6e6e6e"}`},
		{name: "large text level", fg: "#777777", bg: "#ffffff", level: contrast.AALarge,
			want: `{"foreground":"#777777","background":"#ffffff","ratio":4.478089453577214,"wcag":{"aa":false,"aa_large":true,"aaa":false,"aaa_large":false,"non_text":true},"apca":71.11110332561125,"level":"aa-large","pass":true}`},
		{name: "zero level", fg: "#000000", bg: "#000000", level: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := contrast.NewReport(mustHex(t, tt.fg), mustHex(t, tt.bg), tt.level)
			r.Suggestion = tt.sug
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && string(b) != tt.want {
				t.Errorf("Marshal:\n got %s\nwant %s", b, tt.want)
			}
			var back contrast.Report
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
			if back.Foreground != r.Foreground || back.Background != r.Background || back.Level != r.Level || back.Result != r.Result {
				t.Errorf("round trip changed the value: %+v, want %+v", back, r)
			}
		})
	}
}

func TestReportZeroValueMarshals(t *testing.T) {
	b, err := json.Marshal(contrast.Report{})
	if err != nil {
		t.Fatal(err)
	}
	var back contrast.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if back.Level != 0 || !back.Pass() {
		t.Errorf("zero report read back as %+v", back)
	}
}

func TestReportUnmarshalErrors(t *testing.T) {
	good := `{"foreground":"#777777","background":"#ffffff","ratio":4.478089453577214,"wcag":{"aa":false,"aa_large":true,"aaa":false,"aaa_large":false,"non_text":true},"apca":71.11110332561125,"level":"aa","pass":false}`
	tests := []struct {
		name, in, want string
	}{
		{name: "bad colour", in: strings.Replace(good, `"#777777"`, `"#77777g"`, 1), want: `foreground: bad color "#77777g"`},
		{name: "short colour", in: strings.Replace(good, `"#ffffff"`, `"#fff"`, 1), want: `background: bad color "#fff"`},
		{name: "missing ratio", in: strings.Replace(good, `"ratio":4.478089453577214,`, ``, 1), want: `missing "ratio"`},
		{name: "unknown field", in: strings.Replace(good, `"pass":false`, `"pass":false,"x":1`, 1), want: `unknown field "x"`},
		{name: "verdict disagrees", in: strings.Replace(good, `"aa":false`, `"aa":true`, 1), want: `"wcag.aa" is true`},
		{name: "pass disagrees", in: strings.Replace(good, `"pass":false`, `"pass":true`, 1), want: `"pass" is true`},
		{name: "missing verdict", in: strings.Replace(good, `,"non_text":true`, ``, 1), want: `missing "wcag.non_text"`},
		{name: "bad level", in: strings.Replace(good, `"level":"aa"`, `"level":"a"`, 1), want: `unknown level "a"`},
		{name: "bad suggestion", in: strings.Replace(good, `"pass":false`, `"pass":false,"suggestion":"red"`, 1), want: `suggestion: bad color "red"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r contrast.Report
			err := json.Unmarshal([]byte(tt.in), &r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Unmarshal(%s) = %v, want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
	var r contrast.Report
	if err := json.Unmarshal([]byte(good), &r); err != nil {
		t.Fatalf("the good document: %v", err)
	}
}

func TestReportMarshalNonFinite(t *testing.T) {
	r := contrast.Report{Result: contrast.Result{Ratio: 1, APCA: 0}}
	r.Ratio = r.Ratio / 0 // +Inf
	if _, err := json.Marshal(r); err == nil {
		t.Error("Marshal of an infinite ratio: no error")
	}
}

func ExampleReport() {
	fg, _ := colorful.Hex("#777777")
	bg, _ := colorful.Hex("#ffffff")
	r := contrast.NewReport(fg, bg, contrast.AA)
	if !r.Pass() {
		s, err := contrast.NearestPassing(fg, bg, r.Level)
		if err == nil {
			r.Suggestion = &s
		}
	}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))

	var back contrast.Report
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%.2f:1 pass=%v\n", back.Ratio, back.Pass())
	// Output:
	// {"foreground":"#777777","background":"#ffffff","ratio":4.478089453577214,"wcag":{"aa":false,"aa_large":true,"aaa":false,"aaa_large":false,"non_text":true},"apca":71.11110332561125,"level":"aa","pass":false,"suggestion":"#767676"}
	// 4.48:1 pass=false
}

func TestReportAppendText(t *testing.T) {
	tests := []struct {
		name, want string
		fg, bg     colorful.Color
		level      contrast.Level
	}{
		{name: "black on white", fg: contrast.Black, bg: contrast.White, level: contrast.AA, want: "#000000 #ffffff 21.00 pass 106.0"},                                                 // WCAG 2.x maximum ratio
		{name: "grey fails aa", fg: colorful.Color{R: 0x77 / 255.0, G: 0x77 / 255.0, B: 0x77 / 255.0}, bg: contrast.White, level: contrast.AA, want: "#777777 #ffffff 4.48 fail 71.1"}, // 4.48 < 4.5
		{name: "grey passes aa-large", fg: colorful.Color{R: 0x77 / 255.0, G: 0x77 / 255.0, B: 0x77 / 255.0}, bg: contrast.White, level: contrast.AALarge, want: "#777777 #ffffff 4.48 pass 71.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(contrast.NewReport(tt.fg, tt.bg, tt.level).AppendText([]byte("> "))); got != "> "+tt.want {
				t.Errorf("AppendText = %q, want %q", got, "> "+tt.want)
			}
		})
	}
}

func ExampleReport_AppendText() {
	r := contrast.NewReport(colorful.Color{R: 1, G: 1, B: 1}, colorful.Color{R: 0, G: 0, B: 128.0 / 255}, contrast.AAA) // CSS navy
	fmt.Println(string(r.AppendText(nil)))
	// Output:
	// #ffffff #000080 16.01 pass -103.9
}

func ExampleReport_Suggest() {
	r := contrast.NewReport(colorful.Color{R: 1, G: 1, B: 1}, colorful.Color{R: 1, G: 0.96, B: 0.62}, contrast.AA)
	if err := r.Suggest(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.2f:1 fails; %s reaches %.2f:1\n", r.Ratio, r.Suggestion.Hex(), contrast.Ratio(*r.Suggestion, r.Background))
	// Output: 1.12:1 fails; #6e6e6e reaches 4.56:1
}

// TestReportSuggest: a passing pair gets no suggestion, a failing one the
// nearest passing foreground, and one no foreground of its hue can pass
// the error of NearestPassing.
func TestReportSuggest(t *testing.T) {
	white, black := colorful.Color{R: 1, G: 1, B: 1}, colorful.Color{}
	grey, _ := colorful.Hex("#777777")
	tests := []struct {
		name        string
		fg, bg      colorful.Color
		level       contrast.Level
		suggest     bool
		unreachable bool
	}{
		{name: "passes", fg: black, bg: white, level: contrast.AAA},
		{name: "fails", fg: grey, bg: white, level: contrast.AA, suggest: true},
		{name: "unreachable", fg: black, bg: grey, level: contrast.AAA, unreachable: true},
	}
	for _, tt := range tests {
		r := contrast.NewReport(tt.fg, tt.bg, tt.level)
		err := r.Suggest()
		if got := errors.Is(err, contrast.ErrUnreachable); got != tt.unreachable {
			t.Errorf("%s: error %v, want unreachable %v", tt.name, err, tt.unreachable)
		}
		if (r.Suggestion != nil) != tt.suggest {
			t.Fatalf("%s: suggestion %v, want one: %v", tt.name, r.Suggestion, tt.suggest)
		}
		if tt.suggest && !tt.level.Passes(contrast.Ratio(*r.Suggestion, tt.bg)) {
			t.Errorf("%s: suggestion %s does not pass %v", tt.name, r.Suggestion.Hex(), tt.level)
		}
	}
}
