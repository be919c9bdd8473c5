// Command hueprint makes brand colour palettes from colour psychology, checks
// their legibility, and keeps brand images honest to them.
//
// Run "hueprint help" for the commands.
package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit codes, mapped here and nowhere else.
const (
	exitOK    = 0 // done, or every check passed
	exitFail  = 1 // the answer is "no": a check failed
	exitUsage = 2 // the user must fix something: usage, bad colour, unreadable input
)

// command is one subcommand. run parses its own flags.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"audit":    {"check a palette for legibility and colour-vision deficiencies", runAudit},
		"banner":   {"render the palette on social-media formats as PNG", runBanner},
		"check":    {"measure brand images against a palette's 60-30-10 rule", runCheck},
		"color":    {"describe colours in every space designers use", runColor},
		"contrast": {"WCAG 2.x and APCA contrast of text on a background", runContrast},
		"export":   {"write a palette for CSS, SCSS, Tailwind, design tokens, GIMP, Adobe, SVG", runExport},
		"extract":  {"list the dominant colours of an image or logo", runExtract},
		"palette":  {"generate a brand palette from colour-psychology tags", runPalette},
		"preview":  {"write an offline landing page showing the light and dark schemes", runPreview},
		"scheme":   {"light and dark UI schemes from a palette, every pair legible", runScheme},
		"swatch":   {"draw a palette card as PNG", runSwatch},
		"studio":   {"the whole workflow in a local web page", runStudio},
		"tags":     {"list the colour-psychology tags, families and styles", runTags},
	}
}

const mainUsage = `Usage: hueprint COMMAND [flags] [args]

hueprint makes brand colour palettes from colour psychology, checks that
their text is legible (WCAG 2.x, with APCA as a second opinion), and keeps
brand images honest to them.

Commands:
%s
Run 'hueprint help COMMAND' or 'hueprint COMMAND --help' for a command's
flags and examples. Exit codes: 0 done or all checks pass, 1 a check
failed, 2 usage error or unreadable input.

Flags:
  -h, --help      show this help
      --version   print the version
`

// commandNames returns the names of the commands, sorted.
func commandNames() []string { return slices.Sorted(maps.Keys(commands)) }

func commandList() string {
	var b strings.Builder
	for _, n := range commandNames() {
		fmt.Fprintf(&b, "  %-9s %s\n", n, commands[n].summary)
	}
	return b.String()
}

// dispatch runs the command args name; run wraps it to check stdout.
func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintf(stderr, mainUsage, commandList())
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help":
		fmt.Fprintf(stdout, mainUsage, commandList())
		return exitOK
	case "--version", "version":
		fmt.Fprintln(stdout, "hueprint", version())
		return exitOK
	case "help":
		if len(args) == 1 {
			fmt.Fprintf(stdout, mainUsage, commandList())
			return exitOK
		}
		cmd, ok := commands[args[1]]
		if !ok {
			return unknownCommand(args[1], stderr)
		}
		return cmd.run([]string{"--help"}, stdin, stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return unknownCommand(args[0], stderr)
	}
	return cmd.run(args[1:], stdin, stdout, stderr)
}

func unknownCommand(name string, stderr io.Writer) int {
	if strings.HasPrefix(name, "-") {
		fmt.Fprintf(stderr, "hueprint: unknown flag %q before the command\n", name)
	} else {
		fmt.Fprintf(stderr, "hueprint: unknown command %q%s\n", name, didYouMean(name, commandNames()))
	}
	fmt.Fprintln(stderr, "hueprint: hint: run 'hueprint help' for the commands")
	return exitUsage
}

// version reports the module version, or the VCS revision of a local build.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "devel " + s.Value[:12]
		}
	}
	return "devel"
}
