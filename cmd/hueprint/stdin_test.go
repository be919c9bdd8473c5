package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// TestPaletteOnStdin: --palette - reads every format hueprint writes, told
// apart by content (ASE starts with ASEF, GPL with "GIMP Palette").
func TestPaletteOnStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "brand.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := palette.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{"palette file": string(data)}
	for _, to := range []string{"ase", "gpl", "tokens"} {
		stdout, stderr, code := runCLI(t, "", "export", "--palette", filepath.Join("testdata", "brand.json"), "--to", to, "-o", "-")
		if code != exitOK {
			t.Fatalf("export --to %s: %d %s", to, code, stderr)
		}
		inputs[to] = stdout
	}
	inputs["list"] = "#0057ae primary\n#b8eee9 secondary\n#ff9d00 accent\n#121e2b neutral\n#f1f8ff neutral\n"
	var want bytes.Buffer
	if err := export.CSS(&want, p, export.Options{}); err != nil {
		t.Fatal(err)
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, in, "contrast", "--palette", "-", "--format", "json")
			if code != exitOK || !strings.Contains(stdout, `"fg_role":"primary"`) {
				t.Errorf("contrast --palette -: exit %d, stderr %q", code, stderr)
			}
			stdout, stderr, code = runCLI(t, in, "export", "--palette", "-", "--to", "css")
			if code != exitOK {
				t.Fatalf("export --palette -: exit %d, stderr %q", code, stderr)
			}
			for _, hex := range []string{"#0057ae", "#b8eee9", "#ff9d00", "#121e2b", "#f1f8ff"} {
				if !strings.Contains(stdout, hex) {
					t.Errorf("export --palette - lost %s:\n%s", hex, stdout)
				}
			}
			_, stderr, code = runCLI(t, in, "export", "--palette", "-", "--variant", "2", "--to", "css")
			if code != exitUsage || !strings.Contains(stderr, "--variant 2") && !strings.Contains(stderr, "variant 2") {
				t.Errorf("--variant 2 of one palette: exit %d, stderr %q", code, stderr)
			}
		})
	}
}
