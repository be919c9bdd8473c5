package palette_test

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

func TestPairScanner(t *testing.T) {
	long := strings.Repeat("z", palette.MaxPairLine+10)
	type result struct {
		line   int
		fg, bg string // hex of a good pair
		err    string // part of the error of a bad one
	}
	tests := []struct {
		name, in string
		want     []result
	}{
		{name: "pairs and comments", in: "#000 #fff\n# comment\n#\n## x\n#\tc\n\n#777 white\n", want: []result{
			{line: 1, fg: "#000000", bg: "#ffffff"}, {line: 7, fg: "#777777", bg: "#ffffff"}}},
		{name: "malformed hex is a pair, not a comment", in: "#12 #000\n#ggg white\n", want: []result{
			{line: 1, err: `bad color "#12"`}, {line: 2, err: `bad color "#ggg"`}}},
		{name: "functions, commas and CRLF", in: "rgb(0 0 0), hsl(0 0% 100%)\r\noklch(0.5 0.1 200) oklab(0.9 0 0)", want: []result{
			{line: 1, fg: "#000000", bg: "#ffffff"}, {line: 2, fg: "#00747a", bg: "#dedede"}}},
		{name: "field count", in: "red\nred green blue\n", want: []result{
			{line: 1, err: "got 1 fields"}, {line: 2, err: "got 3 fields"}}},
		{name: "a line over the limit", in: long + " #fff\n#000 #fff\n", want: []result{
			{line: 1, err: fmt.Sprintf("line of %d bytes, longer than %d", len(long)+6, palette.MaxPairLine)}, {line: 2, fg: "#000000", bg: "#ffffff"}}},
		{name: "empty", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := palette.NewPairScanner(strings.NewReader(tt.in))
			var got []result
			for s.Scan() {
				fg, bg, err := s.Pair()
				r := result{line: s.Line()}
				if err != nil {
					var le *palette.LineError
					if !errors.As(err, &le) || le.Line != s.Line() {
						t.Fatalf("line %d: error %v is not a *LineError of its line", s.Line(), err)
					}
					r.err = err.Error()
				} else {
					r.fg, r.bg = palette.Hex(fg), palette.Hex(bg)
				}
				got = append(got, r)
			}
			if s.Err() != nil {
				t.Fatal(s.Err())
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d results, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.line != w.line || g.fg != w.fg || g.bg != w.bg || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
					t.Errorf("result %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// failingReader fails after its text.
type failingReader struct{ r *strings.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	if n, _ := f.r.Read(p); n > 0 {
		return n, nil
	}
	return 0, errors.New("disk on fire")
}

func TestPairScannerReadError(t *testing.T) {
	s := palette.NewPairScanner(failingReader{strings.NewReader("#000 #fff\n")})
	n := 0
	for s.Scan() {
		n++
	}
	if n != 1 || s.Err() == nil || s.Err().Error() != "disk on fire" {
		t.Errorf("%d pairs, Err %v; want 1 and the read error", n, s.Err())
	}
}

func TestSplitColors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"rgb(0 0 0), white #fff", []string{"rgb(0 0 0)", "white", "#fff"}},
		{"  hsl(0, 0%, 0%)\tred,,blue ", []string{"hsl(0, 0%, 0%)", "red", "blue"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := palette.SplitColors(tt.in); fmt.Sprint(got) != fmt.Sprint(tt.want) || len(got) != len(tt.want) {
			t.Errorf("SplitColors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExamplePairScanner() {
	s := palette.NewPairScanner(strings.NewReader("# text on page\n#777 white\nnavy, rgb(255 255 255)\n#ggg black\n"))
	for s.Scan() {
		fg, bg, err := s.Pair()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s.Line(), palette.Hex(fg), palette.Hex(bg))
	}
	// Output:
	// 2 #777777 #ffffff
	// 3 #000080 #ffffff
	// line 4: palette: bad color "#ggg": want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. "#1d4ed8"
}

// FuzzPairScanner: one result per line that is not blank or a comment, a
// good pair's colours are exact in hex, and a bad line's error names it.
func FuzzPairScanner(f *testing.F) {
	f.Add("#000 #fff\n#777 white\n# comment\n\n#ggg #fff\nrgb(0 0 0), hsl(0 0% 100%)\n")
	f.Add("oklch(0.5 0.1 200) oklab(0.9 0 0)\r\n#12 #fff\n")
	f.Fuzz(func(t *testing.T, in string) {
		want := 0
		for _, l := range strings.Split(in, "\n") {
			if l = strings.TrimSpace(l); !(l == "" || l == "#" || l[0] == '#' && strings.ContainsRune(" \t#", rune(l[1]))) {
				want++
			}
		}
		s := palette.NewPairScanner(strings.NewReader(in))
		got := 0
		for s.Scan() {
			got++
			fg, bg, err := s.Pair()
			if err != nil {
				var le *palette.LineError
				if !errors.As(err, &le) || le.Line != s.Line() {
					t.Fatalf("error %v is not the LineError of line %d", err, s.Line())
				}
				continue
			}
			if palette.Quantize(fg) != fg || palette.Quantize(bg) != bg {
				t.Fatalf("line %d: colours %v %v are not 8-bit", s.Line(), fg, bg)
			}
		}
		if got != want || s.Err() != nil {
			t.Fatalf("%d results for %d lines, Err %v: %q", got, want, s.Err(), in)
		}
	})
}

var benchPairs = strings.Repeat("#000 #fff\nrgb(10 20 30) white\n#777777 #fafafa\n", 2000)

func BenchmarkPairScanner(b *testing.B) {
	for b.Loop() {
		s := palette.NewPairScanner(strings.NewReader(benchPairs))
		for s.Scan() {
			if _, _, err := s.Pair(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPairScannerSimplest is the simplest alternative: bufio.Scanner
// (no line limit of its own) and ParsePair.
func BenchmarkPairScannerSimplest(b *testing.B) {
	for b.Loop() {
		sc := bufio.NewScanner(strings.NewReader(benchPairs))
		for sc.Scan() {
			if _, _, err := palette.ParsePair(sc.Text()); err != nil {
				b.Fatal(err)
			}
		}
	}
}
