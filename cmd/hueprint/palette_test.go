package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPaletteOwnedColoursWarn: owned colours that break a guarantee give a
// palette and a warning naming it; --strict exits 1.
func TestPaletteOwnedColoursWarn(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"locked accent", []string{"--base", "#0057b8", "--lock", "accent=#d9534f", "--tags", "trust"}, ""},
		{"avoid the base", []string{"--base", "#e4002b", "--avoid", "#e4102b"}, "distance from avoided colours"},
		{"accent twin of the base", []string{"--base", "#0057b8", "--lock", "accent=#0a5cb8"}, "distinct colours"},
		{"neon base", []string{"--base", "#00ff00", "--tags", "sport"}, "neon"},
		{"grey base", []string{"--base", "#808080", "--tags", "tech"}, "grey"},
		{"white base", []string{"--base", "#ffffff"}, "white"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"palette"}, tt.args...)
			stdout, stderr, code := runCLI(t, "", args...)
			if code != exitOK || !strings.Contains(stdout, "primary") || !strings.Contains(stderr, tt.want) {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if tt.want == "" {
				return
			}
			if !strings.Contains(stderr, "hueprint: warning: ") {
				t.Errorf("no warning line: %q", stderr)
			}
			_, _, code = runCLI(t, "", append(args, "--strict")...)
			if code != exitFail {
				t.Errorf("--strict: exit %d, want 1", code)
			}
		})
	}
}

// TestPaletteAvoidSaysWhy: avoiding the obvious colour gives another family
// and a note naming it.
func TestPaletteAvoidSaysWhy(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "palette", "--tags", "trust,finance", "--avoid", "#0057b8")
	if code != exitOK || !strings.Contains(stderr, "hueprint: note: primary") || !strings.Contains(stderr, "rather than blue") || !strings.Contains(stdout, "primary") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestPaletteOutputFile: -o writes atomically; a failure leaves an existing
// file as it was and creates none.
func TestPaletteOutputFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brand.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, "", "palette", "--tags", "trustt", "--format", "json", "-o", path)
	if b, _ := os.ReadFile(path); code != exitUsage || string(b) != "old" {
		t.Errorf("failed run: exit %d, file %q, stderr %q", code, b, stderr)
	}
	_, _, code = runCLI(t, "", "palette", "--tags", "trust", "--format", "json", "-o", filepath.Join(dir, "nope", "x.json"))
	if code != exitUsage {
		t.Errorf("unwritable folder: exit %d", code)
	}
	stdout, _, code := runCLI(t, "", "palette", "--tags", "trust", "--format", "json", "-o", path)
	b, _ := os.ReadFile(path)
	if code != exitOK || stdout != "" || !strings.HasPrefix(string(b), "{") {
		t.Errorf("exit %d stdout %q file %q", code, stdout, b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

// TestPaletteVariantFiles: a file of several palettes is read with
// --variant N (default 1) by the commands that read palettes.
func TestPaletteVariantFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kids.jsonl")
	if _, stderr, code := runCLI(t, "", "palette", "--tags", "kids", "--variants", "3", "--format", "json", "-o", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	one, _, code := runCLI(t, "", "export", "--palette", path, "--to", "css")
	two, _, code2 := runCLI(t, "", "export", "--palette", path, "--to", "css", "--variant", "2")
	if code != exitOK || code2 != exitOK || one == two || one == "" {
		t.Errorf("export: exits %d %d, variant 1 == variant 2: %v", code, code2, one == two)
	}
	for _, cmd := range [][]string{{"contrast", "--palette", path}, {"audit", "--palette", path}} {
		_, stderr, code := runCLI(t, "", append(cmd, "--variant", "3")...)
		if code == exitUsage {
			t.Errorf("%v --variant 3: exit %d: %s", cmd, code, stderr)
		}
		_, stderr, code = runCLI(t, "", append(cmd, "--variant", "4")...)
		if code != exitUsage || !strings.Contains(stderr, "holds 3 palette") {
			t.Errorf("%v --variant 4: exit %d, stderr %q", cmd, code, stderr)
		}
	}
}
