package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// ReadList reads one colour per line, in any syntax palette.ParseColor
// takes, optionally followed by a name ("#1d4ed8 primary: Acme blue" or
// "primary #1d4ed8"). Blank lines and lines starting with "//" or "# " are
// skipped. Like every reader it takes files of up to palette.MaxFileSize
// bytes, a UTF-8 byte order mark, and at most palette.MaxColors colours.
func ReadList(r io.Reader) (*palette.Palette, error) {
	sc, err := lines(r, "list")
	if err != nil {
		return nil, err
	}
	var named []namedColor
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "//") || strings.HasPrefix(t, "# ") || t == "#" {
			continue
		}
		c, name, err := parseListLine(t)
		if err != nil {
			return nil, fmt.Errorf("list: line %d: %w", line, err)
		}
		named = append(named, namedColor{color: c, name: name})
		if len(named) > palette.MaxColors {
			return nil, fmt.Errorf("list: line %d: more than %d colours", line, palette.MaxColors)
		}
	}
	return assignRoles(named, "", "list")
}

// readAll reads a whole palette file of at most palette.MaxFileSize bytes,
// without a UTF-8 byte order mark.
func readAll(r io.Reader, format string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, palette.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", format, err)
	}
	if len(data) > palette.MaxFileSize {
		return nil, fmt.Errorf("%s: file larger than %d bytes", format, palette.MaxFileSize)
	}
	return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), nil
}

// lines reads a whole text palette file (readAll) and splits it into lines,
// however long, ending in LF or CRLF.
func lines(r io.Reader, format string) (*bufio.Scanner, error) {
	data, err := readAll(r, format)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	return sc, nil
}

func parseListLine(t string) (c colorful.Color, name string, err error) {
	// The colour is the first field, or, for "role: #hex" and "role #hex"
	// lines, the last; a function colour ("rgb(0 87 174)") keeps its
	// spaces: it runs from the word before the first "(" to the next ")".
	if paren := strings.IndexByte(t, '('); paren >= 0 {
		if end := strings.IndexByte(t[paren:], ')'); end >= 0 {
			end += paren
			open := strings.LastIndexAny(t[:paren], " \t:") + 1
			if c, err := palette.ParseColor(t[open : end+1]); err == nil {
				rest := strings.TrimSpace(t[:open] + " " + t[end+1:])
				return c, strings.Trim(rest, ": "), nil
			}
		}
	}
	f := strings.Fields(t)
	if c, err = palette.ParseColor(f[0]); err == nil {
		return c, strings.TrimSpace(strings.TrimPrefix(t, f[0])), nil
	}
	last := f[len(f)-1]
	if c, err2 := palette.ParseColor(last); err2 == nil {
		return c, strings.Trim(strings.TrimSpace(strings.TrimSuffix(t, last)), ": "), nil
	}
	return c, "", err
}

// Read reads a palette in any format hueprint knows: .gpl, .ase, .tokens
// and .tokens.json (DTCG), .json (a hueprint palette file, or DTCG tokens
// when it has "$value" and no "version") and .txt (one colour per line).
// The content decides first, so that a palette on stdin (name "") or under
// any name is read: data starting with "ASEF" is Adobe Swatch Exchange, a
// first line starting with "GIMP Palette" is GIMP; then the name's
// extension; then DTCG tokens are told from a palette file as for .json,
// and, for a name without an extension (stdin), text that is not JSON is a
// list of colours.
func Read(r io.Reader, name string) (*palette.Palette, error) {
	data, err := io.ReadAll(io.LimitReader(r, palette.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	switch sniff(data, name) {
	case "ase":
		return ReadASE(bytes.NewReader(data))
	case "gpl":
		return ReadGPL(bytes.NewReader(data))
	case "tokens":
		return ReadTokens(bytes.NewReader(data))
	case "list":
		return ReadList(bytes.NewReader(data))
	}
	return palette.Read(bytes.NewReader(data))
}

// ReadVariant reads palette n (from 1) of r, in any format Read takes. r
// may hold several palette files, one per line, as "hueprint palette
// --variants N --format json" writes them (see palette.SelectVariant);
// a file of one palette, in any format, has only n = 1. name is the file's
// name, for Read's choice of format ("" for stdin).
func ReadVariant(r io.Reader, name string, n int) (*palette.Palette, error) {
	data, err := io.ReadAll(io.LimitReader(r, palette.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	// SelectVariant returns what is not a sequence of JSON values (GPL, ASE,
	// a list) as it is, counted as one palette.
	data, count, err := palette.SelectVariant(data, n)
	if err != nil {
		return nil, err
	}
	if n != 1 && count <= 1 {
		return nil, fmt.Errorf("export: variant %d: the file holds one palette", n)
	}
	return Read(bytes.NewReader(data), name)
}

// sniff names the reader for data called name: "ase", "gpl", "tokens",
// "list" or "json" (a hueprint palette file).
func sniff(data []byte, name string) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte("ASEF")) {
		return "ase"
	}
	if bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("GIMP Palette")) {
		return "gpl"
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".gpl"):
		return "gpl"
	case strings.HasSuffix(lower, ".ase"):
		return "ase"
	case strings.HasSuffix(lower, ".tokens"), strings.HasSuffix(lower, ".tokens.json"):
		return "tokens"
	case strings.HasSuffix(lower, ".txt"):
		return "list"
	case strings.HasSuffix(lower, ".json"):
		if looksLikeTokens(data) {
			return "tokens"
		}
		return "json"
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); filepath.Ext(lower) == "" && len(t) > 0 && t[0] != '{' && t[0] != '[' {
		return "list"
	}
	if looksLikeTokens(data) {
		return "tokens"
	}
	return "json"
}

func looksLikeTokens(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return false
	}
	if _, ok := top["version"]; ok {
		return false
	}
	return bytes.Contains(data, []byte(`"$value"`))
}
