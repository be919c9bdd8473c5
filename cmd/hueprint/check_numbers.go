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
	"strconv"
	"strings"
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

func pct(f float64) string { return strconv.FormatFloat(f*100, 'f', 1, 64) + "%" }
