package cvd_test

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/lucasb-eyer/go-colorful"
)

func TestMatrices(t *testing.T) {
	// Machado, Oliveira & Fernandes (2009), supplementary table, severity 1.0.
	want := map[cvd.Kind][3][3]float64{
		cvd.Protanopia:   {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
		cvd.Deuteranopia: {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
		cvd.Tritanopia:   {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
	}
	for k, w := range want {
		m, err := cvd.Matrix(k, 1)
		if err != nil || m != w {
			t.Errorf("%v: %v %v", k, m, err)
		}
		// Each row sums to about 1: white stays white.
		for i, row := range m {
			if s := row[0] + row[1] + row[2]; math.Abs(s-1) > 1e-5 {
				t.Errorf("%v row %d sums to %v", k, i, s)
			}
		}
	}
	// Severity 0.55 lies halfway between the 0.5 and 0.6 rows of the table.
	m, _ := cvd.Matrix(cvd.Protanopia, 0.55)
	if math.Abs(m[0][0]-(0.458064+0.385450)/2) > 1e-12 {
		t.Errorf("interpolation: %v", m[0][0])
	}
	if id, _ := cvd.Matrix(cvd.Deuteranopia, 0); id != [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}} {
		t.Errorf("severity 0: %v", id)
	}
	if _, err := cvd.Matrix(cvd.Protanopia, 1.5); err == nil {
		t.Error("severity 1.5 accepted")
	}
}

func TestSimulate(t *testing.T) {
	red := colorful.Color{R: 1}
	// Pure red is linear (1, 0, 0): protanopia gives the first column of
	// the matrix, clipped, then encoded.
	got, _ := cvd.Simulate(red, cvd.Protanopia, 1)
	want := colorful.Color{R: colorspace.Delinearize(0.152286), G: colorspace.Delinearize(0.114503), B: 0}
	if math.Abs(got.R-want.R) > 1e-9 || math.Abs(got.G-want.G) > 1e-9 || got.B != 0 {
		t.Errorf("protanopia(red) = %v, want %v", got, want)
	}
	// White and black are unchanged; achromatopsia keeps luminance exactly.
	for _, k := range cvd.Kinds() {
		w, _ := cvd.Simulate(contrast.White, k, 1)
		if math.Abs(w.R-1) > 1e-4 || math.Abs(w.G-1) > 1e-4 || math.Abs(w.B-1) > 1e-4 {
			t.Errorf("%v(white) = %v", k, w)
		}
	}
	c := colorful.Color{R: 0.2, G: 0.6, B: 0.9}
	g, _ := cvd.Simulate(c, cvd.Achromatopsia, 1)
	if math.Abs(contrast.Luminance(g)-contrast.Luminance(c)) > 1e-9 || math.Abs(g.R-g.B) > 1e-12 {
		t.Errorf("achromatopsia: %v", g)
	}
	// The classic confusion: a red and a green of similar lightness become
	// hard to tell apart with deuteranopia, not with tritanopia.
	r, _ := colorful.Hex("#d33a2f")
	gr, _ := colorful.Hex("#4c8a2e")
	rd, _ := cvd.Simulate(r, cvd.Deuteranopia, 1)
	gd, _ := cvd.Simulate(gr, cvd.Deuteranopia, 1)
	rt, _ := cvd.Simulate(r, cvd.Tritanopia, 1)
	gt, _ := cvd.Simulate(gr, cvd.Tritanopia, 1)
	if d, n := colorspace.DeltaE2000Colors(rd, gd), colorspace.DeltaE2000Colors(rt, gt); d > 12 || n < 30 {
		t.Errorf("red/green: deuteranopia ΔE %.1f, tritanopia ΔE %.1f", d, n)
	}
}

func TestSimulateImage(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 2, 1))
	img.SetRGBA(0, 0, color.RGBA{255, 0, 0, 255})
	img.SetRGBA(1, 0, color.RGBA{0, 0, 0, 0})
	if err := cvd.SimulateImage(img, cvd.Deuteranopia, 1); err != nil {
		t.Fatal(err)
	}
	want, _ := cvd.Simulate(colorful.Color{R: 1}, cvd.Deuteranopia, 1)
	r, g, b := want.RGB255()
	if got := img.RGBAAt(0, 0); got != (color.RGBA{r, g, b, 255}) {
		t.Errorf("pixel %v, want %v", got, color.RGBA{r, g, b, 255})
	}
	if got := img.RGBAAt(1, 0); got != (color.RGBA{}) {
		t.Errorf("transparent pixel changed: %v", got)
	}
}

func ExampleSimulate() {
	red, _ := colorful.Hex("#e4002b")
	for _, k := range cvd.Kinds() {
		c, _ := cvd.Simulate(red, k, 1)
		fmt.Println(k, c.Clamped().Hex())
	}
	// Output:
	// protanopia #5f5529
	// deuteranopia #908120
	// tritanopia #fc001b
	// achromatopsia #717171
}

func ExampleMatrix() {
	m, _ := cvd.Matrix(cvd.Deuteranopia, 1)
	fmt.Println(m[0])
	// Output: [0.367322 0.860646 -0.227968]
}
