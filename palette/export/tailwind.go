package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/palette"
)

// Tailwind writes a Tailwind CSS v3 tailwind.config.js that extends the
// theme's colours with brand.primary … (brand.primary.DEFAULT and its steps
// with ramps), so that classes such as bg-brand-primary exist.
func Tailwind(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// %s — hueprint palette, sRGB hex.\n", commentText(title(p)))
	fmt.Fprintln(bw, "/** @type {import('tailwindcss').Config} */")
	fmt.Fprintln(bw, "module.exports = {")
	fmt.Fprintln(bw, "  content: ['./**/*.{html,js,jsx,ts,tsx,vue,svelte}'],")
	fmt.Fprintln(bw, "  theme: {")
	fmt.Fprintln(bw, "    extend: {")
	fmt.Fprintln(bw, "      colors: {")
	fmt.Fprintf(bw, "        %s: {\n", jsString(o.prefix()))
	for _, c := range p.Colors() {
		key := jsString(Slug(c))
		if !o.Ramps {
			fmt.Fprintf(bw, "          %s: '%s',\n", key, c.Hex())
			continue
		}
		fmt.Fprintf(bw, "          %s: {\n            DEFAULT: '%s',\n", key, c.Hex())
		for _, s := range Ramp(c.Color) {
			fmt.Fprintf(bw, "            %d: '%s',\n", s.Step, palette.Hex(s.Color))
		}
		fmt.Fprintln(bw, "          },")
	}
	fmt.Fprintln(bw, "        },")
	fmt.Fprintln(bw, "      },")
	fmt.Fprintln(bw, "    },")
	fmt.Fprintln(bw, "  },")
	fmt.Fprintln(bw, "};")
	return bw.Flush()
}
