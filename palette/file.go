package palette

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// FileVersion is the version of the palette file format that Read and Write
// speak.
const FileVersion = 1

// MaxFileSize is the largest palette file Read accepts, in bytes.
const MaxFileSize = 1 << 20

// FileError reports a palette file that could not be read. Field names the
// JSON field ("secondary[1]", "rule.tolerance") when the problem is in one.
type FileError struct {
	Field string
	Err   error
}

func (e *FileError) Error() string {
	msg := e.Err.Error()
	var ce *ColorError
	if errors.As(e.Err, &ce) {
		msg = strings.TrimPrefix(msg, "palette: ")
	}
	if e.Field == "" {
		return "palette: " + msg
	}
	return "palette: " + e.Field + ": " + msg
}

func (e *FileError) Unwrap() error { return e.Err }

type fileJSON struct {
	Version   *int            `json:"version"`
	Name      string          `json:"name,omitempty"`
	Primary   json.RawMessage `json:"primary"`
	Secondary json.RawMessage `json:"secondary"`
	Accent    json.RawMessage `json:"accent"`
	Neutral   json.RawMessage `json:"neutral,omitempty"`
	Rule      *ruleJSON       `json:"rule,omitempty"`
	Tags      []string        `json:"tags,omitempty"`
}

type ruleJSON struct {
	Primary   *float64 `json:"primary"`
	Secondary *float64 `json:"secondary"`
	Accent    *float64 `json:"accent"`
	Tolerance *float64 `json:"tolerance,omitempty"`
	MaxOff    *float64 `json:"max_off,omitempty"`
}

type entryJSON struct {
	Hex  string `json:"hex"`
	Name string `json:"name,omitempty"`
	Why  string `json:"why,omitempty"`
}

// Read decodes a palette file (JSON, "version": 1). It is strict: unknown
// fields, a missing role, a bad colour or a bad rule is an error that names
// the field, as a *FileError. A colour entry is a string in any syntax
// ParseColor takes, or an object {"hex": …, "name": …, "why": …};
// "secondary" is one entry or an array of one or two.
func Read(r io.Reader) (*Palette, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, &FileError{Err: err}
	}
	if len(data) > MaxFileSize {
		return nil, &FileError{Err: fmt.Errorf("file larger than %d bytes", MaxFileSize)}
	}
	return Unmarshal(data)
}

// Unmarshal is Read for a palette file already in memory. A UTF-8 byte
// order mark at the start is skipped.
func Unmarshal(data []byte) (*Palette, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var f fileJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, &FileError{Err: jsonError(err)}
	}
	if dec.More() {
		return nil, &FileError{Err: errors.New("trailing data after the palette object (several palettes, one per line as palette --variants writes them, are read with --variant N)")}
	}
	if f.Version == nil {
		return nil, &FileError{Field: "version", Err: errors.New("missing, want 1")}
	}
	if *f.Version != FileVersion {
		return nil, &FileError{Field: "version", Err: fmt.Errorf("%d is not supported, want 1", *f.Version)}
	}
	p := &Palette{Name: f.Name, Tags: f.Tags}
	var err error
	if p.Primary, err = decodeEntry("primary", f.Primary, true); err != nil {
		return nil, err
	}
	if p.Accent, err = decodeEntry("accent", f.Accent, true); err != nil {
		return nil, err
	}
	if p.Secondary, err = decodeEntries("secondary", f.Secondary, true); err != nil {
		return nil, err
	}
	if len(p.Secondary) > 2 {
		return nil, &FileError{Field: "secondary", Err: fmt.Errorf("%d colours, want 1 or 2", len(p.Secondary))}
	}
	if p.Neutral, err = decodeEntries("neutral", f.Neutral, false); err != nil {
		return nil, err
	}
	if n := 2 + len(p.Secondary) + len(p.Neutral); n > MaxColors {
		return nil, &FileError{Field: "neutral", Err: fmt.Errorf("%d colours in the palette, over the limit of %d", n, MaxColors)}
	}
	if f.Rule != nil {
		r := DefaultRule()
		for _, fld := range []struct {
			name string
			src  *float64
			dst  *float64
			req  bool
		}{
			{"primary", f.Rule.Primary, &r.Primary, true},
			{"secondary", f.Rule.Secondary, &r.Secondary, true},
			{"accent", f.Rule.Accent, &r.Accent, true},
			{"tolerance", f.Rule.Tolerance, &r.Tolerance, false},
			{"max_off", f.Rule.MaxOff, &r.MaxOff, false},
		} {
			if fld.src == nil {
				if fld.req {
					return nil, &FileError{Field: "rule." + fld.name, Err: errors.New("missing")}
				}
				continue
			}
			*fld.dst = *fld.src
		}
		if err := r.Validate(); err != nil {
			return nil, &FileError{Err: err}
		}
		p.Rule = &r
	}
	return p, nil
}

// SelectVariant returns the JSON text of palette n (from 1) of data and how
// many palettes data holds: a file of palettes one per line, as
// "hueprint palette --variants N --format json" writes it, or a single
// palette (n must then be 1). Data that is not a sequence of JSON values is
// returned as it is, for Unmarshal to report.
func SelectVariant(data []byte, n int) ([]byte, int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var vals []json.RawMessage
	for {
		var v json.RawMessage
		if err := dec.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			return data, 1, nil
		}
		vals = append(vals, v)
	}
	if len(vals) <= 1 && n == 1 {
		return data, len(vals), nil
	}
	if n < 1 || n > len(vals) {
		return nil, len(vals), fmt.Errorf("palette: variant %d: the file holds %d palette(s), want 1 to %d", n, len(vals), len(vals))
	}
	return vals[n-1], len(vals), nil
}

func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("not valid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		return fmt.Errorf("%s: want %s, got JSON %s", te.Field, te.Type, te.Value)
	case errors.Is(err, io.EOF):
		return errors.New("empty file, want a JSON palette object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("truncated JSON")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return errors.New(msg)
}

func decodeEntry(field string, raw json.RawMessage, required bool) (Entry, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		if required {
			return Entry{}, &FileError{Field: field, Err: errors.New(`missing, want a colour such as "#1d4ed8"`)}
		}
		return Entry{}, nil
	}
	var e entryJSON
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &e.Hex); err != nil {
			return Entry{}, &FileError{Field: field, Err: jsonError(err)}
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return Entry{}, &FileError{Field: field, Err: fmt.Errorf(`want "#rrggbb" or {"hex", "name", "why"}: %v`, jsonError(err))}
		}
	}
	c, err := ParseColor(e.Hex)
	if err != nil {
		return Entry{}, &FileError{Field: field, Err: err}
	}
	return Entry{Color: c, Name: e.Name, Why: e.Why}, nil
}

func decodeEntries(field string, raw json.RawMessage, required bool) ([]Entry, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		if required {
			return nil, &FileError{Field: field, Err: errors.New("missing, want one colour or an array of colours")}
		}
		return nil, nil
	}
	if raw[0] != '[' {
		e, err := decodeEntry(field+"[0]", raw, true)
		if err != nil {
			return nil, err
		}
		return []Entry{e}, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, &FileError{Field: field, Err: jsonError(err)}
	}
	if required && len(items) == 0 {
		return nil, &FileError{Field: field, Err: errors.New("empty, want at least one colour")}
	}
	out := make([]Entry, 0, len(items))
	for i, it := range items {
		e, err := decodeEntry(fmt.Sprintf("%s[%d]", field, i), it, true)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Write encodes p as an indented palette file. Colours are written as 8-bit
// hex; an entry with a name or a reason is an object, otherwise a string.
// The output is deterministic.
func Write(w io.Writer, p *Palette) error {
	b, err := Marshal(p)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the indented palette file of p, ending in a newline.
func Marshal(p *Palette) ([]byte, error) {
	return marshal(p, true)
}

// MarshalCompact returns the palette file of p on one line, with a newline.
func MarshalCompact(p *Palette) ([]byte, error) {
	return marshal(p, false)
}

func marshal(p *Palette, indent bool) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	enc := func(e Entry) json.RawMessage {
		var b []byte
		if e.Name == "" && e.Why == "" {
			b, _ = json.Marshal(e.Hex())
		} else {
			b, _ = json.Marshal(entryJSON{Hex: e.Hex(), Name: e.Name, Why: e.Why})
		}
		return b
	}
	encs := func(es []Entry) json.RawMessage {
		parts := make([]json.RawMessage, len(es))
		for i, e := range es {
			parts[i] = enc(e)
		}
		b, _ := json.Marshal(parts)
		return b
	}
	v := 1
	f := fileJSON{Version: &v, Name: p.Name, Primary: enc(p.Primary), Secondary: encs(p.Secondary),
		Accent: enc(p.Accent), Tags: p.Tags}
	if len(p.Neutral) > 0 {
		f.Neutral = encs(p.Neutral)
	}
	if p.Rule != nil {
		r := *p.Rule
		f.Rule = &ruleJSON{&r.Primary, &r.Secondary, &r.Accent, &r.Tolerance, &r.MaxOff}
	}
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	if indent {
		e.SetIndent("", "  ")
	}
	if err := e.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
