package palette_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
)

func ExampleWriteContrastBatch() {
	in := "#000 #fff\n# a comment\n#777 white\n#ggg white\n"
	n, err := palette.WriteContrastBatch(os.Stdout, strings.NewReader(in), contrast.AA, false)
	fmt.Println(n.Bad, n.Failed, err)
	// Output:
	// #000000 #ffffff 21.00 pass 106.0
	// #777777 #ffffff 4.48 fail 71.1
	// line 4: error: palette: bad color "#ggg": want #rgb, #rrggbb, a CSS color name or rgb()/hsl()/oklch()/oklab(), e.g. "#1d4ed8"
	// 1 1 <nil>
}

// errWriter fails every write after the first n bytes.
type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteContrastBatch(t *testing.T) {
	tests := []struct {
		name, in  string
		json      bool
		want      string
		bad, fail int
	}{
		{name: "text", in: "#000 #fff\n#777 white\n", want: "#000000 #ffffff 21.00 pass 106.0\n#777777 #ffffff 4.48 fail 71.1\n", fail: 1},
		{name: "json", in: "#000 #fff\n", json: true, want: `{"foreground":"#000000","background":"#ffffff","ratio":21,`},
		{name: "bad json", in: "#12 #000\n", json: true, want: `{"line":1,"input":"#12 #000","error":`, bad: 1},
		{name: "comments only", in: "# x\n\n#\n", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			n, err := palette.WriteContrastBatch(&b, strings.NewReader(tt.in), contrast.AA, tt.json)
			if err != nil || n.Bad != tt.bad || n.Failed != tt.fail || !strings.HasPrefix(b.String(), tt.want) {
				t.Errorf("%+v %v\n%s\nwant prefix %s", n, err, b.String(), tt.want)
			}
		})
	}
	// A write error stops the run and is returned as it is.
	_, err := palette.WriteContrastBatch(&errWriter{n: 40}, strings.NewReader(strings.Repeat("#000 #fff\n", 10)), contrast.AA, false)
	var le *palette.LineError
	if err == nil || err.Error() != "disk full" || errors.As(err, &le) {
		t.Errorf("write error: %v", err)
	}
	// A read error is a *LineError at the line it stopped at.
	_, err = palette.WriteContrastBatch(io.Discard, failingReader{strings.NewReader("#000 #fff\n")}, contrast.AA, true)
	if !errors.As(err, &le) || le.Line != 2 {
		t.Errorf("read error: %v", err)
	}
}

// FuzzWriteContrastBatch: whatever the input, one line is written per line
// that is not blank or a comment, each one result or one error, in valid
// UTF-8 when the input is, and the counts add up.
func FuzzWriteContrastBatch(f *testing.F) {
	f.Add([]byte("#000 #fff\n#777 white\n# comment\n\n#ggg #fff\nrgb(0 0 0), hsl(0 0% 100%)\n"), true)
	f.Add([]byte("oklch(0.5 0.1 200) oklab(0.9 0 0)\r\n#12 #fff\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		var out bytes.Buffer
		n, err := palette.WriteContrastBatch(&out, bytes.NewReader(data), contrast.AA, asJSON)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); !(l == "" || l == "#" || l[0] == '#' && strings.ContainsRune(" \t#", rune(l[1]))) {
				want++
			}
		}
		if got := strings.Count(out.String(), "\n"); got != want || n.Bad+n.Failed > want {
			t.Fatalf("%d result lines for %d input lines (%+v):\n%q\n%q", got, want, n, data, out.String())
		}
		if utf8.Valid(data) && !utf8.Valid(out.Bytes()) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", out.String())
		}
	})
}
