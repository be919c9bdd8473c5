package generate

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// WriteText writes candidates for people, in lang, as `hueprint palette`
// prints them: per candidate a heading (its name, harmony, style and score;
// "Variant i of n" when there are several), then each colour with its role,
// hex, name and reason, the contrast of the best neutral text colour on it
// with its WCAG grade, and the palette's rule. swatch, if not nil, returns
// what goes before each hex (a terminal's colour block). It returns the
// first write error.
func WriteText(w io.Writer, cands []Candidate, lang psych.Lang, swatch func(colorful.Color) string) error {
	bw := bufio.NewWriter(w)
	if swatch == nil {
		swatch = func(colorful.Color) string { return "" }
	}
	for i, c := range cands {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		title := psych.T(lang, "palette.title")
		if len(cands) > 1 {
			title = psych.T(lang, "palette.variant", i+1, len(cands))
		}
		styleName := c.Style
		if sd, ok := psych.StyleByID(c.Style); ok {
			styleName = sd.Name.In(lang)
		}
		fmt.Fprintln(bw, psych.T(lang, "palette.head", title, c.Palette.Name, c.Harmony.Name(lang), styleName, psych.Num(lang, c.Score, 3)))
		writeCard(bw, c.Palette, lang, swatch)
	}
	return bw.Flush()
}

// writeCard prints each colour with its swatch, hex, name and reason,
// and the contrast of the neutral text colours on it.
func writeCard(w io.Writer, p *palette.Palette, lang psych.Lang, swatch func(colorful.Color) string) {
	var texts []colorful.Color
	for _, n := range p.Neutral {
		texts = append(texts, n.Color)
	}
	if len(texts) == 0 {
		texts = []colorful.Color{contrast.Black, contrast.White}
	}
	for _, c := range p.Colors() {
		fmt.Fprintf(w, "  %-12s %s%s  %s\n", c.LabelIn(lang), swatch(c.Color), c.Hex(), c.Name)
		if c.Why != "" {
			fmt.Fprintf(w, "  %-12s %s\n", "", c.Why)
		}
		t := contrast.BestText(c.Color, texts...)
		if palette.Hex(t) == c.Hex() {
			continue
		}
		r := contrast.Ratio(t, c.Color)
		fmt.Fprintf(w, "  %-12s %s %s %s %s\n", "", psych.T(lang, "palette.text"), palette.Hex(t), psych.Ratio(lang, r), palette.GradeText(r, lang))
	}
	fmt.Fprintf(w, "  %-12s %s\n", psych.T(lang, "palette.rule"), p.RuleOrDefault().Text(lang))
}

// WriteJSON writes the candidates' palettes in the palette file format
// (palette.Marshal), as `hueprint palette --format json` does: one palette
// indented, or several one per line (palette.MarshalCompact), which
// palette.SelectVariant reads back. It returns the first error.
func WriteJSON(w io.Writer, cands []Candidate) error {
	marshal := palette.Marshal
	if len(cands) > 1 {
		marshal = palette.MarshalCompact
	}
	for _, c := range cands {
		b, err := marshal(c.Palette)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}
