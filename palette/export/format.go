package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/scheme"
)

// Format is one of the formats this package writes. The zero value is
// unset and writes nothing. Format implements encoding.TextUnmarshaler, so
// it can be a flag (pflag.TextVar) or a field of a tool's JSON.
type Format uint8

// The formats, by the names String gives them.
const (
	FormatCSS       Format = iota + 1 // css: CSS custom properties (CSS)
	FormatSCSS                        // scss: SCSS variables and a map (SCSS)
	FormatTailwind                    // tailwind: a Tailwind CSS v3 config (Tailwind)
	FormatTailwind4                   // tailwind4: a Tailwind CSS v4 @theme block (Tailwind4)
	FormatTokens                      // tokens: DTCG design tokens JSON (Tokens)
	FormatGPL                         // gpl: a GIMP / Inkscape palette (GPL)
	FormatASE                         // ase: Adobe Swatch Exchange, binary (ASE)
	FormatSVG                         // svg: an SVG swatch sheet (SVG)
	FormatJSON                        // json: the hueprint palette file (palette.Write)
	numFormats
)

var formatNames = [...]string{"", "css", "scss", "tailwind", "tailwind4", "tokens", "gpl", "ase", "svg", "json"}

// Formats returns every format in order, in a new slice.
func Formats() []Format {
	out := make([]Format, 0, numFormats-1)
	for f := FormatCSS; f < numFormats; f++ {
		out = append(out, f)
	}
	return out
}

// SchemeFormats returns the formats that also write UI schemes
// (WriteScheme), in order, in a new slice.
func SchemeFormats() []Format {
	return []Format{FormatCSS, FormatSCSS, FormatTailwind, FormatTailwind4, FormatTokens}
}

// String returns the format's name, such as "tailwind4"; "unset" for the
// zero Format.
func (f Format) String() string {
	if f == 0 {
		return "unset"
	}
	if f < numFormats {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// MarshalText implements encoding.TextMarshaler. The zero Format marshals
// to "" and reads back; an unknown value is an error.
func (f Format) MarshalText() ([]byte, error) {
	if f >= numFormats {
		return nil, fmt.Errorf("export: invalid format %d: want 1 (css) to %d (json)", uint8(f), numFormats-1)
	}
	return []byte(formatNames[f]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: a name of String in
// any case, "" or "unset" for the zero Format.
func (f *Format) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range formatNames {
		if n == s {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("export: unknown format %q: want %s", clip(string(b)), joinFormats(Formats()))
}

// joinFormats lists formats as "a, b or c".
func joinFormats(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.String()
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// formatFiles are the file extension and the media type (RFC 6838) of each
// format, by Format.
var formatFiles = [...]struct{ ext, mediaType string }{
	FormatCSS:       {".css", "text/css; charset=utf-8"},
	FormatSCSS:      {".scss", "text/x-scss; charset=utf-8"},
	FormatTailwind:  {".tailwind.config.js", "text/javascript; charset=utf-8"},
	FormatTailwind4: {".tailwind4.css", "text/css; charset=utf-8"},
	FormatTokens:    {".tokens.json", "application/json; charset=utf-8"},
	FormatGPL:       {".gpl", "text/plain; charset=utf-8"},
	FormatASE:       {".ase", "application/octet-stream"},
	FormatSVG:       {".svg", "image/svg+xml"},
	FormatJSON:      {".json", "application/json; charset=utf-8"},
}

// Extension returns the file name extension of a file in format f, such
// as ".tokens.json" or ".tailwind.config.js"; "" for the zero or an
// unknown Format.
func (f Format) Extension() string {
	if f >= numFormats {
		return ""
	}
	return formatFiles[f].ext
}

// MediaType returns the media type of a file in format f, for a
// Content-Type header, such as "text/css; charset=utf-8"; "" for the zero
// or an unknown Format.
func (f Format) MediaType() string {
	if f >= numFormats {
		return ""
	}
	return formatFiles[f].mediaType
}

// Binary reports whether the format is binary (ASE), not for a terminal.
func (f Format) Binary() bool { return f == FormatASE }

// Write writes p in format f: CSS, SCSS, Tailwind, Tailwind4, Tokens, GPL,
// ASE, SVG or palette.Write (which takes no Options).
func (f Format) Write(w io.Writer, p *palette.Palette, o Options) error {
	switch f {
	case FormatCSS:
		return CSS(w, p, o)
	case FormatSCSS:
		return SCSS(w, p, o)
	case FormatTailwind:
		return Tailwind(w, p, o)
	case FormatTailwind4:
		return Tailwind4(w, p, o)
	case FormatTokens:
		return Tokens(w, p, o)
	case FormatGPL:
		return GPL(w, p, o)
	case FormatASE:
		return ASE(w, p, o)
	case FormatSVG:
		return SVG(w, p, o)
	case FormatJSON:
		return palette.Write(w, p)
	}
	return fmt.Errorf("export: format %s: want %s", f, joinFormats(Formats()))
}

// WriteScheme writes the light and dark schemes s in format f: SchemeCSS,
// SchemeSCSS, SchemeTailwind, SchemeTailwind4 or SchemeTokens; the other
// formats are an error.
func (f Format) WriteScheme(w io.Writer, s *scheme.Scheme, o SchemeOptions) error {
	switch f {
	case FormatCSS:
		return SchemeCSS(w, s, o)
	case FormatSCSS:
		return SchemeSCSS(w, s, o)
	case FormatTailwind:
		return SchemeTailwind(w, s, o)
	case FormatTailwind4:
		return SchemeTailwind4(w, s, o)
	case FormatTokens:
		return SchemeTokens(w, s, o)
	}
	return fmt.Errorf("export: format %s has no scheme: want %s", f, joinFormats(SchemeFormats()))
}
