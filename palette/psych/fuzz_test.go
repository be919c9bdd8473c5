package psych_test

import (
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

// FuzzLookup: Lookup agrees with itself on the normalised form, and every
// suggestion for an unknown word is a known tag in the word's language.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"trust", "Énergie", "haut de gamme", "hautdegamme", "hôpitaux", "confianse", "soins", "care", "", "-", "ß", "œuvre", "pallete"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		tg, ok := psych.Lookup(s)
		tn, okn := psych.Lookup(psych.Normalize(s))
		if ok != okn || tg.ID != tn.ID {
			t.Fatalf("Lookup(%q) = %q, %v but Lookup(Normalize) = %q, %v", s, tg.ID, ok, tn.ID, okn)
		}
		if ok {
			return
		}
		for _, name := range psych.Suggest(s, 3) {
			if _, ok := psych.Lookup(name); !ok {
				t.Fatalf("Suggest(%q) offered %q, which is not a tag", s, name)
			}
		}
	})
}

// FuzzTypeset: French typography only turns spaces into no-break spaces or
// adds them: removing every no-break space gives back the text with its
// spaces removed likewise.
func FuzzTypeset(f *testing.F) {
	for _, s := range []string{"Palette « confiance » : 12,5 % ; prêt ?", "a;b!c?", "%s : %d %%", " %", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := psych.Typeset(psych.French, s)
		strip := func(x string) string { return strings.NewReplacer("\u00a0", "", " ", "").Replace(x) }
		if strip(got) != strip(s) {
			t.Fatalf("Typeset(%q) = %q changes more than spaces", s, got)
		}
		if psych.Typeset(psych.English, s) != s {
			t.Fatalf("Typeset in English changed %q", s)
		}
	})
}

// BenchmarkLookup is the indexed lookup; BenchmarkLookupScan the simplest
// alternative, a scan of every name of every tag.
func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		psych.Lookup("Haut de Gamme")
	}
}

func BenchmarkLookupScan(b *testing.B) {
	tags := psych.Tags()
	for b.Loop() {
		q := psych.Normalize("Haut de Gamme")
	scan:
		for _, t := range tags {
			for _, n := range append([]string{t.ID, t.Name.EN, t.Name.FR}, t.Aliases...) {
				if psych.Normalize(n) == q {
					break scan
				}
			}
		}
	}
}

// BenchmarkSuggest measures a suggestion for a typo against every name.
func BenchmarkSuggest(b *testing.B) {
	for b.Loop() {
		psych.Suggest("confianse", 3)
	}
}
