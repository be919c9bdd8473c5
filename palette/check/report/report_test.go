package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/psych"
)

// TestPublish: a report is written beside its folder and renamed into place
// by Finish, replacing a previous report; Abandon removes an unfinished one;
// a folder that is not a report is refused.
func TestPublish(t *testing.T) {
	p, err := palette.Read(bytes.NewReader([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`)))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "r")
	for run, lang := range []psych.Lang{psych.English, psych.French} {
		rw, err := New(dir, lang, p, p.RuleOrDefault())
		if err != nil {
			t.Fatal(err)
		}
		if rw.Dir() == dir {
			t.Fatalf("run %d writes into %s directly", run, dir)
		}
		rw.Add(check.Result{File: "a.png", Pass: true})
		rw.Add(check.Result{Index: 1, File: "b.png", Err: os.ErrNotExist})
		if err := rw.Finish(check.Summary{Checked: 2, Passed: 1, Unreadable: 1}); err != nil {
			t.Fatal(err)
		}
		rw.Abandon()
		page, err := os.ReadFile(filepath.Join(dir, "index.html"))
		if err != nil || !strings.Contains(string(page), `<html lang="`+lang.String()+`">`) || !strings.Contains(string(page), "b.png") {
			t.Fatalf("run %d: %v\n%.300s", run, err, page)
		}
		if rw.Page() != filepath.Join(dir, "index.html") && !strings.HasSuffix(rw.Page(), filepath.Join("r", "index.html")) {
			t.Errorf("Page() = %s", rw.Page())
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("left beside the report: %v", entries)
	}
	rw, err := New(dir, psych.English, p, p.RuleOrDefault())
	if err != nil {
		t.Fatal(err)
	}
	rw.Abandon()
	if _, err := os.Stat(rw.Dir()); !os.IsNotExist(err) {
		t.Errorf("Abandon left %s", rw.Dir())
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "notes.txt"), nil, 0o644)
	if _, err := New(other, psych.English, p, p.RuleOrDefault()); err == nil || !strings.Contains(err.Error(), "not a hueprint report") {
		t.Errorf("New over a folder of notes: %v", err)
	}
}

// TestPublishTrailingSlash: a folder named with a trailing separator
// ("rep/", as shells complete it) is replaced on the second run, not
// renamed into itself.
func TestPublishTrailingSlash(t *testing.T) {
	p, err := palette.Read(bytes.NewReader([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`)))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "rep") + string(filepath.Separator)
	for run := range 3 {
		rw, err := New(dir, psych.English, p, p.RuleOrDefault())
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		rw.Add(check.Result{File: "a.png", Pass: true})
		if err := rw.Finish(check.Summary{Checked: 1, Passed: 1}); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		entries, err := os.ReadDir(filepath.Dir(filepath.Clean(dir)))
		if err != nil || len(entries) != 1 || entries[0].Name() != "rep" {
			t.Fatalf("run %d: beside the report: %v %v, want rep alone", run, entries, err)
		}
	}
}
