package generate_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
)

func ExampleTagError_Text() {
	_, err := generate.Generate(generate.Options{Tags: []string{"confiansse"}})
	var te *generate.TagError
	if errors.As(err, &te) {
		fmt.Println(te.Text(psych.English))
		// French puts a no-break space before ":", ";" and "?".
		fmt.Println(strings.ReplaceAll(te.Text(psych.French), "\u00a0", " "))
	}
	// Output:
	// hueprint: unknown tag "confiansse"; did you mean confiance?
	// hueprint : mot-clé inconnu « confiansse » ; vouliez-vous dire confiance ?
}

func TestTagErrorText(t *testing.T) {
	tests := []struct {
		tag  string
		lang psych.Lang
		want []string
		not  []string
	}{
		{tag: "confiansse", lang: psych.French, want: []string{"« confiansse »", "vouliez-vous dire confiance"}},
		{tag: "trustt", lang: psych.English, want: []string{`unknown tag "trustt"`, "did you mean trust"}},
		{tag: "qqqqqqq", lang: psych.French, want: []string{"« qqqqqqq »"}, not: []string{";"}},
	}
	for _, tt := range tests {
		got := strings.ReplaceAll((&generate.TagError{Tag: tt.tag}).Text(tt.lang), "\u00a0", " ")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %v: %q lacks %q", tt.tag, tt.lang, got, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%s %v: %q has %q", tt.tag, tt.lang, got, n)
			}
		}
	}
}
