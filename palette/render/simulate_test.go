package render_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/render"
)

func TestSimulationWords(t *testing.T) {
	tests := []struct {
		name     string
		sim      render.Simulation
		caption  string
		describe string // in Description
	}{
		{name: "protanopia", sim: render.Simulation{Kind: cvd.Protanopia, Severity: 1}, caption: "Protanopia · full severity", describe: "Simulated protanopia, full severity"},
		{name: "deuteranomaly", sim: render.Simulation{Kind: cvd.Deuteranopia, Severity: 0.6}, caption: "Deuteranomaly · severity 60 %", describe: "Simulated deuteranomaly, severity 60 %"},
		{name: "tritanomaly", sim: render.Simulation{Kind: cvd.Tritanopia, Severity: 0.3}, caption: "Tritanomaly · severity 30 %", describe: "Simulated tritanomaly"},
		{name: "achromatopsia", sim: render.Simulation{Kind: cvd.Achromatopsia, Severity: 1}, caption: "Achromatopsia · full severity", describe: "Simulated achromatopsia"},
		{name: "partial achromatopsia", sim: render.Simulation{Kind: cvd.Achromatopsia, Severity: 0.5}, caption: "Partial achromatopsia · severity 50 %", describe: "Simulated partial achromatopsia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.sim.Caption(); got != tt.caption {
				t.Errorf("Caption() = %q, want %q", got, tt.caption)
			}
			if got := tt.sim.Description(); !strings.HasPrefix(got, tt.describe) || !strings.Contains(got, "not the palette's true colours") {
				t.Errorf("Description() = %q, want it to start %q and say the colours are not true", got, tt.describe)
			}
		})
	}
}

// TestSimulateCaption: the picture is the simulated one, pixel for pixel, and
// a band below it, as wide, carries the caption in its own true colours.
func TestSimulateCaption(t *testing.T) {
	for _, w := range []int{120, 400, 1200, 3000} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			src := image.NewRGBA(image.Rect(0, 0, w, w/3))
			for x := range w {
				for y := range w / 3 {
					src.SetRGBA(x, y, color.RGBA{0xd0, 0x31, 0x2d, 0xff}) // a red that protanopes see olive
				}
			}
			want := image.NewRGBA(src.Bounds())
			copy(want.Pix, src.Pix)
			if err := cvd.SimulateImage(want, cvd.Protanopia, 1); err != nil {
				t.Fatal(err)
			}
			got, err := render.Simulate(src, render.Simulation{Kind: cvd.Protanopia, Severity: 1}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds().Dx() != w || got.Bounds().Dy() <= w/3 {
				t.Fatalf("bounds %v: want %d wide, taller than %d", got.Bounds(), w, w/3)
			}
			for y := range w / 3 {
				for x := range w {
					if got.RGBAAt(x, y) != want.RGBAAt(x, y) {
						t.Fatalf("pixel %d,%d = %v, want the simulated %v", x, y, got.RGBAAt(x, y), want.RGBAAt(x, y))
					}
				}
			}
			// The band: charcoal, with light text and the amber tag.
			var band, light, amber int
			for y := w / 3; y < got.Bounds().Dy(); y++ {
				for x := range w {
					c := got.RGBAAt(x, y)
					switch {
					case c == color.RGBA{0x16, 0x18, 0x1d, 0xff}:
						band++
					case c.R > 0xe0 && c.G > 0xe0 && c.B > 0xe0:
						light++
					case c == color.RGBA{0xf5, 0xb8, 0x3d, 0xff}:
						amber++
					}
				}
			}
			if band == 0 || light < 20 || amber < 20 {
				t.Errorf("caption band: %d background, %d light text, %d amber tag pixels", band, light, amber)
			}
		})
	}
}

func TestSimulateBadSeverity(t *testing.T) {
	_, err := render.Simulate(image.NewRGBA(image.Rect(0, 0, 10, 10)), render.Simulation{Kind: cvd.Protanopia, Severity: 2}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "render: ") {
		t.Errorf("err = %v, want a render: error", err)
	}
	sev := 1.5
	_, err = render.Swatch(testPalette(t), render.SwatchOptions{Simulate: &render.Simulation{Kind: cvd.Tritanopia, Severity: sev}})
	if err == nil {
		t.Error("severity 1.5 accepted")
	}
}

// TestSwatchSimulated: the simulated card keeps the layout of the true one,
// shows the colours seen, labels each swatch with the colour seen beside its
// hex, and ends with the caption.
func TestSwatchSimulated(t *testing.T) {
	p := testPalette(t)
	plain, err := render.Swatch(p, render.SwatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sim := &render.Simulation{Kind: cvd.Deuteranopia, Severity: 1}
	card, err := render.Swatch(p, render.SwatchOptions{Simulate: sim})
	if err != nil {
		t.Fatal(err)
	}
	if card.Bounds().Dx() != plain.Bounds().Dx() || card.Bounds().Dy() <= plain.Bounds().Dy() {
		t.Fatalf("simulated card %v, true card %v: want as wide and taller (the caption)", card.Bounds(), plain.Bounds())
	}
	compareGolden(t, "swatch-deuteranopia.png", card)
	// Geometry of Swatch at 1200 px: margin 48, title 90, rows 150 + 24,
	// swatches 380 wide; the hex line sits 20 to 56 px into the swatch.
	for i, c := range p.Colors() {
		top := 48 + 90 + i*(150+24)
		fill := card.RGBAAt(48+370, top+75)
		seen, _ := cvd.Simulate(palette.Quantize(c.Color), cvd.Deuteranopia, 1)
		if r, g, b := palette.RGB255(seen); absDiff(uint32(fill.R), uint32(r)) > 2 || absDiff(uint32(fill.G), uint32(g)) > 2 || absDiff(uint32(fill.B), uint32(b)) > 2 {
			t.Errorf("%s: swatch shows %v, want the colour seen %s", c.Label(), fill, palette.Hex(seen))
		}
		// Right of the hex (at most ~150 px wide at 30 px), the label "seen
		// as #rrggbb" is drawn on the simulated card and not on the true one.
		region := image.Rect(48+190, top+22, 48+360, top+56)
		if n := inked(card, region, fill); n < 50 {
			t.Errorf("%s: %d text pixels right of the hex on the simulated card, want the colour seen", c.Label(), n)
		}
		if n := inked(plain, region, plain.RGBAAt(48+370, top+75)); n != 0 {
			t.Errorf("%s: %d text pixels right of the hex on the true card", c.Label(), n)
		}
	}
}

// inked counts the pixels of r that differ from the fill by more than 40 in
// a channel.
func inked(img *image.RGBA, r image.Rectangle, fill color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if absDiff(uint32(c.R), uint32(fill.R)) > 40 || absDiff(uint32(c.G), uint32(fill.G)) > 40 || absDiff(uint32(c.B), uint32(fill.B)) > 40 {
				n++
			}
		}
	}
	return n
}

func TestPNGTextRoundTrip(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	tests := []struct {
		name  string
		text  []render.PNGText
		chunk string // the chunk type the first text goes in
	}{
		{name: "Latin-1 in tEXt", text: []render.PNGText{{"Description", "Simulated protanopia · full severity"}, {"Software", "hueprint"}}, chunk: "tEXt"},
		{name: "UTF-8 in iTXt", text: []render.PNGText{{"Comment", "Deutéranopie — sévérité 60 %"}}, chunk: "iTXt"},
		{name: "empty text", text: []render.PNGText{{"Title", ""}}, chunk: "tEXt"},
		{name: "none", text: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.EncodePNG(&buf, img, tt.text...); err != nil {
				t.Fatal(err)
			}
			// image/png still decodes it, and the pixels are intact.
			if _, err := png.Decode(bytes.NewReader(buf.Bytes())); err != nil {
				t.Fatalf("image/png cannot decode it: %v", err)
			}
			got, err := render.ReadPNGText(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.text) && !(len(got) == 0 && len(tt.text) == 0) {
				t.Errorf("read back %q, want %q", got, tt.text)
			}
			// The chunk follows IHDR (33 bytes from the start) with its type.
			if tt.chunk != "" && string(buf.Bytes()[37:41]) != tt.chunk {
				t.Errorf("chunk after IHDR is %q, want %q", buf.Bytes()[37:41], tt.chunk)
			}
		})
	}
}

func TestPNGTextErrors(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 1, 1))
	for _, tt := range []struct {
		name string
		text render.PNGText
	}{
		{name: "empty keyword", text: render.PNGText{"", "x"}},
		{name: "long keyword", text: render.PNGText{strings.Repeat("k", 80), "x"}},
		{name: "leading space", text: render.PNGText{" Title", "x"}},
		{name: "double space", text: render.PNGText{"A  B", "x"}},
		{name: "control character", text: render.PNGText{"A\nB", "x"}},
		{name: "non Latin-1 keyword", text: render.PNGText{"Titre—", "x"}},
		{name: "NUL in text", text: render.PNGText{"Comment", "a\x00b"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render.EncodePNG(&buf, img, tt.text); err == nil || !strings.HasPrefix(err.Error(), "render: ") {
				t.Errorf("err = %v, want a render: error", err)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written before the error", buf.Len())
			}
		})
	}
	// A corrupted text chunk is refused, not misread.
	var buf bytes.Buffer
	render.EncodePNG(&buf, img, render.PNGText{"Comment", "hello"})
	b := buf.Bytes()
	b[45] ^= 0xff
	if _, err := render.ReadPNGText(bytes.NewReader(b)); err == nil || !strings.Contains(err.Error(), "CRC") {
		t.Errorf("corrupted chunk: err = %v, want a bad CRC", err)
	}
	if _, err := render.ReadPNGText(strings.NewReader("GIF89a")); err == nil {
		t.Error("a GIF read as a PNG")
	}
}

func FuzzReadPNGText(f *testing.F) {
	var buf bytes.Buffer
	render.EncodePNG(&buf, image.NewRGBA(image.Rect(0, 0, 1, 1)), render.PNGText{"Description", "Simulated protanopia · full severity"}, render.PNGText{"Comment", "sévérité — 60 %"})
	f.Add(buf.Bytes(), "Description", "text")
	f.Add([]byte("\x89PNG\r\n\x1a\n"), "Comment", "Deutéranopie")
	f.Fuzz(func(t *testing.T, raw []byte, keyword, text string) {
		// Any bytes: an answer or an error, never a panic.
		render.ReadPNGText(bytes.NewReader(raw))
		// Any accepted text reads back as written.
		var out bytes.Buffer
		if err := render.EncodePNG(&out, image.NewRGBA(image.Rect(0, 0, 1, 1)), render.PNGText{keyword, text}); err != nil {
			return
		}
		got, err := render.ReadPNGText(&out)
		if err != nil || len(got) != 1 || got[0].Keyword != keyword || got[0].Text != text {
			t.Fatalf("wrote %q %q, read %q, %v", keyword, text, got, err)
		}
	})
}

func ExampleEncodePNG() {
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	sim := render.Simulation{Kind: cvd.Deuteranopia, Severity: 1}
	var buf bytes.Buffer
	if err := render.EncodePNG(&buf, img, sim.PNGText()...); err != nil {
		panic(err)
	}
	text, _ := render.ReadPNGText(&buf)
	for _, t := range text {
		fmt.Printf("%s: %s\n", t.Keyword, t.Text)
	}
	// Output:
	// Description: Simulated deuteranopia, full severity (Machado, Oliveira & Fernandes 2009): the colours are as seen with this colour-vision deficiency, not the palette's true colours.
	// Software: hueprint
}

func ExampleSimulate() {
	img := image.NewRGBA(image.Rect(0, 0, 600, 200))
	out, err := render.Simulate(img, render.Simulation{Kind: cvd.Protanopia, Severity: 0.6}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Bounds().Dx(), out.Bounds().Dy() > 200)
	// Output:
	// 600 true
}

func ExampleSimulation_Caption() {
	fmt.Println(render.Simulation{Kind: cvd.Deuteranopia, Severity: 1}.Caption())
	fmt.Println(render.Simulation{Kind: cvd.Deuteranopia, Severity: 0.6}.Caption())
	// Output:
	// Deuteranopia · full severity
	// Deuteranomaly · severity 60 %
}

func ExampleSimulation_Name() {
	for _, sev := range []float64{1, 0.4} {
		fmt.Println(render.Simulation{Kind: cvd.Protanopia, Severity: sev}.Name())
	}
	// Output:
	// protanopia
	// protanomaly
}

func ExampleReadPNGText() {
	var buf bytes.Buffer
	render.EncodePNG(&buf, image.NewRGBA(image.Rect(0, 0, 1, 1)), render.PNGText{Keyword: "Comment", Text: "Deutéranopie — sévérité 60 %"})
	text, err := render.ReadPNGText(&buf)
	fmt.Println(text, err)
	// Output:
	// [{Comment Deutéranopie — sévérité 60 %}] <nil>
}

// BenchmarkEncodePNG measures EncodePNG with two text chunks beside plain
// image/png: the chunks cost one extra copy of the encoded bytes.
func BenchmarkEncodePNG(b *testing.B) {
	img, err := render.Swatch(testPalette(b), render.SwatchOptions{})
	if err != nil {
		b.Fatal(err)
	}
	meta := render.Simulation{Kind: cvd.Deuteranopia, Severity: 1}.PNGText()
	b.Run("image/png", func(b *testing.B) {
		for b.Loop() {
			png.Encode(io.Discard, img)
		}
	})
	b.Run("EncodePNG", func(b *testing.B) {
		for b.Loop() {
			render.EncodePNG(io.Discard, img, meta...)
		}
	})
}
