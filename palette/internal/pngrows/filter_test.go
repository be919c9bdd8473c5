package pngrows

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// The specification's byte-at-a-time definitions, section 9.2.
func refSub(cdat []byte, bpp int) {
	for i := bpp; i < len(cdat); i++ {
		cdat[i] += cdat[i-bpp]
	}
}

func refUp(cdat, pdat []byte) {
	for i := range cdat {
		cdat[i] += pdat[i]
	}
}

func refAverage(cdat, pdat []byte, bpp int) {
	for i := range cdat {
		a := 0
		if i >= bpp {
			a = int(cdat[i-bpp])
		}
		cdat[i] += uint8((a + int(pdat[i])) / 2)
	}
}

func TestFilters(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 11))
	for _, bpp := range []int{1, 2, 3, 4, 6, 8} {
		for _, pixels := range []int{1, 2, 3, 5, 64, 257} {
			for _, kind := range []string{"noise", "0xff", "0x80"} {
				n := pixels * bpp
				cdat, pdat := make([]byte, n), make([]byte, n)
				for i := range n {
					switch kind {
					case "noise":
						cdat[i], pdat[i] = uint8(rng.IntN(256)), uint8(rng.IntN(256))
					case "0xff": // carries out of every byte
						cdat[i], pdat[i] = 0xff, 0xff
					case "0x80":
						cdat[i], pdat[i] = 0x80, uint8(0x7f+i%2)
					}
				}
				for _, f := range []struct {
					name      string
					got, want func(c []byte)
				}{
					{"Sub", func(c []byte) { filterSub(c, bpp) }, func(c []byte) { refSub(c, bpp) }},
					{"Up", func(c []byte) { filterUp(c, pdat) }, func(c []byte) { refUp(c, pdat) }},
					{"Average", func(c []byte) { filterAverage(c, pdat, bpp) }, func(c []byte) { refAverage(c, pdat, bpp) }},
				} {
					got, want := bytes.Clone(cdat), bytes.Clone(cdat)
					f.got(got)
					f.want(want)
					if !bytes.Equal(got, want) {
						t.Errorf("%s, bpp %d, %d pixels, %s: got %v, want %v", f.name, bpp, pixels, kind, got, want)
					}
				}
			}
		}
	}
}
