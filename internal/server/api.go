package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
)

// maxWindow bounds offset+limit of a paginated list.
const maxWindow = 1000

// page is the envelope of every list: the items and where the next page starts.
type page struct {
	Data       any  `json:"data"`
	Offset     int  `json:"offset"`
	Limit      int  `json:"limit"`
	NextOffset *int `json:"next_offset"`
}

// paginate slices a list fetched with limit offset+limit+1.
func paginate[T any](rows []T, offset, limit int) page {
	p := page{Offset: offset, Limit: limit, Data: []T{}}
	if offset < len(rows) {
		end := min(len(rows), offset+limit)
		p.Data = rows[offset:end]
		if len(rows) > offset+limit && offset+limit < maxWindow {
			n := offset + limit
			p.NextOffset = &n
		}
	}
	return p
}

func window(r *http.Request) (offset, limit int) {
	limit = max(1, intParam(r, "limit", 50, 200))
	offset = intParam(r, "offset", 0, maxWindow)
	return offset, limit
}

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
		if n, err := strconv.Atoi(v); err != nil || n < p.min {
			return fmt.Sprintf("%s must be a whole number of at least %d, not %q", p.name, p.min, v)
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
		off, lim := window(r)
		if name := r.URL.Query().Get("name"); name != "" {
			d, err := s.st.Speaker(r.Context(), name)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			writeJSON(w, http.StatusOK, map[string]any{"data": d})
			return
		}
		rows, err := s.st.Speakers(r.Context(), off+lim+1)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, paginate(rows, off, lim))
	})
	mux.HandleFunc("GET /api/v1/quotes", func(w http.ResponseWriter, r *http.Request) {
		off, lim := window(r)
		q := r.URL.Query()
		f := store.QuoteFilter{Speaker: q.Get("speaker"), Topic: q.Get("topic"), Outlet: q.Get("outlet"), Limit: off + lim + 1}
		var err error
		if f.Since, err = document.NormalizeDate(q.Get("since")); err == nil {
			f.Until, err = document.NormalizeDate(q.Get("until"))
		}
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
			return
		}
		rows, err := s.st.Quotes(r.Context(), f)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, paginate(rows, off, lim))
	})
	mux.HandleFunc("GET /api/v1/claims", func(w http.ResponseWriter, r *http.Request) {
		if topic := r.URL.Query().Get("topic"); topic != "" {
			off, lim := window(r)
			rows, err := s.st.TopicClaims(r.Context(), topic, off+lim+1)
			if err != nil {
				s.failErr(w, r, err)
				return
			}
			writeJSON(w, http.StatusOK, paginate(rows, off, lim))
			return
		}
		if rec, ok := s.record(w, r, "document", "missing document or topic"); ok {
			writeJSON(w, http.StatusOK, map[string]any{"data": rec.Claims})
		}
	})
	mux.HandleFunc("GET /api/v1/contradictions", func(w http.ResponseWriter, r *http.Request) {
		off, lim := window(r)
		rows, err := s.st.Contradictions(r.Context(), r.URL.Query().Get("topic"), off+lim+1)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, paginate(rows, off, lim))
	})
	mux.HandleFunc("GET /api/v1/drift", func(w http.ResponseWriter, r *http.Request) {
		off, lim := window(r)
		rows, err := s.st.Drift(r.Context(), off+lim+1)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, paginate(rows, off, lim))
	})
	mux.HandleFunc("GET /api/v1/search", func(w http.ResponseWriter, r *http.Request) {
		off, lim := window(r)
		q := strings.TrimSpace(r.URL.Query().Get("q"))
		if q == "" {
			s.fail(w, r, http.StatusBadRequest, "bad_request", "missing q")
			return
		}
		rows, err := s.st.Search(r.Context(), q, off+lim+1)
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, paginate(rows, off, lim))
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
