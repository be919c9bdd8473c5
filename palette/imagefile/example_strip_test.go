package imagefile_test

import (
	"bytes"
	"fmt"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

// A progressive 1000×1000 YCbCr JPEG: image/jpeg keeps 4 bytes per
// coefficient until its last scan, the strip decoder behind measure.Decode
// 2 (and 10 per block), so admitting it for that decoder takes about 2/3 of
// Memory; a CMYK one is decoded by image/jpeg whatever the caller.
func ExampleHeader_StripMemory() {
	for _, components := range []int{3, 4} {
		data := imagefiletest.ProgressiveJPEG(1000, 1000, components, 3)
		h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		strip, ok := h.StripMemory(1)
		fmt.Printf("%d components: Memory %s, StripMemory %s %v\n", components, imagefile.Bytes(h.Memory), imagefile.Bytes(strip), ok)
	}
	// Output:
	// 3 components: Memory 15.3 MiB, StripMemory 10.1 MiB true
	// 4 components: Memory 23.9 MiB, StripMemory 0 B false
}
