package main

import (
	"fmt"
	"image"
	"io"
	"os"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/hueprint/hueprint/palette/imagefile"
)

const extractUsage = `Usage: hueprint extract [--colors N] [--keep-background] [--format text|json] IMAGE

List the dominant colours of an image, most dominant first, with their share
of the opaque pixels and a brand score that prefers chromatic, distinctive
colours over large dull areas; the best-scoring one is marked as the brand
colour. A flat background around a logo (white, black, any flat colour or
transparency) is detected from the image's border and reported apart unless
--keep-background. Large images are sampled on a grid (about 262,000 pixels)
before clustering in OKLab, so photos take about the time of decoding them.

JSON: {"file":…,"colors":[{"hex":…,"share":…,"score":…},…],"brand":"#rrggbb",
       "background":{"hex":…,"share":…}|null,"transparent_background":b}

Examples:
  $ hueprint extract logo.png
  $ hueprint palette --from-image logo.png --tags tech
`

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", extractUsage, stdout)
	format := formatVar(fs, "output `format`: text or json", formatText, formatJSON)
	colors := fs.Int("colors", extract.DefaultColors, "at most `N` colours")
	keep := fs.Bool("keep-background", false, "count the background as a colour")
	maxPixels := fs.Int64("max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	langp := langFlag(fs, "names and labels")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	lang := *langp
	if fs.NArg() != 1 {
		return usageError(stderr, "extract", fmt.Sprintf("want one IMAGE, got %d arguments", fs.NArg()))
	}
	if *colors < 1 || *colors > 64 {
		return usageError(stderr, "extract", fmt.Sprintf("--colors %d: want 1 to 64", *colors))
	}
	path := fs.Arg(0)
	img, err := decodeImageFile(path, *maxPixels)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	res, err := extract.Extract(img, extract.Options{Colors: *colors, KeepBackground: *keep})
	if err != nil {
		return fail(stderr, "%s: %v", path, err)
	}
	return emitTextOrJSON(stdout, stderr, *format, lang, extract.Report{File: path, Result: res}, func(w io.Writer, o palette.TextOptions) error {
		return res.WriteText(w, *keep, o)
	})
}

// decodeImageFile opens and decodes an image with the safe decoder.
func decodeImageFile(path string, maxPixels int64) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file itself, seekable: a JPEG's scans are counted before decoding.
	img, _, err := imagefile.Decode(f, imagefile.Options{MaxPixels: maxPixels})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}
