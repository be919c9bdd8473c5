package studio

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/scheme"
)

const testAddr = "127.0.0.1:8080"

func newTestHandler(t testing.TB, o Options) http.Handler {
	t.Helper()
	if o.Addr == "" {
		o.Addr = testAddr
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// do sends one request as the studio's own page would, with extra headers.
func do(h http.Handler, method, target string, body []byte, hdr map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, bytes.NewReader(body))
	r.Host = testAddr
	if method == http.MethodPost {
		r.Header.Set("Origin", "http://"+testAddr)
		r.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	for k, v := range hdr {
		if k == "Host" {
			r.Host = v
			continue
		}
		if v == "" {
			r.Header.Del(k)
			continue
		}
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// errorOf decodes a JSON error response, failing the test if it is not one.
func errorOf(t *testing.T, w *httptest.ResponseRecorder) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error response of type %q: %s", ct, w.Body)
	}
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
		t.Fatalf("not a JSON error: %v %s", err, w.Body)
	}
	return e.Error
}

func pngBytes(t testing.TB, img image.Image) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hugePNG is a valid PNG signature and header announcing w×h pixels, and one
// tiny IDAT: decoding it would need gigabytes, its header says so first.
func hugePNG(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		c := crc32.NewIEEE()
		c.Write([]byte(typ))
		c.Write(data)
		binary.Write(&b, binary.BigEndian, c.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk("IEND", nil)
	return b.Bytes()
}

func TestHostChecked(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"LOCALHOST:8080", true},
		{"evil.example:8080", false}, // DNS rebinding: a name that resolves to 127.0.0.1
		{"127.0.0.1:9090", false},
		{"127.0.0.1", false},
		{"[::1]:8080", false},
		{"", false},
	} {
		t.Run(tc.host, func(t *testing.T) {
			w := do(h, "GET", "/api/meta", nil, map[string]string{"Host": tc.host})
			if got := w.Code == http.StatusOK; got != tc.ok {
				t.Fatalf("Host %q: status %d, want ok=%v: %s", tc.host, w.Code, tc.ok, w.Body)
			}
			if !tc.ok {
				if msg := errorOf(t, w); !strings.Contains(msg, "host") {
					t.Errorf("message %q does not name the host", msg)
				}
			}
		})
	}
	// Listening on every interface: IP literals with the port are fine,
	// names are not.
	any := newTestHandler(t, Options{Addr: "0.0.0.0:8080"})
	for host, ok := range map[string]bool{"192.168.1.20:8080": true, "localhost:8080": true, "studio.example:8080": false, "192.168.1.20:80": false} {
		if w := do(any, "GET", "/api/meta", nil, map[string]string{"Host": host}); (w.Code == 200) != ok {
			t.Errorf("0.0.0.0, Host %q: status %d, want ok=%v", host, w.Code, ok)
		}
	}
	if _, err := New(Options{Addr: "127.0.0.1"}); err == nil {
		t.Error("New accepts an address without a port")
	}
	if _, err := New(Options{Addr: "127.0.0.1:0"}); err == nil {
		t.Error("New accepts port 0, which no Host header carries")
	}
}

func TestCrossOriginRefused(t *testing.T) {
	h := newTestHandler(t, Options{})
	img := pngBytes(t, image.NewNRGBA(image.Rect(0, 0, 4, 4)))
	target := "/api/check?tags=trust"
	for _, tc := range []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"same origin", nil, http.StatusOK},
		{"no browser headers (curl)", map[string]string{"Origin": "", "Sec-Fetch-Site": ""}, http.StatusOK},
		{"cross-site fetch", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"other origin, old browser", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": ""}, http.StatusForbidden},
		{"same site, other port", map[string]string{"Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(h, "POST", target, img, tc.hdr)
			if w.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.want, w.Body)
			}
			if tc.want != 200 {
				errorOf(t, w)
			}
		})
	}
	// A cross-site page cannot read the API with GET either.
	if w := do(h, "GET", "/api/palette?tags=trust", nil, map[string]string{"Sec-Fetch-Site": "cross-site"}); w.Code != http.StatusForbidden {
		t.Errorf("cross-site GET: status %d", w.Code)
	}
}

func TestUploadLimits(t *testing.T) {
	h := newTestHandler(t, Options{MaxUpload: 64 << 10})
	for _, tc := range []struct {
		name, path string
		body       []byte
		want       int
		msg        string
	}{
		{"20000x20000 PNG", "/api/check?tags=trust&name=huge.png", hugePNG(20000, 20000), http.StatusRequestEntityTooLarge, "20000x20000"},
		{"20000x20000 PNG to extract", "/api/extract?name=huge.png", hugePNG(20000, 20000), http.StatusRequestEntityTooLarge, "over the limit"},
		{"over the size on the wire", "/api/check?tags=trust&name=big.bin", bytes.Repeat([]byte{'x'}, 65<<10), http.StatusRequestEntityTooLarge, "over the limit of 65536"},
		{"not an image", "/api/extract?name=notes.txt", []byte("hello"), http.StatusUnprocessableEntity, "notes.txt"},
		{"empty", "/api/extract", nil, http.StatusBadRequest, "empty upload"},
		{"truncated PNG", "/api/check?tags=trust&name=cut.png", pngBytes(t, image.NewNRGBA(image.Rect(0, 0, 64, 64)))[:60], http.StatusUnprocessableEntity, "cut.png"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(h, "POST", tc.path, tc.body, nil)
			if w.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.want, w.Body)
			}
			if msg := errorOf(t, w); !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q, want it to contain %q", msg, tc.msg)
			}
			// The server goes on serving.
			if w := do(h, "GET", "/api/palette?tags=trust", nil, nil); w.Code != 200 {
				t.Fatalf("after the bad upload: status %d %s", w.Code, w.Body)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, tc := range []struct {
		path string
		want int
		msg  string
	}{
		{"/api/palette", 400, "at least one tag"},
		{"/api/palette?tags=trst", 400, "trst"},
		{"/api/palette?tags=trust&style=loud", 400, "style"},
		{"/api/palette?tags=trust&harmony=jazzy", 400, "harmony"},
		{"/api/palette?tags=trust&secondaries=3", 400, "secondaries"},
		{"/api/palette?tags=trust&base=%23ggg", 400, "base"},
		{"/api/palette?tags=trust&seed=-1", 400, "seed"},
		{"/api/palette?tags=trust&variants=500", 400, "variants"},
		{"/api/palette?tags=trust&v=3", 400, "v="},
		{"/api/palette?tags=trust&lang=de", 400, "lang"},
		{"/api/palette?tags=trust&tags=tech", 400, "one value"},
		{"/api/palette?tags=trust,tech,calm,energy,nature,luxury,kids,health,food,finance,eco,fun,bold", 400, "at most 12"},
		{"/api/palette?tags=trust&avoid=" + strings.Repeat("red,", 4000), 414, "query"},
		{"/api/palette?tags=pastel", 422, ""},
		{"/api/swatch.png?tags=trust&cvd=blindness", 400, "cvd"},
		{"/api/swatch.png?tags=trust&width=10", 400, "width"},
		{"/api/banner.png?tags=trust&preset=billboard", 400, "preset"},
		{"/api/banner.png?tags=trust&layout=zigzag", 400, "layout"},
		{"/api/banner.png?tags=trust&preset=x-header&title=" + strings.Repeat("W", 110), 422, "x-header"},
		{"/api/export?tags=trust&to=pdf", 400, "to="},
		{"/api/export?tags=trust&to=css&prefix=%3Cscript%3E", 400, "prefix"},
		{"/api/kit.zip?tags=trust&title=" + strings.Repeat("x", 200), 400, "title"},
		{"/api/scheme", 400, "at least one tag"},
		{"/api/scheme?tags=trust&cvd=blindness", 400, "cvd"},
		{"/api/scheme?tags=trust&v=4", 400, "v="},
		{"/api/scheme.html?tags=trst", 400, "trst"},
		{"/api/scheme.html?tags=trust&mode=sepia", 400, "mode="},
		{"/api/scheme.html?tags=trust&cvd=blindness", 400, "cvd"},
		{"/api/export?tags=trust&to=gpl&scheme=1", 400, "scheme export to="},
		{"/api/export?tags=trust&to=css&scheme=1&ramps=1", 400, "ramps"},
		{"/api/export?tags=trust&to=css&scheme=1&prefix=a%20b", 400, "prefix"},
		{"/api/export?tags=trust&to=css&scheme=maybe", 400, "scheme="},
		{"/api/suggest?lang=xx&q=tr", 400, "lang"},
		{"/api/nothing", 404, "/api/nothing"},
		{"/static/../../etc/passwd", 404, ""},
		{"/static/studio.go", 404, "studio.go"},
	} {
		t.Run(tc.path[:min(len(tc.path), 60)], func(t *testing.T) {
			w := do(h, "GET", tc.path, nil, nil)
			redirect := w.Code/100 == 3
			if w.Code != tc.want && !(tc.want == 404 && redirect) {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.want, w.Body)
			}
			if redirect {
				return // the mux cleans the path before anything is looked up
			}
			if msg := errorOf(t, w); !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q, want %q in it", msg, tc.msg)
			}
		})
	}
	if w := do(h, "POST", "/api/palette?tags=trust", nil, nil); w.Code != http.StatusNotFound {
		t.Errorf("POST /api/palette: %d", w.Code)
	} else {
		errorOf(t, w)
	}
}

func TestEndpoints(t *testing.T) {
	h := newTestHandler(t, Options{})
	q := "tags=trust,tech&variants=3&seed=7"
	for _, tc := range []struct {
		path, typ string
	}{
		{"/", "text/html"},
		{"/static/app.js", "text/javascript"},
		{"/static/app.css", "text/css"},
		{"/static/icon.svg", "image/svg+xml"},
		{"/api/meta", "application/json"},
		{"/api/suggest?q=conf&lang=fr", "application/json"},
		{"/api/palette?" + q, "application/json"},
		{"/api/contrast?" + q + "&v=2&cvd=deuteranopia", "application/json"},
		{"/api/swatch.png?" + q + "&cvd=tritanopia&width=600", "image/png"},
		{"/api/banner.png?" + q + "&preset=linkedin-banner&title=Acme&cta=Go", "image/png"},
		{"/api/export?" + q + "&to=css", "text/css"},
		{"/api/export?" + q + "&to=ase", "application/octet-stream"},
		{"/api/kit.zip?" + q, "application/zip"},
		{"/api/scheme?" + q + "&v=3", "application/json"},
		{"/api/scheme?" + q + "&cvd=protanopia", "application/json"},
		{"/api/scheme.html?" + q, "text/html"},
		{"/api/scheme.html?" + q + "&mode=dark&cvd=achromatopsia", "text/html"},
		{"/api/export?" + q + "&to=tailwind4&scheme=1", "text/css"},
		{"/api/export?" + q + "&to=tokens&scheme=1&prefix=ui", "application/json"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			w := do(h, "GET", tc.path, nil, nil)
			if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), tc.typ) {
				t.Fatalf("status %d, type %q, want 200 %q: %.300s", w.Code, w.Header().Get("Content-Type"), tc.typ, w.Body)
			}
			if w.Body.Len() == 0 {
				t.Fatal("empty body")
			}
			if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("CSP %q", csp)
			}
			if strings.HasSuffix(tc.typ, "png") {
				if _, err := png.Decode(w.Body); err != nil {
					t.Errorf("not a PNG: %v", err)
				}
			}
		})
	}
}

// TestPaletteIsGenerate: the palettes on the page are those of
// generate.Generate for the options "hueprint palette" builds.
func TestPaletteIsGenerate(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := do(h, "GET", "/api/palette?tags=confiance,tech&lang=fr&variants=3&seed=42&accent=f59e0b&secondaries=2", nil, nil)
	if w.Code != 200 {
		t.Fatal(w.Code, w.Body)
	}
	var resp paletteResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	acc := palette.MustParseColor("#f59e0b")
	cands, err := generate.Generate(generate.Options{Tags: []string{"confiance", "tech"}, Lang: 1, Variants: 3, Seed: 42, Accent: &acc, Secondaries: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Variants) != len(cands) {
		t.Fatalf("%d variants, want %d", len(resp.Variants), len(cands))
	}
	for i, c := range cands {
		var got, want []string
		for _, cj := range resp.Variants[i].Colors {
			got = append(got, cj.Hex+" "+cj.Name)
		}
		for _, e := range c.Palette.Colors() {
			want = append(want, e.Hex()+" "+e.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("variant %d: %v, want %v", i+1, got, want)
		}
		if a := resp.Variants[i].Colors[len(c.Palette.Secondary)+1]; a.Hex != "#f59e0b" || !a.Locked || a.Role != "accent" {
			t.Errorf("variant %d: the locked accent is %+v", i+1, a)
		}
	}
	if !strings.Contains(resp.CLI, "accent=#f59e0b") || !strings.Contains(resp.CLI, "--lang fr") {
		t.Errorf("CLI %q", resp.CLI)
	}
}

func TestSuggest(t *testing.T) {
	h := newTestHandler(t, Options{})
	var resp struct {
		Matches []struct {
			ID string `json:"id"`
			FR string `json:"fr"`
		} `json:"matches"`
		DidYouMean []string `json:"did_you_mean"`
	}
	get := func(q string) {
		resp.Matches, resp.DidYouMean = nil, nil
		w := do(h, "GET", "/api/suggest?"+q, nil, nil)
		if w.Code != 200 {
			t.Fatal(w.Code, w.Body)
		}
		json.Unmarshal(w.Body.Bytes(), &resp)
	}
	get("q=confi&lang=fr")
	if len(resp.Matches) == 0 || resp.Matches[0].ID != "trust" {
		t.Errorf("confi: %+v", resp.Matches)
	}
	get("q=trsut")
	if len(resp.Matches) != 0 || !slices.Contains(resp.DidYouMean, "trust") {
		t.Errorf("trsut: %+v %v", resp.Matches, resp.DidYouMean)
	}
}

func TestStateRoundTrip(t *testing.T) {
	for _, q := range []string{
		"",
		"tags=trust,tech",
		"tags=confiance,%C3%A9nergie&style=pastel&harmony=triadic&secondaries=2&base=%231D4ED8&secondary=bfdbfe&accent=orange&avoid=red,%23000&seed=99&variants=4&lang=fr&v=3",
		"base=rgb(0+87+174)&tags=+trust+,,trust",
	} {
		v, _ := url.ParseQuery(q)
		s, err := ParseState(v)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		v2, _ := url.ParseQuery(s.Encode())
		s2, err := ParseState(v2)
		if err != nil || !reflect.DeepEqual(s, s2) {
			t.Errorf("%q: %+v, encoded %q, read back %+v (%v)", q, s, s.Encode(), s2, err)
		}
	}
}

// FuzzParseState: any query either fails with a StateError or gives a
// state whose canonical encoding reads back to the same state and encodes
// to the same bytes.
func FuzzParseState(f *testing.F) {
	for _, q := range []string{"tags=trust,tech", "tags=confiance&lang=fr&v=2&variants=3", "base=1d4ed8&secondary=fff&secondary=000&accent=red&avoid=blue,green&seed=18446744073709551615",
		"style=pastel&harmony=split&secondaries=1", "tags=%00", "v=0", "tags=a&tags=b"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		s, err := ParseState(v)
		if err != nil {
			if _, ok := err.(*StateError); !ok {
				t.Fatalf("%q: error of type %T: %v", q, err, err)
			}
			return
		}
		enc := s.Encode()
		v2, err := url.ParseQuery(enc)
		if err != nil {
			t.Fatalf("%q: encoded %q does not parse: %v", q, enc, err)
		}
		s2, err := ParseState(v2)
		if err != nil {
			t.Fatalf("%q: encoded %q: %v", q, enc, err)
		}
		if !reflect.DeepEqual(s, s2) || s2.Encode() != enc {
			t.Fatalf("%q: %+v → %q → %+v", q, s, enc, s2)
		}
	})
}

func TestCheckAndExtract(t *testing.T) {
	h := newTestHandler(t, Options{})
	w := do(h, "GET", "/api/palette?tags=trust", nil, nil)
	var resp paletteResponse
	json.Unmarshal(w.Body.Bytes(), &resp)
	cs := resp.Variants[0].Colors
	// 60/30/10 of primary, secondary, accent: passes.
	img := image.NewNRGBA(image.Rect(0, 0, 100, 10))
	for x := range 100 {
		c := cs[0].Hex
		if x >= 60 {
			c = cs[1].Hex
		}
		if x >= 90 {
			c = cs[2].Hex
		}
		col := palette.MustParseColor(c)
		r, g, b := palette.RGB255(col)
		for y := range 10 {
			img.Set(x, y, color.NRGBA{r, g, b, 255})
		}
	}
	w = do(h, "POST", "/api/check?tags=trust&name=banner.png", pngBytes(t, img), nil)
	if w.Code != 200 {
		t.Fatal(w.Code, w.Body)
	}
	var cr struct {
		Report struct {
			File   string
			Pass   bool
			Shares map[string]float64
		}
		Mask string
	}
	json.Unmarshal(w.Body.Bytes(), &cr)
	if !cr.Report.Pass || cr.Report.File != "banner.png" || !strings.HasPrefix(cr.Mask, "data:image/png;base64,") {
		t.Errorf("check: %+v", cr.Report)
	}
	w = do(h, "POST", "/api/extract?name=logo.png", pngBytes(t, img), nil)
	var er struct {
		Brand  string
		Colors []struct{ Hex string }
	}
	json.Unmarshal(w.Body.Bytes(), &er)
	if w.Code != 200 || er.Brand == "" || len(er.Colors) < 3 {
		t.Errorf("extract: %d %s", w.Code, w.Body)
	}
}

// TestConcurrentRenders: with every render slot taken, a request waits
// and gives up with 503 when its client goes away; once a slot is free it
// is served.
func TestConcurrentRenders(t *testing.T) {
	s, h, err := newServer(Options{Addr: testAddr, MaxRenders: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.renders <- struct{}{}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r := httptest.NewRequestWithContext(ctx, "GET", "/api/swatch.png?tags=trust", nil)
	r.Host = testAddr
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusServiceUnavailable {
		t.Fatalf("with the slot taken: %d %s", w.Code, w.Body)
	}
	errorOf(t, w)
	<-s.renders
	if w := do(h, "GET", "/api/swatch.png?tags=trust", nil, nil); w.Code != 200 {
		t.Fatalf("with the slot free: %d", w.Code)
	}
	if len(s.renders) != 0 {
		t.Errorf("%d slots still taken after the request", len(s.renders))
	}
}

func TestServerTimeouts(t *testing.T) {
	srv := Server(http.NotFoundHandler())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 || srv.MaxHeaderBytes <= 0 {
		t.Errorf("missing limits: %+v", srv)
	}
}

func TestByteCacheBounds(t *testing.T) {
	c := &byteCache{max: 3, maxBytes: 10}
	for i, n := range []int{4, 4, 4, 11, 1, 1} {
		c.put(fmt.Sprint(i), make([]byte, n))
		if len(c.m) > c.max || c.size > c.maxBytes {
			t.Fatalf("after %d: %d entries, %d bytes", i, len(c.m), c.size)
		}
	}
	if _, ok := c.get("3"); ok {
		t.Error("an entry larger than the cache was kept")
	}
	if _, ok := c.get("0"); ok {
		t.Error("the oldest entry was not evicted")
	}
	if b, ok := c.get("5"); !ok || len(b) != 1 {
		t.Error("the newest entry is missing")
	}
	// A preview asked twice is the same PNG, the second time from the cache.
	h := newTestHandler(t, Options{})
	a := do(h, "GET", "/api/banner.png?tags=trust&cvd=protanopia", nil, nil)
	b := do(h, "GET", "/api/banner.png?cvd=protanopia&tags=trust", nil, nil)
	if a.Code != 200 || !bytes.Equal(a.Body.Bytes(), b.Body.Bytes()) {
		t.Errorf("second banner: %d, same bytes %v, Server-Timing %q", b.Code, bytes.Equal(a.Body.Bytes(), b.Body.Bytes()), b.Header().Get("Server-Timing"))
	}
}

// TestScheme: the schemes' numbers are those of scheme.New, each pair's
// ratio in both modes, and with cvd every role as simulated.
func TestScheme(t *testing.T) {
	h := newTestHandler(t, Options{})
	var resp struct {
		Light, Dark  scheme.Colors
		Notes, Roles []string
		Pairs        []schemePairJSON
		Simulate     string
		SeenLight    *scheme.Colors `json:"seen_light"`
		SeenDark     *scheme.Colors `json:"seen_dark"`
	}
	get := func(target string) {
		t.Helper()
		w := do(h, "GET", target, nil, nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d %s", target, w.Code, w.Body)
		}
		resp.SeenLight, resp.SeenDark, resp.Simulate = nil, nil, ""
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
	}
	q := "tags=confiance,energie&lang=fr&base=ffd700"
	get("/api/scheme?" + q)
	st, _ := ParseState(mustQuery(q))
	o, _ := st.Options()
	cands, err := generate.Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	want, err := scheme.New(cands[0].Palette, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Light != want.Light || resp.Dark != want.Dark {
		t.Errorf("schemes differ from scheme.New")
	}
	if len(resp.Notes) != len(want.Notes) || len(want.Notes) == 0 {
		t.Fatalf("%d notes, want %d (a gold base too light on the page gets one)", len(resp.Notes), len(want.Notes))
	}
	for i, n := range want.Notes {
		if resp.Notes[i] != n.Text(psych.French) {
			t.Errorf("note %d: %q, want the French %q", i, resp.Notes[i], n.Text(psych.French))
		}
	}
	if len(resp.Roles) != len(scheme.Roles()) || len(resp.Pairs) != len(scheme.Pairs()) || resp.SeenLight != nil {
		t.Fatalf("%d roles, %d pairs, seen %v", len(resp.Roles), len(resp.Pairs), resp.SeenLight)
	}
	for i, pr := range scheme.Pairs() {
		g := resp.Pairs[i]
		if g.FG != pr.FG.String() || g.BG != pr.BG.String() || g.Min != pr.Min ||
			g.Light != contrast.Ratio(want.Light[pr.FG], want.Light[pr.BG]) || g.Dark != contrast.Ratio(want.Dark[pr.FG], want.Dark[pr.BG]) {
			t.Errorf("pair %d: %+v", i, g)
		}
		if g.Light < g.Min || g.Dark < g.Min {
			t.Errorf("pair %s on %s below %v: %v / %v", g.FG, g.BG, g.Min, g.Light, g.Dark)
		}
	}
	get("/api/scheme?" + q + "&cvd=achromatopsia")
	if resp.Simulate != "achromatopsia" || resp.SeenLight == nil || resp.SeenDark == nil || resp.Light != want.Light {
		t.Fatalf("simulated: %q %v", resp.Simulate, resp.SeenLight)
	}
	for _, r := range scheme.Roles() {
		if c := resp.SeenDark.Hex(r); c[1:3] != c[3:5] || c[3:5] != c[5:7] {
			t.Errorf("%s as seen with achromatopsia: %s, want a grey", r, c)
		}
	}
	if g := resp.Pairs[0]; g.Dark != contrast.Ratio(resp.SeenDark[scheme.OnBackground], resp.SeenDark[scheme.Background]) {
		t.Errorf("simulated ratio %v is not that of the simulated colours", g.Dark)
	}
}

// TestSchemePage: the landing page of "hueprint preview", sandboxed, with
// no request allowed; mode= starts it in that mode and keeps its script's
// hash in both policies.
func TestSchemePage(t *testing.T) {
	h := newTestHandler(t, Options{})
	q := "tags=trust,tech"
	st, _ := ParseState(mustQuery(q))
	o, _ := st.Options()
	cands, _ := generate.Generate(o)
	b, _ := palette.Marshal(cands[0].Palette)
	p, _ := palette.Unmarshal(b)
	sc, err := scheme.New(p, scheme.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := scheme.Preview(&want, sc, scheme.PreviewOptions{Name: p.Name}); err != nil {
		t.Fatal(err)
	}
	scriptHash := func(page []byte) string {
		open, end := bytes.LastIndex(page, []byte("<script>")), bytes.LastIndex(page, []byte("</script>"))
		sum := sha256.Sum256(page[open+len("<script>") : end])
		return base64.StdEncoding.EncodeToString(sum[:])
	}
	for _, tc := range []struct{ query, start string }{
		{"", "set(media.matches ? 'dark' : 'light');"},
		{"&mode=light", "set('light');"},
		{"&mode=dark", "set('dark');"},
		{"&mode=dark&cvd=deuteranopia", "set('dark');"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			w := do(h, "GET", "/api/scheme.html?"+q+tc.query, nil, nil)
			if w.Code != 200 {
				t.Fatalf("%d %s", w.Code, w.Body)
			}
			page := w.Body.Bytes()
			csp := w.Header().Get("Content-Security-Policy")
			for _, d := range []string{"default-src 'none'", "sandbox allow-scripts", "frame-ancestors 'self'", "script-src 'sha256-" + scriptHash(page) + "'"} {
				if !strings.Contains(csp, d) {
					t.Errorf("CSP %q lacks %q", csp, d)
				}
			}
			if strings.Contains(csp, "allow-same-origin") || strings.Contains(csp, "script-src 'unsafe-inline'") {
				t.Errorf("CSP %q", csp)
			}
			// The page's own policy names its (rewritten) script.
			hash := strings.ReplaceAll(scriptHash(page), "+", "&#43;")
			if !bytes.Contains(page, []byte("script-src &#39;sha256-"+hash+"&#39;")) {
				t.Errorf("the page's meta policy does not name its script's hash %s", hash)
			}
			if !bytes.Contains(page, []byte(tc.start)) {
				t.Errorf("the script does not start with %q", tc.start)
			}
			sim := strings.Contains(tc.query, "cvd")
			if has := bytes.Contains(page, []byte(sc.Light.Hex(scheme.Primary))); has == sim {
				t.Errorf("cvd %v: the true primary %s on the page: %v", sim, sc.Light.Hex(scheme.Primary), has)
			}
			if tc.query == "" && !bytes.Equal(page, want.Bytes()) {
				t.Error("without mode the page differs from scheme.Preview's")
			}
		})
	}
}

func mustQuery(q string) url.Values {
	v, err := url.ParseQuery(q)
	if err != nil {
		panic(err)
	}
	return v
}

// TestSchemeGuarded: the scheme endpoints pass the same checks as the
// others: a forged Host and a cross-site request are refused with JSON.
func TestSchemeGuarded(t *testing.T) {
	h := newTestHandler(t, Options{})
	for _, target := range []string{"/api/scheme?tags=trust", "/api/scheme.html?tags=trust&mode=dark", "/api/export?tags=trust&to=css&scheme=1"} {
		for _, tc := range []struct {
			hdr  map[string]string
			want int
		}{
			{map[string]string{"Host": "evil.example:8080"}, http.StatusMisdirectedRequest},
			{map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, http.StatusForbidden},
			{map[string]string{"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Dest": "iframe"}, http.StatusOK},
		} {
			w := do(h, "GET", target, nil, tc.hdr)
			if w.Code != tc.want {
				t.Errorf("%s %v: %d, want %d", target, tc.hdr, w.Code, tc.want)
			} else if w.Code != 200 {
				errorOf(t, w)
			}
		}
	}
}
