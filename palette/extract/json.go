package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// colorJSON is the documented shape of one colour.
type colorJSON struct {
	Hex        string  `json:"hex"`
	Share      float64 `json:"share"`
	Score      float64 `json:"score"`
	Background bool    `json:"background,omitempty"`
}

// MarshalJSON implements json.Marshaler:
// {"hex":"#rrggbb","share":…,"score":…} with "background":true for the
// flat background. The colour is written as 8-bit hex after clamping.
func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal(colorJSON{Hex: c.Hex(), Share: c.Share, Score: c.Score, Background: c.Background})
}

// UnmarshalJSON implements json.Unmarshaler. "hex", "share" and "score" are
// required, unknown fields rejected, the colour must be "#rrggbb".
func (c *Color) UnmarshalJSON(data []byte) error {
	var j struct {
		Hex        *string  `json:"hex"`
		Share      *float64 `json:"share"`
		Score      *float64 `json:"score"`
		Background bool     `json:"background"`
	}
	if err := strictDecode(data, &j); err != nil {
		return err
	}
	switch {
	case j.Hex == nil:
		return fmt.Errorf("extract: color: missing %q", "hex")
	case j.Share == nil:
		return fmt.Errorf("extract: color: missing %q", "share")
	case j.Score == nil:
		return fmt.Errorf("extract: color: missing %q", "score")
	}
	col, err := parseHex("hex", *j.Hex)
	if err != nil {
		return err
	}
	*c = Color{Color: col, Share: *j.Share, Score: *j.Score, Background: j.Background}
	return nil
}

// Report is the result of Extract for one named file: what `hueprint
// extract IMAGE --format json` prints,
//
//	{"file":…,"colors":[{"hex":…,"share":…,"score":…},…],"brand":"#rrggbb"|null,
//	 "background":{"hex":…,"share":…,"score":0,"background":true}|null,
//	 "transparent_background":b}
//
// "brand" is Result.Brand, derived from the colours; UnmarshalJSON rejects
// a document whose brand is not the one its colours give. Result's
// Transparent fraction is not part of the document and reads back as 0.
type Report struct {
	File string // the image's name as the caller gave it
	Result
}

type reportJSON struct {
	File        string  `json:"file"`
	Colors      []Color `json:"colors"`
	Brand       *string `json:"brand"`
	Background  *Color  `json:"background"`
	Transparent bool    `json:"transparent_background"`
}

// MarshalJSON implements json.Marshaler with the documented shape above;
// no colours is "colors":[].
func (r Report) MarshalJSON() ([]byte, error) {
	j := reportJSON{File: r.File, Colors: r.Colors, Background: r.Background, Transparent: r.TransparentBackground}
	if j.Colors == nil {
		j.Colors = []Color{}
	}
	if b, ok := r.Brand(); ok {
		h := b.Hex()
		j.Brand = &h
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler. Every field is required
// ("brand" and "background" may be null), unknown fields are rejected, and
// "brand" must be the colour Result.Brand picks from "colors".
func (r *Report) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("extract: report: %w", err)
	}
	for _, k := range []string{"file", "colors", "brand", "background", "transparent_background"} {
		if _, ok := raw[k]; !ok {
			return fmt.Errorf("extract: report: missing %q", k)
		}
	}
	var j reportJSON
	if err := strictDecode(data, &j); err != nil {
		return err
	}
	if j.Colors == nil {
		return fmt.Errorf("extract: report: \"colors\" is null: want an array")
	}
	out := Report{File: j.File, Result: Result{Colors: j.Colors, Background: j.Background, TransparentBackground: j.Transparent}}
	want := "null"
	if b, ok := out.Brand(); ok {
		want = b.Hex()
	}
	got := "null"
	if j.Brand != nil {
		got = *j.Brand
	}
	if !strings.EqualFold(got, want) {
		return fmt.Errorf("extract: report: brand %q: its colours give %q", got, want)
	}
	*r = out
	return nil
}

func strictDecode(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

// parseHex reads "#rrggbb", any case.
func parseHex(field, s string) (colorful.Color, error) {
	if len(s) == 7 && s[0] == '#' && strings.Trim(s[1:], "0123456789abcdefABCDEF") == "" {
		if c, err := palette.ParseColor(s); err == nil {
			return c, nil
		}
	}
	return colorful.Color{}, fmt.Errorf("extract: %s: bad color %q: want \"#rrggbb\", e.g. \"#1d4ed8\"", field, s)
}
