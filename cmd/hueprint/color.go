package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/colorspace"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

const colorUsage = `Usage: hueprint color [--format text|json] COLOR...
       hueprint color [--format text|json] -   (colours from stdin, one per line)

Describe colours as designers and developers need them: hex, rgb, hsl,
HSV (the HSB of the Figma and Photoshop pickers), OKLab, OKLCH, CIELAB
(D65), WCAG relative luminance and the nearest CSS colour name. Colours are CSS syntax: #rgb, #rrggbb, names, rgb(), hsl(),
oklch(), oklab(). oklch()/oklab() colours outside sRGB are mapped into it by
reducing chroma (CSS Color 4 gamut mapping). There are no CMYK values on
purpose: ink values depend on the press and paper, so convert with your
printer's ICC profile (e.g. FOGRA39, GRACoL) in your layout tool.

hex and rgb are the 8-bit encoding; the other spaces are computed from the
exact colour before rounding, so an in-gamut oklch() input reads back as
given. JSON is one object per colour and line:
  {"input":…,"hex":"#rrggbb","rgb":[r,g,b],"hsl":{"h","s","l"},
   "hsv":{"h","s","v"},"oklab":{"l","a","b"},"oklch":{"l","c","h"},"lab":{"l","a","b"},
   "luminance":Y,"name":…}
(hsl s and l, hsv s and v and OKLab/OKLCH l are fractions 0–1, CIELAB L is 0–100, hues
are degrees and null for greys). A colour that does not parse gives
{"input":…,"error":…} and the exit code 2, after the others.

Examples:
  $ hueprint color tomato
  #ff6347  tomato
    input      tomato
    rgb        255 99 71
    hsl        9.1° 100.0% 63.9%
    hsv (hsb)  9.1° 72.2% 100.0%
    oklch      69.6% 0.1955 32.3°
    oklab      0.6962 0.1652 0.1045
    lab        62.20 57.85 46.42
    luminance  0.3064  (white text 2.95:1, black text 7.13:1)
  $ hueprint color 'oklch(70% 0.15 200)' --format json
`

func runColor(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("color", colorUsage, stdout)
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	withCVD := fs.Bool("cvd", false, "add how each colour looks with protanopia, deuteranopia, tritanopia and achromatopsia")
	severity := fs.Float64("cvd-severity", 1, "deficiency severity, more than 0 up to 1, with --cvd")
	langp := langFlag(fs, "names and labels")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !(*severity > 0 && *severity <= 1) {
		return usageError(stderr, "color", fmt.Sprintf("--cvd-severity %v: want more than 0, up to 1 (severity 0 simulates nothing)", *severity))
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		return usageError(stderr, "color", "no colour given: want COLOR... or - for stdin")
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	tty := format.value == formatText && useColor(stdout)
	bad := false
	describe := func(in string) {
		c, err := palette.ParseColor(in)
		if err != nil {
			bad = true
			if format.value == formatJSON {
				_ = enc.Encode(struct {
					Input string `json:"input"`
					Error string `json:"error"`
				}{in, err.Error()})
			} else {
				out.Flush()
				fmt.Fprintf(stderr, "hueprint: %v\n", err)
			}
			return
		}
		d := describeColor(in, c)
		if *withCVD {
			d.CVD = map[string]string{}
			for _, k := range cvd.Kinds() {
				s, _ := cvd.Simulate(palette.Quantize(c), k, *severity)
				d.CVD[k.String()] = palette.Hex(s)
			}
		}
		if format.value == formatJSON {
			_ = enc.Encode(d)
			return
		}
		writeColorText(out, d, c, *severity, tty, *langp)
	}
	for _, in := range inputs {
		if in != "-" {
			describe(in)
			continue
		}
		sc := bufio.NewScanner(stdin)
		for outputErr(stdout) == nil && sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "//") {
				continue
			}
			describe(line)
		}
		if err := sc.Err(); err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "hueprint: reading stdin: %v\n", err)
			return exitUsage
		}
	}
	if bad {
		return exitUsage
	}
	return exitOK
}

type hslJSON struct {
	H *float64 `json:"h"`
	S float64  `json:"s"`
	L float64  `json:"l"`
}
type hsvJSON struct {
	H *float64 `json:"h"`
	S float64  `json:"s"`
	V float64  `json:"v"`
}
type labJSON struct {
	L float64 `json:"l"`
	A float64 `json:"a"`
	B float64 `json:"b"`
}
type lchJSON struct {
	L float64  `json:"l"`
	C float64  `json:"c"`
	H *float64 `json:"h"`
}

type colorJSON struct {
	Input     string            `json:"input"`
	Hex       string            `json:"hex"`
	RGB       [3]uint8          `json:"rgb"`
	HSL       hslJSON           `json:"hsl"`
	HSV       hsvJSON           `json:"hsv"`
	OKLab     labJSON           `json:"oklab"`
	OKLCH     lchJSON           `json:"oklch"`
	Lab       labJSON           `json:"lab"`
	Luminance float64           `json:"luminance"`
	Name      string            `json:"name"`
	CVD       map[string]string `json:"cvd,omitempty"`
}

func describeColor(in string, c colorful.Color) colorJSON {
	r, g, b := palette.RGB255(c)
	h, s, l := c.Hsl()
	var hslH *float64
	if s > 1e-9 {
		hslH = &h
	}
	hv, sv, v := c.Hsv()
	var hsvH *float64
	if sv > 1e-9 {
		hsvH = &hv
	}
	ok := colorspace.ToOKLab(c)
	lch := ok.OKLCH()
	var lchH *float64
	if !lch.Achromatic() {
		lchH = &lch.H
	}
	lab := colorspace.ToLab(c)
	name, _ := palette.NearestName(c)
	return colorJSON{
		Input: in, Hex: palette.Hex(c), RGB: [3]uint8{r, g, b},
		HSL:       hslJSON{H: hslH, S: s, L: l},
		HSV:       hsvJSON{H: hsvH, S: sv, V: v},
		OKLab:     labJSON{L: ok.L, A: ok.A, B: ok.B},
		OKLCH:     lchJSON{L: lch.L, C: lch.C, H: lchH},
		Lab:       labJSON{L: lab.L, A: lab.A, B: lab.B},
		Luminance: contrast.Luminance(c),
		Name:      name,
	}
}

func hueText(h *float64, lang psych.Lang) string {
	if h == nil {
		return psych.T(lang, "color.nohue")
	}
	return psych.Num(lang, *h, 1) + "°"
}

func writeColorText(w io.Writer, d colorJSON, c colorful.Color, severity float64, tty bool, lang psych.Lang) {
	n := func(v float64, prec int) string { return psych.Num(lang, v, prec) }
	pc := func(v float64) string {
		if lang == psych.English {
			return n(v, 1) + "%"
		}
		return psych.Percent(lang, v/100, 1)
	}
	css, dist := palette.NearestName(c)
	name := css
	switch {
	case lang == psych.French && dist > 0:
		name = psych.T(lang, "color.near.fr", palette.ColorName(c, lang), css, n(dist, 1))
	case lang == psych.French:
		name = psych.T(lang, "color.css.fr", palette.ColorName(c, lang), css)
	case dist > 0:
		name = psych.T(lang, "color.near", css, n(dist, 1))
	}
	fmt.Fprintf(w, "%s%s  %s\n", swatch(c, tty), d.Hex, name)
	if d.Input != d.Hex {
		fmt.Fprintf(w, "  %-10s %s\n", psych.T(lang, "color.input"), d.Input)
	}
	fmt.Fprintf(w, "  %-10s %d %d %d\n", "rgb", d.RGB[0], d.RGB[1], d.RGB[2])
	fmt.Fprintf(w, "  %-10s %s %s %s\n", "hsl", hueText(d.HSL.H, lang), pc(d.HSL.S*100), pc(d.HSL.L*100))
	fmt.Fprintf(w, "  %-10s %s %s %s\n", "hsv (hsb)", hueText(d.HSV.H, lang), pc(d.HSV.S*100), pc(d.HSV.V*100))
	fmt.Fprintf(w, "  %-10s %s %s %s\n", "oklch", pc(d.OKLCH.L*100), n(d.OKLCH.C, 4), hueText(d.OKLCH.H, lang))
	fmt.Fprintf(w, "  %-10s %s %s %s\n", "oklab", n(d.OKLab.L, 4), n(d.OKLab.A, 4), n(d.OKLab.B, 4))
	fmt.Fprintf(w, "  %-10s %s %s %s\n", "lab", n(d.Lab.L, 2), n(d.Lab.A, 2), n(d.Lab.B, 2))
	fmt.Fprintf(w, "  %-10s %s\n", "luminance", psych.T(lang, "color.luminance", n(d.Luminance, 4),
		psych.Ratio(lang, contrast.Ratio(contrast.White, c)), psych.Ratio(lang, contrast.Ratio(contrast.Black, c))))
	if len(d.CVD) == 0 {
		return
	}
	fmt.Fprintln(w, psych.T(lang, "color.seen", n(severity, -1)))
	width := 0
	for _, k := range cvd.Kinds() {
		width = max(width, len([]rune(psych.T(lang, "cvd."+k.String()))))
	}
	for _, k := range cvd.Kinds() {
		if h, ok := d.CVD[k.String()]; ok {
			s, _ := palette.ParseColor(h)
			label := psych.T(lang, "cvd."+k.String())
			fmt.Fprintf(w, "    %s%s  %s%s\n", label, strings.Repeat(" ", width-len([]rune(label))), swatch(s, tty), h)
		}
	}
}
