// Command generate is what a design tool would write to start a brand from a
// few words: it generates ranked palettes from colour-psychology tags and
// prints the best one as a hueprint palette file, with the alternatives'
// primaries and scores on stderr.
//
//	go run ./examples/generate trust tech > brand.json
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
)

func main() {
	tags := os.Args[1:]
	if len(tags) == 0 {
		tags = []string{"trust", "tech"}
	}
	cands, err := generate.Generate(generate.Options{Tags: tags, Variants: 3, Seed: 1})
	if err != nil {
		log.Fatal(err)
	}
	for i, c := range cands {
		p := c.Palette
		text := contrast.BestText(p.Primary.Color, p.Neutral[0].Color, p.Neutral[1].Color)
		fmt.Fprintf(os.Stderr, "#%d score %.3f %-13s primary %s (%s), text %s at %.1f:1\n",
			i+1, c.Score, c.Harmony, p.Primary.Hex(), p.Primary.Name, palette.Hex(text), contrast.Ratio(text, p.Primary.Color))
	}
	if err := palette.Write(os.Stdout, cands[0].Palette); err != nil {
		log.Fatal(err)
	}
}
