package export_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// TestRealParsers reads every text export back with the real tool of its
// format, installed by .ci/run from .ci/js (pinned versions): PostCSS for
// CSS, Sass for SCSS, Tailwind CSS v3 and v4 building utilities from the
// theme, and Style Dictionary building CSS from the design tokens. Without
// Node.js and those packages the test skips, saying how to install them;
// CI sets HUEPRINT_REQUIRE_TOOLS=1 so that there it fails instead.
func TestRealParsers(t *testing.T) {
	node, dir := tools(t)
	p := brand(t)
	formats := []struct {
		name, ext string
		write     func(io.Writer, *palette.Palette, export.Options) error
	}{
		{"css", ".css", export.CSS},
		{"scss", ".scss", export.SCSS},
		{"tailwind", ".config.js", export.Tailwind},
		{"tailwind4", ".css", export.Tailwind4},
		{"tokens", ".tokens.json", export.Tokens},
	}
	for _, f := range formats {
		for _, ramps := range []bool{false, true} {
			t.Run(f.name+map[bool]string{false: "", true: "-ramps"}[ramps], func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.write(&buf, p, export.Options{Ramps: ramps}); err != nil {
					t.Fatal(err)
				}
				file := filepath.Join(t.TempDir(), "brand"+f.ext)
				if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command(node, filepath.Join(dir, "verify.mjs"), f.name, file)
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
				for _, c := range p.Colors() {
					key := export.Slug(c)
					if f.name == "tokens" && ramps {
						key += "-base"
					}
					checkColor(t, got, key, c.Hex())
					if !ramps || f.name == "scss" || f.name == "tailwind" {
						continue // the check builds only the role colours
					}
					for _, s := range export.Ramp(c.Color) {
						checkColor(t, got, export.Slug(c)+"-"+strconv.Itoa(s.Step), palette.Hex(s.Color))
					}
				}
			})
		}
	}
}

// tools returns node and the .ci/js folder, or skips the test (fails it
// under HUEPRINT_REQUIRE_TOOLS) when they are not installed.
func tools(t *testing.T) (node, dir string) {
	t.Helper()
	dir, err := filepath.Abs("../../.ci/js")
	if err != nil {
		t.Fatal(err)
	}
	node, err = exec.LookPath("node")
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
	return node, dir
}

func checkColor(t *testing.T, got map[string]string, key, want string) {
	t.Helper()
	v, ok := got[key]
	if !ok {
		t.Errorf("%s missing from the tool's output %v", key, got)
		return
	}
	c, err := palette.ParseColor(v)
	if err != nil || palette.Hex(c) != want {
		t.Errorf("%s: the tool read %q, want %s (%v)", key, v, want, err)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
