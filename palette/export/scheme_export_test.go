package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/scheme"
)

func testScheme(t testing.TB) *scheme.Scheme {
	p := &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00")},
	}
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var schemeWriters = []struct {
	name  string
	write func(io.Writer, *scheme.Scheme, export.SchemeOptions) error
}{
	{"css", export.SchemeCSS}, {"scss", export.SchemeSCSS}, {"tailwind", export.SchemeTailwind},
	{"tailwind4", export.SchemeTailwind4}, {"tokens", export.SchemeTokens},
}

// TestSchemeWritersEncodeNames: a hostile palette name stays inside its
// comment or string in every format.
func TestSchemeWritersEncodeNames(t *testing.T) {
	s := testScheme(t)
	evil := "x */ body{color:red} /* \n// line\r\u2028\"quote\" </style><script>"
	for _, w := range schemeWriters {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, s, export.SchemeOptions{Name: evil}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			first := strings.SplitN(out, "\n", 2)[0]
			switch w.name {
			case "tokens":
				var doc map[string]any
				if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
					t.Fatalf("not JSON: %v", err)
				}
				if doc["name"] != evil {
					t.Errorf("name %q, want %q", doc["name"], evil)
				}
			default:
				// (The v3 config's content glob './**/*' holds both tokens.)
				if w.name != "tailwind" && strings.Count(out, "*/") != strings.Count(out, "/*") {
					t.Errorf("unbalanced comments:\n%s", first)
				}
				if strings.Contains(first[2:], "*/ body") || strings.Contains(out, "</style>") || strings.Contains(out, "\u2028") {
					t.Errorf("the name escaped its comment: %q", first)
				}
				if strings.Count(out, "body{color:red}") > 1 || !strings.HasPrefix(first, "/*") && !strings.HasPrefix(first, "//") {
					t.Errorf("header: %q", first)
				}
			}
		})
	}
}

func TestSchemeWritersBadPrefix(t *testing.T) {
	s := testScheme(t)
	for _, w := range schemeWriters {
		for _, prefix := range []string{"a b", "-x", "x;y", "é"} {
			var buf bytes.Buffer
			err := w.write(&buf, s, export.SchemeOptions{Prefix: prefix})
			if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q", prefix)) || buf.Len() != 0 {
				t.Errorf("%s prefix %q: %v, %d bytes written", w.name, prefix, err, buf.Len())
			}
		}
	}
}

func TestSchemeCSSModes(t *testing.T) {
	s := testScheme(t)
	var buf bytes.Buffer
	export.SchemeCSS(&buf, s, export.SchemeOptions{Prefix: "ui"})
	out := buf.String()
	light := out[strings.Index(out, ":root, [data-theme=\"light\"]"):strings.Index(out, "@media")]
	media := out[strings.Index(out, "@media (prefers-color-scheme: dark)"):strings.Index(out, "[data-theme=\"dark\"] {")]
	dark := out[strings.Index(out, "[data-theme=\"dark\"] {"):]
	for _, r := range scheme.Roles() {
		for _, c := range []struct {
			block string
			want  string
		}{{light, s.Light.Hex(r)}, {media, s.Dark.Hex(r)}, {dark, s.Dark.Hex(r)}} {
			if !strings.Contains(c.block, fmt.Sprintf("--ui-%s: %s;", r, c.want)) {
				t.Errorf("%s missing from a block", r)
			}
		}
	}
}

func ExampleSchemeCSS() {
	p := &palette.Palette{
		Name:      "Acme",
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00")},
	}
	s, _ := scheme.New(p, scheme.Options{})
	var buf bytes.Buffer
	export.SchemeCSS(&buf, s, export.SchemeOptions{Name: p.Name})
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, "{") || strings.Contains(line, "--color-primary:") {
			fmt.Println(line)
		}
	}
	// Output:
	// :root, [data-theme="light"] {
	//   --color-primary: #0057ae;
	// @media (prefers-color-scheme: dark) {
	//   :root:not([data-theme="light"]) {
	//     --color-primary: #5b9aeb;
	// [data-theme="dark"] {
	//   --color-primary: #5b9aeb;
}
