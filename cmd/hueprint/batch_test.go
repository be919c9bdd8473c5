package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
)

// TestBatchBadLines: a malformed "#…" line is an error result, not a
// comment; a line over 1 MiB is one error result and the stream goes on.
func TestBatchBadLines(t *testing.T) {
	long := strings.Repeat("x", 3<<20)
	in := "# a comment\n#\n#ggg #fff\n" + long + "\n#000 #fff\n##also a comment\n#\tthird comment\n"
	for _, format := range []string{"text", "json"} {
		stdout, stderr, code := runCLI(t, in, "contrast", "--batch", "--format", format)
		lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		if code != exitUsage || len(lines) != 3 || stderr != "" {
			t.Fatalf("%s: exit %d, %d lines, stderr %q\n%.500s", format, code, len(lines), stderr, stdout)
		}
		ln := func(n string) string {
			if format == "json" {
				return `"line":` + n
			}
			return "line " + n
		}
		if !strings.Contains(lines[0], ln("3")) || !strings.Contains(lines[0], `#ggg`) {
			t.Errorf("%s: malformed # line: %q", format, lines[0])
		}
		if !strings.Contains(lines[1], ln("4")) || !strings.Contains(lines[1], "line of 3145729 bytes, longer than 1048576") || len(lines[1]) > 300 {
			t.Errorf("%s: long line: %.300q", format, lines[1])
		}
		if !strings.Contains(lines[2], "21") {
			t.Errorf("%s: the pair after: %q", format, lines[2])
		}
	}
	// A bad colour of 500 KB is quoted cut, with its length.
	stdout, _, _ := runCLI(t, strings.Repeat("z", 500_000)+" #fff\n", "contrast", "--batch")
	if len(stdout) > 400 || !strings.Contains(stdout, "(500000 bytes)") {
		t.Errorf("long bad colour: %.400q", stdout)
	}
}

// FuzzContrastBatch: whatever the input, --batch writes exactly one line per
// line that is not blank or a comment, each one result or one error, in
// valid UTF-8 when the input is.
func FuzzContrastBatch(f *testing.F) {
	f.Add([]byte("#000 #fff\n#777 white\n# comment\n\n#ggg #fff\nrgb(0 0 0), hsl(0 0% 100%)\n"))
	f.Add([]byte("oklch(0.5 0.1 200) oklab(0.9 0 0)\r\n#12 #fff\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		code := contrastBatch(bytes.NewReader(data), &out, io.Discard, contrast.AA, formatJSON)
		want := 0
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); !(l == "" || l == "#" || l[0] == '#' && strings.ContainsRune(" \t#", rune(l[1]))) {
				want++
			}
		}
		got := strings.Count(out.String(), "\n")
		if got != want {
			t.Fatalf("%d result lines for %d input lines (exit %d):\n%q\n%q", got, want, code, data, out.String())
		}
		if utf8.Valid(data) && !utf8.Valid(out.Bytes()) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", out.String())
		}
	})
}
