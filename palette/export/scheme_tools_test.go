package export_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/scheme"
)

// TestRealParsersScheme reads every scheme export back with the real tool
// of its format (.ci/js/verify.mjs, the scheme-* cases): PostCSS and
// Chromium for CSS (the browser under light and dark emulation, and with
// data-theme forcing either mode), Sass for the SCSS maps and mixin,
// Tailwind CSS v3 and v4 building utilities and the dark variant, Style
// Dictionary for each context of the DTCG resolver document. Both modes
// must come back with every role's colour. It skips without the tools,
// unless HUEPRINT_REQUIRE_TOOLS is set.
func TestRealParsersScheme(t *testing.T) {
	dir, _ := filepath.Abs("../../.ci/js")
	node, err := exec.LookPath("node")
	missing := ""
	switch {
	case err != nil:
		missing = "node is not installed"
	case !exists(filepath.Join(dir, "node_modules")) || !exists(filepath.Join(dir, "tw4", "node_modules")):
		missing = "the tools are not installed: run (cd .ci/js && npm ci) && (cd .ci/js/tw4 && npm ci)"
	}
	if missing != "" {
		if os.Getenv("HUEPRINT_REQUIRE_TOOLS") != "" {
			t.Fatal(missing)
		}
		t.Skip(missing)
	}
	p := brand(t)
	p.Name = `evil */ } :root { --color-primary: red; } /* "name" </style>`
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	formats := []struct {
		name, tool, ext string
		write           func(io.Writer, *scheme.Scheme, export.SchemeOptions) error
		keys            []string // the prefixes every role must come back under
		browser         bool
	}{
		{"css", "scheme-css", ".css", export.SchemeCSS, []string{"light", "dark"}, false},
		{"css in Chromium", "scheme-css-browser", ".css", export.SchemeCSS, []string{"light", "dark", "forced-light", "forced-dark"}, true},
		{"scss", "scheme-scss", ".scss", export.SchemeSCSS, []string{"map-light", "map-dark", "light", "dark"}, false},
		{"tailwind", "scheme-tailwind", ".config.js", export.SchemeTailwind, []string{"light", "dark", "dark-variant"}, false},
		{"tailwind4", "scheme-tailwind4", ".css", export.SchemeTailwind4, []string{"light", "dark"}, false},
		{"tokens", "scheme-tokens", ".resolver.json", export.SchemeTokens, []string{"light", "dark"}, false},
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			if f.browser && !exists(chromium) {
				if os.Getenv("HUEPRINT_REQUIRE_TOOLS") != "" {
					t.Fatal("Chromium is not installed")
				}
				t.Skip("Chromium is not installed")
			}
			var buf bytes.Buffer
			if err := f.write(&buf, s, export.SchemeOptions{Name: p.Name}); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "scheme"+f.ext)
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(node, filepath.Join(dir, "verify.mjs"), f.tool, file)
			cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v: %s", err, stderr.String())
			}
			var got map[string]string
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			for k, v := range got {
				if strings.HasPrefix(k, "utility") || v == "missing" || k == "dark-variant" {
					t.Errorf("%s: %s", k, v)
				}
			}
			for _, key := range f.keys {
				mode := &s.Light
				if strings.HasSuffix(key, "dark") {
					mode = &s.Dark
				}
				for _, r := range scheme.Roles() {
					if key == "dark-variant" {
						if got[key+":"+r.String()] != "ok" {
							t.Errorf("no dark: variant for %s", r)
						}
						continue
					}
					k := key + ":" + r.String()
					if c, err := palette.ParseColor(got[k]); err != nil || palette.Hex(c) != mode.Hex(r) {
						t.Errorf("%s: the tool read %q, want %s", k, got[k], mode.Hex(r))
					}
				}
			}
			if n := 21 * len(f.keys); len(got) != n {
				t.Errorf("the tool found %d values, want %d: the name leaked into the output?", len(got), n)
			}
		})
	}
}
