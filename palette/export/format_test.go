package export_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/scheme"
)

func formatPalette() *palette.Palette {
	return &palette.Palette{
		Name:      "Acme",
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#121e2b")}, {Color: palette.MustParseColor("#f1f8ff")}},
	}
}

func TestFormatText(t *testing.T) {
	for _, f := range append(export.Formats(), 0) {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		var back export.Format
		if err := back.UnmarshalText(b); err != nil || back != f {
			t.Errorf("%v: read back %v, %v", f, back, err)
		}
		if f != 0 && string(b) != f.String() {
			t.Errorf("MarshalText %q, String %q", b, f)
		}
	}
	var f export.Format
	if err := f.UnmarshalText([]byte("pdf")); err == nil || !strings.Contains(err.Error(), `"pdf": want css, scss, tailwind, tailwind4, tokens, gpl, ase, svg or json`) {
		t.Errorf("pdf: %v", err)
	}
	if _, err := export.Format(42).MarshalText(); err == nil {
		t.Error("Format(42) marshals")
	}
}

// TestFormatWrite: each format writes what its function writes.
func TestFormatWrite(t *testing.T) {
	p := formatPalette()
	o := export.Options{Ramps: true, Prefix: "acme"}
	direct := map[export.Format]func(*bytes.Buffer) error{
		export.FormatCSS:       func(w *bytes.Buffer) error { return export.CSS(w, p, o) },
		export.FormatSCSS:      func(w *bytes.Buffer) error { return export.SCSS(w, p, o) },
		export.FormatTailwind:  func(w *bytes.Buffer) error { return export.Tailwind(w, p, o) },
		export.FormatTailwind4: func(w *bytes.Buffer) error { return export.Tailwind4(w, p, o) },
		export.FormatTokens:    func(w *bytes.Buffer) error { return export.Tokens(w, p, o) },
		export.FormatGPL:       func(w *bytes.Buffer) error { return export.GPL(w, p, o) },
		export.FormatASE:       func(w *bytes.Buffer) error { return export.ASE(w, p, o) },
		export.FormatSVG:       func(w *bytes.Buffer) error { return export.SVG(w, p, o) },
		export.FormatJSON:      func(w *bytes.Buffer) error { return palette.Write(w, p) },
	}
	if len(direct) != len(export.Formats()) {
		t.Fatalf("%d formats tested, %d exist", len(direct), len(export.Formats()))
	}
	for f, write := range direct {
		var got, want bytes.Buffer
		if err := f.Write(&got, p, o); err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		write(&want)
		if !bytes.Equal(got.Bytes(), want.Bytes()) || got.Len() == 0 {
			t.Errorf("%v: Write differs from its function", f)
		}
	}
	if err := export.Format(0).Write(&bytes.Buffer{}, p, o); err == nil {
		t.Error("the zero Format writes")
	}
	s, err := scheme.New(p, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range export.Formats() {
		var b bytes.Buffer
		err := f.WriteScheme(&b, s, export.SchemeOptions{Name: p.Name})
		schemed := false
		for _, sf := range export.SchemeFormats() {
			schemed = schemed || sf == f
		}
		if (err == nil) != schemed || schemed && b.Len() == 0 {
			t.Errorf("%v: WriteScheme error %v, scheme format %v", f, err, schemed)
		}
	}
}

func ExampleFormat_UnmarshalText() {
	var f export.Format
	if err := f.UnmarshalText([]byte("tailwind4")); err != nil {
		panic(err)
	}
	fmt.Println(f, f.Binary(), export.FormatASE.Binary())
	fmt.Println(f.UnmarshalText([]byte("pdf")))
	// Output:
	// tailwind4 false true
	// export: unknown format "pdf": want css, scss, tailwind, tailwind4, tokens, gpl, ase, svg or json
}

// FuzzFormatUnmarshalText: an accepted name reads back to the same format.
func FuzzFormatUnmarshalText(f *testing.F) {
	for _, name := range []string{"css", "Tailwind4", " json ", "unset", ""} {
		f.Add(name)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fm export.Format
		if fm.UnmarshalText([]byte(s)) != nil {
			return
		}
		b, err := fm.MarshalText()
		var back export.Format
		if err != nil || back.UnmarshalText(b) != nil || back != fm {
			t.Fatalf("%q: %v then %v (%v)", s, fm, back, err)
		}
	})
}

// TestFormatFiles: the extension and media type of every format, none for
// the zero and unknown formats.
func TestFormatFiles(t *testing.T) {
	tests := []struct {
		f              export.Format
		ext, mediaType string
	}{
		{export.FormatCSS, ".css", "text/css; charset=utf-8"},
		{export.FormatSCSS, ".scss", "text/x-scss; charset=utf-8"},
		{export.FormatTailwind, ".tailwind.config.js", "text/javascript; charset=utf-8"},
		{export.FormatTailwind4, ".tailwind4.css", "text/css; charset=utf-8"},
		{export.FormatTokens, ".tokens.json", "application/json; charset=utf-8"},
		{export.FormatGPL, ".gpl", "text/plain; charset=utf-8"},
		{export.FormatASE, ".ase", "application/octet-stream"},
		{export.FormatSVG, ".svg", "image/svg+xml"},
		{export.FormatJSON, ".json", "application/json; charset=utf-8"},
		{0, "", ""},
		{200, "", ""},
	}
	if len(tests) != len(export.Formats())+2 {
		t.Errorf("%d cases for %d formats", len(tests)-2, len(export.Formats()))
	}
	for _, tt := range tests {
		if ext, mt := tt.f.Extension(), tt.f.MediaType(); ext != tt.ext || mt != tt.mediaType {
			t.Errorf("%v: %q %q, want %q %q", tt.f, ext, mt, tt.ext, tt.mediaType)
		}
	}
}

func ExampleFormat_Extension() {
	fmt.Println(export.FormatTokens.Extension(), export.FormatTokens.MediaType())
	fmt.Println(export.FormatTailwind.Extension(), export.FormatSVG.MediaType())
	// Output:
	// .tokens.json application/json; charset=utf-8
	// .tailwind.config.js image/svg+xml
}
