package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/render"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// outputFormat is the typed value of --format.
type outputFormat string

const (
	formatText  outputFormat = "text"
	formatJSON  outputFormat = "json"
	formatCSV   outputFormat = "csv"
	formatJUnit outputFormat = "junit"
)

// formatFlag is a pflag.Value that accepts only the formats of one command.
type formatFlag struct {
	value   outputFormat
	allowed []outputFormat
}

// formatVar adds --format, described by usage, to fs: one of allowed, the
// first by default.
func formatVar(fs *pflag.FlagSet, usage string, allowed ...outputFormat) *outputFormat {
	f := &formatFlag{value: allowed[0], allowed: allowed}
	fs.Var(f, "format", usage)
	return &f.value
}

func (f *formatFlag) String() string { return string(f.value) }
func (f *formatFlag) Type() string   { return "format" }
func (f *formatFlag) Set(s string) error {
	for _, a := range f.allowed {
		if outputFormat(s) == a {
			f.value = a
			return nil
		}
	}
	names := make([]string, len(f.allowed))
	for i, a := range f.allowed {
		names[i] = string(a)
	}
	return fmt.Errorf("want %s", strings.Join(names, "|"))
}

// newFlagSet returns a flag set whose help goes to stdout with the usage text.
func newFlagSet(name, usage string, stdout io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() { fmt.Fprint(stdout, usage, "\nFlags:\n", fs.FlagUsages()) }
	return fs
}

// parseFlags parses args; done is true when the command should return code
// at once (help was shown, or the flags were wrong).
func parseFlags(fs *pflag.FlagSet, args []string, stderr io.Writer) (code int, done bool) {
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		return exitOK, true
	}
	if err != nil {
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
			var names []string
			fs.VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
			if s := psych.Closest(name, names, 1); len(s) > 0 {
				msg += fmt.Sprintf(" (did you mean --%s?)", s[0])
			}
		}
		return usageError(stderr, fs.Name(), msg), true
	}
	return 0, false
}

// levelValue is a --level flag: a contrast.Level that cannot be set to the
// zero Level, which every ratio passes.
type levelValue struct{ l *contrast.Level }

func (v levelValue) String() string {
	if v.l == nil {
		return ""
	}
	return v.l.String()
}
func (v levelValue) Type() string { return "level" }
func (v levelValue) Set(s string) error {
	var l contrast.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return err
	}
	if l == 0 {
		return fmt.Errorf("contrast: level %q: want aa, aa-large, aaa, aaa-large or non-text", s)
	}
	*v.l = l
	return nil
}

// levelFlag adds --level to fs, AA by default.
func levelFlag(fs *pflag.FlagSet, usage string) *contrast.Level {
	l := contrast.AA
	fs.Var(levelValue{&l}, "level", usage)
	return &l
}

// langFlag adds --lang to fs; its default is HUEPRINT_LANG, else the locale
// (LC_ALL, LC_MESSAGES, LANG starting with "fr"), else English.
func langFlag(fs *pflag.FlagSet, what string) *psych.Lang {
	l := psych.DefaultLang()
	fs.TextVar(&l, "lang", l, "`LANG`uage of "+what+": en or fr (default from HUEPRINT_LANG or the locale)")
	return &l
}

// didYouMean returns " (did you mean X?)" for the candidate nearest to word
// in spelling, or "" when none is near.
func didYouMean(word string, candidates []string) string {
	if s := psych.Closest(word, candidates, 1); len(s) > 0 {
		return fmt.Sprintf(" (did you mean %s?)", s[0])
	}
	return ""
}

// usageError prints a one-line usage error and the help hint, and returns
// exitUsage.
func usageError(stderr io.Writer, cmd, msg string) int {
	fmt.Fprintf(stderr, "hueprint %s: %s\n", cmd, msg)
	fmt.Fprintf(stderr, "hueprint: hint: run 'hueprint help %s' for usage\n", cmd)
	return exitUsage
}

// useColor decides whether w gets ANSI colour: never when NO_COLOR is set
// or TERM is dumb, else only when w is a terminal.
func useColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return useColorTerminal(w)
}

// showProgress decides whether a progress line goes to w: only when w is a
// terminal, whatever NO_COLOR says (it is about colour, and the line has
// none), and not with TERM=dumb, which cannot erase the line.
func showProgress(w io.Writer) bool {
	return os.Getenv("TERM") != "dumb" && useColorTerminal(w)
}

// useColorTerminal reports whether w is a terminal, whatever NO_COLOR says.
func useColorTerminal(w io.Writer) bool {
	f, ok := file(w)
	return ok && term.IsTerminal(int(f.Fd()))
}

// fail prints "hueprint: " and the message to stderr and returns
// exitUsage: the input named cannot be used.
func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "hueprint: "+format+"\n", args...)
	return exitUsage
}

// parseFlagsOnly is parseFlags for a command that takes no arguments: an
// argument is a usage error, followed by hint (noArgs).
func parseFlagsOnly(fs *pflag.FlagSet, args []string, stderr io.Writer, hint string) (code int, done bool) {
	if code, done := parseFlags(fs, args, stderr); done {
		return code, true
	}
	return noArgs(fs, stderr, hint)
}

// noArgs refuses positional arguments to a command that takes none; hint
// follows the message (": tags go in --tags").
func noArgs(fs *pflag.FlagSet, stderr io.Writer, hint string) (code int, done bool) {
	if fs.NArg() == 0 {
		return 0, false
	}
	return usageError(stderr, fs.Name(), fmt.Sprintf("unexpected argument %q%s", fs.Arg(0), hint)), true
}

// paletteInput is --palette FILE and --variant N.
type paletteInput struct {
	file    string
	variant int
}

// addPaletteFlags adds --palette, described by usage, and --variant to fs.
func addPaletteFlags(fs *pflag.FlagSet, usage string) *paletteInput {
	in := &paletteInput{}
	fs.StringVar(&in.file, "palette", "", usage)
	fs.IntVar(&in.variant, "variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
	return in
}

// read reads the palette the flags name, in any format hueprint reads
// (chosen by content, then extension; see export.ReadVariant): "-" is
// stdin.
func (in *paletteInput) read(stdin io.Reader) (*palette.Palette, error) {
	r, name := stdin, "" // stdin: export.Read tells the format from the content
	if in.file != "-" {
		f, err := os.Open(in.file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, name = f, in.file
	}
	p, err := export.ReadVariant(r, name, in.variant)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.file, err)
	}
	return p, nil
}

// simulateFlags are --simulate DEFICIENCY and --cvd-severity S.
type simulateFlags struct {
	kind     cvd.Kind
	severity float64
}

// addSimulateFlags adds --simulate, described by usage, and --cvd-severity
// to fs.
func addSimulateFlags(fs *pflag.FlagSet, usage string) *simulateFlags {
	s := &simulateFlags{}
	fs.TextVar(&s.kind, "simulate", cvd.Kind(0), usage)
	fs.Lookup("simulate").DefValue = "" // no simulation: no "(default Kind(0))" in the help
	fs.Float64Var(&s.severity, "cvd-severity", 1, "deficiency severity, more than 0 up to 1, with --simulate")
	return s
}

// check refuses a severity out of (0, 1].
func (s *simulateFlags) check(cmd string, stderr io.Writer) (code int, done bool) {
	if s.severity > 0 && s.severity <= 1 {
		return 0, false
	}
	return usageError(stderr, cmd, fmt.Sprintf("--cvd-severity %v: want more than 0, up to 1 (severity 0 simulates nothing)", s.severity)), true
}

// simulation returns the simulation the flags ask for, nil for none.
func (s *simulateFlags) simulation(lang psych.Lang) *render.Simulation {
	if s.kind == 0 {
		return nil
	}
	return &render.Simulation{Kind: s.kind, Severity: s.severity, Lang: lang}
}
