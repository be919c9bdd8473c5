//go:build linux

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputThroughSymlinkAndFIFO pins that -o writes to what the path
// names: through a symbolic link to its target (the link stays), and into a
// FIFO or a device (never replaced by a regular file).
func TestOutputThroughSymlinkAndFIFO(t *testing.T) {
	dir := t.TempDir()
	pal := brandFile
	t.Run("symlink", func(t *testing.T) {
		target := filepath.Join(dir, "real.css")
		link := filepath.Join(dir, "link.css")
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runCLI(t, "", "export", "--palette", pal, "--scheme", "--to", "css", "-o", link)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if b, err := os.ReadFile(target); err != nil || !bytes.HasPrefix(b, []byte("/*")) {
			t.Errorf("the target was not written: %v %q", err, b)
		}
	})
	t.Run("fifo", func(t *testing.T) {
		fifo := filepath.Join(dir, "pipe.css")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		got := make(chan []byte, 1)
		go func() {
			b, _ := os.ReadFile(fifo)
			got <- b
		}()
		_, stderr, code := runCLI(t, "", "export", "--palette", pal, "--scheme", "--to", "css", "-o", fifo)
		if code != exitOK {
			t.Errorf("exit %d: %s", code, stderr)
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced: %v %v", fi.Mode(), err)
		}
		select {
		case b := <-got:
			if !bytes.HasPrefix(b, []byte("/*")) {
				t.Errorf("the reader got %q", b)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("nothing was written to the FIFO")
		}
	})
	t.Run("full device", func(t *testing.T) {
		full := "/dev/full"
		if os.Geteuid() == 0 {
			// As root, a copy of /dev/full in the test's folder, so that a
			// failure cannot replace the real one.
			full = filepath.Join(dir, "full")
			if err := syscall.Mknod(full, syscall.S_IFCHR|0o666, 1<<8|7); err != nil {
				t.Fatal(err)
			}
		}
		for _, args := range [][]string{
			{"export", "--palette", pal, "--scheme", "--to", "css", "-o", full},
			{"banner", "--palette", pal, "--preset", "x-profile", "-o", full},
		} {
			_, stderr, code := runCLI(t, "", args...)
			if code != exitUsage || !strings.Contains(stderr, "no space left on device") {
				t.Errorf("%s: exit %d, stderr %q; want 2 and the write error", args[0], code, stderr)
			}
			if fi, err := os.Lstat(full); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
				t.Fatalf("%s: %s was replaced: %v %v", args[0], full, fi.Mode(), err)
			}
		}
	})
}
