package studio

import (
	"embed"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hueprint/hueprint/palette"
	"github.com/hueprint/hueprint/palette/generate"
	"github.com/hueprint/hueprint/palette/imagefile"
)

// Default limits. Each has a field in Options.
const (
	DefaultMaxUpload = 32 << 20 // bytes of one uploaded image, as sent
	DefaultTimeout   = 30 * time.Second
)

// Options configures the studio. Addr is required; the zero value of every
// other field means its default.
type Options struct {
	// Addr is the address the server listens on, "host:port" with the real
	// port (after listening on port 0). Requests whose Host header is not
	// this address (or localhost with its port, for a loopback address) are
	// refused: a web page on another site cannot reach the studio through
	// DNS rebinding.
	Addr string
	// MaxUpload is the largest image upload in bytes; 0 means
	// DefaultMaxUpload.
	MaxUpload int64
	// MaxPixels is the largest image in pixels, read from its header
	// before decoding, as "hueprint check --max-pixels"; 0 means
	// imagefile.DefaultMaxPixels.
	MaxPixels int64
	// MaxRenders bounds the previews, banner kits, checks and extractions
	// computed at once, and twice as many palette generations; 0 means
	// runtime.NumCPU(). Other requests wait for a slot, or fail with 503
	// when their client goes away.
	MaxRenders int
}

//go:embed assets
var assets embed.FS

// static maps each URL path to one embedded asset and its type: a
// request's path is only ever a key in this map, never a file name.
var static = map[string]struct{ file, typ string }{
	"/":                {"assets/index.html", "text/html; charset=utf-8"},
	"/static/app.js":   {"assets/app.js", "text/javascript; charset=utf-8"},
	"/static/app.css":  {"assets/app.css", "text/css; charset=utf-8"},
	"/static/icon.svg": {"assets/icon.svg", "image/svg+xml"},
}

// server holds the handler's state. It is safe for concurrent use.
type server struct {
	o       Options
	hosts   map[string]bool // accepted Host headers, lower-case
	port    string
	anyIP   bool // the server listens on every interface: accept IP literals
	renders chan struct{}
	gens    chan struct{} // palettes generated at once outside a render
	cache   *genCache
	pngs    *byteCache // previews by their canonical query
	assets  map[string][]byte
}

// New returns the studio's handler: the page, its assets and its JSON and
// PNG API (see the package documentation). It returns an error when
// o.Addr is not host:port.
func New(o Options) (http.Handler, error) {
	_, h, err := newServer(o)
	return h, err
}

func newServer(o Options) (*server, http.Handler, error) {
	host, port, err := net.SplitHostPort(o.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("studio: address %q: want host:port, e.g. 127.0.0.1:8080", o.Addr)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil || port == "0" {
		return nil, nil, fmt.Errorf("studio: address %q: want the port the server listens on", o.Addr)
	}
	if o.MaxUpload <= 0 {
		o.MaxUpload = DefaultMaxUpload
	}
	if o.MaxPixels <= 0 {
		o.MaxPixels = imagefile.DefaultMaxPixels
	}
	if o.MaxRenders <= 0 {
		o.MaxRenders = runtime.NumCPU()
	}
	s := &server{o: o, port: port, hosts: map[string]bool{}, renders: make(chan struct{}, o.MaxRenders),
		gens:  make(chan struct{}, 2*o.MaxRenders),
		cache: newGenCache(64), pngs: &byteCache{max: 32, maxBytes: 64 << 20}, assets: map[string][]byte{}}
	ip := net.ParseIP(host)
	switch {
	case host == "" || ip != nil && ip.IsUnspecified():
		s.anyIP = true
		s.hosts["localhost:"+port] = true
	case ip != nil && ip.IsLoopback():
		s.hosts[strings.ToLower(net.JoinHostPort(ip.String(), port))] = true
		s.hosts["localhost:"+port] = true
	default:
		s.hosts[strings.ToLower(net.JoinHostPort(host, port))] = true
	}
	for p, a := range static {
		b, err := assets.ReadFile(a.file)
		if err != nil {
			return nil, nil, fmt.Errorf("studio: embedded asset %s: %w", a.file, err)
		}
		s.assets[p] = b
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.serveAsset)
	mux.HandleFunc("GET /static/{name}", s.serveAsset)
	mux.HandleFunc("GET /api/meta", s.handleMeta)
	mux.HandleFunc("GET /api/suggest", s.handleSuggest)
	mux.HandleFunc("GET /api/palette", s.handlePalette)
	mux.HandleFunc("GET /api/contrast", s.handleContrast)
	mux.HandleFunc("GET /api/swatch.png", s.handleSwatch)
	mux.HandleFunc("GET /api/banner.png", s.handleBanner)
	mux.HandleFunc("GET /api/export", s.handleExport)
	mux.HandleFunc("GET /api/kit.zip", s.handleKit)
	mux.HandleFunc("POST /api/check", s.handleCheck)
	mux.HandleFunc("POST /api/extract", s.handleExtract)
	mux.HandleFunc("GET /api/scheme", s.handleScheme)
	mux.HandleFunc("GET /api/scheme.html", s.handleSchemePage)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("studio: no page at %q", r.URL.Path))
	})
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusForbidden, "studio: cross-origin request refused: the studio only answers its own page")
	}))
	return s, s.guard(cop.Handler(mux)), nil
}

// Server returns an http.Server for h with the studio's timeouts and
// header limit, so that a slow or stuck client cannot hold a connection.
func Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       DefaultTimeout,
		WriteTimeout:      2 * DefaultTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// guard checks what every request must pass before any handler: the Host
// header, a cross-site fetch of the API, the query's length; it sets the
// security headers and turns a panic into a 500 JSON error.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				writeError(w, http.StatusInternalServerError, fmt.Sprintf("studio: internal error: %v", v))
			}
		}()
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-src 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		if !s.hostOK(r.Host) {
			writeError(w, http.StatusMisdirectedRequest, fmt.Sprintf("studio: host %q refused: open the address the studio printed", r.Host))
			return
		}
		if strings.HasPrefix(r.URL.Path, "/api/") {
			switch r.Header.Get("Sec-Fetch-Site") {
			case "cross-site", "same-site":
				writeError(w, http.StatusForbidden, "studio: cross-origin request refused: the studio only answers its own page")
				return
			}
		}
		if len(r.URL.RawQuery) > MaxQueryLength {
			writeError(w, http.StatusRequestURITooLong, fmt.Sprintf("studio: query of %d bytes: want at most %d", len(r.URL.RawQuery), MaxQueryLength))
			return
		}
		next.ServeHTTP(&timingWriter{ResponseWriter: w, start: time.Now()}, r)
	})
}

// timingWriter adds a Server-Timing header (the handler's time until its
// response starts, in milliseconds), so that the browser's developer tools
// and the browser test tell server time from waiting.
type timingWriter struct {
	http.ResponseWriter
	start time.Time
	wait  time.Duration // waiting for a render slot
	wrote bool
}

func (t *timingWriter) WriteHeader(code int) {
	if !t.wrote {
		t.wrote = true
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		t.Header().Set("Server-Timing", fmt.Sprintf("app;dur=%.1f, wait;dur=%.1f", ms(time.Since(t.start)), ms(t.wait)))
	}
	t.ResponseWriter.WriteHeader(code)
}

func (t *timingWriter) Write(b []byte) (int, error) {
	if !t.wrote {
		t.WriteHeader(http.StatusOK)
	}
	return t.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController and http.MaxBytesReader reach the
// connection.
func (t *timingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// hostOK reports whether a Host header names this server: the bound
// address, localhost with its port, or, when listening on every interface,
// any IP literal with its port. Names other than localhost are refused:
// they are what DNS rebinding uses.
func (s *server) hostOK(host string) bool {
	host = strings.ToLower(host)
	if s.hosts[host] {
		return true
	}
	if !s.anyIP {
		return false
	}
	h, p, err := net.SplitHostPort(host)
	return err == nil && p == s.port && net.ParseIP(h) != nil
}

func (s *server) serveAsset(w http.ResponseWriter, r *http.Request) {
	b, ok := s.assets[r.URL.Path]
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("studio: no page at %q", r.URL.Path))
		return
	}
	w.Header().Set("Content-Type", static[r.URL.Path].typ)
	w.Write(b)
}

// acquire takes a render slot, waiting while the others are busy; false
// when the client went away first (the response is then written).
func (s *server) acquire(w http.ResponseWriter, r *http.Request) bool {
	start := time.Now()
	select {
	case s.renders <- struct{}{}:
		if t, ok := w.(*timingWriter); ok {
			t.wait = time.Since(start)
		}
		if r.Context().Err() != nil {
			// The page moved on while this waited (a newer preview
			// replaced it): render nothing for nobody.
			s.release()
			writeError(w, http.StatusServiceUnavailable, "studio: request cancelled")
			return false
		}
		return true
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "studio: busy: try again")
		return false
	}
}

func (s *server) release() { <-s.renders }

// writeError writes {"error": msg} with the status code.
func writeError(w http.ResponseWriter, code int, msg string) {
	h := w.Header()
	h.Del("Content-Disposition")
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	w.Write(append(b, '\n'))
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "studio: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(b, '\n'))
}

// writeJSONBody writes v after the header is sent.
func writeJSONBody(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Write(append(b, '\n'))
}

// genCache keeps the last generated palettes by their options, so that the
// previews and exports of the palette on screen do not generate it again.
type genCache struct {
	mu    sync.Mutex
	max   int
	order []string
	m     map[string][]*palette.Palette
	cands map[string][]generate.Candidate
}

func newGenCache(n int) *genCache {
	return &genCache{max: n, m: map[string][]*palette.Palette{}, cands: map[string][]generate.Candidate{}}
}

func (c *genCache) get(key string) ([]generate.Candidate, []*palette.Palette, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ps, ok := c.m[key]
	return c.cands[key], ps, ok
}

func (c *genCache) put(key string, cands []generate.Candidate, ps []*palette.Palette) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[key]; ok {
		return
	}
	if len(c.order) >= c.max {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.m, old)
		delete(c.cands, old)
	}
	c.order = append(c.order, key)
	c.m[key] = ps
	c.cands[key] = cands
}

// byteCache keeps the last previews by request, so that going back to a
// palette, or to the typical colour vision, shows its previews at once.
// It holds at most max entries and maxBytes bytes, oldest out first.
type byteCache struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	size     int
	order    []string
	m        map[string][]byte
}

func (c *byteCache) get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[key]
	return b, ok
}

func (c *byteCache) put(key string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]byte{}
	}
	if _, ok := c.m[key]; ok || len(b) > c.maxBytes {
		return
	}
	for len(c.order) > 0 && (len(c.order) >= c.max || c.size+len(b) > c.maxBytes) {
		old := c.order[0]
		c.order = c.order[1:]
		c.size -= len(c.m[old])
		delete(c.m, old)
	}
	c.order = append(c.order, key)
	c.m[key] = b
	c.size += len(b)
}
