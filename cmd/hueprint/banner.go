package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
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
	format := newFormatFlag(formatText, formatJSON)
	fs.Var(format, "format", "output `format` of the report: text or json")
	paletteFile := fs.String("palette", "", "the palette `FILE` (required)")
	paletteVariant := fs.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
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
	var simulate cvd.Kind
	fs.TextVar(&simulate, "simulate", cvd.Kind(0), "draw the PNG as seen with a colour-vision `DEFICIENCY`, captioned as such: protanopia, deuteranopia, tritanopia, achromatopsia")
	fs.Lookup("simulate").DefValue = "" // no simulation: no "(default Kind(0))" in the help
	severity := fs.Float64("cvd-severity", 1, "deficiency severity, more than 0 up to 1, with --simulate")
	langp := langFlag(fs, "the default headline")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !(*severity > 0 && *severity <= 1) {
		return usageError(stderr, "banner", fmt.Sprintf("--cvd-severity %v: want more than 0, up to 1 (severity 0 simulates nothing)", *severity))
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "banner", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *list {
		return listPresets(stdout, format.value)
	}
	if *paletteFile == "" {
		return usageError(stderr, "banner", "--palette FILE is required")
	}
	var presets []render.Preset
	switch {
	case *size != "":
		w, h, ok := parseSize(*size)
		if !ok {
			return usageError(stderr, "banner", fmt.Sprintf("--size %q: want WxH in pixels, e.g. 1200x630", *size))
		}
		pr, err := render.CustomPreset(w, h)
		if err != nil {
			return usageError(stderr, "banner", err.Error())
		}
		presets = []render.Preset{pr}
	case *presetName == "all":
		presets = render.Presets()
	default:
		pr, ok := render.PresetByName(*presetName)
		if !ok {
			var names []string
			for _, p := range render.Presets() {
				names = append(names, p.Name)
			}
			return usageError(stderr, "banner", fmt.Sprintf("unknown preset %q%s: want %s or all", *presetName, didYouMean(*presetName, names), strings.Join(names, ", ")))
		}
		presets = []render.Preset{pr}
	}
	if len(presets) > 1 && *outDir == "" {
		return usageError(stderr, "banner", "--preset all writes many files: give --out-dir DIR")
	}
	if len(presets) == 1 && *outDir != "" && *out == "" {
		*out = filepath.Join(*outDir, presets[0].Name+".png")
	}
	p, err := readPaletteVariant(*paletteFile, *paletteVariant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	o := render.Options{Title: *title, Tagline: *tagline, CTA: *cta, Layout: *layout, Lang: *langp}
	if *fontFile != "" {
		o.Font, err = fileutil.ReadLimited(*fontFile, 32<<20)
		if err != nil {
			fmt.Fprintf(stderr, "hueprint: --font: %v\n", err)
			return exitUsage
		}
	}
	if *logoFile != "" {
		if o.Logo, err = readLogo(*logoFile); err != nil {
			fmt.Fprintf(stderr, "hueprint: --logo: %v\n", err)
			return exitUsage
		}
	}
	inputs := []string{*paletteFile, *fontFile, *logoFile}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "hueprint: --out-dir: %v\n", err)
			return exitUsage
		}
	}
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
		var meta []render.PNGText
		if simulate != 0 {
			sim := render.Simulation{Kind: simulate, Severity: *severity, Lang: *langp}
			if img, err = render.Simulate(img, sim, o.Font); err != nil {
				return usageError(stderr, "banner", err.Error())
			}
			meta = sim.PNGText()
		}
		file, code := writePNG(img, dest, inputs, format.value == formatJSON, stdout, stderr, "banner", meta...)
		if code != exitOK {
			return code
		}
		if file == "-" {
			continue // the PNG went to stdout: no report there
		}
		if format.value == formatJSON {
			rep.File = file
			b, err := json.Marshal(rep)
			if err != nil {
				fmt.Fprintf(stderr, "hueprint: %s: %v\n", file, err)
				return exitUsage
			}
			w.Write(append(b, '\n'))
			continue
		}
		writeBannerText(w, file, rep, *langp)
	}
	return status
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
	if dest == "" || dest == "-" {
		if reportOnStdout {
			return "", usageError(stderr, cmd, "--format json prints the report on stdout: write the PNG with -o FILE")
		}
		if dest == "" && useColorTerminal(stdout) {
			fmt.Fprintln(stderr, "hueprint: refusing to write PNG to a terminal")
			fmt.Fprintln(stderr, "hueprint: hint: use -o FILE.png, or -o - to force it")
			return "", exitUsage
		}
		if err := render.EncodePNG(stdout, img, meta...); err != nil {
			return "", failOutput(stdout, stderr, fmt.Errorf("writing PNG: %w", err))
		}
		return "-", exitOK
	}
	for _, in := range inputs {
		if in != "" && in != "-" && sameFile(in, dest) {
			return "", usageError(stderr, cmd, fmt.Sprintf("-o %s would overwrite an input", dest))
		}
	}
	err := writeFileAtomic(dest, func(f *os.File) error {
		bw := bufio.NewWriter(f)
		if err := render.EncodePNG(bw, img, meta...); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: writing %s: %v\n", dest, err)
		return "", exitUsage
	}
	return dest, exitOK
}

// useColorTerminal reports whether w is a terminal, whatever NO_COLOR says.
func useColorTerminal(w io.Writer) bool {
	f, ok := file(w)
	return ok && isTerminal(f)
}

func writeBannerText(w io.Writer, file string, rep *render.Report, lang psych.Lang) {
	s := rep.Shares
	verdict := psych.T(lang, "banner.passes")
	if !rep.Pass {
		verdict = psych.T(lang, "banner.fails")
	}
	p := func(f float64) string {
		if lang == psych.English {
			return pct(f)
		}
		return psych.Percent(lang, f, 1)
	}
	layout := rep.Layout
	if k := "layout." + layout; psych.Has(k) {
		layout = psych.T(lang, k)
	}
	fmt.Fprintln(w, psych.T(lang, "banner.line", file, rep.Preset.Name, rep.Width, rep.Height, layout,
		p(s.Relative(palette.Primary)), p(s.Relative(palette.Secondary)), p(s.Relative(palette.Accent)), verdict))
	for _, t := range rep.Texts {
		size := psych.T(lang, "banner.normal")
		if t.Large {
			size = psych.T(lang, "banner.large")
		}
		role := t.Role
		if k := "banner.role." + role; psych.Has(k) {
			role = psych.T(lang, k)
		}
		fmt.Fprintln(w, psych.T(lang, "banner.text", role, palette.Hex(t.Color), psych.Num(lang, t.SizePx, 0), size, psych.Num(lang, t.MinPx, 0),
			psych.Ratio(lang, t.MinContrast), psych.Num(lang, t.Need, -1)+":1", t.Text))
	}
	if l := rep.Logo; l != nil {
		plate := ""
		if l.Plate {
			plate = psych.T(lang, "banner.plate", palette.Hex(l.PlateColor))
		}
		fmt.Fprintln(w, psych.T(lang, "banner.logo", l.Box.Dx(), l.Box.Dy(), l.Box.Min.X, l.Box.Min.Y, plate))
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(w, psych.T(lang, "banner.note", n))
	}
}

func listPresets(stdout io.Writer, format outputFormat) int {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for _, p := range render.Presets() {
		if format == formatJSON {
			b, _ := json.Marshal(struct {
				Name    string `json:"name"`
				Title   string `json:"title"`
				Width   int    `json:"width"`
				Height  int    `json:"height"`
				Safe    [4]int `json:"safe"`
				Layout  string `json:"layout"`
				Source  string `json:"source"`
				Checked string `json:"checked"`
			}{p.Name, p.Title, p.Width, p.Height, [4]int{p.Safe.Min.X, p.Safe.Min.Y, p.Safe.Dx(), p.Safe.Dy()}, p.Layout, p.Source, p.Checked})
			w.Write(append(b, '\n'))
			continue
		}
		fmt.Fprintf(w, "%-19s %4dx%-4d safe %dx%d at %d,%d  %-8s %s\n", p.Name, p.Width, p.Height, p.Safe.Dx(), p.Safe.Dy(), p.Safe.Min.X, p.Safe.Min.Y, p.Layout, p.Title)
	}
	if format != formatJSON {
		fmt.Fprintf(w, "Sizes and safe zones checked %s; 'hueprint banner --list --format json' gives each source.\n", render.Presets()[0].Checked)
	}
	return exitOK
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
	paletteFile := fs.String("palette", "", "the palette `FILE` (required)")
	paletteVariant := fs.Int("variant", 1, "which palette of a file of several (one per line, from palette --variants) to read, from 1")
	out := fs.StringP("output", "o", "", "write the PNG to `FILE` (- for stdout)")
	width := fs.Int("width", 1200, "card width in pixels")
	fontFile := fs.String("font", "", "a TrueType or OpenType `FILE` for the text")
	var simulate cvd.Kind
	fs.TextVar(&simulate, "simulate", cvd.Kind(0), "draw the card as seen with a colour-vision `DEFICIENCY`: protanopia, deuteranopia, tritanopia, achromatopsia")
	fs.Lookup("simulate").DefValue = "" // no simulation: no "(default Kind(0))" in the help
	severity := fs.Float64("cvd-severity", 1, "deficiency severity, more than 0 up to 1, with --simulate")
	langp := langFlag(fs, "the card's labels")
	if code, done := parseFlags(fs, args, stderr); done {
		return code
	}
	if !(*severity > 0 && *severity <= 1) {
		return usageError(stderr, "swatch", fmt.Sprintf("--cvd-severity %v: want more than 0, up to 1 (severity 0 simulates nothing)", *severity))
	}
	if fs.NArg() > 0 {
		return usageError(stderr, "swatch", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *paletteFile == "" {
		return usageError(stderr, "swatch", "--palette FILE is required")
	}
	p, err := readPaletteVariant(*paletteFile, *paletteVariant, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	o := render.SwatchOptions{Width: *width, Lang: *langp}
	if *fontFile != "" {
		if o.Font, err = fileutil.ReadLimited(*fontFile, 32<<20); err != nil {
			fmt.Fprintf(stderr, "hueprint: --font: %v\n", err)
			return exitUsage
		}
	}
	var meta []render.PNGText
	if simulate != 0 {
		o.Simulate = &render.Simulation{Kind: simulate, Severity: *severity, Lang: *langp}
		meta = o.Simulate.PNGText()
	}
	img, err := render.Swatch(p, o)
	if err != nil {
		fmt.Fprintf(stderr, "hueprint: %v\n", err)
		return exitUsage
	}
	file, code := writePNG(img, *out, []string{*paletteFile, *fontFile}, false, stdout, stderr, "swatch", meta...)
	if code == exitOK && file != "-" {
		fmt.Fprintln(stdout, psych.T(*langp, "swatch.done", file, img.Bounds().Dx(), img.Bounds().Dy()))
	}
	return code
}
