package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// hostileText is a name built to break out of every construct a writer puts
// names in: each Unicode line terminator (ECMA-262 § 12.3, CSS Syntax
// § 3.3), quotes, backslashes, comment ends, </script>, control characters,
// a bidi override and invalid UTF-8, each followed by code that, if it ever
// ran, would write the file marker.
func hostileText(marker string) string {
	js := `require("fs").writeFileSync(` + strconvQuote(marker) + `, "pwned");`
	css := `:root { --brand-primary: red; } $brand-primary: red;`
	var b strings.Builder
	b.WriteString("Acme")
	for _, sep := range []string{"\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u2028", "\u2029", "*/", "*/*/", "\x00", "\x1b[31m", "\x7f", "\u202e", "\xff"} {
		b.WriteString(sep + js + " " + css + " ")
	}
	b.WriteString(`' " ` + "`" + ` \ \\ \u2028 ${process.exit(3)} </script><script>alert(1)</script> <!-- --> ]]> &amp; <![CDATA[ x`)
	b.WriteString("}; " + js + " //")
	return b.String()
}

func clipText(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func hostilePalette(name string) *palette.Palette {
	p := &palette.Palette{Name: name,
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae"), Name: name, Why: name},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9"), Name: name + "2"}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00"), Why: name},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#121e2b"), Name: "\u2028"}, {Color: palette.MustParseColor("#f1f8ff"), Name: name}},
	}
	return p
}

// TestHostileNamesRealTools writes every export format of a palette whose
// names are hostileText and loads each with the real tool of its format:
// node requires the Tailwind config (which runs it: nothing may execute),
// Sass compiles the SCSS, PostCSS parses the CSS, Tailwind v4 builds the
// @theme, Style Dictionary builds the tokens and JSON.parse reads them. The
// colours must come back exactly, with no extra or missing variable.
func TestHostileNamesRealTools(t *testing.T) {
	node, dir := tools(t)
	tmp := t.TempDir()
	marker := filepath.Join(tmp, "PWNED")
	p := hostilePalette(hostileText(marker))
	for _, f := range []struct {
		name, ext string
		write     func(io.Writer, *palette.Palette, export.Options) error
	}{
		{"css", ".css", export.CSS},
		{"scss", ".scss", export.SCSS},
		{"tailwind", ".config.js", export.Tailwind},
		{"tailwind4", ".css", export.Tailwind4},
		{"tokens", ".tokens.json", export.Tokens},
		{"json", ".tokens.json", export.Tokens},
	} {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, p, export.Options{}); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(tmp, f.name+f.ext)
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, filepath.Join(dir, "verify.mjs"), f.name, file)
			cmd.Dir = tmp
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("the tool refused the export: %v: %s\n%s", err, clipText(stderr.String()), clipText(buf.String()))
			}
			if _, err := os.Stat(marker); err == nil {
				t.Fatalf("loading the %s export ran code from a name:\n%s", f.name, clipText(buf.String()))
			}
			if f.name == "json" {
				var fromNode, fromGo any
				if err := json.Unmarshal(out, &fromNode); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(buf.Bytes(), &fromGo); err != nil {
					t.Fatal(err)
				}
				a, _ := json.Marshal(fromNode)
				b, _ := json.Marshal(fromGo)
				if !bytes.Equal(a, b) {
					t.Fatalf("JSON.parse and encoding/json disagree:\n%s\n%s", a, b)
				}
				desc := fromGo.(map[string]any)["$description"].(string)
				if want := strings.ToValidUTF8(p.Name, "\uFFFD") + " — hueprint palette"; desc != want {
					t.Errorf("$description = %q, want %q", desc, want)
				}
				return
			}
			var got map[string]string
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if len(got) != len(p.Colors()) {
				t.Errorf("the tool found %d variables, want %d: %v\n%s", len(got), len(p.Colors()), got, clipText(buf.String()))
			}
			for _, c := range p.Colors() {
				checkColor(t, got, export.Slug(c), c.Hex())
			}
		})
	}
}

// TestHostileNames checks the formats that have no tool on CI with their
// parsers: SVG with encoding/xml (strict XML 1.0), GPL and ASE with their
// readers (names stay on one line, colours come back).
func TestHostileNames(t *testing.T) {
	name := hostileText("/nonexistent/PWNED")
	p := hostilePalette(name)
	t.Run("svg", func(t *testing.T) {
		var buf bytes.Buffer
		if err := export.SVG(&buf, p, export.Options{Ramps: true}); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
		dec.Strict = true
		var title string
		elems, inTitle := 0, false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not well-formed XML: %v\n%s", err, clipText(buf.String()))
			}
			switch x := tok.(type) {
			case xml.StartElement:
				elems++
				if x.Name.Local == "script" {
					t.Fatal("a name became a <script> element")
				}
				inTitle = x.Name.Local == "title" && title == ""
			case xml.CharData:
				if inTitle {
					title = string(x)
				}
			case xml.EndElement:
				inTitle = false
			}
		}
		if !strings.Contains(title, "</script><script>alert(1)</script>") || !strings.HasPrefix(title, "Acme\n") {
			t.Errorf("the title did not keep the name as text: %q", title)
		}
		// svg, title, 5 × (g, rect, 3 text), 5 × 11 ramp steps with a title.
		if want := 2 + 5*5 + 5*11*2; elems != want {
			t.Errorf("%d elements, want %d", elems, want)
		}
	})
	for _, f := range []struct {
		name  string
		write func(io.Writer, *palette.Palette, export.Options) error
		read  func(io.Reader) (*palette.Palette, error)
	}{
		{"gpl", export.GPL, export.ReadGPL},
		{"ase", export.ASE, export.ReadASE},
		{"tokens", export.Tokens, export.ReadTokens},
	} {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, p, export.Options{Ramps: true}); err != nil {
				t.Fatal(err)
			}
			if f.name == "gpl" {
				for i, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
					if strings.ContainsAny(line, "\r\v\f\x00\x1b\u0085\u2028\u2029") {
						t.Errorf("line %d keeps a control character or line separator: %q", i+1, line)
					}
				}
			}
			back, err := f.read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if hexes(back) != hexes(p) {
				t.Errorf("got %s, want %s", hexes(back), hexes(p))
			}
			if f.name == "tokens" && back.Name != strings.ToValidUTF8(name, "\uFFFD") {
				t.Errorf("name %q, want it verbatim", back.Name)
			}
		})
	}
}

// TestPrefixRefused: a prefix is part of variable names, so the library
// refuses one that is not a plain identifier instead of encoding it.
func TestPrefixRefused(t *testing.T) {
	p := brand(t)
	for _, prefix := range []string{"a;}body{color:red", "9lives", "a b", "brand\u2028", "-x"} {
		for _, w := range []func(io.Writer, *palette.Palette, export.Options) error{export.CSS, export.SCSS, export.Tailwind, export.Tailwind4, export.Tokens, export.SVG, export.GPL, export.ASE} {
			if err := w(io.Discard, p, export.Options{Prefix: prefix}); err == nil || !strings.Contains(err.Error(), "prefix") {
				t.Errorf("prefix %q: err = %v, want a refusal", prefix, err)
			}
		}
	}
}

// TestNoLineTerminatorsInTextExports: without any tool, the text exports of
// hostile names hold no line terminator but LF (so no // comment can end
// early, in JavaScript or Sass), no control character, and only the "*/"
// that end the writer's own comments.
func TestNoLineTerminatorsInTextExports(t *testing.T) {
	p := hostilePalette(hostileText("/nonexistent/PWNED"))
	for _, f := range []struct {
		name  string
		write func(io.Writer, *palette.Palette, export.Options) error
		ends  int // the title comment and one per named colour; Tailwind: its type comment and content glob
	}{
		{"css", export.CSS, 5}, {"scss", export.SCSS, 0}, {"tailwind", export.Tailwind, 2}, {"tailwind4", export.Tailwind4, 5},
	} {
		name, w := f.name, f.write
		var buf bytes.Buffer
		if err := w(&buf, p, export.Options{Ramps: true}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, r := range out {
			if r != '\n' && (r < 0x20 || r == 0x7f || r == 0x85 || r == '\u2028' || r == '\u2029' || r == '\u202e') {
				t.Errorf("%s: holds %U", name, r)
				break
			}
		}
		if n := strings.Count(out, "*/"); n != f.ends {
			t.Errorf("%s: %d comment ends, want %d", name, n, f.ends)
		}
		if strings.Contains(out, "</script") {
			t.Errorf("%s: holds </script", name)
		}
	}
}
