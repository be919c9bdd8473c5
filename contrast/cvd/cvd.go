// Package cvd simulates colour-vision deficiencies: how a colour looks to
// people with protanopia, deuteranopia or tritanopia (and the milder
// anomalous trichromacies, by severity) and with achromatopsia.
//
// Protan, deutan and tritan simulation uses the matrices of Machado,
// Oliveira & Fernandes (2009), "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", IEEE TVCG 15(6), from the authors'
// supplementary table: one matrix per severity step of 0.1, applied to
// linear sRGB; severities between steps interpolate linearly, as the authors
// suggest. Achromatopsia keeps only the relative luminance (rod
// monochromacy). Results are clipped to the sRGB gamut.
//
// It depends on no hueprint package but contrast/colorspace.
package cvd

import (
	"fmt"
	"image"
	"math"
	"strings"

	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/lucasb-eyer/go-colorful"
)

// Kind is a colour-vision deficiency. The zero value is unset.
type Kind uint8

// The deficiencies.
const (
	Protanopia    Kind = iota + 1 // no L cones: reds darken and merge with greens
	Deuteranopia                  // no M cones: reds and greens merge
	Tritanopia                    // no S cones: blues and greens, yellows and pinks merge
	Achromatopsia                 // no colour: only lightness remains
)

// Kinds returns every deficiency in order, in a new slice the caller may
// change.
func Kinds() []Kind { return []Kind{Protanopia, Deuteranopia, Tritanopia, Achromatopsia} }

var kindNames = [...]string{"", "protanopia", "deuteranopia", "tritanopia", "achromatopsia"}

// String returns the deficiency's name in lower case; "none" for the zero
// Kind.
func (k Kind) String() string {
	if k == 0 {
		return "none"
	}
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler. The zero Kind, unset,
// marshals to "" (so that flag help shows no default) and reads back; an
// unknown value is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("cvd: invalid deficiency %d: want 1 (protanopia) to %d (achromatopsia)", uint8(k), len(kindNames)-1)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it also accepts protan,
// deutan, tritan and achroma, and "" or "none" for the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "" || s == "none" {
		*k = 0
		return nil
	}
	for i, n := range kindNames {
		if i > 0 && (s == n || (len(s) >= 5 && strings.HasPrefix(n, s))) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("cvd: unknown deficiency %q: want protanopia, deuteranopia, tritanopia or achromatopsia", b)
}

type mat = [3][3]float64

// Machado, Oliveira & Fernandes (2009), supplementary table: severities
// 0.0, 0.1 … 1.0.
var machado = map[Kind][11]mat{
	Protanopia: {
		{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
		{{0.856167, 0.182038, -0.038205}, {0.029342, 0.955115, 0.015544}, {-0.002880, -0.001563, 1.004443}},
		{{0.734766, 0.334872, -0.069637}, {0.051840, 0.919198, 0.028963}, {-0.004928, -0.004209, 1.009137}},
		{{0.630323, 0.465641, -0.095964}, {0.069181, 0.890046, 0.040773}, {-0.006308, -0.007724, 1.014032}},
		{{0.539009, 0.579343, -0.118352}, {0.082546, 0.866121, 0.051332}, {-0.007136, -0.011959, 1.019095}},
		{{0.458064, 0.679578, -0.137642}, {0.092785, 0.846313, 0.060902}, {-0.007494, -0.016807, 1.024301}},
		{{0.385450, 0.769005, -0.154455}, {0.100526, 0.829802, 0.069673}, {-0.007442, -0.022190, 1.029632}},
		{{0.319627, 0.849633, -0.169261}, {0.106241, 0.815969, 0.077790}, {-0.007025, -0.028051, 1.035076}},
		{{0.259411, 0.923008, -0.182420}, {0.110296, 0.804340, 0.085364}, {-0.006276, -0.034346, 1.040622}},
		{{0.203876, 0.990338, -0.194214}, {0.112975, 0.794542, 0.092483}, {-0.005222, -0.041043, 1.046265}},
		{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
	},
	Deuteranopia: {
		{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
		{{0.866435, 0.177704, -0.044139}, {0.049567, 0.939063, 0.011370}, {-0.003453, 0.007233, 0.996220}},
		{{0.760729, 0.319078, -0.079807}, {0.090568, 0.889315, 0.020117}, {-0.006027, 0.013325, 0.992702}},
		{{0.675425, 0.433850, -0.109275}, {0.125303, 0.847755, 0.026942}, {-0.007950, 0.018572, 0.989378}},
		{{0.605511, 0.528560, -0.134071}, {0.155318, 0.812366, 0.032316}, {-0.009376, 0.023176, 0.986200}},
		{{0.547494, 0.607765, -0.155259}, {0.181692, 0.781742, 0.036566}, {-0.010410, 0.027275, 0.983136}},
		{{0.498864, 0.674741, -0.173604}, {0.205199, 0.754872, 0.039929}, {-0.011131, 0.030969, 0.980162}},
		{{0.457771, 0.731899, -0.189670}, {0.226409, 0.731012, 0.042579}, {-0.011595, 0.034333, 0.977261}},
		{{0.422823, 0.781057, -0.203881}, {0.245752, 0.709602, 0.044646}, {-0.011843, 0.037423, 0.974421}},
		{{0.392952, 0.823610, -0.216562}, {0.263559, 0.690210, 0.046232}, {-0.011910, 0.040281, 0.971630}},
		{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
	},
	Tritanopia: {
		{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
		{{0.926670, 0.092514, -0.019184}, {0.021191, 0.964503, 0.014306}, {0.008437, 0.054813, 0.936750}},
		{{0.895720, 0.133330, -0.029050}, {0.029997, 0.945400, 0.024603}, {0.013027, 0.104707, 0.882266}},
		{{0.905871, 0.127791, -0.033662}, {0.026856, 0.941251, 0.031893}, {0.013410, 0.148296, 0.838294}},
		{{0.948035, 0.089490, -0.037526}, {0.014364, 0.946792, 0.038844}, {0.010853, 0.193991, 0.795156}},
		{{1.017277, 0.027029, -0.044306}, {-0.006113, 0.958479, 0.047634}, {0.006379, 0.248708, 0.744913}},
		{{1.104996, -0.046633, -0.058363}, {-0.032137, 0.971635, 0.060503}, {0.001336, 0.317922, 0.680742}},
		{{1.193214, -0.109812, -0.083402}, {-0.058496, 0.979410, 0.079086}, {-0.002346, 0.403492, 0.598854}},
		{{1.257728, -0.139648, -0.118081}, {-0.078003, 0.975409, 0.102594}, {-0.003316, 0.501214, 0.502102}},
		{{1.278864, -0.125333, -0.153531}, {-0.084748, 0.957674, 0.127074}, {-0.000989, 0.601151, 0.399838}},
		{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
	},
}

// Matrix returns the linear-sRGB matrix of a deficiency at a severity from 0
// (normal vision) to 1 (full dichromacy), interpolated between the table's
// steps. Achromatopsia's matrix maps every colour to its luminance.
func Matrix(k Kind, severity float64) ([3][3]float64, error) {
	if !(severity >= 0 && severity <= 1) {
		return mat{}, fmt.Errorf("cvd: severity %v: want 0 to 1", severity)
	}
	if k == Achromatopsia {
		y := [3]float64{0.2126, 0.7152, 0.0722}
		id := mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
		var m mat
		for i := range 3 {
			for j := range 3 {
				m[i][j] = (1-severity)*id[i][j] + severity*y[j]
			}
		}
		return m, nil
	}
	table, ok := machado[k]
	if !ok {
		return mat{}, fmt.Errorf("cvd: unknown deficiency %d", k)
	}
	pos := severity * 10
	lo := int(math.Floor(pos))
	if lo >= 10 {
		return table[10], nil
	}
	t := pos - float64(lo)
	var m mat
	for i := range 3 {
		for j := range 3 {
			m[i][j] = (1-t)*table[lo][i][j] + t*table[lo+1][i][j]
		}
	}
	return m, nil
}

// Simulate returns how c looks with deficiency k at severity (0–1).
func Simulate(c colorful.Color, k Kind, severity float64) (colorful.Color, error) {
	m, err := Matrix(k, severity)
	if err != nil {
		return c, err
	}
	return apply(&m, c), nil
}

func apply(m *mat, c colorful.Color) colorful.Color {
	r, g, b := colorspace.Linearize(c.R), colorspace.Linearize(c.G), colorspace.Linearize(c.B)
	lr := m[0][0]*r + m[0][1]*g + m[0][2]*b
	lg := m[1][0]*r + m[1][1]*g + m[1][2]*b
	lb := m[2][0]*r + m[2][1]*g + m[2][2]*b
	clip := func(v float64) float64 { return math.Max(0, math.Min(1, v)) }
	return colorful.Color{R: colorspace.Delinearize(clip(lr)), G: colorspace.Delinearize(clip(lg)), B: colorspace.Delinearize(clip(lb))}
}

// SimulateImage rewrites img in place as seen with deficiency k. Each
// distinct colour is converted once.
func SimulateImage(img *image.RGBA, k Kind, severity float64) error {
	m, err := Matrix(k, severity)
	if err != nil {
		return err
	}
	cache := map[uint32][3]uint8{}
	to8 := func(v float64) uint8 { return uint8(math.Round(v * 255)) }
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y) : img.PixOffset(b.Max.X-1, y)+4]
		for i := 0; i+3 < len(row); i += 4 {
			a := row[i+3]
			if a == 0 {
				continue
			}
			key := uint32(row[i])<<24 | uint32(row[i+1])<<16 | uint32(row[i+2])<<8 | uint32(a)
			out, ok := cache[key]
			if !ok {
				// Premultiplied: unpremultiply, simulate, premultiply.
				fa := float64(a) / 255
				c := colorful.Color{R: float64(row[i]) / 255 / fa, G: float64(row[i+1]) / 255 / fa, B: float64(row[i+2]) / 255 / fa}
				s := apply(&m, c)
				out = [3]uint8{to8(s.R * fa), to8(s.G * fa), to8(s.B * fa)}
				if len(cache) < 1<<16 {
					cache[key] = out
				}
			}
			row[i], row[i+1], row[i+2] = out[0], out[1], out[2]
		}
	}
	return nil
}
