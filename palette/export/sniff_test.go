package export_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// TestReadSniffs: Read gives the same palette for every format whatever
// the name: its own extension, none (stdin), or a misleading one.
func TestReadSniffs(t *testing.T) {
	p := brand(t)
	write := func(f func(io.Writer, *palette.Palette, export.Options) error) string {
		var b bytes.Buffer
		if err := f(&b, p, export.Options{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	file, err := os.ReadFile("testdata/brand.json")
	if err != nil {
		t.Fatal(err)
	}
	list := "#0057ae primary\n#b8eee9 secondary\n#ff9d00 accent\n#121e2b neutral\n#f1f8ff neutral\n"
	tests := []struct {
		format string
		data   string
		names  []string
	}{
		{format: "ase", data: write(export.ASE), names: []string{"brand.ase", "", "-", "brand.json", "brand.txt"}},
		{format: "gpl", data: write(export.GPL), names: []string{"brand.gpl", "", "brand.json", "brand.txt", "brand"}},
		{format: "gpl with a BOM", data: "\xef\xbb\xbf" + write(export.GPL), names: []string{"", "brand.gpl"}},
		{format: "tokens", data: write(export.Tokens), names: []string{"brand.tokens.json", "brand.tokens", "brand.json", "", "brand"}},
		{format: "palette file", data: string(file), names: []string{"brand.json", "", "brand"}},
		{format: "list", data: list, names: []string{"brand.txt", "", "brand"}},
	}
	for _, tt := range tests {
		for _, name := range tt.names {
			t.Run(tt.format+"/"+name, func(t *testing.T) {
				back, err := export.Read(strings.NewReader(tt.data), name)
				if err != nil {
					t.Fatalf("%v", err)
				}
				if got, want := hexes(back), hexes(p); got != want {
					t.Errorf("read %s, want %s", got, want)
				}
			})
		}
	}
}

// TestReadSniffErrors: content that is none of the formats gets the error
// of the reader its name or its first bytes point to.
func TestReadSniffErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{name: "", data: "ASEF\x00\x01", want: "ase: "},
		{name: "", data: "GIMP Palette\n0 0\n", want: `want "R G B name"`},
		{name: "", data: "{", want: "palette: truncated JSON"},
		{name: "", data: "notacolour\n", want: "list: line 1"},
		{name: "", data: "", want: "empty file"},
		{name: "x.gpl", data: "#fff\n", want: `want "GIMP Palette"`},
		{name: "x.ase", data: "#fff\n", want: "not an Adobe Swatch Exchange file"},
		{name: "x.png", data: "just text", want: "not valid JSON"},
	}
	for _, tt := range tests {
		_, err := export.Read(strings.NewReader(tt.data), tt.name)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q named %q: %v, want %q", tt.data, tt.name, err, tt.want)
		}
	}
}

// FuzzReadSniff: whatever the bytes, Read under no name never panics, and
// a palette it accepts reads back the same from its palette file.
func FuzzReadSniff(f *testing.F) {
	var ase, gpl bytes.Buffer
	p := brand(f)
	export.ASE(&ase, p, export.Options{})
	export.GPL(&gpl, p, export.Options{})
	f.Add(ase.Bytes())
	f.Add(gpl.Bytes())
	f.Add([]byte("#1d4ed8 primary\n#bfdbfe secondary\n#f59e0b accent\n"))
	f.Add([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b"}`))
	f.Add([]byte(`{"c":{"$type":"color","primary":{"$value":"#1d4ed8"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := export.Read(bytes.NewReader(data), "")
		if err != nil {
			return
		}
		b, err := palette.Marshal(got)
		if err != nil {
			t.Fatalf("accepted palette does not marshal: %v", err)
		}
		back, err := export.Read(bytes.NewReader(b), "")
		if err != nil {
			t.Fatalf("its palette file does not read back: %v\n%s", err, b)
		}
		if hexes(back) != hexes(got) {
			t.Fatalf("round trip %s, want %s", hexes(back), hexes(got))
		}
	})
}
