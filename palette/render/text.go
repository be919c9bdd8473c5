package render

import (
	"fmt"
	"image"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
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

// wrap lays text out at size px in lines no wider than maxW, at most
// maxLines; ok is false when it does not fit.
func wrap(f *opentype.Font, text string, px float64, maxW, maxLines int, bold bool) (*block, bool) {
	fc := face(f, px)
	m := fc.Metrics()
	b := &block{size: px, face: fc, ascent: m.Ascent.Ceil(), height: int(math.Ceil(float64(m.Height.Ceil()) * 1.05)), bold: bold}
	words := strings.Fields(text)
	line := ""
	flush := func() {
		if line != "" {
			b.lines = append(b.lines, line)
			b.widths = append(b.widths, font.MeasureString(fc, line).Ceil())
			line = ""
		}
	}
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if font.MeasureString(fc, try).Ceil() <= maxW || line == "" {
			line = try
			continue
		}
		flush()
		line = w
	}
	flush()
	if len(b.lines) == 0 || len(b.lines) > maxLines {
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
	d := font.Drawer{Dst: dst, Src: src, Face: b.face}
	for i, l := range b.lines {
		d.Dot = fixed.P(x, y+i*b.height+b.ascent)
		d.DrawString(l)
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
