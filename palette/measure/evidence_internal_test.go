package measure

import (
	"image"
	"image/color"
	"math/rand/v2"
	"reflect"
	"testing"
)

// evidenceScene paints w×h pixels of flat palette areas, blends between
// two palette colours (steps of a gradient, anti-aliased edges), colours
// one level off a blend, noise, and, when translucent, pixels of any alpha:
// runs and columns of repeated bytes, so that many neighbours of a tested
// pixel have its very bytes.
func evidenceScene(r *rand.Rand, w, h int, cols []color.NRGBA, translucent bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	mix := func(a, b color.NRGBA, t float64) color.NRGBA {
		f := func(u, v uint8) uint8 { return uint8(float64(u)*(1-t) + float64(v)*t + 0.5) }
		return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 255}
	}
	pick := func() color.NRGBA {
		a, b := cols[r.IntN(len(cols))], cols[r.IntN(len(cols))]
		switch r.IntN(6) {
		case 0, 1:
			return a
		case 2, 3:
			return mix(a, b, float64(r.IntN(17))/16)
		case 4:
			c := mix(a, b, r.Float64())
			c.G ^= uint8(r.IntN(2))
			return c
		}
		return color.NRGBA{uint8(r.IntN(256)), uint8(r.IntN(256)), uint8(r.IntN(256)), 255}
	}
	for y := range h {
		for x := 0; x < w; {
			c := pick()
			if y > 0 && r.IntN(3) > 0 {
				c = img.NRGBAAt(x, y-1) // the row above goes on
			}
			if translucent && r.IntN(8) == 0 {
				c.A = uint8(r.IntN(256))
			}
			for n := 1 + r.IntN(12); n > 0 && x < w; n-- {
				img.SetNRGBA(x, y, c)
				x++
			}
		}
	}
	return img
}

// TestSameBytesKeepsEvidence: the blend test's rejection of neighbours of
// the tested pixel's bytes (sameBytes) gives, at every blend pixel and JPEG
// edge reading of NRGBA and RGBA images read in place, in photo areas or
// not, the verdict of the test that classifies every neighbour; and Measure
// and Mask give the same results with it as without.
func TestSameBytesKeepsEvidence(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 2026))
	cols := []color.NRGBA{{0x1d, 0x4e, 0xd8, 255}, {0xbf, 0xdb, 0xfe, 255}, {0xf5, 0x9e, 0x0b, 255}, {0x11, 0x18, 0x27, 255}, {0xf9, 0xfa, 0xfb, 255}}
	fired := 0
	for _, mode := range []PhotoMode{PhotosExclude, PhotosInclude} {
		m, err := New(photoTestPalette, Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for k := range 24 {
			w, h := 1+r.IntN(150), 1+r.IntN(150)
			src := evidenceScene(r, w, h, cols, k%3 == 0)
			var img image.Image = src
			if k%2 == 1 {
				rgba := image.NewRGBA(src.Rect)
				for y := range h {
					for x := range w {
						rgba.Set(x, y, src.At(x, y))
					}
				}
				img = rgba
			}
			s := m.newSpatial(img)
			s.inPlace = true
			s.photo = make([]bool, s.cw*s.ch)
			for i := range s.photo {
				s.photo[i] = r.IntN(5) == 0
			}
			s.anyPhoto, s.photoOut = true, s.m.photos == PhotosExclude // as decidePhotos sets them
			for y := range h {
				for x := range w {
					c := s.at(x, y)
					if c>>24 == 0 {
						continue
					}
					code, tt := s.fillCode(c)
					i, j, p, reachOf, ok := testedPair(s, c, code)
					if !ok {
						continue
					}
					if code == codeOff {
						tt = p.project(c)
					}
					if s.sameBytes(x, y) != 0 {
						fired++
					}
					got := s.evidenceWithin(x, y, i, j, tt, p, reachOf)
					noSameBytes = true
					want := s.evidenceWithin(x, y, i, j, tt, p, reachOf)
					noSameBytes = false
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%T %dx%d %v (%d, %d) colour %08x pair (%d, %d) at %v: evidence %v, classifying every neighbour %v", img, w, h, mode, x, y, c, i, j, tt, got, want)
					}
				}
			}
			s.release()
			got, gotMask := m.Measure(img), m.Mask(img)
			noSameBytes = true
			want, wantMask := m.Measure(img), m.Mask(img)
			noSameBytes = false
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%T %dx%d %v: Measure %+v, without the rejection %+v", img, w, h, mode, got, want)
			}
			if !gotMask.Bounds().Eq(wantMask.Bounds()) || string(gotMask.Pix) != string(wantMask.Pix) {
				t.Errorf("%T %dx%d %v: masks differ", img, w, h, mode)
			}
		}
	}
	if fired == 0 {
		t.Fatal("no tested pixel could take the rejection")
	}
}

// TestSameColourKeepsEvidenceRing: in the dense tally of a JPEG (read
// through the ring), passing over neighbours of the tested pixel's colour
// (evidenceAt) or placing them at its position unclassified (position)
// gives, at every blend
// pixel and JPEG edge reading outside excluded photo cells, the verdict of
// the test that classifies every neighbour, at 4:4:4 and 4:2:0, photos
// excluded or included; and Measure gives the same results with it as
// without.
func TestSameColourKeepsEvidenceRing(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 2026))
	cols := []color.NRGBA{{0x1d, 0x4e, 0xd8, 255}, {0xbf, 0xdb, 0xfe, 255}, {0xf5, 0x9e, 0x0b, 255}, {0x11, 0x18, 0x27, 255}, {0xf9, 0xfa, 0xfb, 255}}
	fired, tested := 0, 0
	for _, mode := range []PhotoMode{PhotosExclude, PhotosInclude} {
		m, err := New(photoTestPalette, Options{Photos: mode})
		if err != nil {
			t.Fatal(err)
		}
		for k := range 16 {
			// At most ringRows rows: every row stays in the ring.
			w, h := 1+r.IntN(150), 1+r.IntN(ringRows)
			src := evidenceScene(r, w, h, cols, false)
			ratio := image.YCbCrSubsampleRatio444
			if k%2 == 1 {
				ratio = image.YCbCrSubsampleRatio420
			}
			img := yccOf(src, ratio)
			s := m.newSpatial(img)
			s.photo = make([]bool, s.cw*s.ch)
			for i := range s.photo {
				s.photo[i] = r.IntN(5) == 0
			}
			s.anyPhoto, s.photoOut = true, s.m.photos == PhotosExclude // as decidePhotos sets them
			s.fused, s.ringTest = true, true
			s.ring.size(s.w, ringRows, true)
			for s.loaded < h {
				s.load()
			}
			for y := range h {
				for x := range w {
					if mode == PhotosExclude && s.photo[(y/cellSize)*s.cw+x/cellSize] {
						continue // not read, not tested
					}
					c := s.cols[y%ringRows][x]
					i, j, p, reachOf, ok := testedPair(s, c, m.pixelCode(c))
					if !ok {
						continue
					}
					tt := p.project(c)
					tested++
					if (x > 0 && s.cols[y%ringRows][x-1] == c) || (x+1 < w && s.cols[y%ringRows][x+1] == c) {
						fired++ // a neighbour the test passes over
					}
					s.testedC, s.testedT = c, tt // as tallyRowRuns sets them
					got := s.evidenceWithin(x, y, i, j, tt, p, reachOf)
					noSameBytes = true
					want := s.evidenceWithin(x, y, i, j, tt, p, reachOf)
					noSameBytes = false
					if got != want {
						t.Fatalf("%v %dx%d %v (%d, %d) colour %08x pair (%d, %d) at %v: evidence %v, classifying every neighbour %v", ratio, w, h, mode, x, y, c, i, j, tt, got, want)
					}
				}
			}
			s.release()
			got := m.Measure(img)
			noSameBytes = true
			want := m.Measure(img)
			noSameBytes = false
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%v %dx%d %v: Measure %+v, without the rejection %+v", ratio, w, h, mode, got, want)
			}
		}
	}
	if fired == 0 {
		t.Fatalf("%d pixels tested, none beside a pixel of its colour", tested)
	}
}

// BenchmarkEvidence measures Measure of a flat-art scene with blends
// (evidenceScene), as NRGBA (read in place) and as a 4:4:4 JPEG (read
// through the ring), with the blend test passing over neighbours of the
// tested pixel's bytes or colour (same-bytes) and without (classify-all).
func BenchmarkEvidence(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 8))
	cols := []color.NRGBA{{0x1d, 0x4e, 0xd8, 255}, {0xbf, 0xdb, 0xfe, 255}, {0xf5, 0x9e, 0x0b, 255}, {0x11, 0x18, 0x27, 255}, {0xf9, 0xfa, 0xfb, 255}}
	img := evidenceScene(r, 600, 400, cols, false)
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, im := range []image.Image{img, yccOf(img, image.YCbCrSubsampleRatio444)} {
		kind := "nrgba"
		if _, ok := im.(*image.YCbCr); ok {
			kind = "jpeg"
		}
		for _, plain := range []bool{false, true} {
			name := "same-bytes"
			if plain {
				name = "classify-all"
			}
			b.Run(kind+"/"+name, func(b *testing.B) {
				noSameBytes = plain
				defer func() { noSameBytes = false }()
				for b.Loop() {
					m.Measure(im)
				}
			})
		}
	}
}

// yccOf converts src to YCbCr as a JPEG encoder does (color.RGBToYCbCr),
// each chroma sample of a subsampled image from the last pixel of its
// block.
func yccOf(src *image.NRGBA, ratio image.YCbCrSubsampleRatio) *image.YCbCr {
	img := image.NewYCbCr(src.Rect, ratio)
	for y := src.Rect.Min.Y; y < src.Rect.Max.Y; y++ {
		for x := src.Rect.Min.X; x < src.Rect.Max.X; x++ {
			c := src.NRGBAAt(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			img.Y[img.YOffset(x, y)] = yy
			ci := img.COffset(x, y)
			img.Cb[ci], img.Cr[ci] = cb, cr
		}
	}
	return img
}

// testedPair is the blend pair (i, j) whose evidence tallyRow tests for a
// pixel of colour c and code, the pair's info and the test's reach: a blend
// code's pair, or for an off-palette colour the pair its luma lies between
// (a JPEG edge, reach 2); ok is false when c is neither.
func testedPair(s *spatialPass, c, code uint32) (i, j uint32, p *pairInfo, reachOf int, ok bool) {
	switch {
	case code >= codeMix:
		pair := (code - codeMix) / mixSteps
		return pair / MaxColors, pair % MaxColors, &s.pairs[pair], reach, true
	case code == codeOff:
		pair, _, ok := s.m.lumaBlend(c)
		if ok {
			return pair / MaxColors, pair % MaxColors, &s.pairs[pair], 2, true
		}
	}
	return 0, 0, nil, 0, false
}
