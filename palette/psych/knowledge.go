package psych

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// KnowledgeBase is the knowledge base in one language: every tag, colour
// family, style and group of brief words, as `hueprint tags` prints it. Its
// JSON is
//
//	{"lang":"en","tags":[{"tag":…,"id":…,"kind":…,"families":[…],
//	  "styles":[…],"aliases":[…],"why":…},…],
//	 "families":[{"id":…,"name":…,"meanings":[…],"hue_min":…,"hue_max":…,
//	  "l":…,"c":…},…],"styles":[…],"words":[{"tag":…,"en":[…],"fr":[…],"why":…},…]}
//
// with "styles", "aliases" and "why" of a tag left out when empty, and the
// hue range null for achromatic families. A KnowledgeBase made by
// Knowledge round-trips through MarshalJSON and UnmarshalJSON unchanged.
type KnowledgeBase struct {
	Lang     Lang
	Tags     []TagInfo    // in the order of Tags
	Families []FamilyInfo // in the order of Families
	Styles   []string     // the names of the styles, in the order of Styles
	Words    []WordsInfo  // in the order of Words
}

// TagInfo is a Tag in one language. Families and Styles are IDs.
type TagInfo struct {
	Tag      string   `json:"tag"`
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Families []string `json:"families"`
	Styles   []string `json:"styles,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Why      string   `json:"why,omitempty"`
}

// FamilyInfo is a Family in one language. HueMin and HueMax are equal (0)
// for an achromatic family.
type FamilyInfo struct {
	ID       string
	Name     string
	Meanings []string
	HueMin   float64 // OKLCH hue range in degrees; HueMin > HueMax wraps through 0
	HueMax   float64
	L, C     float64 // typical OKLCH lightness (0–1) and chroma
}

// Achromatic reports whether the family has no hue (black, grey).
func (f FamilyInfo) Achromatic() bool { return f.HueMin == f.HueMax }

// WordsInfo is a WordGroup with its reason in one language.
type WordsInfo struct {
	Tag string   `json:"tag"`
	EN  []string `json:"en"`
	FR  []string `json:"fr"`
	Why string   `json:"why"`
}

// Knowledge returns the knowledge base in lang.
func Knowledge(lang Lang) KnowledgeBase {
	kb := KnowledgeBase{Lang: lang}
	for _, t := range Tags() {
		ti := TagInfo{Tag: t.Name.In(lang), ID: t.ID, Kind: t.Kind, Families: append([]string{}, t.Families...),
			Styles: nonEmpty(t.Styles), Aliases: nonEmpty(t.Aliases), Why: t.Why.In(lang)}
		kb.Tags = append(kb.Tags, ti)
	}
	for _, f := range Families() {
		fi := FamilyInfo{ID: f.ID, Name: f.Name.In(lang), L: f.L, C: f.C}
		if !f.Achromatic() {
			fi.HueMin, fi.HueMax = f.HueMin, f.HueMax
		}
		for _, m := range f.Meanings {
			fi.Meanings = append(fi.Meanings, m.In(lang))
		}
		kb.Families = append(kb.Families, fi)
	}
	for _, s := range Styles() {
		kb.Styles = append(kb.Styles, s.Name.In(lang))
	}
	for _, g := range Words() {
		kb.Words = append(kb.Words, WordsInfo{Tag: g.Tag, EN: g.EN, FR: g.FR, Why: g.Why.In(lang)})
	}
	return kb
}

// nonEmpty returns a copy of s, nil when s is empty.
func nonEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return append([]string(nil), s...)
}

type familyJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Meanings []string `json:"meanings"`
	HueMin   *float64 `json:"hue_min"`
	HueMax   *float64 `json:"hue_max"`
	L        float64  `json:"l"`
	C        float64  `json:"c"`
}

// MarshalJSON implements json.Marshaler: null hues for an achromatic
// family.
func (f FamilyInfo) MarshalJSON() ([]byte, error) {
	j := familyJSON{ID: f.ID, Name: f.Name, Meanings: f.Meanings, L: f.L, C: f.C}
	if !f.Achromatic() {
		j.HueMin, j.HueMax = &f.HueMin, &f.HueMax
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler; the hues are both null or
// both numbers, and differ when numbers.
func (f *FamilyInfo) UnmarshalJSON(data []byte) error {
	var j familyJSON
	if err := strictJSON(data, &j); err != nil {
		return fmt.Errorf("psych: family: %w", err)
	}
	out := FamilyInfo{ID: j.ID, Name: j.Name, Meanings: j.Meanings, L: j.L, C: j.C}
	switch {
	case j.HueMin == nil && j.HueMax == nil:
	case j.HueMin == nil || j.HueMax == nil || *j.HueMin == *j.HueMax:
		return fmt.Errorf("psych: family %q: want hue_min and hue_max both null (achromatic) or two different hues", j.ID)
	default:
		out.HueMin, out.HueMax = *j.HueMin, *j.HueMax
	}
	*f = out
	return nil
}

type knowledgeJSON struct {
	Lang     *Lang        `json:"lang"`
	Tags     []TagInfo    `json:"tags"`
	Families []FamilyInfo `json:"families"`
	Styles   []string     `json:"styles"`
	Words    []WordsInfo  `json:"words"`
}

// MarshalJSON implements json.Marshaler with the shape above.
func (kb KnowledgeBase) MarshalJSON() ([]byte, error) {
	return json.Marshal(knowledgeJSON{Lang: &kb.Lang, Tags: kb.Tags, Families: kb.Families, Styles: kb.Styles, Words: kb.Words})
}

// UnmarshalJSON implements json.Unmarshaler. Unknown fields are rejected
// and "lang" is required.
func (kb *KnowledgeBase) UnmarshalJSON(data []byte) error {
	var j knowledgeJSON
	if err := strictJSON(data, &j); err != nil {
		return fmt.Errorf("psych: knowledge base: %w", err)
	}
	if j.Lang == nil {
		return fmt.Errorf("psych: knowledge base: missing \"lang\"")
	}
	*kb = KnowledgeBase{Lang: *j.Lang, Tags: j.Tags, Families: j.Families, Styles: j.Styles, Words: j.Words}
	return nil
}

// strictJSON decodes data into v, rejecting unknown fields.
func strictJSON(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	return d.Decode(v)
}

// WriteText writes the knowledge base for people in kb.Lang: the tags by
// kind and name, each with its families, styles and other names, then the
// families with their meanings and OKLCH region.
func (kb KnowledgeBase) WriteText(w io.Writer) error {
	lang := kb.Lang
	heads := map[Kind]string{Meaning: "tags.meanings", Sector: "tags.sectors", Style: "tags.styles", Color: "tags.colors"}
	famName := func(id string) string {
		f, _ := FamilyByID(id)
		return f.Name.In(lang)
	}
	styleName := func(id string) string {
		if s, ok := StyleByID(id); ok {
			return s.Name.In(lang)
		}
		return id
	}
	ts := append([]TagInfo(nil), kb.Tags...)
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].Kind != ts[j].Kind {
			return ts[i].Kind < ts[j].Kind
		}
		return Normalize(ts[i].Tag) < Normalize(ts[j].Tag)
	})
	var b strings.Builder
	var kind Kind
	for _, t := range ts {
		if t.Kind != kind {
			kind = t.Kind
			fmt.Fprintln(&b, Typeset(lang, T(lang, heads[kind])+" :"))
		}
		var fams, sts []string
		for _, f := range t.Families {
			fams = append(fams, famName(f))
		}
		for _, s := range t.Styles {
			sts = append(sts, styleName(s))
		}
		extra := strings.Join(fams, ", ")
		if len(sts) > 0 {
			style := T(lang, "tags.style", strings.Join(sts, T(lang, "tags.or")))
			if extra != "" {
				extra = T(lang, "why.join", extra, style)
			} else {
				extra = style
			}
		}
		fmt.Fprintf(&b, "  %-16s %s\n", t.Tag, extra)
		if aliases := aliasesIn(t.ID, t.Tag, lang); len(aliases) > 0 {
			fmt.Fprintf(&b, "  %-16s %s\n", "", T(lang, "tags.also", strings.Join(aliases, ", ")))
		}
	}
	fmt.Fprintln(&b, Typeset(lang, T(lang, "tags.families")+" :"))
	for _, f := range kb.Families {
		region := T(lang, "tags.region", Num(lang, f.L, 2), Num(lang, f.C, 3))
		if !f.Achromatic() {
			region += T(lang, "tags.hue", Num(lang, f.HueMin, 0), Num(lang, f.HueMax, 0))
		}
		fmt.Fprintf(&b, "  %-16s %s  (%s)\n", f.Name, strings.Join(f.Meanings, ", "), region)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// aliasesIn returns the other names of the tag id a user of lang would
// type: its aliases and brief words in lang, without name, the one shown.
func aliasesIn(id, name string, lang Lang) []string {
	var tag Tag
	for _, t := range allTags {
		if t.ID == id {
			tag = t
			break
		}
	}
	seen := map[string]bool{Normalize(name): true}
	var out []string
	for _, a := range tag.AliasesIn(lang) {
		if k := Normalize(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}
