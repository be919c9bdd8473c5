package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// extensionKey names hueprint's data in $extensions (DTCG § 5.2.3: reverse
// domain names).
const extensionKey = "org.hueprint"

// tokenColor is a colour $value of the Design Tokens Format Module 2025.10
// (§ 8.1 Color): a colour space, its components and a hex fallback.
type tokenColor struct {
	ColorSpace string     `json:"colorSpace"`
	Components [3]float64 `json:"components"`
	Hex        string     `json:"hex"`
}

func newTokenColor(c colorful.Color) tokenColor {
	r, g, b := palette.RGB255(c)
	// Components rounded to the 8-bit value they stand for, so that a reader
	// using them instead of hex gets the same colour.
	round := func(v uint8) float64 { return math.Round(float64(v)/255*1e6) / 1e6 }
	return tokenColor{ColorSpace: "srgb", Components: [3]float64{round(r), round(g), round(b)}, Hex: palette.Hex(c)}
}

// Tokens writes W3C Design Tokens Community Group JSON, Design Tokens
// Format Module 2025.10: a group named after the prefix with $type "color",
// one token per colour (its reason as $description), or with ramps one group
// per colour holding "base" and the steps 50…950, so tools show families.
func Tokens(w io.Writer, p *palette.Palette, o Options) error {
	if err := o.check(p); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("{\n")
	fmt.Fprintf(&buf, "  %s: %s,\n", q("$description"), q(title(p)+" — hueprint palette"))
	fmt.Fprintf(&buf, "  %s: {\n    %s: %s", q(o.prefix()), q("$type"), q("color"))
	token := func(c colorful.Color, e palette.Entry) string {
		v, _ := json.Marshal(newTokenColor(c))
		s := "{ " + q("$value") + ": " + string(v)
		e.Name, e.Why = noReference(e.Name), noReference(e.Why)
		if desc := e.Why; desc != "" || e.Name != "" {
			if desc == "" {
				desc = e.Name
			}
			// Tools copy a token's $description into comments of what they
			// build (Style Dictionary's CSS and JS): keep it comment-safe.
			s += ", " + q("$description") + ": " + q(commentText(desc))
			ext, _ := json.Marshal(map[string]map[string]string{extensionKey: {"name": e.Name, "why": e.Why}})
			s += ", " + q("$extensions") + ": " + string(ext)
		}
		return s + " }"
	}
	for _, c := range p.Colors() {
		desc := c.Entry
		if !o.Ramps {
			fmt.Fprintf(&buf, ",\n    %s: %s", q(Slug(c)), token(c.Color, desc))
			continue
		}
		fmt.Fprintf(&buf, ",\n    %s: {\n      %s: %s", q(Slug(c)), q("base"), token(c.Color, desc))
		for _, s := range Ramp(c.Color) {
			fmt.Fprintf(&buf, ",\n      %s: %s", q(strconv.Itoa(s.Step)), token(s.Color, palette.Entry{}))
		}
		buf.WriteString("\n    }")
	}
	buf.WriteString("\n  }\n}\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// noReference replaces the curly braces of a token's text by ❴ and ❵
// (U+2774, U+2775): DTCG tools read "{group.token}" in a token's strings as
// a reference to another token (Style Dictionary resolves them in
// $description and $extensions too), so a name must not contain one.
func noReference(s string) string {
	return strings.NewReplacer("{", "\u2774", "}", "\u2775").Replace(s)
}

func q(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// ReadTokens reads Design Tokens Community Group JSON. Colour tokens are
// those whose own or inherited $type is "color"; their $value may be a
// 2025.10 colour object (srgb components or hex) or, as in earlier drafts, a
// string in any syntax palette.ParseColor takes. A group holding "base" and
// numbered steps (an exported ramp) counts as its base colour. Token paths
// name the roles ("brand.primary"); without them the order of the file does.
func ReadTokens(r io.Reader) (*palette.Palette, error) {
	data, err := readAll(r, "tokens")
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	root, err := decodeOrdered(dec)
	if err != nil {
		return nil, fmt.Errorf("tokens: not valid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("tokens: trailing data after the JSON object at byte %d", dec.InputOffset())
	}
	obj, ok := root.(*ordered)
	if !ok {
		return nil, errors.New("tokens: want a JSON object of token groups")
	}
	var named []namedColor
	name := ""
	if d, ok := obj.get("$description").(string); ok {
		name = d
		if i := len(d) - len(" — hueprint palette"); i > 0 && d[i:] == " — hueprint palette" {
			name = d[:i]
		}
	}
	if err := walkTokens(obj, "", "", &named); err != nil {
		return nil, err
	}
	return assignRoles(named, name, "tokens")
}

func walkTokens(o *ordered, path, inherited string, out *[]namedColor) error {
	typ := inherited
	if t, ok := o.get("$type").(string); ok {
		typ = t
	}
	if v := o.get("$value"); v != nil {
		if typ != "color" {
			return nil
		}
		c, err := tokenValue(v)
		if err != nil {
			return fmt.Errorf("tokens: %s: %w", path, err)
		}
		name := lastSegment(path)
		// hueprint keeps the designer's name in its extension.
		if ext, ok := o.get("$extensions").(*ordered); ok {
			if h, ok := ext.get(extensionKey).(*ordered); ok {
				if n, ok := h.get("name").(string); ok && n != "" {
					name += ": " + n
				}
				why, _ := h.get("why").(string)
				*out = append(*out, namedColor{color: c, name: name, why: why})
				return nil
			}
		}
		*out = append(*out, namedColor{color: c, name: name})
		return nil
	}
	// An exported ramp: take its base.
	if base, ok := o.get("base").(*ordered); ok && isRamp(o) {
		return walkTokens(base, path, typ, out)
	}
	for _, k := range o.keys {
		if len(k) > 0 && k[0] == '$' {
			continue
		}
		child, ok := o.vals[k].(*ordered)
		if !ok {
			continue
		}
		p := k
		if path != "" {
			p = path + "." + k
		}
		if err := walkTokens(child, p, typ, out); err != nil {
			return err
		}
		if len(*out) > palette.MaxColors {
			return fmt.Errorf("tokens: %s: more than %d colour tokens", clip(p), palette.MaxColors)
		}
	}
	return nil
}

func isRamp(o *ordered) bool {
	for _, k := range o.keys {
		if _, err := strconv.Atoi(k); err == nil {
			return true
		}
	}
	return false
}

func lastSegment(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

func tokenValue(v any) (colorful.Color, error) {
	switch x := v.(type) {
	case string:
		return palette.ParseColor(x)
	case *ordered:
		if h, ok := x.get("hex").(string); ok {
			return palette.ParseColor(h)
		}
		if cs, _ := x.get("colorSpace").(string); cs != "srgb" {
			return colorful.Color{}, fmt.Errorf("colour space %q without a hex fallback: only srgb is read", cs)
		}
		comps, ok := x.get("components").([]any)
		if !ok || len(comps) != 3 {
			return colorful.Color{}, errors.New("want 3 srgb components")
		}
		var f [3]float64
		for i, c := range comps {
			n, ok := c.(json.Number)
			if !ok {
				return colorful.Color{}, errors.New("components must be numbers")
			}
			v, err := n.Float64()
			if err != nil || v < 0 || v > 1 {
				return colorful.Color{}, fmt.Errorf("component %v outside 0–1", c)
			}
			f[i] = v
		}
		return colorful.Color{R: f[0], G: f[1], B: f[2]}, nil
	}
	return colorful.Color{}, errors.New("$value is neither a colour string nor a colour object")
}

// ordered is a JSON object that remembers the order of its keys, since the
// order of tokens is the order of roles when names say nothing.
type ordered struct {
	keys []string
	vals map[string]any
}

func (o *ordered) get(k string) any { return o.vals[k] }

func decodeOrdered(dec *json.Decoder) (any, error) {
	return decodeValue(dec, 0)
}

func decodeValue(dec *json.Decoder, depth int) (any, error) {
	if depth > 64 {
		return nil, errors.New("nested more than 64 levels")
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &ordered{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, errors.New("object key is not a string")
				}
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				if _, dup := o.vals[k]; !dup {
					o.keys = append(o.keys, k)
				}
				o.vals[k] = v
			}
			_, err := dec.Token()
			return o, err
		case '[':
			var a []any
			for dec.More() {
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			_, err := dec.Token()
			return a, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	default:
		return t, nil
	}
}
