package vp8

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestFiltersSameAsReference: on random planes, smooth or noisy, with
// random levels, filter246 and filter2 change exactly the pixels upstream's
// change, to the same values, across vertical and horizontal edges.
func TestFiltersSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const stride, height = 40, 24
	for iter := 0; iter < 3000; iter++ {
		pix := make([]byte, stride*height)
		base, spread := rng.IntN(256), 1+rng.IntN(1<<rng.IntN(9))
		for i := range pix {
			pix[i] = byte(min(255, max(0, base+rng.IntN(spread)-spread/2)))
		}
		got, want := bytes.Clone(pix), bytes.Clone(pix)
		level, ilevel, hlevel := rng.IntN(200), 1+rng.IntN(63), rng.IntN(4)
		n := 8 << rng.IntN(2)
		vertical := rng.IntN(2) == 0
		index, iStep, jStep := 8*stride+8, stride, 1 // rows across a vertical edge
		if !vertical {
			iStep, jStep = 1, stride
		}
		four := rng.IntN(2) == 0
		filter246(got, n, level, ilevel, hlevel, index, iStep, jStep, four)
		refFilter246(want, n, level, ilevel, hlevel, index, iStep, jStep, four)
		if !bytes.Equal(got, want) {
			t.Fatalf("filter246 (n %d, levels %d/%d/%d, vertical edge %v, four %v) differs from upstream",
				n, level, ilevel, hlevel, vertical, four)
		}
		got, want = bytes.Clone(pix), bytes.Clone(pix)
		filter2(got, level, index, iStep, jStep)
		refFilter2(want, level, index, iStep, jStep)
		if !bytes.Equal(got, want) {
			t.Fatalf("filter2 (level %d, vertical edge %v) differs from upstream", level, vertical)
		}
	}
}

// BenchmarkFilter246 filters the edges of a 64x64 plane of mildly noisy
// samples (most pixels pass the difference tests, as in photographs) with
// upstream's filter246 and the fork's, across vertical and horizontal
// edges, as normalFilter does for one macroblock's luma.
func BenchmarkFilter246(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 8))
	const stride = 64
	plane := make([]byte, stride*stride)
	for i := range plane {
		plane[i] = byte(100 + rng.IntN(9))
	}
	for _, bc := range []struct {
		name string
		f    func(pix []byte, n, level, ilevel, hlevel, index, iStep, jStep int, fourNotSix bool)
	}{{"upstream", refFilter246}, {"fork", filter246}} {
		b.Run(bc.name, func(b *testing.B) {
			pix := bytes.Clone(plane)
			for b.Loop() {
				copy(pix, plane)
				for e := 16; e < 64; e += 4 {
					bc.f(pix, 16, 40, 10, 1, 16*stride+e, stride, 1, e%16 != 0)
					bc.f(pix, 16, 40, 10, 1, e*stride+16, 1, stride, e%16 != 0)
				}
			}
		})
	}
}

// decodeFrameFile decodes the VP8 frame of a simple-format WebP file (one
// "VP8 " chunk after the RIFF header) with a Decoder and returns it.
func decodeFrameFile(tb testing.TB, path string) *Decoder {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if len(data) < 20 || string(data[12:16]) != "VP8 " {
		tb.Fatalf("%s: not a simple lossy WebP file", path)
	}
	n := int(binary.LittleEndian.Uint32(data[16:20]))
	d := NewDecoder()
	d.Init(bytes.NewReader(data[20:]), n)
	if _, err := d.DecodeFrameHeader(); err != nil {
		tb.Fatal(err)
	}
	if _, err := d.DecodeFrame(); err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkNormalFilter runs the normal loop filter over the top 16
// macroblock rows (256 pixel rows, at most) of a decoded frame, its
// planes restored before each run: the first file of $HUEPRINT_WEBP_CORPUS
// (photographs) when set, else a committed test file.
func BenchmarkNormalFilter(b *testing.B) {
	path := filepath.Join("..", "webp", "testdata", "blue-purple-pink-large.normal-filter.lossy.webp")
	if dir := os.Getenv("HUEPRINT_WEBP_CORPUS"); dir != "" {
		if paths, _ := filepath.Glob(filepath.Join(dir, "*.webp")); len(paths) > 0 {
			sort.Strings(paths)
			path = paths[0]
		}
	}
	d := decodeFrameFile(b, path)
	d.mbh = min(d.mbh, 16)
	y := bytes.Clone(d.img.Y[:16*d.mbh*d.img.YStride])
	cb := bytes.Clone(d.img.Cb[:8*d.mbh*d.img.CStride])
	cr := bytes.Clone(d.img.Cr[:8*d.mbh*d.img.CStride])
	for b.Loop() {
		copy(d.img.Y, y)
		copy(d.img.Cb, cb)
		copy(d.img.Cr, cr)
		d.normalFilter()
	}
}
