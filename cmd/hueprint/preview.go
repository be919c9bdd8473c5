package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hueprint/hueprint/palette/scheme"
)

const previewUsage = `Usage: hueprint preview --palette FILE -o DIR [--lang en|fr] [--pure-black]

Write an offline landing page that shows the palette's light and dark UI
schemes (see 'hueprint scheme'): navigation, a hero laid out 60-30-10 with a
headline and a call to action, primary, secondary and accent buttons, cards,
a form with labels, a focus ring and error, success and warning messages, a
table and a footer. A toggle switches light and dark, starting from the
system's preference; a side panel gives the contrast ratio of every pair in
the mode shown, and hovering a component gives its own.

The page is one file, DIR/index.html, written atomically: styles and script
inline, system fonts, no framework, and a Content-Security-Policy that
forbids every network request. Open it in any browser.

Examples:
  $ hueprint preview --palette brand.json -o preview
  $ hueprint preview --palette brand.json -o apercu --lang fr
`

func runPreview(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("preview", previewUsage, stdout)
	in := addPaletteFlags(fs, "the palette `FILE` (any format hueprint reads; - for stdin)")
	out := fs.StringP("output", "o", "", "the `DIR`ectory to write index.html into (created if needed)")
	langp := langFlag(fs, "the page")
	pureBlack := fs.Bool("pure-black", false, "make the dark background #000000 instead of a dark brand tone")
	if code, done := parseFlagsOnly(fs, args, stderr, ""); done {
		return code
	}
	lang := *langp
	if in.file == "" {
		return usageError(stderr, "preview", "--palette FILE is required")
	}
	if *out == "" || *out == "-" {
		return usageError(stderr, "preview", "-o DIR is required: the page is written as DIR/index.html")
	}
	if fi, err := os.Stat(*out); err == nil && !fi.IsDir() {
		return usageError(stderr, "preview", fmt.Sprintf("-o %s is a file, want a directory", *out))
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	s, err := scheme.New(p, scheme.Options{PureBlack: *pureBlack})
	if err != nil {
		return schemeError(stderr, err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fail(stderr, "%v", err)
	}
	page := filepath.Join(*out, "index.html")
	if overwrites(page, in.file) {
		return usageError(stderr, "preview", fmt.Sprintf("-o %s would overwrite the input palette %s", *out, page))
	}
	if code := emitFile(page, stdout, stderr, func(w io.Writer) error {
		return scheme.Preview(w, s, scheme.PreviewOptions{Name: p.Name, Lang: lang})
	}); code != exitOK {
		return code
	}
	fmt.Fprintf(stderr, "hueprint: wrote %s\n", page)
	return exitOK
}
