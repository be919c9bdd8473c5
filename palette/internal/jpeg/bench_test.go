package jpeg

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	stdjpeg "image/jpeg"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// corpus returns the JPEG files of the folder HUEPRINT_CORPUS names
// (testdata/bench/README.md in palette/measure says how to build one from
// Debian's wallpaper packages), or of testdata when it is unset, by name and
// split into sequential and progressive files. Files our decoder hands
// over (ErrUnsupported: arithmetic coding, CMYK …) are left to image/jpeg;
// any other error on a file image/jpeg decodes fails the test, so that a
// regression cannot hide as a file the corpus no longer holds.
func corpus(tb testing.TB) (names map[string][]string, files map[string][]byte) {
	dir := os.Getenv("HUEPRINT_CORPUS")
	if dir == "" {
		dir = "testdata"
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(paths)
	names, files = map[string][]string{}, map[string][]byte{}
	for _, p := range paths {
		if ext := strings.ToLower(filepath.Ext(p)); ext != ".jpg" && ext != ".jpeg" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		f, err := Decode(data, Options{Scale: 8}, func(image.Image) {})
		if err != nil {
			if errors.Is(err, ErrUnsupported) {
				continue // image/jpeg's files, not ours
			}
			if _, stdErr := stdjpeg.Decode(bytes.NewReader(data)); stdErr == nil {
				tb.Errorf("%s: Decode: %v, but image/jpeg decodes it", p, err)
			}
			continue
		}
		group := "sequential"
		if f.Progressive {
			group = "progressive"
		}
		names[group] = append(names[group], p)
		files[p] = data
	}
	if len(files) == 0 {
		tb.Fatalf("no JPEG file that Decode reads in %s", dir)
	}
	return names, files
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkDecodeCorpus decodes every file of a group (sequential,
// progressive) per iteration with Decode and, beside it, with image/jpeg.
// cpu-ms/op is the process's CPU time per iteration, which other processes
// on a shared machine disturb less than the wall time of ns/op.
//
//	HUEPRINT_CORPUS=/tmp/cj go test ./palette/internal/jpeg -run '^$' -bench DecodeCorpus
func BenchmarkDecodeCorpus(b *testing.B) {
	names, files := corpus(b)
	decoders := []struct {
		name string
		run  func(data []byte) error
	}{
		{"ours", func(data []byte) error {
			_, err := Decode(data, Options{}, func(image.Image) {})
			return err
		}},
		{"image-jpeg", func(data []byte) error {
			_, err := stdjpeg.Decode(bytes.NewReader(data))
			return err
		}},
	}
	for _, group := range []string{"sequential", "progressive"} {
		for _, dec := range decoders {
			b.Run(group+"/"+dec.name, func(b *testing.B) {
				if len(names[group]) == 0 {
					b.Skipf("no %s file", group)
				}
				b.ReportAllocs()
				px := 0
				for _, p := range names[group] {
					cfg, _ := stdjpeg.DecodeConfig(bytes.NewReader(files[p]))
					px += cfg.Width * cfg.Height
				}
				t0 := cpuTime()
				for b.Loop() {
					for _, p := range names[group] {
						if err := dec.run(files[p]); err != nil {
							b.Fatalf("%s: %v", p, err)
						}
					}
				}
				b.ReportMetric(float64(cpuTime()-t0)/1e6/float64(b.N), "cpu-ms/op")
				b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
			})
		}
	}
}

// TestCorpus compares Decode with image/jpeg on every file of the corpus
// (HUEPRINT_CORPUS, else testdata), strip by strip.
func TestCorpus(t *testing.T) {
	names, files := corpus(t)
	for _, group := range []string{"sequential", "progressive"} {
		for _, p := range names[group] {
			if err := sameStrips(files[p]); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		}
	}
}

// sameStrips decodes data with both decoders and compares the strips with
// image/jpeg's image as they come.
func sameStrips(data []byte) error {
	want, err := stdjpeg.Decode(bytes.NewReader(data))
	if err != nil {
		return err
	}
	var diff error
	_, err = Decode(data, Options{}, func(s image.Image) {
		if diff != nil {
			return
		}
		r := s.Bounds()
		switch s := s.(type) {
		case *image.Gray:
			w := want.(*image.Gray)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				if !bytes.Equal(s.Pix[s.PixOffset(0, y):][:r.Dx()], w.Pix[w.PixOffset(0, y):][:r.Dx()]) {
					diff = fmt.Errorf("row %d differs", y)
					return
				}
			}
		case *image.YCbCr:
			w := want.(*image.YCbCr)
			cw := w.COffset(r.Max.X-1, 0) - w.COffset(0, 0) + 1
			for y := r.Min.Y; y < r.Max.Y; y++ {
				so, wo := s.COffset(0, y), w.COffset(0, y)
				if !bytes.Equal(s.Y[s.YOffset(0, y):][:r.Dx()], w.Y[w.YOffset(0, y):][:r.Dx()]) ||
					!bytes.Equal(s.Cb[so:][:cw], w.Cb[wo:][:cw]) || !bytes.Equal(s.Cr[so:][:cw], w.Cr[wo:][:cw]) {
					diff = fmt.Errorf("row %d differs", y)
					return
				}
			}
		}
	})
	if err != nil {
		return err
	}
	return diff
}
