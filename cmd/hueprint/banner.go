package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/palette/fileutil"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/render"
)

const bannerUsage = `Usage: hueprint banner --palette FILE [--preset NAME | --size WxH] [flags] -o FILE.png
       hueprint banner --palette FILE --preset all --out-dir DIR [flags]
       hueprint banner --list

Render the palette on a social-media format: about 60 % primary, 30 %
secondary (every secondary of the palette drawn) and 10 % accent, with a
headline, an optional tagline, an optional call-to-action button on the
accent and an optional logo, inside the format's safe zone. Each format gets
a layout for its shape: wide banners put the secondary colours in a panel
beside the text, squares, portraits and stories in bands under it; profile
pictures carry the mark only (the logo, or the brand's initials).

Type never goes under a floor that scales with the safe zone (the title 7 %
of its smaller side, tagline and button 3.5 %, never under 16 px); copy that
cannot fit at the floor is refused, naming the text and the room (exit 2;
with --preset all the other formats are still written). Text colours are
chosen from the palette's neutrals for the worst contrast measured on the
pixels under each text (WCAG AA: 4.5:1, or 3:1 for large text); where none
passes, a neutral panel goes behind the text. The logo (PNG, or another
raster format hueprint reads; not SVG) gets a neutral plate when it
contrasts less than 3:1 with the artwork, and its pixels are left out of the
60-30-10 measurement. Characters the font cannot draw (emoji, say) are left
out with a warning on stderr.

The PNG goes to -o FILE (written atomically), to stdout with -o -, or to
stdout when it is not a terminal. --format json prints what was drawn:
  {"file","preset","width","height","layout","shares":{…},"pass",
   "texts":[{"role":"title"|"tagline"|"cta","text","box":[x,y,w,h],
   "size_px","color","large","need","min_contrast","scrim","min_px",
   "preferred_px","reduced"}],"logo":{"box":[x,y,w,h],"plate",
   "plate_color","share"}|null,"missing_glyphs":[{"role","char","code"}],
   "notes":[…]}

Examples:
  $ hueprint banner --palette brand.json --preset x-header --title "Acme" \
      --tagline "Des outils qui durent" --cta "Découvrir" --logo logo.png -o x.png
  $ hueprint banner --palette brand.json --preset all --out-dir kit/ --title Acme
  $ hueprint banner --list
`

func runBanner(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("banner", bannerUsage, stdout)
	format := formatVar(fs, "output `format` of the report: text or json", formatText, formatJSON)
	in := addPaletteFlags(fs, "the palette `FILE` (required)")
	presetName := fs.String("preset", "x-header", "the format `NAME`, or all (see --list)")
	size := fs.String("size", "", "a custom size `WxH` in pixels instead of a preset")
	layout := fs.String("layout", "", "`LAYOUT`: diagonal, bands, blocks, circle or mark (default: the preset's)")
	title := fs.String("title", "", "the headline `TEXT` (default: the palette's name)")
	tagline := fs.String("tagline", "", "an optional second line of `TEXT`")
	cta := fs.String("cta", "", "an optional call-to-action button `TEXT`")
	fontFile := fs.String("font", "", "a TrueType or OpenType `FILE` for the text (default: the embedded Go fonts)")
	logoFile := fs.String("logo", "", "the brand's logo, a PNG `FILE` (transparent background preferred)")
	out := fs.StringP("output", "o", "", "write the PNG to `FILE` (- for stdout)")
	outDir := fs.String("out-dir", "", "with --preset all: write one PNG per preset to `DIR`")
	list := fs.Bool("list", false, "list the presets with their sizes, safe zones and sources")
	sim := addSimulateFlags(fs, "draw the PNG as seen with a colour-vision `DEFICIENCY`, captioned as such: protanopia, deuteranopia, tritanopia, achromatopsia")
	langp := langFlag(fs, "the default headline")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if code, done := sim.check("banner", stderr); done {
		return code
	}
	if code, done := noArgs(fs, stderr, ""); done {
		return code
	}
	if *list {
		return emit(stdout, stderr, func(w io.Writer) error { return render.WritePresets(w, *format == formatJSON) })
	}
	if in.file == "" {
		return usageError(stderr, "banner", "--palette FILE is required")
	}
	presets, msg := choosePresets(*size, *presetName)
	if msg != "" {
		return usageError(stderr, "banner", msg)
	}
	if len(presets) > 1 && *outDir == "" {
		return usageError(stderr, "banner", "--preset all writes many files: give --out-dir DIR")
	}
	if len(presets) == 1 && *outDir != "" && *out == "" {
		*out = filepath.Join(*outDir, presets[0].Name+".png")
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	o := render.Options{Title: *title, Tagline: *tagline, CTA: *cta, Lang: *langp, Simulate: sim.simulation(*langp)}
	if o.Font, err = readFont(*fontFile); err != nil {
		return fail(stderr, "--font: %v", err)
	}
	if *logoFile != "" {
		if o.Logo, err = readLogo(*logoFile); err != nil {
			return fail(stderr, "--logo: %v", err)
		}
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return fail(stderr, "--out-dir: %v", err)
		}
	}
	if err := o.Layout.UnmarshalText([]byte(*layout)); err != nil {
		return fail(stderr, "%s: %v", presets[0].Name, err) // as render.Banner said it
	}
	inputs := []string{in.file, *fontFile, *logoFile}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := exitOK
	warned := map[render.MissingGlyph]bool{}
	for _, pr := range presets {
		dest := *out
		if len(presets) > 1 {
			dest = filepath.Join(*outDir, pr.Name+".png")
		}
		img, rep, err := render.Banner(p, pr, o)
		if err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "hueprint: %s: %v\n", pr.Name, err)
			if errors.Is(err, render.ErrTextDoesNotFit) {
				fmt.Fprintln(stderr, "hueprint: hint: shorten the texts or choose a larger preset")
				if len(presets) > 1 {
					status = exitUsage // the other presets are still written
					continue
				}
			}
			return exitUsage
		}
		for _, m := range rep.Missing {
			if !warned[m] {
				warned[m] = true
				fmt.Fprintf(stderr, "hueprint: warning: the font has no glyph for %q (U+%04X) in the %s; it is left out\n", string(m.Rune), m.Rune, m.Role)
			}
		}
		file, code := writePNG(img, dest, inputs, *format == formatJSON, stdout, stderr, "banner", pngText(o.Simulate)...)
		switch {
		case code != exitOK:
			return code
		case file == "-":
			continue // the PNG went to stdout: no report there
		}
		rep.File = file
		if *format == formatJSON {
			if err := writeJSONLine(w, rep); err != nil {
				return fail(stderr, "%s: %v", file, err)
			}
			continue
		}
		rep.WriteText(w, *langp) // run reports a write error
	}
	return status
}

// choosePresets returns the presets --size and --preset name, or the
// message of a usage error.
func choosePresets(size, name string) ([]render.Preset, string) {
	switch {
	case size != "":
		w, h, ok := parseSize(size)
		if !ok {
			return nil, fmt.Sprintf("--size %q: want WxH in pixels, e.g. 1200x630", size)
		}
		pr, err := render.CustomPreset(w, h)
		if err != nil {
			return nil, err.Error()
		}
		return []render.Preset{pr}, ""
	case name == "all":
		return render.Presets(), ""
	}
	pr, ok := render.PresetByName(name)
	if !ok {
		var names []string
		for _, p := range render.Presets() {
			names = append(names, p.Name)
		}
		return nil, fmt.Sprintf("unknown preset %q%s: want %s or all", name, didYouMean(name, names), strings.Join(names, ", "))
	}
	return []render.Preset{pr}, ""
}

// readFont reads a --font file, at most 32 MiB; nil for "".
func readFont(path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	return fileutil.ReadLimited(path, 32<<20)
}

// readLogo reads and decodes a logo file: PNG or another raster format
// imagefile reads, within its pixel limit. SVG is refused with a hint.
func readLogo(path string) (image.Image, error) {
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		return nil, fmt.Errorf("%s: SVG is not supported: want a PNG, e.g. exported from the SVG at 1000 px wide", path)
	}
	data, err := fileutil.ReadLimited(path, 64<<20)
	if err != nil {
		return nil, err
	}
	img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
	if err != nil {
		if t := bytes.TrimSpace(data); bytes.HasPrefix(t, []byte("<")) {
			return nil, fmt.Errorf("%s: looks like SVG or XML, which is not supported: want a PNG", path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

func parseSize(s string) (int, int, bool) {
	a, b, ok := strings.Cut(strings.ToLower(s), "x")
	if !ok {
		return 0, 0, false
	}
	w, err1 := strconv.Atoi(strings.TrimSpace(a))
	h, err2 := strconv.Atoi(strings.TrimSpace(b))
	return w, h, err1 == nil && err2 == nil
}

// writePNG writes img to dest: a file (atomically), "-" for stdout, or ""
// for stdout when it is not a terminal. It refuses to overwrite an input.
// It returns the name written ("-" for stdout).
// meta goes into the PNG's text chunks.
func writePNG(img image.Image, dest string, inputs []string, reportOnStdout bool, stdout, stderr io.Writer, cmd string, meta ...render.PNGText) (string, int) {
	switch {
	case (dest == "" || dest == "-") && reportOnStdout:
		return "", usageError(stderr, cmd, "--format json prints the report on stdout: write the PNG with -o FILE")
	case dest == "" && useColorTerminal(stdout):
		fmt.Fprintln(stderr, "hueprint: refusing to write PNG to a terminal")
		fmt.Fprintln(stderr, "hueprint: hint: use -o FILE.png, or -o - to force it")
		return "", exitUsage
	case overwrites(dest, inputs...):
		return "", usageError(stderr, cmd, fmt.Sprintf("-o %s would overwrite an input", dest))
	case dest == "":
		dest = "-"
	}
	return dest, emitFile(dest, stdout, stderr, func(w io.Writer) error { return render.EncodePNG(w, img, meta...) })
}

// pngText is the PNG metadata of a render simulated with s, none for nil.
func pngText(s *render.Simulation) []render.PNGText {
	if s == nil {
		return nil
	}
	return s.PNGText()
}

const swatchUsage = `Usage: hueprint swatch --palette FILE [-o FILE.png] [--width PX] [--font FILE]

Draw a palette card: each colour's swatch with its role, name, hex and
reason, the contrast of the palette's text colour on it (AA/AAA badge), and
the rule's 60-30-10 proportions as a bar. The PNG goes to -o FILE (written
atomically), to stdout with -o -, or to stdout when it is not a terminal.

--simulate draws the card as people with a colour-vision deficiency see it:
each swatch is labelled with its true hex and the hex seen, the badges give
the contrast seen, a caption below the card names the deficiency and its
severity, and the PNG's Description text chunk says the same.

Examples:
  $ hueprint swatch --palette brand.json -o card.png
  $ hueprint swatch --palette brand.json --simulate deuteranopia -o card-deutan.png
`

func runSwatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("swatch", swatchUsage, stdout)
	in := addPaletteFlags(fs, "the palette `FILE` (required)")
	out := fs.StringP("output", "o", "", "write the PNG to `FILE` (- for stdout)")
	width := fs.Int("width", 1200, "card width in pixels")
	fontFile := fs.String("font", "", "a TrueType or OpenType `FILE` for the text")
	sim := addSimulateFlags(fs, "draw the card as seen with a colour-vision `DEFICIENCY`: protanopia, deuteranopia, tritanopia, achromatopsia")
	langp := langFlag(fs, "the card's labels")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if code, done := sim.check("swatch", stderr); done {
		return code
	}
	if code, done := noArgs(fs, stderr, ""); done {
		return code
	}
	if in.file == "" {
		return usageError(stderr, "swatch", "--palette FILE is required")
	}
	p, err := in.read(stdin)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	o := render.SwatchOptions{Width: *width, Lang: *langp, Simulate: sim.simulation(*langp)}
	if o.Font, err = readFont(*fontFile); err != nil {
		return fail(stderr, "--font: %v", err)
	}
	img, err := render.Swatch(p, o)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	file, code := writePNG(img, *out, []string{in.file, *fontFile}, false, stdout, stderr, "swatch", pngText(o.Simulate)...)
	if code == exitOK && file != "-" {
		fmt.Fprintln(stdout, psych.T(*langp, "swatch.done", file, img.Bounds().Dx(), img.Bounds().Dy()))
	}
	return code
}
