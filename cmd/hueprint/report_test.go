package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReportProblemsFirst: the page lists failures, then unreadable files,
// then passes, each group in input order, both in the cards written for
// readers without JavaScript and in the template the script pages through;
// "problems first" is the sort selected by default.
func TestReportProblemsFirst(t *testing.T) {
	dir := checkFolder(t)
	report := filepath.Join(dir, "report")
	_, stderr, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--report", report, filepath.Join(dir, "images"))
	if code != exitUsage {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(report, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	card := regexp.MustCompile(`<li class="card (pass|fail|error)" data-index="(\d+)" data-name="([^"]+)"`)
	all := card.FindAllStringSubmatch(page, -1)
	if len(all) != 16 { // 8 images: the visible list and the template
		t.Fatalf("%d cards, want 8 twice", len(all))
	}
	want := "fail:b-primary-low.png fail:c-off.png error:e-truncated.jpg error:f-corrupt.png error:g-text.png error:h-huge.png pass:a-good.png pass:d-good.jpg"
	for i, half := range [][][]string{all[:8], all[8:]} {
		var got []string
		for _, m := range half {
			got = append(got, m[1]+":"+m[3])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("cards (list %d) in order\n%s\nwant\n%s", i, strings.Join(got, " "), want)
		}
	}
	if !strings.Contains(page, `<select id="sort"><option value="problems">problems first</option>`) {
		t.Error("problems first is not the default sort")
	}
	// The layout fits a phone: no fixed-width chart, cards that shrink below
	// 340 px. (TestReportInBrowser measures it in Chromium at 390 px.)
	for _, bad := range []string{`<svg class="chart" width=`, `minmax(340px, 1fr)`} {
		if strings.Contains(page, bad) {
			t.Errorf("page still has %q", bad)
		}
	}
	// The chart lists every bin with its count, the unreadable ones in their
	// own colour.
	bins := regexp.MustCompile(`<li class="([a-z ]*)"><span>([^<]+)</span><span class="track"[^>]*><span class="fill" style="width:([0-9.]+)%"></span></span><span class="n">(\d+)</span></li>`).FindAllStringSubmatch(page, -1)
	if len(bins) != 6 {
		t.Fatalf("%d bins in the chart, want 6", len(bins))
	}
	if last := bins[5]; !strings.HasPrefix(last[1], "unread") || last[2] != "unreadable" || last[4] != "4" || last[3] != "100.000" {
		t.Errorf("unreadable bin %q, want class unread, 4 files, the longest bar", last[0])
	}
}

// TestReportPathOnStderr: check --report ends by saying where the page is,
// on stderr, whatever the format; stdout stays data.
func TestReportPathOnStderr(t *testing.T) {
	dir := checkFolder(t)
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			report := filepath.Join(dir, "report-"+format)
			stdout, stderr, _ := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--format", format, "--report", report, filepath.Join(dir, "images"))
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			abs, _ := filepath.Abs(filepath.Join(report, "index.html"))
			if last := lines[len(lines)-1]; last != "hueprint: report written to "+abs {
				t.Errorf("last stderr line %q, want the page %s", last, abs)
			}
			if _, err := os.Stat(abs); err != nil {
				t.Errorf("the page named does not exist: %v", err)
			}
			if strings.Contains(stdout, "index.html") {
				t.Errorf("the path went to stdout: %q", stdout)
			}
		})
	}
	// Without --report nothing is said.
	_, stderr, _ := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), filepath.Join(dir, "images"))
	if strings.Contains(stderr, "report written") {
		t.Errorf("no --report, yet %q", stderr)
	}
}
