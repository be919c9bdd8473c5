package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette"
)

const colorUsage = `Usage: hueprint color [--format text|json] COLOR...
       hueprint color [--format text|json] -   (colours from stdin, one per line)

Describe colours as designers and developers need them: hex, rgb, hsl,
HSV (the HSB of the Figma and Photoshop pickers), OKLab, OKLCH, CIELAB
(D65), WCAG relative luminance, the colour's name (the one palette and
extract give it) and the nearest CSS colour name. Colours are CSS syntax: #rgb, #rrggbb, names, rgb(), hsl(),
oklch(), oklab(). oklch()/oklab() colours outside sRGB are mapped into it by
reducing chroma (CSS Color 4 gamut mapping). There are no CMYK values on
purpose: ink values depend on the press and paper, so convert with your
printer's ICC profile (e.g. FOGRA39, GRACoL) in your layout tool.

hex and rgb are the 8-bit encoding; the other spaces are computed from the
exact colour before rounding, so an in-gamut oklch() input reads back as
given. JSON is one object per colour and line:
  {"input":…,"hex":"#rrggbb","rgb":[r,g,b],"hsl":{"h","s","l"},
   "hsv":{"h","s","v"},"oklab":{"l","a","b"},"oklch":{"l","c","h"},"lab":{"l","a","b"},
   "luminance":Y,"name":…,"color_name":…}
("name" is the nearest CSS name, "color_name" the descriptive one; hsl s and l, hsv s and v and OKLab/OKLCH l are fractions 0–1, CIELAB L is 0–100, hues
are degrees and null for greys). A colour that does not parse gives
{"input":…,"error":…} and the exit code 2, after the others.

Examples:
  $ hueprint color tomato
  #ff6347  light red, CSS tomato
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
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
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
	o := palette.DescribeOptions{Lang: *langp}
	if *withCVD {
		o.CVDSeverity = *severity
	}
	text := palette.TextOptions{Lang: *langp, ANSI: *format == formatText && useColor(stdout), CVDSeverity: *severity}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	bad := false
	describe := func(in string) {
		c, err := palette.ParseColor(in)
		var info palette.ColorInfo
		if err == nil {
			info, err = palette.Describe(c, o)
			info.Input = in
		}
		switch {
		case err != nil && *format == formatJSON:
			bad = true
			_ = enc.Encode(&palette.LineError{Input: in, Err: err})
		case err != nil:
			bad = true
			out.Flush()
			fmt.Fprintf(stderr, "hueprint: %v\n", err)
		case *format == formatJSON:
			_ = enc.Encode(info)
		default:
			_ = info.WriteText(out, text)
		}
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
			return fail(stderr, "reading stdin: %v", err)
		}
	}
	if bad {
		return exitUsage
	}
	return exitOK
}
