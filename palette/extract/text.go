package extract

import (
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// WriteText writes the result for people in o.Lang, as `hueprint extract`
// prints it: one line per colour with its share, brand score and name, the
// brand colour and the background marked; then the background when it was
// detected and not kept (Options.KeepBackground false), or the
// transparency the subject stands on.
func (r Result) WriteText(w io.Writer, keptBackground bool, o palette.TextOptions) error {
	lang := o.Lang
	brand, hasBrand := r.Brand()
	var b strings.Builder
	for _, c := range r.Colors {
		mark := ""
		if hasBrand && c.Hex() == brand.Hex() && !c.Background {
			mark = "  " + psych.T(lang, "extract.brand")
		}
		if c.Background {
			mark = "  " + psych.T(lang, "extract.background")
		}
		swatch := ""
		if o.ANSI {
			swatch = palette.ANSISwatch(c.Color)
		}
		fmt.Fprintf(&b, "%s%s  %7s  score %s  %s%s\n", swatch, c.Hex(), psych.Percent(lang, c.Share, 1), psych.Num(lang, c.Score, 2), palette.ColorName(c.Color, lang), mark)
	}
	switch {
	case r.Background != nil && !keptBackground:
		fmt.Fprintln(&b, psych.T(lang, "extract.leftout", r.Background.Hex(), psych.Percent(lang, r.Background.Share, 1)))
	case r.TransparentBackground:
		fmt.Fprintln(&b, psych.T(lang, "extract.transparent"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
