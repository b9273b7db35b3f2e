package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// maxOffset bounds limit and offset: past it sums of the two overflow.
const maxOffset = 1_000_000_000

// checkWindow refuses a limit or offset that is not a whole number of at
// least 0 (1 for a limit): "limit=abc" is a mistake to report, not to
// paper over with the default.
func checkWindow(r *http.Request) string {
	for _, p := range []struct {
		name string
		min  int
	}{{"limit", 1}, {"offset", 0}} {
		v := r.URL.Query().Get(p.name)
		if v == "" {
			continue
		}
		if n, err := strconv.Atoi(v); err != nil || n < p.min || n > maxOffset {
			return fmt.Sprintf("%s must be a whole number from %d to %d, not %q", p.name, p.min, maxOffset, v)
		}
	}
	return ""
}

func (s *Server) api(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/stats", func(w http.ResponseWriter, r *http.Request) {
		st, err := s.st.Stats(r.Context())
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"data": st})
	})
	mux.HandleFunc("GET /api/v1/documents", func(w http.ResponseWriter, r *http.Request) {
		if rec, ok := s.record(w, r, "id", "missing id"); ok {
			writeJSON(w, http.StatusOK, map[string]any{"data": rec})
		}
	})
	mux.HandleFunc("GET /api/v1/speakers", func(w http.ResponseWriter, r *http.Request) {
		if name := r.URL.Query().Get("name"); name != "" {
			d, err := s.st.Speaker(r.Context(), name)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			writeJSON(w, http.StatusOK, map[string]any{"data": d})
			return
		}
		p := newParams(r)
		f := speakerFilter(p)
		serveList(s, w, r, p, f.Window, func() (store.Page[store.SpeakerRow], error) { return s.st.SpeakerList(r.Context(), f) }, report.SpeakersTable)
	})
	mux.HandleFunc("GET /api/v1/articles", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		f := articleFilter(p)
		serveList(s, w, r, p, f.Window, func() (store.Page[store.ArticleRow], error) { return s.st.Articles(r.Context(), f) }, report.ArticlesTable)
	})
	mux.HandleFunc("GET /api/v1/outlets", func(w http.ResponseWriter, r *http.Request) {
		if name := r.URL.Query().Get("name"); name != "" {
			d, err := s.st.Outlet(r.Context(), name)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			writeJSON(w, http.StatusOK, map[string]any{"data": d})
			return
		}
		p := newParams(r)
		f := store.OutletFilter{Name: p.str("q"), Sort: p.str("sort"), Window: p.window()}
		serveList(s, w, r, p, f.Window, func() (store.Page[store.OutletRow], error) { return s.st.Outlets(r.Context(), f) }, report.OutletsTable)
	})
	mux.HandleFunc("GET /api/v1/topics", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		f := store.TopicFilter{Prefix: p.str("q"), Sort: p.str("sort"), Window: p.window()}
		serveList(s, w, r, p, f.Window, func() (store.Page[store.TopicRow], error) { return s.st.Topics(r.Context(), f) }, report.TopicsTable)
	})
	mux.HandleFunc("GET /api/v1/quotes", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		f, win := quoteFilter(p)
		serveList(s, w, r, p, win, func() (store.Page[store.QuoteRow], error) { return s.st.QuoteList(r.Context(), f, win) }, report.QuotesTable)
	})
	mux.HandleFunc("GET /api/v1/claims", func(w http.ResponseWriter, r *http.Request) {
		if topic := r.URL.Query().Get("topic"); topic != "" {
			p := newParams(r)
			win := p.window()
			rows, err := s.st.TopicClaims(r.Context(), topic, win.Offset+win.Limit)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			months, err := s.st.TopicMonths(r.Context(), topic)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			pg := pageOf(rows, win)
			pg.Total = months.Undated
			for _, m := range months.Months {
				pg.Total += m.A + m.B
			}
			writeJSON(w, http.StatusOK, envelope(pg, win))
			return
		}
		if rec, ok := s.record(w, r, "document", "missing document or topic"); ok {
			writeJSON(w, http.StatusOK, map[string]any{"data": rec.Claims})
		}
	})
	mux.HandleFunc("GET /api/v1/contradictions", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		f := contradictionFilter(p)
		serveList(s, w, r, p, f.Window, func() (store.Page[store.ContradictionRow], error) { return s.st.ContradictionList(r.Context(), f) }, report.ContradictionsTable)
	})
	mux.HandleFunc("GET /api/v1/drift", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		win := p.window()
		serveList(s, w, r, p, win, func() (store.Page[store.DriftRow], error) { return s.st.DriftList(r.Context(), win) }, report.DriftTable)
	})
	mux.HandleFunc("GET /api/v1/search", func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r)
		f := searchFilter(p)
		if f.Text == "" {
			s.fail(w, r, http.StatusBadRequest, "bad_request", "missing q")
			return
		}
		serveList(s, w, r, p, f.Window, func() (store.Page[store.SearchHit], error) { return s.st.SearchList(r.Context(), f) }, report.SearchTable)
	})
	mux.HandleFunc("POST /api/v1/analyze", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Text, Published, Title, URL, Outlet string }
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad_request", "body must be JSON {\"text\": ...}: "+err.Error())
			return
		}
		if len(in.Text) > MaxAnalyze {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "too_large", "text longer than the API accepts")
			return
		}
		var d document.Document
		var err error
		if strings.TrimSpace(in.Text) == "" && in.URL != "" {
			// No text but a URL: the page is fetched (serve --allow-fetch).
			if d, err = s.fetchDocument(r.Context(), in.URL); err != nil {
				s.failFetch(w, r, err)
				return
			}
		} else if d, err = document.New([]byte(in.Text), document.Meta{Published: in.Published, Title: in.Title, URL: in.URL, Outlet: in.Outlet}); err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
			return
		}
		rec, ok := s.analyze(r, d)
		if !ok {
			s.fail(w, r, http.StatusServiceUnavailable, "busy", "every analysis slot is taken; try again shortly")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"data": rec})
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such endpoint")
	})
}
