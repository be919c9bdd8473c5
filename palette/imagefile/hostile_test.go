package imagefile_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

// TestScanBomb: a progressive JPEG repeating one AC scan is refused for its
// scan count before its pixels are decoded, from a file (the pre-scan) and
// from a stream (counted as the decoder reads); a normal progressive file
// decodes.
func TestScanBomb(t *testing.T) {
	ok := imagefiletest.ProgressiveJPEG(64, 48, 1, 5)
	img, format, err := imagefile.Decode(bytes.NewReader(ok), imagefile.Options{})
	if err != nil || format != "jpeg" || img.Bounds() != image.Rect(0, 0, 64, 48) {
		t.Fatalf("a 6-scan progressive JPEG: %v", err)
	}
	bomb := imagefiletest.ProgressiveJPEG(2000, 2000, 1, 2000)
	path := filepath.Join(t.TempDir(), "bomb.jpg")
	if err := os.WriteFile(path, bomb, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	start := time.Now()
	_, err = imagefile.ReadHeader(f, imagefile.Options{})
	if !errors.Is(err, imagefile.ErrTooManyScans) || !strings.Contains(err.Error(), "more than 100 scans") {
		t.Errorf("pre-scan: err = %v, want ErrTooManyScans", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("the pre-scan took %v", d)
	}
	// A stream cannot be pre-scanned: the count stops the decoder.
	start = time.Now()
	_, _, err = imagefile.Decode(struct{ *bytes.Reader }{bytes.NewReader(bomb)}, imagefile.Options{})
	if !errors.Is(err, imagefile.ErrTooManyScans) {
		t.Errorf("stream: err = %v, want ErrTooManyScans", err)
	}
	t.Logf("%d-byte bomb refused from a stream in %v", len(bomb), time.Since(start))
}

// TestMemoryEstimate: the estimate from the header covers what the decoder
// allocates (measured with the allocation counter), and is not more than
// twice it; the limit refuses a memory bomb before decoding.
func TestMemoryEstimate(t *testing.T) {
	cases := []struct {
		name string
		data []byte
	}{
		{"grey progressive", imagefiletest.ProgressiveJPEG(1000, 1000, 1, 3)},
		{"ycbcr progressive", imagefiletest.ProgressiveJPEG(1000, 1000, 3, 3)},
		{"cmyk progressive", imagefiletest.ProgressiveJPEG(1000, 1000, 4, 3)},
		{"png 16-bit", imagefiletest.PNG16(1000, 1000, color.RGBA64{0x1000, 0x8000, 0xffff, 0xffff})},
		{"png 8-bit", encode(t, "png")},
		{"gif", encode(t, "gif")},
	}
	for _, c := range cases {
		h, err := imagefile.ReadHeader(bytes.NewReader(c.data), imagefile.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var before, after runtimeMem
		before.read()
		img, err := h.Decode(context.Background())
		after.read()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		used := int64(after.total - before.total)
		if h.Memory < used || h.Memory > 2*used+2<<20 {
			t.Errorf("%s %v: estimate %d bytes, decoder allocated %d", c.name, img.Bounds().Size(), h.Memory, used)
		}
	}
	bomb := imagefiletest.ProgressiveJPEG(7000, 7000, 4, 1)
	_, err := imagefile.ReadHeader(bytes.NewReader(bomb), imagefile.Options{})
	if !errors.Is(err, imagefile.ErrTooLarge) || !strings.Contains(err.Error(), "needs about 1.1 GiB to decode, over the limit of 1 GiB") {
		t.Errorf("%d-byte CMYK bomb: err = %v", len(bomb), err)
	}
}

// TestGIFSmallFrame: a GIF whose first frame is smaller than its logical
// screen and offset in it decodes to the screen's size, the frame in place
// and the rest transparent.
func TestGIFSmallFrame(t *testing.T) {
	pal := color.Palette{color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	frame := image.NewPaletted(image.Rect(30, 20, 80, 70), pal)
	for i := range frame.Pix {
		frame.Pix[i] = 1
	}
	img, _, err := imagefile.Decode(bytes.NewReader(imagefiletest.GIFFrame(100, 100, frame)), imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds() != image.Rect(0, 0, 100, 100) {
		t.Fatalf("bounds %v, want the screen", img.Bounds())
	}
	for _, p := range []struct {
		x, y int
		a    uint32
		b    uint32
	}{{0, 0, 0, 0}, {29, 20, 0, 0}, {30, 20, 0xffff, 0xffff}, {79, 69, 0xffff, 0xffff}, {80, 69, 0, 0}, {99, 99, 0, 0}} {
		_, _, b, a := img.At(p.x, p.y).RGBA()
		if a != p.a || b != p.b {
			t.Errorf("(%d,%d): blue %d alpha %d, want %d %d", p.x, p.y, b, a, p.b, p.a)
		}
	}
}

// TestDecodeTimeout: a done context stops a decode with its cause.
func TestDecodeTimeout(t *testing.T) {
	data := imagefiletest.ProgressiveJPEG(1500, 1500, 1, 90)
	h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A deadline already past cancels the context at once; a short timeout
	// would race the timer on a loaded machine.
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := h.Decode(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want a deadline", err)
	}
}

// TestBudget: acquisitions wait for room, in order, and a request over the
// whole budget fails at once.
func TestBudget(t *testing.T) {
	b := imagefile.NewBudget(100)
	ctx := context.Background()
	if err := b.Acquire(ctx, 101); !errors.Is(err, imagefile.ErrTooLarge) {
		t.Errorf("over the budget: %v", err)
	}
	if err := b.Acquire(ctx, 70); err != nil {
		t.Fatal(err)
	}
	got := make(chan int64, 2)
	go func() { b.Acquire(ctx, 60); got <- 60 }()
	time.Sleep(10 * time.Millisecond)
	go func() { b.Acquire(ctx, 10); got <- 10 }() // fits, but waits its turn
	time.Sleep(10 * time.Millisecond)
	select {
	case n := <-got:
		t.Fatalf("%d granted while 70 of 100 are taken and 60 waits first", n)
	default:
	}
	b.Release(70)
	if a, c := <-got, <-got; a+c != 70 || b.InUse() != 70 {
		t.Errorf("granted %d and %d, in use %d", a, c, b.InUse())
	}
	short, cancel := context.WithTimeout(ctx, 5*time.Millisecond)
	defer cancel()
	if err := b.Acquire(short, 50); !errors.Is(err, context.DeadlineExceeded) || b.InUse() != 70 {
		t.Errorf("cancelled wait: %v, in use %d", err, b.InUse())
	}
}

// TestStripMemory: Header.StripMemory is given only for a JPEG the strip
// decoder reads, scanned to its end: not for CMYK, a truncated file (which
// that decoder hands to image/jpeg), a stream not read to its end by
// ReadHeader, a PNG, a progressive scan shifting more than 13 bits or a
// scale other than 1, 2, 4 or 8; and it is at most Memory and 2 % (a
// sequential file's MCU row). Each refusal fails without its check.
func TestStripMemory(t *testing.T) {
	ycc := imagefiletest.ProgressiveJPEG(640, 480, 3, 2)
	// The second AC scan's Ah/Al byte set to 14: beyond T.81's 13.
	shifted := bytes.Clone(ycc)
	last := bytes.LastIndex(shifted, []byte{0xFF, 0xDA, 0, 8, 1, 1, 0x00, 1, 63, 0})
	if last < 0 {
		t.Fatal("no AC scan header in the generated JPEG")
	}
	shifted[last+9] = 14
	// A baseline JPEG of noise, far longer than ReadHeader's reads.
	noise := image.NewGray(image.Rect(0, 0, 512, 512))
	for i := range noise.Pix {
		noise.Pix[i] = byte(i * i >> 5)
	}
	var big bytes.Buffer
	if err := jpeg.Encode(&big, noise, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		r     io.Reader
		scale int
		ok    bool
	}{
		{"progressive YCbCr", bytes.NewReader(ycc), 1, true},
		{"progressive grey", bytes.NewReader(imagefiletest.ProgressiveJPEG(640, 480, 1, 2)), 1, true},
		{"progressive YCbCr at 1/8", bytes.NewReader(ycc), 8, true},
		{"scale 3", bytes.NewReader(ycc), 3, false},
		{"progressive CMYK", bytes.NewReader(imagefiletest.ProgressiveJPEG(640, 480, 4, 2)), 1, false},
		{"truncated", bytes.NewReader(ycc[:len(ycc)-2]), 1, false},
		{"baseline grey", bytes.NewReader(big.Bytes()), 1, true},
		{"a stream read whole with its header", struct{ io.Reader }{bytes.NewReader(ycc)}, 1, true},
		{"a stream not pre-scanned", struct{ io.Reader }{bytes.NewReader(big.Bytes())}, 1, false},
		{"shift of 14", bytes.NewReader(shifted), 1, false},
		{"png", bytes.NewReader(encode(t, "png")), 1, false},
	}
	for _, c := range cases {
		h, err := imagefile.ReadHeader(c.r, imagefile.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		n, ok := h.StripMemory(c.scale)
		if ok != c.ok || ok && (n <= 0 || n > h.Memory+h.Memory/50) || !ok && n != 0 {
			t.Errorf("%s: StripMemory = %d, %v (Memory %d), want ok %v", c.name, n, ok, h.Memory, c.ok)
		}
	}
}
