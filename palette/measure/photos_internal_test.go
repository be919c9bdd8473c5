package measure

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/imagefile"
)

// photoTestPalette is the palette of the tests of the photo detector.
var photoTestPalette = &palette.Palette{
	Primary:   palette.Entry{Color: palette.MustParseColor("#1d4ed8")},
	Secondary: []palette.Entry{{Color: palette.MustParseColor("#bfdbfe")}},
	Accent:    palette.Entry{Color: palette.MustParseColor("#f59e0b")},
	Neutral:   []palette.Entry{{Color: palette.MustParseColor("#111827")}, {Color: palette.MustParseColor("#f9fafb")}},
}

// samplePhotosPlain is the reference for samplePhotos: every row read whole
// (rowReader.read), every other pixel of every other row given to sample
// one by one.
func (s *spatialPass) samplePhotosPlain() {
	cols := make([]uint32, s.w)
	for y := 0; y < s.h; y += 2 {
		if s.dirty != nil && !s.dirty[y] {
			continue
		}
		s.rr.read(s.min.Y+y, cols)
		for x0 := 0; x0 < s.w; x0 += cellSize {
			st := &s.stats[(y/cellSize)*s.cw+x0/cellSize]
			prev := uint32(0)
			for x := x0; x < min(s.w, x0+cellSize); x += 2 {
				c := cols[x]
				if c>>24 == 0 {
					prev = 0
					continue
				}
				s.sample(st, c, prev, x != x0)
				prev = c
			}
		}
	}
}

// randomPhotoImage is an image of type kind with a mix of what the photo
// detector tells apart: flat palette colours, blends of two, flat
// off-palette colours, noise, runs of repeated pixels and, where the type
// has alpha, transparent and translucent pixels.
//
// With busy, most pixels of the middle of the image are noise, so that the
// detector finds photo areas there; without alpha, every pixel is opaque.
func randomPhotoImage(rng *rand.Rand, kind string, r image.Rectangle, exact []uint32, busy, alpha bool) image.Image {
	w, h := r.Dx(), r.Dy()
	cols := make([]color.NRGBA, w*h)
	pick := func() color.NRGBA {
		switch rng.IntN(6) {
		case 0, 1: // a palette colour
			c := exact[rng.IntN(len(exact))]
			return color.NRGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 255}
		case 2: // a blend of two
			a, b := exact[rng.IntN(len(exact))], exact[rng.IntN(len(exact))]
			t := rng.IntN(256)
			mix := func(sh uint) uint8 { return uint8((int(a>>sh&255)*(255-t) + int(b>>sh&255)*t) / 255) }
			return color.NRGBA{mix(0), mix(8), mix(16), 255}
		}
		return color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
	}
	// Blocks of one style: flat, noise around a colour, pure noise.
	for by := 0; by < h; by += 1 + rng.IntN(24) {
		for bx := 0; bx < w; bx += 1 + rng.IntN(24) {
			style, base := rng.IntN(4), pick()
			for y := by; y < min(h, by+24); y++ {
				for x := bx; x < min(w, bx+24); x++ {
					c := base
					switch style {
					case 1:
						jit := func(v uint8) uint8 { return uint8(min(255, max(0, int(v)+rng.IntN(9)-4))) }
						c.R, c.G, c.B = jit(c.R), jit(c.G), jit(c.B)
					case 2:
						if rng.IntN(3) > 0 {
							c = pick()
						}
					}
					if alpha && rng.IntN(9) == 0 {
						c.A = [...]uint8{0, 0, 1, 128, 254}[rng.IntN(5)]
					}
					cols[y*w+x] = c
				}
			}
		}
	}
	if busy {
		for y := h / 8; y < h*7/8; y++ {
			for x := w / 8; x < w*7/8; x++ {
				if rng.IntN(10) > 0 {
					cols[y*w+x] = color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
				}
			}
		}
	}
	at := func(x, y int) color.NRGBA { return cols[(y-r.Min.Y)*w+x-r.Min.X] }
	var ratio image.YCbCrSubsampleRatio
	switch kind {
	case "NRGBA":
		im := image.NewNRGBA(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				im.SetNRGBA(x, y, at(x, y))
			}
		}
		return im
	case "RGBA":
		im := image.NewRGBA(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				im.Set(x, y, at(x, y))
			}
		}
		return im
	case "Gray":
		im := image.NewGray(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				c := at(x, y)
				im.Pix[im.PixOffset(x, y)] = c.G
			}
		}
		return im
	case "Paletted":
		pal := color.Palette{color.NRGBA{}, color.NRGBA{10, 20, 30, 128}}
		for _, c := range exact {
			pal = append(pal, color.NRGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 255})
		}
		for len(pal) < 256 {
			pal = append(pal, color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255})
		}
		im := image.NewPaletted(r, pal)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				c := at(x, y)
				i := 2 + int(c.R)%(len(pal)-2)
				switch {
				case c.A != 255:
					i = int(c.A) % 2 // transparent or translucent
				case rng.IntN(2) == 0:
					i = 2 + pal[2:].Index(c)
				}
				im.Pix[im.PixOffset(x, y)] = uint8(i)
			}
		}
		return im
	case "CMYK":
		im := image.NewCMYK(r)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				im.Set(x, y, at(x, y))
			}
		}
		return im
	case "YCbCr444":
		ratio = image.YCbCrSubsampleRatio444
	case "YCbCr422":
		ratio = image.YCbCrSubsampleRatio422
	case "YCbCr420":
		ratio = image.YCbCrSubsampleRatio420
	case "YCbCr440":
		ratio = image.YCbCrSubsampleRatio440
	case "YCbCr411":
		ratio = image.YCbCrSubsampleRatio411
	case "YCbCr410":
		ratio = image.YCbCrSubsampleRatio410
	default:
		panic("randomPhotoImage: unknown kind " + kind)
	}
	im := image.NewYCbCr(r, ratio)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := at(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			im.Y[im.YOffset(x, y)] = yy
			ci := im.COffset(x, y)
			im.Cb[ci], im.Cr[ci] = cb, cr
		}
	}
	return im
}

// photoKinds are the image types randomPhotoImage makes.
var photoKinds = []string{
	"NRGBA", "RGBA", "Gray", "Paletted", "CMYK",
	"YCbCr444", "YCbCr422", "YCbCr420", "YCbCr440", "YCbCr411", "YCbCr410",
}

// checkSampling compares findPhotos on img, with the sampled rows rows
// (nil: all), with the reference: samplePhotosPlain and
// decidePhotosPlain. Without settling, the cells' statistics are the same;
// with it (in an opaque image, as Measure tells it), the cells' verdicts;
// the photo areas and their fringe in every case. Cells left out as
// covered (coveredCells) are only counted: the photo areas must be the
// same without them. It returns the number of cells settled early and of
// cells left out.
func checkSampling(t *testing.T, m *Measurer, img image.Image, rows []bool, name string) (settled, covered int) {
	t.Helper()
	want := m.newSpatial(img)
	want.dirty = rows
	want.samplePhotosPlain()
	wantPhoto, wantFringe := want.decidePhotosPlain()
	want.release()
	opaque := want.opaque
	if o, ok := img.(interface{ Opaque() bool }); ok && o.Opaque() {
		opaque = true // Measure tells the dense pass when no pixel has alpha
	}
	for _, c := range []struct{ early, skip bool }{{false, false}, {false, true}, {true, false}, {true, true}} {
		settleEarly, skipCovered = c.early, c.skip
		got := m.newSpatial(img)
		got.dirty, got.opaque = rows, opaque
		got.findPhotos()
		got.release()
		settleEarly, skipCovered = true, true
		for i := range got.stats {
			if got.stats[i].settled == settledCovered {
				covered++
				continue
			}
			if !c.early && got.stats[i] != want.stats[i] {
				t.Errorf("%s: cell %d: got %+v, want %+v", name, i, got.stats[i], want.stats[i])
				return settled, covered
			}
			if got.stats[i].isBusy() != want.stats[i].isBusy() {
				t.Errorf("%s, %+v: cell %d: busy %v, want %v (%+v, want %+v)", name, c, i,
					got.stats[i].isBusy(), want.stats[i].isBusy(), got.stats[i], want.stats[i])
				return settled, covered
			}
			if c.early && got.stats[i].settled != 0 {
				settled++
			}
		}
		if !slices.Equal(got.photo, wantPhoto) || !slices.Equal(got.fringe, wantFringe) {
			t.Errorf("%s, %+v: photo areas differ from the reference", name, c)
		}
	}
	return settled, covered
}

// TestSamplePhotosMatchesReference: the photo detector's sampling gathers,
// for every image type, with and without transparency, bounds, dirty rows
// and sub-images, the very cell statistics that sampling pixel by pixel
// (sample) gathers, or, settling cells early, the same verdicts; and so
// the same photo areas.
func TestSamplePhotosMatchesReference(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 21))
	rects := []image.Rectangle{
		image.Rect(0, 0, 1, 1), image.Rect(0, 0, 2, 3), image.Rect(0, 0, 16, 16), image.Rect(0, 0, 17, 33),
		image.Rect(0, 0, 100, 70), image.Rect(3, 5, 120, 64), image.Rect(-7, -3, 90, 50), image.Rect(1, 0, 64, 49),
	}
	for _, kind := range photoKinds {
		for _, r := range rects {
			for _, alpha := range []bool{false, true} {
				for _, sub := range []bool{false, true} {
					img := randomPhotoImage(rng, kind, r, m.exact, false, alpha)
					if sub {
						// A sub-image starting at an odd place: its rows start
						// inside the parent's, and its chroma at odd offsets.
						sr := image.Rect(r.Min.X+r.Dx()/3, r.Min.Y+r.Dy()/4, r.Max.X-r.Dx()/5, r.Max.Y)
						img = img.(interface {
							SubImage(image.Rectangle) image.Image
						}).SubImage(sr)
					}
					if img.Bounds().Empty() {
						continue
					}
					for _, dirty := range []bool{false, true} {
						var rows []bool
						if dirty {
							rows = make([]bool, img.Bounds().Dy())
							for y := range rows {
								rows[y] = rng.IntN(3) > 0
							}
						}
						name := fmt.Sprintf("%s %v alpha=%v sub=%v dirty=%v", kind, img.Bounds(), alpha, sub, dirty)
						_, _ = checkSampling(t, m, img, rows, name)
					}
				}
			}
		}
	}
}

// TestSamplePhotosBusyImages: images that make many cells busy (noise
// with runs), so that the photo areas the test compares are not empty,
// cells are settled early and cells inside photo areas are left out as
// covered.
func TestSamplePhotosBusyImages(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 16))
	photos, settled, covered, images := 0, 0, 0, 0
	for _, r := range []image.Rectangle{image.Rect(0, 0, 130, 97), image.Rect(-5, 3, 330, 290)} {
		for _, kind := range photoKinds {
			for _, alpha := range []bool{false, true} {
				img := randomPhotoImage(rng, kind, r, m.exact, true, alpha)
				st, cov := checkSampling(t, m, img, nil, fmt.Sprintf("%s %v alpha=%v", kind, r, alpha))
				settled, covered, images = settled+st, covered+cov, images+1
				s := m.newSpatial(img)
				s.findPhotos()
				s.release()
				if s.anyPhoto {
					photos++
				}
			}
		}
	}
	if photos < images/2 {
		t.Errorf("only %d of %d noisy images have a photo area: the test compares too little", photos, images)
	}
	if settled < 100 {
		t.Errorf("only %d cells settled early: the test compares too little", settled)
	}
	if covered < 200 {
		t.Errorf("only %d cells left out as covered: the test compares too little", covered)
	}
	t.Logf("%d images, %d with photo areas, %d cells settled early, %d left out as covered", images, photos, settled, covered)
}

// photoBenchImages decodes the JPEG and PNG files of HUEPRINT_CORPUS, by
// extension; without it, one synthetic image of each.
func photoBenchImages(b *testing.B) (names []string, imgs map[string][]image.Image) {
	imgs = map[string][]image.Image{}
	if dir := os.Getenv("HUEPRINT_CORPUS"); dir != "" {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		slices.Sort(paths)
		for _, p := range paths {
			ext := strings.ToLower(filepath.Ext(p))
			if ext == ".jpeg" {
				ext = ".jpg"
			}
			if ext != ".jpg" && ext != ".png" {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
			if err != nil {
				b.Fatalf("%s: %v", p, err)
			}
			imgs["corpus"+ext] = append(imgs["corpus"+ext], img)
		}
	}
	if len(imgs) == 0 {
		rng := rand.New(rand.NewPCG(1, 2))
		m, _ := New(photoTestPalette, Options{})
		r := image.Rect(0, 0, 1920, 1080)
		imgs["random.jpg"] = []image.Image{randomPhotoImage(rng, "YCbCr420", r, m.exact, true, false)}
		imgs["random.png"] = []image.Image{randomPhotoImage(rng, "NRGBA", r, m.exact, true, false)}
	}
	for n := range imgs {
		names = append(names, n)
	}
	slices.Sort(names)
	return names, imgs
}

// BenchmarkFindPhotos is the photo detector's sampling and decision alone,
// beside the simplest alternative: whole rows read, every sample given to
// sample one by one (plain), beside sampling every cell (all-cells), and
// beside leaving out the covered cells but not the quiet ones (no-quiet).
func BenchmarkFindPhotos(b *testing.B) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		b.Fatal(err)
	}
	names, imgs := photoBenchImages(b)
	opaque := opaqueImages(imgs)
	for _, name := range names {
		px := 0
		for _, img := range imgs[name] {
			px += img.Bounds().Dx() * img.Bounds().Dy()
		}
		for _, how := range []string{"plain", "all-cells", "no-quiet", "fast"} {
			b.Run(name+"/"+how, func(b *testing.B) {
				for b.Loop() {
					for _, img := range imgs[name] {
						s := m.newSpatial(img)
						s.opaque = s.opaque || opaque[img]
						switch how {
						case "plain":
							s.samplePhotosPlain()
							s.decidePhotosPlain()
						case "all-cells": // no cell left out as covered
							skipCovered = false
							s.findPhotos()
							skipCovered = true
						case "no-quiet": // covered cells left out, not quiet ones
							skipQuiet = false
							s.findPhotos()
							skipQuiet = true
						default:
							s.findPhotos()
						}
						s.release()
					}
				}
				b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mpx/s")
			})
		}
	}
}

// neighboursPlain counts the set cells among the eight around (cx, cy) one
// by one: the reference for neighbourCounts.
func (s *spatialPass) neighboursPlain(set []bool, cx, cy int) int {
	k := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			x, y := cx+dx, cy+dy
			if (dx != 0 || dy != 0) && x >= 0 && y >= 0 && x < s.cw && y < s.ch && set[y*s.cw+x] {
				k++
			}
		}
	}
	return k
}

// decidePhotosPlain is decidePhotos with every neighbour count made one
// cell at a time (neighboursPlain), as before neighbourCounts: the
// reference the test compares it with.
func (s *spatialPass) decidePhotosPlain() (photo, fringe []bool) {
	busy := make([]bool, s.cw*s.ch)
	for i := range busy {
		busy[i] = s.stats[i].isBusy()
	}
	cand := make([]bool, s.cw*s.ch)
	for cy := range s.ch {
		for cx := range s.cw {
			ci := cy*s.cw + cx
			cand[ci] = busy[ci] && s.neighboursPlain(busy, cx, cy) >= 3
		}
	}
	photo = append([]bool(nil), cand...)
	for range 2 {
		next := append([]bool(nil), photo...)
		for cy := range s.ch {
			for cx := range s.cw {
				if !photo[cy*s.cw+cx] && s.neighboursPlain(photo, cx, cy) >= 5 {
					next[cy*s.cw+cx] = true
				}
			}
		}
		photo = next
	}
	photo = s.photoAreas(photo)
	fringe = make([]bool, len(photo))
	for cy := range s.ch {
		for cx := range s.cw {
			ci := cy*s.cw + cx
			fringe[ci] = !photo[ci] && s.neighboursPlain(photo, cx, cy) > 0
		}
	}
	return photo, fringe
}

// TestDecidePhotosMatchesReference: the photo areas and their fringe from
// neighbourCounts are those that counting each cell's neighbours one by
// one gives, on random patterns of busy cells of every density and on
// grids down to one cell.
func TestDecidePhotosMatchesReference(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(16, 21))
	busy := cellStat{n: 64, keys: [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}}
	if !busy.isBusy() {
		t.Fatal("the busy cell is not busy")
	}
	photos := 0
	for _, size := range [][2]int{{1, 1}, {1, 7}, {7, 1}, {2, 2}, {3, 5}, {16, 9}, {40, 30}, {97, 13}} {
		for _, density := range []int{0, 2, 5, 7, 9, 10} {
			img := image.NewGray(image.Rect(0, 0, size[0]*cellSize, size[1]*cellSize))
			s := m.newSpatial(img)
			for i := range s.stats {
				if rng.IntN(10) < density {
					s.stats[i] = busy
				}
			}
			// Blocks of busy cells too, so that areas survive their size.
			if density > 0 && s.cw > 4 && s.ch > 4 {
				x0, y0 := rng.IntN(s.cw-3), rng.IntN(s.ch-3)
				for y := y0; y < min(s.ch, y0+4); y++ {
					for x := x0; x < min(s.cw, x0+4); x++ {
						s.stats[y*s.cw+x] = busy
					}
				}
			}
			wantPhoto, wantFringe := s.decidePhotosPlain()
			s.decidePhotos()
			s.release()
			name := fmt.Sprintf("%dx%d cells, density %d", s.cw, s.ch, density)
			if !slices.Equal(s.photo, wantPhoto) {
				t.Errorf("%s: photo cells differ from the reference", name)
			}
			if !slices.Equal(s.fringe, wantFringe) {
				t.Errorf("%s: fringe cells differ from the reference", name)
			}
			if s.anyPhoto {
				photos++
			}
		}
	}
	if photos < 10 {
		t.Errorf("only %d grids have photo cells: the test compares too little", photos)
	}
}

// TestNeighbourCounts compares neighbourCounts with counting one cell at a
// time on random grids.
func TestNeighbourCounts(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for _, size := range [][2]int{{1, 1}, {1, 4}, {4, 1}, {2, 3}, {17, 11}} {
		img := image.NewGray(image.Rect(0, 0, size[0]*cellSize, size[1]*cellSize))
		s := m.newSpatial(img)
		set := make([]bool, s.cw*s.ch)
		for i := range set {
			set[i] = rng.IntN(2) == 0
		}
		cnt := make([]uint8, len(set))
		s.neighbourCounts(set, cnt)
		for cy := range s.ch {
			for cx := range s.cw {
				if got, want := int(cnt[cy*s.cw+cx]), s.neighboursPlain(set, cx, cy); got != want {
					t.Errorf("%dx%d: cell (%d, %d): %d neighbours, want %d", s.cw, s.ch, cx, cy, got, want)
				}
			}
		}
		s.release()
	}
}

// opaqueImages tells which images have no pixel with alpha, as Measure
// tells the spatial pass (spatialPass.opaque).
func opaqueImages(imgs map[string][]image.Image) map[image.Image]bool {
	opaque := map[image.Image]bool{}
	for _, list := range imgs {
		for _, img := range list {
			if o, ok := img.(interface{ Opaque() bool }); ok && o.Opaque() {
				opaque[img] = true
			}
		}
	}
	return opaque
}

// TestRunsYCCEveryColor: runsYCC converts and classifies every luma and
// chroma triple as yccPack and sampleInfo do (its clamps are its own), and
// starts a run exactly where the colour changes.
func TestRunsYCCEveryColor(t *testing.T) {
	if testing.Short() {
		t.Skip("16.7 million colours")
	}
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// One row per luma: sample i (pixel 2i) has chroma i>>8, i&255.
	const n = 1 << 16
	img := image.NewYCbCr(image.Rect(0, 0, 2*n, 1), image.YCbCrSubsampleRatio444)
	s := m.newSpatial(img)
	defer s.release()
	sr := newSampleRuns(n)
	for y := range 256 {
		for i := range n {
			img.Y[2*i], img.Y[2*i+1] = uint8(y), uint8(y)
			img.Cb[2*i], img.Cr[2*i] = uint8(i>>8), uint8(i)
		}
		nr := s.runsYCC(sr, 0, 0, n)
		runs := sr.runs[:nr+1]
		if runs[0]>>32 != 0 || runs[nr]>>32 != n {
			t.Fatalf("luma %d: runs from %d to %d, want 0 to %d", y, runs[0]>>32, runs[nr]>>32, n)
		}
		r := 0
		prev := uint32(0)
		for i := range n {
			c := yccPack(uint8(y), uint8(i>>8), uint8(i))
			if int(runs[r+1]>>32) == i {
				r++
			}
			start := int(runs[r] >> 32)
			if (start == i) != (c != prev) {
				t.Fatalf("Y %d Cb %d Cr %d: run starts at %d, colour %#x after %#x", y, i>>8, i&255, start, c, prev)
			}
			if got, want := uint32(runs[r]), s.sampleInfo(c); start == i && got != want {
				t.Fatalf("Y %d Cb %d Cr %d: info %#x, want %#x", y, i>>8, i&255, got, want)
			}
			prev = c
		}
	}
}

// TestCoveredCellsKeepPhotoAreas: on random patterns of busy cells (every
// density, with blocks and holes, grids down to one cell), counting the
// cells coveredCells finds (quiet ones too, addQuietCells) as not busy,
// whatever they are, gives the very photo areas and fringe that every
// cell's own verdict gives.
func TestCoveredCellsKeepPhotoAreas(t *testing.T) {
	m, err := New(photoTestPalette, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(21, 16))
	busy := cellStat{n: 64, keys: [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}}
	covered, changed, quietBusy := 0, 0, 0
	for _, size := range [][2]int{{1, 1}, {1, 9}, {9, 1}, {3, 3}, {4, 5}, {8, 8}, {16, 9}, {40, 30}, {97, 13}, {13, 97}} {
		for _, density := range []int{0, 1, 3, 6, 8, 9, 10} {
			for range 8 {
				img := image.NewGray(image.Rect(0, 0, size[0]*cellSize, size[1]*cellSize))
				s := m.newSpatial(img)
				truth := make([]bool, len(s.stats))
				for i := range truth {
					truth[i] = rng.IntN(10) < density
				}
				// Blocks of busy cells and holes in them: areas that
				// survive their size, boxes that fill or not.
				for range rng.IntN(4) {
					x0, y0 := rng.IntN(s.cw), rng.IntN(s.ch)
					v := rng.IntN(3) > 0
					for y := y0; y < min(s.ch, y0+1+rng.IntN(12)); y++ {
						for x := x0; x < min(s.cw, x0+1+rng.IntN(12)); x++ {
							truth[y*s.cw+x] = v
						}
					}
				}
				for i, b := range truth {
					if b {
						s.stats[i] = busy
					}
				}
				wantPhoto, wantFringe := s.decidePhotosPlain()
				// What samplePhotos knows before the rows left for last.
				for cy := range s.ch {
					if s.mayCover(cy) {
						for cx := range s.cw {
							s.stats[cy*s.cw+cx] = cellStat{}
						}
					}
				}
				quiet := make([]bool, len(s.stats))
				s.addQuietCells(quiet)
				cov := s.coveredCells()
				for i := range s.stats {
					switch {
					case cov[i] && s.mayCover(i/s.cw):
						s.stats[i] = cellStat{settled: settledCovered}
						covered++
						if truth[i] {
							changed++
							if quiet[i] {
								quietBusy++
							}
						}
					case truth[i]:
						s.stats[i] = busy
					}
				}
				s.decidePhotos()
				s.release()
				name := fmt.Sprintf("%dx%d cells, density %d", s.cw, s.ch, density)
				if !slices.Equal(s.photo, wantPhoto) {
					t.Fatalf("%s: photo cells differ from the reference", name)
				}
				if !slices.Equal(s.fringe, wantFringe) {
					t.Fatalf("%s: fringe cells differ from the reference", name)
				}
			}
		}
	}
	if changed < 500 || covered-changed < 50 || quietBusy < 100 {
		t.Errorf("%d cells covered, %d of them busy (%d quiet): the test compares too little", covered, changed, quietBusy)
	}
	t.Logf("%d cells covered, %d of them busy (%d quiet)", covered, changed, quietBusy)
}

// TestPaletteBinLookUp: the inlined look-up of the samplers and the tally
// (rgbTable's entry less 1, taken when the bin is classified and holds no
// palette colour) gives pixelCode for every colour: the exact palette
// colours, whose bins hold the code of their centres, other colours of
// those bins, and colours of bins classified already or not. It fails
// when the look-up takes the entry of a palette colour's bin.
func TestPaletteBinLookUp(t *testing.T) {
	// Two colours of one bin: its centre is one of them at most.
	p := *photoTestPalette
	p.Secondary = append([]palette.Entry{{Color: palette.MustParseColor("#1e4fd9")}}, p.Secondary...)
	m, err := New(&p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := m.newSpatial(image.NewRGBA(image.Rect(0, 0, 2, 2)))
	defer s.release()
	var colours []uint32
	for _, c := range m.exact {
		for _, d := range []uint32{0, 1, 0x100, 0x10000, 0x30303} {
			colours = append(colours, c^d)
		}
	}
	rng := rand.New(rand.NewPCG(18, 31))
	for range 20000 {
		colours = append(colours, rng.Uint32()&0xffffff)
	}
	// Twice: the first time some bins are not classified yet, the second
	// time every one is.
	for pass := range 2 {
		for _, c := range colours {
			c |= 0xff << 24
			r, g, b := uint8(c), uint8(c>>8), uint8(c>>16)
			if pass == 0 {
				m.rgbCode(r, g, b) // classify the bin from its centre first
			}
			want := m.pixelCode(c)
			if got := s.sampleInfo(c) & 0xffff; got != want {
				t.Fatalf("pass %d, colour %#06x: look-up %d, pixelCode %d", pass, c&0xffffff, got, want)
			}
			if got := m.rgbCode(r, g, b); got >= numCodes {
				t.Fatalf("colour %#06x: rgbCode %#x, not a code", c&0xffffff, got)
			}
		}
	}
}

// TestVoteNMatchesVotes: voteN gives the statistics that k calls of vote
// give, from every small state: no pair yet, the same pair, another pair
// with fewer, as many or more votes than k.
func TestVoteNMatchesVotes(t *testing.T) {
	for n := range int32(12) {
		for _, voted := range []uint32{3, 5} {
			for k := uint32(1); k <= 12; k++ {
				start := cellStat{pairVote: voted, pairN: n, pairs: 7}
				want, got := start, start
				for range k {
					want.vote(5)
				}
				got.voteN(5, k)
				if got != want {
					t.Fatalf("from %+v, %d votes for 5: %+v, one by one %+v", start, k, got, want)
				}
			}
		}
	}
}

// BenchmarkVoteN adds runs of 1 to 8 samples of two pairs taking turns to
// a cell's vote: at once (voteN) beside one vote per sample.
func BenchmarkVoteN(b *testing.B) {
	r := rand.New(rand.NewPCG(8, 1))
	runs := make([][2]uint32, 4096)
	for i := range runs {
		runs[i] = [2]uint32{uint32(3 + r.IntN(2)), uint32(1 + r.IntN(8))}
	}
	var st cellStat
	b.Run("voteN", func(b *testing.B) {
		for b.Loop() {
			for _, v := range runs {
				st.voteN(v[0], v[1])
			}
		}
	})
	b.Run("vote", func(b *testing.B) {
		for b.Loop() {
			for _, v := range runs {
				for range v[1] {
					st.vote(v[0])
				}
			}
		}
	})
}

// rgbaChangesPlain is the reference for rgbaChanges: one sample at a time.
func rgbaChangesPlain(changed []uint64, row []uint8, i0, i1 int) int {
	k, prev := 0, ^binary.LittleEndian.Uint32(row[8*i0:])
	for i := i0; i < i1; i++ {
		raw := binary.LittleEndian.Uint32(row[8*i:])
		changed[k] = uint64(i)<<32 | uint64(raw)
		if raw != prev {
			k++
		}
		prev = raw
	}
	return k
}

// TestRGBAChangesMatchesPlain: rgbaChanges finds the very samples that
// rgbaChangesPlain finds, for every row length and span, on rows from
// noise to long runs, with the odd pixels (not sampled) changing too.
func TestRGBAChangesMatchesPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 6))
	for iter := range 20000 {
		w := 1 + rng.IntN(90)
		n := (w + 1) / 2
		row := make([]uint8, 8*(n-1)+4)
		pc, vals := rng.Float64(), 1+rng.IntN(3)
		px := uint32(0)
		for x := 0; 4*x < len(row); x++ {
			if rng.Float64() < pc {
				px = uint32(rng.IntN(vals)) * 0x01010101 << uint(8*rng.IntN(2))
			}
			binary.LittleEndian.PutUint32(row[4*x:], px)
		}
		i0 := rng.IntN(n)
		i1 := i0 + rng.IntN(n-i0+1)
		got, want := make([]uint64, n), make([]uint64, n)
		kg := rgbaChanges(got, row, i0, i1)
		kw := rgbaChangesPlain(want, row, i0, i1)
		if !slices.Equal(got[:kg], want[:kw]) {
			t.Fatalf("%d: w %d samples %d to %d:\n got %x\nwant %x", iter, w, i0, i1, got[:kg], want[:kw])
		}
	}
}

// yccChangesPlain is the reference for yccChanges: one sample at a time.
func yccChangesPlain(changed []uint64, yRow, cb, cr []uint8, step, i0, i1 int) int {
	k, prev := 0, ^uint32(0) // no luma and chroma pack to ^0
	for i := i0; i < i1; i++ {
		j := i * step
		ycc := uint32(yRow[2*i]) | uint32(cb[j])<<8 | uint32(cr[j])<<16
		changed[k] = uint64(i)<<32 | uint64(ycc)
		if ycc != prev {
			k++
		}
		prev = ycc
	}
	return k
}

// TestYCCChangesMatchesPlain: yccChanges finds the very samples that
// yccChangesPlain finds, for both chroma steps, every row length and span,
// on rows from noise to long runs, with changes in one plane only and in
// the pixels that are not sampled.
func TestYCCChangesMatchesPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for iter := range 20000 {
		w := 1 + rng.IntN(150)
		n := (w + 1) / 2
		step := 1 + rng.IntN(2)
		cn := (n-1)*step + 1
		yRow, cb, cr := make([]uint8, w), make([]uint8, cn), make([]uint8, cn)
		// Each plane changes with its own probability, in few values so
		// that changes back to the value before are common.
		fill := func(p []uint8) {
			pc, vals := rng.Float64(), 1+rng.IntN(4)
			v := uint8(rng.IntN(vals))
			for i := range p {
				if rng.Float64() < pc {
					v = uint8(rng.IntN(vals)) * 85
				}
				p[i] = v
			}
		}
		fill(yRow)
		fill(cb)
		fill(cr)
		i0 := rng.IntN(n)
		i1 := i0 + rng.IntN(n-i0+1)
		got, want := make([]uint64, i1-i0+16), make([]uint64, n)
		kg := yccChanges(got, yRow, cb, cr, step, i0, i1)
		kw := yccChangesPlain(want, yRow, cb, cr, step, i0, i1)
		if !slices.Equal(got[:kg], want[:kw]) {
			t.Fatalf("%d: w %d step %d samples %d to %d:\n got %x\nwant %x", iter, w, step, i0, i1, got[:kg], want[:kw])
		}
	}
}
