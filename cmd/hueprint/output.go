package main

import (
	"fmt"
	"io"
	"os"

	"github.com/hueprint/hueprint/palette/fileutil"
)

// The file helpers are fileutil's, under the names the commands call.
var (
	// writeFileAtomic writes a file through a temporary file and a rename;
	// see fileutil.WriteAtomic.
	writeFileAtomic = fileutil.WriteAtomic
	// sameFile tells whether an output would overwrite an input.
	sameFile = fileutil.SameFile
	// safeText quotes a file name with control characters for a message.
	safeText = fileutil.SafeText
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

// writeOutput writes data to the file path (atomically), or to stdout when
// path is "" or "-"; run reports an error writing stdout.
func writeOutput(path string, stdout io.Writer, data []byte) error {
	if path == "" || path == "-" {
		stdout.Write(data)
		return nil
	}
	return writeFileAtomic(path, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}
