package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckResolution: --resolution 1/2, 1/4 and 1/8 measure JPEG files
// scaled down and say so in their JSON line ("scale", with the file's
// width and height); PNG files and --resolution full are measured in full,
// with no "scale" field and the same lines as without the flag; a bad
// value is a usage error.
func TestCheckResolution(t *testing.T) {
	dir := checkFolder(t)
	imgs := filepath.Join(t.TempDir(), "res")
	os.MkdirAll(imgs, 0o755)
	img := image.NewNRGBA(image.Rect(0, 0, 203, 101))
	for y := range 101 {
		for x := range 203 {
			c := color.NRGBA{0x1d, 0x4e, 0xd8, 255}
			if x > 120 {
				c = color.NRGBA{0xf5, 0x9e, 0x0b, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var jb, pb bytes.Buffer
	if err := jpeg.Encode(&jb, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&pb, img); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(imgs, "a.jpg"), jb.Bytes(), 0o644)
	os.WriteFile(filepath.Join(imgs, "b.png"), pb.Bytes(), 0o644)
	args := []string{"check", "--palette", filepath.Join(dir, "brand.json"), "--format", "json", "--jobs", "1", imgs}
	plain, _, plainCode := runCLI(t, "", args...)
	for _, c := range []struct {
		flag  string
		scale int
	}{{"full", 0}, {"1/2", 2}, {"1/4", 4}, {"1/8", 8}} {
		out, stderr, code := runCLI(t, "", append(args, "--resolution", c.flag)...)
		if code != plainCode {
			t.Errorf("--resolution %s: exit %d, want %d (%s)", c.flag, code, plainCode, stderr)
		}
		if c.flag == "full" && out != plain {
			t.Errorf("--resolution full:\n%s\nwithout:\n%s", out, plain)
		}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var v struct {
				File          string
				Width, Height int
				Scale         *int
			}
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Fatalf("--resolution %s: %v in %s", c.flag, err, line)
			}
			want := c.scale
			if strings.HasSuffix(v.File, ".png") {
				want = 0
			}
			got := 0
			if v.Scale != nil {
				got = *v.Scale
			}
			if got != want || v.Width != 203 || v.Height != 101 || (want == 0) != (v.Scale == nil) {
				t.Errorf("--resolution %s: %s", c.flag, line)
			}
		}
	}
	_, stderr, code := runCLI(t, "", append(args, "--resolution", "1/3")...)
	if code != 2 || !strings.Contains(stderr, "1/3") {
		t.Errorf("--resolution 1/3: exit %d, %s", code, stderr)
	}
}
