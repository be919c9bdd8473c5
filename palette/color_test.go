package palette_test

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
)

func TestParseColor(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{in: "#1d4ed8", want: "#1d4ed8"},
		{in: "1D4ED8", want: "#1d4ed8"},
		{in: "#FFF", want: "#ffffff"},
		{in: "abc", want: "#aabbcc"},
		{in: "  #abc  ", want: "#aabbcc"},
		{in: "tomato", want: "#ff6347"},        // CSS Color 4 named colours
		{in: "RebeccaPurple", want: "#663399"}, // CSS Color 4: the 148th name
		{in: "grey", want: "#808080"},
		{in: "rgb(29 78 216)", want: "#1d4ed8"},
		{in: "rgb(29, 78, 216)", want: "#1d4ed8"},
		{in: "rgba(29, 78, 216, 1)", want: "#1d4ed8"},
		{in: "rgb(29 78 216 / 100%)", want: "#1d4ed8"},
		{in: "rgb(100% 0% 50%)", want: "#ff0080"},
		{in: "rgb(300 -5 0)", want: "#ff0000"}, // CSS clamps
		{in: "hsl(120 100% 25%)", want: "#008000"},
		{in: "hsl(120, 100%, 25%)", want: "#008000"},
		{in: "hsl(0.5turn 100% 50%)", want: "#00ffff"},
		{in: "hsl(3.14159265rad 100% 50%)", want: "#00ffff"},
		{in: "hsl(200grad 100% 50%)", want: "#00ffff"},
		{in: "hsl(-120deg 100% 50%)", want: "#0000ff"},
		{in: "hsl(240 100 50)", want: "#0000ff"}, // CSS Color 4 modern syntax allows numbers
		// CSS Color 4 §9.2 examples and color.js conversions.
		{in: "oklch(62.796% 0.25768 29.234)", want: "#ff0000"},
		{in: "oklch(0.627955 0.257683 29.2339)", want: "#ff0000"},
		{in: "oklab(0.627955 0.224863 0.125846)", want: "#ff0000"},
		{in: "oklab(62.7955% 56.2158% 31.4615%)", want: "#ff0000"},
		{in: "oklch(100% 0 none)", want: "#ffffff"},
		{in: "oklch(0 0 0)", want: "#000000"},
		{in: "oklch(45.2% 0.313 264.05)", want: "#0000ff"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, err := palette.ParseColor(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := palette.Hex(c); got != tt.want {
				t.Errorf("ParseColor(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseColorOutOfGamut(t *testing.T) {
	// oklch(70% 0.4 145) is far outside sRGB: chroma is reduced, lightness and
	// hue are kept (CSS Color 4 gamut mapping), unlike channel clipping.
	c, err := palette.ParseColor("oklch(70% 0.4 145)")
	if err != nil {
		t.Fatal(err)
	}
	if !colorspace.InGamut(c) {
		t.Fatalf("%v not in gamut", c)
	}
	o := colorspace.ToOKLCH(c)
	if math.Abs(o.L-0.70) > 0.02 || math.Abs(o.H-145) > 3 {
		t.Errorf("gamut mapped to %+v, want L≈0.70 H≈145", o)
	}
	clipped := colorspace.ToOKLCH(colorspace.Clip(colorspace.OKLCH{L: 0.7, C: 0.4, H: 145}.Color()))
	if math.Abs(clipped.H-145) < math.Abs(o.H-145) {
		t.Errorf("clipping kept the hue better (%.2f) than gamut mapping (%.2f)", clipped.H, o.H)
	}
}

func TestParseColorErrors(t *testing.T) {
	for _, in := range []string{
		"", "#12", "#1234", "#12345", "#1234567", "#ggg", "notacolor", "rgb(1 2)", "rgb(1,2,3,4,5)",
		"rgb(1 2 3", "rgb(1 2 3 / 0.5)", "rgba(0,0,0,0)", "hsl(10% 50% 50%)", "hsl(10, 50, 50)",
		"rgb(1, 2 3)", "rgb(inf 0 0)", "rgb(nan 0 0)", "rgb(0x10 0 0)", "rgb(1_0 0 0)", "oklch(1, 0, 0)",
		"lab(50 0 0)", "transparent", "rgb(1deg 0 0)", "rgb(1 2 3 /)", "rgb(none, 0, 0)", "rgb(1e 0 0)",
	} {
		_, err := palette.ParseColor(in)
		var ce *palette.ColorError
		if !errors.As(err, &ce) {
			t.Errorf("ParseColor(%q) err = %v, want *ColorError", in, err)
			continue
		}
		msg := err.Error()
		if strings.Contains(msg, "\n") || !strings.Contains(msg, fmt.Sprintf("%q", in)) || !strings.Contains(msg, `e.g. "#1d4ed8"`) {
			t.Errorf("ParseColor(%q) error %q: want one line with the input and an example", in, msg)
		}
	}
}

func TestHexClamps(t *testing.T) {
	c, _ := palette.ParseColor("#000")
	c.R = 1.7
	c.G = -3
	if got := palette.Hex(c); got != "#ff0000" {
		t.Errorf("Hex = %s", got)
	}
}

func TestFromImage(t *testing.T) {
	if _, _, ok := palette.FromImage(color.NRGBA{255, 0, 0, 0}); ok {
		t.Error("transparent pixel reported ok")
	}
	c, a, ok := palette.FromImage(color.NRGBA{255, 0, 0, 128})
	if !ok || math.Abs(a-128.0/255) > 1e-9 || palette.Hex(c) != "#ff0000" {
		t.Errorf("FromImage = %v %v %v", palette.Hex(c), a, ok)
	}
}

func TestNearestName(t *testing.T) {
	name, d := palette.NearestName(palette.MustParseColor("#ff6347"))
	if name != "tomato" || d != 0 {
		t.Errorf("NearestName(tomato) = %s %v", name, d)
	}
	name, d = palette.NearestName(palette.MustParseColor("#1d4ed8"))
	if name == "" || d <= 0 {
		t.Errorf("NearestName(#1d4ed8) = %s %v", name, d)
	}
	if n := len(palette.ColorNames()); n != 148 {
		t.Errorf("%d colour names, want 148", n)
	}
}

func FuzzParseColor(f *testing.F) {
	// Keep in sync with TestParseColor and ExampleParseColor.
	for _, s := range []string{"#1d4ed8", "fff", "tomato", "rgb(29 78 216)", "rgb(29, 78, 216)", "hsl(120 100% 25%)",
		"oklch(70% 0.15 200)", "oklab(0.5 0.1 -0.1)", "rgba(0,0,0,1)", "hsl(0.5turn 100% 50%)", "oklch(100% 0 none)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := palette.ParseColor(s)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error for %q", s)
			}
			return
		}
		if !colorspace.InGamut(c) {
			t.Fatalf("ParseColor(%q) = %v, out of gamut", s, c)
		}
		h := palette.Hex(c)
		back, err := palette.ParseColor(h)
		if err != nil || palette.Hex(back) != h {
			t.Fatalf("ParseColor(%q) → %s does not round-trip: %v %v", s, h, back, err)
		}
	})
}

func ExampleParseColor() {
	for _, s := range []string{"#1d4ed8", "tomato", "rgb(29 78 216)", "hsl(120, 100%, 25%)", "oklch(70% 0.15 200)"} {
		c, err := palette.ParseColor(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(palette.Hex(c))
	}
	_, err := palette.ParseColor("#12")
	fmt.Println(err)
	// Output:
	// #1d4ed8
	// #ff6347
	// #1d4ed8
	// #008000
	// #00b7c0
	// palette: bad color "#12": want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. "#1d4ed8"
}

func ExampleHex() {
	c := palette.MustParseColor("rgb(100% 39% 28%)")
	fmt.Println(palette.Hex(c))
	// Output: #ff6347
}

func ExampleNearestName() {
	name, d := palette.NearestName(palette.MustParseColor("#fe6448"))
	fmt.Printf("%s %.2f\n", name, d)
	// Output: tomato 0.21
}
