package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/check"
)

// TestCheckHelpParallel: the GNU parallel example of check --help gives each
// job its own shard ({} replaced by one argument after :::, as parallel
// does), the shards parse and together they cover every file once. The
// example once used --nonall, which runs the same command, with no
// argument, on every host: each host checked everything.
func TestCheckHelpParallel(t *testing.T) {
	out, _, code := runCLI(t, "", "check", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out, "--nonall") {
		t.Errorf("check --help still suggests parallel --nonall")
	}
	i := strings.Index(out, "parallel -S")
	if i < 0 {
		t.Fatalf("no GNU parallel example in:\n%s", out)
	}
	example := strings.ReplaceAll(out[i:], "\\\n", " ")
	example, _, _ = strings.Cut(example, "\n")
	cmd, args, ok := strings.Cut(example, " ::: ")
	if !ok || !strings.Contains(cmd, "--shard {}") {
		t.Fatalf("the example passes no argument to --shard: %q", example)
	}
	args, _, _ = strings.Cut(args, ">")
	seen := map[uint64]bool{}
	var n uint64
	for _, a := range strings.Fields(args) {
		s, err := check.ParseShard(a)
		if err != nil {
			t.Fatalf("shard %q of the example: %v", a, err)
		}
		if n != 0 && s.N != n || seen[s.I] {
			t.Fatalf("shards %q: want 0/N … N-1/N, each once", args)
		}
		n, seen[s.I] = s.N, true
	}
	if n == 0 || uint64(len(seen)) != n {
		t.Errorf("shards %q cover %d of %d", args, len(seen), n)
	}
}

// TestCheckReportTrailingSlash: --report DIR/ (as shells complete a folder)
// replaces the previous report on the second run instead of failing to
// rename DIR/ into itself.
func TestCheckReportTrailingSlash(t *testing.T) {
	dir := checkFolder(t)
	rep := filepath.Join(dir, "rep") + string(filepath.Separator)
	img := filepath.Join(dir, "images", "a-good.png")
	for run := range 2 {
		_, stderr, code := runCLI(t, "", "check", "--palette", filepath.Join(dir, "brand.json"), "--report", rep, img)
		if code != exitOK || !strings.Contains(stderr, "report written to") {
			t.Fatalf("run %d: exit %d, %s", run, code, stderr)
		}
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "rep*"))
	if len(entries) != 1 {
		t.Errorf("beside the report: %v, want rep alone", entries)
	}
	if _, err := os.Stat(filepath.Join(dir, "rep", "index.html")); err != nil {
		t.Error(err)
	}
}
