package server

import (
	"embed"
	"encoding/json"
	"errors"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/quote"
	"github.com/claimgraph/claimgraph/internal/store"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Limits on what a client may send.
const (
	MaxBody        = 1 << 20   // any request body
	MaxAnalyze     = 256 << 10 // text pasted into the analyze form or API
	RequestTimeout = 10 * time.Second
)

// Server serves the UI and the API.
type Server struct {
	st    store.Store
	a     *analysis.Analyzer
	pages map[string]*template.Template
	log   *slog.Logger
	// analyzing holds a slot per analysis running for /analyze: an
	// analysis is CPU-bound and runs to its end even when the request
	// times out, so their number is capped at the cores, and a request
	// that finds no slot free is told to come back.
	analyzing chan struct{}
	// fetch, when set, fetches URLs given to the analyze form and API.
	fetch *fetch.Client
	// checker answers claim checks (/check, /api/v1/check).
	checker *check.Checker
	// checking holds a slot per claim check running (see runCheck).
	checking chan struct{}
	// cueClass classes reporting verbs for the framing tables.
	cueClass func(lemma string) string
}

// New builds the handler over st; a runs the "analyze this text" form.
func New(st store.Store, a *analysis.Analyzer, log *slog.Logger, opts ...Option) (http.Handler, error) {
	s := &Server{st: st, a: a, pages: map[string]*template.Template{}, log: log, analyzing: make(chan struct{}, runtime.NumCPU()),
		checking: make(chan struct{}, runtime.NumCPU())}
	for _, o := range opts {
		o(s)
	}
	var err error
	s.cueClass = quote.NewExtractor().CueClass
	if s.checker, err = check.New(); err != nil {
		return nil, err
	}
	funcs := template.FuncMap{
		"speakerURL": func(name string) string { return "/speaker?name=" + urlQuery(name) },
		"docURL":     func(id string) string { return "/doc?id=" + urlQuery(id) },
		"topicURL":   func(t string) string { return "/topic?q=" + urlQuery(t) },
		"outletURL":  func(o string) string { return "/outlet?name=" + urlQuery(o) },
		"percent":    percent,
		"share":      func(part, whole int) string { return pct(100 * float64(part) / float64(max(1, whole))) },
		"share2":     func(a, b, whole int) string { return pct(100 * float64(a+b) / float64(max(1, whole))) },
		"mul100":     func(v float64) float64 { return 100 * v },
		"list":       func(xs ...string) []string { return xs },
		"driftPlot":  driftPlot,
		"clip":       clip,
		"count":      count,
		"figure":     func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) },
		"topicLabel": claim.Label,
	}
	for _, name := range []string{"home", "doc", "speaker", "contradictions", "drift", "search", "analyze", "error", "quotes", "topic", "check",
		"articles", "speakers", "outlets", "outlet", "topics", "nospeaker"} {
		t, err := template.New("layout.tmpl").Funcs(funcs).ParseFS(templateFS, "templates/layout.tmpl", "templates/article.tmpl", "templates/partials.tmpl", "templates/"+name+".tmpl")
		if err != nil {
			return nil, err
		}
		s.pages[name] = t
	}
	static, _ := fs.Sub(staticFS, "static")
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /doc", s.doc)
	mux.HandleFunc("GET /speaker", s.speaker)
	mux.HandleFunc("GET /quotes", s.quotes)
	mux.HandleFunc("GET /contradictions", s.contradictions)
	mux.HandleFunc("GET /drift", s.drift)
	mux.HandleFunc("GET /articles", s.articles)
	mux.HandleFunc("GET /speakers", s.speakers)
	mux.HandleFunc("GET /outlets", s.outlets)
	mux.HandleFunc("GET /outlet", s.outlet)
	mux.HandleFunc("GET /topics", s.topics)
	mux.HandleFunc("GET /topic", s.topic)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /check", s.checkPage)
	mux.HandleFunc("GET /api/v1/check", s.apiCheck)
	mux.HandleFunc("GET /analyze", s.analyzeForm)
	mux.HandleFunc("POST /analyze", s.analyzePost)
	s.api(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such page")
	})
	cache := newMicrocache(5*time.Second, time.Minute, 4096)
	return secure(cache.wrap(http.TimeoutHandler(s.validWindow(mux), RequestTimeout, `{"error":{"code":"timeout","message":"the request took too long"}}`))), nil
}

// validWindow answers 400 to a request whose limit or offset is not a
// whole number in range, on pages and API alike.
func (s *Server) validWindow(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if problem := checkWindow(r); problem != "" {
			s.fail(w, r, http.StatusBadRequest, "bad_request", problem)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// secure sets the headers every response carries and caps request bodies.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		h.ServeHTTP(w, r)
	})
}

// render writes a page, or a plain error if the template fails.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages[name].Execute(w, data); err != nil && s.log != nil {
		s.log.Error("render", "page", name, "err", err)
	}
}

// fail answers an error: JSON under /api/, a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if isAPI(r) {
		writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
		return
	}
	w.WriteHeader(status)
	s.render(w, r, "error", map[string]any{"Title": http.StatusText(status), "Status": status, "Message": msg})
}

func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not_found", "not found")
	case errors.Is(err, errBusy):
		s.fail(w, r, http.StatusServiceUnavailable, "busy", err.Error())
	case errors.Is(err, store.ErrBadFilter):
		s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
	case errors.As(err, &mbe):
		s.fail(w, r, http.StatusRequestEntityTooLarge, "too_large", "request body too large")
	default:
		if s.log != nil {
			s.log.Error("request", "path", r.URL.Path, "err", err)
		}
		s.fail(w, r, http.StatusInternalServerError, "internal", "internal error")
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func isAPI(r *http.Request) bool { return len(r.URL.Path) >= 5 && r.URL.Path[:5] == "/api/" }

func intParam(r *http.Request, name string, def, max int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || n < 0 {
		return def
	}
	return min(n, max)
}

// analyze runs the analysis of d in a slot of s.analyzing, or reports
// false when every slot stays taken while the request waits.
func (s *Server) analyze(r *http.Request, d document.Document) (analysis.Record, bool) {
	select {
	case s.analyzing <- struct{}{}:
	case <-r.Context().Done():
		return analysis.Record{}, false
	case <-time.After(analyzeWait):
		return analysis.Record{}, false
	}
	defer func() { <-s.analyzing }()
	// The request's context ends at RequestTimeout or when the client
	// leaves: the analysis stops with it instead of holding the slot.
	rec, err := s.a.AnalyzeContext(r.Context(), d)
	return rec, err == nil
}

// analyzeWait bounds how long a request waits for an analysis slot.
const analyzeWait = 2 * time.Second
