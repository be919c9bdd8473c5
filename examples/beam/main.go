package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/hueprint/hueprint/palette/imagefile"
)

var (
	input     = flag.String("input", "", "text file(s) of image paths or URIs, one per line; a glob is fine")
	paletteF  = flag.String("palette", "", "the palette file (any format hueprint reads), read where the pipeline is launched")
	output    = flag.String("output", "", "output prefix: PREFIX.jsonl (one line per image) and PREFIX-summary.json")
	maxPixels = flag.Int64("max_pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *paletteF == "" || *output == "" {
		log.Fatal("--input, --palette and --output are required")
	}
	ctx := context.Background()
	pal, err := readAll(ctx, *paletteF)
	if err != nil {
		log.Fatalf("--palette: %v", err)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := buildPipeline(s, *input, pal, *paletteF, *output, *maxPixels); err != nil {
		log.Fatal(err)
	}
	if err := beamx.Run(ctx, p); err != nil {
		log.Fatalf("pipeline failed: %v", err)
	}
}
