package studio

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hueprint/hueprint/contrast"
	"github.com/hueprint/hueprint/contrast/cvd"
	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/export"
	"github.com/hueprint/hueprint/palette/extract"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/imagefile"
	"github.com/hueprint/hueprint/palette/measure"
	"github.com/hueprint/hueprint/palette/psych"
	"github.com/hueprint/hueprint/palette/render"
	"github.com/lucasb-eyer/go-colorful"
)

// exportFormats are the names of the formats of "hueprint export --to",
// in the order of the page and of "hueprint export --help".
var exportFormats = formatNames(export.Formats())

// formatNames returns the names of fs.
func formatNames(fs []export.Format) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.String()
	}
	return names
}

// formatOf returns the format named to, exactly, if it is one of fs.
func formatOf(to string, fs []export.Format) (export.Format, bool) {
	var f export.Format
	if err := f.UnmarshalText([]byte(to)); err != nil || f.String() != to {
		return 0, false
	}
	return f, slices.Contains(fs, f)
}

// badRequest is an error caused by the request: 4xx with its message.
type badRequest struct {
	code    int
	msg     string
	suggest []string
}

func (e *badRequest) Error() string { return e.msg }

func fail(w http.ResponseWriter, err error) {
	var br *badRequest
	var se *StateError
	switch {
	case errors.As(err, &br):
		if len(br.suggest) > 0 {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(br.code)
			writeJSONBody(w, map[string]any{"error": br.msg, "suggest": br.suggest})
			return
		}
		writeError(w, br.code, br.msg)
	case errors.As(err, &se):
		writeError(w, http.StatusBadRequest, se.Error())
	default:
		writeError(w, http.StatusInternalServerError, "studio: "+err.Error())
	}
}

// generate gives the palettes of a state, each read back from its palette
// file as "hueprint palette --format json > brand.json" then "--palette
// brand.json" would: the previews, exports and checks start from the same
// bytes as the CLI's.
func (s *server) generate(st State) ([]generate.Candidate, []*palette.Palette, error) {
	key := st
	key.Variant = 0
	k := key.Encode()
	if c, ps, ok := s.cache.get(k); ok {
		return c, ps, nil
	}
	o, err := st.Options()
	if err != nil {
		return nil, nil, err
	}
	cands, err := generate.Generate(o)
	if err != nil {
		br := &badRequest{code: http.StatusUnprocessableEntity, msg: err.Error()}
		var te *generate.TagError
		if errors.As(err, &te) {
			br.code, br.suggest = http.StatusBadRequest, te.Suggest
		}
		return nil, nil, br
	}
	ps := make([]*palette.Palette, len(cands))
	for i, c := range cands {
		b, err := palette.Marshal(c.Palette)
		if err != nil {
			return nil, nil, err
		}
		if ps[i], err = palette.Unmarshal(b); err != nil {
			return nil, nil, err
		}
	}
	s.cache.put(k, cands, ps)
	return cands, ps, nil
}

// current parses the state of a request and gives the palette it shows.
func (s *server) current(r *http.Request) (State, *palette.Palette, error) {
	st, err := ParseState(r.URL.Query())
	if err != nil {
		return st, nil, err
	}
	_, ps, err := s.generate(st)
	if err != nil {
		return st, nil, err
	}
	if st.Variant >= len(ps) {
		return st, nil, &StateError{"v", strconv.Itoa(st.Variant + 1), fmt.Sprintf("a variant from 1 to %d", len(ps))}
	}
	return st, ps[st.Variant], nil
}

type colorJSON struct {
	Role   string            `json:"role"`
	Index  int               `json:"index"`
	Label  string            `json:"label"`
	Hex    string            `json:"hex"`
	Name   string            `json:"name"`
	Why    string            `json:"why"`
	Text   string            `json:"text"`  // the best neutral text colour on it
	Ratio  float64           `json:"ratio"` // WCAG 2.x ratio of Text on it
	Grade  string            `json:"grade"`
	APCA   float64           `json:"apca"`
	Locked bool              `json:"locked"`
	Seen   map[string]string `json:"seen"` // as seen with each deficiency
}

type variantJSON struct {
	Name    string      `json:"name"`
	Score   float64     `json:"score"`
	Harmony string      `json:"harmony"`
	Style   string      `json:"style"`
	Colors  []colorJSON `json:"colors"`
	Rule    [4]float64  `json:"rule"` // primary, secondary, accent targets and tolerance, fractions
	// Notes say what generation did about the options (an avoided family);
	// Warnings name each guarantee that a colour the brand owns breaks.
	Notes    []string `json:"notes"`
	Warnings []string `json:"warnings"`
}

type paletteResponse struct {
	State    string        `json:"state"` // the canonical query
	CLI      string        `json:"cli"`   // the same palette from the command line
	Variants []variantJSON `json:"variants"`
}

func (s *server) handlePalette(w http.ResponseWriter, r *http.Request) {
	st, err := ParseState(r.URL.Query())
	if err != nil {
		fail(w, err)
		return
	}
	// Generating takes milliseconds and the query bounds it (MaxTags,
	// MaxVariants): it has its own slots and does not queue behind renders.
	select {
	case s.gens <- struct{}{}:
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "studio: busy: try again")
		return
	}
	cands, ps, err := s.generate(st)
	<-s.gens
	if err != nil {
		fail(w, err)
		return
	}
	if st.Variant >= len(ps) {
		st.Variant = 0
	}
	resp := paletteResponse{State: st.Encode(), CLI: shellQuote(append([]string{"hueprint"}, st.CLIArgs()...))}
	for i, p := range ps {
		rule := p.RuleOrDefault()
		v := variantJSON{Name: p.Name, Score: cands[i].Score, Harmony: cands[i].Harmony.String(), Style: cands[i].Style,
			Rule:  [4]float64{rule.Primary, rule.Secondary, rule.Accent, rule.Tolerance},
			Notes: append([]string{}, cands[i].Notes...), Warnings: append([]string{}, cands[i].Warnings...)}
		var texts []colorful.Color
		for _, n := range p.Neutral {
			texts = append(texts, n.Color)
		}
		if len(texts) == 0 {
			texts = []colorful.Color{contrast.Black, contrast.White}
		}
		for _, c := range p.Colors() {
			t := contrast.BestText(c.Color, texts...)
			cj := colorJSON{Role: c.Role.String(), Index: c.Index, Label: c.Label(), Hex: c.Hex(), Name: c.Name, Why: c.Why,
				Text: palette.Hex(t), Ratio: contrast.Ratio(t, c.Color), APCA: contrast.APCA(t, c.Color), Seen: map[string]string{}}
			cj.Grade = contrast.Grade(cj.Ratio)
			switch c.Role {
			case palette.Primary:
				cj.Locked = st.Base != "" && st.Base == cj.Hex
			case palette.Secondary:
				cj.Locked = slices.Contains(st.Secondary, cj.Hex)
			case palette.Accent:
				cj.Locked = st.Accent != "" && st.Accent == cj.Hex
			}
			for _, k := range cvd.Kinds() {
				if sc, err := cvd.Simulate(c.Color, k, 1); err == nil {
					cj.Seen[k.String()] = palette.Hex(sc)
				}
			}
			v.Colors = append(v.Colors, cj)
		}
		resp.Variants = append(resp.Variants, v)
	}
	writeJSON(w, resp)
}

// shellQuote joins args for a POSIX shell.
func shellQuote(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a != "" && strings.IndexFunc(a, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,=/:", r))
		}) < 0 {
			out[i] = a
			continue
		}
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(out, " ")
}

// simulation reads the cvd query parameter: "" or "none" for none.
func simulation(q url.Values) (*render.Simulation, error) {
	v := q.Get("cvd")
	if v == "" || v == "none" {
		return nil, nil
	}
	var k cvd.Kind
	if err := k.UnmarshalText([]byte(v)); err != nil {
		return nil, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: cvd=%q: want none, protanopia, deuteranopia, tritanopia or achromatopsia", v)}
	}
	return &render.Simulation{Kind: k, Severity: 1}, nil
}

type pairJSON struct {
	FG         int     `json:"fg"`
	BG         int     `json:"bg"`
	Foreground string  `json:"foreground"`
	Background string  `json:"background"`
	Ratio      float64 `json:"ratio"`
	WCAG       struct {
		AA       bool `json:"aa"`
		AALarge  bool `json:"aa_large"`
		AAA      bool `json:"aaa"`
		AAALarge bool `json:"aaa_large"`
		NonText  bool `json:"non_text"`
	} `json:"wcag"`
	APCA float64 `json:"apca"`
}

// handleContrast gives the contrast grid of "hueprint contrast --palette":
// every ordered pair of the palette's colours, WCAG and APCA, as seen with
// the deficiency when cvd is given.
func (s *server) handleContrast(w http.ResponseWriter, r *http.Request) {
	sim, err := simulation(r.URL.Query())
	if err != nil {
		fail(w, err)
		return
	}
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	colors := p.Colors()
	type cj struct {
		Label string `json:"label"`
		Hex   string `json:"hex"`
		Seen  string `json:"seen"`
	}
	resp := struct {
		Simulate string     `json:"simulate"`
		Colors   []cj       `json:"colors"`
		Pairs    []pairJSON `json:"pairs"`
	}{Pairs: []pairJSON{}}
	cs := make([]colorful.Color, len(colors))
	for i, c := range colors {
		cs[i] = palette.Quantize(c.Color)
		if sim != nil {
			sc, err := cvd.Simulate(cs[i], sim.Kind, sim.Severity)
			if err != nil {
				fail(w, err)
				return
			}
			cs[i] = palette.Quantize(sc)
			resp.Simulate = sim.Kind.String()
		}
		resp.Colors = append(resp.Colors, cj{c.Label(), c.Hex(), palette.Hex(cs[i])})
	}
	for _, pr := range contrast.Grid(cs) {
		pj := pairJSON{FG: pr.FG, BG: pr.BG, Foreground: palette.Hex(cs[pr.FG]), Background: palette.Hex(cs[pr.BG]), Ratio: pr.Ratio, APCA: pr.APCA}
		pj.WCAG.AA, pj.WCAG.AALarge = pr.Passes(contrast.AA), pr.Passes(contrast.AALarge)
		pj.WCAG.AAA, pj.WCAG.AAALarge = pr.Passes(contrast.AAA), pr.Passes(contrast.AAALarge)
		pj.WCAG.NonText = pr.Passes(contrast.NonText)
		resp.Pairs = append(resp.Pairs, pj)
	}
	writeJSON(w, resp)
}

// imageData is a decoded upload and the name the page gave it.
type imageData struct {
	name string
	img  image.Image
}

// handleSwatch draws the palette card of "hueprint swatch".
func (s *server) handleSwatch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sim, err := simulation(q)
	if err != nil {
		fail(w, err)
		return
	}
	o := render.SwatchOptions{Width: 1200, Simulate: sim}
	if v := q.Get("width"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 320 || n > 2400 {
			fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: width=%q: want 320 to 2400 pixels", v)})
			return
		}
		o.Width = n
	}
	key := r.URL.Path + "?" + q.Encode()
	if b, ok := s.pngs.get(key); ok {
		w.Header().Set("Content-Type", "image/png")
		w.Write(b)
		return
	}
	if !s.acquire(w, r) {
		return
	}
	defer s.release()
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	img, err := render.Swatch(p, o)
	if err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: err.Error()})
		return
	}
	var meta []render.PNGText
	if sim != nil {
		meta = sim.PNGText()
	}
	buf, err := previewPNG(img, meta)
	if err != nil {
		fail(w, err)
		return
	}
	s.pngs.put(key, buf.Bytes())
	w.Header().Set("Content-Type", "image/png")
	w.Write(buf.Bytes())
}

// previewPNG encodes a preview for the screen: the fastest deflate level
// (about half the encoding time of the default on a banner), then the text
// chunks that render.EncodePNG would add. Files to keep (the ZIP kit) use
// render.EncodePNG as the CLI does.
func previewPNG(img image.Image, meta []render.PNGText) (*bytes.Buffer, error) {
	var buf bytes.Buffer
	if len(meta) > 0 {
		if err := render.EncodePNG(&buf, img, meta...); err != nil {
			return nil, err
		}
		return &buf, nil
	}
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		return nil, err
	}
	return &buf, nil
}

// bannerOptions reads the texts and layout of a banner.
func bannerOptions(q url.Values) (render.Options, error) {
	o := render.Options{Title: q.Get("title"), Tagline: q.Get("tagline"), CTA: q.Get("cta")}
	for k, v := range map[string]string{"title": o.Title, "tagline": o.Tagline, "cta": o.CTA} {
		if utf8.RuneCountInString(v) > 120 || !utf8.ValidString(v) {
			return o, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: %s: want at most 120 characters of UTF-8 text", k)}
		}
	}
	if err := o.Layout.UnmarshalText([]byte(q.Get("layout"))); err != nil {
		var names []string
		for _, l := range render.Layouts() {
			names = append(names, l.String())
		}
		return o, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: layout=%q: want %s", q.Get("layout"), strings.Join(names, ", "))}
	}
	return o, nil
}

// handleBanner renders one preset as "hueprint banner --preset NAME
// [--simulate KIND]" does.
func (s *server) handleBanner(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sim, err := simulation(q)
	if err != nil {
		fail(w, err)
		return
	}
	o, err := bannerOptions(q)
	if err != nil {
		fail(w, err)
		return
	}
	name := q.Get("preset")
	if name == "" {
		name = "x-header"
	}
	pr, ok := render.PresetByName(name)
	if !ok {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: preset=%q: want one of %s", name, strings.Join(presetNames(), ", "))})
		return
	}
	key := r.URL.Path + "?" + q.Encode()
	if b, ok := s.pngs.get(key); ok {
		w.Header().Set("Content-Type", "image/png")
		w.Write(b)
		return
	}
	if !s.acquire(w, r) {
		return
	}
	defer s.release()
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	img, _, err := render.Banner(p, pr, o)
	if err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: fmt.Sprintf("studio: %s: %v", pr.Name, err)})
		return
	}
	var meta []render.PNGText
	if sim != nil {
		if img, err = render.Simulate(img, *sim, o.Font); err != nil {
			fail(w, err)
			return
		}
		meta = sim.PNGText()
	}
	buf, err := previewPNG(img, meta)
	if err != nil {
		fail(w, err)
		return
	}
	s.pngs.put(key, buf.Bytes())
	w.Header().Set("Content-Type", "image/png")
	w.Write(buf.Bytes())
}

func presetNames() []string {
	var names []string
	for _, p := range render.Presets() {
		names = append(names, p.Name)
	}
	return names
}

// fileName makes a download name from a palette name: letters, digits and
// dashes only.
func fileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(psych.Normalize(name)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "palette"
	}
	return s
}

// handleExport writes the palette as "hueprint export --to FORMAT" does:
// the same writer, the same bytes.
func (s *server) handleExport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if v := q.Get("scheme"); v == "1" || v == "true" {
		s.exportScheme(w, r)
		return
	} else if v != "" && v != "0" && v != "false" {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: scheme=%q: want 1 or 0", v)})
		return
	}
	to := q.Get("to")
	f, ok := formatOf(to, export.Formats())
	if !ok {
		fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: to=%q: want %s", to, strings.Join(exportFormats, ", "))})
		return
	}
	o := export.Options{Prefix: "brand", Ramps: q.Get("ramps") == "1" || q.Get("ramps") == "true"}
	if v := q.Get("prefix"); v != "" {
		if !validPrefix(v) {
			fail(w, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: prefix=%q: want letters, digits and -", v)})
			return
		}
		o.Prefix = v
	}
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, p, o); err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: err.Error()})
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.MediaType())
	h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(p.Name)+f.Extension()))
	w.Write(buf.Bytes())
}

func validPrefix(s string) bool {
	if s == "" || strings.HasPrefix(s, "-") || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// handleKit zips a banner for every preset, as "hueprint banner --preset
// all --out-dir kit/" writes them, with the palette file beside them.
func (s *server) handleKit(w http.ResponseWriter, r *http.Request) {
	o, err := bannerOptions(r.URL.Query())
	if err != nil {
		fail(w, err)
		return
	}
	if !s.acquire(w, r) {
		return
	}
	defer s.release()
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	name := fileName(p.Name)
	for _, pr := range render.Presets() {
		img, _, err := render.Banner(p, pr, o)
		if err != nil {
			fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: fmt.Sprintf("studio: %s: %v", pr.Name, err)})
			return
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name + "/" + pr.Name + ".png", Method: zip.Store})
		if err == nil {
			err = render.EncodePNG(f, img)
		}
		if err != nil {
			fail(w, err)
			return
		}
	}
	f, err := zw.Create(name + "/" + name + ".json")
	if err == nil {
		err = palette.Write(f, p)
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		fail(w, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/zip")
	h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name+"-banners.zip"))
	w.Write(buf.Bytes())
}

// readUpload reads an uploaded image within the size limit and decodes it
// with the CLI's safe decoder: the pixel count comes from the header,
// before any pixel is decoded. Nothing is written to disk.
func (s *server) readUpload(w http.ResponseWriter, r *http.Request) (imageData, error) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "upload"
	}
	if utf8.RuneCountInString(name) > 200 || !utf8.ValidString(name) {
		return imageData{}, &badRequest{code: http.StatusBadRequest, msg: "studio: name: want at most 200 characters of UTF-8 text"}
	}
	if r.ContentLength > s.o.MaxUpload {
		return imageData{}, &badRequest{code: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("studio: %s: %d bytes, over the limit of %d", name, r.ContentLength, s.o.MaxUpload)}
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.o.MaxUpload))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return imageData{}, &badRequest{code: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("studio: %s: over the limit of %d bytes", name, s.o.MaxUpload)}
		}
		return imageData{}, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: %s: %v", name, err)}
	}
	if len(b) == 0 {
		return imageData{}, &badRequest{code: http.StatusBadRequest, msg: fmt.Sprintf("studio: %s: empty upload: send the image's bytes", name)}
	}
	img, _, err := imagefile.Decode(bytes.NewReader(b), imagefile.Options{MaxPixels: s.o.MaxPixels})
	if err != nil {
		code := http.StatusUnprocessableEntity
		if errors.Is(err, imagefile.ErrTooLarge) {
			code = http.StatusRequestEntityTooLarge
		}
		return imageData{}, &badRequest{code: code, msg: fmt.Sprintf("studio: %s: %v", name, err)}
	}
	return imageData{name: name, img: img}, nil
}

// handleCheck measures one uploaded image against the palette as "hueprint
// check --palette brand.json --mask DIR IMAGE" does: the same measurer, the
// same report, and the mask as a PNG data URL.
func (s *server) handleCheck(w http.ResponseWriter, r *http.Request) {
	if _, err := ParseState(r.URL.Query()); err != nil {
		fail(w, err)
		return
	}
	if !s.acquire(w, r) {
		return
	}
	defer s.release()
	up, err := s.readUpload(w, r)
	if err != nil {
		fail(w, err)
		return
	}
	_, p, err := s.current(r)
	if err != nil {
		fail(w, err)
		return
	}
	m, err := measure.New(p, measure.Options{Tolerance: measure.DefaultTolerance})
	if err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: err.Error()})
		return
	}
	res := m.Measure(up.img)
	rep := measure.NewReport(up.name, res, p.RuleOrDefault())
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, m.Mask(up.img)); err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, struct {
		Report measure.Report `json:"report"`
		Mask   string         `json:"mask"`
	}{rep, "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())})
}

// handleExtract gives the dominant colours of an uploaded image as
// "hueprint extract --format json" does, and its brand colour, which
// "hueprint palette --from-image" takes as the base.
func (s *server) handleExtract(w http.ResponseWriter, r *http.Request) {
	if !s.acquire(w, r) {
		return
	}
	defer s.release()
	up, err := s.readUpload(w, r)
	if err != nil {
		fail(w, err)
		return
	}
	res, err := extract.Extract(up.img, extract.Options{})
	if err != nil {
		fail(w, &badRequest{code: http.StatusUnprocessableEntity, msg: fmt.Sprintf("studio: %s: %v", up.name, err)})
		return
	}
	// The same document as hueprint extract --format json.
	writeJSON(w, extract.Report{File: up.name, Result: res})
}
