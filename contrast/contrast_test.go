package contrast_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/lucasb-eyer/go-colorful"
)

func mustHex(t testing.TB, s string) colorful.Color {
	t.Helper()
	if len(s) == 4 {
		s = "#" + string([]byte{s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	c, err := colorful.Hex(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRatio(t *testing.T) {
	tests := []struct {
		name   string
		fg, bg string
		want   float64
		tol    float64
	}{
		{name: "black on white", fg: "#000000", bg: "#ffffff", want: 21, tol: 1e-12},          // WCAG 2.x contrast ratio definition
		{name: "white on black", fg: "#ffffff", bg: "#000000", want: 21, tol: 1e-12},          // symmetric
		{name: "same colour", fg: "#1d4ed8", bg: "#1d4ed8", want: 1, tol: 1e-12},              // WCAG 2.x: 1:1
		{name: "#767676 on white", fg: "#767676", bg: "#ffffff", want: 4.54, tol: 0.005},      // WebAIM contrast checker: 4.54:1, the lightest grey passing AA
		{name: "#777777 on white", fg: "#777777", bg: "#ffffff", want: 4.48, tol: 0.005},      // WebAIM contrast checker: 4.47:1 shown truncated, fails AA
		{name: "#0000ff on white", fg: "#0000ff", bg: "#ffffff", want: 8.59, tol: 0.005},      // WebAIM contrast checker: 8.59:1
		{name: "#ff0000 on white", fg: "#ff0000", bg: "#ffffff", want: 3.998, tol: 0.001},     // WebAIM contrast checker: 4:1 (3.998 unrounded)
		{name: "white on pale yellow", fg: "#ffffff", bg: "#fff59d", want: 1.117, tol: 0.001}, // WCAG 2.x definition: Y(#fff59d) = 0.8900
		{name: "#595959 on white", fg: "#595959", bg: "#ffffff", want: 7.00, tol: 0.005},      // WebAIM: 7:1, the lightest grey passing AAA
		{name: "#949494 on white", fg: "#949494", bg: "#ffffff", want: 3.03, tol: 0.005},      // WebAIM: 3.03:1, passes AA large
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := contrast.Ratio(mustHex(t, tt.fg), mustHex(t, tt.bg))
			if math.Abs(got-tt.want) > tt.tol {
				t.Errorf("Ratio(%s, %s) = %.6f, want %.4f", tt.fg, tt.bg, got, tt.want)
			}
		})
	}
}

func TestLevelsNeverRound(t *testing.T) {
	// #777 on white is 4.478…: a checker that rounds to one decimal would say
	// 4.5 and pass it. WCAG 2.x compares the exact ratio.
	r := contrast.Ratio(mustHex(t, "#777777"), contrast.White)
	if contrast.AA.Passes(r) {
		t.Errorf("#777 on white (%.5f) passes AA", r)
	}
	if !contrast.AALarge.Passes(r) || !contrast.NonText.Passes(r) {
		t.Errorf("#777 on white (%.5f) fails AA large or non-text", r)
	}
	if contrast.AA.Passes(4.4999999) || !contrast.AA.Passes(4.5) {
		t.Error("AA threshold is not exactly 4.5")
	}
	for _, tt := range []struct {
		level contrast.Level
		min   float64
	}{{contrast.AA, 4.5}, {contrast.AALarge, 3}, {contrast.AAA, 7}, {contrast.AAALarge, 4.5}, {contrast.NonText, 3}} {
		if tt.level.Min() != tt.min {
			t.Errorf("%v.Min() = %v, want %v", tt.level, tt.level.Min(), tt.min)
		}
		var back contrast.Level
		text, err := tt.level.MarshalText()
		if err != nil || back.UnmarshalText(text) != nil || back != tt.level {
			t.Errorf("%v does not round-trip through text: %q %v", tt.level, text, err)
		}
	}
	var l contrast.Level
	if err := l.UnmarshalText([]byte("AAA")); err != nil || l != contrast.AAA {
		t.Errorf("UnmarshalText(AAA) = %v, %v", l, err)
	}
	if err := l.UnmarshalText([]byte("a")); err == nil {
		t.Error("UnmarshalText(a) accepted")
	}
}

func TestAPCA(t *testing.T) {
	// The keystone values of the APCA-W3 0.0.98G-4g README ("Testing your
	// implementation") and apca-w3 0.1.9 test/index.js: text first, then
	// background, unrounded.
	tests := []struct {
		text, bg string
		want     float64
	}{
		{"#888", "#fff", 63.056469930209424},
		{"#fff", "#888", -68.54146436644962},
		{"#000", "#aaa", 58.146262578561334},
		{"#aaa", "#000", -56.24113336839742},
		{"#123", "#def", 91.66830811481631},
		{"#def", "#123", -93.06770049484275},
		{"#123", "#444", 8.32326136957393},
		{"#444", "#123", -7.526878460278154},
		{"#000", "#fff", 106.04067321268862},
		{"#fff", "#000", -107.88473318309848},
	}
	for _, tt := range tests {
		t.Run(tt.text+" on "+tt.bg, func(t *testing.T) {
			got := contrast.APCA(mustHex(t, tt.text), mustHex(t, tt.bg))
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("APCA = %.15f, want %.15f", got, tt.want)
			}
		})
	}
	if got := contrast.APCA(mustHex(t, "#777"), mustHex(t, "#777")); got != 0 {
		t.Errorf("APCA of one colour on itself = %v, want 0", got)
	}
}

func TestBestText(t *testing.T) {
	tests := []struct {
		bg, want string
	}{
		{"#fff59d", "#000000"}, // pale yellow: black, never white
		{"#1d4ed8", "#ffffff"},
		{"#ffffff", "#000000"},
		{"#000000", "#ffffff"},
		{"#777777", "#000000"}, // 4.69 vs 4.48
	}
	for _, tt := range tests {
		if got := contrast.BestText(mustHex(t, tt.bg)).Hex(); got != tt.want {
			t.Errorf("BestText(%s) = %s, want %s", tt.bg, got, tt.want)
		}
	}
	navy, cream := mustHex(t, "#0b1f3a"), mustHex(t, "#fdf6e3")
	if got := contrast.BestText(mustHex(t, "#e9c46a"), cream, navy); got != navy {
		t.Errorf("BestText(gold, cream, navy) = %s, want navy", got.Hex())
	}
}

// TestNearestPassing checks, over a grid of foregrounds and backgrounds, that
// every suggestion passes, keeps the hue of a chromatic foreground, and that
// no colour with a smaller lightness change on the same side passes.
func TestNearestPassing(t *testing.T) {
	step := 37
	if testing.Short() {
		step = 85
	}
	levels := []contrast.Level{contrast.AA, contrast.AAA, contrast.NonText}
	var checked int
	for r := 0; r < 256; r += step {
		for g := 0; g < 256; g += step {
			for b := 0; b < 256; b += step {
				fg := colorful.Color{R: float64(r) / 255, G: float64(g) / 255, B: float64(b) / 255}
				for _, bgHex := range []string{"#ffffff", "#fff59d", "#1d4ed8", "#777777", "#0b1f3a"} {
					bg := mustHex(t, bgHex)
					for _, level := range levels {
						got, err := contrast.NearestPassing(fg, bg, level)
						if err != nil {
							if !errors.Is(err, contrast.ErrUnreachable) {
								t.Fatalf("unexpected error %v", err)
							}
							if level.Passes(contrast.Ratio(contrast.Black, bg)) || level.Passes(contrast.Ratio(contrast.White, bg)) {
								t.Errorf("NearestPassing(%s, %s, %v): %v, but black or white passes", fg.Hex(), bgHex, level, err)
							}
							continue
						}
						checked++
						if ratio := contrast.Ratio(got, bg); !level.Passes(ratio) {
							t.Errorf("NearestPassing(%s, %s, %v) = %s with %.4f", fg.Hex(), bgHex, level, got.Hex(), ratio)
						}
						in, out := colorspace.ToOKLCH(fg), colorspace.ToOKLCH(got)
						if in.C > 0.08 && out.C > 0.08 {
							dh := math.Abs(in.H - out.H)
							if dh > 180 {
								dh = 360 - dh
							}
							if dh > 12 {
								t.Errorf("NearestPassing(%s, %s, %v) = %s: hue moved %.1f°", fg.Hex(), bgHex, level, got.Hex(), dh)
							}
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no suggestion was checked")
	}
}

func TestNearestPassingPaleYellow(t *testing.T) {
	bg := mustHex(t, "#fff59d")
	got, err := contrast.NearestPassing(contrast.White, bg, contrast.AA)
	if err != nil {
		t.Fatal(err)
	}
	if r := contrast.Ratio(got, bg); r < 4.5 || r > 4.8 {
		t.Errorf("white on pale yellow → %s (%.3f:1), want just over 4.5", got.Hex(), r)
	}
	_, err = contrast.NearestPassing(mustHex(t, "#777777"), mustHex(t, "#777777"), contrast.AAA)
	if !errors.Is(err, contrast.ErrUnreachable) {
		t.Errorf("AAA on mid grey: err = %v, want ErrUnreachable", err)
	}
}

func TestGrid(t *testing.T) {
	cs := []colorful.Color{contrast.Black, contrast.White, mustHex(t, "#1d4ed8")}
	g := contrast.Grid(cs)
	if len(g) != 6 {
		t.Fatalf("len(Grid) = %d, want 6", len(g))
	}
	if g[0].FG != 0 || g[0].BG != 1 || g[0].Ratio != 21 {
		t.Errorf("Grid[0] = %+v", g[0])
	}
}

func BenchmarkRatio(b *testing.B) {
	fg, bg := mustHex(b, "#1d4ed8"), mustHex(b, "#fff59d")
	var sink float64
	for b.Loop() {
		sink += contrast.Ratio(fg, bg)
	}
	_ = sink
}

// BenchmarkRatioPow is the simplest alternative to Ratio's 8-bit lookup
// tables: the sRGB transfer function computed with math.Pow every time.
func BenchmarkRatioPow(b *testing.B) {
	fg, bg := mustHex(b, "#1d4ed8"), mustHex(b, "#fff59d")
	lin := func(v float64) float64 {
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	lum := func(c colorful.Color) float64 {
		return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
	}
	var sink float64
	for b.Loop() {
		sink += contrast.RatioLuminance(lum(fg), lum(bg))
	}
	_ = sink
}

func BenchmarkAPCA(b *testing.B) {
	fg, bg := mustHex(b, "#1d4ed8"), mustHex(b, "#fff59d")
	var sink float64
	for b.Loop() {
		sink += contrast.APCA(fg, bg)
	}
	_ = sink
}

func BenchmarkNearestPassing(b *testing.B) {
	bg := mustHex(b, "#fff59d")
	for b.Loop() {
		_, _ = contrast.NearestPassing(contrast.White, bg, contrast.AA)
	}
}

func ExampleRatio() {
	white, _ := colorful.Hex("#ffffff")
	paleYellow, _ := colorful.Hex("#fff59d")
	r := contrast.Ratio(white, paleYellow)
	fmt.Printf("%.2f:1, AA %v\n", r, contrast.AA.Passes(r))
	// Output: 1.12:1, AA false
}

func ExampleLuminance() {
	c, _ := colorful.Hex("#767676")
	fmt.Printf("%.4f\n", contrast.Luminance(c))
	// Output: 0.1812
}

func ExampleRatioLuminance() {
	fmt.Println(contrast.RatioLuminance(1, 0))
	// Output: 21
}

func ExampleLevel_Passes() {
	grey, _ := colorful.Hex("#777777")
	r := contrast.Ratio(grey, contrast.White)
	for _, l := range contrast.Levels() {
		fmt.Printf("%s %v\n", l, l.Passes(r))
	}
	// Output:
	// aa false
	// aa-large true
	// aaa false
	// aaa-large false
	// non-text true
}

func ExampleCheck() {
	blue, _ := colorful.Hex("#1d4ed8")
	r := contrast.Check(contrast.White, blue)
	fmt.Printf("ratio %.2f, APCA Lc %.1f, AA %v\n", r.Ratio, r.APCA, r.Passes(contrast.AA))
	// Output: ratio 6.70, APCA Lc -87.2, AA true
}

func ExampleAPCA() {
	grey, _ := colorful.Hex("#888888")
	fmt.Printf("%.2f\n", contrast.APCA(grey, contrast.White))
	// Output: 63.06
}

func ExampleAPCALuminance() {
	fmt.Printf("%.2f\n", contrast.APCALuminance(contrast.APCAY(contrast.Black), contrast.APCAY(contrast.White)))
	// Output: 106.04
}

func ExampleBestText() {
	paleYellow, _ := colorful.Hex("#fff59d")
	fmt.Println(contrast.BestText(paleYellow).Hex())
	// Output: #000000
}

func ExampleNearestPassing() {
	paleYellow, _ := colorful.Hex("#fff59d")
	c, err := contrast.NearestPassing(contrast.White, paleYellow, contrast.AA)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %.2f:1\n", c.Hex(), contrast.Ratio(c, paleYellow))
	// Output: #6e6e6e 4.56:1
}

func ExampleGrid() {
	blue, _ := colorful.Hex("#1d4ed8")
	cs := []colorful.Color{contrast.White, blue}
	for _, p := range contrast.Grid(cs) {
		fmt.Printf("%d on %d: %.2f\n", p.FG, p.BG, p.Ratio)
	}
	// Output:
	// 0 on 1: 6.70
	// 1 on 0: 6.70
}

func ExampleGrade() {
	for _, r := range []float64{21, 4.5, 4.499, 3, 2.9} {
		fmt.Println(contrast.Grade(r))
	}
	// Output:
	// AAA
	// AA
	// AA large
	// AA large
	// fails AA
}
