package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/lucasb-eyer/go-colorful"
)

const paletteUsage = `Usage: hueprint palette --tags TAG[,TAG...] [flags]
       hueprint palette --base COLOR [--tags ...] [flags]

Generate a brand palette the way a brand designer builds one: one primary,
one or two secondaries, one accent and two neutrals (dark text, light
background), each with its reason. Tags are meanings (trust, energy, nature,
luxury …), sectors (tech, finance, kids …), styles (pastel, earthy, deep,
black-and-white …) and colour words (blue/bleu, navy/marine,
burgundy/bordeaux …), in English or French, with the words briefs use
("haut de gamme", bio, hôpital, parfum …); accents, hyphens and spaces are
optional ('hueprint tags' lists them all). A colour word given first sets the
primary; otherwise the first meaning tag is the strongest and the primary
comes from its colour family. Every other tag leaves a trace in a secondary
or the accent (jewellery adds turquoise to luxury, food warms a palette,
coffee adds a brown); a later colour word shows as that colour. An
unknown word gets the tags close to it in meaning and in spelling.

--lang fr writes names and reasons in French (default: HUEPRINT_LANG, else
the locale).

Every palette keeps these guarantees:
  - a neutral text colour passes WCAG AA on the primary, each secondary, the
    accent and the light neutral; the dark neutral passes AAA on the light one;
  - the accent is a real call to action: saturated (OKLCH C >= 0.08, more in
    vivid), between L 0.38 and 0.93 (black or white only when a luxury,
    minimalist or black-and-white brief asks), from the pairings designers
    use (blue -> amber or coral, red -> gold, navy, white or black, green ->
    coral or terracotta, violet -> saffron or mint …), standing out from the
    primary by 25 CIEDE2000 or 3:1, and 15 from each secondary; never an
    unrequested neon, never brown or olive in kids' and vivid palettes;
  - harmonies are what they say (split: the secondary and the accent on the
    two hues either side of the primary's opposite; complementary: the
    opposite hue in a role; triadic: three hues a third of the wheel apart
    or a painter's triad), and the style shapes every role;
  - every two colours are at least 10 CIEDE2000 apart, and generated colours
    at least 20 from --avoid colours; brand colours stay apart for
    protanopia, deuteranopia, tritanopia and achromatopsia;
  - the same flags and --seed give the same palettes.

Brand colours you own are kept verbatim: --base for the primary, --lock
secondary=COLOR and --lock accent=COLOR for the others. When they break a
guarantee, or the base is awkward (neon, grey, white, black), the palette is
still given with a warning naming the guarantee, the measured figure and the
fix 'hueprint audit' would suggest; --strict then exits 1. When --avoid rules
out the obvious family (a competitor's blue for a trust brief), hueprint
takes another family of the tags, then a neighbouring hue, and says which.

--variants N gives N genuinely different palettes (two roles at least 10
CIEDE2000 apart): the first is the palette you get without --variants, the
others follow by score (accent pop, designer pairing, tag traces,
legibility, distinctness, harmony fit, surfaces, distance from --avoid).
--format json writes the palette file that every other command reads
(--variants N > 1: one palette per line; read one with --variant N).

Examples:
  $ hueprint palette --tags trust,tech
  $ hueprint palette --tags confiance,tech --lang fr
  $ hueprint palette --tags "bleu marine,haut de gamme" --lang fr
  $ hueprint palette --tags nature --style black-and-white
  $ hueprint palette --tags trust,finance --avoid '#0057b8'
  $ hueprint palette --base '#0057b8' --lock accent='#d9534f' --tags trust
  $ hueprint palette --tags luxe --format json -o brand.json
  $ hueprint palette --tags kids --variants 5 --format json -o kids.jsonl
  $ hueprint banner --palette kids.jsonl --variant 2 --preset instagram-post -o post.png
  $ hueprint palette --from-image logo.png --tags tech
`

func runPalette(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("palette", paletteUsage, stdout)
	format := formatVar(fs, "output `format`: text or json (the palette file)", formatText, formatJSON)
	tags := fs.StringSlice("tags", nil, "comma-separated `TAGS`: meanings, sectors, styles (English or French)")
	base := fs.String("base", "", "the brand's primary `COLOR`, kept verbatim")
	fromImage := fs.String("from-image", "", "take the primary from the brand colour of a logo or image `FILE`")
	locks := fs.StringArray("lock", nil, "keep a brand colour verbatim: `ROLE=COLOR` with role secondary or accent (repeatable)")
	style := fs.String("style", "", "`STYLE`: balanced, vivid, pastel, muted, earthy, deep, monochrome, black-and-white (default: from the tags)")
	var harmony generate.Harmony
	fs.TextVar(&harmony, "harmony", generate.Auto, "`HARMONY`: auto, analogous, complementary, split, triadic, monochrome, tags")
	secondaries := fs.Int("secondaries", 0, "number of secondaries, 1 or 2 (default 1, or the number locked)")
	avoid := fs.StringArray("avoid", nil, "competitors' `COLORS` to keep away from (comma-separated or repeated)")
	variants := fs.Int("variants", 1, "how many alternative palettes, best first")
	seed := fs.Uint64("seed", 0, "`SEED` for reproducible variety")
	langp := langFlag(fs, "names and reasons")
	name := fs.String("name", "", "the palette's `NAME` (default: its tags)")
	outFile := fs.StringP("output", "o", "", "write to `FILE` (atomically: nothing is written on failure) instead of stdout")
	strict := fs.Bool("strict", false, "exit 1 when a warning is printed (a locked colour breaks a guarantee, an awkward base)")
	if code, done := parseFlagsOnly(fs, args, stderr, ": tags go in --tags"); done {
		return code
	}
	lang := *langp
	if *variants < 1 || *variants > 100 {
		return usageError(stderr, "palette", fmt.Sprintf("--variants %d: want 1 to 100", *variants))
	}
	o := generate.Options{Tags: *tags, Style: *style, Harmony: harmony, Secondaries: *secondaries,
		Variants: *variants, Seed: *seed, Lang: lang, Name: *name}
	if *fromImage != "" {
		if *base != "" {
			return usageError(stderr, "palette", "--base and --from-image both choose the primary: give one")
		}
		brand, err := brandColor(*fromImage)
		if err != nil {
			return fail(stderr, "--from-image: %v", err)
		}
		*base = brand
		fmt.Fprintf(stderr, "hueprint: brand colour of %s: %s\n", *fromImage, *base)
	}
	if *base != "" {
		c, err := palette.ParseColor(*base)
		if err != nil {
			return fail(stderr, "--base: %v", err)
		}
		o.Base = &c
	}
	for _, l := range *locks {
		role, value, ok := strings.Cut(l, "=")
		if !ok {
			return usageError(stderr, "palette", fmt.Sprintf("--lock %q: want ROLE=COLOR, e.g. accent=#f59e0b", l))
		}
		c, err := palette.ParseColor(value)
		if err != nil {
			return fail(stderr, "--lock %s: %v", role, err)
		}
		switch strings.ToLower(strings.TrimSpace(role)) {
		case "secondary":
			o.Secondary = append(o.Secondary, c)
		case "accent":
			if o.Accent != nil {
				return usageError(stderr, "palette", "--lock accent given twice")
			}
			o.Accent = &c
		case "primary":
			return usageError(stderr, "palette", "the primary is locked with --base COLOR")
		default:
			return usageError(stderr, "palette", fmt.Sprintf("--lock %q: role %q, want secondary or accent", l, role))
		}
	}
	for _, a := range *avoid {
		for _, s := range palette.SplitColors(a) {
			c, err := palette.ParseColor(s)
			if err != nil {
				return fail(stderr, "--avoid: %v", err)
			}
			o.Avoid = append(o.Avoid, c)
		}
	}
	cands, err := generate.Generate(o)
	if err != nil {
		var te *generate.TagError
		if errors.As(err, &te) && lang == psych.French {
			fmt.Fprintln(stderr, te.Text(lang))
		} else {
			fmt.Fprintf(stderr, "hueprint: %v\n", err)
		}
		if te != nil {
			fmt.Fprintln(stderr, psych.T(lang, "hint.tags"))
		}
		return exitUsage
	}
	for _, n := range cands[0].Notes {
		fmt.Fprintln(stderr, psych.T(lang, "gen.note.line", n))
	}
	for _, w := range cands[0].Warnings {
		fmt.Fprintln(stderr, psych.T(lang, "gen.warn.line", w))
	}
	var mark func(colorful.Color) string
	if *outFile == "" && useColor(stdout) {
		mark = palette.ANSISwatch
	}
	if code := emitFile(*outFile, stdout, stderr, func(w io.Writer) error {
		if *format == formatJSON {
			return generate.WriteJSON(w, cands)
		}
		return generate.WriteText(w, cands, lang, mark)
	}); code != exitOK {
		return code
	}
	if *strict && len(cands[0].Warnings) > 0 {
		return exitFail
	}
	return exitOK
}

// brandColor returns the hex of the brand colour of the image at path,
// its most prominent colour besides the background (extract.Brand).
func brandColor(path string) (string, error) {
	img, err := decodeImageFile(path, imagefile.DefaultMaxPixels)
	if err != nil {
		return "", err
	}
	res, err := extract.Extract(img, extract.Options{})
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	brand, ok := res.Brand()
	if !ok {
		return "", fmt.Errorf("%s: no colour besides its background", path)
	}
	return brand.Hex(), nil
}
