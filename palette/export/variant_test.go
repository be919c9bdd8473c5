package export_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/export"
)

const twoPalettes = `{"version":1,"name":"One","primary":{"hex":"#1d4ed8"},"secondary":[{"hex":"#bfdbfe"}],"accent":{"hex":"#f59e0b"}}
{"version":1,"name":"Two","primary":{"hex":"#b91c1c"},"secondary":[{"hex":"#fecaca"}],"accent":{"hex":"#0ea5e9"}}
`

func ExampleReadVariant() {
	p, err := export.ReadVariant(strings.NewReader(twoPalettes), "kids.jsonl", 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Name, p.Primary.Hex())
	// Output: Two #b91c1c
}

func TestReadVariant(t *testing.T) {
	gpl := "GIMP Palette\nName: G\n29 78 216 primary\n191 219 254 secondary\n245 158 11 accent\n"
	tests := []struct {
		name, data, file string
		n                int
		want, err        string
	}{
		{name: "first of two", data: twoPalettes, file: "k.jsonl", n: 1, want: "One"},
		{name: "second of two", data: twoPalettes, file: "", n: 2, want: "Two"},
		{name: "third of two", data: twoPalettes, file: "k.jsonl", n: 3, err: "holds 2 palette(s)"},
		{name: "zero", data: twoPalettes, file: "k.jsonl", n: 0, err: "variant 0"},
		{name: "gpl", data: gpl, file: "", n: 1, want: "G"},
		{name: "gpl second", data: gpl, file: "g.gpl", n: 2, err: "export: variant 2: the file holds one palette"},
		{name: "list", data: "#1d4ed8\n#bfdbfe\n#f59e0b\n", file: "", n: 1, want: ""},
		{name: "bad json", data: "{", file: "p.json", n: 1, err: "JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := export.ReadVariant(strings.NewReader(tt.data), tt.file, tt.n)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Name != tt.want {
				t.Errorf("name %q, want %q", p.Name, tt.want)
			}
		})
	}
}

// FuzzReadVariant: whatever the input and n, ReadVariant does not panic,
// and a palette it returns is valid.
func FuzzReadVariant(f *testing.F) {
	f.Add([]byte(twoPalettes), "", 2)
	f.Add([]byte("GIMP Palette\n0 0 0\n"), "x.gpl", 1)
	f.Fuzz(func(t *testing.T, data []byte, name string, n int) {
		p, err := export.ReadVariant(strings.NewReader(string(data)), name, n)
		if err == nil && p.Validate() != nil {
			t.Errorf("ReadVariant returned an invalid palette: %v", p.Validate())
		}
	})
}
