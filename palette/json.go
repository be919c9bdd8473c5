package palette

import "bytes"

// MarshalJSON returns the palette file of p on one line (MarshalCompact
// without its newline), so that json.Marshal of a Palette, or of a tool's
// own value holding one, writes the palette file format, which Read and
// UnmarshalJSON read back. Colours are 8-bit hex. A palette that does not
// validate is an error. json.Marshal escapes <, > and & in names as
// \u003c…, which reads back the same.
func (p Palette) MarshalJSON() ([]byte, error) {
	b, err := MarshalCompact(&p)
	if err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b, []byte("\n")), nil
}

// UnmarshalJSON reads a palette file as Unmarshal does: strictly, an
// unknown field, a missing role or a bad colour being a *FileError naming
// the field.
func (p *Palette) UnmarshalJSON(data []byte) error {
	q, err := Unmarshal(data)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}
