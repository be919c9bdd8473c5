package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

// runCLI runs the command in-process and returns its outputs.
func runCLI(t testing.TB, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{name: "no command", args: nil, want: "Usage: hueprint COMMAND"},
		{name: "unknown command", args: []string{"frobnicate"}, want: `unknown command "frobnicate"`},
		{name: "contrast no args", args: []string{"contrast"}, want: "want two colours"},
		{name: "contrast bad colour", args: []string{"contrast", "#12", "white"}, want: `bad color "#12"`},
		{name: "contrast unknown flag", args: []string{"contrast", "--bogus", "a", "b"}, want: "unknown flag: --bogus"},
		{name: "contrast bad level", args: []string{"contrast", "--level", "x", "#000", "#fff"}, want: "unknown level"},
		{name: "contrast bad format", args: []string{"contrast", "--format", "xml", "#000", "#fff"}, want: "want text|json"},
		{name: "color nothing", args: []string{"color"}, want: "no colour given"},
		{name: "color bad", args: []string{"color", "notacolor"}, want: `bad color "notacolor"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.want)
			}
			if tt.args != nil && stdout != "" {
				t.Errorf("stdout not empty on error: %q", stdout)
			}
			if strings.Contains(stderr, "panic") {
				t.Errorf("panic: %s", stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"help", "contrast"}, {"contrast", "--help"}, {"color", "-h"}, {"--version"}} {
		stdout, stderr, code := runCLI(t, "", args...)
		if code != 0 || stdout == "" || stderr != "" {
			t.Errorf("%v: code %d, stdout %d bytes, stderr %q", args, code, len(stdout), stderr)
		}
	}
}

func TestContrastPaleYellow(t *testing.T) {
	stdout, _, code := runCLI(t, "", "contrast", "#fff", "#fff59d")
	if code != exitFail {
		t.Errorf("white on pale yellow: exit %d, want 1", code)
	}
	for _, want := range []string{"1.12:1, fails AA", "suggestion #6e6e6e"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestContrastJSON(t *testing.T) {
	stdout, _, code := runCLI(t, "", "contrast", "black", "white", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Foreground, Background string
		Ratio                  float64
		WCAG                   map[string]bool
		APCA                   float64
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if got.Ratio != 21 || got.Foreground != "#000000" || got.Background != "#ffffff" || len(got.WCAG) != 5 || !got.WCAG["non_text"] {
		t.Errorf("got %+v", got)
	}
	// The unrounded ratio: #777 on white is 4.478…, not 4.48.
	stdout, _, code = runCLI(t, "", "contrast", "#777", "#fff", "--format", "json")
	var r struct {
		Ratio      float64
		Suggestion string
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil || code != 1 {
		t.Fatalf("%v %d %s", err, code, stdout)
	}
	if r.Ratio == math.Round(r.Ratio*100)/100 || r.Suggestion == "" {
		t.Errorf("ratio %v looks rounded or no suggestion: %s", r.Ratio, stdout)
	}
}

func TestContrastBatch(t *testing.T) {
	in := "# pairs\n\n#000 #fff\n#777 white\nnot a pair\nrgb(0 0 0) , tomato\n#fff59d #fff\n"
	stdout, _, code := runCLI(t, in, "contrast", "--batch", "--format", "json")
	if code != exitUsage {
		t.Errorf("exit %d, want 2 (a bad line)", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5:\n%s", len(lines), stdout)
	}
	wantErr := []bool{false, false, true, false, false}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v: %s", i, err, l)
		}
		if _, has := m["error"]; has != wantErr[i] {
			t.Errorf("line %d error=%v, want %v: %s", i, has, wantErr[i], l)
		}
	}
	_, _, code = runCLI(t, "#000 #fff\n#777 #fff\n", "contrast", "--batch")
	if code != exitFail {
		t.Errorf("exit %d, want 1 (a failing pair)", code)
	}
	_, _, code = runCLI(t, "#000 #fff\n", "contrast", "--batch", "--level", "aaa")
	if code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
}

func TestColorJSON(t *testing.T) {
	stdout, _, code := runCLI(t, "", "color", "oklch(70% 0.15 200)", "tomato", "#1d4ed8", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var c struct {
		Hex   string
		RGB   []int
		HSL   struct{ H *float64 }
		OKLCH struct{ L, C float64 }
		Lab   struct{ L float64 }
		Name  string
	}
	if err := json.Unmarshal([]byte(lines[1]), &c); err != nil {
		t.Fatal(err)
	}
	// tomato: CSS Color 4 #ff6347, oklch(69.62% 0.1955 32.32) per color.js.
	if c.Hex != "#ff6347" || c.RGB[1] != 99 || c.Name != "tomato" || math.Abs(c.OKLCH.L-0.6962) > 1e-4 || math.Abs(c.OKLCH.C-0.1955) > 1e-4 {
		t.Errorf("tomato: %+v", c)
	}
	stdout, _, _ = runCLI(t, "", "color", "grey", "--format", "json")
	if !strings.Contains(stdout, `"h":null`) {
		t.Errorf("grey hue not null: %s", stdout)
	}
}

func TestColorStdin(t *testing.T) {
	stdout, stderr, code := runCLI(t, "red\n\nnope\nblue\n", "color", "-", "--format", "json")
	if code != exitUsage || stderr != "" {
		t.Errorf("exit %d stderr %q", code, stderr)
	}
	if n := strings.Count(stdout, "\n"); n != 3 || !strings.Contains(stdout, `"error"`) {
		t.Errorf("stdout:\n%s", stdout)
	}
}

func BenchmarkContrastBatch(b *testing.B) {
	var in strings.Builder
	for i := range 10000 {
		in.WriteString("#")
		in.WriteString(strings.Repeat(string("0123456789abcdef"[i%16]), 6))
		in.WriteString(" #fff59d\n")
	}
	data := in.String()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		run([]string{"contrast", "--batch", "--format", "json"}, strings.NewReader(data), io.Discard, io.Discard)
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func TestPaletteCommand(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "palette", "--tags", "confiance,tech", "--lang", "fr")
	if code != 0 || !strings.Contains(stdout, "bleu") || !strings.Contains(stdout, "confiance") {
		t.Errorf("exit %d stderr %q:\n%s", code, stderr, stdout)
	}
	// JSON output is the palette file, which contrast --palette reads back.
	stdout, _, code = runCLI(t, "", "palette", "--tags", "energy", "--base", "#e4002b", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"hex": "#e4002b"`) || !strings.Contains(stdout, `"version": 1`) {
		t.Fatalf("exit %d:\n%s", code, stdout)
	}
	grid, stderr, code := runCLI(t, stdout, "contrast", "--palette", "-", "--format", "json")
	if code != 0 || strings.Count(grid, "\n") != 20 {
		t.Errorf("grid exit %d, %d lines, stderr %q", code, strings.Count(grid, "\n"), stderr)
	}
	// Variants: one compact palette per line.
	stdout, _, code = runCLI(t, "", "palette", "--tags", "kids", "--variants", "3", "--format", "json", "--seed", "7")
	if code != 0 || strings.Count(stdout, "\n") != 3 {
		t.Errorf("variants: exit %d:\n%s", code, stdout)
	}
}

func TestPaletteErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"palette", "--tags", "trustt"}, "did you mean trust"},
		{[]string{"palette"}, "no tags and no base"},
		{[]string{"palette", "--tags", "pastel"}, "only set a style"},
		{[]string{"palette", "--base", "#12"}, `bad color "#12"`},
		{[]string{"palette", "--tags", "trust", "--lock", "accent"}, "want ROLE=COLOR"},
		{[]string{"palette", "--tags", "trust", "--lock", "tertiary=#fff"}, "want secondary or accent"},
		{[]string{"palette", "--tags", "trust", "--harmony", "tetradic"}, "unknown harmony"},
		{[]string{"palette", "--tags", "trust", "--lang", "de"}, "unknown language"},
		{[]string{"palette", "--tags", "trust", "--variants", "0"}, "want 1 to 100"},
		{[]string{"contrast", "--palette", "testdata/nope.json"}, "no such file"},
	}
	for _, tt := range tests {
		stdout, stderr, code := runCLI(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) || stdout != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit 2 and %q", tt.args, code, stderr, stdout, tt.want)
		}
	}
}

func TestTagsCommand(t *testing.T) {
	stdout, _, code := runCLI(t, "", "tags", "--lang", "fr")
	if code != 0 || !strings.Contains(stdout, "confiance") || !strings.Contains(stdout, "Familles") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	stdout, _, code = runCLI(t, "", "tags", "--format", "json")
	var doc struct {
		Tags     []map[string]any
		Families []map[string]any
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || code != 0 || len(doc.Tags) < 40 || len(doc.Families) != len(psych.Families()) {
		t.Errorf("exit %d, %v, %d tags, %d families", code, err, len(doc.Tags), len(doc.Families))
	}
}

func TestContrastPaletteText(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "contrast", "--palette", "testdata/brand.json")
	if code != 0 || !strings.Contains(stdout, "secondary[0]") || stderr != "" {
		t.Errorf("exit %d stderr %q:\n%s", code, stderr, stdout)
	}
}
