package pngrows

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// refPaeth is the PNG specification's pseudocode, section 9.4, one byte at
// a time: the reference for filterPaeth.
func refPaeth(cdat, pdat []byte, bpp int) {
	for i := range cdat {
		var a, c int
		if i >= bpp {
			a, c = int(cdat[i-bpp]), int(pdat[i-bpp])
		}
		b := int(pdat[i])
		p := a + b - c
		pa, pb, pc := abs(p-a), abs(p-b), abs(p-c)
		pred := c
		if pa <= pb && pa <= pc {
			pred = a
		} else if pb <= pc {
			pred = b
		}
		cdat[i] += uint8(pred)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestFilterPaeth(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, bpp := range []int{1, 2, 3, 4, 6, 8} {
		for _, pixels := range []int{1, 2, 5, 64, 257} {
			for _, kind := range []string{"noise", "flat", "ties"} {
				n := pixels * bpp
				cdat, pdat := make([]byte, n), make([]byte, n)
				for i := range n {
					switch kind {
					case "noise":
						cdat[i], pdat[i] = uint8(rng.IntN(256)), uint8(rng.IntN(256))
					case "flat": // small residuals over a smooth row
						cdat[i], pdat[i] = uint8(rng.IntN(3)), uint8(100+i/bpp)
					case "ties": // few values: pa, pb and pc often equal
						cdat[i], pdat[i] = uint8(rng.IntN(2)*128), uint8(rng.IntN(2)*255)
					}
				}
				want := bytes.Clone(cdat)
				refPaeth(want, pdat, bpp)
				got := bytes.Clone(cdat)
				filterPaeth(got, pdat, bpp)
				if !bytes.Equal(got, want) {
					t.Errorf("bpp %d, %d pixels, %s: got %v, want %v", bpp, pixels, kind, got, want)
				}
			}
		}
	}
}

// BenchmarkFilterPaeth compares filterPaeth with the specification's
// byte-at-a-time pseudocode on a 1920-pixel row.
func BenchmarkFilterPaeth(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, bpp := range []int{3, 4} {
		n := 1920 * bpp
		cdat, pdat := make([]byte, n), make([]byte, n)
		for i := range n {
			cdat[i], pdat[i] = uint8(rng.IntN(256)), uint8(rng.IntN(256))
		}
		for _, f := range []struct {
			name string
			fn   func(c, p []byte, bpp int)
		}{{"filterPaeth", filterPaeth}, {"spec", refPaeth}} {
			b.Run(fmt.Sprintf("bpp%d/%s", bpp, f.name), func(b *testing.B) {
				b.SetBytes(int64(n))
				for b.Loop() {
					f.fn(cdat, pdat, bpp)
				}
			})
		}
	}
}
