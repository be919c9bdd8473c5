package psych_test

import (
	"fmt"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"trust", "trust"}, {"Confiance", "trust"}, {"énergie", "energy"}, {"energie", "energy"}, {"ENERGIE", "energy"},
		{"luxe", "luxury"}, {"enfants", "kids"}, {"real estate", "real-estate"}, {"real_estate", "real-estate"},
		{"bien-être", "wellness"}, {"bien etre", "wellness"}, {"mieux-être", "well-being"}, {"well being", "well-being"}, {"santé", "health"}, {"sante", "health"},
		{"élégance", "elegance"}, {"pastel", "pastel"}, {"authentique", "authentic"}, {" tech ", "tech"},
	}
	for _, tt := range tests {
		got, ok := psych.Lookup(tt.in)
		if !ok || got.ID != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, got.ID, ok, tt.want)
		}
	}
	if _, ok := psych.Lookup("zzz"); ok {
		t.Error("Lookup(zzz) found a tag")
	}
}

// TestKnowledgeBaseConsistent checks the data: every family and style a tag
// names exists, no two tags share a name, every family has meanings in both
// languages, and hue ranges are within [0, 360).
func TestKnowledgeBaseConsistent(t *testing.T) {
	names := map[string]string{}
	for _, tg := range psych.Tags() {
		if tg.Name.EN == "" || tg.Name.FR == "" || tg.Kind == 0 {
			t.Errorf("tag %q incomplete", tg.ID)
		}
		for _, f := range tg.Families {
			if _, ok := psych.FamilyByID(f); !ok {
				t.Errorf("tag %q names unknown family %q", tg.ID, f)
			}
		}
		for _, s := range tg.Styles {
			if _, ok := psych.StyleByID(s); !ok {
				t.Errorf("tag %q names unknown style %q", tg.ID, s)
			}
		}
		if tg.Kind != psych.Style && len(tg.Families) == 0 {
			t.Errorf("%s tag %q has no family", tg.Kind, tg.ID)
		}
		for _, n := range append([]string{tg.ID, tg.Name.EN, tg.Name.FR}, tg.Aliases...) {
			k := psych.Normalize(n)
			if other, dup := names[k]; dup && other != tg.ID {
				t.Errorf("name %q belongs to %q and %q", n, other, tg.ID)
			}
			names[k] = tg.ID
		}
	}
	for _, f := range psych.Families() {
		if len(f.Meanings) == 0 || f.Name.FR == "" {
			t.Errorf("family %q has no meanings or French name", f.ID)
		}
		for _, m := range f.Meanings {
			if m.EN == "" || m.FR == "" {
				t.Errorf("family %q has an untranslated meaning %+v", f.ID, m)
			}
		}
		if f.HueMin < 0 || f.HueMin >= 360 || f.HueMax < 0 || f.HueMax >= 360 || f.L <= 0 || f.L >= 1 {
			t.Errorf("family %q out of range: %+v", f.ID, f)
		}
	}
	// The brief's families must all be there.
	for _, id := range []string{"blue", "red", "yellow", "green", "violet", "black", "orange", "pink", "earth", "teal", "gold", "grey"} {
		if _, ok := psych.FamilyByID(id); !ok {
			t.Errorf("missing family %q", id)
		}
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{"trsut": "trust", "energi": "energy", "luxx": "luxe", "tehc": "tech"} {
		got := psych.Suggest(in, 3)
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("Suggest(%q) = %v, want %q among them", in, got, want)
		}
	}
	if got := psych.Suggest("qwertyuiop", 3); len(got) != 0 {
		t.Errorf("Suggest(qwertyuiop) = %v, want none", got)
	}
}

func TestFamilyHue(t *testing.T) {
	pink, _ := psych.FamilyByID("pink")
	if !pink.ContainsHue(355) || !pink.ContainsHue(5) || pink.ContainsHue(30) || pink.HueWidth() != 20 || pink.HueCenter() != 0 {
		t.Errorf("pink wraps wrong: %+v", pink)
	}
}

func ExampleLookup() {
	t, _ := psych.Lookup("Énergie")
	f, _ := psych.FamilyByID(t.Families[0])
	fmt.Println(t.ID, t.Kind, f.Name.In(psych.French), f.Meanings[0].In(psych.French))
	// Output: energy meaning rouge énergie
}

func ExampleSuggest() {
	fmt.Println(psych.Suggest("confianse", 2))
	// Output: [confiance]
}

func ExampleNormalize() {
	fmt.Println(psych.Normalize("Bien-Être"), psych.Normalize("real estate"))
	// Output: bien-etre real-estate
}

func TestNumBelow(t *testing.T) {
	for _, tt := range []struct {
		v, limit float64
		prec     int
		want     string
	}{
		{14.97, 15, 1, "14.97"},      // rounds to 15.0: one more decimal
		{14.9, 15, 1, "14.9"},        // already under
		{2.999, 3, 2, "2.999"},       // 3.00:1 would read as a pass
		{15.02, 15, 1, "15.0"},       // over the limit: as usual
		{7.0, 4.5, 2, "7.00"},        // far over
		{14.99999, 15, 1, "15.0000"}, // at most 4 decimals
	} {
		if got := psych.NumBelow(psych.English, tt.v, tt.prec, tt.limit); got != tt.want {
			t.Errorf("NumBelow(%v, %d, %v) = %q, want %q", tt.v, tt.prec, tt.limit, got, tt.want)
		}
	}
}
