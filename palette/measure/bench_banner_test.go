package measure_test

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"testing"

	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
)

// bannerInputs are the cases check meets most: a flat banner with text as
// PNG and as JPEG, and a banner with a photograph pasted in.
func bannerInputs(b testing.TB) (names []string, data map[string][]byte) {
	banner := textImage(nil, 1200, 628, brandCols[0], brandCols[4], 28)
	draw.Draw(banner, image.Rect(800, 0, 1200, 628), &image.Uniform{brandCols[1]}, image.Point{}, draw.Src)
	draw.Draw(banner, image.Rect(1100, 500, 1200, 628), &image.Uniform{brandCols[2]}, image.Point{}, draw.Src)
	composite := image.NewNRGBA(banner.Bounds())
	draw.Draw(composite, composite.Bounds(), banner, image.Point{}, draw.Src)
	draw.Draw(composite, image.Rect(600, 80, 1100, 480), photoTexture(rand.New(rand.NewPCG(7, 7)), 500, 400), image.Point{}, draw.Src)
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, banner); err != nil {
		b.Fatal(err)
	}
	data = map[string][]byte{
		"banner-png-1200x628":     pngBuf.Bytes(),
		"banner-jpeg-1200x628":    encodeJPEG(b, banner),
		"composite-jpeg-1200x628": encodeJPEG(b, composite),
	}
	return []string{"banner-png-1200x628", "banner-jpeg-1200x628", "composite-jpeg-1200x628"}, data
}

// BenchmarkDecodeMeasureBanners is decoding plus measuring flat banners and
// a banner with a photograph; BenchmarkDecode's figures are the floor.
func BenchmarkDecodeMeasureBanners(b *testing.B) {
	m := newMeasurer(b)
	names, inputs := bannerInputs(b)
	for _, name := range names {
		data := inputs[name]
		b.Run(name, func(b *testing.B) {
			img, _, _ := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
			m.Measure(img) // warm the tables
			var px int
			for b.Loop() {
				img, _, err := imagefile.Decode(bytes.NewReader(data), imagefile.Options{})
				if err != nil {
					b.Fatal(err)
				}
				px = img.Bounds().Dx() * img.Bounds().Dy()
				m.Measure(img)
			}
			b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
		})
	}
}

// BenchmarkMeasureBanners is the measurement alone on the decoded banners,
// tables warm.
func BenchmarkMeasureBanners(b *testing.B) {
	m := newMeasurer(b)
	names, inputs := bannerInputs(b)
	for _, name := range names {
		img, _, _ := imagefile.Decode(bytes.NewReader(inputs[name]), imagefile.Options{})
		m.Measure(img)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				m.Measure(img)
			}
			px := img.Bounds().Dx() * img.Bounds().Dy()
			b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
		})
	}
}

// BenchmarkMeasureCorpus is the measurement alone, tables warm, on the
// decoded images of HUEPRINT_CORPUS (JPEG and PNG as two groups; see
// BenchmarkCheckPath): what Measure adds to decoding on real photographs.
func BenchmarkMeasureCorpus(b *testing.B) {
	m := newMeasurer(b)
	names, files := benchFiles(b)
	for _, n := range names {
		var imgs []image.Image
		px := 0
		for _, data := range files[n] {
			img, _, err := measure.Decode(bytes.NewReader(data), measure.ReadOptions{})
			if err != nil {
				continue
			}
			m.Measure(img)
			imgs = append(imgs, img)
			px += img.Bounds().Dx() * img.Bounds().Dy()
		}
		b.Run(n, func(b *testing.B) {
			for b.Loop() {
				for _, img := range imgs {
					m.Measure(img)
				}
			}
			b.ReportMetric(float64(px)*float64(b.N)/b.Elapsed().Seconds(), "px/s")
		})
	}
}
