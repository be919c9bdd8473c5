package psych_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

// TestEveryNameResolves: every name, alias and brief word of every tag, as
// written, lower-cased, without accents, with spaces, hyphens or nothing
// between its words, finds that tag and no other (no collisions).
func TestEveryNameResolves(t *testing.T) {
	strip := strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "ô", "o", "î", "i", "ï", "i", "û", "u", "ç", "c", "œ", "oe")
	for _, tg := range psych.Tags() {
		for _, n := range append([]string{tg.ID, tg.Name.EN, tg.Name.FR}, tg.Aliases...) {
			for _, form := range []string{n, strings.ToUpper(n), strip.Replace(n),
				strings.ReplaceAll(n, " ", "-"), strings.ReplaceAll(n, "-", " "),
				strings.NewReplacer(" ", "", "-", "", "'", "").Replace(n)} {
				got, ok := psych.Lookup(form)
				if !ok || got.ID != tg.ID {
					t.Errorf("Lookup(%q) (a name of %q) = %q, %v", form, tg.ID, got.ID, ok)
				}
			}
		}
	}
}

// TestWordGroups: every word group names a tag, has words in both languages
// and a reason in both.
func TestWordGroups(t *testing.T) {
	for _, g := range psych.Words() {
		tg, ok := psych.Lookup(g.Tag)
		if !ok || tg.ID != g.Tag {
			t.Errorf("word group for unknown tag %q", g.Tag)
		}
		if len(g.EN) == 0 || len(g.FR) == 0 || g.Why.EN == "" || g.Why.FR == "" {
			t.Errorf("word group %q incomplete: %+v", g.Tag, g)
		}
	}
	for _, tg := range psych.Tags() {
		if tg.Why.EN != tg.Why.FR && (tg.Why.EN == "" || tg.Why.FR == "") {
			t.Errorf("tag %q has a reason in one language only", tg.ID)
		}
	}
}

// TestBriefWords pins real brief words, from the issue and from briefs, to
// the tag each resolves to.
func TestBriefWords(t *testing.T) {
	tests := []struct{ word, want string }{
		// The article's words.
		{"attention", "attention"}, {"légèreté", "lightness"}, {"legerete", "lightness"},
		{"éco-responsable", "eco"}, {"eco responsable", "eco"}, {"ecoresponsable", "eco"},
		{"disruptif", "disruptive"}, {"engagé", "commitment"}, {"engagee", "commitment"},
		{"haut de gamme", "premium"}, {"haut-de-gamme", "premium"}, {"hautdegamme", "premium"}, {"Haut De Gamme", "premium"},
		// Everyday brief words.
		{"bio", "eco"}, {"organic", "eco"}, {"fun", "fun"}, {"zen", "calm"}, {"startup", "innovation"}, {"start-up", "innovation"},
		{"hospital", "health"}, {"hôpital", "health"}, {"hopital", "health"}, {"hospitals", "health"}, {"hôpitaux", "health"},
		{"perfume", "fragrance"}, {"parfum", "fragrance"}, {"drink", "drinks"}, {"boisson", "drinks"}, {"boissons", "drinks"},
		{"coffee", "coffee"}, {"café", "coffee"}, {"cafe", "coffee"}, {"bakery", "food"}, {"boulangerie", "food"}, {"yoga", "wellness"},
		{"avocat", "legal"}, {"bien-être", "wellness"}, {"relaxation", "wellness"}, {"spa", "wellness"},
		// Sectors, audiences, moods.
		{"vin", "wine"}, {"caviste", "wine"}, {"voiture", "automotive"}, {"logistique", "transport"}, {"ong", "nonprofit"},
		{"musée", "culture"}, {"jeu vidéo", "gaming"}, {"bébé", "baby"}, {"vétérinaire", "pets"}, {"ferme", "farming"},
		{"btp", "construction"}, {"océan", "nautical"}, {"laboratoire", "science"}, {"hôtel", "hospitality"},
		{"ados", "teens"}, {"gen z", "teens"}, {"seniors", "seniors"}, {"famille", "families"}, {"vintage", "vintage"}, {"rétro", "vintage"},
		{"chic", "elegance"}, {"sobre", "minimalist"}, {"épuré", "minimalist"}, {"cosy", "warmth"}, {"terroir", "authentic"},
		{"fait maison", "craft"}, {"tradition", "heritage"}, {"premium", "premium"}, {"luxe", "luxury"}, {"minimaliste", "minimalist"},
		// Colour words.
		{"bleu", "blue"}, {"bleue", "blue"}, {"rouge", "red"}, {"noir", "black"}, {"blanc", "white"}, {"gris", "grey"},
		{"gray", "grey"}, {"or", "gold"}, {"doré", "gold"}, {"argent", "silver"}, {"marine", "navy"}, {"bleu marine", "navy"},
		{"bordeaux", "burgundy"}, {"marron", "brown"}, {"brun", "brown"}, {"crème", "beige"}, {"turquoise", "turquoise"},
		{"purple", "purple"}, {"violet", "purple"}, {"rose", "pink"}, {"jaune", "yellow"}, {"vert", "green"}, {"orange", "orange"},
	}
	for _, tt := range tests {
		got, ok := psych.Lookup(tt.word)
		if !ok || got.ID != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.word, got.ID, ok, tt.want)
		}
	}
}

// TestSuggestByMeaningAndSpelling pins suggestions for unknown words: by
// meaning where the synonym table knows the word, by spelling otherwise,
// always in the word's own language.
func TestSuggestByMeaningAndSpelling(t *testing.T) {
	tests := []struct {
		word      string
		lang      psych.Lang
		meaning   []string // exactly these, in order
		spellings []string // among the spelling suggestions
	}{
		{word: "care", lang: psych.English, meaning: []string{"health", "wellness", "tenderness"}},
		{word: "soins", lang: psych.French, meaning: []string{"santé", "bien-être", "tendresse"}},
		{word: "soleil", lang: psych.French, meaning: []string{"jaune", "joie", "chaleur"}},
		{word: "quality", lang: psych.English, meaning: []string{"premium", "reliability", "craft"}},
		{word: "trsut", lang: psych.English, spellings: []string{"trust"}},
		{word: "confianse", lang: psych.French, spellings: []string{"confiance"}},
		{word: "élégence", lang: psych.French, spellings: []string{"élégance"}},
		{word: "parfun", lang: psych.French, spellings: []string{"parfum"}},
		{word: "hopitale", lang: psych.French, spellings: []string{"hôpital"}},
		{word: "tehc", lang: psych.English, spellings: []string{"tech"}},
		{word: "luxx", lang: psych.French, spellings: []string{"luxe"}},
	}
	for _, tt := range tests {
		s := psych.SuggestTags(tt.word, 3)
		if s.Lang != tt.lang {
			t.Errorf("SuggestTags(%q).Lang = %v, want %v", tt.word, s.Lang, tt.lang)
		}
		if tt.meaning != nil && !slices.Equal(s.ByMeaning, tt.meaning) {
			t.Errorf("SuggestTags(%q).ByMeaning = %v, want %v", tt.word, s.ByMeaning, tt.meaning)
		}
		for _, w := range tt.spellings {
			if !slices.Contains(s.BySpelling, w) {
				t.Errorf("SuggestTags(%q).BySpelling = %v, want %q among them", tt.word, s.BySpelling, w)
			}
		}
	}
	// Synonyms are suggestions, never tags, and point to real tags.
	for _, w := range []string{"care", "soin", "light", "qualité", "sun", "nuit", "money"} {
		if tg, ok := psych.Lookup(w); ok {
			t.Errorf("synonym %q resolves to tag %q: it would never be suggested", w, tg.ID)
		}
		if len(psych.SuggestTags(w, 3).ByMeaning) != 3 {
			t.Errorf("synonym %q: %v, want 3 tags by meaning", w, psych.SuggestTags(w, 3).ByMeaning)
		}
	}
}

func TestClosest(t *testing.T) {
	cmds := []string{"audit", "banner", "check", "color", "contrast", "export", "extract", "palette", "swatch", "tags"}
	tests := []struct {
		word string
		want []string
	}{
		{"pallete", []string{"palette"}}, {"pallette", []string{"palette"}}, {"contrats", []string{"contrast"}},
		{"colour", []string{"color"}}, {"xyzzy", nil},
	}
	for _, tt := range tests {
		if got := psych.Closest(tt.word, cmds, 1); !slices.Equal(got, tt.want) {
			t.Errorf("Closest(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func ExampleSuggestTags() {
	s := psych.SuggestTags("soins", 2)
	fmt.Println(s.Lang, s.ByMeaning)
	fmt.Println(psych.SuggestTags("confianse", 2).BySpelling)
	// Output:
	// fr [santé bien-être tendresse]
	// [confiance]
}

func ExampleClosest() {
	fmt.Println(psych.Closest("pallete", []string{"palette", "swatch", "tags"}, 3))
	// Output: [palette]
}

func ExampleWordsFor() {
	en, fr := psych.WordsFor("eco")
	fmt.Println(len(en) > 0, fr[:3])
	// Output: true [bio biologique recyclé]
}

// TestCatalogueFrench: every French message is French (FrenchLint finds
// nothing) and every message has both languages.
func TestCatalogueFrench(t *testing.T) {
	for _, key := range psych.Keys() {
		en, fr := psych.T(psych.English, key), psych.T(psych.French, key)
		if en == "" || fr == "" {
			t.Errorf("message %q is missing a language", key)
		}
		if bad := psych.FrenchLint(fr); len(bad) > 0 {
			t.Errorf("message %q in French %q has %v", key, fr, bad)
		}
	}
	if got := psych.FrenchLint("la couleur primary couvre 4.5:1, critère 1.4.3"); !slices.Equal(got, []string{"4.5", "primary"}) {
		t.Errorf("FrenchLint = %v", got)
	}
}

func ExampleFrenchLint() {
	fmt.Println(psych.FrenchLint("texte 4.52:1 on the primary"))
	fmt.Println(psych.FrenchLint("texte 4,52:1 sur la couleur principale"))
	// Output:
	// [4.5 on primary the]
	// []
}

func ExampleTypeset() {
	fmt.Printf("%q\n", psych.Typeset(psych.French, "Palette « confiance » : 12,5 % ; prêt ?"))
	// Output: "Palette «\u00a0confiance\u00a0»\u00a0: 12,5\u00a0%\u00a0; prêt\u00a0?"
}

func ExampleT() {
	fmt.Println(psych.T(psych.English, "why.dark", psych.RatioShort(psych.English, 11.33)))
	fmt.Printf("%q\n", psych.T(psych.French, "why.dark", psych.RatioShort(psych.French, 11.33)))
	// Output:
	// dark neutral for text: 11.3:1 on the light neutral (AAA)
	// "neutre foncé pour le texte\u00a0: 11,3:1 sur le neutre clair (AAA)"
}

func ExamplePercent() {
	fmt.Printf("%q %q\n", psych.Percent(psych.English, 0.125, 1), psych.Percent(psych.French, 0.125, 1))
	// Output: "12.5 %" "12,5\u00a0%"
}

func TestLangFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want psych.Lang
	}{
		{map[string]string{}, psych.English},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, psych.French},
		{map[string]string{"LANG": "fr_CA.UTF-8", "LC_ALL": "en_US.UTF-8"}, psych.English},
		{map[string]string{"LC_MESSAGES": "fr_BE", "LANG": "en_GB"}, psych.French},
		{map[string]string{"HUEPRINT_LANG": "fr", "LC_ALL": "C"}, psych.French},
		{map[string]string{"HUEPRINT_LANG": "en", "LANG": "fr_FR"}, psych.English},
		{map[string]string{"HUEPRINT_LANG": "xx", "LANG": "fr_FR"}, psych.French},
	}
	for _, tt := range tests {
		if got := psych.LangFromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("LangFromEnv(%v) = %v, want %v", tt.env, got, tt.want)
		}
	}
}

func ExamplePlural() {
	fmt.Println(psych.Plural(psych.French, "n.problems", 0), psych.Plural(psych.French, "n.problems", 2))
	fmt.Println(psych.Plural(psych.English, "n.problems", 0), psych.Plural(psych.English, "n.problems", 1))
	// Output:
	// problème problèmes
	// problems problem
}

func ExampleNum() {
	fmt.Println(psych.Num(psych.English, 4.5, 1), psych.Num(psych.French, 4.5, 1), psych.Num(psych.French, -0.25, 2))
	// Output: 4.5 4,5 −0,25
}

func ExampleRatio() {
	fmt.Println(psych.Ratio(psych.French, 4.5), psych.RatioShort(psych.English, 3.94))
	// Output: 4,50:1 3.9:1
}

func ExampleLangFromEnv() {
	env := map[string]string{"LANG": "fr_FR.UTF-8"}
	fmt.Println(psych.LangFromEnv(func(k string) string { return env[k] }))
	// Output: fr
}

func ExampleTag_AliasesIn() {
	t, _ := psych.Lookup("hôpital")
	fr := t.AliasesIn(psych.French)
	fmt.Println(t.ID, t.Kind, slices.Contains(fr, "hôpital"), slices.Contains(fr, "hospital"))
	// Output: health sector true false
}

func ExampleSuggestions_All() {
	s := psych.Suggestions{ByMeaning: []string{"santé", "bien-être"}, BySpelling: []string{"bien-être", "sport"}}
	fmt.Println(s.All())
	// Output: [santé bien-être sport]
}

func ExampleKeys() {
	fmt.Println(psych.Has("rule.line"), len(psych.Keys()) > 100)
	// Output: true true
}
