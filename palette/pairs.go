package palette

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/lucasb-eyer/go-colorful"
)

// MaxPairLine is the longest line a PairScanner reads, in bytes; a longer
// line is skipped to its end and reported as a LineError of its own.
const MaxPairLine = 1 << 20

// PairScanner reads "FG BG" lines, a foreground and a background colour
// each, as `hueprint contrast --batch` does, in constant memory whatever
// the size of the input. Blank lines and comments ("#" followed by a
// space, a tab, another "#" or nothing) are skipped; "#fff #000" and
// "#ggg #000" are pairs, the second a bad one. Colours are separated by
// white space or a comma outside parentheses, so "rgb(0 0 0), white" is a
// pair.
//
// A PairScanner is not safe for concurrent use.
type PairScanner struct {
	r       *bufio.Reader
	line    int
	fg, bg  colorful.Color
	err     *LineError
	readErr error
	done    bool
}

// NewPairScanner returns a scanner reading r.
func NewPairScanner(r io.Reader) *PairScanner {
	return &PairScanner{r: bufio.NewReaderSize(r, 64<<10)}
}

// Scan advances to the next pair, good or bad; it returns false at the end
// of the input or on a read error (see Err).
func (s *PairScanner) Scan() bool {
	for {
		line, ok, tooLong := s.readLine()
		if !ok {
			return false
		}
		s.line++
		s.err = nil
		switch {
		case tooLong > 0:
			s.err = &LineError{Line: s.line, Err: fmt.Errorf("line of %d bytes, longer than %d: want \"FG BG\"", tooLong, MaxPairLine)}
		case isPairComment(line):
			continue
		default:
			var err error
			if s.fg, s.bg, err = ParsePair(line); err != nil {
				s.err = &LineError{Line: s.line, Input: clipText(line), Err: err}
			}
		}
		return true
	}
}

// Pair returns the pair read by the last Scan, each colour rounded to 8
// bits (the colour its hex names), or the *LineError of a bad line.
func (s *PairScanner) Pair() (fg, bg colorful.Color, err error) {
	if s.err != nil {
		return colorful.Color{}, colorful.Color{}, s.err
	}
	return s.fg, s.bg, nil
}

// Line returns the number of the line read by the last Scan, from 1.
func (s *PairScanner) Line() int { return s.line }

// Err returns the error that stopped Scan reading the input, if not io.EOF.
func (s *PairScanner) Err() error { return s.readErr }

// BatchCounts counts the lines of WriteContrastBatch: Bad lines (an error
// result each) and pairs that Failed the level.
type BatchCounts struct {
	Bad, Failed int
}

// WriteContrastBatch reads "FG BG" lines from r, as a PairScanner, and
// writes one line per pair to w, in order, as it reads them (constant
// memory, whatever the size of r), as "hueprint contrast --batch" does: the
// pair's contrast.Report at level, as JSON (Report.AppendJSON) or text
// (Report.AppendText), or for a bad line its LineError, as JSON
// (LineError.AppendJSON) or text ("line N: error: …"). It stops at the
// first error writing w and returns it; an error reading r is returned as
// a *LineError naming the line it stopped at. w should be buffered.
func WriteContrastBatch(w io.Writer, r io.Reader, level contrast.Level, asJSON bool) (BatchCounts, error) {
	pairs := NewPairScanner(r)
	var n BatchCounts
	var buf []byte
	for pairs.Scan() {
		buf = buf[:0]
		fg, bg, err := pairs.Pair()
		var lineErr *LineError
		switch {
		case errors.As(err, &lineErr) && asJSON:
			n.Bad++
			buf = lineErr.AppendJSON(buf)
		case errors.As(err, &lineErr):
			n.Bad++
			buf = fmt.Appendf(buf, "line %d: error: %v", lineErr.Line, lineErr.Err)
		default:
			rep := contrast.Report{Foreground: fg, Background: bg, Result: contrast.Check(fg, bg), Level: level}
			if !rep.Pass() {
				n.Failed++
			}
			if asJSON {
				buf, _ = rep.AppendJSON(buf) // the report of two parsed colours is always finite
			} else {
				buf = rep.AppendText(buf)
			}
		}
		if _, err := w.Write(append(buf, '\n')); err != nil {
			return n, err
		}
	}
	if err := pairs.Err(); err != nil {
		return n, &LineError{Line: pairs.Line() + 1, Err: err}
	}
	return n, nil
}

// readLine reads one line, trimmed. tooLong is the size of a line over
// MaxPairLine, whose text is not kept.
func (s *PairScanner) readLine() (line string, ok bool, tooLong int) {
	if s.done {
		return "", false, 0
	}
	var buf []byte
	size := 0
	for {
		chunk, err := s.r.ReadSlice('\n')
		size += len(chunk)
		if size <= MaxPairLine+1 {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			s.done = true
			if err != io.EOF {
				s.readErr = err
			}
			if size == 0 {
				return "", false, 0
			}
		}
		break
	}
	if size > MaxPairLine+1 {
		return "", true, size
	}
	return strings.TrimSpace(string(buf)), true, 0
}

// isPairComment tells a blank line or a comment ("#", "# header", "#\tx",
// "## x") from a pair, malformed or not ("#fff #000", "#ggg #000").
func isPairComment(line string) bool {
	return line == "" || line == "#" || line[0] == '#' && (line[1] == ' ' || line[1] == '\t' || line[1] == '#')
}

// ParsePair reads a "FG BG" line: two colours in the syntax of ParseColor,
// separated by white space or a comma outside parentheses. Both are
// returned rounded to 8 bits, the colours their hex names.
func ParsePair(line string) (fg, bg colorful.Color, err error) {
	fields := SplitColors(line)
	if len(fields) != 2 {
		return fg, bg, fmt.Errorf("want two colours \"FG BG\", got %d fields", len(fields))
	}
	if fg, err = ParseColor(fields[0]); err != nil {
		return
	}
	if bg, err = ParseColor(fields[1]); err != nil {
		return
	}
	return Quantize(fg), Quantize(bg), nil
}

// SplitColors splits a list of colours on white space and commas outside
// parentheses: "rgb(0 0 0), white #fff" gives "rgb(0 0 0)", "white" and
// "#fff".
func SplitColors(s string) []string {
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
