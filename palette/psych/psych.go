package psych

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Lang is the language of names and reasons. The zero value is English.
type Lang uint8

// Languages.
const (
	English Lang = iota
	French
)

// String returns "en" or "fr".
func (l Lang) String() string {
	if l == French {
		return "fr"
	}
	return "en"
}

// UnmarshalText accepts en, fr, english, french, français.
func (l *Lang) UnmarshalText(b []byte) error {
	switch Normalize(string(b)) {
	case "en", "english", "anglais":
		*l = English
	case "fr", "french", "francais":
		*l = French
	default:
		return fmt.Errorf("psych: unknown language %q: want en or fr", b)
	}
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// Text is a string in both languages.
type Text struct{ EN, FR string }

// In returns the text in l.
func (t Text) In(l Lang) string {
	if l == French {
		return t.FR
	}
	return t.EN
}

// Family is a colour family: a region of OKLCH with its meanings.
type Family struct {
	ID       string  // stable identifier: "blue", "earth" …
	Name     Text    // "blue" / "bleu"
	HueMin   float64 // OKLCH hue range in degrees; HueMin > HueMax wraps through 0
	HueMax   float64
	L, C     float64 // typical OKLCH lightness (0–1) and chroma
	MinL     float64 // lowest lightness that still reads as this family (0: none)
	Of       string  // for a shade named by a colour word (navy, burgundy, beige, white, silver): the base family it refines
	Meanings []Text
}

// Achromatic reports whether the family has no hue (black, grey).
func (f *Family) Achromatic() bool { return f.HueMin == f.HueMax }

// HueCenter returns the middle of the hue range, in degrees [0, 360).
func (f *Family) HueCenter() float64 {
	w := f.HueWidth()
	h := f.HueMin + w/2
	if h >= 360 {
		h -= 360
	}
	return h
}

// HueWidth returns the width of the hue range in degrees.
func (f *Family) HueWidth() float64 {
	w := f.HueMax - f.HueMin
	if w < 0 {
		w += 360
	}
	return w
}

// ContainsHue reports whether hue h (degrees) lies in the family's range.
func (f *Family) ContainsHue(h float64) bool {
	if f.Achromatic() {
		return false
	}
	if f.HueMin <= f.HueMax {
		return h >= f.HueMin && h <= f.HueMax
	}
	return h >= f.HueMin || h <= f.HueMax
}

// Kind says what a tag describes. The zero value is unset.
type Kind uint8

// Tag kinds: a meaning says what the brand wants to convey, a sector what it
// does, a style how it looks, a colour which colour the brief names ("bleu",
// "navy"). A colour tag given first sets the primary; otherwise meanings are
// the strongest, then sectors, colours and styles.
const (
	Meaning Kind = iota + 1
	Sector
	Style
	Color
)

// String returns "meaning", "sector", "style" or "color"; "unset" for the
// zero Kind.
func (k Kind) String() string {
	switch k {
	case 0:
		return "unset"
	case Meaning:
		return "meaning"
	case Sector:
		return "sector"
	case Style:
		return "style"
	case Color:
		return "color"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

var kindNames = [...]string{"", "meaning", "sector", "style", "color"}

// MarshalText implements encoding.TextMarshaler. The zero Kind, unset,
// marshals to "" and reads back; an unknown value is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("psych: invalid tag kind %d: want 1 (meaning) to %d (color)", uint8(k), len(kindNames)-1)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: meaning, sector, style
// or color, and "" or "unset" for the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range kindNames {
		if n == s {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("psych: unknown tag kind %q: want meaning, sector, style or color", b)
}

// Tag is one entry of the knowledge base.
type Tag struct {
	ID       string   // canonical English name: "trust"
	Name     Text     // display names: "trust" / "confiance"
	Kind     Kind     // meaning, sector or style
	Families []string // colour families, most fitting first (empty for pure styles)
	Styles   []string // styles it calls for, preferred first (kids: vivid, pastel)
	Aliases  []string // other spellings accepted by Lookup (the brief vocabulary's words included)
	Why      Text     // why these families, for tags whose reason is not their families' meanings
}

// StyleDef is a visual style: how lightness and chroma move away from a
// family's typical values.
type StyleDef struct {
	ID    string
	Name  Text
	Why   Text
	LMin  float64 // primary lightness range (0: keep the family's)
	LMax  float64
	CMul  float64 // chroma multiplier relative to the family's typical chroma
	Earth bool    // pull hues towards warm earth tones
}

// allFamilies is the base families of data.go followed by the colour-word
// families of colorwords.go.
var allFamilies = append(append([]Family(nil), families...), colorFamilies...)

// allTags is every tag: data.go's, the colour words, and the brief
// vocabulary's own tags, with the vocabulary's words added to their aliases.
var allTags = withWords(append(append(append([]Tag(nil), tags...), colorTags...), briefTags...))

// Families returns the colour families in a fixed order.
func Families() []Family { return append([]Family(nil), allFamilies...) }

// FamilyByID returns the family with that ID.
func FamilyByID(id string) (Family, bool) {
	for _, f := range allFamilies {
		if f.ID == id {
			return f, true
		}
	}
	return Family{}, false
}

// Styles returns the styles in a fixed order.
func Styles() []StyleDef { return append([]StyleDef(nil), styles...) }

// StyleByID returns the style named id (English or French, any case).
func StyleByID(id string) (StyleDef, bool) {
	n := Normalize(id)
	for _, s := range styles {
		if s.ID == n || Normalize(s.Name.FR) == n {
			return s, true
		}
	}
	return StyleDef{}, false
}

// Tags returns every tag, sorted by kind then English name.
func Tags() []Tag {
	out := append([]Tag(nil), allTags...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// index maps every name of every tag, normalised and then squeezed (no
// hyphens or apostrophes: "haut de gamme" = "haut-de-gamme" = "hautdegamme"),
// to its position in allTags.
var index = func() map[string]int {
	m := make(map[string]int)
	for i, t := range allTags {
		for _, k := range append([]string{t.ID, t.Name.EN, t.Name.FR}, t.Aliases...) {
			m[squeeze(Normalize(k))] = i
		}
	}
	return m
}()

// squeeze drops the hyphens and apostrophes of a normalised name.
func squeeze(s string) string {
	return strings.NewReplacer("-", "", "'", "", "’", "", ".", "").Replace(s)
}

// Lookup finds a tag by any of its names, ignoring case, accents, hyphens,
// spaces and apostrophes; a plural ("hospitals", "bijoux") is tried without
// its final s or x when the word itself is unknown.
func Lookup(name string) (Tag, bool) {
	k := squeeze(Normalize(name))
	i, ok := index[k]
	if !ok && len(k) > 3 && (strings.HasSuffix(k, "s") || strings.HasSuffix(k, "x")) {
		i, ok = index[k[:len(k)-1]]
	}
	if !ok {
		return Tag{}, false
	}
	return allTags[i], true
}

// Normalize folds case and accents and turns "_" and spaces into "-":
// "Énergie" → "energie", "real estate" → "real-estate".
func Normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		r = unicode.ToLower(r)
		switch {
		case r == '_' || r == ' ':
			b.WriteByte('-')
		case r == 'œ':
			b.WriteString("oe")
		case r == 'æ':
			b.WriteString("ae")
		default:
			if f, ok := accentFold[r]; ok {
				r = f
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// accentFold maps the accented letters of French (and the other western
// European languages a brand brief may borrow from) to their base letter.
var accentFold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'ç': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ñ': 'n',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u',
	'ý': 'y', 'ÿ': 'y',
}
