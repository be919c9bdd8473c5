package measure

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
)

// refScanRGBA is scanRGBA as it was at commit e044185, pixel by pixel
// through countRGB and addN, the reference its fast paths must match.
func refScanRGBA(pix []byte, stride, start, w, h int, premultiplied bool, acc *accumulator) {
	acc.trackRows, acc.rowClean = true, true
	acc.maxSpans = min(maxSpans, int(float64(w*h)*maxSpansPerPixel)+16)
	if cap(acc.dirty) >= h {
		acc.dirty = acc.dirty[:h]
	} else {
		acc.dirty = make([]bool, h)
	}
	prevPix, prevKey, run := uint32(0), uint32(0), uint32(0)
	for y := range h {
		row := pix[start+y*stride:][:4*w]
		i := 0
		for i < len(row) {
			// Four pixels at a time while they repeat the run's pixel.
			if run > 0 {
				pair := uint64(prevPix) | uint64(prevPix)<<32
				for i+16 <= len(row) {
					q := row[i : i+16]
					if binary.LittleEndian.Uint64(q[:8]) != pair || binary.LittleEndian.Uint64(q[8:]) != pair {
						break
					}
					run += 4
					i += 16
				}
				if i >= len(row) {
					break
				}
			}
			p := binary.LittleEndian.Uint32(row[i : i+4])
			if p == prevPix && run > 0 {
				run++
				i += 4
				continue
			}
			acc.countRGB(prevKey, prevPix&0xffffff, run, i/4)
			run = 0
			r, g, b, a := row[i], row[i+1], row[i+2], row[i+3]
			i += 4
			if a != 255 {
				acc.alphaSeen = true
				if a != 0 {
					if premultiplied {
						r, g, b = unpremultiply(r, a), unpremultiply(g, a), unpremultiply(b, a)
					}
					// A run of one translucent pixel (a veil over an
					// image): counted at once, in integers.
					n := uint32(1)
					for i+4 <= len(row) && binary.LittleEndian.Uint32(row[i:i+4]) == p {
						n++
						i += 4
					}
					acc.spanX = i/4 - int(n)
					acc.addN(r, g, b, a, n)
				}
				continue
			}
			prevPix, prevKey, run = p, rgbKey(r, g, b), 1
		}
		// Runs end with their row, so that each row knows its colours.
		acc.countRGB(prevKey, prevPix&0xffffff, run, w)
		run = 0
		acc.endRow(y)
		acc.spanY = int32(y + 1)
	}
}

// randomRows fills an 8-bit RGBA image's pixels with what the scans meet:
// runs of palette colours, of colours one level off them, of random
// colours, of zero bytes (transparent black) and of translucent pixels,
// and scattered noise.
func randomRows(r *rand.Rand, pix []byte, exact []uint32) {
	for i := 0; i < len(pix); {
		var p uint32
		switch r.IntN(7) {
		case 0, 1:
			p = exact[r.IntN(len(exact))] | 255<<24
		case 2:
			p = (exact[r.IntN(len(exact))] ^ 1<<uint(8*r.IntN(3))) | 255<<24
		case 3:
			p = r.Uint32() | 255<<24
		case 4:
			p = 0
		case 5:
			a := uint32(1 + r.IntN(254))
			p = exact[r.IntN(len(exact))]
			if r.IntN(2) == 0 {
				p = r.Uint32() & 0xffffff
			}
			// Premultiplied-looking: no channel above alpha, at times.
			if r.IntN(2) == 0 {
				c := color.NRGBA{uint8(p), uint8(p >> 8), uint8(p >> 16), uint8(a)}
				q := color.RGBAModel.Convert(c).(color.RGBA)
				p = uint32(q.R) | uint32(q.G)<<8 | uint32(q.B)<<16
			}
			p |= a << 24
		default:
			p = r.Uint32()
		}
		for n := 1 + r.IntN(1+r.IntN(40)); n > 0 && i < len(pix); n-- {
			binary.LittleEndian.PutUint32(pix[i:], p)
			i += 4
		}
	}
}

// scanState is what a scan leaves in an accumulator for the passes after.
type scanState struct {
	Touched                []uint32
	Counts                 []uint32
	Alpha                  map[int]uint64
	Exact, CleanExact      [MaxColors]uint64
	Dirty                  []bool
	Spans                  []span
	Overflow               bool
	Translucent, AlphaSeen bool
}

func stateOf(acc *accumulator) scanState {
	st := scanState{
		Touched: slices.Clone(acc.touched), Exact: acc.exact, CleanExact: acc.cleanExact,
		Dirty: slices.Clone(acc.dirty), Spans: slices.Clone(acc.spans), Overflow: acc.overflow,
		Translucent: acc.translucent, AlphaSeen: acc.alphaSeen, Alpha: map[int]uint64{},
	}
	for _, k := range acc.touched {
		st.Counts = append(st.Counts, acc.hist[k])
	}
	for k, a := range acc.alpha {
		if a != 0 {
			st.Alpha[k] = a
		}
	}
	return st
}

// TestScanRGBAMatchesReference: scanRGBA leaves the accumulator exactly as
// the pixel-by-pixel reference does (the same bins touched in the same
// order, spans, dirty rows, exact counts, alpha flags), on random NRGBA and
// premultiplied RGBA images and sub-images; and when it stops early (the
// image certain to take the dense pass), what the dense pass uses of it is
// the same, and the reference's full histogram agrees that it is dense.
func TestScanRGBAMatchesReference(t *testing.T) {
	m, err := New(&palette.Palette{
		Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
		Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
		Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
		Neutral:   []palette.Entry{{Color: palette.MustParseColor("#111827")}, {Color: palette.MustParseColor("#f9fafb")}},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func(old int) { denseCheckPixels = old }(denseCheckPixels)
	early, earlyClean := 0, 0
	for seed := range 300 {
		r := rand.New(rand.NewPCG(uint64(seed), 31))
		w, h := 1+r.IntN(90), 1+r.IntN(70)
		full := image.NewNRGBA(image.Rect(0, 0, w+r.IntN(5), h+r.IntN(5)))
		randomRows(r, full.Pix, m.exact)
		if seed%5 == 0 {
			// Photograph-like: mostly noise, so that the scan stops early.
			for i := range full.Pix {
				if r.IntN(8) != 0 {
					full.Pix[i] = uint8(r.Uint32())
				}
				if i%4 == 3 && seed%10 == 0 {
					full.Pix[i] = 255
				}
			}
		}
		if seed%5 == 1 {
			// Noise above, clean rows below: palette colours, opaque or
			// not, and transparent pixels, which the early stop must count.
			for y := range full.Rect.Dy() {
				row := full.Pix[y*full.Stride:][:4*full.Rect.Dx()]
				for x := 0; x < len(row); x += 4 {
					p := r.Uint32() | 255<<24
					if y > full.Rect.Dy()/2 {
						p = m.exact[r.IntN(len(m.exact))] | uint32([]uint8{0, 255, 255, 40}[r.IntN(4)])<<24
						if p>>24 == 0 {
							p = 0
						}
					}
					binary.LittleEndian.PutUint32(row[x:], p)
				}
			}
		}
		sub := full.SubImage(image.Rect(full.Rect.Dx()-w, full.Rect.Dy()-h, full.Rect.Dx(), full.Rect.Dy())).(*image.NRGBA)
		for _, premultiplied := range []bool{false, true} {
			start := sub.PixOffset(sub.Rect.Min.X, sub.Rect.Min.Y)
			want := &accumulator{m: m}
			refScanRGBA(sub.Pix, sub.Stride, start, w, h, premultiplied, want)
			denseCheckPixels = 1 << 62
			got := &accumulator{m: m}
			scanRGBA(sub.Pix, sub.Stride, start, w, h, premultiplied, got)
			if gs, ws := stateOf(got), stateOf(want); !reflect.DeepEqual(gs, ws) {
				t.Fatalf("seed %d %dx%d premultiplied %v: scan differs from the reference:\ngot  %+v\nwant %+v", seed, w, h, premultiplied, gs, ws)
			}
			denseCheckPixels = 1
			got.reset()
			scanRGBA(sub.Pix, sub.Stride, start, w, h, premultiplied, got)
			if !got.dense {
				continue
			}
			early++
			if seed%5 == 1 {
				earlyClean++
			}
			if tl := m.histTally(want); !(tl.candidates > sparseShare*tl.total) {
				t.Errorf("seed %d premultiplied %v: stopped early, but the image takes the sparse pass (%v of %v candidates)", seed, premultiplied, tl.candidates, tl.total)
			}
			gs, ws := stateOf(got), stateOf(want)
			if !reflect.DeepEqual(gs.Dirty, ws.Dirty) || gs.CleanExact != ws.CleanExact || gs.Translucent != ws.Translucent || gs.AlphaSeen != ws.AlphaSeen {
				t.Errorf("seed %d premultiplied %v: early stop differs from the reference:\ngot  %+v\nwant %+v", seed, premultiplied, gs, ws)
			}
		}
	}
	if early < 20 || earlyClean < 10 {
		t.Errorf("only %d scans stopped early, %d with clean rows after: the test looks at too few", early, earlyClean)
	}
}

// BenchmarkScanRGBA is the histogram scan alone of 8-bit RGBA images, the
// reference (pixel by pixel through countRGB) beside scanRGBA, with the
// brand palette the CLI tests use: random flat art, and the PNG files of
// HUEPRINT_CORPUS when set (photographs stop early there).
func BenchmarkScanRGBA(b *testing.B) {
	data, err := os.ReadFile("../../cmd/hueprint/testdata/brand.json")
	if err != nil {
		b.Fatal(err)
	}
	p, err := palette.Unmarshal(data)
	if err != nil {
		b.Fatal(err)
	}
	m, err := New(p, Options{})
	if err != nil {
		b.Fatal(err)
	}
	flat := image.NewNRGBA(image.Rect(0, 0, 1200, 628))
	randomRows(rand.New(rand.NewPCG(1, 2)), flat.Pix, m.exact)
	inputs := map[string][]image.Image{"random-runs": {flat}}
	names := []string{"random-runs"}
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, path := range paths {
			if !strings.HasSuffix(strings.ToLower(path), ".png") {
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			if img, _, err := Decode(bytes.NewReader(data), ReadOptions{}); err == nil {
				inputs["corpus.png"] = append(inputs["corpus.png"], img)
			}
		}
		if len(inputs["corpus.png"]) > 0 {
			names = append(names, "corpus.png")
		}
	}
	for _, name := range names {
		for _, alt := range []struct {
			name string
			scan func(pix []byte, stride, start, w, h int, premultiplied bool, acc *accumulator)
		}{{"reference", refScanRGBA}, {"scan", scanRGBA}} {
			b.Run(name+"/"+alt.name, func(b *testing.B) {
				acc := &accumulator{m: m}
				px := 0
				for b.Loop() {
					px = 0
					for _, img := range inputs[name] {
						bd := img.Bounds()
						switch im := img.(type) {
						case *image.NRGBA:
							alt.scan(im.Pix, im.Stride, im.PixOffset(bd.Min.X, bd.Min.Y), bd.Dx(), bd.Dy(), false, acc)
						case *image.RGBA:
							alt.scan(im.Pix, im.Stride, im.PixOffset(bd.Min.X, bd.Min.Y), bd.Dx(), bd.Dy(), true, acc)
						default:
							continue
						}
						px += bd.Dx() * bd.Dy()
						acc.reset()
					}
				}
				b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
			})
		}
	}
}

// TestReadAtRGBAMatchesStraight: readAt packs 8-bit RGBA pixels, straight
// and premultiplied, as the generic conversion (straight) of At does (but
// the colour of fully transparent pixels), on random rows with runs of zero
// bytes and translucency, from any x0.
func TestReadAtRGBAMatchesStraight(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	exact := []uint32{0x1d4ed8, 0xbfdbfe, 0xf59e0b}
	for seed := range 200 {
		w, h := 1+r.IntN(60), 1+r.IntN(8)
		rect := image.Rect(r.IntN(4), r.IntN(4), 0, 0)
		rect.Max = rect.Min.Add(image.Pt(w, h))
		nrgba, rgba := image.NewNRGBA(rect), image.NewRGBA(rect)
		randomRows(r, nrgba.Pix, exact)
		randomRows(r, rgba.Pix, exact)
		for _, img := range []image.Image{nrgba, rgba} {
			rr := rowReader{img: img}
			for y := rect.Min.Y; y < rect.Max.Y; y++ {
				x0 := r.IntN(w)
				dst := make([]uint32, w-x0)
				rr.readAt(y, x0, dst)
				for x, got := range dst {
					c := straight(img.At(rect.Min.X+x0+x, y))
					want := uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
					if c.A == 0 {
						got &= 0xff << 24 // fully transparent: the colour is of no use
					}
					if got != want {
						t.Fatalf("seed %d %T (%d, %d): readAt %#08x, At %#08x", seed, img, rect.Min.X+x0+x, y, got, want)
					}
				}
			}
		}
	}
}
