package colorspace_test

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/lucasb-eyer/go-colorful"
)

func TestDeltaE2000Sharma(t *testing.T) {
	f, err := os.Open("testdata/ciede2000.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var v [7]float64
		for i, field := range strings.Fields(line) {
			v[i], err = strconv.ParseFloat(field, 64)
			if err != nil {
				t.Fatal(err)
			}
		}
		n++
		a := colorspace.Lab{L: v[0], A: v[1], B: v[2]}
		b := colorspace.Lab{L: v[3], A: v[4], B: v[5]}
		// The published values have four decimals.
		if got := colorspace.DeltaE2000(a, b); math.Abs(got-v[6]) > 0.5e-4 {
			t.Errorf("pair %d: DeltaE2000(%v, %v) = %.6f, want %.4f", n, a, b, got, v[6])
		}
		if got := colorspace.DeltaE2000(b, a); math.Abs(got-v[6]) > 0.5e-4 {
			t.Errorf("pair %d reversed: DeltaE2000 = %.6f, want %.4f (symmetry)", n, got, v[6])
		}
	}
	if n != 34 {
		t.Fatalf("read %d pairs, want the 34 of Sharma et al.", n)
	}
}

func TestOKLabReference(t *testing.T) {
	// Values from the CSS Color 4 sample code as computed by color.js and
	// culori. Their sRGB→XYZ matrix is the decimal form of the rational one
	// used here, so results agree to about 1e-8, not to the last digit.
	tests := []struct {
		name string
		in   colorful.Color
		want colorspace.OKLab
	}{
		{name: "white", in: colorful.Color{R: 1, G: 1, B: 1}, want: colorspace.OKLab{L: 0.9999999934735462}},
		{name: "black", in: colorful.Color{}, want: colorspace.OKLab{}},
		{name: "red", in: colorful.Color{R: 1}, want: colorspace.OKLab{L: 0.6279553606145516, A: 0.22486306106597398, B: 0.1258462985307351}},
		{name: "lime", in: colorful.Color{G: 1}, want: colorspace.OKLab{L: 0.8664396115356694, A: -0.23388757418790818, B: 0.17949847989672985}},
		{name: "green #008000", in: colorful.Color{G: 128.0 / 255}, want: colorspace.OKLab{L: 0.519751827794842, A: -0.14030232755311015, B: 0.10767589774360209}},
		{name: "#111", in: colorful.Color{R: 17.0 / 255, G: 17.0 / 255, B: 17.0 / 255}, want: colorspace.OKLab{L: 0.1776377719172259}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := colorspace.ToOKLab(tt.in)
			if math.Abs(got.L-tt.want.L) > 1e-7 || math.Abs(got.A-tt.want.A) > 1e-7 || math.Abs(got.B-tt.want.B) > 1e-7 {
				t.Errorf("ToOKLab(%v) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
	red := colorspace.ToOKLCH(colorful.Color{R: 1})
	// oklch(62.796% 0.25768 29.234) per the CSS Color 4 sample code.
	if math.Abs(red.C-0.25768330773615683) > 1e-7 || math.Abs(red.H-29.2338851923426) > 1e-4 {
		t.Errorf("ToOKLCH(red) = %+v", red)
	}
}

func TestOttossonXYZTable(t *testing.T) {
	// Björn Ottosson, "A perceptual color space for image processing" (2020),
	// table of XYZ → OKLab values, given to three decimals.
	tests := []struct {
		x, y, z float64
		want    colorspace.OKLab
	}{
		{0.950, 1.000, 1.089, colorspace.OKLab{L: 1.000, A: 0.000, B: 0.000}},
		{1.000, 0.000, 0.000, colorspace.OKLab{L: 0.450, A: 1.236, B: -0.019}},
		{0.000, 1.000, 0.000, colorspace.OKLab{L: 0.922, A: -0.671, B: 0.263}},
		{0.000, 0.000, 1.000, colorspace.OKLab{L: 0.153, A: -1.415, B: -0.449}},
	}
	for _, tt := range tests {
		got := colorspace.ToOKLab(colorspace.FromXYZ(tt.x, tt.y, tt.z))
		if math.Abs(got.L-tt.want.L) > 1e-3 || math.Abs(got.A-tt.want.A) > 1e-3 || math.Abs(got.B-tt.want.B) > 1e-3 {
			t.Errorf("XYZ(%v %v %v) → %+v, want %+v", tt.x, tt.y, tt.z, got, tt.want)
		}
	}
}

func TestLabReference(t *testing.T) {
	// CIELAB of the sRGB primaries with a D65 white (Bruce Lindbloom's sRGB
	// calculator, D65 reference white, no adaptation). Lindbloom's sRGB matrix
	// is rounded to four decimals, hence the 0.01 tolerance.
	tests := []struct {
		name string
		in   colorful.Color
		want colorspace.Lab
	}{
		{name: "white", in: colorful.Color{R: 1, G: 1, B: 1}, want: colorspace.Lab{L: 100}},
		{name: "red", in: colorful.Color{R: 1}, want: colorspace.Lab{L: 53.2408, A: 80.0925, B: 67.2032}},
		{name: "lime", in: colorful.Color{G: 1}, want: colorspace.Lab{L: 87.7347, A: -86.1827, B: 83.1793}},
		{name: "blue", in: colorful.Color{B: 1}, want: colorspace.Lab{L: 32.2970, A: 79.1875, B: -107.8602}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := colorspace.ToLab(tt.in)
			if math.Abs(got.L-tt.want.L) > 1e-2 || math.Abs(got.A-tt.want.A) > 1e-2 || math.Abs(got.B-tt.want.B) > 1e-2 {
				t.Errorf("ToLab = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestRoundTrips walks a grid of the sRGB cube: OKLab and CIELAB must return
// the same colour within 1e-9 per channel.
func TestRoundTrips(t *testing.T) {
	step := 5
	if testing.Short() {
		step = 15
	}
	for r := 0; r < 256; r += step {
		for g := 0; g < 256; g += step {
			for b := 0; b < 256; b += step {
				c := colorful.Color{R: float64(r) / 255, G: float64(g) / 255, B: float64(b) / 255}
				for name, back := range map[string]colorful.Color{
					"oklab": colorspace.ToOKLab(c).Color(),
					"oklch": colorspace.ToOKLCH(c).Color(),
					"lab":   colorspace.ToLab(c).Color(),
				} {
					if math.Abs(back.R-c.R) > 1e-9 || math.Abs(back.G-c.G) > 1e-9 || math.Abs(back.B-c.B) > 1e-9 {
						t.Fatalf("%s round trip of %v gave %v", name, c, back)
					}
				}
			}
		}
	}
}

func TestGamutMap(t *testing.T) {
	for l := 0.0; l <= 1.0; l += 0.05 {
		for h := 0.0; h < 360; h += 15 {
			in := colorspace.OKLCH{L: l, C: 0.4, H: h}
			got := colorspace.GamutMap(in)
			if !colorspace.InGamut(got) {
				t.Fatalf("GamutMap(%+v) = %v, out of gamut", in, got)
			}
			out := colorspace.ToOKLCH(got)
			// CSS Color 4: the result is within a JND (deltaEOK 0.02) of the
			// colour of the same lightness and hue with the reduced chroma.
			if l > 0 && l < 1 {
				ideal := colorspace.OKLCH{L: l, C: out.C, H: h}.OKLab()
				if d := colorspace.DeltaEOK(colorspace.ToOKLab(got), ideal); d > 0.02 {
					t.Errorf("GamutMap(%+v) = %+v, %.4f from same L and H", in, out, d)
				}
			}
		}
	}
	// In-gamut colours pass unchanged.
	red := colorspace.ToOKLCH(colorful.Color{R: 1})
	if got := colorspace.GamutMap(red); math.Abs(got.R-1) > 1e-9 || math.Abs(got.G) > 1e-9 {
		t.Errorf("GamutMap(red) = %v", got)
	}
}

func ExampleToOKLCH() {
	o := colorspace.ToOKLCH(colorful.Color{R: 1})
	fmt.Printf("L %.4f C %.4f H %.2f\n", o.L, o.C, o.H)
	// Output: L 0.6280 C 0.2577 H 29.23
}

func ExampleDeltaE2000() {
	a := colorspace.Lab{L: 50, A: 2.6772, B: -79.7751}
	b := colorspace.Lab{L: 50, A: 0, B: -82.7485}
	fmt.Printf("%.4f\n", colorspace.DeltaE2000(a, b))
	// Output: 2.0425
}

func ExampleGamutMap() {
	// Display P3's most saturated green does not fit in sRGB: chroma is reduced,
	// lightness and hue kept.
	c := colorspace.GamutMap(colorspace.OKLCH{L: 0.85, C: 0.35, H: 142})
	fmt.Println(colorspace.InGamut(c))
	// Output: true
}
