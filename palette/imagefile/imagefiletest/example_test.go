package imagefiletest_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/imagefile/imagefiletest"
)

func ExampleProgressiveJPEG() {
	data := imagefiletest.ProgressiveJPEG(640, 480, 3, 4)
	img, format, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
	fmt.Println(len(data), format, img.Bounds(), err)
	// Output: 1998 jpeg (0,0)-(640,480) <nil>
}

func ExamplePNG16() {
	data := imagefiletest.PNG16(4000, 3000, color.RGBA64{0xffff, 0, 0, 0xffff})
	h, err := imagefile.ReadHeader(bytes.NewReader(data), imagefile.Options{})
	fmt.Println(len(data) < 200_000, h.Width, h.Height, imagefile.Bytes(h.Memory), err)
	// Output: true 4000 3000 92.6 MiB <nil>
}

func ExampleGIFFrame() {
	frame := image.NewPaletted(image.Rect(10, 10, 30, 20), color.Palette{color.Black})
	img, _, err := imagefile.Decode(bytes.NewReader(imagefiletest.GIFFrame(40, 30, frame)), imagefile.Options{})
	_, _, _, inside := img.At(15, 15).RGBA()
	_, _, _, outside := img.At(0, 0).RGBA()
	fmt.Println(img.Bounds(), inside, outside, err)
	// Output: (0,0)-(40,30) 65535 0 <nil>
}
