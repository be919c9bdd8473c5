package studio

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// Bounds on the query state, so that a URL cannot ask for unbounded work.
const (
	MaxTags        = 12   // tags in one palette
	MaxAvoid       = 12   // competitors' colours
	MaxVariants    = 12   // palettes per request
	MaxQueryLength = 4096 // bytes of a request's query string
	maxTagLength   = 64   // bytes of one tag
)

// State is everything the page's URL holds: the options of "hueprint
// palette" plus the variant shown. Colours are kept as "#rrggbb". The zero
// value is the empty state: no tags, one variant, English.
type State struct {
	Tags        []string
	Style       string           // a psych style ID; "": from the tags
	Harmony     generate.Harmony // Auto: chosen per variant
	Secondaries int              // 0 (default), 1 or 2
	Base        string           // the primary, kept verbatim; "": from the tags
	Secondary   []string         // locked secondaries (--lock secondary=…)
	Accent      string           // locked accent (--lock accent=…)
	Avoid       []string
	Seed        uint64
	Variants    int // 1 to MaxVariants; 0 means 1
	Lang        psych.Lang
	Variant     int // the variant shown, 0-based, below Variants
}

// StateError is a bad query parameter: its key, the value and what was
// expected.
type StateError struct {
	Key, Value, Want string
}

func (e *StateError) Error() string {
	return fmt.Sprintf("studio: %s=%q: want %s", e.Key, e.Value, e.Want)
}

// ParseState reads the page state from a query. Unknown keys are ignored;
// a key given twice where one value is expected, a bad colour or number, or
// a value beyond the bounds is an error naming the key.
func ParseState(q url.Values) (State, error) {
	var s State
	one := func(key string) (string, error) {
		v := q[key]
		switch len(v) {
		case 0:
			return "", nil
		case 1:
			return strings.TrimSpace(v[0]), nil
		}
		return "", &StateError{key, strings.Join(v, ","), "one value"}
	}
	var err error
	var v string
	if v, err = one("tags"); err != nil {
		return s, err
	}
	for _, t := range strings.Split(v, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if len(t) > maxTagLength || strings.ContainsFunc(t, func(r rune) bool { return r < ' ' || r == 0x7f || r == 0xfffd }) {
			return s, &StateError{"tags", t, fmt.Sprintf("tags of at most %d printable bytes", maxTagLength)}
		}
		if !slices.Contains(s.Tags, t) {
			s.Tags = append(s.Tags, t)
		}
	}
	if len(s.Tags) > MaxTags {
		return s, &StateError{"tags", v, fmt.Sprintf("at most %d tags", MaxTags)}
	}
	if v, err = one("style"); err != nil {
		return s, err
	}
	if v != "" {
		st, ok := psych.StyleByID(strings.ToLower(v))
		if !ok {
			return s, &StateError{"style", v, "a style: " + strings.Join(styleIDs(), ", ")}
		}
		s.Style = st.ID
	}
	if v, err = one("harmony"); err != nil {
		return s, err
	}
	if v != "" {
		if err := s.Harmony.UnmarshalText([]byte(strings.ToLower(v))); err != nil {
			return s, &StateError{"harmony", v, "auto, analogous, complementary, split, triadic or monochrome"}
		}
	}
	if v, err = one("secondaries"); err != nil {
		return s, err
	}
	if v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 2 {
			return s, &StateError{"secondaries", v, "1 or 2"}
		}
		s.Secondaries = n
	}
	if v, err = one("base"); err != nil {
		return s, err
	}
	if s.Base, err = parseHex("base", v); err != nil {
		return s, err
	}
	for _, sv := range q["secondary"] {
		h, err := parseHex("secondary", strings.TrimSpace(sv))
		if err != nil {
			return s, err
		}
		if h != "" {
			s.Secondary = append(s.Secondary, h)
		}
	}
	if len(s.Secondary) > 2 {
		return s, &StateError{"secondary", strings.Join(q["secondary"], ","), "at most 2 locked secondaries"}
	}
	if v, err = one("accent"); err != nil {
		return s, err
	}
	if s.Accent, err = parseHex("accent", v); err != nil {
		return s, err
	}
	for _, av := range q["avoid"] {
		for _, c := range strings.Split(av, ",") {
			h, err := parseHex("avoid", strings.TrimSpace(c))
			if err != nil {
				return s, err
			}
			if h != "" && !slices.Contains(s.Avoid, h) {
				s.Avoid = append(s.Avoid, h)
			}
		}
	}
	if len(s.Avoid) > MaxAvoid {
		return s, &StateError{"avoid", strings.Join(q["avoid"], ","), fmt.Sprintf("at most %d colours", MaxAvoid)}
	}
	if v, err = one("seed"); err != nil {
		return s, err
	}
	if v != "" {
		if s.Seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			return s, &StateError{"seed", v, "a whole number from 0 to 18446744073709551615"}
		}
	}
	if v, err = one("variants"); err != nil {
		return s, err
	}
	s.Variants = 1
	if v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxVariants {
			return s, &StateError{"variants", v, fmt.Sprintf("1 to %d", MaxVariants)}
		}
		s.Variants = n
	}
	if v, err = one("lang"); err != nil {
		return s, err
	}
	if v != "" {
		if err := s.Lang.UnmarshalText([]byte(strings.ToLower(v))); err != nil {
			return s, &StateError{"lang", v, "en or fr"}
		}
	}
	if v, err = one("v"); err != nil {
		return s, err
	}
	if v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.Variants {
			return s, &StateError{"v", v, fmt.Sprintf("a variant from 1 to %d", s.Variants)}
		}
		s.Variant = n - 1
	}
	return s, nil
}

// parseHex reads any colour hueprint accepts and returns it as "#rrggbb";
// "" stays "".
func parseHex(key, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if len(v) > 64 {
		return "", &StateError{key, v[:64] + "…", "a colour such as 1d4ed8"}
	}
	c, err := palette.ParseColor(v)
	if err != nil {
		return "", &StateError{key, v, "a colour such as 1d4ed8, #1d4ed8 or a CSS name"}
	}
	return palette.Hex(c), nil
}

func styleIDs() []string {
	var ids []string
	for _, s := range psych.Styles() {
		ids = append(ids, s.ID)
	}
	return ids
}

// Encode writes the state as a canonical query string (without "?"): keys
// in a fixed order, defaults left out, colours as rrggbb. ParseState reads
// it back to the same State.
func (s State) Encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	hex := func(h string) string { return strings.TrimPrefix(h, "#") }
	if len(s.Tags) > 0 {
		add("tags", strings.Join(s.Tags, ","))
	}
	if s.Style != "" {
		add("style", s.Style)
	}
	if s.Harmony != generate.Auto {
		add("harmony", s.Harmony.String())
	}
	if s.Secondaries != 0 {
		add("secondaries", strconv.Itoa(s.Secondaries))
	}
	if s.Base != "" {
		add("base", hex(s.Base))
	}
	for _, c := range s.Secondary {
		add("secondary", hex(c))
	}
	if s.Accent != "" {
		add("accent", hex(s.Accent))
	}
	if len(s.Avoid) > 0 {
		hs := make([]string, len(s.Avoid))
		for i, c := range s.Avoid {
			hs[i] = hex(c)
		}
		add("avoid", strings.Join(hs, ","))
	}
	if s.Seed != 0 {
		add("seed", strconv.FormatUint(s.Seed, 10))
	}
	if s.Variants > 1 {
		add("variants", strconv.Itoa(s.Variants))
	}
	if s.Lang != psych.English {
		add("lang", s.Lang.String())
	}
	if s.Variant > 0 {
		add("v", strconv.Itoa(s.Variant+1))
	}
	return b.String()
}

// Options is the generate.Options that "hueprint palette" builds from the
// same flags: --tags, --style, --harmony, --secondaries, --base, --lock,
// --avoid, --variants, --seed and --lang.
func (s State) Options() (generate.Options, error) {
	o := generate.Options{Tags: s.Tags, Style: s.Style, Harmony: s.Harmony, Secondaries: s.Secondaries,
		Variants: max(s.Variants, 1), Seed: s.Seed, Lang: s.Lang}
	parse := func(key, h string) (colorful.Color, error) {
		c, err := palette.ParseColor(h)
		if err != nil {
			return c, &StateError{key, h, "a colour such as 1d4ed8"}
		}
		return c, nil
	}
	if len(s.Tags) == 0 && s.Base == "" {
		return o, &StateError{"tags", "", "at least one tag or a base colour"}
	}
	if s.Base != "" {
		c, err := parse("base", s.Base)
		if err != nil {
			return o, err
		}
		o.Base = &c
	}
	for _, h := range s.Secondary {
		c, err := parse("secondary", h)
		if err != nil {
			return o, err
		}
		o.Secondary = append(o.Secondary, c)
	}
	if s.Accent != "" {
		c, err := parse("accent", s.Accent)
		if err != nil {
			return o, err
		}
		o.Accent = &c
	}
	for _, h := range s.Avoid {
		c, err := parse("avoid", h)
		if err != nil {
			return o, err
		}
		o.Avoid = append(o.Avoid, c)
	}
	return o, nil
}

// CLIArgs is the "hueprint palette" command line that gives the same
// palettes, for the page to show and for tests to run.
func (s State) CLIArgs() []string {
	args := []string{"palette"}
	if len(s.Tags) > 0 {
		args = append(args, "--tags", strings.Join(s.Tags, ","))
	}
	if s.Style != "" {
		args = append(args, "--style", s.Style)
	}
	if s.Harmony != generate.Auto {
		args = append(args, "--harmony", s.Harmony.String())
	}
	if s.Secondaries != 0 {
		args = append(args, "--secondaries", strconv.Itoa(s.Secondaries))
	}
	if s.Base != "" {
		args = append(args, "--base", s.Base)
	}
	for _, c := range s.Secondary {
		args = append(args, "--lock", "secondary="+c)
	}
	if s.Accent != "" {
		args = append(args, "--lock", "accent="+s.Accent)
	}
	if len(s.Avoid) > 0 {
		args = append(args, "--avoid", strings.Join(s.Avoid, ","))
	}
	if s.Seed != 0 {
		args = append(args, "--seed", strconv.FormatUint(s.Seed, 10))
	}
	if s.Variants > 1 {
		args = append(args, "--variants", strconv.Itoa(s.Variants))
	}
	if s.Lang != psych.English {
		args = append(args, "--lang", s.Lang.String())
	}
	return args
}
