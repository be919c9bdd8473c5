// Command socialkit renders a palette on every social-media preset and a
// palette card, as a design tool's export panel would, and prints what it
// checked: the 60-30-10 shares of each render and the worst text contrast.
//
//	go run ./examples/socialkit brand.json kit/
package main

import (
	"fmt"
	"image"
	"image/png"
	"log"
	"os"
	"path/filepath"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/render"
)

func save(path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	if len(os.Args) != 3 {
		log.Fatal("usage: socialkit PALETTE.json OUTDIR")
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	p, err := palette.Read(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	dir := os.Args[2]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, pr := range render.Presets() {
		img, rep, err := render.Banner(p, pr, render.Options{Tagline: "Sample tagline", CTA: "Learn more"})
		if err != nil {
			log.Fatal(err)
		}
		save(filepath.Join(dir, pr.Name+".png"), img)
		worst := 21.0
		for _, t := range rep.Texts {
			worst = min(worst, t.MinContrast)
		}
		fmt.Printf("%-19s pass %-5v primary %4.1f%%  worst text contrast %.2f:1\n",
			pr.Name, rep.Pass, 100*rep.Shares.Relative(palette.Primary), worst)
	}
	card, err := render.Swatch(p, render.SwatchOptions{})
	if err != nil {
		log.Fatal(err)
	}
	save(filepath.Join(dir, "card.png"), card)
}
