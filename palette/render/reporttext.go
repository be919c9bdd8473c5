package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// WriteText writes the report for people, in lang, as `hueprint banner`
// prints it: a line with the file (r.File), preset, size, layout, the
// shares of the brand colours and the verdict, then a line per text (role,
// colour, size and floor, worst contrast and the one needed), the logo and
// the notes. It returns the first write error.
func (r *Report) WriteText(w io.Writer, lang psych.Lang) error {
	bw := bufio.NewWriter(w)
	s := r.Shares
	verdict := psych.T(lang, "banner.passes")
	if !r.Pass {
		verdict = psych.T(lang, "banner.fails")
	}
	pct := func(f float64) string {
		if lang == psych.English {
			return strconv.FormatFloat(f*100, 'f', 1, 64) + "%"
		}
		return psych.Percent(lang, f, 1)
	}
	fmt.Fprintln(bw, psych.T(lang, "banner.line", r.File, r.Preset.Name, r.Width, r.Height, translated("layout.", r.Layout.String(), lang),
		pct(s.Relative(palette.Primary)), pct(s.Relative(palette.Secondary)), pct(s.Relative(palette.Accent)), verdict))
	for _, t := range r.Texts {
		size := psych.T(lang, "banner.normal")
		if t.Large {
			size = psych.T(lang, "banner.large")
		}
		fmt.Fprintln(bw, psych.T(lang, "banner.text", translated("banner.role.", t.Role.String(), lang), palette.Hex(t.Color),
			psych.Num(lang, t.SizePx, 0), size, psych.Num(lang, t.MinPx, 0),
			psych.Ratio(lang, t.MinContrast), psych.Num(lang, t.Need, -1)+":1", t.Text))
	}
	if l := r.Logo; l != nil {
		plate := ""
		if l.Plate {
			plate = psych.T(lang, "banner.plate", palette.Hex(l.PlateColor))
		}
		fmt.Fprintln(bw, psych.T(lang, "banner.logo", l.Box.Dx(), l.Box.Dy(), l.Box.Min.X, l.Box.Min.Y, plate))
	}
	for _, n := range r.Notes {
		fmt.Fprintln(bw, psych.T(lang, "banner.note", n))
	}
	return bw.Flush()
}

// translated returns the catalogue's word for name under prefix in lang,
// or name itself when the catalogue has none.
func translated(prefix, name string, lang psych.Lang) string {
	if k := prefix + name; psych.Has(k) {
		return psych.T(lang, k)
	}
	return name
}
