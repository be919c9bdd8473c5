package render

import (
	"fmt"
	"image"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// fonts holds the parsed fonts of a render: bold for headlines and buttons,
// regular for taglines and body text.
type fonts struct {
	bold, regular *opentype.Font
	custom        bool
}

// loadFonts parses custom (nil: the Go fonts). An empty font is an error,
// not the Go fonts; so is a font whose glyphs for common Latin text cannot
// be loaded, which would otherwise surface later as "text does not fit".
func loadFonts(custom []byte) (*fonts, error) {
	if custom != nil {
		if len(custom) == 0 {
			return nil, fmt.Errorf("render: font: empty file, want a TrueType or OpenType font")
		}
		f, err := opentype.Parse(custom)
		if err != nil {
			return nil, fmt.Errorf("render: font: %w", err)
		}
		if err := checkGlyphs(f); err != nil {
			return nil, err
		}
		return &fonts{bold: f, regular: f, custom: true}, nil
	}
	b, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, err
	}
	r, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	return &fonts{bold: b, regular: r}, nil
}

// glyphSample is the text a custom font must be able to draw.
const glyphSample = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?'-–—«»éèàçÉ€%&"

// checkGlyphs loads the outline of every glyph of glyphSample the font has,
// and wants at least the Latin letters.
func checkGlyphs(f *opentype.Font) error {
	var buf sfnt.Buffer
	letters := 0
	for _, r := range glyphSample {
		i, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return fmt.Errorf("render: font: looking up %q: %w", r, err)
		}
		if i == 0 {
			continue
		}
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			letters++
		}
		if _, err := f.LoadGlyph(&buf, i, fixed.I(64), nil); err != nil {
			return fmt.Errorf("render: font: glyph for %q is corrupt: %w", r, err)
		}
		if _, err := f.GlyphAdvance(&buf, i, fixed.I(64), font.HintingNone); err != nil {
			return fmt.Errorf("render: font: advance of %q is corrupt: %w", r, err)
		}
	}
	if letters < 52 {
		return fmt.Errorf("render: font: has glyphs for %d of the 52 Latin letters A–Z and a–z: want a font for Latin text", letters)
	}
	return nil
}

func face(f *opentype.Font, px float64) font.Face {
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		// NewFace fails only for invalid sizes, which callers never pass.
		panic(err)
	}
	return fc
}

// MissingGlyph is a character of a text that the font cannot draw. It is
// left out of the render rather than drawn as an empty box.
type MissingGlyph struct {
	Role TextRole
	Rune rune
}

// String formats the glyph as the character and its code point: "🚀 U+1F680".
func (m MissingGlyph) String() string { return fmt.Sprintf("%c U+%04X", m.Rune, m.Rune) }

// ignorable reports whether r is drawn as nothing in any font: joiners and
// variation selectors (Unicode Default_Ignorable_Code_Point, the ones text
// copied from phones carries) and control characters.
func ignorable(r rune) bool {
	return unicode.Is(unicode.Variation_Selector, r) || r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 || r == 0xfeff || unicode.IsControl(r)
}

// coverage returns text without the characters f cannot draw, and those
// characters, each once, in order. Spaces are always kept. The text is put
// in Unicode Normalization Form C first, so that a letter followed by a
// combining accent ("e" U+0301, as macOS and some keyboards type it) is
// drawn with the font's precomposed glyph ("é") instead of losing its
// accent.
func coverage(f *opentype.Font, role TextRole, text string) (string, []MissingGlyph) {
	text = norm.NFC.String(text)
	var buf sfnt.Buffer
	var out strings.Builder
	var missing []MissingGlyph
	seen := map[rune]bool{}
	for _, r := range text {
		if unicode.IsSpace(r) {
			// No-break spaces (French typography puts them before : ; ! ?
			// and inside "48 h") stay unbreakable, drawn as U+00A0.
			if !breakSpace(r) {
				if gi, err := f.GlyphIndex(&buf, 0xa0); err == nil && gi != 0 {
					out.WriteRune(0xa0)
					continue
				}
			}
			out.WriteRune(' ')
			continue
		}
		if ignorable(r) {
			continue
		}
		if gi, err := f.GlyphIndex(&buf, r); err == nil && gi != 0 {
			out.WriteRune(r)
			continue
		}
		if r == 0x2010 || r == 0x2011 {
			// Unicode hyphens the font lacks are the hyphen-minus it has
			// (the Go fonts draw only U+002D).
			if gi, err := f.GlyphIndex(&buf, '-'); err == nil && gi != 0 {
				out.WriteRune('-')
				continue
			}
		}
		if !seen[r] {
			seen[r] = true
			missing = append(missing, MissingGlyph{Role: role, Rune: r})
		}
	}
	// Spaces at the ends, no-break ones included, draw nothing.
	return strings.Join(strings.FieldsFunc(strings.TrimFunc(out.String(), unicode.IsSpace), breakSpace), " "), missing
}

// breakSpace reports whether r is a space a line may break at: any space
// but the no-break ones (U+00A0, U+2007, U+202F).
func breakSpace(r rune) bool {
	return unicode.IsSpace(r) && r != 0xa0 && r != 0x2007 && r != 0x202f
}

// block is laid-out text: lines at a size, with their measured widths.
type block struct {
	lines  []string
	widths []int
	size   float64
	face   font.Face
	ascent int
	height int // line height
	bold   bool
}

func (b *block) width() int {
	w := 0
	for _, x := range b.widths {
		w = max(w, x)
	}
	return w
}

func (b *block) totalHeight() int { return b.height * len(b.lines) }

// token is a unit of line breaking: a word, or the part of a hyphenated
// word up to and including its hyphen or dash (glued to the next part).
type token struct {
	s    string
	glue bool // joined to the previous token without a space
}

// tokens splits text at spaces, and after the hyphens and dashes inside
// words, which stay drawn at the end of their line.
func tokens(text string) []token {
	var out []token
	for _, w := range strings.FieldsFunc(text, breakSpace) {
		glue, start := false, 0
		rs := []rune(w)
		for i, r := range rs {
			if strings.ContainsRune("-\u2010\u2013\u2014", r) && i > start && i < len(rs)-1 {
				out = append(out, token{string(rs[start : i+1]), glue})
				glue, start = true, i+1
			}
		}
		out = append(out, token{string(rs[start:]), glue})
	}
	return out
}

func joinTokens(t []token) string {
	var b strings.Builder
	for i, x := range t {
		if i > 0 && !x.glue {
			b.WriteByte(' ')
		}
		b.WriteString(x.s)
	}
	return b.String()
}

// short words a line should not end on (French typography keeps them with
// the next word; English typesetters avoid them too).
var shortWords = map[string]bool{"&": true, "a": true, "à": true, "au": true, "de": true, "du": true, "des": true, "en": true, "et": true,
	"la": true, "le": true, "les": true, "l'": true, "d'": true, "un": true, "une": true, "and": true, "of": true, "the": true, "for": true,
	"to": true, "in": true, "on": true, "an": true, "by": true, "with": true, "pour": true, "par": true, "sur": true, "—": true, "–": true, "-": true}

// wrap lays text out at size px in lines no wider than maxW, at most
// maxLines, breaking first-fit at spaces (the swatch card's captions); ok is
// false when it does not fit.
func wrap(f *opentype.Font, text string, px float64, maxW, maxLines int, bold bool) (*block, bool) {
	fc := face(f, px)
	m := fc.Metrics()
	b := &block{size: px, face: fc, ascent: m.Ascent.Ceil(), height: int(math.Ceil(float64(m.Height.Ceil()) * 1.05)), bold: bold}
	var toks []token
	for _, w := range strings.Fields(text) {
		toks = append(toks, token{s: w})
	}
	if len(toks) == 0 {
		return b, false
	}
	return greedy(b, fc, toks, maxW, maxLines)
}

// wrapBalanced lays text out at size px in at most maxLines lines no wider than
// maxW. It uses the fewest lines that fit, then the most balanced breaks:
// lines of even width, no single-word last line and no line ending on a
// short word when another break avoids it. ok is false when it does not fit.
func wrapBalanced(f *opentype.Font, text string, px float64, maxW, maxLines int, bold bool) (*block, bool) {
	fc := face(f, px)
	m := fc.Metrics()
	b := &block{size: px, face: fc, ascent: m.Ascent.Ceil(), height: int(math.Ceil(float64(m.Height.Ceil()) * 1.05)), bold: bold}
	toks := tokens(text)
	n := len(toks)
	if n == 0 {
		return b, false
	}
	memo := map[[2]int]int{}
	width := func(i, j int) int { // tokens i..j-1
		k := [2]int{i, j}
		if w, ok := memo[k]; ok {
			return w
		}
		w := font.MeasureString(fc, joinTokens(toks[i:j])).Ceil()
		memo[k] = w
		return w
	}
	if width(0, n) <= maxW {
		b.lines, b.widths = []string{joinTokens(toks)}, []int{width(0, n)}
		return b, true
	}
	if n > 60 {
		return greedy(b, fc, toks, maxW, maxLines)
	}
	for k := 2; k <= min(maxLines, n); k++ {
		best, bestCost := []int(nil), math.Inf(1)
		cuts := make([]int, k+1)
		cuts[k] = n
		var rec func(line, start int)
		rec = func(line, start int) {
			if line == k-1 {
				cuts[line] = start
				if width(start, n) > maxW {
					return
				}
				if c := breakCost(toks, cuts, width, maxW); c < bestCost {
					best, bestCost = append([]int(nil), cuts...), c
				}
				return
			}
			cuts[line] = start
			for end := start + 1; end <= n-(k-1-line); end++ {
				if width(start, end) > maxW {
					break
				}
				rec(line+1, end)
			}
		}
		rec(0, 0)
		if best != nil {
			for i := 0; i < k; i++ {
				b.lines = append(b.lines, joinTokens(toks[best[i]:best[i+1]]))
				b.widths = append(b.widths, width(best[i], best[i+1]))
			}
			return b, true
		}
	}
	return b, false
}

// breakCost scores one way of breaking: the spread of the line widths,
// plus penalties for a one-word last line and for a line ending on a short
// word.
func breakCost(toks []token, cuts []int, width func(i, j int) int, maxW int) float64 {
	k := len(cuts) - 1
	var sum, sq float64
	for i := 0; i < k; i++ {
		w := float64(width(cuts[i], cuts[i+1])) / float64(maxW)
		sum += w
		sq += w * w
	}
	mean := sum / float64(k)
	cost := sq/float64(k) - mean*mean
	if k > 1 && cuts[k]-cuts[k-1] == 1 {
		cost += 1
	}
	for i := 1; i < k; i++ {
		last := toks[cuts[i]-1].s
		if shortWords[strings.ToLower(last)] && !strings.HasSuffix(last, "-") {
			cost += 0.5
		}
		// Nor end on a number whose short unit starts the next: "48 | h".
		if next := toks[cuts[i]].s; isNumber(last) && utf8.RuneCountInString(next) <= 3 && !toks[cuts[i]].glue {
			cost += 0.5
		}
		// A line should not start with a glued part when a space break exists.
		if toks[cuts[i]].glue {
			cost += 0.05
		}
	}
	// Prefer a last line no longer than the first (a pyramid reads better
	// than a funnel in headlines).
	if width(cuts[k-1], cuts[k]) > width(cuts[0], cuts[1]) {
		cost += 0.002
	}
	return cost
}

func isNumber(s string) bool {
	s = strings.TrimRight(s, ",.")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// greedy breaks first-fit: a line takes tokens while they fit (a token
// wider than maxW gets a line of its own, and ok is then false).
func greedy(b *block, fc font.Face, toks []token, maxW, maxLines int) (*block, bool) {
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && font.MeasureString(fc, joinTokens(toks[start:i+1])).Ceil() <= maxW {
			continue
		}
		b.lines = append(b.lines, joinTokens(toks[start:i]))
		b.widths = append(b.widths, font.MeasureString(fc, b.lines[len(b.lines)-1]).Ceil())
		start = i
	}
	if len(b.lines) > maxLines {
		return b, false
	}
	for _, w := range b.widths {
		if w > maxW {
			return b, false
		}
	}
	return b, true
}

// draw writes the block with its top-left corner at (x, y), lines aligned
// left, and returns the box it occupies.
func (b *block) draw(dst *image.RGBA, src image.Image, x, y int) image.Rectangle {
	return b.drawIn(dst, src, x, y, 0)
}

// drawIn writes the block with its top-left corner at (x, y), each line
// centred in a column of width centre (aligned left when centre is 0), and
// returns the box it occupies.
func (b *block) drawIn(dst *image.RGBA, src image.Image, x, y, centre int) image.Rectangle {
	d := font.Drawer{Dst: dst, Src: src, Face: b.face}
	for i, l := range b.lines {
		lx := x
		if centre > 0 {
			lx = x + (centre-b.widths[i])/2
		}
		d.Dot = fixed.P(lx, y+i*b.height+b.ascent)
		d.DrawString(l)
	}
	if centre > 0 {
		x += (centre - b.width()) / 2
	}
	return image.Rect(x, y, x+b.width(), y+b.totalHeight())
}

// largeText reports whether text of this pixel size counts as large in WCAG
// 2.x: at least 18 pt (24 px), or 14 pt (18.67 px) bold.
func largeText(px float64, bold bool) bool {
	if bold {
		return px >= 14*4.0/3
	}
	return px >= 24
}
