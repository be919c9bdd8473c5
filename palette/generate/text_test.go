package generate_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

// TestWriteText: one card per candidate, headed "Variant i of n" when there
// are several, each colour with its hex and swatch, in the reader's
// language; write errors are returned.
func TestWriteText(t *testing.T) {
	cands, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}, Variants: 2})
	if err != nil || len(cands) != 2 {
		t.Fatalf("%d candidates, %v", len(cands), err)
	}
	tests := []struct {
		name  string
		cands []generate.Candidate
		lang  psych.Lang
		mark  func(colorful.Color) string
		want  []string
		not   []string
	}{
		{name: "one", cands: cands[:1], lang: psych.English, want: []string{"Palette \"", "— harmony ", "  primary      " + cands[0].Palette.Primary.Hex(), "  rule         "}, not: []string{"Variant"}},
		{name: "variants", cands: cands, lang: psych.English, want: []string{"Variant 1 of 2", "\n\nVariant 2 of 2", cands[1].Palette.Primary.Hex()}},
		{name: "french", cands: cands[:1], lang: psych.French, want: []string{"Palette «", "harmonie ", "règle"}},
		{name: "swatches", cands: cands[:1], lang: psych.English, mark: func(c colorful.Color) string { return "[" + palette.Hex(c) + "]" },
			want: []string{"[" + cands[0].Palette.Accent.Hex() + "]" + cands[0].Palette.Accent.Hex()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := generate.WriteText(&b, tt.cands, tt.lang, tt.mark); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("missing %q in\n%s", w, b.String())
				}
			}
			for _, w := range tt.not {
				if strings.Contains(b.String(), w) {
					t.Errorf("unexpected %q in\n%s", w, b.String())
				}
			}
		})
	}
	if err := generate.WriteText(errWriter{}, cands, psych.English, nil); err == nil {
		t.Error("a write error is not returned")
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func ExampleWriteText() {
	cands, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	generate.WriteText(os.Stdout, cands, psych.English, nil)
	// Output:
	// Palette "trust, tech" — harmony from the tags, style balanced, score 0.917
	//   primary      #1652b9  blue
	//                blue: trust (tags trust, tech)
	//                text #f1f8ff 6.67:1 AA
	//   secondary[0] #eedbff  pale violet
	//                a pale tint for panels, cards and large surfaces; brings the tag tech; violet: elegance, mystery, spirituality (tags tech)
	//                text #161d29 13.05:1 AAA
	//   accent       #ff9000  orange
	//                call to action, about 10 %: a pairing designers use with blue (+160°); stands out from the primary by 63 ΔE00; label #161d29 at 7.4:1; orange: warmth, friendliness, enthusiasm
	//                text #161d29 7.44:1 AAA
	//   neutral[0]   #161d29  charcoal
	//                dark neutral for text: 15.8:1 on the light neutral (AAA)
	//                text #f1f8ff 15.79:1 AAA
	//   neutral[1]   #f1f8ff  off-white
	//                light neutral for backgrounds and for text on dark colours
	//                text #161d29 15.79:1 AAA
	//   rule         60/30/10 ± 5 points, at most 10 % off-palette
}

// TestWriteJSON: one palette is the palette file; several are one per line,
// and each reads back, through palette.SelectVariant, as the palette
// written.
func TestWriteJSON(t *testing.T) {
	cands, err := generate.Generate(generate.Options{Tags: []string{"kids"}, Variants: 3})
	if err != nil || len(cands) < 2 {
		t.Fatalf("%d candidates, %v", len(cands), err)
	}
	for _, n := range []int{1, len(cands)} {
		var b strings.Builder
		if err := generate.WriteJSON(&b, cands[:n]); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			want, _ := palette.Marshal(cands[0].Palette)
			if b.String() != string(want) {
				t.Errorf("one palette:\n%s\nwant the palette file\n%s", b.String(), want)
			}
		} else if lines := strings.Count(b.String(), "\n"); lines != n {
			t.Errorf("%d palettes on %d lines", n, lines)
		}
		for i := range n {
			data, count, err := palette.SelectVariant([]byte(b.String()), i+1)
			if err != nil || (n > 1 && count != n) {
				t.Fatalf("variant %d of %d: count %d, %v", i+1, n, count, err)
			}
			p, err := palette.Unmarshal(data)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := p.Primary.Hex()+p.Accent.Hex(), cands[i].Palette.Primary.Hex()+cands[i].Palette.Accent.Hex(); got != want {
				t.Errorf("variant %d reads back as %s, want %s", i+1, got, want)
			}
		}
	}
	if err := generate.WriteJSON(errWriter{}, cands); err == nil {
		t.Error("a write error is not returned")
	}
}

func ExampleWriteJSON() {
	cands, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}, Variants: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	generate.WriteJSON(&b, cands)
	data, count, _ := palette.SelectVariant([]byte(b.String()), 2)
	p, _ := palette.Unmarshal(data)
	fmt.Println(count, p.Primary.Hex() == cands[1].Palette.Primary.Hex())
	// Output: 2 true
}
