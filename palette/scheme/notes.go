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

// The words of the notes, English then French, in one place. French
// follows French typography: a narrow no-break space before the colon, a
// decimal comma.
var noteWords = map[NoteKind][2]string{
	Adjusted: {
		"%s: %s %s reaches only %s:1 on the %s (%s), under the %s:1 it needs (WCAG 2.2); %s, the nearest passing tone of the same hue, is used instead",
		"%s\u202f: %s %s n’atteint que %s:1 sur %s (%s), sous les %s:1 requis (WCAG 2.2)\u202f; %s, le ton conforme le plus proche de même teinte, le remplace",
	},
	NeutralReplaced: {
		"%s: the palette has no neutral that works as %s (%s was the nearest); %s, a tone of the primary hue, is used",
		"%s\u202f: aucun neutre de la palette ne convient pour %s (%s était le plus proche)\u202f; %s, un ton de la teinte primaire, est utilisé",
	},
	UseIcons: {
		"%s: error %s and success %s stay close with deuteranopia (CIEDE2000 %s, under %s): show an icon or a word with each state, not colour alone",
		"%s\u202f: l’erreur %s et le succès %s restent proches pour un deutéranope (CIEDE2000 %s, sous %s)\u202f: accompagnez chaque état d’une icône ou d’un mot, pas de la seule couleur",
	},
}

// modeWords, roleWords: the names notes use.
var modeWords = map[Mode][2]string{Light: {"light", "clair"}, Dark: {"dark", "sombre"}}

var roleWords = map[Role][2]string{
	Background: {"background", "le fond"}, OnBackground: {"text", "le texte"}, Surface: {"surface", "la surface"},
	Primary: {"primary", "la couleur primaire"}, Secondary: {"secondary", "la couleur secondaire"}, Accent: {"accent", "l’accent"},
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
