package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/palette/scheme"
)

const schemeUsage = `Usage: hueprint scheme --palette FILE [--format text|json] [--lang en|fr] [--pure-black]

Turn a brand palette into light and dark UI schemes: background, surface,
text, muted text, primary / secondary / accent with their text colours, a
primary container, outline, focus ring, and error, success and warning
states. Every text pair reaches 4.5:1 (WCAG 2.2 SC 1.4.3), outlines, focus
rings and the primary 3:1 (SC 1.4.11), in both modes. The light scheme keeps
the brand colours verbatim where they pass, else the nearest passing tone of
the same hue, with a note. The dark background is a dark tone of the brand
hue (OKLCH L at most 0.25; pure black with --pure-black).

The text output shows each role in both modes and each pair with its
ratio; --format json prints {"light": {role: hex}, "dark": {…}, "notes": […]}.
Write the scheme for code with 'hueprint export --scheme', and see it on a
landing page with 'hueprint preview'.

Examples:
  $ hueprint scheme --palette brand.json
  $ hueprint scheme --palette brand.json --format json --lang fr
  $ hueprint export --palette brand.json --scheme --to css -o scheme.css
  $ hueprint preview --palette brand.json -o preview/
`

func runScheme(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("scheme", schemeUsage, stdout)
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
	in := addPaletteFlags(fs, "the palette `FILE` (any format hueprint reads; - for stdin)")
	langp := langFlag(fs, "the notes and headings")
	pureBlack := fs.Bool("pure-black", false, "make the dark background #000000 instead of a dark brand tone")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	if in.file == "" {
		return usageError(stderr, "scheme", "--palette FILE is required")
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	s, err := scheme.New(p, scheme.Options{PureBlack: *pureBlack})
	if err != nil {
		return schemeError(stderr, err)
	}
	return emitTextOrJSON(stdout, stderr, *format, *langp, s.Document(*langp), s.WriteText)
}

// schemeError reports a scheme that failed its own guarantees: a bug in
// hueprint, exit 1 (the answer is "no scheme").
func schemeError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "hueprint: %v\n", err)
	var ge *scheme.GuaranteeError
	if errors.As(err, &ge) {
		fmt.Fprintln(stderr, "hueprint: hint: this is a bug; please report it with the palette file")
		return exitFail
	}
	return exitUsage
}
