package check

import (
	"context"
	"image"
	"runtime/debug"
	"sync"
	"testing"
	"testing/fstest"
)

// TestSetMemoryLimit: while a Run with SetMemoryLimit checks an image, the
// runtime's limit is below the one it found and covers the image's
// admitted memory; Runs that overlap share the limit; the last to end
// restores the limit it found. A Run without it leaves the limit alone.
func TestSetMemoryLimit(t *testing.T) {
	const found = 1 << 40
	old := debug.SetMemoryLimit(found)
	defer debug.SetMemoryLimit(old)
	img := flatPNG(t)
	fsys := fstest.MapFS{}
	for _, name := range []string{"1.png", "2.png", "3.png", "4.png"} {
		fsys[name] = &fstest.MapFile{Data: img}
	}
	var mu sync.Mutex
	var seen []int64
	thumb := func(int, image.Image) (string, int, int, error) {
		l := debug.SetMemoryLimit(-1)
		mu.Lock()
		seen = append(seen, l)
		mu.Unlock()
		return "", 0, 0, nil
	}
	e := testEngine(t, Options{FS: fsys, Jobs: 2, SetMemoryLimit: true, Thumb: thumb})
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			if _, err := e.Run(context.Background(), []string{"."}, nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if len(seen) != 12 {
		t.Fatalf("%d thumbnails, want 12", len(seen))
	}
	for _, l := range seen {
		if l >= found || l < limitHeadroom+int64(len(img)) {
			t.Errorf("limit %d during the runs, want under %d and over %d", l, int64(found), limitHeadroom+int64(len(img)))
		}
	}
	if l := debug.SetMemoryLimit(-1); l != found {
		t.Errorf("limit %d after the runs, want %d restored", l, int64(found))
	}
	seen = nil
	e = testEngine(t, Options{FS: fsys, Thumb: thumb})
	if _, err := e.Run(context.Background(), []string{"."}, nil); err != nil {
		t.Fatal(err)
	}
	for _, l := range seen {
		if l != found {
			t.Errorf("limit %d during a run without SetMemoryLimit, want %d", l, int64(found))
		}
	}
}
