package measure

import (
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
