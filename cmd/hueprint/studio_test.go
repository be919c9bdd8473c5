package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hueprint/hueprint/cmd/hueprint/internal/studio"
	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/scheme"
)

// studioGet asks the studio handler for target as its own page would.
func studioGet(t *testing.T, h http.Handler, method, target string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, bytes.NewReader(body))
	r.Host = "127.0.0.1:8080"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != 200 {
		t.Fatalf("%s %s: %d %s", method, target, w.Code, w.Body)
	}
	return w
}

// cliPalette runs "hueprint palette ARGS --format json" into a file.
func cliPalette(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, stderr, code := runCLI(t, "", append(args, "--format", "json")...)
	if code != 0 {
		t.Fatalf("%v: %d %s", args, code, stderr)
	}
	f := filepath.Join(dir, "brand.json")
	os.WriteFile(f, []byte(out), 0o644)
	return f
}

// TestStudioSameAsCLI: for the same options the studio's exports are the
// bytes of "hueprint export", its check the numbers of "hueprint check" and
// its extraction the brand colour of "hueprint extract".
func TestStudioSameAsCLI(t *testing.T) {
	h, err := studio.New(studio.Options{Addr: "127.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, err := studio.ParseState(map[string][]string{"tags": {"confiance,tech"}, "lang": {"fr"}, "seed": {"5"}, "variants": {"2"}, "v": {"2"}, "avoid": {"e4002b"}})
	if err != nil {
		t.Fatal(err)
	}
	// The studio's second variant is the CLI's second line.
	out, _, code := runCLI(t, "", append(st.CLIArgs(), "--format", "json")...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("CLI: %d %q", code, out)
	}
	pal := filepath.Join(dir, "brand.json")
	os.WriteFile(pal, []byte(lines[1]), 0o644)
	q := st.Encode()
	for _, format := range export.Formats() {
		f := format.String()
		for _, ramps := range []bool{false, true} {
			args := []string{"export", "--palette", pal, "--to", f, "-o", filepath.Join(dir, "out")}
			target := "/api/export?" + q + "&to=" + f
			if ramps {
				args = append(args, "--ramps")
				target += "&ramps=1"
			}
			if _, stderr, code := runCLI(t, "", args...); code != 0 {
				t.Fatalf("export %s: %s", f, stderr)
			}
			want, _ := os.ReadFile(filepath.Join(dir, "out"))
			got := studioGet(t, h, "GET", target, nil).Body.Bytes()
			if !bytes.Equal(got, want) {
				t.Errorf("--to %s ramps=%v: the studio's %d bytes differ from the CLI's %d", f, ramps, len(got), len(want))
			}
		}
	}
	// --prefix, on every format that names variables.
	for _, f := range []string{"css", "scss", "tailwind4", "tokens"} {
		if _, stderr, code := runCLI(t, "", "export", "--palette", pal, "--to", f, "--prefix", "acme-co", "-o", filepath.Join(dir, "out")); code != 0 {
			t.Fatal(stderr)
		}
		want, _ := os.ReadFile(filepath.Join(dir, "out"))
		if got := studioGet(t, h, "GET", "/api/export?"+q+"&to="+f+"&prefix=acme-co", nil).Body.Bytes(); !bytes.Equal(got, want) || !bytes.Contains(got, []byte("acme-co")) {
			t.Errorf("--to %s --prefix acme-co: the studio's bytes differ from the CLI's", f)
		}
	}
	// export --scheme: every format, with and without --prefix.
	for _, format := range export.SchemeFormats() {
		f := format.String()
		for _, prefix := range []string{"", "acme-co"} {
			args := []string{"export", "--palette", pal, "--scheme", "--to", f, "-o", filepath.Join(dir, "out")}
			target := "/api/export?" + q + "&to=" + f + "&scheme=1"
			if prefix != "" {
				args = append(args, "--prefix", prefix)
				target += "&prefix=" + prefix
			}
			if _, stderr, code := runCLI(t, "", args...); code != 0 {
				t.Fatalf("export --scheme --to %s: %s", f, stderr)
			}
			want, _ := os.ReadFile(filepath.Join(dir, "out"))
			w := studioGet(t, h, "GET", target, nil)
			if got := w.Body.Bytes(); !bytes.Equal(got, want) || len(want) == 0 || !bytes.Contains(got, []byte(cmp.Or(prefix, "color"))) {
				t.Errorf("--scheme --to %s --prefix %q: the studio's %d bytes differ from the CLI's %d", f, prefix, len(got), len(want))
			}
			if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, "-scheme.") {
				t.Errorf("--scheme --to %s: download named %q", f, cd)
			}
		}
	}
	// The ZIP kit holds the PNGs of "hueprint banner --preset all".
	kitDir := filepath.Join(dir, "kit")
	if _, stderr, code := runCLI(t, "", "banner", "--palette", pal, "--preset", "all", "--out-dir", kitDir, "--title", "Acme"); code != 0 {
		t.Fatal(stderr)
	}
	zb := studioGet(t, h, "GET", "/api/kit.zip?"+q+"&title=Acme", nil).Body.Bytes()
	zr, err := zip.NewReader(bytes.NewReader(zb), int64(len(zb)))
	if err != nil {
		t.Fatal(err)
	}
	pngs := 0
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".png") {
			continue
		}
		pngs++
		rc, _ := f.Open()
		got, _ := io.ReadAll(rc)
		rc.Close()
		want, err := os.ReadFile(filepath.Join(kitDir, filepath.Base(f.Name)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("kit %s: differs from the CLI's banner (%v)", f.Name, err)
		}
	}
	if entries, _ := os.ReadDir(kitDir); pngs != len(entries) || pngs == 0 {
		t.Errorf("kit has %d PNGs, the CLI wrote %d", pngs, len(entries))
	}
	// Check: an image half primary, a third secondary, some accent and
	// off-palette pixels.
	p, _ := palette.Unmarshal([]byte(lines[1]))
	img := band([]string{p.Primary.Hex(), p.Secondary[0].Hex(), p.Accent.Hex(), "#777777"}, []int{500, 330, 120, 50}, 40)
	imgFile := filepath.Join(dir, "ad.png")
	writeTestPNG(t, imgFile, img)
	cliOut, _, _ := runCLI(t, "", "check", "--palette", pal, "--format", "json", imgFile)
	var want, got map[string]any
	json.Unmarshal([]byte(cliOut), &want)
	data, _ := os.ReadFile(imgFile)
	var resp struct {
		Report map[string]any `json:"report"`
	}
	json.Unmarshal(studioGet(t, h, "POST", "/api/check?"+q+"&name="+imgFile, data).Body.Bytes(), &resp)
	got = resp.Report
	for _, k := range []string{"file", "width", "height", "shares", "pass", "problems", "colors", "off_colors"} {
		a, _ := json.Marshal(got[k])
		b, _ := json.Marshal(want[k])
		if !bytes.Equal(a, b) {
			t.Errorf("check %s: studio %s, CLI %s", k, a, b)
		}
	}
	// Extract: the studio's brand colour is the CLI's.
	cliOut, _, _ = runCLI(t, "", "extract", "--format", "json", imgFile)
	json.Unmarshal([]byte(cliOut), &want)
	json.Unmarshal(studioGet(t, h, "POST", "/api/extract?name="+imgFile, data).Body.Bytes(), &got)
	if got["brand"] != want["brand"] || got["brand"] == nil {
		t.Errorf("extract brand: studio %v, CLI %v", got["brand"], want["brand"])
	}
}

// TestStudioSchemeIsCLI: the studio's UI schemes are those of "hueprint
// scheme --format json" for the palette the CLI gives (light, dark and the
// notes in the state's language, byte for byte), each pair's ratio is
// contrast.Ratio of the CLI's colours, and its scheme page without mode is
// the page "hueprint preview" writes.
func TestStudioSchemeIsCLI(t *testing.T) {
	h, err := studio.New(studio.Options{Addr: "127.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"tags=trust,tech",
		"tags=confiance,energie&lang=fr&base=ffd700",
		"tags=kids&base=00e5ff&variants=2&v=2&seed=4",
		"tags=nature&style=earthy&harmony=triadic&secondaries=2&seed=3",
	} {
		t.Run(q, func(t *testing.T) {
			v, _ := url.ParseQuery(q)
			st, err := studio.ParseState(v)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			out, stderr, code := runCLI(t, "", append(st.CLIArgs(), "--format", "json")...)
			if code != 0 {
				t.Fatalf("%v: %s", st.CLIArgs(), stderr)
			}
			pal := filepath.Join(dir, "brand.json")
			os.WriteFile(pal, []byte(out), 0o644)
			variant := cmp.Or(v.Get("v"), "1")
			args := []string{"scheme", "--palette", pal, "--variant", variant, "--format", "json"}
			if st.Lang.String() == "fr" {
				args = append(args, "--lang", "fr")
			}
			cliOut, stderr, code := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("%v: %s", args, stderr)
			}
			var want, got map[string]json.RawMessage
			if err := json.Unmarshal([]byte(cliOut), &want); err != nil {
				t.Fatal(err)
			}
			body := studioGet(t, h, "GET", "/api/scheme?"+q, nil).Body.Bytes()
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"light", "dark", "notes"} {
				if !bytes.Equal(got[k], want[k]) || len(want[k]) == 0 {
					t.Errorf("%s: studio %s, CLI %s", k, got[k], want[k])
				}
			}
			if strings.Contains(q, "base=") && string(want["notes"]) == "[]" {
				t.Errorf("a base too light for the page gets no note: the test no longer covers notes")
			}
			var cols struct{ Light, Dark map[string]string }
			json.Unmarshal([]byte(cliOut), &cols)
			var pairs struct {
				Pairs []struct {
					FG, BG      string
					Light, Dark float64
				}
			}
			json.Unmarshal(body, &pairs)
			if len(pairs.Pairs) == 0 {
				t.Fatal("no pairs")
			}
			for _, pr := range pairs.Pairs {
				for _, m := range []struct {
					c   map[string]string
					got float64
				}{{cols.Light, pr.Light}, {cols.Dark, pr.Dark}} {
					fg, err1 := palette.ParseColor(m.c[pr.FG])
					bg, err2 := palette.ParseColor(m.c[pr.BG])
					if err1 != nil || err2 != nil || contrast.Ratio(fg, bg) != m.got {
						t.Errorf("%s on %s: studio %v, CLI colours %s on %s", pr.FG, pr.BG, m.got, m.c[pr.FG], m.c[pr.BG])
					}
				}
			}
			// The page of "hueprint preview", byte for byte.
			pargs := []string{"preview", "--palette", pal, "--variant", variant, "-o", filepath.Join(dir, "site")}
			if st.Lang.String() == "fr" {
				pargs = append(pargs, "--lang", "fr")
			}
			if _, stderr, code := runCLI(t, "", pargs...); code != 0 {
				t.Fatalf("%v: %s", pargs, stderr)
			}
			page, _ := os.ReadFile(filepath.Join(dir, "site", "index.html"))
			if got := studioGet(t, h, "GET", "/api/scheme.html?"+q, nil).Body.Bytes(); !bytes.Equal(got, page) || len(page) == 0 {
				t.Errorf("the scheme page (%d bytes) differs from hueprint preview's (%d)", len(got), len(page))
			}
		})
	}
}

// TestStudioPaletteIsCLI: for states that use every option, the studio's
// variants are the palettes "hueprint palette" prints for the command line
// the page shows (State.CLIArgs), colour by colour with names and reasons.
func TestStudioPaletteIsCLI(t *testing.T) {
	h, err := studio.New(studio.Options{Addr: "127.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"tags=trust,tech",
		"tags=confiance,tech&lang=fr&variants=3&seed=11",
		"tags=energy&base=e4002b&avoid=0057b8&variants=2",
		"tags=nature&style=earthy&harmony=triadic&secondaries=2&seed=3",
		"tags=luxury&secondary=f5f5dc&accent=d4af37",
		"base=2e7d32&variants=4&seed=99",
	} {
		t.Run(q, func(t *testing.T) {
			v, _ := url.ParseQuery(q)
			st, err := studio.ParseState(v)
			if err != nil {
				t.Fatal(err)
			}
			out, stderr, code := runCLI(t, "", append(st.CLIArgs(), "--format", "json")...)
			if code != 0 {
				t.Fatalf("%v: %s", st.CLIArgs(), stderr)
			}
			var resp struct {
				Variants []struct {
					Colors []struct{ Hex, Name, Why string }
				}
			}
			json.Unmarshal(studioGet(t, h, "GET", "/api/palette?"+q, nil).Body.Bytes(), &resp)
			dec := json.NewDecoder(strings.NewReader(out))
			for i := 0; dec.More(); i++ {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					t.Fatal(err)
				}
				p, err := palette.Unmarshal(raw)
				if err != nil {
					t.Fatal(err)
				}
				if i >= len(resp.Variants) {
					t.Fatalf("the CLI gives more than the studio's %d variants", len(resp.Variants))
				}
				cs := p.Colors()
				if len(cs) != len(resp.Variants[i].Colors) {
					t.Fatalf("variant %d: %d colours, CLI %d", i+1, len(resp.Variants[i].Colors), len(cs))
				}
				for j, c := range cs {
					g := resp.Variants[i].Colors[j]
					if g.Hex != c.Hex() || g.Name != c.Name || g.Why != c.Why {
						t.Errorf("variant %d colour %d: studio %v, CLI %s %q %q", i+1, j, g, c.Hex(), c.Name, c.Why)
					}
				}
				if i == len(resp.Variants)-1 && dec.More() {
					t.Errorf("the CLI gives more variants than the studio's %d", len(resp.Variants))
				}
			}
		})
	}
}

func TestStudioCommand(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--addr", "nonsense"}, "want HOST:PORT"},
		{[]string{"--addr", busy.Addr().String()}, "picks a free port"},
		{[]string{"extra"}, "unexpected argument"},
		{[]string{"--max-pixels", "0"}, "--max-pixels"},
	} {
		_, stderr, code := runCLI(t, "", append([]string{"studio"}, tc.args...)...)
		if code != exitUsage || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: %d %q", tc.args, code, stderr)
		}
	}
}

// TestStudioServesAndStops runs the command on every interface (with its
// warning), fetches the page at the printed URL, refuses a forged Host,
// and stops cleanly on SIGINT.
func TestStudioServesAndStops(t *testing.T) {
	r, w := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"studio", "--addr", "0.0.0.0:0"}, strings.NewReader(""), w, &stderr)
		w.Close()
	}()
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL printed: %v; stderr %s", err, stderr.String())
	}
	go io.Copy(io.Discard, r)
	url := strings.TrimSpace(strings.TrimPrefix(line, "hueprint studio: "))
	_, port, _ := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/"))
	local := "http://127.0.0.1:" + port + "/"
	resp, err := http.Get(local)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(page, []byte("hueprint studio")) {
		t.Errorf("GET %s: %d %.200s", local, resp.StatusCode, page)
	}
	req, _ := http.NewRequest("GET", local+"api/meta", nil)
	req.Host = "rebind.example:" + port
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("forged Host: %v %v", err, resp)
	} else {
		resp.Body.Close()
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(stderr.String(), "warning: --addr 0.0.0.0:0 is not loopback") || !strings.Contains(stderr.String(), "studio stopped") {
			t.Errorf("exit %d, stderr %q", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the studio did not stop on SIGINT")
	}
}

// TestStudioInBrowser serves the studio and drives the system Chromium
// over it (.ci/js/studio-check.mjs). Screenshots studio-1280.png and
// studio-390.png go to $HUEPRINT_ARTIFACTS when set. Without Chromium and
// the npm tools it skips; CI sets HUEPRINT_REQUIRE_TOOLS=1 so that there it
// fails instead.
func TestStudioInBrowser(t *testing.T) {
	js, _ := filepath.Abs("../../.ci/js")
	missing := ""
	if _, err := exec.LookPath("node"); err != nil {
		missing = "node is not installed"
	} else if _, err := os.Stat(filepath.Join(js, "node_modules", "playwright-core")); err != nil {
		missing = "playwright-core is not installed: run (cd .ci/js && npm ci)"
	} else if _, err := os.Stat(chromiumPath()); err != nil {
		missing = "Chromium is not installed: apt-get install chromium"
	}
	if missing != "" {
		if os.Getenv("HUEPRINT_REQUIRE_TOOLS") != "" {
			t.Fatal(missing)
		}
		t.Skip(missing)
	}
	dir := t.TempDir()
	pal := cliPalette(t, dir, "palette", "--tags", "trust,tech")
	p, err := (&paletteInput{file: pal, variant: 1}).read(nil)
	if err != nil {
		t.Fatal(err)
	}
	var hexes []string
	for _, c := range p.Colors() {
		hexes = append(hexes, c.Hex())
	}
	css, _, _ := runCLI(t, "", "export", "--palette", pal, "--to", "css")
	img := band([]string{p.Primary.Hex(), p.Secondary[0].Hex(), p.Accent.Hex()}, []int{600, 300, 100}, 60)
	imgFile := filepath.Join(dir, "banner-ok.png")
	writeTestPNG(t, imgFile, img)
	cliCheck, _, _ := runCLI(t, "", "check", "--palette", pal, "--format", "json", imgFile)
	var chk map[string]any
	json.Unmarshal([]byte(cliCheck), &chk)
	extractOut, _, _ := runCLI(t, "", "extract", "--format", "json", imgFile)
	var ext struct{ Brand string }
	json.Unmarshal([]byte(extractOut), &ext)
	// The UI scheme: hueprint scheme's colours and notes, each pair's
	// ratio from them, and the CSS of export --scheme.
	schemeOut, stderr, code := runCLI(t, "", "scheme", "--palette", pal, "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var sch struct {
		Light, Dark json.RawMessage
		Notes       []string
	}
	var cols struct{ Light, Dark map[string]string }
	json.Unmarshal([]byte(schemeOut), &sch)
	json.Unmarshal([]byte(schemeOut), &cols)
	ratio := func(c map[string]string, fg, bg string) float64 {
		f, err1 := palette.ParseColor(c[fg])
		b, err2 := palette.ParseColor(c[bg])
		if err1 != nil || err2 != nil {
			t.Fatalf("scheme colours %s, %s: %v %v", fg, bg, err1, err2)
		}
		return contrast.Ratio(f, b)
	}
	var pairs []map[string]any
	for _, pr := range scheme.Pairs() {
		fg, bg := pr.FG.String(), pr.BG.String()
		pairs = append(pairs, map[string]any{"fg": fg, "bg": bg, "light": ratio(cols.Light, fg, bg), "dark": ratio(cols.Dark, fg, bg)})
	}
	schemeCSS, stderr, code := runCLI(t, "", "export", "--palette", pal, "--scheme", "--to", "css")
	if code != 0 {
		t.Fatal(stderr)
	}
	exp, _ := json.Marshal(map[string]any{"palette": hexes, "css": css, "image": imgFile, "check": chk, "brand": ext.Brand,
		"scheme": map[string]any{"light": sch.Light, "dark": sch.Dark, "notes": sch.Notes, "pairs": pairs}, "scheme_css": schemeCSS})
	expFile := filepath.Join(dir, "expected.json")
	os.WriteFile(expFile, exp, 0o644)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h, err := studio.New(studio.Options{Addr: ln.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	srv := studio.Server(h)
	go srv.Serve(ln)
	defer srv.Close()

	shotDir := os.Getenv("HUEPRINT_ARTIFACTS")
	if shotDir == "" {
		shotDir = t.TempDir()
	}
	os.MkdirAll(shotDir, 0o755)
	cmd := exec.Command("node", filepath.Join(js, "studio-check.mjs"), "http://"+ln.Addr().String()+"/", expFile, filepath.Join(shotDir, "studio.png"))
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromiumPath())
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("%v", err)
	}
	for _, w := range []string{"1280", "390"} {
		for _, name := range []string{"studio-" + w, "studio-scheme-" + w + "-light", "studio-scheme-" + w + "-dark"} {
			if _, err := os.Stat(filepath.Join(shotDir, name+".png")); err != nil {
				t.Errorf("no screenshot %s: %v", name, err)
			}
		}
	}
}
