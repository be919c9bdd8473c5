package main

import (
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette/render"
)

// writeLogo writes a small two-colour logo with a transparent ground.
func writeLogo(t *testing.T, path string) {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 120, 60))
	for y := 10; y < 50; y++ {
		for x := 10; x < 110; x++ {
			img.SetNRGBA(x, y, color.NRGBA{0xe1, 0x1d, 0x48, 0xff})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestBannerLogoAndGlyphs(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	logo := filepath.Join(dir, "logo.png")
	writeLogo(t, logo)
	out := filepath.Join(dir, "post.png")
	stdout, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--preset", "instagram-post", "--title", "Café 🚀",
		"--tagline", "Du pain au levain cuit chaque matin", "--cta", "Commander", "--logo", logo, "-o", out, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, `"🚀" (U+1F680) in the title`) {
		t.Errorf("no warning for the missing glyph: %q", stderr)
	}
	var rep struct {
		Texts []struct {
			Role        string
			Text        string
			SizePx      float64 `json:"size_px"`
			MinPx       float64 `json:"min_px"`
			PreferredPx float64 `json:"preferred_px"`
		}
		Logo *struct {
			Box   [4]int
			Share float64
		}
		Glyphs []struct{ Role, Char, Code string } `json:"missing_glyphs"`
		Notes  []string
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if len(rep.Glyphs) != 1 || rep.Glyphs[0].Code != "U+1F680" || rep.Glyphs[0].Char != "🚀" || rep.Glyphs[0].Role != "title" {
		t.Errorf("missing glyphs %+v", rep.Glyphs)
	}
	if len(rep.Texts) != 3 || rep.Texts[0].Text != "Café" {
		t.Errorf("texts %+v: the title must be reported as drawn, without the emoji", rep.Texts)
	}
	for _, tx := range rep.Texts {
		if tx.SizePx < tx.MinPx || tx.MinPx < 16 {
			t.Errorf("%s at %.1f px under its floor %.1f", tx.Role, tx.SizePx, tx.MinPx)
		}
	}
	pr, _ := render.PresetByName("instagram-post")
	if rep.Logo == nil || rep.Logo.Share <= 0 || !image.Rect(rep.Logo.Box[0], rep.Logo.Box[1], rep.Logo.Box[0]+rep.Logo.Box[2], rep.Logo.Box[1]+rep.Logo.Box[3]).In(pr.Safe) {
		t.Errorf("logo %+v", rep.Logo)
	}
	if !strings.Contains(strings.Join(rep.Notes, "\n"), "left out of the 60-30-10 measurement") {
		t.Errorf("notes %q do not say the logo is left out of the measurement", rep.Notes)
	}
	// Without a logo, the key is null; there are no missing glyphs.
	stdout, _, _ = runCLI(t, "", "banner", "--palette", pal, "--preset", "x-header", "-o", filepath.Join(dir, "x.png"), "--format", "json")
	if !strings.Contains(stdout, `"logo":null`) || !strings.Contains(stdout, `"missing_glyphs":[]`) {
		t.Errorf("no logo: %s", stdout)
	}
}

func TestBannerRefusesLongCopy(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	long := strings.Repeat("Du pain au levain cuit chaque matin au feu de bois, ", 6)
	_, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--preset", "linkedin-company", "--title", "Boulangerie Martin",
		"--tagline", long, "-o", filepath.Join(dir, "c.png"))
	if code != exitUsage || !strings.Contains(stderr, "linkedin-company") || !strings.Contains(stderr, "Du pain au levain") || !strings.Contains(stderr, "pixels") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.png")); err == nil {
		t.Error("a PNG was written for refused copy")
	}
	// With --preset all, the presets where it fits are still written.
	kit := filepath.Join(dir, "kit")
	_, stderr, code = runCLI(t, "", "banner", "--palette", pal, "--preset", "all", "--out-dir", kit, "--title", "Boulangerie Martin",
		"--tagline", strings.Repeat("Du pain au levain cuit chaque matin, ", 4))
	entries, _ := os.ReadDir(kit)
	if code != exitUsage || len(entries) == 0 || len(entries) >= len(render.Presets()) || !strings.Contains(stderr, "does not fit") && !strings.Contains(stderr, "do not fit") {
		t.Errorf("all: exit %d, %d files: %s", code, len(entries), stderr)
	}
}

func TestBannerLogoErrors(t *testing.T) {
	dir := t.TempDir()
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(checkPalette), 0o644)
	svg := filepath.Join(dir, "logo.svg")
	os.WriteFile(svg, []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), 0o644)
	disguised := filepath.Join(dir, "svg.png")
	os.WriteFile(disguised, []byte(`<?xml version="1.0"?><svg/>`), 0o644)
	clear := filepath.Join(dir, "clear.png")
	f, _ := os.Create(clear)
	png.Encode(f, image.NewNRGBA(image.Rect(0, 0, 10, 10)))
	f.Close()
	for _, tt := range []struct{ logo, want string }{
		{svg, "SVG is not supported"},
		{disguised, "looks like SVG or XML"},
		{pal, "not a PNG"},
		{clear, "no visible pixel"},
		{filepath.Join(dir, "nope.png"), "no such file"},
	} {
		stdout, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--logo", tt.logo, "-o", filepath.Join(dir, "x.png"))
		if code != exitUsage || !strings.Contains(stderr, tt.want) || stdout != "" {
			t.Errorf("%s: exit %d stderr %q", tt.logo, code, stderr)
		}
	}
}
