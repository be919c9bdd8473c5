package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/hueprint/hueprint/palette/scheme"
)

// SchemeTailwind writes a Tailwind CSS v3 tailwind.config.js: colours named
// after the roles (bg-primary, text-on-primary …) that read CSS variables,
// a plugin that sets those variables for both modes with the selectors of
// SchemeCSS, and darkMode following data-theme="dark". The light and dark
// maps are exported too (module.exports.hueprintScheme) for scripts.
func SchemeTailwind(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	prefix, err := o.prefix()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// %s — hueprint UI scheme for Tailwind CSS v3, light and dark, sRGB hex.\n", commentText(o.title()))
	js := func(v string) string { return strconv.Quote(v) } // role names and hex: ASCII, no quote or backslash
	for _, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
		c := s.Mode(m)
		fmt.Fprintf(bw, "const %s = {\n", m)
		for _, r := range scheme.Roles() {
			fmt.Fprintf(bw, "  %s: %s,\n", js(r.String()), js(c.Hex(r)))
		}
		fmt.Fprintln(bw, "};")
	}
	fmt.Fprintf(bw, "const prefix = %s;\n", js("--"+prefix+"-"))
	fmt.Fprintln(bw, "const vars = (mode) => Object.fromEntries(Object.entries(mode).map(([role, hex]) => [prefix + role, hex]));")
	fmt.Fprintln(bw, "")
	fmt.Fprintln(bw, "/** @type {import('tailwindcss').Config} */")
	fmt.Fprintln(bw, "module.exports = {")
	fmt.Fprintln(bw, "  content: ['./**/*.{html,js,jsx,ts,tsx,vue,svelte}'],")
	fmt.Fprintf(bw, "  darkMode: ['variant', [%s, %s]],\n",
		js(mediaDark+" { &:is("+selSystemDark+" *) }"), js("&:is("+selDark+" *)"))
	fmt.Fprintln(bw, "  theme: {")
	fmt.Fprintln(bw, "    extend: {")
	fmt.Fprintln(bw, "      colors: Object.fromEntries(Object.keys(light).map((role) => [role, `var(${prefix}${role})`])),")
	fmt.Fprintln(bw, "    },")
	fmt.Fprintln(bw, "  },")
	fmt.Fprintln(bw, "  plugins: [")
	fmt.Fprintln(bw, "    ({ addBase }) => addBase({")
	fmt.Fprintf(bw, "      %s: { colorScheme: 'light', ...vars(light) },\n", js(selLight))
	fmt.Fprintf(bw, "      %s: { %s: { colorScheme: 'dark', ...vars(dark) } },\n", js(mediaDark), js(selSystemDark))
	fmt.Fprintf(bw, "      %s: { colorScheme: 'dark', ...vars(dark) },\n", js(selDark))
	fmt.Fprintln(bw, "    }),")
	fmt.Fprintln(bw, "  ],")
	fmt.Fprintln(bw, "  hueprintScheme: { light, dark },")
	fmt.Fprintln(bw, "};")
	return bw.Flush()
}

// SchemeTokens writes the scheme as a Design Tokens Resolver Module 2025.10
// document: the modes are the contexts "light" (the default) and "dark" of
// one modifier, "theme", each holding an inline token source in the Format
// Module 2025.10 (a group named after the prefix, $type color, one token per
// role with an sRGB $value and its hex); resolutionOrder applies the
// modifier. A tool resolving {"theme": "dark"} gets the dark tokens.
func SchemeTokens(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	prefix, err := o.prefix()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	qs := func(v string) string { b, _ := json.Marshal(v); return string(b) } // JSON escapes any name
	fmt.Fprintf(&buf, "{\n  %s: %s,\n  %s: %s,\n", qs("name"), qs(o.title()), qs("version"), qs("2025.10"))
	fmt.Fprintf(&buf, "  %s: %s,\n", qs("description"), qs(o.title()+" — hueprint UI scheme, light and dark"))
	fmt.Fprintf(&buf, "  %s: {\n    %s: {\n", qs("modifiers"), qs("theme"))
	fmt.Fprintf(&buf, "      %s: %s,\n", qs("description"), qs("Colour mode: light or dark"))
	fmt.Fprintf(&buf, "      %s: {\n", qs("contexts"))
	for i, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
		c := s.Mode(m)
		fmt.Fprintf(&buf, "        %s: [\n          {\n            %s: {\n              %s: %s", qs(m.String()), qs(prefix), qs("$type"), qs("color"))
		for _, r := range scheme.Roles() {
			v, _ := json.Marshal(newTokenColor(c[r]))
			fmt.Fprintf(&buf, ",\n              %s: { %s: %s }", qs(r.String()), qs("$value"), v)
		}
		buf.WriteString("\n            }\n          }\n        ]")
		if i == 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	fmt.Fprintf(&buf, "      },\n      %s: %s\n    }\n  },\n", qs("default"), qs("light"))
	fmt.Fprintf(&buf, "  %s: [{ %s: %s }]\n}\n", qs("resolutionOrder"), qs("$ref"), qs("#/modifiers/theme"))
	_, err = w.Write(buf.Bytes())
	return err
}
