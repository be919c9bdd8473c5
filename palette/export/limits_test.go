package export_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
)

// manyColors writes n distinct colours in each format, one palette cap too
// many when n is palette.MaxColors+1.
func manyColors(format string, n int) []byte {
	var b bytes.Buffer
	switch format {
	case "txt":
		for i := range n {
			fmt.Fprintf(&b, "#%06x\n", i*997)
		}
	case "gpl":
		b.WriteString("GIMP Palette\n")
		for i := range n {
			fmt.Fprintf(&b, "%d %d %d\n", i%256, i/256%256, 7)
		}
	case "tokens":
		b.WriteString(`{"c":{"$type":"color"`)
		for i := range n {
			fmt.Fprintf(&b, `,"t%d":{"$value":"#%06x"}`, i, i*997)
		}
		b.WriteString("}}")
	case "json":
		b.WriteString(`{"version":1,"primary":"#000","secondary":"#111","accent":"#222","neutral":[`)
		for i := range n - 3 {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `"#%06x"`, i*997)
		}
		b.WriteString("]}")
	case "ase":
		p := &palette.Palette{Primary: palette.Entry{Color: palette.MustParseColor("#000")},
			Secondary: []palette.Entry{{Color: palette.MustParseColor("#111")}}, Accent: palette.Entry{Color: palette.MustParseColor("#222")}}
		for i := range min(n, palette.MaxColors) - 3 {
			p.Neutral = append(p.Neutral, palette.Entry{Color: palette.MustParseColor(fmt.Sprintf("#%06x", i*997+1))})
		}
		export.ASE(&b, p, export.Options{})
		if n > palette.MaxColors {
			// One more colour block after the group: a grey named "x".
			data := b.Bytes()
			binary.BigEndian.PutUint32(data[8:], binary.BigEndian.Uint32(data[8:])+1)
			b.Write([]byte{0, 1, 0, 0, 0, 16, 0, 2, 0, 'x', 0, 0, 'G', 'r', 'a', 'y', 0x3f, 0, 0, 0, 0, 2})
		}
	}
	return b.Bytes()
}

// TestReaderLimits: every reader takes palette.MaxColors colours and refuses
// one more with a one-line error, takes a UTF-8 byte order mark, and says
// "file larger than" for a file over palette.MaxFileSize.
func TestReaderLimits(t *testing.T) {
	readers := map[string]func(io.Reader) (*palette.Palette, error){
		"txt": export.ReadList, "gpl": export.ReadGPL, "tokens": export.ReadTokens, "ase": export.ReadASE,
		"json": func(r io.Reader) (*palette.Palette, error) { return export.Read(r, "p.json") },
	}
	for name, read := range readers {
		t.Run(name, func(t *testing.T) {
			p, err := read(bytes.NewReader(manyColors(name, palette.MaxColors)))
			if err != nil || len(p.Colors()) != palette.MaxColors {
				t.Fatalf("%d colours: err = %v", palette.MaxColors, err)
			}
			_, err = read(bytes.NewReader(manyColors(name, palette.MaxColors+1)))
			if err == nil || !strings.Contains(err.Error(), fmt.Sprint(palette.MaxColors)) || strings.Contains(err.Error(), "\n") {
				t.Errorf("%d colours: err = %v, want a refusal naming the limit", palette.MaxColors+1, err)
			}
			big := append(manyColors(name, 3), bytes.Repeat([]byte(" "), palette.MaxFileSize)...)
			if _, err := read(bytes.NewReader(big)); err == nil || !strings.Contains(err.Error(), "file larger than 1048576 bytes") {
				t.Errorf("%d bytes: err = %v, want \"file larger than\"", len(big), err)
			}
			if name == "ase" {
				return
			}
			bom := append([]byte("\xef\xbb\xbf"), manyColors(name, 3)...)
			if _, err := read(bytes.NewReader(bom)); err != nil {
				t.Errorf("with a byte order mark: %v", err)
			}
		})
	}
}

func TestReadRegressions(t *testing.T) {
	tests := []struct {
		name string
		read func(io.Reader) (*palette.Palette, error)
		data string
		want string // an error, or the palette's colours as hexes() prints them
	}{
		// Issue 13: a ")" before the first "(" cut a slice backwards.
		{"list smiley", export.ReadList, "#ff0000 red :) (hot)\n#50a2a2\n#ffb04e\n", "primary=#ff0000 secondary[0]=#50a2a2 accent=#ffb04e"},
		{"list function colour", export.ReadList, "primary: rgb(0 87 174)\n#b8eee9 secondary\naccent: hsl(37 100% 50%) hot\n", "primary=#0057ae secondary[0]=#b8eee9 accent=#ff9d00"},
		{"list close first", export.ReadList, ") (\n#000\n#fff\n", `list: line 1: palette: bad color ")"`},
		{"tokens trailing", export.ReadTokens, `{"c":{"$type":"color","a":{"$value":"#000"},"b":{"$value":"#111"},"d":{"$value":"#222"}}} {"x":1}`, "tokens: trailing data after the JSON object"},
		{"tokens trailing garbage", export.ReadTokens, `{"c":{"$type":"color","a":{"$value":"#000"},"b":{"$value":"#111"},"d":{"$value":"#222"}}}garbage`, "tokens: trailing data"},
		{"long input clipped", export.ReadGPL, "GIMP Palette\n" + strings.Repeat("x", 5000) + " 0 0\n", "… (5000 bytes)"},
		{"gpl long line", export.ReadGPL, "GIMP Palette\n# " + strings.Repeat("c", 200_000) + "\n0 0 0\n1 1 1\n2 2 2\n", "primary=#000000 secondary[0]=#010101 accent=#020202"},
	}
	for _, tt := range tests {
		p, err := tt.read(strings.NewReader(tt.data))
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = hexes(p)
		}
		if !strings.Contains(got, tt.want) || len(got) > 300 {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	p, _ := export.ReadList(strings.NewReader("#ff0000 red :) (hot)\n#50a2a2\n#ffb04e\n"))
	if p != nil && p.Primary.Name != "red :) (hot)" {
		t.Errorf("name %q, want %q", p.Primary.Name, "red :) (hot)")
	}
}

// FuzzReadList: whatever the list reader accepts is a valid palette within
// the cap that writes to GPL and reads back to the same colours.
func FuzzReadList(f *testing.F) {
	f.Add([]byte("#ff0000 red :) (hot)\n#50a2a2\n#ffb04e\n"))
	f.Add([]byte("primary: rgb(0 87 174)\n#b8eee9 secondary\naccent: hsl(37 100% 50%) hot\n// c\n# x\n"))
	f.Add(manyColors("txt", 5))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := export.ReadList(bytes.NewReader(data))
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if err := p.Validate(); err != nil || len(p.Colors()) > palette.MaxColors {
			t.Fatalf("accepted an invalid palette: %v", err)
		}
		var buf bytes.Buffer
		if err := export.GPL(&buf, p, export.Options{}); err != nil {
			t.Fatalf("accepted palette does not write: %v", err)
		}
		q, err := export.ReadGPL(&buf)
		if err != nil || hexes(p) != hexes(q) {
			t.Fatalf("GPL round trip: %v %s != %s", err, hexes(p), hexes(q))
		}
	})
}
