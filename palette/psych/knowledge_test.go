package psych_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/psych"
)

func TestKnowledgeRoundTrip(t *testing.T) {
	for _, lang := range []psych.Lang{psych.English, psych.French} {
		kb := psych.Knowledge(lang)
		if len(kb.Tags) != len(psych.Tags()) || len(kb.Families) != len(psych.Families()) || len(kb.Words) != len(psych.Words()) {
			t.Fatalf("%s: %d tags, %d families, %d word groups: not the whole base", lang, len(kb.Tags), len(kb.Families), len(kb.Words))
		}
		b, err := json.Marshal(kb)
		if err != nil {
			t.Fatal(err)
		}
		var back psych.KnowledgeBase
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !reflect.DeepEqual(back, kb) {
			t.Errorf("%s: round trip differs", lang)
		}
		if again, _ := json.Marshal(back); !bytes.Equal(again, b) {
			t.Errorf("%s: JSON written again differs", lang)
		}
	}
}

func TestKnowledgeJSON(t *testing.T) {
	b, _ := json.Marshal(psych.Knowledge(psych.French))
	for _, want := range []string{`"lang":"fr"`, `{"tag":"confiance","id":"trust","kind":"meaning","families":["blue"`,
		`{"id":"grey","name":"gris","meanings":[`, `"hue_min":null,"hue_max":null`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	for _, tt := range []struct{ name, doc, want string }{
		{"no lang", `{"tags":[]}`, `missing "lang"`},
		{"unknown field", `{"lang":"en","x":1}`, "unknown field"},
		{"one hue", `{"lang":"en","families":[{"id":"x","name":"x","meanings":[],"hue_min":1,"hue_max":null,"l":0,"c":0}]}`, "both null"},
		{"bad kind", `{"lang":"en","tags":[{"tag":"a","id":"a","kind":"mood","families":[]}]}`, "unknown tag kind"},
	} {
		var kb psych.KnowledgeBase
		if err := json.Unmarshal([]byte(tt.doc), &kb); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestKnowledgeWriteText(t *testing.T) {
	var en, fr bytes.Buffer
	psych.Knowledge(psych.English).WriteText(&en)
	psych.Knowledge(psych.French).WriteText(&fr)
	if !strings.HasPrefix(en.String(), "Meanings :\n") || !strings.Contains(en.String(), "\nColour families :\n") {
		t.Errorf("English text:\n%.300s", en.String())
	}
	if !strings.HasPrefix(fr.String(), "Significations\u00a0:\n") || !strings.Contains(fr.String(), "  confiance ") {
		t.Errorf("French text:\n%.300s", fr.String())
	}
}

func ExampleKnowledge() {
	kb := psych.Knowledge(psych.French)
	for _, t := range kb.Tags {
		if t.ID == "trust" || t.ID == "energy" {
			fmt.Println(t.ID, t.Tag, t.Kind, t.Families)
		}
	}
	fmt.Println(kb.Families[0].ID, kb.Families[0].Name, kb.Families[0].Meanings[:2])
	// Output:
	// energy énergie meaning [red orange]
	// trust confiance meaning [blue teal]
	// blue bleu [confiance professionnalisme]
}

// FuzzKnowledgeBaseUnmarshal: an accepted document reads back equal after
// being written again.
func FuzzKnowledgeBaseUnmarshal(f *testing.F) {
	f.Add([]byte(`{"lang":"fr","tags":[{"tag":"confiance","id":"trust","kind":"meaning","families":["blue"]}],"families":[{"id":"grey","name":"gris","meanings":[],"hue_min":null,"hue_max":null,"l":0.6,"c":0}],"styles":[],"words":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var kb psych.KnowledgeBase
		if json.Unmarshal(data, &kb) != nil {
			return
		}
		b, err := json.Marshal(kb)
		if err != nil {
			t.Fatalf("accepted %s, cannot write it: %v", data, err)
		}
		var back psych.KnowledgeBase
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, kb) {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}
