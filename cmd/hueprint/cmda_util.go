package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// emit runs write on a buffered stdout and flushes it. An error of
// write is reported once (failOutput) with exit 2; a write error on stdout
// itself is reported by run.
func emit(stdout, stderr io.Writer, write func(io.Writer) error) int {
	w := bufio.NewWriter(stdout)
	if err := write(w); err != nil {
		return failOutput(stdout, stderr, err)
	}
	w.Flush() // run reports a write error
	return exitOK
}

// emitText is emit for a library WriteText method: in lang, with
// colour swatches when stdout is a terminal that takes colour.
func emitText(stdout, stderr io.Writer, lang psych.Lang, write func(io.Writer, palette.TextOptions) error) int {
	o := palette.TextOptions{Lang: lang, ANSI: useColor(stdout)}
	return emit(stdout, stderr, func(w io.Writer) error { return write(w, o) })
}

// emitJSON writes json.Marshal of v and a newline: the documented JSON of
// a library value.
func emitJSON(stdout, stderr io.Writer, v any) int {
	return emit(stdout, stderr, func(w io.Writer) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	})
}

// emitTextOrJSON writes v as JSON, or its text form for people, as format
// says.
func emitTextOrJSON(stdout, stderr io.Writer, format outputFormat, lang psych.Lang, v any, text func(io.Writer, palette.TextOptions) error) int {
	if format == formatJSON {
		return emitJSON(stdout, stderr, v)
	}
	return emitText(stdout, stderr, lang, text)
}

// emitFile writes to the file out atomically, or to stdout when out
// is "" or "-". A file that is the input palette is refused (paletteFile ""
// checks nothing).
func emitFile(cmd, out, paletteFile string, stdout, stderr io.Writer, write func(io.Writer) error) int {
	if out == "" || out == "-" {
		return emit(stdout, stderr, write)
	}
	if paletteFile != "" && sameFile(out, paletteFile) {
		return usageError(stderr, cmd, fmt.Sprintf("-o %s would overwrite the input palette", out))
	}
	err := writeFileAtomic(out, func(f *os.File) error {
		bw := bufio.NewWriter(f)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: writing %s: %v\n", out, err)
		return exitUsage
	}
	return exitOK
}
