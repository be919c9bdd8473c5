package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// TestCheckFullDecode checks that the default path (our own JPEG and PNG
// decoders, MeasureReader) and --full-decode (the standard decoders, then
// Measure) write the same lines, errors included, for the folder of
// good, failing and broken PNG and JPEG files, plus images that take issue
// 16's neighbourhood and photo passes (a gradient, a noisy photograph
// pasted on a flat banner) and the strip decoder's fixtures (progressive,
// every subsampling, restart markers, files it hands over), in both photo
// modes.
func TestCheckFullDecode(t *testing.T) {
	dir := checkFolder(t)
	imgs := filepath.Join(dir, "images")
	banner := image.NewNRGBA(image.Rect(0, 0, 300, 160))
	for y := 0; y < 160; y++ {
		for x := 0; x < 300; x++ {
			c := color.NRGBA{0x1d, 0x4e, 0xd8, 255}
			switch {
			case x < 100: // a gradient from primary to secondary
				f := float64(x) / 100
				c = color.NRGBA{uint8(0x1d + f*(0xbf-0x1d)), uint8(0x4e + f*(0xdb-0x4e)), uint8(0xd8 + f*(0xfe-0xd8)), 255}
			case x >= 180 && y >= 20 && y < 140: // a noisy "photograph"
				v := uint32(x*7919+y*104729) * 2654435761
				c = color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), 255}
			}
			banner.SetNRGBA(x, y, c)
		}
	}
	var jb, pb bytes.Buffer
	if err := jpeg.Encode(&jb, banner, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&pb, banner); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(imgs, "i-banner.jpg"), jb.Bytes(), 0o644)
	os.WriteFile(filepath.Join(imgs, "i-banner.png"), pb.Bytes(), 0o644)
	fixtures, _ := filepath.Glob("../../palette/internal/jpeg/testdata/*.jpg")
	if len(fixtures) == 0 {
		t.Fatal("no JPEG fixtures in palette/internal/jpeg/testdata")
	}
	for _, f := range fixtures {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(imgs, "sub", filepath.Base(f)), data, 0o644)
	}
	for _, photos := range []string{"exclude", "include"} {
		args := []string{"check", "--palette", filepath.Join(dir, "brand.json"), "--format", "json", "--jobs", "2", "--photos", photos, imgs}
		fast, _, fastCode := runCLI(t, "", args...)
		full, _, fullCode := runCLI(t, "", append(args, "--full-decode")...)
		if fast != full || fastCode != fullCode {
			t.Errorf("--photos %s: default (exit %d):\n%s\n--full-decode (exit %d):\n%s", photos, fastCode, fast, fullCode, full)
		}
		if fast == "" {
			t.Error("no output")
		}
		// The memory limit changes when memory is collected, not results.
		tight, _, tightCode := runCLI(t, "", append(args, "--tight-memory")...)
		if tight != fast || tightCode != fastCode {
			t.Errorf("--photos %s: --tight-memory (exit %d):\n%s\nwithout (exit %d):\n%s", photos, tightCode, tight, fastCode, fast)
		}
	}
	// Masks come from the same pixels.
	fastMasks, fullMasks := filepath.Join(dir, "masks-fast"), filepath.Join(dir, "masks-full")
	args := []string{"check", "--palette", filepath.Join(dir, "brand.json"), "--format", "json", "--jobs", "2", imgs}
	runCLI(t, "", append(args, "--mask", fastMasks)...)
	runCLI(t, "", append(args, "--mask", fullMasks, "--full-decode")...)
	names, _ := filepath.Glob(filepath.Join(fullMasks, "*.png"))
	if len(names) < 5 {
		t.Fatalf("only %d masks in %s", len(names), fullMasks)
	}
	for _, n := range names {
		want, _ := os.ReadFile(n)
		got, err := os.ReadFile(filepath.Join(fastMasks, filepath.Base(n)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("mask %s differs from --full-decode's (%v)", filepath.Base(n), err)
		}
	}
}
