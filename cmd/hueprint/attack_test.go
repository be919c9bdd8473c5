package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// enospcWriter fails every write, as stdout does on a full disk.
type enospcWriter struct{}

func (enospcWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestStdoutWriteError pins that a command whose standard output cannot be
// written says so and exits 2, instead of exiting 0 (or 1) in silence.
func TestStdoutWriteError(t *testing.T) {
	for _, args := range [][]string{
		{"color", "#123456"},
		{"color", "--cvd", "#123456"},
		{"color", "--format", "json", "#123456"},
		{"audit", "--palette", brandFile},
		{"contrast", "#000", "#fff"},
		{"tags"},
		{"banner", "--palette", brandFile, "--preset", "x-profile", "-o", filepath.Join(t.TempDir(), "b.png")},
		{"scheme", "--palette", brandFile},
	} {
		var errb bytes.Buffer
		code := run(args, strings.NewReader(""), enospcWriter{}, &errb)
		if code != exitUsage || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the write error", args, code, errb.String())
		}
	}
}

// TestHelpShowsNoGoZeroValues checks every command's help for defaults
// printed as Go values ("(default Kind(0))") instead of words or nothing.
func TestHelpShowsNoGoZeroValues(t *testing.T) {
	goZero := regexp.MustCompile(`\(default [A-Z]\w*\(\d+\)\)`)
	for name := range commands {
		stdout, _, _ := runCLI(t, "", name, "--help")
		if m := goZero.FindString(stdout); m != "" {
			t.Errorf("hueprint %s --help prints %q", name, m)
		}
	}
}

// TestSimulateSeverityZero checks that a simulation at severity 0, which
// changes no colour, is refused instead of captioning true colours as a
// simulation.
func TestSimulateSeverityZero(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s.png")
	for _, cmd := range []string{"banner", "swatch"} {
		_, stderr, code := runCLI(t, "", cmd, "--palette", brandFile, "--simulate", "deuteranopia", "--cvd-severity", "0", "-o", out)
		if code != exitUsage || !strings.Contains(stderr, "--cvd-severity 0") {
			t.Errorf("%s: exit %d, stderr %q; want 2 naming --cvd-severity 0", cmd, code, stderr)
		}
	}
}

// TestPreviewRefusesToOverwriteItsPalette checks that preview -o DIR
// refuses when DIR/index.html is the palette it reads, as the other
// commands refuse an -o that names an input.
func TestPreviewRefusesToOverwriteItsPalette(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "index.html")
	data, err := os.ReadFile(brandFile)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(page, data, 0o644)
	_, stderr, code := runCLI(t, "", "preview", "--palette", page, "-o", dir)
	if code != exitUsage || !strings.Contains(stderr, "would overwrite") {
		t.Errorf("exit %d, stderr %q; want 2 and a refusal", code, stderr)
	}
	if b, _ := os.ReadFile(page); !bytes.Equal(b, data) {
		t.Error("the palette was overwritten")
	}
}

// TestOutputIntoMissingFolder checks the message when -o names a file in a
// folder that does not exist: the folder, not a temporary file's name.
func TestOutputIntoMissingFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "missing", "x.css")
	_, stderr, code := runCLI(t, "", "export", "--palette", brandFile, "--scheme", "--to", "css", "-o", out)
	if code != exitUsage || strings.Contains(stderr, ".tmp") || !strings.Contains(stderr, "missing") || !strings.Contains(stderr, "does not exist") {
		t.Errorf("exit %d, stderr %q; want 2 naming the missing folder", code, stderr)
	}
}

// TestExportSchemeRefusesRamps checks that --ramps, which the scheme
// writers do not carry, is refused with --scheme instead of ignored.
func TestExportSchemeRefusesRamps(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "export", "--palette", brandFile, "--scheme", "--ramps", "--to", "css")
	if code != exitUsage || !strings.Contains(stderr, "--ramps") || stdout != "" {
		t.Errorf("exit %d, stderr %q, %d bytes on stdout; want 2 naming --ramps", code, stderr, len(stdout))
	}
}

// TestColorCVDSeverityZero checks that color --cvd refuses severity 0, as
// audit, banner and swatch do, instead of listing the unchanged colour as
// "seen with" each deficiency.
func TestColorCVDSeverityZero(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "color", "--cvd", "--cvd-severity", "0", "#d0312d")
	if code != exitUsage || !strings.Contains(stderr, "--cvd-severity 0") || stdout != "" {
		t.Errorf("exit %d, stderr %q, stdout %q; want 2 naming --cvd-severity 0", code, stderr, stdout)
	}
}
