package studio

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"testing"
	"time"

	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/scheme"
)

// p95 reports the 95th percentile of the durations in milliseconds.
func p95(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	b.ReportMetric(float64(d[(len(d)*95+99)/100-1])/1e6, "p95-ms")
}

// BenchmarkPaletteHandler: a new palette as the page asks for it (a new
// seed each time, so no cache), three variants, JSON included. The issue's
// budget: p95 under 150 ms.
func BenchmarkPaletteHandler(b *testing.B) {
	h := newTestHandler(b, Options{})
	var d []time.Duration
	i := 0
	for b.Loop() {
		i++
		start := time.Now()
		w := do(h, "GET", fmt.Sprintf("/api/palette?tags=trust,tech&variants=3&seed=%d", i), nil, nil)
		d = append(d, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code, w.Body)
		}
	}
	p95(b, d)
}

// BenchmarkGenerate is the library call alone, the floor of the handler.
func BenchmarkGenerate(b *testing.B) {
	i := uint64(0)
	for b.Loop() {
		i++
		if _, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}, Variants: 3, Seed: i}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBannerHandler: the banner preview of a new palette (x-header,
// 1500×500, PNG encoded). The budget: p95 under 400 ms.
func BenchmarkBannerHandler(b *testing.B) {
	h := newTestHandler(b, Options{})
	var d []time.Duration
	i := 0
	for b.Loop() {
		i++
		start := time.Now()
		w := do(h, "GET", fmt.Sprintf("/api/banner.png?tags=trust,tech&seed=%d&title=Acme&cta=Go", i), nil, nil)
		d = append(d, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code, w.Body)
		}
	}
	p95(b, d)
}

// BenchmarkSchemePageHandler: the scheme preview of a new palette in dark
// mode (generation, scheme.New, scheme.Preview and the script's new
// hash), beside BenchmarkSchemePreview, the library call alone.
func BenchmarkSchemePageHandler(b *testing.B) {
	h := newTestHandler(b, Options{})
	var d []time.Duration
	i := 0
	for b.Loop() {
		i++
		start := time.Now()
		w := do(h, "GET", fmt.Sprintf("/api/scheme.html?tags=trust,tech&seed=%d&mode=dark", i), nil, nil)
		d = append(d, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code, w.Body)
		}
	}
	p95(b, d)
}

// BenchmarkSchemePreview is scheme.New and scheme.Preview of one palette.
func BenchmarkSchemePreview(b *testing.B) {
	cands, err := generate.Generate(generate.Options{Tags: []string{"trust", "tech"}})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		sc, err := scheme.New(cands[0].Palette, scheme.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := scheme.Preview(io.Discard, sc, scheme.PreviewOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
