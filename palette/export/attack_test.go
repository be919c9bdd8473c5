package export_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// TestHostileNamesStayInComments checks that a palette or colour name
// cannot end the comment it is written in: no line terminator of CSS, Sass
// or JavaScript (\n, \r, \f, U+0085, U+2028, U+2029) and no other control
// character may reach the output, and no comment opener or closer. A
// carriage return or U+2028 in a name ended the // comment of a Tailwind
// v3 config, and what followed ran when Tailwind loaded it.
func TestHostileNamesStayInComments(t *testing.T) {
	payload := "require('child_process').execSync('id')"
	for _, sep := range []string{"\n", "\r", "\f", "\v", "\u0085", "\u2028", "\u2029", "\x00", "\x1b", "*/", "/*", "</style>"} {
		p := brand(t)
		p.Name = "Acme" + sep + payload + sep + "//"
		p.Primary.Name = "green" + sep + "*/ body{display:none} /*"
		writers := map[string]func(io.Writer, *palette.Palette, export.Options) error{
			"css": export.CSS, "scss": export.SCSS, "tailwind": export.Tailwind, "tailwind4": export.Tailwind4,
		}
		for name, write := range writers {
			var buf bytes.Buffer
			if err := write(&buf, p, export.Options{Prefix: "brand"}); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out := buf.String()
			bad := strings.IndexFunc(out, func(r rune) bool {
				return r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029)
			})
			if bad >= 0 {
				t.Errorf("%s, name with %q: control or line terminator %q in the output", name, sep, []rune(out[bad:])[0])
			}
			first, _, _ := strings.Cut(out, "\n")
			if !strings.Contains(first, payload) || !strings.HasSuffix(first, "sRGB hex.") && !strings.HasSuffix(first, "sRGB hex. */") {
				t.Errorf("%s, name with %q: the name left its comment line: %q", name, sep, first)
			}
			if name == "tailwind" {
				continue // JavaScript: its content glob and JSDoc hold "/*" on purpose
			}
			if strings.Count(out, "/*") != strings.Count(out, "*/") || strings.Contains(out, "</style") {
				t.Errorf("%s, name with %q: a comment opener or closer or an end tag in the output:\n%s", name, sep, out)
			}
		}
	}
}

// TestSVGWellFormedWithControlNames checks that the SVG sheet stays
// well-formed XML (which browsers require to draw it) when a palette or
// colour name holds characters XML 1.0 forbids: NUL, escape, vertical tab.
func TestSVGWellFormedWithControlNames(t *testing.T) {
	p := brand(t)
	p.Name = "Acme\x00\x1b[31m\v\ufffe"
	p.Primary.Name = "green\x01\x7f<&>"
	var buf bytes.Buffer
	if err := export.SVG(&buf, p, export.Options{}); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(&buf)
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
	}
}
