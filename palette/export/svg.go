package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
)

// SVG writes a swatch sheet: one labelled square per colour (and a row of
// tones per colour with ramps), text in the more legible of black and white.
func SVG(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	const size, gap, margin = 160, 16, 24
	colors := p.Colors()
	width := margin*2 + len(colors)*size + (len(colors)-1)*gap
	height := margin*2 + size + 40
	if o.Ramps {
		height += len(colors) * 40
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif">`+"\n", width, height, width, height)
	fmt.Fprintf(bw, "  <title>%s</title>\n", xmlText(title(p)))
	for i, c := range colors {
		x := margin + i*(size+gap)
		text := palette.Hex(contrast.BestText(c.Color))
		fmt.Fprintf(bw, `  <g id="%s"><rect x="%d" y="%d" width="%d" height="%d" rx="8" fill="%s"/>`, xmlText(Slug(c)), x, margin, size, size, c.Hex())
		fmt.Fprintf(bw, `<text x="%d" y="%d" font-size="18" font-weight="bold" fill="%s">%s</text>`, x+12, margin+30, text, c.Hex())
		fmt.Fprintf(bw, `<text x="%d" y="%d" font-size="14" fill="%s">%s</text>`, x+12, margin+52, text, xmlText(c.Name))
		fmt.Fprintf(bw, `<text x="%d" y="%d" font-size="14" fill="#222222">%s</text></g>`+"\n", x, margin+size+24, xmlText(c.Label()))
	}
	if o.Ramps {
		for i, c := range colors {
			y := margin + size + 40 + i*40
			steps := Ramp(c.Color)
			sw := float64(width-2*margin) / float64(len(steps))
			for j, s := range steps {
				fmt.Fprintf(bw, `  <rect x="%.1f" y="%d" width="%.1f" height="32" fill="%s"><title>%s %d</title></rect>`+"\n",
					float64(margin)+float64(j)*sw, y, sw, palette.Hex(s.Color), Slug(c), s.Step)
			}
		}
	}
	fmt.Fprintln(bw, "</svg>")
	return bw.Flush()
}
