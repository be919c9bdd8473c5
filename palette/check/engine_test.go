package check

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"testing"
	"testing/fstest"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/measure"
)

func testEngine(t *testing.T, o Options) *Engine {
	t.Helper()
	p, err := palette.Read(bytes.NewReader([]byte(`{"version":1,"primary":"#1d4ed8","secondary":"#bfdbfe","accent":"#f59e0b","neutral":["#111827"]}`)))
	if err != nil {
		t.Fatal(err)
	}
	if o.Measurer, err = measure.New(p, measure.Options{}); err != nil {
		t.Fatal(err)
	}
	e, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func flatPNG(t *testing.T) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range 64 {
		img.Set(i%8, i/8, color.NRGBA{0x1d, 0x4e, 0xd8, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRunFS: inputs come from an fs.FS, in input order whatever the jobs;
// unsupported formats are skipped, other files ignored in folders, missing
// files and non-images are error results.
func TestRunFS(t *testing.T) {
	img := flatPNG(t)
	fsys := fstest.MapFS{
		"a/1.png":     {Data: img},
		"a/2.png":     {Data: img},
		"a/x.svg":     {Data: []byte("<svg/>")},
		"a/notes.txt": {Data: []byte("hi")},
		"a/b/3.png":   {Data: []byte("not a png")},
		"top.png":     {Data: img},
	}
	for _, jobs := range []int{1, 4} {
		e := testEngine(t, Options{FS: fsys, Jobs: jobs})
		var got []string
		sum, err := e.Run(context.Background(), []string{"top.png", "a", "missing.png"}, func(r Result) {
			s := "ok"
			switch {
			case r.Skipped != "":
				s = "skipped"
			case r.Err != nil:
				s = "error"
			}
			got = append(got, fmt.Sprintf("%d %s %s", r.Index, r.File, s))
		})
		want := fmt.Sprint([]string{"0 top.png ok", "1 a/1.png ok", "2 a/2.png ok", "3 a/b/3.png error", "4 a/x.svg skipped", "5 missing.png error"})
		if err != nil || fmt.Sprint(got) != want {
			t.Errorf("jobs %d: %v %v, want %v", jobs, got, err, want)
		}
		if sum.Checked != 6 || sum.Skipped != 1 || sum.Unreadable != 2 || sum.Passed+sum.Failed != 3 {
			t.Errorf("jobs %d: summary %+v", jobs, sum)
		}
	}
}

// TestShardsPartition: the shards of a run hold every input once, and
// their merged summary is the summary of the whole run.
func TestShardsPartition(t *testing.T) {
	fsys := fstest.MapFS{}
	img := flatPNG(t)
	for i := range 40 {
		fsys[fmt.Sprintf("img/%02d.png", i)] = &fstest.MapFile{Data: img}
	}
	whole, _ := testEngine(t, Options{FS: fsys}).Run(context.Background(), []string{"img"}, nil)
	for _, n := range []uint64{1, 2, 3, 7} {
		seen := map[string]int{}
		var merged Summary
		for i := range n {
			part, err := testEngine(t, Options{FS: fsys, Shard: Shard{I: i, N: n}}).Run(context.Background(), []string{"img"}, func(r Result) { seen[r.File]++ })
			if err != nil {
				t.Fatal(err)
			}
			merged.Merge(part)
		}
		if len(seen) != 40 || merged.Checked != whole.Checked || merged.Passed != whole.Passed || merged.Shares != whole.Shares {
			t.Errorf("%d shards: %d files, %+v, want %+v", n, len(seen), merged, whole)
		}
		for f, c := range seen {
			if c != 1 {
				t.Errorf("%d shards: %s seen %d times", n, f, c)
			}
		}
	}
}

// TestRunCancel: a cancelled run stops delivering results and says why.
func TestRunCancel(t *testing.T) {
	fsys := fstest.MapFS{}
	img := flatPNG(t)
	for i := range 200 {
		fsys[fmt.Sprintf("%03d.png", i)] = &fstest.MapFile{Data: img}
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := testEngine(t, Options{FS: fsys, Jobs: 2}).Run(ctx, []string{"."}, func(Result) {
		n++
		if n == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Errorf("after cancel: %d results, %v", n, err)
	}
}

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/4", Shard{0, 4}, true}, {" 3 / 4 ", Shard{3, 4}, true}, {"0/1", Shard{0, 1}, true},
		{"4/4", Shard{}, false}, {"1/0", Shard{}, false}, {"-1/4", Shard{}, false}, {"1", Shard{}, false}, {"a/b", Shard{}, false}, {"", Shard{}, false},
	} {
		got, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"0/4", "3/4", "4/4", "x", "1/0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sh, err := ParseShard(s)
		if err != nil {
			return
		}
		if sh.N == 0 || sh.I >= sh.N {
			t.Fatalf("ParseShard(%q) = %v", s, sh)
		}
		back, err := ParseShard(sh.String())
		if err != nil || back != sh {
			t.Fatalf("%q: %v does not round-trip: %v %v", s, sh, back, err)
		}
	})
}

// TestParseLineRoundTrip: every JSON line a run writes reads back into a
// Result that writes the same line, with the same verdict and distance.
func TestParseLineRoundTrip(t *testing.T) {
	img := flatPNG(t)
	fsys := fstest.MapFS{"a.png": {Data: img}, "b.svg": {Data: []byte("<svg/>")}, "c.png": {Data: []byte("x")}}
	e := testEngine(t, Options{FS: fsys})
	n := 0
	_, err := e.Run(context.Background(), []string{"a.png", "b.svg", "c.png"}, func(r Result) {
		n++
		line := JSONLine(r)
		back, err := ParseLine(line, e.Rule())
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if again := JSONLine(back); !bytes.Equal(again, line) || back.Pass != r.Pass || back.Distance != r.Distance || back.Skipped != r.Skipped || (back.Err == nil) != (r.Err == nil) {
			t.Errorf("%s\nreads back as\n%s", line, again)
		}
	})
	if err != nil || n != 3 {
		t.Fatalf("%d results, %v", n, err)
	}
	for _, bad := range []string{"", "{}", `{"file":1}`, "[", `{"error":"x"}`} {
		if _, err := ParseLine([]byte(bad), e.Rule()); err == nil {
			t.Errorf("ParseLine(%q): no error", bad)
		}
	}
}

func FuzzParseLine(f *testing.F) {
	f.Add([]byte(`{"file":"a.png","error":"x"}`))
	f.Add([]byte(`{"file":"a.png","skipped":"SVG"}`))
	f.Add([]byte(`{"file":"a.png","width":2,"height":2,"shares":{"primary":0.6,"secondary":0.3,"accent":0.1},"pass":true,"problems":[]}`))
	rule := palette.DefaultRule()
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := ParseLine(line, rule)
		if err == nil && r.File == "" {
			t.Fatalf("%q: a result without a file", line)
		}
	})
}
