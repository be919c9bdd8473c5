package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreviewInBrowser writes the preview of a generated palette (and of
// the brand palette in French) and drives the system Chromium over it
// (.ci/js/preview-check.mjs) in light and dark emulation: no console
// errors, no request outside the page's folder, no axe-core violation,
// a visible keyboard focus, a dark background with OKLCH L <= 0.25, a
// working toggle and contrast figures. Screenshots of both modes go to
// $HUEPRINT_ARTIFACTS when set. Skips without the tools unless
// HUEPRINT_REQUIRE_TOOLS is set.
func TestPreviewInBrowser(t *testing.T) {
	js, _ := filepath.Abs("../../.ci/js")
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not installed"
	} else if _, err := os.Stat(filepath.Join(js, "node_modules", "playwright-core")); err != nil {
		missing = "playwright-core is not installed: run (cd .ci/js && npm ci)"
	} else if _, err := os.Stat(chromiumPath()); err != nil {
		missing = "Chromium is not installed: apt-get install chromium"
	}
	if missing != "" {
		if os.Getenv("HUEPRINT_REQUIRE_TOOLS") != "" {
			t.Fatal(missing)
		}
		t.Skip(missing)
	}
	dir := t.TempDir()
	generated := filepath.Join(dir, "generated.json")
	stdout, stderr, code := runCLI(t, "", "palette", "--tags", "energy,sport", "--seed", "7", "--format", "json")
	if code != exitOK {
		t.Fatalf("palette: exit %d %s", code, stderr)
	}
	os.WriteFile(generated, []byte(stdout), 0o644)
	shots := os.Getenv("HUEPRINT_ARTIFACTS")
	if shots == "" {
		shots = t.TempDir()
	}
	os.MkdirAll(shots, 0o755)
	// An awkward palette too: neon on a pure black page.
	neon := filepath.Join(dir, "neon.json")
	os.WriteFile(neon, []byte(`{"version":1,"name":"Neon","primary":"#39ff14","secondary":["#ff00ff"],"accent":"#00ffff"}`), 0o644)
	// A hostile name: long, without a break opportunity, with markup.
	longName := filepath.Join(dir, "long.json")
	os.WriteFile(longName, []byte(`{"version":1,"name":"</title><script>x</script>`+strings.Repeat("Boulangerie", 20)+`","primary":"#1f4e3d","secondary":["#f2d7b6"],"accent":"#f6ae2d"}`), 0o644)
	for _, c := range []struct {
		name, palette string
		flags         []string
	}{
		{"preview", generated, nil},
		{"preview-fr", brandFile, []string{"--lang", "fr"}},
		{"preview-neon-black", neon, []string{"--pure-black"}},
		{"preview-long-name", longName, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, c.name)
			args := append([]string{"preview", "--palette", c.palette, "-o", out}, c.flags...)
			if _, stderr, code := runCLI(t, "", args...); code != exitOK {
				t.Fatalf("preview: exit %d %s", code, stderr)
			}
			cmd := exec.Command("node", filepath.Join(js, "preview-check.mjs"), out, filepath.Join(shots, c.name))
			cmd.Env = append(os.Environ(), "CHROMIUM="+chromiumPath())
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, b)
			}
		})
	}
}

func TestPreviewCommand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "site")
	_, stderr, code := runCLI(t, "", "preview", "--palette", brandFile, "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d %s", code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="en"`, "Content-Security-Policy", "default-src &#39;none&#39;", "--color-on-primary:", "prefers-color-scheme", `id="theme-toggle"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %q", want)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 {
		t.Errorf("%d files in the folder, want index.html alone (no temp file left)", len(entries))
	}
	// Errors: no -o, -o is a file, bad palette; nothing is written.
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, args := range [][]string{
		{"preview", "--palette", brandFile},
		{"preview", "--palette", brandFile, "-o", file},
		{"preview", "--palette", filepath.Join(dir, "nope.json"), "-o", filepath.Join(dir, "never")},
	} {
		if _, stderr, code := runCLI(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d %q", args, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "never")); err == nil {
		t.Error("a failed run created its folder")
	}
}
