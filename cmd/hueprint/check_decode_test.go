package main

import (
	"path/filepath"
	"testing"
)

// TestCheckFullDecode checks that measuring while decoding (the default)
// and --full-decode write the same lines, errors included, for the issue's
// folder of good, failing and broken PNG and JPEG files.
func TestCheckFullDecode(t *testing.T) {
	dir := checkFolder(t)
	args := []string{"check", "--palette", filepath.Join(dir, "brand.json"), "--format", "json", "--jobs", "2", filepath.Join(dir, "images")}
	fast, _, fastCode := runCLI(t, "", args...)
	full, _, fullCode := runCLI(t, "", append(args, "--full-decode")...)
	if fast != full || fastCode != fullCode {
		t.Errorf("default (exit %d):\n%s\n--full-decode (exit %d):\n%s", fastCode, fast, fullCode, full)
	}
	if fast == "" {
		t.Error("no output")
	}
}
