package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// GPL writes a GIMP/Inkscape palette: "R G B<tab>role: name" lines. GIMP
// names are one line: line breaks and other control characters in names are
// replaced by spaces.
func GPL(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "GIMP Palette\nName: %s\nColumns: 0\n# hueprint palette; names say each colour's role\n", oneLine(title(p)))
	for _, c := range p.Colors() {
		r, g, b := palette.RGB255(c.Color)
		fmt.Fprintf(bw, "%3d %3d %3d\t%s\n", r, g, b, oneLine(entryName(c)))
		if o.Ramps {
			for _, s := range Ramp(c.Color) {
				r, g, b := palette.RGB255(s.Color)
				fmt.Fprintf(bw, "%3d %3d %3d\t%s %d\n", r, g, b, Slug(c), s.Step)
			}
		}
	}
	return bw.Flush()
}

// entryName is "primary: Acme blue", the name formats without roles carry.
func entryName(c palette.Colored) string {
	if c.Name == "" {
		return Slug(c)
	}
	return Slug(c) + ": " + c.Name
}

// ReadGPL reads a GIMP palette. Lines are "R G B [name]" with values 0–255;
// "#" comments, the "GIMP Palette" header and Name:/Columns: lines are
// understood. Ramp steps written by GPL ("primary 500") are skipped.
func ReadGPL(r io.Reader) (*palette.Palette, error) {
	sc, err := lines(r, "gpl")
	if err != nil {
		return nil, err
	}
	var named []namedColor
	name := ""
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		switch {
		case line == 1:
			if t != "GIMP Palette" {
				return nil, fmt.Errorf("gpl: line 1: want \"GIMP Palette\", got %q", clip(t))
			}
			continue
		case t == "" || strings.HasPrefix(t, "#"):
			continue
		case strings.HasPrefix(t, "Name:"):
			name = strings.TrimSpace(strings.TrimPrefix(t, "Name:"))
			continue
		case strings.HasPrefix(t, "Columns:"):
			continue
		}
		f := strings.Fields(t)
		if len(f) < 3 {
			return nil, fmt.Errorf("gpl: line %d: want \"R G B name\", got %q", line, clip(t))
		}
		var v [3]float64
		for i := range 3 {
			n, err := strconv.Atoi(f[i])
			if err != nil || n < 0 || n > 255 {
				return nil, fmt.Errorf("gpl: line %d: %q is not a channel value from 0 to 255", line, clip(f[i]))
			}
			v[i] = float64(n) / 255
		}
		label := strings.Join(f[3:], " ")
		if isRampStep(label) {
			continue
		}
		named = append(named, namedColor{color: colorful.Color{R: v[0], G: v[1], B: v[2]}, name: label})
		if len(named) > palette.MaxColors {
			return nil, fmt.Errorf("gpl: line %d: more than %d colours", line, palette.MaxColors)
		}
	}
	if line == 0 {
		return nil, errors.New("gpl: empty file, want a \"GIMP Palette\" header")
	}
	return assignRoles(named, name, "gpl")
}

// clip cuts an input quoted in an error message to 40 bytes (on a rune
// boundary) and says how long it was.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	n := 40
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:n], len(s))
}

// isRampStep recognises the "slug 500" names of exported ramp steps.
func isRampStep(label string) bool {
	f := strings.Fields(label)
	if len(f) != 2 {
		return false
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		return false
	}
	for _, s := range rampSteps {
		if s.step == n {
			return isSlug(f[0])
		}
	}
	return false
}

// isSlug reports whether s is a name Slug gives: primary, secondary,
// secondary-2, accent, neutral-1 …
func isSlug(s string) bool {
	switch s {
	case "primary", "secondary", "accent":
		return true
	}
	for _, p := range []string{"secondary-", "neutral-"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			if n, err := strconv.Atoi(rest); err == nil && n > 0 && strconv.Itoa(n) == rest {
				return true
			}
		}
	}
	return false
}
