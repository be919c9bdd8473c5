package palette_test

import (
	"fmt"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
)

// TestColorNameMeasured: names follow the colour's measured OKLCH against
// its family's typical lightness and chroma.
func TestColorNameMeasured(t *testing.T) {
	tests := []struct{ hex, en, fr string }{
		{"#fff200", "vivid yellow", "jaune vif"}, // saturated lemon, OKLCH L 0.93 C 0.19: not pale
		{"#fff7b0", "pale yellow", "jaune pâle"}, // L 0.96 C 0.09
		{"#f3e5c8", "beige", "beige"},            // cream, L 0.92 C 0.04 H 83: not grey
		{"#000080", "navy", "bleu marine"},       // CSS navy
		{"#800020", "burgundy", "bordeaux"},      // burgundy
		{"#1d4ed8", "vivid blue", "bleu vif"},    // reference blue, L 0.49 C 0.21 (typical C 0.18)
		{"#0b1f4d", "navy", "bleu marine"},       // a dark blue is navy
		{"#e4002b", "red", "rouge"},              // the reference red itself
		{"#ff0033", "vivid red", "rouge vif"},    // L 0.63 C 0.255: more chroma than red's typical 0.21
		{"#8fa3b8", "muted blue", "bleu sourd"},  // L 0.71 C 0.04 H 250: greyish, not light enough to be pale
		{"#c9d6ec", "pale blue", "bleu pâle"},    // L 0.87 C 0.03
		{"#4a5a7a", "muted blue", "bleu sourd"},  // L 0.45 C 0.06 H 265
		{"#ffffff", "white", "blanc"},            // CSS white
		{"#111111", "black", "noir"},             // near black
		{"#808080", "grey", "gris"},              // CSS grey
		{"#f5f5f5", "white", "blanc"},            // whitesmoke
	}
	for _, tt := range tests {
		c := palette.MustParseColor(tt.hex)
		if got := palette.ColorName(c, psych.English); got != tt.en {
			t.Errorf("ColorName(%s, en) = %q, want %q", tt.hex, got, tt.en)
		}
		if got := palette.ColorName(c, psych.French); got != tt.fr {
			t.Errorf("ColorName(%s, fr) = %q, want %q", tt.hex, got, tt.fr)
		}
	}
}

func ExampleProblem_Text() {
	s := palette.Shares{Primary: 0.41, Secondary: 0.35, Accent: 0.06, Off: 0.18}
	for _, p := range palette.DefaultRule().Check(s, "#3a7d44") {
		fmt.Printf("%s %s | %q\n", p.Kind, p.Role, p.Text(psych.French))
	}
	// Output:
	// role-share primary | "la couleur principale fait 50\u00a0% des couleurs de marque, 10 points sous sa cible de 60\u00a0% (±5)"
	// role-share secondary | "les couleurs secondaires font 43\u00a0% des couleurs de marque, 13 points au-dessus de leur cible de 30\u00a0% (±5)"
	// off-palette unset | "18\u00a0% de l'image est hors palette, surtout #3a7d44 (au plus 10\u00a0% admis)"
}

func ExampleRule_Text() {
	fmt.Println(palette.DefaultRule().Text(psych.English))
	fmt.Printf("%q\n", palette.Rule{Primary: 0.6, Secondary: 0.3, Accent: 0.1, Tolerance: 0.03, MaxOff: 0.125}.Text(psych.French))
	// Output:
	// 60/30/10 ± 5 points, at most 10 % off-palette
	// "60/30/10 ± 3 points, au plus 12\u00a0% hors palette"
}

func ExampleColored_LabelIn() {
	c := palette.Colored{Role: palette.Secondary, Index: 0}
	fmt.Println(c.LabelIn(psych.English), "|", c.LabelIn(psych.French))
	// Output: secondary[0] | secondaire 1
}

func ExampleGradeText() {
	fmt.Println(palette.GradeText(3.2, psych.English), "|", palette.GradeText(3.2, psych.French))
	// Output: AA large | AA grand texte
}

func ExampleRoleName() {
	fmt.Println(palette.RoleName(palette.Primary, psych.French))
	// Output: principale
}

func ExampleFamilyOf_shades() {
	for _, hex := range []string{"#000080", "#f3e5c8", "#800020"} {
		fmt.Println(hex, palette.FamilyOf(palette.MustParseColor(hex)).ID)
	}
	// Output:
	// #000080 navy
	// #f3e5c8 beige
	// #800020 burgundy
}

func ExampleFamilyOf() {
	fmt.Println(palette.FamilyOf(palette.MustParseColor("#1d4ed8")).ID)
	fmt.Println(palette.FamilyOf(palette.MustParseColor("#8b4513")).ID)
	// Output:
	// blue
	// earth
}

func ExampleColorName() {
	c := palette.MustParseColor("#bfdbfe")
	fmt.Println(palette.ColorName(c, psych.English), "/", palette.ColorName(c, psych.French))
	// Output: pale blue / bleu pâle
}

func ExampleRole_String() {
	for _, r := range palette.Roles() {
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: primary secondary accent neutral
}
