package main

// What check prints, in one place: the units of its flags, the line of
// numbers every output format shares, the files it cannot read.
//
// Bases: primary, secondary and accent are shown as shares of the brand
// colours (primary + secondary + accent), the basis on which the rule
// judges the 60-30-10 split; neutral, off-palette and photo as shares of
// the whole image; "brand colours N% of the image" links the two.

import (
	"fmt"
	"github.com/hueprint/hueprint/palette/psych"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/palette"
)

// pointsFlag is a share given in points (percent): "5", "5%", "5pt". A
// bare number under 1 other than 0 is refused rather than guessed: 0.05
// could be 5 % written as a fraction or a twentieth of a point.
type pointsFlag struct {
	set   bool
	value float64 // fraction 0–1
	max   float64 // largest accepted, in points
}

func (f *pointsFlag) String() string {
	if !f.set {
		return ""
	}
	return strconv.FormatFloat(f.value*100, 'g', -1, 64)
}

func (f *pointsFlag) Type() string { return "points" }

func (f *pointsFlag) Set(s string) error {
	v, err := parsePoints(s, f.max)
	if err != nil {
		return err
	}
	f.value, f.set = v, true
	return nil
}

// parsePoints reads a share in points and returns it as a fraction.
func parsePoints(s string, max float64) (float64, error) {
	in := strings.TrimSpace(s)
	num, suffixed := in, false
	for _, suf := range []string{"%", "pt", "points", "point"} {
		if strings.HasSuffix(num, suf) {
			num, suffixed = strings.TrimSpace(strings.TrimSuffix(num, suf)), true
			break
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	switch {
	case err != nil || v != v:
		return 0, fmt.Errorf("%q: want points (percent) such as 5 or 5%%", s)
	case v < 0 || v > max:
		return 0, fmt.Errorf("%q: want between 0 and %g points", s, max)
	case !suffixed && v > 0 && v < 1:
		return 0, fmt.Errorf("%q: a fraction? write points: %g or %g%% (or %s%% if you meant %s %%)",
			s, v*100, v*100, num, num)
	}
	return v / 100, nil
}

// unsupportedExts are image formats check meets in brand folders but
// cannot measure, with the reason it gives.
var unsupportedExts = map[string]string{
	".svg":  "SVG is vector art; export it to PNG to check it",
	".svgz": "SVG is vector art; export it to PNG to check it",
	".avif": "AVIF is not a format hueprint reads; export it to PNG or JPEG",
	".heic": "HEIC is not a format hueprint reads; export it to PNG or JPEG",
	".heif": "HEIF is not a format hueprint reads; export it to PNG or JPEG",
	".jxl":  "JPEG XL is not a format hueprint reads; export it to PNG or JPEG",
	".psd":  "PSD is a layered document; export it to PNG to check it",
	".ai":   "AI is a vector document; export it to PNG to check it",
	".eps":  "EPS is a vector document; export it to PNG to check it",
	".pdf":  "PDF is a document; export its pages to PNG to check them",
	".ico":  "ICO is not a format hueprint reads; export it to PNG",
}

// unsupportedReason returns why check cannot read a file with this name,
// or "" when its extension is not a known unsupported image format.
func unsupportedReason(name string) string {
	return unsupportedExts[strings.ToLower(filepath.Ext(name))]
}

// sharesLine is the line of numbers of one image, the same in the text
// output, JUnit and the report's title.
func sharesLine(s palette.Shares, lang psych.Lang) string {
	p := pct
	if lang != psych.English {
		p = func(f float64) string { return psych.Percent(lang, f, 1) }
	}
	var b strings.Builder
	if _, enough := s.BrandOfDesign(); enough {
		b.WriteString(psych.T(lang, "check.brandline", p(s.Relative(palette.Primary)), p(s.Relative(palette.Secondary)), p(s.Relative(palette.Accent)), p(s.Branded())))
	} else {
		b.WriteString(psych.T(lang, "check.toolittle", p(s.Branded())))
	}
	b.WriteString(psych.T(lang, "check.imageline", p(s.Neutral), p(s.Off)))
	if s.Photo > 0 {
		b.WriteString(psych.T(lang, "check.photo", p(s.Photo)))
	}
	b.WriteString(psych.T(lang, "check.ofimage"))
	return b.String()
}

// rateText is the speed of a run, for the summary line: only when the run
// lasted long enough for the figure to mean something.
func rateText(images int, seconds float64, lang psych.Lang) string {
	if seconds < 0.5 || images < 2 {
		return ""
	}
	rate := float64(images) / seconds
	prec := 0
	if rate < 10 {
		prec = 1
	}
	return psych.T(lang, "check.rate", psych.Num(lang, rate, prec))
}
