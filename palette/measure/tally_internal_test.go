package measure

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddWholeMatchesOneByOne: adding n whole pixels to a weight with a
// fraction gives the sum that adding 1 n times gives, bit for bit, also
// across binade boundaries and near 2⁵³.
func TestAddWholeMatchesOneByOne(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	s := &spatialPass{fracW: 1}
	var ws []float64
	for k := range 60 {
		p := math.Ldexp(1, k) // a binade boundary
		ws = append(ws, p, p-0.5, p-1, p-1.25, math.Nextafter(p, 0), math.Nextafter(p, 2*p), p-r.Float64()*20)
	}
	for range 2000 {
		ws = append(ws, r.Float64()*math.Ldexp(1, r.IntN(56)))
	}
	for _, w := range ws {
		for _, n := range []uint64{1, 2, 3, 7, 16, 100, uint64(1 + r.IntN(5000))} {
			want := w
			for range n {
				want++
			}
			tl := &tally{}
			tl.weights[0] = w
			s.addWhole(tl, 0, n)
			if got := tl.weights[0]; math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("addWhole(%v, %d) = %v, one by one %v", w, n, got, want)
			}
		}
	}
}

// TestRunStartsMatchesRuns: runStarts marks, for rows read in place and
// read into cols, at every offset and length up to 32 pixels, the pixels
// that start a run of one colour, as following each run pixel by pixel
// does.
func TestRunStartsMatchesRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 21))
	for range 3000 {
		w := 1 + r.IntN(48)
		cols := make([]uint32, w)
		pix := make([]byte, 4*w)
		for x := range cols {
			switch {
			case x > 0 && r.IntN(3) > 0:
				cols[x] = cols[x-1] // a run goes on
			case x > 0 && r.IntN(2) == 0:
				cols[x] = cols[x-1] ^ 1<<r.IntN(32) // one bit apart, alpha too
			default:
				cols[x] = r.Uint32()
			}
			pix[4*x], pix[4*x+1], pix[4*x+2], pix[4*x+3] = uint8(cols[x]), uint8(cols[x]>>8), uint8(cols[x]>>16), uint8(cols[x]>>24)
		}
		x0 := r.IntN(w)
		x1 := x0 + 1 + r.IntN(min(32, w-x0))
		if w-x0 >= cellSize && r.IntN(2) == 0 {
			x1 = x0 + cellSize // a whole cell: runStarts16, runStartsCols16
		}
		want := uint32(0)
		for x := x0; x < x1; {
			want |= 1 << (x - x0)
			e := x + 1
			for e < x1 && cols[e] == cols[x] {
				e++
			}
			x = e
		}
		if got := runStarts(nil, cols, x0, x1); got != want {
			t.Fatalf("cols %x [%d, %d): %b, want %b", cols, x0, x1, got, want)
		}
		if got := runStarts(pix, nil, x0, x1); got != want {
			t.Fatalf("pix %x [%d, %d): %b, want %b", pix, x0, x1, got, want)
		}
		if x1-x0 != cellSize {
			continue
		}
		if got := runStartsCols16(cols[x0:x1]); got != want {
			t.Fatalf("runStartsCols16 %x: %b, want %b", cols[x0:x1], got, want)
		}
		if got := runStarts16(pix[4*x0 : 4*x1]); got != want {
			t.Fatalf("runStarts16 %x: %b, want %b", pix[4*x0:4*x1], got, want)
		}
	}
}

// TestCellRunEndMatchesPixelByPixel: cellRunEnd finds, at every start and
// cell end of rows of runs (pixels one bit apart, alpha too, among them),
// the end that following the run pixel by pixel finds.
func TestCellRunEndMatchesPixelByPixel(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 11))
	for range 3000 {
		w := 1 + r.IntN(80)
		pix := make([]byte, 4*w)
		c := r.Uint32()
		for x := range w {
			switch r.IntN(8) {
			case 0:
				c = r.Uint32()
			case 1:
				c ^= 1 << r.IntN(32)
			}
			pix[4*x], pix[4*x+1], pix[4*x+2], pix[4*x+3] = uint8(c), uint8(c>>8), uint8(c>>16), uint8(c>>24)
		}
		x := r.IntN(w)
		x1 := x + 1 + r.IntN(min(cellSize, w-x))
		p := uint32(pix[4*x]) | uint32(pix[4*x+1])<<8 | uint32(pix[4*x+2])<<16 | uint32(pix[4*x+3])<<24
		want := x + 1
		for want < x1 && uint32(pix[4*want])|uint32(pix[4*want+1])<<8|uint32(pix[4*want+2])<<16|uint32(pix[4*want+3])<<24 == p {
			want++
		}
		if got := cellRunEnd(pix, x, x1, p); got != want {
			t.Fatalf("row %x, run from %d to at most %d: end %d, pixel by pixel %d", pix, x, x1, got, want)
		}
	}
}

// BenchmarkCellRunEnd follows runs of one colour across cells of a flat
// row, four pixels at a time (cellRunEnd) and pixel by pixel.
func BenchmarkCellRunEnd(b *testing.B) {
	const w = 1920
	pix := make([]byte, 4*w)
	for x := range w {
		pix[4*x], pix[4*x+3] = uint8(x/700), 255 // three runs
	}
	c0 := func(x int) uint32 {
		return uint32(pix[4*x]) | uint32(pix[4*x+1])<<8 | uint32(pix[4*x+2])<<16 | uint32(pix[4*x+3])<<24
	}
	b.Run("words", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				for x := x0; x < x0+cellSize; {
					x = cellRunEnd(pix, x, x0+cellSize, c0(x))
				}
			}
		}
	})
	b.Run("pixels", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				for x := x0; x < x0+cellSize; {
					c, e := c0(x), x+1
					for e < x0+cellSize && c0(e) == c {
						e++
					}
					x = e
				}
			}
		}
	})
}

// BenchmarkRunStarts marks the run starts of the whole cells of a
// 1920-pixel row of a photograph (a new colour every pixel or two), in
// place and read into colours: unrolled (runStarts16, runStartsCols16)
// beside the loop of runStarts that the row's last cell takes.
func BenchmarkRunStarts(b *testing.B) {
	const w = 1920
	r := rand.New(rand.NewPCG(3, 5))
	cols := make([]uint32, w)
	pix := make([]byte, 4*w)
	for x := range cols {
		cols[x] = 0xff000000 | r.Uint32()&0x030303
		if x > 0 && r.IntN(3) == 0 {
			cols[x] = cols[x-1]
		}
		binary.LittleEndian.PutUint32(pix[4*x:], cols[x])
	}
	var sink uint32
	b.Run("pix-unrolled", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				sink += runStarts16(pix[4*x0:][:4*cellSize])
			}
		}
	})
	b.Run("pix-loop", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				sink += runStarts(pix, nil, x0, x0+cellSize)
			}
		}
	})
	b.Run("cols-unrolled", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				sink += runStartsCols16(cols[x0:][:cellSize])
			}
		}
	})
	b.Run("cols-loop", func(b *testing.B) {
		for b.Loop() {
			for x0 := 0; x0 < w; x0 += cellSize {
				sink += runStarts(nil, cols, x0, x0+cellSize)
			}
		}
	})
	_ = sink
}

// TestProjectMatchesMinMax: project's clamp by two compares gives, bit for
// bit, min(1, max(0, t)) of the same product, for every colour of a coarse
// 5000 colours on lines between random colours, a line of length 0 and
// one whose t is -0 below its start included.
func TestProjectMatchesMinMax(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 9))
	var lines []pairInfo
	for range 40 {
		lines = append(lines, pairLines([]uint32{r.Uint32() & 0xffffff, r.Uint32() & 0xffffff})[1])
	}
	lines = append(lines, pairInfo{ar: 9, ag: 9, ab: 9}) // i = j: inv 0
	// inv 0 on a line of length 1: t = -0 for the colours below ar.
	lines = append(lines, pairInfo{ar: 200, ag: 9, ab: 9, dr: 1})
	for _, p := range lines {
		for k := range 5000 {
			c := r.Uint32() & 0xffffff
			if k < 256 {
				c = uint32(k) * 0x010101 // greys, both ends of every line
			}
			rr, g, b := unpack(c)
			plain := min(1, max(0, float64((rr-p.ar)*p.dr+(g-p.ag)*p.dg+(b-p.ab)*p.db)*p.inv))
			if got := p.project(c); math.Float64bits(got) != math.Float64bits(plain) {
				t.Fatalf("line %+v, colour %06x: %v, min/max %v", p, c, got, plain)
			}
		}
	}
}

// TestInsideMatchesSigned: inside's unsigned compares tell what the
// signed bounds tell, for neighbours off every edge.
func TestInsideMatchesSigned(t *testing.T) {
	s := &spatialPass{w: 7, h: 5}
	for x := -70; x < 80; x++ {
		for y := -70; y < 80; y += 3 {
			for _, d := range directions {
				for _, dist := range evidenceDistances {
					x1, y1, x2, y2 := x-d[0]*dist, y-d[1]*dist, x+d[0]*dist, y+d[1]*dist
					want := x1 >= 0 && x2 >= 0 && x1 < s.w && x2 < s.w && y1 >= 0 && y2 >= 0 && y1 < s.h && y2 < s.h
					if got := s.inside(x, y, d, dist); got != want {
						t.Fatalf("(%d, %d) %v at %d: %v, want %v", x, y, d, dist, got, want)
					}
				}
			}
		}
	}
}
