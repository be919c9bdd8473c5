package measure

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// TestAddOnesMatchesOneByOne: addOnes gives, bit for bit, the sum that
// adding 1 k times gives, also across binade boundaries, from sums with a
// fraction (as translucent pixels leave them) or whole.
func TestAddOnesMatchesOneByOne(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	xs := []float64{0, 254.0 / 255, 1.0 / 255, 0.5}
	for k := range 54 {
		p := math.Ldexp(1, k)
		xs = append(xs, p, p-0.5, p-1, p-254.0/255, math.Nextafter(p, 0), math.Nextafter(p, 2*p), p-r.Float64()*20)
	}
	for range 3000 {
		xs = append(xs, r.Float64()*math.Ldexp(1, r.IntN(40)), float64(r.IntN(1<<20))+float64(r.IntN(255))/255)
	}
	for _, x := range xs {
		for _, k := range []uint64{0, 1, 2, 3, 7, 100, uint64(1 + r.IntN(5000)), uint64(1 + r.IntN(1<<16))} {
			if x < 0 || x+float64(k) >= 1<<53 {
				continue
			}
			want := x
			for range k {
				want++
			}
			if got := addOnes(x, k); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("addOnes(%v, %d) = %v, one by one %v", x, k, got, want)
			}
		}
	}
}

// TestLowBit: x is a multiple of 2^lowBit(x), not of twice that.
func TestLowBit(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for range 10000 {
		x := r.Float64() * math.Ldexp(1, r.IntN(60)-20)
		if r.IntN(4) == 0 {
			x = math.Trunc(x)
		}
		if x == 0 {
			continue
		}
		lb := lowBit(x)
		q := math.Ldexp(x, -lb)
		if q != math.Trunc(q) || math.Mod(q, 2) != 1 {
			t.Fatalf("lowBit(%v) = %d: x/2^%d = %v", x, lb, lb, q)
		}
	}
}

// tallyOf runs the dense tally of img as Measure does, with the split
// tallies or with tallyRowRuns alone (general).
func tallyOf(m *Measurer, img image.Image, general bool) *tally {
	defer func(old, check bool) { generalTally, checkExactAdds = old, check }(generalTally, checkExactAdds)
	generalTally, checkExactAdds = general, true
	acc := &accumulator{m: m}
	m.scan(img, acc)
	s := m.newSpatial(img)
	s.dirty = acc.dirty
	s.whole = !acc.translucent
	t := s.run()
	s.release()
	return t
}

// TestMixedTallyMatchesGeneral: an NRGBA or RGBA image with translucent
// pixels on some rows has its other rows tallied whole (mixedRow), with the
// very sums of tallyRowRuns in floats, bit for bit: off-palette colours of
// a few bins, which translucent pixels of the same bins leave with
// fractions, then fill on the rows below (their sums of R, G, B reach the
// next powers of 2, where the whole rows must give way), palette colours,
// blends and transparent pixels.
func TestMixedTallyMatchesGeneral(t *testing.T) {
	seeds := 60
	if testing.Short() {
		seeds = 12
	}
	pal := &palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#111827")}, {Color: palette.MustParseColor("#f9fafb")}},
	}
	for _, mode := range []PhotoMode{PhotosExclude, PhotosInclude} {
		m, err := New(pal, Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for seed := range seeds {
			r := rand.New(rand.NewPCG(uint64(seed), 77))
			w, h := 1+r.IntN(300), 1+r.IntN(200)
			img := image.NewNRGBA(image.Rect(0, 0, w, h))
			palCol := func() color.NRGBA {
				e := m.exact[r.IntN(len(m.exact))]
				return color.NRGBA{uint8(e), uint8(e >> 8), uint8(e >> 16), 255}
			}
			// A few off-palette bins, as colours near a base.
			var bases []color.NRGBA
			for range 1 + r.IntN(4) {
				bases = append(bases, color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255})
			}
			for y := range h {
				for x := 0; x < w; {
					c := bases[r.IntN(len(bases))]
					switch r.IntN(6) {
					case 0:
						c = palCol()
					case 1:
						// A blend of two palette colours.
						a, b := palCol(), palCol()
						f := r.IntN(256)
						c = color.NRGBA{uint8((int(a.R)*f + int(b.R)*(255-f)) / 255), uint8((int(a.G)*f + int(b.G)*(255-f)) / 255), uint8((int(a.B)*f + int(b.B)*(255-f)) / 255), 255}
					case 2:
						c.R += uint8(r.IntN(16))
						c.G += uint8(r.IntN(16))
					}
					for n := 1 + r.IntN(6); n > 0 && x < w; n-- {
						img.SetNRGBA(x, y, c)
						x++
					}
				}
			}
			// A photograph's noise (photo cells, and their edges).
			if r.IntN(2) == 0 {
				x0, y0 := r.IntN(w), r.IntN(h)
				for y := y0; y < min(h, y0+40+r.IntN(80)); y++ {
					for x := x0; x < min(w, x0+40+r.IntN(80)); x++ {
						c := bases[r.IntN(len(bases))]
						c.R += uint8(r.IntN(20))
						c.G += uint8(r.IntN(20))
						c.B += uint8(r.IntN(20))
						img.SetNRGBA(x, y, c)
					}
				}
			}
			// Translucent pixels on a few rows, of the bins' colours, and
			// transparent ones.
			for k := range 1 + r.IntN(8) {
				x, y := r.IntN(w), r.IntN(h)
				if k == 0 {
					y = r.IntN(h/4 + 1) // with the rows below to fill its bin
				}
				c := bases[r.IntN(len(bases))]
				c.A = []uint8{0, 1, 100, 254}[r.IntN(4)]
				if r.IntN(4) == 0 {
					c = palCol()
					c.A = uint8(1 + r.IntN(254))
				}
				img.SetNRGBA(x, y, c)
			}
			rgba := image.NewRGBA(img.Bounds())
			draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
			sub := image.Rect(r.IntN(1+w/4), r.IntN(1+h/4), w-r.IntN(1+w/4), h-r.IntN(1+h/4))
			for name, in := range map[string]image.Image{"nrgba": img, "rgba": rgba, "nrgba-sub": img.SubImage(sub), "rgba-sub": rgba.SubImage(sub)} {
				got, want := tallyOf(m, in, false), tallyOf(m, in, true)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%v seed %d %s %dx%d: mixed tally differs from the general one:\ntotal %v %v, off %v %v, photo %v %v, weights %v %v",
						mode, seed, name, w, h, got.total, want.total, got.off, want.off, got.photo, want.photo, got.weights, want.weights)
					for i := range got.offBins {
						if got.offBins[i] != want.offBins[i] {
							t.Errorf("bin %d: %+v, general %+v", i, got.offBins[i], want.offBins[i])
							break
						}
					}
				}
			}
		}
	}
}

// TestShownIn: shownIn counts the pixels of alpha 255 among pixels of
// alpha 0 or 255, at every length up to a cell and beyond.
func TestShownIn(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 10))
	for n := range 40 {
		for range 20 {
			px := make([]byte, 4*n)
			want := 0
			for i := 0; i < len(px); i += 4 {
				px[i], px[i+1], px[i+2] = uint8(r.Uint32()), uint8(r.Uint32()), uint8(r.Uint32())
				if r.IntN(3) != 0 {
					px[i+3] = 255
					want++
				}
			}
			if got := shownIn(px); got != want {
				t.Fatalf("%d pixels: shownIn = %d, want %d", n, got, want)
			}
		}
	}
}

// TestTranslucentIn: translucentIn finds a pixel of alpha 1 to 254 among
// opaque and transparent ones, wherever it is, at every length.
func TestTranslucentIn(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	for n := range 80 {
		for range 20 {
			px := make([]byte, 4*n)
			for i := 0; i < len(px); i += 4 {
				px[i], px[i+1], px[i+2] = uint8(r.Uint32()), uint8(r.Uint32()), uint8(r.Uint32())
				px[i+3] = []uint8{0, 255, 255}[r.IntN(3)]
			}
			if translucentIn(px) {
				t.Fatalf("%d pixels: translucent, but none is", n)
			}
			if n == 0 {
				continue
			}
			px[4*r.IntN(n)+3] = uint8(1 + r.IntN(254))
			if !translucentIn(px) {
				t.Fatalf("%d pixels: not translucent, but one is", n)
			}
		}
	}
}

// TestAlphas: alphas notes a pixel that is not opaque, and whether it is
// translucent, wherever it is in rows of every length.
func TestAlphas(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for n := range 100 {
		for range 30 {
			px := make([]byte, 4*n)
			for i := 0; i < len(px); i += 4 {
				px[i], px[i+1], px[i+2], px[i+3] = uint8(r.Uint32()), uint8(r.Uint32()), uint8(r.Uint32()), 255
			}
			for range r.IntN(3) {
				if n > 0 {
					px[4*r.IntN(n)+3] = []uint8{0, 1, 254, uint8(r.IntN(256))}[r.IntN(4)]
				}
			}
			var want accumulator
			for i := 3; i < len(px); i += 4 {
				want.alphaSeen = want.alphaSeen || px[i] != 255
				want.translucent = want.translucent || px[i] != 255 && px[i] != 0
			}
			var got accumulator
			alphas(px, &got)
			if got.alphaSeen != want.alphaSeen || got.translucent != want.translucent {
				t.Fatalf("%d pixels: alphaSeen %v translucent %v, want %v %v", n, got.alphaSeen, got.translucent, want.alphaSeen, want.translucent)
			}
		}
	}
}

// TestRunEnd: runEnd finds the end of the run that starts at every pixel
// of rows of runs of every length, as following it pixel by pixel does.
func TestRunEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	for n := 1; n < 70; n++ {
		for range 20 {
			px := make([]byte, 4*n)
			c := r.Uint32()
			for i := 0; i < len(px); i += 4 {
				if r.IntN(6) == 0 {
					c = r.Uint32() & 0xff0000ff
				}
				binary.LittleEndian.PutUint32(px[i:], c)
			}
			for x := range n {
				p := binary.LittleEndian.Uint32(px[4*x:])
				want := x + 1
				for want < n && binary.LittleEndian.Uint32(px[4*want:]) == p {
					want++
				}
				if got := runEnd(px, x, p); got != want {
					t.Fatalf("%d pixels, run at %d: runEnd = %d, want %d", n, x, got, want)
				}
			}
		}
	}
}
