package studio

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/render"
	"github.com/hueprint/hueprint/palette/scheme"
)

// schemeFormats are the names of the formats of "hueprint export --scheme
// --to", in the order of the page and of "hueprint export --help".
var schemeFormats = formatNames(export.SchemeFormats())

// previewCSP is the policy of the scheme preview page: nothing but its own
// inline style and script (the page's own meta policy narrows the script
// to its hash), no request of any kind, framed only by the studio, and
// sandboxed without allow-same-origin, so that its script runs in an
// opaque origin and cannot reach the studio, its cookies or its API even
// when the page is opened on its own.
const previewCSP = "default-src 'none'; style-src 'unsafe-inline'; script-src %s; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-scripts"

// previewStart is the statement of the preview page's script that picks
// the first mode from the system's preference. A frame's
// prefers-color-scheme is the browser's, whatever the studio shows (Chromium
// does not take it from the iframe element's color-scheme), so for the
// studio's light/dark switch startIn replaces it with the mode asked for;
// the page's own toggle still works.
const previewStart = "set(media.matches ? 'dark' : 'light');"

// startIn rewrites the page of scheme.Preview to start in mode ("light" or
// "dark"): the script's first statement, and its hash in the page's own
// Content-Security-Policy. It returns the page and the script's
// CSP source; an error when the page no longer has the shape it expects
// (a change to scheme.Preview that the handler tests catch).
func startIn(page []byte, mode string) ([]byte, string, error) {
	open, end := bytes.LastIndex(page, []byte("<script>")), bytes.LastIndex(page, []byte("</script>"))
	if open < 0 || end < open {
		return nil, "", errors.New("studio: the scheme preview page has no script")
	}
	script := page[open+len("<script>") : end]
	if bytes.Count(script, []byte(previewStart)) != 1 {
		return nil, "", errors.New("studio: the scheme preview page's script does not pick its mode as expected")
	}
	// The policy is in an attribute, as html/template escapes it.
	attr := func(b []byte) []byte {
		return []byte("sha256-" + strings.ReplaceAll(base64.StdEncoding.EncodeToString(b), "+", "&#43;"))
	}
	old := sha256.Sum256(script)
	if bytes.Count(page[:open], attr(old[:])) != 1 {
		return nil, "", errors.New("studio: the scheme preview page's policy does not name its script")
	}
	newScript := bytes.Replace(script, []byte(previewStart), []byte("set('"+mode+"');"), 1)
	sum := sha256.Sum256(newScript)
	src := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	var out bytes.Buffer
	out.Write(bytes.Replace(page[:open], attr(old[:]), attr(sum[:]), 1))
	out.WriteString("<script>")
	out.Write(newScript)
	out.Write(page[end:])
	return out.Bytes(), src, nil
}

// schemeOf gives the light and dark UI schemes of the palette a request
// shows, as "hueprint scheme --palette brand.json" makes them.
func (s *server) schemeOf(r *http.Request) (State, *palette.Palette, *scheme.Scheme, error) {
	st, p, err := s.current(r)
	if err != nil {
		return st, nil, nil, err
	}
	sc, err := scheme.New(p, scheme.Options{})
	if err != nil {
		// A scheme that misses its own guarantees is a bug, not bad input.
		return st, nil, nil, fmt.Errorf("scheme of %s: %w", p.Name, err)
	}
	return st, p, sc, nil
}

// simulated gives the scheme as seen with a deficiency: every role's
// colour simulated (sRGB-quantised, as the contrast grid does), the notes
// unchanged.
func simulated(sc *scheme.Scheme, sim *render.Simulation) (*scheme.Scheme, error) {
	if sim == nil {
		return sc, nil
	}
	out := &scheme.Scheme{Notes: sc.Notes}
	for _, m := range []scheme.Mode{scheme.Light, scheme.Dark} {
		src, dst := sc.Mode(m), out.Mode(m)
		for _, r := range scheme.Roles() {
			c, err := cvd.Simulate(palette.Quantize(src[r]), sim.Kind, sim.Severity)
			if err != nil {
				return nil, err
			}
			dst[r] = palette.Quantize(c)
		}
	}
	return out, nil
}

type schemePairJSON struct {
	FG    string  `json:"fg"`
	BG    string  `json:"bg"`
	Min   float64 `json:"min"`
	Text  bool    `json:"text"`
	Light float64 `json:"light"` // WCAG 2.x ratio in the light scheme
	Dark  float64 `json:"dark"`
}

// handleScheme gives the light and dark UI schemes of "hueprint scheme
// --format json" (light, dark, notes in the state's language: the same
// bytes for each), every guaranteed pair with its ratio in both modes and,
// with cvd, each role's colour as seen with the deficiency (seen_light,
// seen_dark) and the pairs' ratios between those.
func (s *server) handleScheme(w http.ResponseWriter, r *http.Request) {
	sim, err := simulation(r.URL.Query())
	if err != nil {
		fail(w, err)
		return
	}
	st, _, sc, err := s.schemeOf(r)
	if err != nil {
		fail(w, err)
		return
	}
	seen, err := simulated(sc, sim)
	if err != nil {
		fail(w, err)
		return
	}
	resp := struct {
		Light     scheme.Colors    `json:"light"`
		Dark      scheme.Colors    `json:"dark"`
		Notes     []string         `json:"notes"`
		Roles     []string         `json:"roles"`
		Pairs     []schemePairJSON `json:"pairs"`
		Simulate  string           `json:"simulate,omitempty"`
		SeenLight *scheme.Colors   `json:"seen_light,omitempty"`
		SeenDark  *scheme.Colors   `json:"seen_dark,omitempty"`
	}{Light: sc.Light, Dark: sc.Dark, Notes: []string{}, Pairs: []schemePairJSON{}}
	for _, n := range sc.Notes {
		resp.Notes = append(resp.Notes, n.Text(st.Lang))
	}
	for _, ro := range scheme.Roles() {
		resp.Roles = append(resp.Roles, ro.String())
	}
	if sim != nil {
		resp.Simulate, resp.SeenLight, resp.SeenDark = sim.Kind.String(), &seen.Light, &seen.Dark
	}
	for _, pr := range scheme.Pairs() {
		resp.Pairs = append(resp.Pairs, schemePairJSON{FG: pr.FG.String(), BG: pr.BG.String(), Min: pr.Min, Text: pr.Text,
			Light: contrast.Ratio(seen.Light[pr.FG], seen.Light[pr.BG]), Dark: contrast.Ratio(seen.Dark[pr.FG], seen.Dark[pr.BG])})
	}
	writeJSON(w, resp)
}

// handleSchemePage serves the offline landing page of "hueprint preview"
// (scheme.Preview) for the palette a request shows: the CLI's bytes, or,
// with mode=light or mode=dark, starting in that mode instead of the
// system's, and as seen with the deficiency when cvd is given. The page
// carries its own script (the light/dark toggle); previewCSP sandboxes it.
func (s *server) handleSchemePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sim, err := simulation(q)
	if err != nil {
		fail(w, err)
		return
	}
	mode := q.Get("mode")
	if mode != "" && mode != "light" && mode != "dark" {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: mode=%q: want light or dark", mode)})
		return
	}
	st, p, sc, err := s.schemeOf(r)
	if err != nil {
		fail(w, err)
		return
	}
	seen, err := simulated(sc, sim)
	if err != nil {
		fail(w, err)
		return
	}
	var buf bytes.Buffer
	if err := scheme.Preview(&buf, seen, scheme.PreviewOptions{Name: p.Name, Lang: st.Lang}); err != nil {
		fail(w, err)
		return
	}
	page, src := buf.Bytes(), "'none'"
	if mode != "" {
		if page, src, err = startIn(page, mode); err != nil {
			fail(w, err)
			return
		}
	} else if open, end := bytes.LastIndex(page, []byte("<script>")), bytes.LastIndex(page, []byte("</script>")); open >= 0 && end > open {
		sum := sha256.Sum256(page[open+len("<script>") : end])
		src = "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	h := w.Header()
	h.Set("Content-Security-Policy", fmt.Sprintf(previewCSP, src))
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}

// exportScheme writes the schemes as "hueprint export --scheme --to
// FORMAT" does. Without prefix the writers' default (color) applies, as
// the CLI's without --prefix.
func (s *server) exportScheme(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	to := q.Get("to")
	f, ok := formatOf(to, export.SchemeFormats())
	if !ok {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: scheme export to=%q: want %s", to, strings.Join(schemeFormats, ", "))})
		return
	}
	if v := q.Get("ramps"); v != "" && v != "0" && v != "false" {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: "studio: ramps does not apply to the scheme: the schemes carry one colour per role"})
		return
	}
	o := export.SchemeOptions{}
	if v := q.Get("prefix"); v != "" {
		if !validPrefix(v) {
			fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: prefix=%q: want letters, digits and -", v)})
			return
		}
		o.Prefix = v
	}
	_, p, sc, err := s.schemeOf(r)
	if err != nil {
		fail(w, err)
		return
	}
	o.Name = p.Name
	var buf bytes.Buffer
	if err := f.WriteScheme(&buf, sc, o); err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: err.Error()})
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.MediaType())
	h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(p.Name)+"-scheme"+f.Extension()))
	w.Write(buf.Bytes())
}
