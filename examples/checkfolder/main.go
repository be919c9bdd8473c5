// Command checkfolder checks every image of a folder against a palette file
// and prints a table of role shares, as a design tool's batch panel would.
//
//	go run ./examples/checkfolder brand.json ./banners
package main

import (
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
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
	fmt.Printf("%-32s %8s %9s %7s %8s %5s  %s\n", "image", "primary", "secondary", "accent", "neutral", "off", "verdict")
	err = filepath.WalkDir(os.Args[2], func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !imagefile.HasImageExt(path) {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		img, _, err := imagefile.Decode(f, imagefile.Options{})
		if err != nil {
			fmt.Printf("%-32s %s\n", filepath.Base(path), err)
			return nil
		}
		r := m.Measure(img)
		s, verdict := r.Shares, "pass"
		if probs := r.Problems(p.RuleOrDefault()); len(probs) > 0 {
			verdict = probs[0].String()
		}
		fmt.Printf("%-32s %7.1f%% %8.1f%% %6.1f%% %7.1f%% %4.1f%%  %s\n", filepath.Base(path),
			100*s.Primary, 100*s.Secondary, 100*s.Accent, 100*s.Neutral, 100*s.Off, verdict)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}
