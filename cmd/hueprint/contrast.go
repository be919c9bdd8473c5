package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
)

const contrastUsage = `Usage: hueprint contrast [--level LEVEL] [--format text|json] FG BG
       hueprint contrast --batch [--level LEVEL] [--format text|json] < pairs.txt
       hueprint contrast --palette FILE [--format text|json]

Measure the contrast of a foreground (text) colour on a background colour:
the WCAG 2.x contrast ratio and its levels, and APCA Lc as an advisory
second opinion. The ratio is compared unrounded: 4.499:1 fails AA. When the
chosen level fails, the nearest passing foreground is suggested (same hue
and chroma, only OKLCH lightness moves).

Levels: aa (4.5:1, the default), aa-large (3:1, text of 18pt or 14pt bold),
aaa (7:1), aaa-large (4.5:1), non-text (3:1, UI components and graphics).

--batch reads "FG BG" lines from stdin (blank lines and comments, "#"
followed by a space or nothing, are skipped) and writes one result per
pair, in order, streaming. A bad line, a line over 1 MiB included, gives a
result with an "error" field and the run goes on. No suggestions in
batch mode. Exit code: 2 if any line was bad, else 1 if any pair failed the
level, else 0.

--palette prints the contrast grid of a palette file: every ordered pair of
its colours with its levels.

JSON for one pair:
  {"foreground":"#rrggbb","background":"#rrggbb","ratio":<unrounded>,
   "wcag":{"aa":b,"aa_large":b,"aaa":b,"aaa_large":b,"non_text":b},
   "apca":<Lc>,"level":"aa","pass":b,"suggestion":"#rrggbb"}
("suggestion" only when the level fails and can be reached.)

Examples:
  $ hueprint contrast '#fff' '#fff59d'
  #ffffff on #fff59d: 1.12:1, fails AA
    aa         fail  needs 4.5:1
    aa-large   fail  needs 3:1
    aaa        fail  needs 7:1
    aaa-large  fail  needs 4.5:1
    non-text   fail  needs 3:1
    APCA Lc    0.0 (advisory)
    suggestion #6e6e6e reaches aa at 4.56:1 (same hue and chroma, darker)
  $ printf '#000 #fff\n#777 white\n' | hueprint contrast --batch
  #000000 #ffffff 21.00 pass 106.0
  #777777 #ffffff 4.48 fail 71.1
`

func runContrast(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("contrast", contrastUsage, stdout)
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
	levelp := levelFlag(fs, "WCAG `level` that decides the exit code: aa, aa-large, aaa, aaa-large, non-text")
	batch := fs.Bool("batch", false, "read FG BG pairs from stdin, one per line")
	in := addPaletteFlags(fs, "print the contrast grid of the palette `FILE` (- for stdin)")
	langp := langFlag(fs, "the text output")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	level := *levelp
	switch {
	case *batch:
		if fs.NArg() > 0 || in.file != "" {
			return usageError(stderr, "contrast", "--batch reads pairs from stdin and takes no arguments or --palette")
		}
		return contrastBatch(stdin, stdout, stderr, level, *format)
	case in.file != "":
		if fs.NArg() > 0 {
			return usageError(stderr, "contrast", "--palette takes no colour arguments")
		}
		// The grid is information, not a check: the exit code is 0.
		p, err := in.read(stdin)
		if err != nil {
			return fail(stderr, "%v", err)
		}
		grid := palette.NewContrastGrid(p, level)
		if *format == formatJSON {
			return emit(stdout, stderr, grid.WriteJSON)
		}
		return emitText(stdout, stderr, *langp, grid.WriteText)
	}
	if fs.NArg() != 2 {
		return usageError(stderr, "contrast", fmt.Sprintf("want two colours, FG and BG, got %d", fs.NArg()))
	}
	fg, err := palette.ParseColor(fs.Arg(0))
	if err != nil {
		return fail(stderr, "foreground: %v", err)
	}
	bg, err := palette.ParseColor(fs.Arg(1))
	if err != nil {
		return fail(stderr, "background: %v", err)
	}
	// The colours are judged as their hex encodes them.
	rep := contrast.NewReport(palette.Quantize(fg), palette.Quantize(bg), level)
	unreachable := rep.Suggest()
	code := emitTextOrJSON(stdout, stderr, *format, *langp, rep, func(w io.Writer, o palette.TextOptions) error {
		return palette.WriteContrastText(w, rep, unreachable, o)
	})
	if code == exitOK && !rep.Pass() {
		return exitFail
	}
	return code
}

// contrastBatch streams FG BG pairs: constant memory whatever the input size.
func contrastBatch(stdin io.Reader, stdout, stderr io.Writer, level contrast.Level, format outputFormat) int {
	out := bufio.NewWriterSize(stdout, 64*1024)
	n, err := palette.WriteContrastBatch(out, stdin, level, format == formatJSON)
	out.Flush() // run reports a write error
	var lineErr *palette.LineError
	switch {
	case errors.As(err, &lineErr):
		return fail(stderr, "reading stdin at line %d: %v", lineErr.Line, lineErr.Err)
	case n.Bad > 0:
		return exitUsage
	case n.Failed > 0:
		return exitFail
	}
	return exitOK
}
