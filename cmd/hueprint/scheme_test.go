package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/scheme"
)

const brandFile = "../../palette/testdata/brand.json"

func TestSchemeCommand(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "scheme", "--palette", brandFile, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Light map[string]string `json:"light"`
		Dark  map[string]string `json:"dark"`
		Notes []string          `json:"notes"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if len(got.Light) != 21 || len(got.Dark) != 21 || got.Notes == nil {
		t.Fatalf("light %d roles, dark %d, notes %v", len(got.Light), len(got.Dark), got.Notes)
	}
	// The brand's primary is kept verbatim, and every pair passes.
	if got.Light["primary"] != "#0057ae" {
		t.Errorf("light primary %s, want the brand's #0057ae", got.Light["primary"])
	}
	for _, mode := range []map[string]string{got.Light, got.Dark} {
		for _, pr := range scheme.Pairs() {
			fg, _ := palette.ParseColor(mode[pr.FG.String()])
			bg, _ := palette.ParseColor(mode[pr.BG.String()])
			if r := contrast.Ratio(fg, bg); r < pr.Min {
				t.Errorf("%s on %s: %.2f:1", pr.FG, pr.BG, r)
			}
		}
	}

	stdout, _, code = runCLI(t, "", "scheme", "--palette", brandFile)
	if code != exitOK || !strings.Contains(stdout, "on-primary on primary") || !strings.Contains(stdout, "#0057ae") || strings.Contains(stdout, "\x1b[") {
		t.Errorf("text output (exit %d):\n%s", code, stdout)
	}
	stdout, _, _ = runCLI(t, "", "scheme", "--palette", brandFile, "--lang", "fr")
	if !strings.Contains(stdout, "Sombre") || !strings.Contains(stdout, "Paires (rapport WCAG 2.x\u202f;") || !strings.Contains(stdout, ",") {
		t.Errorf("French output:\n%s", stdout)
	}
	// A pale primary gets a note, in French with --lang fr.
	dir := t.TempDir()
	pale := filepath.Join(dir, "pale.json")
	os.WriteFile(pale, []byte(`{"version":1,"primary":"#ffd1dc","secondary":["#333333"],"accent":"#0066cc"}`), 0o644)
	stdout, _, code = runCLI(t, "", "scheme", "--palette", pale, "--format", "json", "--lang", "fr")
	if code != exitOK || !strings.Contains(stdout, "le ton conforme le plus proche") {
		t.Errorf("pale primary, French note (exit %d): %s", code, stdout)
	}
}

func TestSchemeErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"version":1,"primary":"#ggg"}`), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no palette", []string{"scheme"}, "--palette FILE is required"},
		{"missing file", []string{"scheme", "--palette", filepath.Join(dir, "nope.json")}, "no such file"},
		{"bad colour", []string{"scheme", "--palette", bad}, `"#ggg"`},
		{"bad format", []string{"scheme", "--palette", brandFile, "--format", "csv"}, "want text|json"},
		{"bad lang", []string{"scheme", "--palette", brandFile, "--lang", "de"}, "de"},
		{"extra arg", []string{"scheme", "--palette", brandFile, "x"}, `unexpected argument "x"`},
		{"export scheme bad format", []string{"export", "--palette", brandFile, "--scheme", "--to", "gpl"}, `--scheme --to "gpl"`},
		{"export scheme bad prefix", []string{"export", "--palette", brandFile, "--scheme", "--to", "css", "--prefix", "a b"}, `--prefix "a b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) || stdout != "" {
				t.Errorf("exit %d, stderr %q, stdout %q; want exit 2 and %q", code, stderr, stdout, tt.want)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
				t.Errorf("more than an error and a hint: %q", stderr)
			}
		})
	}
}

func TestExportScheme(t *testing.T) {
	dir := t.TempDir()
	for _, to := range []string{"css", "scss", "tailwind", "tailwind4", "tokens"} {
		out := filepath.Join(dir, "scheme-"+to)
		_, stderr, code := runCLI(t, "", "export", "--palette", brandFile, "--scheme", "--to", to, "-o", out)
		if code != exitOK {
			t.Fatalf("%s: exit %d %s", to, code, stderr)
		}
		b, _ := os.ReadFile(out)
		if !strings.Contains(string(b), "#0057ae") || !strings.Contains(string(b), "on-surface-muted") {
			t.Errorf("%s: %s", to, b)
		}
	}
	stdout, _, _ := runCLI(t, "", "export", "--palette", brandFile, "--scheme", "--to", "css")
	for _, want := range []string{":root, [data-theme=\"light\"] {", "@media (prefers-color-scheme: dark)", "[data-theme=\"dark\"] {", "--color-on-primary:"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("css lacks %q", want)
		}
	}
	stdout, _, _ = runCLI(t, "", "export", "--palette", brandFile, "--scheme", "--to", "css", "--prefix", "ui")
	if !strings.Contains(stdout, "--ui-primary: #0057ae;") {
		t.Errorf("--prefix ui ignored:\n%s", stdout)
	}
	// The palette exports are unchanged without --scheme.
	stdout, _, _ = runCLI(t, "", "export", "--palette", brandFile, "--to", "css")
	if !strings.Contains(stdout, "--brand-primary: #0057ae;") {
		t.Errorf("palette export changed:\n%s", stdout)
	}
}

func TestAuditScheme(t *testing.T) {
	stdout, _, _ := runCLI(t, "", "audit", "--palette", brandFile, "--format", "json")
	var got struct {
		Scheme struct {
			Pass     bool     `json:"pass"`
			Problems []string `json:"problems"`
		} `json:"scheme"`
		Findings []any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if !got.Scheme.Pass || got.Scheme.Problems == nil {
		t.Errorf("scheme audit: %+v", got.Scheme)
	}
	stdout, _, _ = runCLI(t, "", "audit", "--palette", brandFile)
	if !strings.Contains(stdout, "UI scheme (light and dark") {
		t.Errorf("text audit lacks the scheme:\n%s", stdout)
	}
}
