package main

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"unsafe"
)

func ioctl(f *os.File, req uintptr, arg *int32) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(unsafe.Pointer(arg))); errno != 0 {
		return errno
	}
	return nil
}

// openPTY opens a pseudo-terminal and returns its terminal side.
func openPTY(t *testing.T) *os.File {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { ptm.Close() })
	var unlock, n int32
	if err := ioctl(ptm, syscall.TIOCSPTLCK, &unlock); err != nil {
		t.Fatal(err)
	}
	if err := ioctl(ptm, syscall.TIOCGPTN, &n); err != nil {
		t.Fatal(err)
	}
	pts, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pts.Close() })
	return pts
}

// TestProgressIgnoresNoColor: NO_COLOR turns colour off, not the progress
// line, which shows whenever stderr is a terminal (but TERM=dumb).
func TestProgressIgnoresNoColor(t *testing.T) {
	tty := openPTY(t)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	tests := []struct {
		name                    string
		noColor, term           string
		w                       *os.File
		wantProgress, wantColor bool
	}{
		{name: "terminal", term: "xterm-256color", w: tty, wantProgress: true, wantColor: true},
		{name: "terminal, NO_COLOR", noColor: "1", term: "xterm-256color", w: tty, wantProgress: true, wantColor: false},
		{name: "terminal, TERM=dumb", term: "dumb", w: tty, wantProgress: false, wantColor: false},
		{name: "pipe", term: "xterm-256color", w: pw, wantProgress: false, wantColor: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColor)
			t.Setenv("TERM", tt.term)
			out := &outputWriter{w: tt.w} // as run hands stdout over
			if got := newProgress(tt.w).on; got != tt.wantProgress {
				t.Errorf("progress %v, want %v", got, tt.wantProgress)
			}
			if got := useColor(out); got != tt.wantColor {
				t.Errorf("colour %v, want %v", got, tt.wantColor)
			}
		})
	}
}
