package render_test

import (
	"errors"
	"image"
	"image/color"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette/render"
)

// TestRefusalQuotesLongCopyShort checks that a refusal names over-long
// copy by its start and its length instead of echoing 10,000 characters.
func TestRefusalQuotesLongCopyShort(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("instagram-post")
	huge := strings.Repeat("a", 10000)
	for _, o := range []render.Options{
		{Title: huge},
		{Title: "Acme", Tagline: strings.Repeat("mot ", 2500)},
		{Title: "Acme", CTA: huge},
	} {
		_, _, err := render.Banner(p, pr, o)
		if !errors.Is(err, render.ErrTextDoesNotFit) {
			t.Fatalf("err = %v, want ErrTextDoesNotFit", err)
		}
		msg := err.Error()
		if n := utf8.RuneCountInString(msg); n > 400 || !strings.Contains(msg, "…") || !strings.Contains(msg, "characters") {
			t.Errorf("message of %d characters, want the text cut with its length: %.300s", n, msg)
		}
	}
}

// TestTitleOfInvisibleCharacters checks that a title made only of
// characters that draw nothing (zero-width spaces, joiners) is refused
// with a message saying so, not an empty list of missing glyphs.
func TestTitleOfInvisibleCharacters(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("instagram-post")
	_, _, err := render.Banner(p, pr, render.Options{Title: "\u200b\u200d\u2060", Tagline: "Pain 🍞"})
	if err == nil || strings.Contains(err.Error(), "()") || strings.Contains(err.Error(), "U+1F35E") || !strings.Contains(err.Error(), "nothing to draw") {
		t.Errorf("err = %v, want the title named as having nothing to draw", err)
	}
	_, _, err = render.Banner(p, pr, render.Options{Title: "🥐🥖", Tagline: "Pain 🍞"})
	if err == nil || !strings.Contains(err.Error(), "U+1F950") || strings.Contains(err.Error(), "U+1F35E") {
		t.Errorf("err = %v, want the title's own missing glyphs only", err)
	}
}

// TestSimulationZeroSeverity checks that a Simulation's zero Severity means
// the full deficiency (the zero value is the default), so that
// Simulation{Kind: cvd.Deuteranopia} never captions true colours as a
// simulation "at severity 0 %".
func TestSimulationZeroSeverity(t *testing.T) {
	zero := render.Simulation{Kind: cvd.Deuteranopia}
	full := render.Simulation{Kind: cvd.Deuteranopia, Severity: 1}
	if zero.Caption() != full.Caption() || zero.Description() != full.Description() {
		t.Errorf("zero severity: %q / %q, want %q", zero.Caption(), zero.Description(), full.Caption())
	}
	img := func() *image.RGBA {
		m := image.NewRGBA(image.Rect(0, 0, 4, 4))
		for i := 0; i < len(m.Pix); i += 4 {
			m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3] = 0xd0, 0x31, 0x2d, 0xff
		}
		return m
	}
	a, err := render.Simulate(img(), zero, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := render.Simulate(img(), full, nil)
	if a.RGBAAt(1, 1) != b.RGBAAt(1, 1) || a.RGBAAt(1, 1) == img().RGBAAt(1, 1) {
		t.Errorf("zero severity drew %v, full %v, original %v", a.RGBAAt(1, 1), b.RGBAAt(1, 1), img().RGBAAt(1, 1))
	}
}

// TestRefusesLogoTooThinToSee checks that a logo whose shape leaves it a
// line a few pixels thick on the preset is refused, naming its size,
// instead of being reported as drawn; a 10:1 wordmark is still drawn.
func TestRefusesLogoTooThinToSee(t *testing.T) {
	p := readPalette(t, "bakery.json")
	strip := func(w, h int) image.Image {
		m := image.NewNRGBA(image.Rect(0, 0, w, h))
		for i := 0; i < len(m.Pix); i += 4 {
			m.Pix[i+3] = 0xff
		}
		return m
	}
	for _, name := range []string{"linkedin-company", "x-header", "x-profile", "instagram-story"} {
		pr, _ := render.PresetByName(name)
		_, _, err := render.Banner(p, pr, render.Options{Title: "Acme", Logo: strip(20000, 1)})
		if err == nil || !strings.Contains(err.Error(), "logo") || !strings.Contains(err.Error(), "20000x1") {
			t.Errorf("%s: a 20000x1 logo: err = %v, want a refusal naming it", name, err)
		}
		_, rep, err := render.Banner(p, pr, render.Options{Title: "Acme", Logo: strip(1000, 100)})
		if err != nil || rep.Logo == nil {
			t.Errorf("%s: a 10:1 wordmark: err = %v", name, err)
		}
	}
}

// hugeImage is a uniform image with the bounds it is given: a pixel bomb
// that costs nothing to make.
type hugeImage struct {
	*image.Uniform
	r image.Rectangle
}

func (h hugeImage) Bounds() image.Rectangle { return h.r }

// TestRefusesHugeLogo checks that a logo with too many pixels (an
// image.Uniform's infinite bounds, a 30000x30000 image) is refused with an
// error, not a panic or minutes of resampling.
func TestRefusesHugeLogo(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("x-profile")
	for _, logo := range []image.Image{
		image.NewUniform(color.Black),
		hugeImage{image.NewUniform(color.Black), image.Rect(0, 0, 30000, 30000)},
		hugeImage{image.NewUniform(color.Black), image.Rect(math.MinInt/2-1, 0, math.MaxInt/2+1, 1)}, // Dx overflows
	} {
		start := time.Now()
		_, _, err := render.Banner(p, pr, render.Options{Title: "Acme", Logo: logo})
		if err == nil || !strings.Contains(err.Error(), "logo") || !strings.Contains(err.Error(), "pixels") {
			t.Errorf("%v logo: err = %v, want a refusal", logo.Bounds(), err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%v logo: refused after %v", logo.Bounds(), d)
		}
	}
}

// TestInvisibleTaglineIsLeftOut checks that a tagline or button made only
// of no-break or zero-width spaces is left out of the render and the
// report, not reported as drawn text taking room.
func TestInvisibleTaglineIsLeftOut(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("instagram-post")
	_, rep, err := render.Banner(p, pr, render.Options{Title: "Acme", Tagline: "\u00a0", CTA: "\u200b\u202f"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range rep.Texts {
		if tx.Role != render.RoleTitle {
			t.Errorf("an invisible %s is reported drawn: %q", tx.Role, tx.Text)
		}
	}
}

// TestRefusesRightToLeftCopy checks that Hebrew or Arabic copy, which the
// renderer would draw in reverse order and, for Arabic, without joining
// its letters, is refused with a message naming the text and the script,
// whatever the font; left-to-right copy with a stray mark still renders.
func TestRefusesRightToLeftCopy(t *testing.T) {
	p := readPalette(t, "bakery.json")
	pr, _ := render.PresetByName("x-post")
	for _, o := range []render.Options{
		{Title: "שלום עולם"},
		{Title: "Acme", Tagline: "مرحبا بالعالم"},
		{Title: "Acme", CTA: "קנה עכשיו"},
	} {
		_, _, err := render.Banner(p, pr, o)
		if err == nil || !strings.Contains(err.Error(), "right-to-left") {
			t.Errorf("%+v: err = %v, want a right-to-left refusal", o, err)
		}
	}
	if _, _, err := render.Banner(p, pr, render.Options{Title: "Café Amélie", Tagline: "Prix\u202f: 12\u00a0€"}); err != nil {
		t.Errorf("left-to-right copy: %v", err)
	}
}
