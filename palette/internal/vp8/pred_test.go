package vp8

import (
	"math/rand/v2"
	"testing"
)

// dcPredictors pairs the fork's DC predictors with upstream's, each with
// the block size and the workspace positions it is used at.
var dcPredictors = []struct {
	name      string
	fork, ref func(*Decoder, int, int)
	n         int
	at        [][2]int // (y, x) positions in ybr
}{
	{"4DC", predFunc4DC, refPredFunc4DC, 4, [][2]int{{1, 8}, {1, 20}, {5, 12}, {13, 8}, {13, 20}}},
	{"8DC", predFunc8DC, refPredFunc8DC, 8, [][2]int{{ybrBY, ybrBX}, {ybrRY, ybrRX}}},
	{"8DCTop", predFunc8DCTop, refPredFunc8DCTop, 8, [][2]int{{ybrBY, ybrBX}, {ybrRY, ybrRX}}},
	{"8DCLeft", predFunc8DCLeft, refPredFunc8DCLeft, 8, [][2]int{{ybrBY, ybrBX}, {ybrRY, ybrRX}}},
	{"8DCTopLeft", predFunc8DCTopLeft, refPredFunc8DCTopLeft, 8, [][2]int{{ybrBY, ybrBX}, {ybrRY, ybrRX}}},
	{"16DC", predFunc16DC, refPredFunc16DC, 16, [][2]int{{ybrYY, ybrYX}}},
	{"16DCTop", predFunc16DCTop, refPredFunc16DCTop, 16, [][2]int{{ybrYY, ybrYX}}},
	{"16DCLeft", predFunc16DCLeft, refPredFunc16DCLeft, 16, [][2]int{{ybrYY, ybrYX}}},
	{"16DCTopLeft", predFunc16DCTopLeft, refPredFunc16DCTopLeft, 16, [][2]int{{ybrYY, ybrYX}}},
}

// TestDCPredictorsSameAsReference: on random workspaces (random, all 0
// and all 255 samples, where the sums are largest), each DC predictor
// leaves the workspace exactly as upstream's does.
func TestDCPredictorsSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for iter := 0; iter < 300; iter++ {
		var got, want Decoder
		for y := range got.ybr {
			for x := range got.ybr[y] {
				v := uint8(rng.Uint32())
				switch iter % 3 {
				case 1:
					v = 0
				case 2:
					v = 255
				}
				got.ybr[y][x], want.ybr[y][x] = v, v
			}
		}
		for _, p := range dcPredictors {
			for _, at := range p.at {
				p.fork(&got, at[0], at[1])
				p.ref(&want, at[0], at[1])
				if got.ybr != want.ybr {
					t.Fatalf("iteration %d: %s at %v differs from upstream", iter, p.name, at)
				}
			}
		}
	}
}

// BenchmarkPredFunc4DC predicts the 16 4x4 luma blocks of a macroblock
// with upstream's DC predictor and the fork's.
func BenchmarkPredFunc4DC(b *testing.B) {
	for _, bc := range []struct {
		name string
		f    func(*Decoder, int, int)
	}{{"upstream", refPredFunc4DC}, {"fork", predFunc4DC}} {
		b.Run(bc.name, func(b *testing.B) {
			var d Decoder
			for y := range d.ybr {
				for x := range d.ybr[y] {
					d.ybr[y][x] = uint8(7*y + 3*x)
				}
			}
			for b.Loop() {
				for j := 0; j < 4; j++ {
					for i := 0; i < 4; i++ {
						bc.f(&d, 4*j+ybrYY, 4*i+ybrYX)
					}
				}
			}
		})
	}
}
