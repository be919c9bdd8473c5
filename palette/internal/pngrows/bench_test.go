package pngrows

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// benchPhoto is a w×h picture with smooth gradients and a little noise,
// closer to a wallpaper than noise alone (which defeats zlib and
// makes every row Paeth-heavy).
func benchPhoto(w, h int, alpha bool) image.Image {
	rng := rand.New(rand.NewPCG(7, 7))
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			n := rng.IntN(9) - 4
			r := 128 + 100*math.Sin(6*fx+2*fy) + float64(n)
			g := 128 + 90*math.Cos(4*fy-3*fx)
			b := 255 * fx * fy
			a := uint8(255)
			if alpha {
				a = uint8(255 - (x*y)%64)
			}
			m.SetNRGBA(x, y, color.NRGBA{uint8(r), uint8(g), uint8(b), a})
		}
	}
	if alpha {
		return m
	}
	rgba := image.NewRGBA(m.Rect)
	copy(rgba.Pix, m.Pix)
	return rgba
}

// benchFiles returns the synthetic inputs, and the PNG files under
// $HUEPRINT_CORPUS (not committed: Debian's wallpapers, see
// palette/measure/testdata/bench/bench.sh) as one group, "corpus".
func benchFiles(b testing.TB) (names []string, files map[string][][]byte) {
	files = map[string][][]byte{}
	for _, s := range []struct {
		name  string
		alpha bool
	}{{"rgb-1500x1000", false}, {"rgba-1500x1000", true}} {
		var buf bytes.Buffer
		if err := png.Encode(&buf, benchPhoto(1500, 1000, s.alpha)); err != nil {
			b.Fatal(err)
		}
		names = append(names, s.name)
		files[s.name] = [][]byte{buf.Bytes()}
	}
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		var paths []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".png") {
				paths = append(paths, p)
			}
			return nil
		})
		sort.Strings(paths)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				files["corpus"] = append(files["corpus"], data)
			}
		}
		if len(files["corpus"]) > 0 {
			names = append(names, "corpus")
		}
	}
	return names, files
}

// BenchmarkDecode compares Decode (rows emitted, never stacked) with the
// simplest alternative, image/png building the whole image; px/s counts
// the pixels of every file of a group, cpu-ns/op the CPU time of the
// process (garbage collection included) per pass over the group.
func BenchmarkDecode(b *testing.B) {
	names, files := benchFiles(b)
	paths := []struct {
		name string
		run  func(data []byte) (int, error)
	}{
		{"pngrows", func(data []byte) (int, error) {
			cfg, err := Decode(bytes.NewReader(data), func(image.Image) {})
			return cfg.Width * cfg.Height, err
		}},
		// The whole image, as measure.Decode needs it: each row copied
		// out of Decode's one-row buffer (what measure did before), or
		// converted straight into it by DecodeInto.
		{"whole-copied", func(data []byte) (int, error) {
			var whole []byte
			cfg, err := Decode(bytes.NewReader(data), func(row image.Image) {
				stride := rowStride(row)
				if whole == nil {
					whole = make([]byte, stride*benchHeight(data))
				}
				y := row.Bounds().Min.Y
				copy(whole[y*stride:(y+1)*stride], rowPix(row))
			})
			return cfg.Width * cfg.Height, err
		}},
		{"whole-into", func(data []byte) (int, error) {
			cfg, err := DecodeInto(bytes.NewReader(data), func(n int) []byte { return make([]byte, n) }, func(image.Image) {})
			return cfg.Width * cfg.Height, err
		}},
		{"image-png", func(data []byte) (int, error) {
			m, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				return 0, err
			}
			return m.Bounds().Dx() * m.Bounds().Dy(), nil
		}},
	}
	for _, n := range names {
		for _, p := range paths {
			b.Run(n+"/"+p.name, func(b *testing.B) {
				b.ReportAllocs()
				px := 0
				for _, data := range files[n] {
					k, err := p.run(data)
					if err != nil {
						b.Fatal(err)
					}
					px += k
				}
				cpu0, ok := processCPU()
				for b.Loop() {
					for _, data := range files[n] {
						p.run(data)
					}
				}
				if cpu1, ok1 := processCPU(); ok && ok1 {
					b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
				}
				b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
			})
		}
	}
}

// benchHeight returns the height in the IHDR chunk of the PNG file data.
func benchHeight(data []byte) int {
	return int(data[20])<<24 | int(data[21])<<16 | int(data[22])<<8 | int(data[23])
}

// rowPix returns the Pix of the one-row image m.
func rowPix(m image.Image) []byte {
	switch m := m.(type) {
	case *image.Gray:
		return m.Pix
	case *image.RGBA:
		return m.Pix
	case *image.NRGBA:
		return m.Pix
	case *image.Paletted:
		return m.Pix
	case *image.Gray16:
		return m.Pix
	case *image.RGBA64:
		return m.Pix
	case *image.NRGBA64:
		return m.Pix
	}
	return nil
}
