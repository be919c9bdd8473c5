package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// failWriter accepts ok bytes, then fails every write, as a full disk does.
type failWriter struct{ ok int }

var errDiskFull = errors.New("test: no space left on device")

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) <= f.ok {
		f.ok -= len(p)
		return len(p), nil
	}
	n := f.ok
	f.ok = 0
	return n, errDiskFull
}

// outputCases are command lines that write to stdout, one or more per
// command and output format; dir holds brand.json and img.png.
func outputCases(dir string) []struct {
	name  string
	stdin string
	args  []string
} {
	pal := filepath.Join(dir, "brand.json")
	img := filepath.Join(dir, "img.png")
	batch := strings.Repeat("#000 #fff\n#777 #888\n", 2000)
	return []struct {
		name  string
		stdin string
		args  []string
	}{
		{name: "help", args: []string{"--help"}},
		{name: "version", args: []string{"--version"}},
		{name: "help check", args: []string{"help", "check"}},
		{name: "palette text", args: []string{"palette", "--tags", "trust,tech"}},
		{name: "palette json", args: []string{"palette", "--tags", "trust,tech", "--format", "json"}},
		{name: "palette variants", args: []string{"palette", "--tags", "calm", "--variants", "3", "--format", "json"}},
		{name: "color text", args: []string{"color", "#1d4ed8", "red"}},
		{name: "color json", args: []string{"color", "--format", "json", "--cvd", "#1d4ed8"}},
		{name: "color stdin", stdin: strings.Repeat("#1d4ed8\n", 3000), args: []string{"color", "--format", "json", "-"}},
		{name: "tags text", args: []string{"tags"}},
		{name: "tags json", args: []string{"tags", "--format", "json"}},
		{name: "contrast text", args: []string{"contrast", "#000", "#fff"}},
		{name: "contrast json", args: []string{"contrast", "--format", "json", "#000", "#fff"}},
		{name: "contrast batch", stdin: batch, args: []string{"contrast", "--batch"}},
		{name: "contrast batch json", stdin: batch, args: []string{"contrast", "--batch", "--format", "json"}},
		{name: "contrast palette", args: []string{"contrast", "--palette", pal}},
		{name: "contrast palette json", args: []string{"contrast", "--palette", pal, "--format", "json"}},
		{name: "check text", args: []string{"check", "--palette", pal, img}},
		{name: "check json", args: []string{"check", "--palette", pal, "--format", "json", img}},
		{name: "check csv", args: []string{"check", "--palette", pal, "--format", "csv", img}},
		{name: "check junit", args: []string{"check", "--palette", pal, "--format", "junit", img}},
		{name: "extract text", args: []string{"extract", img}},
		{name: "extract json", args: []string{"extract", "--format", "json", img}},
		{name: "banner png", args: []string{"banner", "--palette", pal, "--preset", "og-image", "-o", "-"}},
		{name: "banner json", args: []string{"banner", "--palette", pal, "--preset", "og-image", "--format", "json", "-o", filepath.Join(dir, "b.png")}},
		{name: "banner list", args: []string{"banner", "--list"}},
		{name: "swatch png", args: []string{"swatch", "--palette", pal, "-o", "-"}},
		{name: "swatch file", args: []string{"swatch", "--palette", pal, "-o", filepath.Join(dir, "s.png")}},
		{name: "export css", args: []string{"export", "--palette", pal, "--to", "css"}},
		{name: "export ase", args: []string{"export", "--palette", pal, "--to", "ase", "-o", "-"}},
		{name: "export scheme", args: []string{"export", "--palette", pal, "--scheme", "--to", "css"}},
		{name: "audit text", args: []string{"audit", "--palette", pal}},
		{name: "audit json", args: []string{"audit", "--palette", pal, "--format", "json"}},
		{name: "scheme text", args: []string{"scheme", "--palette", pal}},
		{name: "scheme json", args: []string{"scheme", "--palette", pal, "--format", "json"}},
		{name: "studio", args: []string{"studio", "--addr", "127.0.0.1:0"}},
	}
}

func outputFixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join("testdata", "brand.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "brand.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	writeTestPNG(t, filepath.Join(dir, "img.png"), band([]string{"#0057ae", "#b8eee9", "#ff9d00"}, []int{60, 30, 10}, 40))
	return dir
}

// TestWriteErrors runs every command with stdout on a writer that fails at
// once or after a few bytes: each exits 2 with one message naming the
// failure, never 0 with the output lost.
func TestWriteErrors(t *testing.T) {
	dir := outputFixtures(t)
	for _, tt := range outputCases(dir) {
		for _, after := range []int{0, 10} {
			t.Run(tt.name+fmt.Sprintf("/after %d", after), func(t *testing.T) {
				var stderr bytes.Buffer
				done := make(chan int, 1)
				go func() {
					done <- run(tt.args, strings.NewReader(tt.stdin), &failWriter{ok: after}, &stderr)
				}()
				var code int
				select {
				case code = <-done:
				case <-time.After(time.Minute):
					t.Fatal("did not stop after its output failed")
				}
				if code != exitUsage {
					t.Errorf("exit %d, want 2; stderr:\n%s", code, stderr.String())
				}
				if n := strings.Count(stderr.String(), errDiskFull.Error()); n != 1 {
					t.Errorf("the write error is reported %d times, want once; stderr:\n%s", n, stderr.String())
				}
				if !strings.Contains(stderr.String(), "writing the output: ") {
					t.Errorf("stderr does not say the output failed:\n%s", stderr.String())
				}
			})
		}
	}
}

// TestWriteErrorsSucceedOtherwise runs the same command lines on a working
// stdout: the failures above come from the output, not from the arguments.
func TestWriteErrorsSucceedOtherwise(t *testing.T) {
	dir := outputFixtures(t)
	for _, tt := range outputCases(dir) {
		if tt.name == "studio" {
			continue // serves until interrupted; its startup line is tested by TestStudio*
		}
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code == exitUsage || stdout.Len() == 0 {
				t.Errorf("exit %d with %d bytes on stdout; stderr:\n%s", code, stdout.Len(), stderr.String())
			}
		})
	}
}

// TestDevFull writes to /dev/full from a child process, as a shell
// redirection does.
func TestDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full on this system: %v", err)
	}
	defer full.Close()
	dir := outputFixtures(t)
	for _, tt := range outputCases(dir) {
		if tt.name == "studio" {
			continue // TestWriteErrors covers it; a child that served would outlive the test
		}
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestHelperMain$", "--"}, tt.args...)...)
			cmd.Env = append(os.Environ(), "HUEPRINT_HELPER_MAIN=1")
			cmd.Stdin = strings.NewReader(tt.stdin)
			cmd.Stdout = full
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
				t.Fatalf("%v, want exit status 2; stderr:\n%s", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), "no space left on device") {
				t.Errorf("stderr does not name the failure:\n%s", stderr.String())
			}
		})
	}
}

// TestFileWriteErrors: a file output that cannot be put in place is an
// error, and nothing half-written is left.
func TestFileWriteErrors(t *testing.T) {
	dir := outputFixtures(t)
	pal := filepath.Join(dir, "brand.json")
	blocked := filepath.Join(dir, "blocked")
	// A non-empty directory where the file should go: the rename fails.
	if err := os.MkdirAll(filepath.Join(blocked, "index.html", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(blocked, "out.png", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{name: "preview", args: []string{"preview", "--palette", pal, "-o", blocked}},
		{name: "swatch", args: []string{"swatch", "--palette", pal, "-o", filepath.Join(blocked, "out.png")}},
		{name: "banner", args: []string{"banner", "--palette", pal, "--preset", "og-image", "-o", filepath.Join(blocked, "out.png")}},
		{name: "export", args: []string{"export", "--palette", pal, "--to", "css", "-o", filepath.Join(blocked, "out.png")}},
		{name: "palette", args: []string{"palette", "--tags", "calm", "-o", filepath.Join(blocked, "out.png")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, "hueprint") {
				t.Errorf("exit %d, want 2 with a message; stderr:\n%s", code, stderr)
			}
			left, _ := filepath.Glob(filepath.Join(blocked, ".*tmp*"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

// TestHelpShowsNoZeroValues: no command's help shows the zero value of an
// enum as a default ("(default Kind(0))", "Role(0)", "<nil>").
func TestHelpShowsNoZeroValues(t *testing.T) {
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", name, "--help")
			if code != exitOK || stdout == "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			for _, bad := range []string{"(0)", "(default <nil>)", `(default "")`, "(default unset)"} {
				if strings.Contains(stdout, bad) {
					t.Errorf("help shows %q:\n%s", bad, stdout)
				}
			}
		})
	}
}
