package check_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"path/filepath"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/check"
	"github.com/hueprint/hueprint/palette/check/report"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
)

// bands writes a PNG of vertical bands of the colours, widths in pixels.
func bands(path string, hexes []string, widths []int) {
	w := 0
	for _, x := range widths {
		w += x
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, 20))
	x := 0
	for i, h := range hexes {
		r, g, b := palette.RGB255(palette.MustParseColor(h))
		draw.Draw(img, image.Rect(x, 0, x+widths[i], 20), &image.Uniform{color.NRGBA{r, g, b, 255}}, image.Point{}, draw.Src)
		x += widths[i]
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	os.WriteFile(path, buf.Bytes(), 0o644)
}

// Check a folder in parallel, write the HTML report, and merge the
// summaries of two shards of the same folder into the summary of the whole.
func Example() {
	dir, _ := os.MkdirTemp("", "check-example")
	defer os.RemoveAll(dir)
	brand := []string{"#1d4ed8", "#bfdbfe", "#f59e0b"}
	bands(filepath.Join(dir, "a.png"), brand, []int{60, 30, 10})       // 60-30-10
	bands(filepath.Join(dir, "b.png"), brand, []int{30, 60, 10})       // primary and secondary swapped
	bands(filepath.Join(dir, "c.png"), brand, []int{120, 60, 20})      // 60-30-10
	os.WriteFile(filepath.Join(dir, "d.png"), []byte("no PNG"), 0o644) // unreadable

	p, err := palette.Read(bytes.NewReader([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827","#f9fafb"]}`)))
	if err != nil {
		log.Fatal(err)
	}
	m, err := measure.New(p, measure.Options{})
	if err != nil {
		log.Fatal(err)
	}
	opt := check.Options{Measurer: m, Rule: p.RuleOrDefault(), Lang: psych.English, Jobs: 4}

	// The report goes to its own folder, never read as input.
	rw, err := report.New(filepath.Join(dir, "report"), psych.English, p, opt.Rule)
	if err != nil {
		log.Fatal(err)
	}
	defer rw.Abandon()
	if err := rw.Protect(&opt, "report"); err != nil {
		log.Fatal(err)
	}
	opt.Thumb = rw.Thumb
	e, err := check.New(opt)
	if err != nil {
		log.Fatal(err)
	}
	sum, err := e.Run(context.Background(), []string{dir}, func(r check.Result) {
		rw.Add(r)
		switch {
		case r.Err != nil:
			fmt.Printf("%s: unreadable\n", filepath.Base(r.File))
		default:
			fmt.Printf("%s: pass %v, %.0f points from the rule\n", filepath.Base(r.File), r.Pass, r.Distance)
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := rw.Finish(sum); err != nil {
		log.Fatal(err)
	}
	_, err = os.Stat(filepath.Join(dir, "report", "index.html"))
	fmt.Println("report written:", err == nil)

	// Two machines each check a shard; their summaries merge into the whole.
	var whole check.Summary
	for i := range uint64(2) {
		o := opt
		o.Thumb, o.Shard = nil, check.Shard{I: i, N: 2}
		e, _ := check.New(o)
		part, _ := e.Run(context.Background(), []string{dir}, nil)
		whole.Merge(part)
	}
	fmt.Printf("checked %d, passed %d, failed %d, unreadable %d; farthest %s\n",
		whole.Checked, whole.Passed, whole.Failed, whole.Unreadable, filepath.Base(whole.Worst[0].File))
	// Output:
	// a.png: pass true, 0 points from the rule
	// b.png: pass false, 30 points from the rule
	// c.png: pass true, 0 points from the rule
	// d.png: unreadable
	// report written: true
	// checked 4, passed 2, failed 1, unreadable 1; farthest b.png
}

// Each of N machines checks the shard ParseShard reads from its index; the
// same path lands in the same shard on every machine.
func ExampleParseShard() {
	s, err := check.ParseShard("1/3")
	if err != nil {
		log.Fatal(err)
	}
	for _, path := range []string{"ads/a.png", "ads/b.png", "ads/c.png", "ads/d.png"} {
		fmt.Println(path, s.Contains(path))
	}
	_, err = check.ParseShard("3/3")
	fmt.Println(err)
	// Output:
	// ads/a.png false
	// ads/b.png false
	// ads/c.png false
	// ads/d.png true
	// check: shard "3/3": want I/N with 0 ≤ I < N, e.g. 0/4
}

// JSON lines written by other machines read back into Results, which a
// Summary counts and a Writer prints.
func ExampleParseLine() {
	lines := []string{
		`{"file":"a.png","width":100,"height":20,"shares":{"primary":0.625,"secondary":0.25,"accent":0.125,"neutral":0,"off":0,"photo":0},"brand":1,"brand_shares":{"primary":0.625,"secondary":0.25,"accent":0.125},"photo_area":0,"pass":true,"problems":[],"colors":[],"off_colors":[]}`,
		`{"file":"b.png","error":"imagefile: not a PNG, JPEG, GIF, WebP, BMP or TIFF image"}`,
		`{"file":"c.svg","skipped":"SVG is vector art; export it to PNG to check it"}`,
	}
	var sum check.Summary
	w := check.NewWriter(os.Stdout, check.CSV, psych.English)
	for _, l := range lines {
		r, err := check.ParseLine([]byte(l), palette.DefaultRule())
		if err != nil {
			log.Fatal(err)
		}
		sum.Add(r)
		w.Write(r)
	}
	w.Finish(sum)
	fmt.Println(sum)
	// Output:
	// file,width,height,primary,secondary,accent,neutral,off,pass,problems,error,photo,brand,primary_of_brand,secondary_of_brand,accent_of_brand,skipped
	// a.png,100,20,0.625,0.25,0.125,0,0,true,,,0,1,0.625,0.25,0.125,
	// b.png,,,,,,,,,,"imagefile: not a PNG, JPEG, GIF, WebP, BMP or TIFF image",,,,,,
	// c.svg,,,,,,,,,,,,,,,,SVG is vector art; export it to PNG to check it
	// checked 3: 1 passed, 0 failed, 1 unreadable, 1 skipped in 0.00 s
}
