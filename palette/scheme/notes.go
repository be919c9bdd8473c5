package scheme

import (
	"fmt"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// NoteKind says what a Note is about. The zero value is unset.
type NoteKind uint8

// The kinds of note.
const (
	// Adjusted: a brand colour did not meet a guarantee in the light scheme
	// and the nearest passing tone of its hue replaced it.
	Adjusted NoteKind = iota + 1
	// NeutralReplaced: a neutral of the palette could not serve as the page
	// or the text and a tinted tone of the primary hue was used.
	NeutralReplaced
	// UseIcons: error and success stay too close with deuteranopia; the UI
	// should not rely on colour alone.
	UseIcons
)

var noteKindNames = [...]string{"", "adjusted", "neutral-replaced", "use-icons"}

// String returns "adjusted", "neutral-replaced" or "use-icons"; "unset"
// for the zero NoteKind.
func (k NoteKind) String() string {
	if k == 0 {
		return "unset"
	}
	if int(k) < len(noteKindNames) {
		return noteKindNames[k]
	}
	return fmt.Sprintf("NoteKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler. The zero NoteKind, unset,
// marshals to "" and reads back; an unknown value is an error.
func (k NoteKind) MarshalText() ([]byte, error) {
	if int(k) >= len(noteKindNames) {
		return nil, fmt.Errorf("scheme: invalid note kind %d: want 1 (adjusted) to %d (use-icons)", uint8(k), len(noteKindNames)-1)
	}
	return []byte(noteKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: the names of String,
// and "" or "unset" for the zero NoteKind.
func (k *NoteKind) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	if s == "unset" {
		s = ""
	}
	for i, n := range noteKindNames {
		if n == s {
			*k = NoteKind(i)
			return nil
		}
	}
	return fmt.Errorf("scheme: unknown note kind %q: want adjusted, neutral-replaced or use-icons", b)
}

// Note explains a choice New made. Text renders it in a language.
type Note struct {
	Kind    NoteKind
	Mode    Mode
	Role    Role
	From    colorful.Color // the brand colour (Adjusted, NeutralReplaced); error (UseIcons)
	To      colorful.Color // what the scheme uses (Adjusted, NeutralReplaced); success (UseIcons)
	Ratio   float64        // what From reached (Adjusted); the CIEDE2000 distance (UseIcons)
	Need    float64        // what it had to reach (Adjusted); MinCVDDistance (UseIcons)
	On      Role           // the role Ratio was measured against (Adjusted)
	OnColor colorful.Color // its colour
}

func word(m map[Role][2]string, r Role, lang psych.Lang) string {
	w, ok := m[r]
	if !ok {
		return r.String()
	}
	if lang == psych.French {
		return w[1]
	}
	return w[0]
}

func number(v float64, lang psych.Lang) string {
	s := fmt.Sprintf("%.2f", v)
	if lang == psych.French {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Text renders the note in lang.
func (n Note) Text(lang psych.Lang) string {
	i := 0
	if lang == psych.French {
		i = 1
	}
	f := noteWords[n.Kind][i]
	mode := modeWords[n.Mode][i]
	switch n.Kind {
	case Adjusted:
		return fmt.Sprintf(f, mode, word(roleWords, n.Role, lang), palette.Hex(n.From), number(n.Ratio, lang),
			word(roleWords, n.On, lang), palette.Hex(n.OnColor), number(n.Need, lang), palette.Hex(n.To))
	case NeutralReplaced:
		return fmt.Sprintf(f, mode, word(roleWords, n.Role, lang), palette.Hex(n.From), palette.Hex(n.To))
	case UseIcons:
		return fmt.Sprintf(f, mode, palette.Hex(n.From), palette.Hex(n.To), number(n.Ratio, lang), number(n.Need, lang))
	}
	return fmt.Sprintf("%s: %s", mode, n.Role)
}
