// Command checkfolder checks every image of a folder against a palette file
// in parallel and prints a table of role shares, as a design tool's batch
// panel would.
//
//	go run ./examples/checkfolder brand.json ./banners
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/measure"
)

func main() {
	if len(os.Args) != 3 {
		log.Fatal("usage: checkfolder PALETTE.json FOLDER")
	}
	pf, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	p, err := palette.Read(pf)
	pf.Close()
	if err != nil {
		log.Fatal(err)
	}
	m, err := measure.New(p, measure.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// One worker per core; results still come in the folder's order.
	e, err := check.New(check.Options{Measurer: m, Rule: p.RuleOrDefault()})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%-32s %8s %9s %7s %8s %5s  %s\n", "image", "primary", "secondary", "accent", "neutral", "off", "verdict")
	sum, err := e.Run(context.Background(), []string{os.Args[2]}, func(r check.Result) {
		name := filepath.Base(r.File)
		switch {
		case r.Skipped != "":
			fmt.Printf("%-32s %s\n", name, r.Skipped)
		case r.Err != nil:
			fmt.Printf("%-32s %s\n", name, r.Err)
		default:
			s, verdict := r.Measure.Shares, "pass"
			if len(r.Problems) > 0 {
				verdict = r.Problems[0]
			}
			fmt.Printf("%-32s %7.1f%% %8.1f%% %6.1f%% %7.1f%% %4.1f%%  %s\n", name,
				100*s.Primary, 100*s.Secondary, 100*s.Accent, 100*s.Neutral, 100*s.Off, verdict)
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sum)
}
