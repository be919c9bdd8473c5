package jpeg

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	stdjpeg "image/jpeg"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plane is one component's samples: the visible ones of an image.
type plane struct {
	pix    []byte
	stride int
	w, h   int
}

// planes returns the Y (or grey), Cb and Cr planes of img.
func planes(img image.Image) []plane {
	switch m := img.(type) {
	case *image.Gray:
		return []plane{{m.Pix, m.Stride, m.Rect.Dx(), m.Rect.Dy()}}
	case *image.YCbCr:
		cw := m.COffset(m.Rect.Max.X-1, m.Rect.Min.Y) - m.COffset(m.Rect.Min.X, m.Rect.Min.Y) + 1
		ch := (m.COffset(m.Rect.Min.X, m.Rect.Max.Y-1)-m.COffset(m.Rect.Min.X, m.Rect.Min.Y))/m.CStride + 1
		return []plane{{m.Y, m.YStride, m.Rect.Dx(), m.Rect.Dy()}, {m.Cb, m.CStride, cw, ch}, {m.Cr, m.CStride, cw, ch}}
	}
	return nil
}

// boxError compares the scaled decode got with the full decode want
// averaged over s×s boxes of samples, plane by plane, on every box that
// lies inside the visible samples (a partial box at the right or bottom
// edge averages samples past the edge, which the full decode does not
// keep). It returns the largest absolute difference over the boxes
// without a clamped sample (0 or 255) and the mean over all boxes.
func boxError(t *testing.T, want, got image.Image, s int) (maxErr, meanErr float64) {
	t.Helper()
	wp, gp := planes(want), planes(got)
	if len(wp) != len(gp) || len(wp) == 0 {
		t.Fatalf("%T against %T", got, want)
	}
	n := 0
	for i := range wp {
		w, g := wp[i], gp[i]
		if g.w != (w.w+s-1)/s || g.h != (w.h+s-1)/s {
			t.Fatalf("plane %d: %dx%d scaled by %d gives %dx%d", i, w.w, w.h, s, g.w, g.h)
		}
		for y := 0; (y+1)*s <= w.h; y++ {
			for x := 0; (x+1)*s <= w.w; x++ {
				sum, clamped := 0, false
				for j := range s {
					for k := range s {
						v := w.pix[(y*s+j)*w.stride+x*s+k]
						sum += int(v)
						clamped = clamped || v == 0 || v == 255
					}
				}
				d := math.Abs(float64(g.pix[y*g.stride+x]) - float64(sum)/float64(s*s))
				if !clamped {
					maxErr = max(maxErr, d)
				}
				meanErr += d
				n++
			}
		}
	}
	if n > 0 {
		meanErr /= float64(n)
	}
	return maxErr, meanErr
}

// photoLike draws smooth gradients and soft shapes with mild noise: what
// a photograph is to an 8×8 block.
func photoLike(w, h int, seed uint64) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 11))
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	cx, cy := float64(w)*rng.Float64(), float64(h)*rng.Float64()
	for y := range h {
		for x := range w {
			r := math.Hypot(float64(x)-cx, float64(y)-cy) / float64(max(w, h))
			v := func(a, b float64) uint8 {
				return uint8(max(0, min(255, a+b*math.Sin(6*r+float64(x)/37)+rng.NormFloat64()*4)))
			}
			m.SetNRGBA(x, y, color.NRGBA{v(120, 90), v(140, 60), v(100, 80), 255})
		}
	}
	return m
}

// scaledInputs are the fixtures that Decode reads and Go-encoded images:
// every subsampling, baseline and progressive, restart intervals, and
// smooth, flat and noisy content at several qualities.
func scaledInputs(t *testing.T) map[string][]byte {
	in := map[string][]byte{}
	files, _ := filepath.Glob("testdata/*.jpg")
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "fallback-") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(f)] = data
	}
	for i, q := range []int{30, 75, 95} {
		for _, sz := range [][2]int{{203, 141}, {64, 64}} {
			var buf bytes.Buffer
			stdjpeg.Encode(&buf, photoLike(sz[0], sz[1], uint64(i)), &stdjpeg.Options{Quality: q})
			in[fmt.Sprintf("photo-%dx%d-q%d", sz[0], sz[1], q)] = buf.Bytes()
		}
	}
	return in
}

// TestScaledBoxAverage checks that decoding at 1/2, 1/4 and 1/8 gives the
// full decode averaged over 2×2, 4×4 and 8×8 boxes of samples, within a
// bound. The reduced transforms compute that average exactly before
// rounding; what is left is the full decode's own rounding (its integer
// IDCT is within 1 of the exact transform) and clamping, which the
// average of clamped samples and the clamped average do not share:
// ringing past 0 or 255 next to a hard edge (the fixtures' random pixels
// are off by up to 10 there). Boxes without a clamped sample must be within
// 1 (measured: 0.75), and the mean over all boxes within 0.5 (measured:
// 0.45 on the 7×5 and 17×9 fixtures, 0.26 at most on the smooth images;
// rounding the average alone costs 0.25 on average).
func TestScaledBoxAverage(t *testing.T) {
	for name, data := range scaledInputs(t) {
		want, err := stdjpeg.Decode(bytes.NewReader(data))
		if err != nil {
			continue // a fixture of image/jpeg's errors
		}
		for _, s := range []int{2, 4, 8} {
			got, f, err := decodeStrips(t, data, Options{Scale: s})
			if err != nil {
				t.Fatalf("%s at 1/%d: %v", name, s, err)
			}
			if f.Scale != s || f.Width != want.Bounds().Dx() || f.Height != want.Bounds().Dy() {
				t.Errorf("%s at 1/%d: frame %+v", name, s, f)
			}
			maxErr, meanErr := boxError(t, want, got, s)
			const maxBound, meanBound = 1, 0.5
			if maxErr > maxBound || meanErr > meanBound {
				t.Errorf("%s at 1/%d: max error %.2f (bound %v), mean %.3f (bound %v)", name, s, maxErr, maxBound, meanErr, meanBound)
			}
		}
	}
}

// TestIDCTScaledExact compares the reduced transforms with the exact
// (floating-point) 8×8 inverse DCT averaged over boxes, on random blocks:
// at most 1 apart (a rounding on either side of .5), and equal on nearly
// every sample.
func TestIDCTScaledExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cu := func(k int) float64 {
		if k == 0 {
			return 1 / math.Sqrt2
		}
		return 1
	}
	for _, n := range []int{2, 4} {
		s := 8 / n
		off := 0
		for iter := range 500 {
			var b block
			for range 1 + iter%64 {
				b[rng.IntN(64)] = int32(rng.IntN(1025) - 512)
			}
			b[0] = int32(rng.IntN(2049) - 1024)
			var full [8][8]float64
			for y := range 8 {
				for x := range 8 {
					for v := range 8 {
						for u := range 8 {
							full[y][x] += cu(u) * cu(v) / 4 * float64(b[8*v+u]) *
								math.Cos(float64(2*x+1)*float64(u)*math.Pi/16) * math.Cos(float64(2*y+1)*float64(v)*math.Pi/16)
						}
					}
				}
			}
			dst := make([]byte, n*n)
			idctScaled(&b, n, dst, n)
			for y := range n {
				for x := range n {
					sum := 0.0
					for j := range s {
						for i := range s {
							sum += full[y*s+j][x*s+i]
						}
					}
					want := max(0, min(255, math.Round(sum/float64(s*s))+128))
					if d := math.Abs(float64(dst[y*n+x]) - want); d > 1 {
						t.Fatalf("n=%d block %v: sample (%d,%d) = %d, want %v", n, b, x, y, dst[y*n+x], want)
					} else if d > 0 {
						off++
					}
				}
			}
		}
		if off > 500*n*n/100 {
			t.Errorf("n=%d: %d samples off by 1, want under 1%%", n, off)
		}
	}
}
