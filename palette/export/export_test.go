package export_test

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

func brand(t testing.TB) *palette.Palette {
	t.Helper()
	f, err := os.Open("testdata/brand.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := palette.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func hexes(p *palette.Palette) string {
	var out []string
	for _, c := range p.Colors() {
		out = append(out, c.Label()+"="+c.Hex())
	}
	return strings.Join(out, " ")
}

// TestRoundTrips: palette → format → palette is exact for every format that
// carries sRGB, with and without ramps, and keeps the names.
func TestRoundTrips(t *testing.T) {
	p := brand(t)
	// A second palette with two secondaries, French names and no neutrals.
	q := &palette.Palette{Name: "Café «Noir»", Primary: palette.Entry{Color: palette.MustParseColor("#3b2416"), Name: "café"},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#e8d5b7"), Name: "crème"}, {Color: palette.MustParseColor("#a67c52")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#c0392b"), Name: "rouge"}}
	formats := []struct {
		name  string
		write func(io.Writer, *palette.Palette, export.Options) error
		read  func(io.Reader) (*palette.Palette, error)
	}{
		{"gpl", export.GPL, export.ReadGPL},
		{"ase", export.ASE, export.ReadASE},
		{"tokens", export.Tokens, export.ReadTokens},
	}
	for _, pal := range []*palette.Palette{p, q} {
		for _, f := range formats {
			for _, ramps := range []bool{false, true} {
				var buf bytes.Buffer
				if err := f.write(&buf, pal, export.Options{Ramps: ramps}); err != nil {
					t.Fatal(err)
				}
				back, err := f.read(bytes.NewReader(buf.Bytes()))
				if err != nil {
					t.Fatalf("%s ramps=%v: %v\n%s", f.name, ramps, err, buf.String())
				}
				if hexes(back) != hexes(pal) {
					t.Errorf("%s ramps=%v:\n got  %s\n want %s", f.name, ramps, hexes(back), hexes(pal))
				}
				if back.Primary.Name != pal.Primary.Name || back.Name != pal.Name {
					t.Errorf("%s: names %q/%q, want %q/%q", f.name, back.Name, back.Primary.Name, pal.Name, pal.Primary.Name)
				}
			}
		}
	}
}

func TestReadDispatch(t *testing.T) {
	p := brand(t)
	var tok bytes.Buffer
	export.Tokens(&tok, p, export.Options{})
	for _, tc := range []struct {
		name, data string
	}{
		{"brand.tokens.json", tok.String()},
		{"brand.json", tok.String()},
		{"brand.tokens", tok.String()},
	} {
		back, err := export.Read(strings.NewReader(tc.data), tc.name)
		if err != nil || hexes(back) != hexes(p) {
			t.Errorf("%s: %v %s", tc.name, err, hexes(back))
		}
	}
	pf, _ := os.ReadFile("testdata/brand.json")
	if back, err := export.Read(bytes.NewReader(pf), "brand.json"); err != nil || hexes(back) != hexes(p) {
		t.Errorf("palette file: %v", err)
	}
	list := "# brand colours\n#0057ae primary: blue\nsecondary #b8eee9\naccent: rgb(255 157 0)\n\n// neutrals\n#121e2b\n#f1f8ff neutral\n"
	back, err := export.Read(strings.NewReader(list), "colors.txt")
	if err != nil || back.Primary.Hex() != "#0057ae" || back.Accent.Hex() != "#ff9d00" || len(back.Neutral) != 2 {
		t.Errorf("list: %v %s", err, hexes(back))
	}
	byOrder, err := export.ReadList(strings.NewReader("red\ngreen\nblue\nblack\n"))
	if err != nil || byOrder.Primary.Hex() != "#ff0000" || byOrder.Accent.Hex() != "#0000ff" || len(byOrder.Neutral) != 1 {
		t.Errorf("list by order: %v %s", err, hexes(byOrder))
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		read func(io.Reader) (*palette.Palette, error)
		data string
		want string
	}{
		{"gpl header", export.ReadGPL, "JASC-PAL\n", `want "GIMP Palette"`},
		{"gpl value", export.ReadGPL, "GIMP Palette\n300 0 0 red\n0 0 0 a\n1 1 1 b\n", `"300" is not a channel value`},
		{"gpl short", export.ReadGPL, "GIMP Palette\n0 0\n", "want \"R G B name\""},
		{"gpl two colours", export.ReadGPL, "GIMP Palette\n0 0 0\n1 1 1\n", "2 colours, want at least 3"},
		{"gpl no primary", export.ReadGPL, "GIMP Palette\n0 0 0 secondary\n9 9 9 accent\n1 1 1 x\n", "no colour is named primary"},
		{"ase signature", export.ReadASE, "GIF89a", "not an Adobe Swatch Exchange file"},
		{"ase truncated", export.ReadASE, "ASEF\x00\x01\x00\x00\x00\x00\x00\x05", "truncated"},
		{"tokens not json", export.ReadTokens, "{", "not valid JSON"},
		{"tokens array", export.ReadTokens, "[]", "want a JSON object"},
		{"tokens bad value", export.ReadTokens, `{"c":{"$type":"color","primary":{"$value":"nope"}}}`, `tokens: c.primary: palette: bad color "nope"`},
		{"list bad", export.ReadList, "#fff\nnotacolour here\n", "list: line 2"},
	}
	for _, tt := range tests {
		_, err := tt.read(strings.NewReader(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestRamp: eleven steps, lightness falling from 50 to 950, all in gamut, the
// brand colour verbatim at the step nearest its lightness.
func TestRamp(t *testing.T) {
	for _, hex := range []string{"#0057ae", "#e4002b", "#ffd700", "#0f9d58", "#111111", "#fafafa", "#b8eee9", "#7b2d8e"} {
		c := palette.MustParseColor(hex)
		steps := export.Ramp(c)
		if len(steps) != 11 || steps[0].Step != 50 || steps[10].Step != 950 {
			t.Fatalf("%s: %d steps", hex, len(steps))
		}
		brands := 0
		prevL := math.Inf(1)
		for _, s := range steps {
			l := colorspace.ToOKLCH(s.Color).L
			if l >= prevL {
				t.Errorf("%s: step %d L %.3f not below the previous %.3f", hex, s.Step, l, prevL)
			}
			prevL = l
			if s.Brand {
				brands++
				if palette.Hex(s.Color) != hex {
					t.Errorf("%s: brand step is %s", hex, palette.Hex(s.Color))
				}
			}
		}
		if brands != 1 {
			t.Errorf("%s: %d brand steps", hex, brands)
		}
	}
}

func TestWritersContent(t *testing.T) {
	p := brand(t)
	var css, scss, tw, tw4, svg bytes.Buffer
	export.CSS(&css, p, export.Options{Ramps: true})
	export.SCSS(&scss, p, export.Options{Ramps: true})
	export.Tailwind(&tw, p, export.Options{Ramps: true})
	export.Tailwind4(&tw4, p, export.Options{})
	export.SVG(&svg, p, export.Options{Ramps: true})
	for name, tc := range map[string]struct {
		out  string
		want []string
	}{
		"css":       {css.String(), []string{":root {", "--brand-primary: #0057ae;", "--brand-primary-500:", "--brand-neutral-2: #f1f8ff;"}},
		"scss":      {scss.String(), []string{"$brand-primary: #0057ae;", "$brand-colors: (", `"accent": $brand-accent,`, "$brand-ramps: ("}},
		"tailwind":  {tw.String(), []string{"module.exports = {", `"primary": {`, "DEFAULT: '#0057ae',", "950: '#"}},
		"tailwind4": {tw4.String(), []string{"@theme {", "--color-brand-primary: #0057ae;"}},
		"svg":       {svg.String(), []string{"<svg xmlns=", `fill="#0057ae"`, "</svg>"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.out, w) {
				t.Errorf("%s lacks %q:\n%s", name, w, tc.out)
			}
		}
	}
}

func FuzzReadGPL(f *testing.F) {
	var buf bytes.Buffer
	export.GPL(&buf, brand(f), export.Options{Ramps: true})
	f.Add(buf.Bytes())
	f.Add([]byte("GIMP Palette\nName: x\n0 0 0 a\n1 2 3\n4 5 6 accent\n"))
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip(t, data, export.ReadGPL, export.GPL) })
}

func FuzzReadASE(f *testing.F) {
	var buf bytes.Buffer
	export.ASE(&buf, brand(f), export.Options{})
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip(t, data, export.ReadASE, export.ASE) })
}

func FuzzReadTokens(f *testing.F) {
	var buf bytes.Buffer
	export.Tokens(&buf, brand(f), export.Options{Ramps: true})
	f.Add(buf.Bytes())
	f.Add([]byte(`{"c":{"$type":"color","primary":{"$value":"#fff"},"secondary":{"$value":"#000"},"accent":{"$value":"red"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) { roundTrip(t, data, export.ReadTokens, export.Tokens) })
}

// roundTrip asserts that what a reader accepts writes and reads back to the
// same colours.
func roundTrip(t *testing.T, data []byte, read func(io.Reader) (*palette.Palette, error), write func(io.Writer, *palette.Palette, export.Options) error) {
	p, err := read(bytes.NewReader(data))
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("multi-line error %q", err)
		}
		return
	}
	var buf bytes.Buffer
	if err := write(&buf, p, export.Options{}); err != nil {
		t.Fatalf("accepted palette does not write: %v", err)
	}
	q, err := read(&buf)
	if err != nil {
		t.Fatalf("written palette does not read: %v", err)
	}
	if hexes(p) != hexes(q) {
		t.Fatalf("round trip: %s != %s", hexes(p), hexes(q))
	}
}

func ExampleCSS() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	export.CSS(os.Stdout, p, export.Options{})
	// Output:
	// /* brand palette — hueprint palette, sRGB hex. */
	// :root {
	//   --brand-primary: #1d4ed8;
	//   --brand-secondary: #bfdbfe;
	//   --brand-accent: #f59e0b;
	// }
}

func ExampleRamp() {
	for _, s := range export.Ramp(palette.MustParseColor("#1d4ed8")) {
		if s.Brand {
			fmt.Println(s.Step, palette.Hex(s.Color))
		}
	}
	// Output: 700 #1d4ed8
}

func ExampleReadGPL() {
	p, err := export.ReadGPL(strings.NewReader("GIMP Palette\nName: Acme\n29 78 216\tprimary: Acme blue\n191 219 254\tsecondary\n245 158 11\taccent\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, p.Primary.Hex(), p.Primary.Name, p.Accent.Hex())
	// Output: Acme #1d4ed8 Acme blue #f59e0b
}

func ExampleTokens() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":{"hex":"#1d4ed8","name":"Acme blue"},"secondary":"#bfdbfe","accent":"#f59e0b"}`))
	var buf bytes.Buffer
	export.Tokens(&buf, p, export.Options{})
	back, _ := export.ReadTokens(&buf)
	fmt.Println(back.Primary.Hex(), back.Primary.Name, back.Accent.Hex())
	// Output: #1d4ed8 Acme blue #f59e0b
}

func ExampleASE() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"name":"Acme","primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	var buf bytes.Buffer
	export.ASE(&buf, p, export.Options{})
	back, _ := export.ReadASE(&buf)
	fmt.Println(back.Name, back.Primary.Hex(), back.Secondary[0].Hex(), back.Accent.Hex())
	// Output: Acme #1d4ed8 #bfdbfe #f59e0b
}

func ExampleRead() {
	p, err := export.Read(strings.NewReader("#1d4ed8 primary\n#bfdbfe secondary\n#f59e0b accent\n"), "brand.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Primary.Hex(), p.Secondary[0].Hex(), p.Accent.Hex())
	// Output: #1d4ed8 #bfdbfe #f59e0b
}

func ExampleSCSS() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	export.SCSS(os.Stdout, p, export.Options{Prefix: "acme"})
	// Output:
	// // brand palette — hueprint palette, sRGB hex.
	// $acme-primary: #1d4ed8;
	// $acme-secondary: #bfdbfe;
	// $acme-accent: #f59e0b;
	//
	// $acme-colors: (
	//   "primary": $acme-primary,
	//   "secondary": $acme-secondary,
	//   "accent": $acme-accent,
	// );
}

func ExampleTailwind4() {
	p, _ := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	export.Tailwind4(os.Stdout, p, export.Options{})
	// Output:
	// /* brand palette — hueprint palette, sRGB hex. */
	// @import "tailwindcss";
	//
	// @theme {
	//   --color-brand-primary: #1d4ed8;
	//   --color-brand-secondary: #bfdbfe;
	//   --color-brand-accent: #f59e0b;
	// }
}
