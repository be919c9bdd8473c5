package scheme_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
)

func brandPalette() *palette.Palette {
	return &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#0057ae")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#b8eee9")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#ff9d00")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#121e2b")}, {Color: palette.MustParseColor("#f1f8ff")}},
	}
}

func ExampleNew() {
	s, err := scheme.New(brandPalette(), scheme.Options{})
	if err != nil {
		panic(err)
	}
	for _, r := range []scheme.Role{scheme.Background, scheme.OnBackground, scheme.Primary, scheme.OnPrimary} {
		fmt.Printf("%-14s light %s  dark %s\n", r, s.Light.Hex(r), s.Dark.Hex(r))
	}
	fmt.Printf("on-primary on primary: %.2f:1 light, %.2f:1 dark\n",
		contrast.Ratio(s.Light[scheme.OnPrimary], s.Light[scheme.Primary]), contrast.Ratio(s.Dark[scheme.OnPrimary], s.Dark[scheme.Primary]))
	// Output:
	// background     light #f1f8ff  dark #0c121a
	// on-background  light #121e2b  dark #f1f8ff
	// primary        light #0057ae  dark #5b9aeb
	// on-primary     light #f5fbff  dark #111b28
	// on-primary on primary: 6.77:1 light, 6.00:1 dark
}

func ExampleNote_Text() {
	p := brandPalette()
	p.Primary.Color = palette.MustParseColor("#ffd1dc") // pale pink: 1.3:1 on the page
	s, _ := scheme.New(p, scheme.Options{})
	for _, n := range s.Notes {
		fmt.Println(n.Text(psych.English))
		fmt.Println(n.Text(psych.French))
	}
	// Output:
	// light: primary #ffd1dc reaches only 1.27:1 on the background (#f1f8ff), under the 3.00:1 it needs (WCAG 2.2); #af848f, the nearest passing tone of the same hue, is used instead
	// clair : la couleur principale #ffd1dc n'atteint que 1,27:1 sur le fond (#f1f8ff), sous les 3,00:1 requis (WCAG 2.2) ; #af848f, le ton conforme le plus proche de même teinte, le remplace
}

func ExamplePairs() {
	for _, pr := range scheme.Pairs()[:3] {
		fmt.Printf("%s on %s ≥ %.1f:1\n", pr.FG, pr.BG, pr.Min)
	}
	// Output:
	// on-background on background ≥ 4.5:1
	// on-surface on surface ≥ 4.5:1
	// on-surface-muted on surface ≥ 4.5:1
}

func ExampleCheck() {
	p := brandPalette()
	s, _ := scheme.New(p, scheme.Options{})
	fmt.Println(scheme.Check(s, p))
	s.Dark[scheme.OnSurface] = s.Dark[scheme.Surface] // break it
	fmt.Println(scheme.Check(s, p) != nil)
	// Output:
	// <nil>
	// true
}

func ExamplePreview() {
	s, _ := scheme.New(brandPalette(), scheme.Options{})
	var page bytes.Buffer
	if err := scheme.Preview(&page, s, scheme.PreviewOptions{Name: "Acme", Lang: psych.French}); err != nil {
		panic(err)
	}
	fmt.Println(strings.Contains(page.String(), `<html lang="fr"`), strings.Contains(page.String(), "http://"), strings.Contains(page.String(), "https://"))
	// Output: true false false
}
