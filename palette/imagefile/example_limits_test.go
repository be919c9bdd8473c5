package imagefile_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/color"
	"time"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

// ReadHeader says what a decode will cost before it starts; a budget shared
// by workers admits decodes so that together they stay within it.
func ExampleReadHeader() {
	budget := imagefile.NewBudget(64 << 20)
	data := imagefiletest.PNG16(1000, 1000, color.RGBA64{0x1d1d, 0x4e4e, 0xd8d8, 0xffff})
	h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{MaxMemory: budget.Total()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.Format, h.Width, h.Height, imagefile.Bytes(h.Memory))
	if err := budget.Acquire(context.Background(), h.Memory); err != nil {
		fmt.Println(err)
		return
	}
	defer budget.Release(h.Memory)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	img, err := h.Decode(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds())
	// Output:
	// png 1000 1000 8.6 MiB
	// (0,0)-(1000,1000)
}

// A progressive JPEG that repeats a scan thousands of times is refused for
// its scan count, and a CMYK one of 49 megapixels for its memory.
func ExampleReadHeader_bombs() {
	for _, data := range [][]byte{
		imagefiletest.ProgressiveJPEG(2000, 2000, 1, 5000),
		imagefiletest.ProgressiveJPEG(7000, 7000, 4, 1),
	} {
		_, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
		fmt.Println(len(data), errors.Is(err, imagefile.ErrTooManyScans), errors.Is(err, imagefile.ErrTooLarge))
		fmt.Println(err)
	}
	// Output:
	// 77953 true false
	// imagefile: jpeg: more than 100 scans, more than any encoder writes: too many JPEG scans
	// 383059 false true
	// imagefile: jpeg 7000x7000 needs about 1.1 GiB to decode, over the limit of 1 GiB: image too large
}

func ExampleBudget() {
	b := imagefile.NewBudget(100 << 20)
	fmt.Println(b.Acquire(context.Background(), 60<<20), imagefile.Bytes(b.InUse()))
	fmt.Println(b.Acquire(context.Background(), 200<<20))
	b.Release(60 << 20)
	fmt.Println(imagefile.Bytes(b.InUse()))
	// Output:
	// <nil> 60 MiB
	// imagefile: needs about 200 MiB, over the memory budget of 100 MiB: image too large
	// 0 B
}

func ExampleBytes() {
	fmt.Println(imagefile.Bytes(512), imagefile.Bytes(1536), imagefile.Bytes(1<<30), imagefile.Bytes(1_234_567_890))
	// Output: 512 B 1.5 KiB 1 GiB 1.1 GiB
}
