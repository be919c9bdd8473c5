package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/palette"
)

// CSS writes the palette as CSS custom properties on :root:
// --brand-primary: #0057ae; and, with ramps, --brand-primary-50 … -950.
func CSS(w io.Writer, p *palette.Palette, o Options) error {
	return customProperties(w, p, o, ":root", "--"+o.prefix()+"-", "")
}

// Tailwind4 writes a Tailwind CSS v4 @theme block: --color-brand-primary …,
// so that utilities such as bg-brand-primary exist.
func Tailwind4(w io.Writer, p *palette.Palette, o Options) error {
	return customProperties(w, p, o, "@theme", "--color-"+o.prefix()+"-", "@import \"tailwindcss\";\n\n")
}

func customProperties(w io.Writer, p *palette.Palette, o Options, selector, prefix, head string) error {
	if err := o.check(p); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "/* %s — hueprint palette, sRGB hex. */\n%s%s {\n", commentText(title(p)), head, selector)
	for _, c := range p.Colors() {
		slug := Slug(c)
		note := c.Name
		if note != "" {
			note = " /* " + commentText(note) + " */"
		}
		fmt.Fprintf(bw, "  %s%s: %s;%s\n", prefix, slug, c.Hex(), note)
		if o.Ramps {
			for _, s := range Ramp(c.Color) {
				fmt.Fprintf(bw, "  %s%s-%d: %s;\n", prefix, slug, s.Step, palette.Hex(s.Color))
			}
		}
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}
