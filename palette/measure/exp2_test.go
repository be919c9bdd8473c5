package measure_test

import (
	"image"

	"os"

	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
)

func loadImgB(t testing.TB, p string) image.Image {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := imagefile.Decode(f, imagefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return img
}
