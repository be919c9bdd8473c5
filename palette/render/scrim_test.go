package render

import (
	"image"
	"image/draw"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/lucasb-eyer/go-colorful"
)

// TestScrim puts the text across a black and a white half, where no colour
// can reach even 3:1 everywhere: a panel must go behind it, and the text must
// then pass on the panel.
func TestScrim(t *testing.T) {
	p, err := palette.Read(strings.NewReader(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`))
	if err != nil {
		t.Fatal(err)
	}
	pr, _ := CustomPreset(800, 300)
	f, _ := loadFonts(nil)
	b := &banner{p: p, preset: pr, layout: Bands, o: Options{Title: "Acme outils", Tagline: "Des outils qui durent"}, fonts: f,
		rule: p.RuleOrDefault(), accent: palette.Quantize(p.Accent.Color),
		texts: []colorful.Color{palette.Quantize(p.Neutral[0].Color), palette.Quantize(p.Neutral[1].Color), contrast.Black, contrast.White}}
	img := image.NewRGBA(image.Rect(0, 0, 800, 300))
	draw.Draw(img, image.Rect(0, 0, 800, 150), uniform(contrast.Black), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(0, 150, 800, 300), uniform(contrast.White), image.Point{}, draw.Src)
	rep := &Report{}
	if err := b.drawTexts(img, plan{text: image.Rect(40, 40, 760, 260)}, rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Notes) == 0 || !rep.Texts[0].Scrim {
		t.Fatalf("no scrim: %+v", rep)
	}
	for _, tx := range rep.Texts {
		if tx.MinContrast < tx.Need {
			t.Errorf("%s: %.2f:1 on the scrim, needs %g", tx.Role, tx.MinContrast, tx.Need)
		}
	}
}
