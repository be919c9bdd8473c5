package measure_test

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/hueprint/hueprint/palette/measure"
)

// reuseStep is one Decode of a sequence sharing a Buffers.
type reuseStep struct {
	name string
	data []byte
	res  measure.Resolution
}

// reuseSequence returns every reader input (JPEG of each layout, PNG of
// each type, files handed to the standard decoders, broken files) largest
// first, then smallest first, at full size and at 1/2: each image lands on
// memory that held another one, larger or smaller, of another type.
func reuseSequence(t testing.TB) []reuseStep {
	inputs := readerInputs(t)
	var steps []reuseStep
	for name, data := range inputs {
		steps = append(steps, reuseStep{name: name, data: data})
	}
	slices.SortFunc(steps, func(a, b reuseStep) int {
		if len(a.data) != len(b.data) {
			return len(b.data) - len(a.data)
		}
		return bytes.Compare([]byte(a.name), []byte(b.name))
	})
	seq := slices.Clone(steps)
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		s.res = measure.Resolution(i % 2) // full and 1/2 in turn
		seq = append(seq, s)
	}
	return seq
}

// decodeFresh is Decode without Buffers: what reuse must give.
func decodeFresh(s reuseStep) (image.Image, string, error) {
	return measure.Decode(bytes.NewReader(s.data), measure.ReadOptions{Resolution: s.res})
}

// sameImage reports how got differs from want in type, bounds, layout or
// any pixel inside the bounds (the padding of a JPEG image's planes past
// them is not part of the image, and not cleared when memory is reused).
func sameImage(want, got image.Image) error {
	if reflect.TypeOf(got) != reflect.TypeOf(want) || got.Bounds() != want.Bounds() {
		return fmt.Errorf("%T %v, want %T %v", got, got.Bounds(), want, want.Bounds())
	}
	b := want.Bounds()
	if w, ok := want.(*image.YCbCr); ok {
		g := got.(*image.YCbCr)
		if g.YStride != w.YStride || g.CStride != w.CStride || g.SubsampleRatio != w.SubsampleRatio {
			return fmt.Errorf("layout %d %d %v, want %d %d %v", g.YStride, g.CStride, g.SubsampleRatio, w.YStride, w.CStride, w.SubsampleRatio)
		}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				yi, ci := w.YOffset(x, y), w.COffset(x, y)
				if g.Y[yi] != w.Y[yi] || g.Cb[ci] != w.Cb[ci] || g.Cr[ci] != w.Cr[ci] {
					return fmt.Errorf("pixel (%d, %d) differs", x, y)
				}
			}
		}
		return nil
	}
	if p, ok := want.(*image.Paletted); ok && !reflect.DeepEqual(p.Palette, got.(*image.Paletted).Palette) {
		return fmt.Errorf("palette differs")
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if got.At(x, y) != want.At(x, y) {
				return fmt.Errorf("pixel (%d, %d) = %v, want %v", x, y, got.At(x, y), want.At(x, y))
			}
		}
	}
	return nil
}

// TestBuffersReuse checks that decoding a sequence of images of different
// sizes and types into one Buffers gives, for each, the image (type,
// layout, every pixel), format and error of a fresh decode, and the same
// measurement: reused memory is never read before it is written.
func TestBuffersReuse(t *testing.T) {
	m := newMeasurer(t)
	var bufs measure.Buffers
	grew := 0
	for i, s := range reuseSequence(t) {
		want, wantFormat, wantErr := decodeFresh(s)
		size := bufs.Size()
		got, format, err := measure.Decode(bytes.NewReader(s.data), measure.ReadOptions{Resolution: s.res, Buffers: &bufs})
		if bufs.Size() > size {
			grew++
		}
		label := fmt.Sprintf("%d %s at %v", i, s.name, s.res)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) || format != wantFormat {
			t.Fatalf("%s: %s, error %v; want %s, %v", label, format, err, wantFormat, wantErr)
		}
		if err != nil {
			continue
		}
		if err := sameImage(want, got); err != nil {
			t.Fatalf("%s: the image decoded into reused memory differs from a fresh decode: %v", label, err)
		}
		if r, w := m.Measure(got), m.Measure(want); !reflect.DeepEqual(r, w) {
			t.Fatalf("%s: measured %+v, want %+v", label, r, w)
		}
		res, _, err := m.MeasureReader(bytes.NewReader(s.data), measure.ReadOptions{Resolution: s.res, Buffers: &bufs})
		if err != nil || !reflect.DeepEqual(res, m.Measure(want)) {
			t.Fatalf("%s: MeasureReader with Buffers: %+v, %v", label, res, err)
		}
	}
	// The memory grows for the first, largest files only, then is reused.
	if grew == 0 || grew > 8 {
		t.Errorf("Buffers grew %d times over the sequence, want 1 to 8", grew)
	}
	bufs.Release()
	if bufs.Size() != 0 {
		t.Errorf("Size %d after Release", bufs.Size())
	}
}

// TestBuffersConcurrent runs two workers with a Buffers each, and two
// MeasureReader callers on the shared pool, over the sequence in opposite
// orders (run it with -race): each result is the fresh one.
func TestBuffersConcurrent(t *testing.T) {
	m := newMeasurer(t)
	seq := reuseSequence(t)
	want := make([]measure.Result, len(seq))
	for i, s := range seq {
		if img, _, err := decodeFresh(s); err == nil {
			want[i] = m.Measure(img)
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			var bufs *measure.Buffers
			if w < 2 {
				bufs = new(measure.Buffers) // else the pool
			}
			for k := range seq {
				i := k
				if w%2 == 1 {
					i = len(seq) - 1 - k
				}
				got, _, err := m.MeasureReader(bytes.NewReader(seq[i].data), measure.ReadOptions{Resolution: seq[i].res, Buffers: bufs})
				if err == nil && !reflect.DeepEqual(got, want[i]) {
					t.Errorf("worker %d, %s: %+v, want %+v", w, seq[i].name, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

// ExampleBuffers decodes images one after another into the same memory,
// as a worker that measures a folder would.
func ExampleBuffers() {
	m, err := measure.New(brand, measure.Options{})
	if err != nil {
		panic(err)
	}
	var bufs measure.Buffers // one per goroutine
	for _, k := range []int{4, 2} {
		// A banner in 60/30/10 bands, 100k × 20 pixels.
		banner := bands(100*k, 20, []struct {
			hex   string
			width int
		}{{"#1d4ed8", 60 * k}, {"#bfdbfe", 30 * k}, {"#f59e0b", 10 * k}})
		var file bytes.Buffer
		if err := png.Encode(&file, banner); err != nil {
			panic(err)
		}
		img, format, err := measure.Decode(&file, measure.ReadOptions{Buffers: &bufs})
		if err != nil {
			panic(err)
		}
		// img is valid until the next Decode with bufs: use it now.
		fmt.Printf("%s %v primary %.2f\n", format, img.Bounds().Size(), m.Measure(img).Shares.Primary)
	}
	// Output:
	// png (400,20) primary 0.60
	// png (200,20) primary 0.60
}
