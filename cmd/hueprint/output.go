package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/psych"
)

// outputWriter is a command's stdout as run hands it over: it keeps the
// first write error, refuses every later write with it, and lets run turn
// it into exit 2 with one message, whatever the command returned. So a
// command writes through bufio, json, csv, xml or png without checking each
// call, and a full disk or a closed pipe is never a silent success.
//
// It is not safe for concurrent use; commands write stdout from one
// goroutine.
type outputWriter struct {
	w   io.Writer
	err error
}

// Write writes p, or returns the first error without writing.
func (o *outputWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		o.err = err
	}
	return n, err
}

// Sync commits a file's contents; it does nothing for other writers.
func (o *outputWriter) Sync() error {
	if f, ok := o.w.(interface{ Sync() error }); ok {
		return f.Sync()
	}
	return nil
}

// file is the *os.File under w, if any, so that terminal tests see through
// the outputWriter.
func file(w io.Writer) (*os.File, bool) {
	if o, ok := w.(*outputWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	return f, ok
}

// outputErr is the write error w met, if w is an outputWriter. Streaming
// commands call it to stop reading input that nobody will see the answer
// to.
func outputErr(w io.Writer) error {
	if o, ok := w.(*outputWriter); ok {
		return o.err
	}
	return nil
}

// failOutput reports err and returns exitUsage, unless stdout already
// failed: run reports that once, so err (often the same failure, seen
// through an encoder) is not printed twice.
func failOutput(stdout, stderr io.Writer, err error) int {
	if outputErr(stdout) == nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
	}
	return exitUsage
}

// run runs the command line with stdout wrapped in an outputWriter, and
// maps a write error on stdout to exitUsage with a one-line message: the
// one place where output errors surface, for every command.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &outputWriter{w: stdout}
	code := dispatch(args, stdin, out, stderr)
	if out.err != nil {
		who := "hueprint"
		if len(args) > 0 {
			if _, ok := commands[args[0]]; ok {
				who += " " + args[0]
			}
		}
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", who, out.err)
		return exitUsage
	}
	return code
}

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

// emitTextOrJSON writes json.Marshal of v and a newline (the documented
// JSON of a library value), or its text form for people, as format says.
func emitTextOrJSON(stdout, stderr io.Writer, format outputFormat, lang psych.Lang, v any, text func(io.Writer, palette.TextOptions) error) int {
	if format == formatJSON {
		return emit(stdout, stderr, func(w io.Writer) error { return writeJSONLine(w, v) })
	}
	return emitText(stdout, stderr, lang, text)
}

// writeJSONLine writes v as JSON and a newline.
func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// emitFile writes to the file path atomically through a buffer (nothing is
// written when write fails), or to stdout when path is "" or "-". Callers
// refuse an output that would overwrite an input first (overwrites).
func emitFile(path string, stdout, stderr io.Writer, write func(io.Writer) error) int {
	if path == "" || path == "-" {
		return emit(stdout, stderr, write)
	}
	err := fileutil.WriteAtomic(path, func(f *os.File) error {
		bw := bufio.NewWriter(f)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fail(stderr, "writing %s: %v", path, err)
	}
	return exitOK
}

// overwrites reports whether the file out is one of the files inputs
// ("" and "-", stdout and stdin, name none).
func overwrites(out string, inputs ...string) bool {
	if out == "" || out == "-" {
		return false
	}
	for _, in := range inputs {
		if in != "" && in != "-" && fileutil.SameFile(in, out) {
			return true
		}
	}
	return false
}
