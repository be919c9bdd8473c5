package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
)

// TestJSONIsLibraryValues: each JSON line of color, tags, contrast,
// audit and scheme reads into its library type, and that value written again is the
// same line: the CLI prints json.Marshal of library values, nothing of its
// own.
func TestJSONIsLibraryValues(t *testing.T) {
	newValue := map[string]func() any{
		"color":       func() any { return new(palette.ColorInfo) },
		"color error": func() any { return new(palette.LineError) },
		"tags":        func() any { return new(psych.KnowledgeBase) },
		"pair":        func() any { return new(contrast.Report) },
		"grid":        func() any { return new(palette.GridPair) },
		"scheme":      func() any { return new(scheme.Document) },
		"audit":       func() any { return new(palette.AuditReport) },
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		kinds []string // the type of each line; the last one repeats
	}{
		{"color", "", []string{"color", "--format", "json", "--cvd", "tomato", "#777", "oklch(70% 0.15 200)"}, []string{"color"}},
		{"color with a bad one", "", []string{"color", "--format", "json", "navy", "#ggg"}, []string{"color", "color error"}},
		{"tags", "", []string{"tags", "--format", "json", "--lang", "fr"}, []string{"tags"}},
		{"pair", "", []string{"contrast", "--format", "json", "#777", "white"}, []string{"pair"}},
		{"batch", "#000 #fff\n#12 #000\nwhite navy\n", []string{"contrast", "--batch", "--format", "json"}, []string{"pair", "color error", "pair"}},
		{"grid", "", []string{"contrast", "--palette", "testdata/brand.json", "--format", "json", "--level", "aaa"}, []string{"grid"}},
		{"audit", "", []string{"audit", "--palette", "testdata/brand.json", "--format", "json", "--lang", "fr"}, []string{"audit"}},
		{"scheme", "", []string{"scheme", "--palette", "testdata/brand.json", "--format", "json", "--lang", "fr"}, []string{"scheme"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, _ := runCLI(t, tt.stdin, tt.args...)
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if tt.name == "tags" {
				lines = []string{stdout}
			}
			if stdout == "" {
				t.Fatalf("no output; stderr %s", stderr)
			}
			for i, line := range lines {
				kind := tt.kinds[min(i, len(tt.kinds)-1)]
				v := newValue[kind]()
				if err := json.Unmarshal([]byte(line), v); err != nil {
					t.Fatalf("line %d as %s: %v\n%s", i+1, kind, err, line)
				}
				again, err := json.Marshal(v)
				if err != nil {
					t.Fatal(err)
				}
				var a, b any
				json.Unmarshal(again, &a)
				json.Unmarshal([]byte(line), &b)
				if !reflect.DeepEqual(a, b) || kind != "tags" && string(again) != line {
					t.Errorf("line %d as %s written again differs:\n%s\n%s", i+1, kind, again, line)
				}
			}
		})
	}
}
