package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

type presetJSON struct {
	Name    string `json:"name"`
	Title   string `json:"title"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
	Safe    [4]int `json:"safe"`
	Layout  Layout `json:"layout"`
	Source  string `json:"source"`
	Checked string `json:"checked"`
}

// MarshalJSON implements json.Marshaler: the line `hueprint banner --list
// --format json` prints per preset,
//
//	{"name":…,"title":…,"width":…,"height":…,"safe":[x,y,w,h],"layout":…,"source":…,"checked":"YYYY-MM-DD"}
//
// with the safe zone in pixels, top-left origin. Profile is not written:
// UnmarshalJSON takes it from the built-in preset of the same name.
func (p Preset) MarshalJSON() ([]byte, error) {
	return json.Marshal(presetJSON{Name: p.Name, Title: p.Title, Width: p.Width, Height: p.Height, Safe: box(p.Safe),
		Layout: p.Layout, Source: p.Source, Checked: p.Checked})
}

// UnmarshalJSON implements json.Unmarshaler for the document MarshalJSON
// writes, strictly: every field is required, unknown fields and an unknown
// layout are rejected. Profile is true when the name is that of a built-in
// profile preset (x-profile).
func (p *Preset) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("render: preset: %w", err)
	}
	for _, k := range []string{"name", "title", "width", "height", "safe", "layout", "source", "checked"} {
		if _, ok := raw[k]; !ok {
			return fmt.Errorf("render: preset: missing %q", k)
		}
	}
	var j presetJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("render: preset: %w", err)
	}
	out := Preset{Name: j.Name, Title: j.Title, Width: j.Width, Height: j.Height, Safe: rect(j.Safe),
		Layout: j.Layout, Source: j.Source, Checked: j.Checked}
	if known, ok := PresetByName(j.Name); ok && known.Name == j.Name {
		out.Profile = known.Profile
	}
	*p = out
	return nil
}

// WritePresets writes every preset, one a line, as "hueprint banner --list"
// does: the JSON of each (MarshalJSON) when asJSON, else a table of names,
// sizes, safe zones (width x height at x,y), default layouts and titles,
// followed by the date the sizes were checked. It returns the first error
// writing w, which should be buffered.
func WritePresets(w io.Writer, asJSON bool) error {
	for _, p := range presets {
		var err error
		if asJSON {
			var b []byte
			if b, err = json.Marshal(p); err == nil {
				_, err = w.Write(append(b, '\n'))
			}
		} else {
			_, err = fmt.Fprintf(w, "%-19s %4dx%-4d safe %dx%d at %d,%d  %-8s %s\n", p.Name, p.Width, p.Height, p.Safe.Dx(), p.Safe.Dy(), p.Safe.Min.X, p.Safe.Min.Y, p.Layout, p.Title)
		}
		if err != nil {
			return err
		}
	}
	if asJSON {
		return nil
	}
	_, err := fmt.Fprintf(w, "Sizes and safe zones checked %s; 'hueprint banner --list --format json' gives each source.\n", presets[0].Checked)
	return err
}
