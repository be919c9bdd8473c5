package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
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
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format`: text or json")
	levelp := levelFlag(fs, "WCAG `level` that decides the exit code: aa, aa-large, aaa, aaa-large, non-text")
	batch := fs.Bool("batch", false, "read FG BG pairs from stdin, one per line")
	paletteFile := fs.String("palette", "", "print the contrast grid of the palette `FILE` (- for stdin)")
	langp := langFlag(fs, "the text output")
	paletteVariant := fs.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	level := *levelp
	switch {
	case *batch:
		if fs.NArg() > 0 || *paletteFile != "" {
			return usageError(stderr, "contrast", "--batch reads pairs from stdin and takes no arguments or --palette")
		}
		return contrastBatch(stdin, stdout, stderr, level, format.value)
	case *paletteFile != "":
		if fs.NArg() > 0 {
			return usageError(stderr, "contrast", "--palette takes no colour arguments")
		}
		return contrastPalette(*paletteFile, *paletteVariant, stdin, stdout, stderr, level, format.value, *langp)
	}
	if fs.NArg() != 2 {
		return usageError(stderr, "contrast", fmt.Sprintf("want two colours, FG and BG, got %d", fs.NArg()))
	}
	fg, err := palette.ParseColor(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: foreground: %v\n", err)
		return exitUsage
	}
	bg, err := palette.ParseColor(fs.Arg(1))
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: background: %v\n", err)
		return exitUsage
	}
	// The colours are judged as their hex encodes them.
	fg, bg = palette.Quantize(fg), palette.Quantize(bg)
	res := contrast.Check(fg, bg)
	pass := res.Passes(level)
	var suggestion *colorful.Color
	var suggestionErr error
	if !pass {
		s, err := contrast.NearestPassing(fg, bg, level)
		if err != nil {
			suggestionErr = err
		} else {
			suggestion = &s
		}
	}
	if format.value == formatJSON {
		rep := contrast.NewReport(fg, bg, level)
		rep.Suggestion = suggestion
		b, err := json.Marshal(rep)
		if err != nil {
			fmt.Fprintf(stderr, "hueprint: %v\n", err)
			return exitUsage
		}
		stdout.Write(append(b, '\n'))
	} else {
		writePairText(stdout, fg, bg, res, level, suggestion, suggestionErr, useColor(stdout), *langp)
	}
	if !pass {
		return exitFail
	}
	return exitOK
}

func verdict(ok bool) string {
	if ok {
		return "pass"
	}
	return "fail"
}

func writePairText(w io.Writer, fg, bg colorful.Color, res contrast.Result, level contrast.Level,
	suggestion *colorful.Color, suggestionErr error, tty bool, lang psych.Lang) {
	word := psych.T(lang, "contrast.passes")
	if !res.Passes(level) {
		word = psych.T(lang, "contrast.fails")
	}
	sample := ""
	if tty {
		r1, g1, b1 := palette.RGB255(fg)
		r2, g2, b2 := palette.RGB255(bg)
		sample = fmt.Sprintf("\x1b[38;2;%d;%d;%dm\x1b[48;2;%d;%d;%dm %s \x1b[0m ", r1, g1, b1, r2, g2, b2, psych.T(lang, "contrast.sample"))
	}
	fmt.Fprintln(w, sample+psych.T(lang, "contrast.pair", palette.Hex(fg), palette.Hex(bg), psych.Ratio(lang, res.Ratio), word, strings.ToUpper(level.String())))
	for _, l := range contrast.Levels() {
		pass, fail := psych.T(lang, "contrast.pass"), psych.T(lang, "contrast.fail")
		v := fail
		if res.Passes(l) {
			v = pass
		}
		v += strings.Repeat(" ", max(utf8.RuneCountInString(pass), utf8.RuneCountInString(fail))-utf8.RuneCountInString(v))
		name := l.String()
		if k := "level." + name; lang == psych.French && psych.Has(k) {
			name = psych.T(lang, k)
		}
		fmt.Fprintf(w, "  %-10s %s\n", name, psych.T(lang, "contrast.level", v, psych.Num(lang, l.Min(), -1)+":1"))
	}
	fmt.Fprintf(w, "  %-10s %s\n", "APCA Lc", psych.T(lang, "contrast.apca", psych.Num(lang, res.APCA, 1)))
	switch {
	case suggestion != nil:
		dir := psych.T(lang, "contrast.darker")
		if contrast.Luminance(*suggestion) > contrast.Luminance(fg) {
			dir = psych.T(lang, "contrast.lighter")
		}
		fmt.Fprintf(w, "  %-10s %s%s\n", psych.T(lang, "contrast.suggestion"), swatch(*suggestion, tty),
			psych.T(lang, "contrast.reaches", palette.Hex(*suggestion), level, psych.Ratio(lang, contrast.Ratio(*suggestion, bg)), dir))
	case suggestionErr != nil:
		fmt.Fprintf(w, "  %-10s %s\n", psych.T(lang, "contrast.suggestion"), psych.T(lang, "contrast.none", suggestionErr))
	}
}

// appendPairJSON appends the documented JSON object of one pair,
// contrast.Report's, with a final newline. --batch streams millions of
// lines: AppendJSON writes the same bytes as json.Marshal without its
// copy and validation. The report of two parsed colours is always finite.
func appendPairJSON(b []byte, fg, bg colorful.Color, res contrast.Result, level contrast.Level) []byte {
	b, _ = contrast.Report{Foreground: fg, Background: bg, Result: res, Level: level}.AppendJSON(b)
	return append(b, '\n')
}

// contrastBatch streams FG BG pairs: constant memory whatever the input size.
func contrastBatch(stdin io.Reader, stdout, stderr io.Writer, level contrast.Level, format outputFormat) int {
	lines := newBatchReader(stdin)
	out := bufio.NewWriterSize(stdout, 64*1024)
	defer out.Flush()
	var buf []byte
	anyBad, anyFail := false, false
	lineNo := 0
	for outputErr(stdout) == nil && lines.next() {
		lineNo++
		line, err := lines.line, lines.err
		if err == nil && isBatchComment(line) {
			continue
		}
		buf = buf[:0]
		var fg, bg colorful.Color
		if err == nil {
			fg, bg, err = parsePair(line)
		}
		if err != nil {
			anyBad = true
			if format == formatJSON {
				buf = append(buf, `{"line":`...)
				buf = strconv.AppendInt(buf, int64(lineNo), 10)
				buf = append(buf, `,"input":`...)
				buf = strconv.AppendQuote(buf, clipInput(line))
				buf = append(buf, `,"error":`...)
				buf = strconv.AppendQuote(buf, err.Error())
				buf = append(buf, "}\n"...)
			} else {
				buf = fmt.Appendf(buf, "line %d: error: %v\n", lineNo, err)
			}
			out.Write(buf)
			continue
		}
		res := contrast.Check(fg, bg)
		if !res.Passes(level) {
			anyFail = true
		}
		if format == formatJSON {
			buf = appendPairJSON(buf, fg, bg, res, level)
		} else {
			buf = append(buf, palette.Hex(fg)...)
			buf = append(buf, ' ')
			buf = append(buf, palette.Hex(bg)...)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, res.Ratio, 'f', 2, 64)
			buf = append(buf, ' ')
			buf = append(buf, verdict(res.Passes(level))...)
			buf = append(buf, ' ')
			buf = strconv.AppendFloat(buf, res.APCA, 'f', 1, 64)
			buf = append(buf, '\n')
		}
		out.Write(buf)
	}
	if err := lines.readErr; err != nil {
		out.Flush()
		fmt.Fprintf(stderr, "hueprint: reading stdin at line %d: %v\n", lineNo+1, err)
		return exitUsage
	}
	switch {
	case anyBad:
		return exitUsage
	case anyFail:
		return exitFail
	}
	return exitOK
}

// isBatchComment tells a blank line or a comment ("#", "# header", "#\tx")
// from a pair, malformed or not ("#fff #000", "#ggg #000").
func isBatchComment(line string) bool {
	return line == "" || line == "#" || line[0] == '#' && (line[1] == ' ' || line[1] == '\t' || line[1] == '#')
}

// batchLineMax is the longest line --batch reads; a longer one is an error
// result of its own.
const batchLineMax = 1 << 20

// batchReader reads the lines of --batch input in constant memory: a line
// longer than batchLineMax is skipped to its end and returned as an error.
type batchReader struct {
	r       *bufio.Reader
	line    string
	err     error // this line's error
	readErr error // the input's error, not io.EOF
	done    bool
}

func newBatchReader(r io.Reader) *batchReader {
	return &batchReader{r: bufio.NewReaderSize(r, 64<<10)}
}

func (b *batchReader) next() bool {
	if b.done {
		return false
	}
	b.line, b.err = "", nil
	var buf []byte
	size := 0
	for {
		chunk, err := b.r.ReadSlice('\n')
		size += len(chunk)
		if size <= batchLineMax+1 {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			b.done = true
			if err != io.EOF {
				b.readErr = err
			}
			if size == 0 {
				return false
			}
		}
		break
	}
	if size > batchLineMax+1 {
		b.err = fmt.Errorf("line of %d bytes, longer than %d: want \"FG BG\"", size, batchLineMax)
		return true
	}
	b.line = strings.TrimSpace(string(buf))
	return true
}

// parsePair splits a batch line into two colours. Colours may contain spaces
// inside parentheses ("rgb(0 0 0) white").
func parsePair(line string) (fg, bg colorful.Color, err error) {
	fields := splitColors(line)
	if len(fields) != 2 {
		return fg, bg, fmt.Errorf("want two colours \"FG BG\", got %d fields", len(fields))
	}
	if fg, err = palette.ParseColor(fields[0]); err != nil {
		return
	}
	if bg, err = palette.ParseColor(fields[1]); err != nil {
		return
	}
	return palette.Quantize(fg), palette.Quantize(bg), nil
}

// splitColors splits on white space and commas outside parentheses.
func splitColors(s string) []string {
	var out []string
	depth, start := 0, -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth == 0 && (c == ' ' || c == '\t' || c == ','):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// contrastPalette prints the contrast grid of a palette: every ordered pair
// of its colours. It is information, not a check: the exit code is 0.
func contrastPalette(path string, variant int, stdin io.Reader, stdout, stderr io.Writer, level contrast.Level, format outputFormat, lang psych.Lang) int {
	p, err := readPaletteVariant(path, variant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	colors := p.Colors()
	cs := make([]colorful.Color, len(colors))
	for i, c := range colors {
		cs[i] = palette.Quantize(c.Color)
	}
	grid := contrast.Grid(cs)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if format == formatJSON {
		var b []byte
		for _, pr := range grid {
			b = b[:0]
			b = append(b, `{"fg_role":"`...)
			b = append(b, colors[pr.FG].Label()...)
			b = append(b, `","bg_role":"`...)
			b = append(b, colors[pr.BG].Label()...)
			b = append(b, `",`...)
			b = append(b, appendPairJSON(nil, cs[pr.FG], cs[pr.BG], pr.Result, level)[1:]...)
			out.Write(b)
		}
		return exitOK
	}
	tty := useColor(stdout)
	fmt.Fprintln(out, psych.T(lang, "contrast.grid", strings.ToUpper(level.String())))
	fmt.Fprintf(out, "%-21s", "")
	for _, c := range colors {
		fmt.Fprintf(out, " %-13s", c.LabelIn(lang))
	}
	fmt.Fprintln(out)
	k := 0
	for i, fg := range colors {
		fmt.Fprintf(out, "%-13s %s%s", fg.LabelIn(lang), swatch(fg.Color, tty), fg.Hex())
		for j := range colors {
			if i == j {
				fmt.Fprintf(out, " %-13s", "-")
				continue
			}
			pr := grid[k]
			k++
			mark := " "
			if pr.Passes(level) {
				mark = "*"
			}
			fmt.Fprintf(out, " %6s%s      ", psych.Num(lang, pr.Ratio, 2), mark)
		}
		fmt.Fprintln(out)
	}
	return exitOK
}
