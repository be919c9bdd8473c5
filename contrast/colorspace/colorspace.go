package colorspace

import (
	"math"

	"github.com/lucasb-eyer/go-colorful"
)

// CSS Color 4 conversions.js: linear sRGB ↔ XYZ (D65), as exact rationals.
var (
	linSRGBToXYZ = [3][3]float64{
		{506752.0 / 1228815, 87881.0 / 245763, 12673.0 / 70218},
		{87098.0 / 409605, 175762.0 / 245763, 12673.0 / 175545},
		{7918.0 / 409605, 87881.0 / 737289, 1001167.0 / 1053270},
	}
	xyzToLinSRGB = [3][3]float64{
		{12831.0 / 3959, -329.0 / 214, -1974.0 / 3959},
		{-851781.0 / 878810, 1648619.0 / 878810, 36519.0 / 878810},
		{705.0 / 12673, -2585.0 / 12673, 705.0 / 667},
	}
)

// CSS Color 4 conversions.js: XYZ (D65) ↔ OKLab, Ottosson's matrices as
// recomputed for the CSS D65 white in 2021.
var (
	xyzToLMS = [3][3]float64{
		{0.8190224379967030, 0.3619062600528904, -0.1288737815209879},
		{0.0329836539323885, 0.9292868615863434, 0.0361446663506424},
		{0.0481771893596242, 0.2642395317527308, 0.6335478284694309},
	}
	lmsToOKLab = [3][3]float64{
		{0.2104542683093140, 0.7936177747023054, -0.0040720430116193},
		{1.9779985324311684, -2.4285922420485799, 0.4505937096174110},
		{0.0259040424655478, 0.7827717124575296, -0.8086757549230774},
	}
	lmsToXYZ = [3][3]float64{
		{1.2268798758459243, -0.5578149944602171, 0.2813910456659647},
		{-0.0405757452148008, 1.1122868032803170, -0.0717110580655164},
		{-0.0763729366746601, -0.4214933324022432, 1.5869240198367816},
	}
	okLabToLMS = [3][3]float64{
		{1, 0.3963377773761749, 0.2158037573099136},
		{1, -0.1055613458156586, -0.0638541728258133},
		{1, -0.0894841775298119, -1.2914855480194092},
	}
)

// whiteD65 is the CSS Color 4 D65 white, from its chromaticity (0.3127, 0.3290).
var whiteD65 = [3]float64{0.3127 / 0.3290, 1, (1 - 0.3127 - 0.3290) / 0.3290}

func mul(m *[3][3]float64, x, y, z float64) (float64, float64, float64) {
	return m[0][0]*x + m[0][1]*y + m[0][2]*z,
		m[1][0]*x + m[1][1]*y + m[1][2]*z,
		m[2][0]*x + m[2][1]*y + m[2][2]*z
}

// Linearize converts one sRGB channel (0–1) to linear light with the sRGB
// transfer function of IEC 61966-2-1 (threshold 0.04045, as CSS Color 4 and
// WCAG 2.2 use). Negative values are mirrored, as CSS does. Exact 8-bit
// values (n/255, what hex colours and images hold) come from a table.
func Linearize(v float64) float64 {
	if i, ok := Index8(v); ok {
		return linearTable[i]
	}
	return linearize(v)
}

var linearTable = func() (t [256]float64) {
	for i := range t {
		t[i] = linearize(float64(i) / 255)
	}
	return t
}()

// Index8 returns n when v is exactly n/255 for an integer n in 0–255.
func Index8(v float64) (int, bool) {
	x := v * 255
	i := int(x)
	if x < 0 || x > 255 || float64(i) != x || float64(i)/255 != v {
		return 0, false
	}
	return i, true
}

func linearize(v float64) float64 {
	a := math.Abs(v)
	if a <= 0.04045 {
		return v / 12.92
	}
	return math.Copysign(math.Pow((a+0.055)/1.055, 2.4), v)
}

// Delinearize is the inverse of Linearize.
func Delinearize(v float64) float64 {
	a := math.Abs(v)
	if a <= 0.0031308 {
		return v * 12.92
	}
	return math.Copysign(1.055*math.Pow(a, 1/2.4)-0.055, v)
}

// XYZ returns the CIE XYZ (D65, Y = 1 for white) of an sRGB colour.
func XYZ(c colorful.Color) (x, y, z float64) {
	return mul(&linSRGBToXYZ, Linearize(c.R), Linearize(c.G), Linearize(c.B))
}

// FromXYZ returns the sRGB colour of a CIE XYZ (D65) triple; it may lie
// outside [0, 1] when the colour is outside the sRGB gamut.
func FromXYZ(x, y, z float64) colorful.Color {
	r, g, b := mul(&xyzToLinSRGB, x, y, z)
	return colorful.Color{R: Delinearize(r), G: Delinearize(g), B: Delinearize(b)}
}

// OKLab is a colour in Björn Ottosson's OKLab space: L is 0–1, A and B are
// usually within ±0.4.
type OKLab struct{ L, A, B float64 }

// OKLCH is OKLab in polar form: L 0–1, C ≥ 0, H in degrees [0, 360).
type OKLCH struct{ L, C, H float64 }

// ToOKLab converts an sRGB colour to OKLab (CSS Color 4 matrices).
func ToOKLab(c colorful.Color) OKLab {
	x, y, z := XYZ(c)
	l, m, s := mul(&xyzToLMS, x, y, z)
	l, m, s = math.Cbrt(l), math.Cbrt(m), math.Cbrt(s)
	L, a, b := mul(&lmsToOKLab, l, m, s)
	return OKLab{L, a, b}
}

// Color converts back to sRGB without clamping: check InGamut, or use
// GamutMap, before encoding the result.
func (o OKLab) Color() colorful.Color {
	l, m, s := mul(&okLabToLMS, o.L, o.A, o.B)
	x, y, z := mul(&lmsToXYZ, l*l*l, m*m*m, s*s*s)
	return FromXYZ(x, y, z)
}

// OKLCH returns the polar form of o. The hue of an achromatic colour
// (C below AchromaticChroma) is 0; use Achromatic to tell.
func (o OKLab) OKLCH() OKLCH {
	c := math.Hypot(o.A, o.B)
	h := math.Atan2(o.B, o.A) * 180 / math.Pi
	if h < 0 {
		h += 360
	}
	if c < AchromaticChroma {
		h = 0
	}
	return OKLCH{o.L, c, h}
}

// AchromaticChroma is the OKLCH chroma under which a colour counts as grey and
// its hue is powerless (CSS Color 4 §"powerless components"): it absorbs the
// rounding noise of the matrices for exact greys.
const AchromaticChroma = 1e-6

// Achromatic reports whether the hue of o carries no information.
func (o OKLCH) Achromatic() bool { return o.C < AchromaticChroma }

// ToOKLCH converts an sRGB colour to OKLCH.
func ToOKLCH(c colorful.Color) OKLCH { return ToOKLab(c).OKLCH() }

// OKLab returns the rectangular form of o.
func (o OKLCH) OKLab() OKLab {
	h := o.H * math.Pi / 180
	return OKLab{o.L, o.C * math.Cos(h), o.C * math.Sin(h)}
}

// Color converts o to sRGB without gamut mapping; see GamutMap.
func (o OKLCH) Color() colorful.Color { return o.OKLab().Color() }

// DeltaEOK is the Euclidean distance in OKLab (CSS Color 4 deltaEOK), on the
// 0–1 lightness scale: about 0.02 is a just-noticeable difference.
func DeltaEOK(a, b OKLab) float64 {
	return math.Sqrt((a.L-b.L)*(a.L-b.L) + (a.A-b.A)*(a.A-b.A) + (a.B-b.B)*(a.B-b.B))
}

// gamutEpsilon tolerates the floating-point noise of a round trip.
const gamutEpsilon = 1e-9

// InGamut reports whether every channel of c lies in [0, 1] (within 1e-9).
func InGamut(c colorful.Color) bool {
	return c.R >= -gamutEpsilon && c.R <= 1+gamutEpsilon &&
		c.G >= -gamutEpsilon && c.G <= 1+gamutEpsilon &&
		c.B >= -gamutEpsilon && c.B <= 1+gamutEpsilon
}

// Clip clamps each channel of c to [0, 1].
func Clip(c colorful.Color) colorful.Color {
	return colorful.Color{R: clamp01(c.R), G: clamp01(c.G), B: clamp01(c.B)}
}

func clamp01(v float64) float64 {
	if v <= 0 || math.IsNaN(v) {
		return 0
	}
	if v >= 1 {
		return 1
	}
	return v
}

// GamutMap maps an OKLCH colour into sRGB with the CSS Color 4 algorithm
// (§13.2 "binary search gamut mapping with local MINDE"): lightness and hue are
// kept and chroma is reduced until the clipped colour is within a
// just-noticeable difference (deltaEOK 0.02) of the reduced one. Unlike
// per-channel clipping of the original, this does not shift the hue. The
// result is always in gamut.
func GamutMap(o OKLCH) colorful.Color {
	const jnd, eps = 0.02, 0.0001
	if o.L >= 1 {
		return colorful.Color{R: 1, G: 1, B: 1}
	}
	if o.L <= 0 {
		return colorful.Color{}
	}
	if c := o.Color(); InGamut(c) {
		return Clip(c)
	}
	cur := o
	clipped := Clip(cur.Color())
	if DeltaEOK(ToOKLab(clipped), cur.OKLab()) < jnd {
		return clipped
	}
	lo, hi, loInGamut := 0.0, o.C, true
	for hi-lo > eps {
		cur.C = (lo + hi) / 2
		c := cur.Color()
		if loInGamut && InGamut(c) {
			lo = cur.C
			continue
		}
		clipped = Clip(c)
		e := DeltaEOK(ToOKLab(clipped), cur.OKLab())
		if e < jnd {
			if jnd-e < eps {
				return clipped
			}
			loInGamut = false
			lo = cur.C
		} else {
			hi = cur.C
		}
	}
	return clipped
}

// Lab is a CIELAB colour relative to the D65 white: L 0–100.
type Lab struct{ L, A, B float64 }

const (
	labEpsilon = 216.0 / 24389
	labKappa   = 24389.0 / 27
)

// ToLab converts an sRGB colour to CIELAB with a D65 white (no chromatic
// adaptation; CSS lab() uses D50 and would differ).
func ToLab(c colorful.Color) Lab {
	x, y, z := XYZ(c)
	f := func(t float64) float64 {
		if t > labEpsilon {
			return math.Cbrt(t)
		}
		return (labKappa*t + 16) / 116
	}
	fx, fy, fz := f(x/whiteD65[0]), f(y/whiteD65[1]), f(z/whiteD65[2])
	return Lab{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// Color converts a CIELAB (D65) colour back to sRGB, unclamped.
func (l Lab) Color() colorful.Color {
	fy := (l.L + 16) / 116
	fx := fy + l.A/500
	fz := fy - l.B/200
	inv := func(f float64) float64 {
		if f3 := f * f * f; f3 > labEpsilon {
			return f3
		}
		return (116*f - 16) / labKappa
	}
	var y float64
	if l.L > labKappa*labEpsilon {
		y = fy * fy * fy
	} else {
		y = l.L / labKappa
	}
	return FromXYZ(inv(fx)*whiteD65[0], y*whiteD65[1], inv(fz)*whiteD65[2])
}

// hueEpsilon absorbs the rounding of atan2 so that two hues exactly 180°
// apart (Sharma et al. pairs 13 and 14) take the "≤ 180" branch as the
// formula intends.
const hueEpsilon = 1e-9

// DeltaE2000 is the CIEDE2000 colour difference (CIE 142:2001) with
// kL = kC = kH = 1, implemented after Sharma, Wu & Dalal (2005), including
// their notes on the mean hue and hue difference.
func DeltaE2000(x, y Lab) float64 {
	const deg = math.Pi / 180
	c1 := math.Hypot(x.A, x.B)
	c2 := math.Hypot(y.A, y.B)
	cm := (c1 + c2) / 2
	cm7 := math.Pow(cm, 7)
	g := 0.5 * (1 - math.Sqrt(cm7/(cm7+6103515625))) // 25^7
	a1 := (1 + g) * x.A
	a2 := (1 + g) * y.A
	c1p := math.Hypot(a1, x.B)
	c2p := math.Hypot(a2, y.B)
	hue := func(b, a float64) float64 {
		if a == 0 && b == 0 {
			return 0
		}
		h := math.Atan2(b, a) / deg
		if h < 0 {
			h += 360
		}
		return h
	}
	h1 := hue(x.B, a1)
	h2 := hue(y.B, a2)

	dL := y.L - x.L
	dC := c2p - c1p
	var dh float64
	if c1p*c2p != 0 {
		dh = h2 - h1
		if dh > 180+hueEpsilon {
			dh -= 360
		} else if dh < -180-hueEpsilon {
			dh += 360
		}
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*deg)

	lm := (x.L + y.L) / 2
	cpm := (c1p + c2p) / 2
	hm := h1 + h2
	if c1p*c2p != 0 {
		switch {
		case math.Abs(h1-h2) <= 180+hueEpsilon:
			hm /= 2
		case h1+h2 < 360:
			hm = (hm + 360) / 2
		default:
			hm = (hm - 360) / 2
		}
	}
	t := 1 - 0.17*math.Cos((hm-30)*deg) + 0.24*math.Cos(2*hm*deg) +
		0.32*math.Cos((3*hm+6)*deg) - 0.20*math.Cos((4*hm-63)*deg)
	dTheta := 30 * math.Exp(-((hm-275)/25)*((hm-275)/25))
	cpm7 := math.Pow(cpm, 7)
	rc := 2 * math.Sqrt(cpm7/(cpm7+6103515625))
	l50 := (lm - 50) * (lm - 50)
	sl := 1 + 0.015*l50/math.Sqrt(20+l50)
	sc := 1 + 0.045*cpm
	sh := 1 + 0.015*cpm*t
	rt := -math.Sin(2*dTheta*deg) * rc
	fl, fc, fh := dL/sl, dC/sc, dH/sh
	return math.Sqrt(fl*fl + fc*fc + fh*fh + rt*fc*fh)
}

// DeltaE2000Colors is DeltaE2000 of two sRGB colours.
func DeltaE2000Colors(a, b colorful.Color) float64 { return DeltaE2000(ToLab(a), ToLab(b)) }
