package measure

import (
	"testing"
)

// yccPixelsPlain is yccPixels as yccPack, pixel by pixel: the reference
// for the fast loop.
func yccPixelsPlain(dst []uint32, y, cb, cr []byte) {
	n := min(len(dst), len(y), len(cb), len(cr))
	for i := range n {
		dst[i] = yccPack(y[i], cb[i], cr[i])
	}
}

// TestYCCPixelsMatchesPack converts every luma and chroma triple, 256 luma
// values a row, through yccPixels and yccPack.
func TestYCCPixelsMatchesPack(t *testing.T) {
	y := make([]byte, 256)
	for i := range y {
		y[i] = byte(i)
	}
	cb, cr := make([]byte, 256), make([]byte, 256)
	got, want := make([]uint32, 256), make([]uint32, 256)
	for b := range 256 {
		for r := range 256 {
			for i := range cb {
				cb[i], cr[i] = byte(b), byte(r)
			}
			yccPixels(got, y, cb, cr)
			yccPixelsPlain(want, y, cb, cr)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("yccPixels(%d, %d, %d) = %#08x, yccPack %#08x", y[i], b, r, got[i], want[i])
				}
			}
		}
	}
}

// BenchmarkYCCPixels converts a 4096-pixel row of a smooth gradient with
// clipped highlights, through yccPixels and pixel by pixel (yccPack).
func BenchmarkYCCPixels(b *testing.B) {
	const w = 4096
	y, cb, cr := make([]byte, w), make([]byte, w), make([]byte, w)
	for i := range w {
		y[i] = byte(i * 3 / 40)
		cb[i], cr[i] = byte(100+i%37), byte(150-i%23)
	}
	dst := make([]uint32, w)
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			yccPixelsPlain(dst, y, cb, cr)
		}
	})
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			yccPixels(dst, y, cb, cr)
		}
	})
}

// yccPairsPlain is yccPairs as yccPack, pixel by pixel.
func yccPairsPlain(dst []uint32, y, cb, cr []byte) {
	n := min(len(dst)/2, len(y)/2, len(cb), len(cr))
	for i := range 2 * n {
		dst[i] = yccPack(y[i], cb[i/2], cr[i/2])
	}
}

// TestYCCPairsMatchesPack converts every luma and chroma triple through
// yccPairs and yccPack, the two luma values of a pair far apart or equal.
func TestYCCPairsMatchesPack(t *testing.T) {
	// Pairs (v, 255−v), one clamped and not the other, both or neither,
	// then (v, v), for every luma value v.
	y := make([]byte, 1024)
	for v := range 256 {
		y[2*v], y[2*v+1] = byte(v), byte(255-v)
		y[512+2*v], y[512+2*v+1] = byte(v), byte(v)
	}
	cb, cr := make([]byte, 512), make([]byte, 512)
	got, want := make([]uint32, 1024), make([]uint32, 1024)
	for b := range 256 {
		for r := range 256 {
			for i := range cb {
				cb[i], cr[i] = byte(b), byte(r)
			}
			yccPairs(got, y, cb, cr)
			yccPairsPlain(want, y, cb, cr)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("yccPairs(%d, %d, %d) = %#08x, yccPack %#08x", y[i], b, r, got[i], want[i])
				}
			}
		}
	}
}

// BenchmarkYCCPairs is BenchmarkYCCPixels at 4:2:x: yccPairs beside
// yccPack pixel by pixel.
func BenchmarkYCCPairs(b *testing.B) {
	const w = 4096
	y, cb, cr := make([]byte, w), make([]byte, w/2), make([]byte, w/2)
	for i := range w {
		y[i] = byte(i * 3 / 40)
	}
	for i := range w / 2 {
		cb[i], cr[i] = byte(100+i%37), byte(150-i%23)
	}
	dst := make([]uint32, w)
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			yccPairsPlain(dst, y, cb, cr)
		}
	})
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			yccPairs(dst, y, cb, cr)
		}
	})
}
