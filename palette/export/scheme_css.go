package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/palette/scheme"
)

// SchemeOptions tunes the scheme writers (SchemeCSS, SchemeSCSS,
// SchemeTailwind, SchemeTailwind4, SchemeTokens). The zero value is the
// default.
type SchemeOptions struct {
	Name   string // the palette's name, written in the header (encoded for the format); "" means "UI scheme"
	Prefix string // variable prefix, letters, digits and -; "" means "color": --color-primary, $color-light …
}

func (o SchemeOptions) prefix() (string, error) {
	if o.Prefix == "" {
		return "color", nil
	}
	for i, r := range o.Prefix {
		if !(r == '-' && i > 0 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "", fmt.Errorf("export: bad prefix %q: want letters, digits and -, e.g. \"color\"", o.Prefix)
		}
	}
	return o.Prefix, nil
}

func (o SchemeOptions) title() string {
	if o.Name == "" {
		return "UI scheme"
	}
	return o.Name
}

// The selectors that carry each mode in CSS: light on :root (and forced
// with data-theme="light"), dark when the system asks for it unless the page
// forces light, and when the page forces dark.
const (
	selLight      = `:root, [data-theme="light"]`
	mediaDark     = `@media (prefers-color-scheme: dark)`
	selSystemDark = `:root:not([data-theme="light"])`
	selDark       = `[data-theme="dark"]`
)

func writeVars(w io.Writer, indent, prefix string, c *scheme.Colors) {
	for _, r := range scheme.Roles() {
		fmt.Fprintf(w, "%s--%s-%s: %s;\n", indent, prefix, r, c.Hex(r))
	}
}

// SchemeCSS writes the scheme as CSS custom properties: light on :root and
// under [data-theme="light"], dark under @media (prefers-color-scheme: dark)
// (unless the page sets data-theme="light") and under [data-theme="dark"],
// each with its color-scheme so that form controls follow.
func SchemeCSS(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	prefix, err := o.prefix()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "/* %s — hueprint UI scheme, light and dark, sRGB hex. */\n", commentText(o.title()))
	writeSchemeBlocks(bw, s, prefix, "")
	return bw.Flush()
}

func writeSchemeBlocks(bw io.Writer, s *scheme.Scheme, prefix, indent string) {
	fmt.Fprintf(bw, "%s%s {\n%s  color-scheme: light;\n", indent, selLight, indent)
	writeVars(bw, indent+"  ", prefix, &s.Light)
	fmt.Fprintf(bw, "%s}\n%s%s {\n%s  %s {\n%s    color-scheme: dark;\n", indent, indent, mediaDark, indent, selSystemDark, indent)
	writeVars(bw, indent+"    ", prefix, &s.Dark)
	fmt.Fprintf(bw, "%s  }\n%s}\n%s%s {\n%s  color-scheme: dark;\n", indent, indent, indent, selDark, indent)
	writeVars(bw, indent+"  ", prefix, &s.Dark)
	fmt.Fprintf(bw, "%s}\n", indent)
}

// SchemeTailwind4 writes a Tailwind CSS v4 stylesheet: the light scheme in
// @theme (so that bg-primary, text-on-primary … exist and follow the
// variables), the dark scheme overriding the same variables as SchemeCSS
// does, and a dark variant (dark:…) that follows the same rule: the system
// preference unless data-theme="light", or data-theme="dark".
func SchemeTailwind4(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	prefix, err := o.prefix()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "/* %s — hueprint UI scheme for Tailwind CSS v4, light and dark, sRGB hex. */\n", commentText(o.title()))
	fmt.Fprintln(bw, `@import "tailwindcss";`)
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, `@custom-variant dark {`)
	fmt.Fprintln(bw, `  @media (prefers-color-scheme: dark) {`)
	fmt.Fprintln(bw, `    &:where(:root:not([data-theme="light"]), :root:not([data-theme="light"]) *) {`)
	fmt.Fprintln(bw, `      @slot;`)
	fmt.Fprintln(bw, `    }`)
	fmt.Fprintln(bw, `  }`)
	fmt.Fprintln(bw, `  &:where([data-theme="dark"], [data-theme="dark"] *) {`)
	fmt.Fprintln(bw, `    @slot;`)
	fmt.Fprintln(bw, `  }`)
	fmt.Fprintln(bw, `}`)
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "@theme {")
	writeVars(bw, "  ", prefix, &s.Light)
	fmt.Fprintln(bw, "}")
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "@layer base {")
	fmt.Fprintf(bw, "  %s {\n    color-scheme: light;\n  }\n", selLight)
	fmt.Fprintf(bw, "  %s {\n    %s {\n      color-scheme: dark;\n", mediaDark, selSystemDark)
	writeVars(bw, "      ", prefix, &s.Dark)
	fmt.Fprintf(bw, "    }\n  }\n  %s {\n    color-scheme: dark;\n", selDark)
	writeVars(bw, "    ", prefix, &s.Dark)
	fmt.Fprintln(bw, "  }")
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// SchemeSCSS writes Sass maps $PREFIX-light and $PREFIX-dark (role →
// colour), $PREFIX-schemes holding both, and a mixin PREFIX-scheme-vars that
// emits the same custom properties and selectors as SchemeCSS.
func SchemeSCSS(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	prefix, err := o.prefix()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// %s — hueprint UI scheme, light and dark, sRGB hex.\n", commentText(o.title()))
	for _, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
		c := s.Mode(m)
		fmt.Fprintf(bw, "$%s-%s: (\n", prefix, m)
		for _, r := range scheme.Roles() {
			fmt.Fprintf(bw, "  \"%s\": %s,\n", r, c.Hex(r))
		}
		fmt.Fprintln(bw, ");")
	}
	fmt.Fprintf(bw, "$%[1]s-schemes: (\"light\": $%[1]s-light, \"dark\": $%[1]s-dark);\n\n", prefix)
	fmt.Fprintf(bw, "// Emits --%[1]s-ROLE for both modes, as the CSS export does:\n// @include %[1]s-scheme-vars;\n", prefix)
	fmt.Fprintf(bw, "@mixin %s-scheme-vars {\n", prefix)
	vars := func(indent, mode string) {
		fmt.Fprintf(bw, "%s@each $role, $c in $%s-%s {\n%s  --%s-#{$role}: #{$c};\n%s}\n", indent, prefix, mode, indent, prefix, indent)
	}
	fmt.Fprintf(bw, "  %s {\n    color-scheme: light;\n", selLight)
	vars("    ", "light")
	fmt.Fprintf(bw, "  }\n  %s {\n    %s {\n      color-scheme: dark;\n", mediaDark, selSystemDark)
	vars("      ", "dark")
	fmt.Fprintf(bw, "    }\n  }\n  %s {\n    color-scheme: dark;\n", selDark)
	vars("    ", "dark")
	fmt.Fprintln(bw, "  }")
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}
