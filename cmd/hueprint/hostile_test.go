//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

// TestHelperMain runs the command line when re-executed by a test with
// HUEPRINT_HELPER_MAIN=1 (the os/exec TestHelperProcess pattern), so that a
// test can measure a whole run's peak memory from outside.
func TestHelperMain(t *testing.T) {
	if os.Getenv("HUEPRINT_HELPER_MAIN") != "1" {
		t.Skip("run by other tests")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

// hostileCorpus writes a folder of hostile inputs beside good images and
// returns, for each file check should report, "" when it must be measured
// or a piece of its error. budget is the --max-memory the run will use.
func hostileCorpus(t *testing.T, dir string) map[string]string {
	t.Helper()
	want := map[string]string{}
	put := func(name string, data []byte, expect string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		want[name] = expect
	}
	var b bytes.Buffer
	good := band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 50)
	writeTestPNG(t, filepath.Join(dir, "a-good.png"), good)
	want["a-good.png"] = ""
	jpeg.Encode(&b, good, &jpeg.Options{Quality: 90})
	put("b-good.jpg", b.Bytes(), "")
	put("c-truncated.jpg", b.Bytes()[:b.Len()/2], "truncated")
	// Progressive JPEGs: a normal one, a scan bomb, memory bombs.
	put("d-progressive.jpg", imagefiletest.ProgressiveJPEG(640, 480, 3, 4), "")
	put("e-scan-bomb.jpg", imagefiletest.ProgressiveJPEG(3000, 3000, 1, 5000), "more than 100 scans")
	put("f-cmyk-bomb.jpg", imagefiletest.ProgressiveJPEG(7000, 7000, 4, 1), "needs about 1.1 GiB")
	put("g-cmyk-1.jpg", imagefiletest.ProgressiveJPEG(2000, 2000, 4, 2), "")
	put("g-cmyk-2.jpg", imagefiletest.ProgressiveJPEG(2000, 2000, 4, 2), "")
	put("h-png16-bomb.png", imagefiletest.PNG16(5200, 5200, color.RGBA64{0x1d1d, 0x4e4e, 0xd8d8, 0xffff}), "needs about")
	put("i-png16.png", imagefiletest.PNG16(2000, 1500, color.RGBA64{0x1d1d, 0x4e4e, 0xd8d8, 0xffff}), "")
	// A GIF whose frame is smaller than its screen and offset in it.
	frame := image.NewPaletted(image.Rect(10, 10, 90, 60), color.Palette{color.RGBA{0x1d, 0x4e, 0xd8, 255}})
	put("j-small-frame.gif", imagefiletest.GIFFrame(100, 80, frame), "")
	b.Reset()
	gif.Encode(&b, good, nil)
	put("k-good.gif", b.Bytes(), "")
	// File system traps.
	if err := syscall.Mkfifo(filepath.Join(dir, "l-fifo.png"), 0o644); err != nil {
		t.Fatal(err)
	}
	want["l-fifo.png"] = "named pipe"
	os.Symlink("a-good.png", filepath.Join(dir, "m-link.png"))
	want["m-link.png"] = ""
	os.Symlink("n-loop2.png", filepath.Join(dir, "n-loop1.png"))
	os.Symlink("n-loop1.png", filepath.Join(dir, "n-loop2.png"))
	want["n-loop1.png"], want["n-loop2.png"] = "symbolic link loop", "symbolic link loop"
	os.Symlink("nowhere.png", filepath.Join(dir, "o-dangling.png"))
	want["o-dangling.png"] = "does not exist"
	os.Symlink(".", filepath.Join(dir, "p-folder-link.png")) // a link to a folder: not followed
	evil := "q-evil\x1b[32m\nPASS  forged.png"
	writeTestPNG(t, filepath.Join(dir, evil), good)
	want[evil] = ""
	put("r-text.png", []byte("not an image"), "not a PNG, JPEG")
	return want
}

// TestHostileCorpus checks a folder of hostile files with --jobs 2 and a
// memory budget, in a process of its own so that its peak memory (the
// kernel's maximum resident set size) can be measured: every bad file gets
// one clear error, every good one is measured, the run ends in bounded time
// and its peak memory stays within the budget.
func TestHostileCorpus(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("FIFOs and the resident set size are checked on Linux")
	}
	dir := t.TempDir()
	imgs := filepath.Join(dir, "imgs")
	os.Mkdir(imgs, 0o755)
	want := hostileCorpus(t, imgs)
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	const budget = 192 << 20
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperMain$", "--", "check", "--palette", pal, "--jobs", "2",
		"--max-memory", "192MiB", "--timeout", "60s", "--format", "json", "--mask", filepath.Join(imgs, "masks"), imgs)
	cmd.Env = append(os.Environ(), "HUEPRINT_HELPER_MAIN=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("check did not finish in 2 minutes; output so far:\n%s", stdout.String())
	}
	elapsed := time.Since(start)
	if code := cmd.ProcessState.ExitCode(); code != exitUsage {
		t.Errorf("exit %d, want 2: %s", code, stderr.String())
	}
	peak := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // kB on Linux
	t.Logf("%d files in %v, peak resident memory %.0f MiB (budget %d MiB)", len(want), elapsed.Round(time.Millisecond), float64(peak)/(1<<20), budget>>20)
	// The budget bounds the images in flight; the Go runtime, the binary and
	// the garbage the collector has not reclaimed yet come on top.
	if limit := int64(budget + budget/4 + 96<<20); peak > limit && !raceEnabled {
		t.Errorf("peak resident memory %d MiB, over %d MiB", peak>>20, limit>>20)
	}
	got := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var r struct {
			File  string `json:"file"`
			Width int    `json:"width"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %q", err, line)
		}
		name, _ := filepath.Rel(imgs, r.File)
		if got[name] {
			t.Errorf("%q reported twice", name)
		}
		got[name] = true
		w, ok := want[name]
		switch {
		case !ok:
			t.Errorf("unexpected result for %q: %s", name, line)
		case w == "" && r.Error != "":
			t.Errorf("%q: error %q, want it measured", name, r.Error)
		case w == "" && r.Width == 0:
			t.Errorf("%q: not measured: %s", name, line)
		case w != "" && !strings.Contains(r.Error, w):
			t.Errorf("%q: error %q, want %q", name, r.Error, w)
		case strings.Contains(r.Error, "\n") || len(r.Error) > 300:
			t.Errorf("%q: error not one short line: %q", name, r.Error)
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("no result for %q", name)
		}
	}
}

// TestCheckFIFO: a FIFO named on the command line or in a - list is an
// error result, not a hang, and the other files are still checked.
func TestCheckFIFO(t *testing.T) {
	dir, pal := checkSetup(t)
	good := filepath.Join(dir, "good.png")
	writeTestPNG(t, good, band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	fifo := filepath.Join(dir, "pipe.png")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{{fifo, good}, {"-"}} {
		stdout, _, code := runWithin(t, 20*time.Second, fifo+"\n"+good+"\n", append([]string{"check", "--palette", pal}, args...)...)
		if code != exitUsage || !strings.Contains(stdout, "ERROR "+fifo+": a named pipe (FIFO): not a regular file") || !strings.Contains(stdout, "PASS  "+good) {
			t.Errorf("%v: exit %d\n%s", args, code, stdout)
		}
	}
}
