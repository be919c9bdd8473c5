package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/scheme"
)

const exportUsage = `Usage: hueprint export --palette FILE --to FORMAT [--ramps] [--prefix NAME] [-o FILE]

Write a palette in the format of a design tool or a codebase:
  css        CSS custom properties on :root (--brand-primary …)
  scss       SCSS variables and a $brand-colors map
  tailwind   a Tailwind CSS v3 tailwind.config.js theme extension
  tailwind4  a Tailwind CSS v4 @theme block (--color-brand-primary …)
  tokens     W3C Design Tokens Community Group JSON (Format Module 2025.10)
  gpl        a GIMP / Inkscape palette
  ase        Adobe Swatch Exchange (binary: use -o)
  svg        an SVG swatch sheet
  json       the hueprint palette file

--scheme writes the light and dark UI schemes of 'hueprint scheme' instead of
the palette (css, scss, tailwind, tailwind4, tokens): CSS custom properties
--color-ROLE with light on :root and under [data-theme="light"], dark under
@media (prefers-color-scheme: dark) and under [data-theme="dark"]; SCSS maps
and a mixin; Tailwind v4 @theme with a dark variant; a Tailwind v3 config;
tokens as a DTCG Resolver Module 2025.10 document with light and dark
contexts.

--ramps expands each colour into a tonal ramp, steps 50 to 950 built in
OKLCH, with the colour itself verbatim at its nearest step; tokens group each
colour with its ramp. Every command that takes --palette also reads .gpl,
.ase, .tokens / .tokens.json, DTCG .json and .txt (one colour per line) files.

Examples:
  $ hueprint export --palette brand.json --to css
  $ hueprint export --palette brand.json --to tokens --ramps -o brand.tokens.json
  $ hueprint export --palette brand.gpl --to ase -o brand.ase
  $ hueprint export --palette brand.json --scheme --to tailwind4 -o theme.css
`

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", exportUsage, stdout)
	in := addPaletteFlags(fs, "the palette `FILE` (any format hueprint reads; - for stdin)")
	to := fs.String("to", "", "the `FORMAT`: css, scss, tailwind, tailwind4, tokens, gpl, ase, svg, json")
	ramps := fs.Bool("ramps", false, "expand each colour into a 50…950 tonal ramp")
	prefix := fs.String("prefix", "brand", "`NAME` prefix of variables and groups")
	out := fs.StringP("output", "o", "", "write to `FILE` (atomically) instead of stdout")
	withScheme := fs.Bool("scheme", false, "write the light and dark UI schemes (hueprint scheme) instead: css, scss, tailwind, tailwind4, tokens")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	if in.file == "" {
		return usageError(stderr, "export", "--palette FILE is required")
	}
	if *withScheme && *ramps {
		return usageError(stderr, "export", "--ramps does not apply to --scheme: the schemes carry one colour per role")
	}
	var format export.Format
	if err := format.UnmarshalText([]byte(*to)); (err != nil || format == 0 || *to != format.String()) && !*withScheme {
		return usageError(stderr, "export", fmt.Sprintf("--to %q: want css, scss, tailwind, tailwind4, tokens, gpl, ase, svg or json", *to))
	}
	if !validPrefix(*prefix) {
		return usageError(stderr, "export", fmt.Sprintf("--prefix %q: want letters, digits and -", *prefix))
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	write := func(w io.Writer) error { return format.Write(w, p, export.Options{Ramps: *ramps, Prefix: *prefix}) }
	if *withScheme {
		if *to != format.String() || !slices.Contains(export.SchemeFormats(), format) {
			return usageError(stderr, "export", fmt.Sprintf("--scheme --to %q: want css, scss, tailwind, tailwind4 or tokens", *to))
		}
		s, err := scheme.New(p, scheme.Options{})
		if err != nil {
			return schemeError(stderr, err)
		}
		o := export.SchemeOptions{Name: p.Name} // no --prefix: the writers' default, color
		if fs.Changed("prefix") {
			o.Prefix = *prefix
		}
		write = func(w io.Writer) error { return format.WriteScheme(w, s, o) }
	} else if format.Binary() && *out == "" && useColorTerminal(stdout) {
		fmt.Fprintln(stderr, "hueprint: refusing to write a binary .ase file to a terminal")
		fmt.Fprintln(stderr, "hueprint: hint: use -o FILE.ase")
		return exitUsage
	}
	if overwrites(*out, in.file) {
		return usageError(stderr, "export", fmt.Sprintf("-o %s would overwrite the input palette", *out))
	}
	return emitFile(*out, stdout, stderr, write)
}

func validPrefix(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return !strings.HasPrefix(s, "-")
}
