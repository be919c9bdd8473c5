package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/lucasb-eyer/go-colorful"
)

type textJSON struct {
	Role        TextRole `json:"role"`
	Text        string   `json:"text"`
	Box         [4]int   `json:"box"`
	SizePx      float64  `json:"size_px"`
	Color       string   `json:"color"`
	Large       bool     `json:"large"`
	Need        float64  `json:"need"`
	MinContrast float64  `json:"min_contrast"`
	Scrim       bool     `json:"scrim"`
	MinPx       float64  `json:"min_px"`
	PreferredPx float64  `json:"preferred_px"`
	Reduced     bool     `json:"reduced"`
}

type logoJSON struct {
	Box        [4]int  `json:"box"`
	Plate      bool    `json:"plate"`
	PlateColor *string `json:"plate_color"`
	Share      float64 `json:"share"`
}

type glyphJSON struct {
	Role TextRole `json:"role"`
	Char string   `json:"char"`
	Code string   `json:"code"`
}

type reportJSON struct {
	File   string               `json:"file"`
	Preset string               `json:"preset"`
	Width  int                  `json:"width"`
	Height int                  `json:"height"`
	Layout Layout               `json:"layout"`
	Shares measure.ReportShares `json:"shares"`
	Pass   bool                 `json:"pass"`
	Texts  []textJSON           `json:"texts"`
	Logo   *logoJSON            `json:"logo"`
	Glyphs []glyphJSON          `json:"missing_glyphs"`
	Notes  []string             `json:"notes"`
}

func box(r image.Rectangle) [4]int { return [4]int{r.Min.X, r.Min.Y, r.Dx(), r.Dy()} }

func rect(b [4]int) image.Rectangle { return image.Rect(b[0], b[1], b[0]+b[2], b[1]+b[3]) }

// MarshalJSON implements json.Marshaler: the layout `hueprint banner
// --format json` prints,
//
//	{"file":…,"preset":name,"width":…,"height":…,"layout":…,
//	 "shares":{"primary":…,"secondary":…,"accent":…,"neutral":…,"off":…,"photo":…},"pass":b,
//	 "texts":[{"role":…,"text":…,"box":[x,y,w,h],"size_px":…,"color":"#rrggbb","large":b,
//	           "need":…,"min_contrast":…,"scrim":b,"min_px":…,"preferred_px":…,"reduced":b}],
//	 "logo":{"box":[x,y,w,h],"plate":b,"plate_color":"#rrggbb"|null,"share":…}|null,
//	 "missing_glyphs":[{"role":…,"char":"🚀","code":"U+1F680"}],"notes":[…]}
//
// Boxes are in pixels, top-left origin; the preset is written by name;
// "reduced" is Text.Reduced.
func (r Report) MarshalJSON() ([]byte, error) {
	s := r.Shares
	out := reportJSON{File: r.File, Preset: r.Preset.Name, Width: r.Width, Height: r.Height, Layout: r.Layout,
		Shares: measure.ReportShares{Primary: s.Primary, Secondary: s.Secondary, Accent: s.Accent, Neutral: s.Neutral, Off: s.Off, Photo: s.Photo},
		Pass:   r.Pass, Notes: r.Notes, Glyphs: []glyphJSON{}}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, t := range r.Texts {
		out.Texts = append(out.Texts, textJSON{Role: t.Role, Text: t.Text, Box: box(t.Box), SizePx: t.SizePx, Color: palette.Hex(t.Color),
			Large: t.Large, Need: t.Need, MinContrast: t.MinContrast, Scrim: t.Scrim, MinPx: t.MinPx, PreferredPx: t.PreferredPx, Reduced: t.Reduced()})
	}
	if l := r.Logo; l != nil {
		out.Logo = &logoJSON{Box: box(l.Box), Plate: l.Plate, Share: l.Share}
		if l.Plate {
			h := palette.Hex(l.PlateColor)
			out.Logo.PlateColor = &h
		}
	}
	for _, m := range r.Missing {
		out.Glyphs = append(out.Glyphs, glyphJSON{Role: m.Role, Char: string(m.Rune), Code: fmt.Sprintf("U+%04X", m.Rune)})
	}
	return json.Marshal(out)
}

// UnmarshalJSON implements json.Unmarshaler for the document MarshalJSON
// writes, strictly: every field is required, unknown fields are rejected,
// colours must be "#rrggbb", the preset must be one of Presets or a
// custom "WxH" (CustomPreset), and "reduced" and each glyph's code must
// agree with the rest.
func (r *Report) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("render: report: %w", err)
	}
	for _, k := range []string{"file", "preset", "width", "height", "layout", "shares", "pass", "texts", "logo", "missing_glyphs", "notes"} {
		if _, ok := raw[k]; !ok {
			return fmt.Errorf("render: report: missing %q", k)
		}
	}
	var j reportJSON
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("render: report: %w", err)
	}
	preset, ok := PresetByName(j.Preset)
	if !ok || preset.Name != j.Preset {
		var w, h int
		if _, err := fmt.Sscanf(j.Preset, "%dx%d", &w, &h); err != nil || fmt.Sprintf("%dx%d", w, h) != j.Preset {
			return fmt.Errorf("render: report: unknown preset %q: want a name of Presets or WxH, e.g. \"x-header\" or \"1200x630\"", j.Preset)
		}
		p, err := CustomPreset(w, h)
		if err != nil {
			return fmt.Errorf("render: report: preset %q: %w", j.Preset, err)
		}
		preset = p
	}
	s := j.Shares
	out := Report{File: j.File, Preset: preset, Layout: j.Layout, Width: j.Width, Height: j.Height, Pass: j.Pass, Notes: j.Notes,
		Shares: palette.Shares{Primary: s.Primary, Secondary: s.Secondary, Accent: s.Accent, Neutral: s.Neutral, Off: s.Off, Photo: s.Photo}}
	for i, t := range j.Texts {
		c, err := strictHex(fmt.Sprintf("texts[%d].color", i), t.Color)
		if err != nil {
			return err
		}
		text := Text{Role: t.Role, Text: t.Text, Box: rect(t.Box), SizePx: t.SizePx, Color: c, Large: t.Large, Need: t.Need,
			MinContrast: t.MinContrast, Scrim: t.Scrim, MinPx: t.MinPx, PreferredPx: t.PreferredPx}
		if text.Reduced() != t.Reduced {
			return fmt.Errorf("render: report: texts[%d].reduced is %v but size_px %v and preferred_px %v give %v", i, t.Reduced, t.SizePx, t.PreferredPx, text.Reduced())
		}
		out.Texts = append(out.Texts, text)
	}
	if l := j.Logo; l != nil {
		logo := Logo{Box: rect(l.Box), Plate: l.Plate, Share: l.Share}
		switch {
		case l.Plate && l.PlateColor == nil:
			return fmt.Errorf("render: report: logo.plate_color: null for a plate: want \"#rrggbb\"")
		case !l.Plate && l.PlateColor != nil:
			return fmt.Errorf("render: report: logo.plate_color %q without a plate: want null", *l.PlateColor)
		case l.Plate:
			c, err := strictHex("logo.plate_color", *l.PlateColor)
			if err != nil {
				return err
			}
			logo.PlateColor = c
		}
		out.Logo = &logo
	}
	for i, g := range j.Glyphs {
		r, size := utf8.DecodeRuneInString(g.Char)
		if r == utf8.RuneError || size != len(g.Char) || fmt.Sprintf("U+%04X", r) != g.Code {
			return fmt.Errorf("render: report: missing_glyphs[%d]: char %q and code %q: want one character and its code point, e.g. \"🚀\" and \"U+1F680\"", i, g.Char, g.Code)
		}
		out.Missing = append(out.Missing, MissingGlyph{Role: g.Role, Rune: r})
	}
	*r = out
	return nil
}

// strictHex reads "#rrggbb", any case.
func strictHex(field, s string) (colorful.Color, error) {
	if len(s) == 7 && s[0] == '#' && strings.Trim(s[1:], "0123456789abcdefABCDEF") == "" {
		if c, err := palette.ParseColor(s); err == nil {
			return c, nil
		}
	}
	return colorful.Color{}, fmt.Errorf("render: report: %s: bad color %q: want \"#rrggbb\", e.g. \"#1d4ed8\"", field, s)
}
