package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/palette"
)

// SCSS writes one variable per colour ($brand-primary: #0057ae;) and a map
// of them ($brand-colors), with nested ramp maps when asked.
func SCSS(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	pre := o.prefix()
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// %s — hueprint palette, sRGB hex.\n", commentText(title(p)))
	for _, c := range p.Colors() {
		fmt.Fprintf(bw, "$%s-%s: %s;\n", pre, Slug(c), c.Hex())
		if o.Ramps {
			for _, s := range Ramp(c.Color) {
				fmt.Fprintf(bw, "$%s-%s-%d: %s;\n", pre, Slug(c), s.Step, palette.Hex(s.Color))
			}
		}
	}
	fmt.Fprintf(bw, "\n$%s-colors: (\n", pre)
	for _, c := range p.Colors() {
		fmt.Fprintf(bw, "  \"%s\": $%s-%s,\n", Slug(c), pre, Slug(c))
	}
	fmt.Fprintln(bw, ");")
	if o.Ramps {
		fmt.Fprintf(bw, "\n$%s-ramps: (\n", pre)
		for _, c := range p.Colors() {
			fmt.Fprintf(bw, "  \"%s\": (\n", Slug(c))
			for _, s := range Ramp(c.Color) {
				fmt.Fprintf(bw, "    %d: $%s-%s-%d,\n", s.Step, pre, Slug(c), s.Step)
			}
			fmt.Fprintln(bw, "  ),")
		}
		fmt.Fprintln(bw, ");")
	}
	return bw.Flush()
}
