package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

// runWithin runs the command line and fails the test if it does not return
// within d (a hang is the bug some of these tests guard against).
func runWithin(t *testing.T, d time.Duration, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	type res struct {
		out, err string
		code     int
	}
	ch := make(chan res, 1)
	go func() {
		o, e, c := runCLI(t, stdin, args...)
		ch <- res{o, e, c}
	}()
	select {
	case r := <-ch:
		return r.out, r.err, r.code
	case <-time.After(d):
		t.Fatalf("hueprint %s did not return within %v", strings.Join(args, " "), d)
	}
	return
}

func checkSetup(t *testing.T) (dir, pal string) {
	dir = t.TempDir()
	pal = filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	return dir, pal
}

// TestCheckOutputsInsideInputs: a --mask folder inside the checked folder is
// not measured, across runs; a --report folder over the inputs is refused.
func TestCheckOutputsInsideInputs(t *testing.T) {
	dir, pal := checkSetup(t)
	imgs := filepath.Join(dir, "imgs")
	os.Mkdir(imgs, 0o755)
	for _, n := range []string{"a.png", "b.png"} {
		writeTestPNG(t, filepath.Join(imgs, n), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	}
	masks := filepath.Join(imgs, "masks")
	for run := range 2 {
		stdout, stderr, code := runCLI(t, "", "check", "--palette", pal, "--mask", masks, imgs)
		if code != exitOK || strings.Count(stdout, "PASS") != 2 || strings.Contains(stdout, "mask.png") {
			t.Fatalf("run %d: exit %d\n%s%s", run, code, stdout, stderr)
		}
	}
	entries, _ := os.ReadDir(masks)
	if len(entries) != 2 {
		t.Errorf("%d masks, want 2", len(entries))
	}
	// An input named inside the mask folder is refused, not overwritten.
	stdout, _, code := runCLI(t, "", "check", "--palette", pal, "--mask", masks, filepath.Join(masks, entries[0].Name()))
	if code != exitUsage || !strings.Contains(stdout, "inside the --mask folder") {
		t.Errorf("input inside --mask: exit %d\n%s", code, stdout)
	}
	// --report over the input folder: refused before anything is written.
	before, _ := os.ReadDir(imgs)
	_, stderr, code := runCLI(t, "", "check", "--palette", pal, "--report", imgs, imgs)
	after, _ := os.ReadDir(imgs)
	if code != exitUsage || !strings.Contains(stderr, "is not a hueprint report") || len(after) != len(before) {
		t.Errorf("--report over the inputs: exit %d %s, %d entries then %d", code, stderr, len(before), len(after))
	}
}

// TestCheckReportReplaced: a second report into the same folder replaces
// the first whole (no thumbnail of the first run is left) and leaves no
// temporary folder behind.
func TestCheckReportReplaced(t *testing.T) {
	dir, pal := checkSetup(t)
	imgs := filepath.Join(dir, "imgs")
	os.Mkdir(imgs, 0o755)
	for _, n := range []string{"a.png", "b.png", "c.png"} {
		writeTestPNG(t, filepath.Join(imgs, n), band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	}
	report := filepath.Join(dir, "report")
	if _, stderr, code := runCLI(t, "", "check", "--palette", pal, "--report", report, imgs); code != exitOK {
		t.Fatal(stderr)
	}
	if _, stderr, code := runCLI(t, "", "check", "--palette", pal, "--report", report, filepath.Join(imgs, "a.png")); code != exitOK {
		t.Fatal(stderr)
	}
	thumbs, _ := os.ReadDir(filepath.Join(report, "thumbs"))
	siblings, _ := os.ReadDir(dir)
	if len(thumbs) != 1 || len(siblings) != 3 {
		t.Errorf("%d thumbnails (want 1), folder holds %d entries (want brand.json, imgs, report)", len(thumbs), len(siblings))
	}
}

// TestMaskNames: distinct paths give distinct mask names.
func TestMaskNames(t *testing.T) {
	paths := []string{"x/a/b.png", "x__a/b.png", "x%2Fa/b.png", "../b.png", "b.png", "/b.png", ".b.png", "x/a:b.png", "a\nb.png",
		strings.Repeat("long/", 60) + "1.png", strings.Repeat("long/", 60) + "2.png"}
	seen := map[string]string{}
	for _, p := range paths {
		n := maskName(p)
		if q, dup := seen[n]; dup {
			t.Errorf("%q and %q both give %q", p, q, n)
		}
		seen[n] = p
		if strings.ContainsAny(n, "/\\\n") || strings.HasPrefix(n, ".") || len(n) > 255 {
			t.Errorf("%q gives an unsafe name %q", p, n)
		}
	}
}

// TestMaskWriteError: a mask that cannot be written is a write error; the
// image is still measured and reported.
func TestMaskWriteError(t *testing.T) {
	dir, pal := checkSetup(t)
	img := filepath.Join(dir, "a.png")
	writeTestPNG(t, img, band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	masks := filepath.Join(dir, "masks")
	// A folder where the mask should go makes the rename fail, even as root.
	os.MkdirAll(filepath.Join(masks, maskName(img)), 0o755)
	os.WriteFile(filepath.Join(masks, maskName(img), "x"), nil, 0o644)
	stdout, stderr, code := runCLI(t, "", "check", "--palette", pal, "--mask", masks, img)
	if code != exitUsage || !strings.HasPrefix(stdout, "PASS  "+img) || !strings.Contains(stderr, "writing mask") || strings.Contains(stdout, "ERROR") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}

func TestCheckLimitFlags(t *testing.T) {
	dir, pal := checkSetup(t)
	img := filepath.Join(dir, "a.png")
	writeTestPNG(t, img, band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	for _, tt := range []struct {
		flags []string
		want  string
	}{
		{[]string{"--jobs", "1000000"}, "--jobs 1000000: want at most 256"},
		// Points flags check themselves (issue 16).
		{[]string{"--tolerance", "NaN"}, `"NaN" for "--tolerance" flag: "NaN": want points`},
		{[]string{"--tolerance", "-3"}, `"-3" for "--tolerance" flag: "-3": want between 0 and 100 points`},
		{[]string{"--max-off", "NaN"}, `"NaN" for "--max-off" flag`},
		{[]string{"--color-tolerance", "-1"}, "--color-tolerance -1"},
		{[]string{"--max-memory", "lots"}, `--max-memory "lots": want a size`},
		{[]string{"--max-memory", "1k"}, "want at least 16 MiB"},
		{[]string{"--timeout", "-1s"}, "--timeout -1s"},
	} {
		_, stderr, code := runCLI(t, "", append(append([]string{"check", "--palette", pal}, tt.flags...), img)...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d %q, want %q", tt.flags, code, stderr, tt.want)
		}
	}
	// An image needing more memory than the whole budget: one error line.
	big := filepath.Join(dir, "big.png")
	writeTestPNG(t, big, band([]string{"#1d4ed8"}, []int{3000}, 3000))
	stdout, _, code := runCLI(t, "", "check", "--palette", pal, "--max-memory", "16MiB", big, img)
	if code != exitUsage || !strings.Contains(stdout, "needs about 35.3 MiB to decode, over the limit of 16 MiB") || !strings.Contains(stdout, "PASS  "+img) {
		t.Errorf("over the budget: exit %d\n%s", code, stdout)
	}
}

// TestCheckTimeout: an image that takes longer than --timeout to decode is
// an error result naming the flag.
func TestCheckTimeout(t *testing.T) {
	dir, pal := checkSetup(t)
	big := filepath.Join(dir, "big.png")
	writeTestPNG(t, big, band([]string{"#1d4ed8", "#bfdbfe"}, []int{2000, 2000}, 2000))
	stdout, _, code := runWithin(t, 30*time.Second, "", "check", "--palette", pal, "--timeout", "1ns", big)
	if code != exitUsage || !strings.Contains(stdout, "gave up after 1ns (--timeout)") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
}

// TestCheckEscapesNames: a file name holding escapes and a newline cannot
// forge a line of text output.
func TestCheckEscapesNames(t *testing.T) {
	dir, pal := checkSetup(t)
	name := filepath.Join(dir, "x\x1b[2K\rPASS  fake.png\n.png")
	writeTestPNG(t, name, band([]string{"#3a7d44"}, []int{100}, 20))
	stdout, _, _ := runCLI(t, "", "check", "--palette", pal, name)
	if strings.Contains(stdout, "\x1b") || strings.Contains(stdout, "\r") || !strings.Contains(stdout, `\x1b[2K\rPASS  fake.png\n.png"`) {
		t.Errorf("name not escaped:\n%q", stdout)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "PASS") {
			t.Errorf("forged line %q", line)
		}
	}
}

// TestHelpDefaults: --help shows no Go zero-value noise such as Kind(0).
func TestHelpDefaults(t *testing.T) {
	for _, cmd := range []string{"banner", "swatch", "check", "contrast", "export", "extract"} {
		stdout, _, _ := runCLI(t, "", cmd, "--help")
		if strings.Contains(stdout, "Kind(0)") || strings.Contains(stdout, "(default <nil>)") {
			t.Errorf("%s --help:\n%s", cmd, stdout)
		}
	}
}

// TestEmptyFont: --font with an empty file is an error, not the Go fonts.
func TestEmptyFont(t *testing.T) {
	dir, pal := checkSetup(t)
	font := filepath.Join(dir, "empty.ttf")
	os.WriteFile(font, nil, 0o644)
	for _, cmd := range []string{"banner", "swatch"} {
		_, stderr, code := runCLI(t, "", cmd, "--palette", pal, "--font", font, "-o", filepath.Join(dir, cmd+".png"))
		if code != exitUsage || !strings.Contains(stderr, "empty file") {
			t.Errorf("%s: exit %d %q", cmd, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, cmd+".png")); err == nil {
			t.Errorf("%s: wrote a PNG", cmd)
		}
	}
}

// TestCheckFlushesEachResult: a result is written as soon as it is known,
// while the list of paths on stdin is still open.
func TestCheckFlushesEachResult(t *testing.T) {
	dir, pal := checkSetup(t)
	good := filepath.Join(dir, "good.png")
	writeTestPNG(t, good, band([]string{"#1d4ed8", "#bfdbfe", "#f59e0b"}, []int{600, 300, 100}, 20))
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"check", "--palette", pal, "--format", "json", "-"}, inR, outW, io.Discard)
		outW.Close()
	}()
	fmt.Fprintln(inW, good)
	line := make(chan string, 1)
	go func() {
		l, _ := bufio.NewReader(outR).ReadString('\n')
		line <- l
	}()
	select {
	case l := <-line:
		if !strings.Contains(l, `"pass":true`) {
			t.Errorf("first line %q", l)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no result while stdin stays open: output is held back")
	}
	inW.Close()
	go io.Copy(io.Discard, outR)
	if code := <-done; code != exitOK {
		t.Errorf("exit %d", code)
	}
}

// TestExtractScanBomb: extract and palette --from-image refuse a progressive
// JPEG scan bomb at once instead of spending minutes decoding it.
func TestExtractScanBomb(t *testing.T) {
	dir := t.TempDir()
	bomb := filepath.Join(dir, "bomb.jpg")
	os.WriteFile(bomb, imagefiletest.ProgressiveJPEG(3000, 3000, 1, 5000), 0o644)
	for _, args := range [][]string{{"extract", bomb}, {"palette", "--from-image", bomb}} {
		start := time.Now()
		_, stderr, code := runWithin(t, 30*time.Second, "", args...)
		if code != exitUsage || !strings.Contains(stderr, "more than 100 scans") || strings.Count(stderr, "\n") > 2 {
			t.Errorf("%v: exit %d %q", args, code, stderr)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v: took %v", args, d)
		}
	}
}
