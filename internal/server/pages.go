package server

import (
	"net/http"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	sp, err := s.st.Speakers(ctx, 12)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	cs, err := s.st.Contradictions(ctx, "", 10)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "home", map[string]any{"Title": "Overview", "Stats": st, "Speakers": sp, "Contradictions": cs})
}

// record loads the document named by query parameter param, or answers
// the request with the error and reports false.
func (s *Server) record(w http.ResponseWriter, r *http.Request, param, missing string) (*analysis.Record, bool) {
	id := r.URL.Query().Get(param)
	if id == "" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", missing)
		return nil, false
	}
	rec, err := s.st.Document(r.Context(), id)
	if err != nil {
		s.failErr(w, r, err)
		return nil, false
	}
	return rec, true
}

func (s *Server) doc(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.record(w, r, "id", "missing id")
	if !ok {
		return
	}
	title := rec.Document.Title
	if title == "" {
		title = clip(rec.Document.Text, 60)
	}
	reprints, err := s.st.Reprints(r.Context(), rec.Document.ID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "doc", map[string]any{"Title": title, "Page": report.Layout(rec), "Stored": true, "Reprints": reprints})
}

func (s *Server) speaker(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	d, err := s.st.Speaker(r.Context(), name)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "speaker", map[string]any{"Title": d.Name, "S": d, "Timeline": timeline(d.Recent)})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := store.QuoteFilter{Speaker: q.Get("speaker"), Topic: q.Get("topic"), Outlet: q.Get("outlet"), Limit: intParam(r, "limit", 100, 500)}
	var err error
	if f.Since, err = document.NormalizeDate(q.Get("since")); err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	if f.Until, err = document.NormalizeDate(q.Get("until")); err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	rows, err := s.st.Quotes(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "quotes", map[string]any{"Title": "Quotes", "F": f, "Quotes": rows})
}

func (s *Server) contradictions(w http.ResponseWriter, r *http.Request) {
	topic := r.URL.Query().Get("topic")
	outlet := strings.ToLower(r.URL.Query().Get("outlet"))
	since := r.URL.Query().Get("since")
	rows, err := s.st.Contradictions(r.Context(), topic, 200)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var kept []store.ContradictionRow
	for _, c := range rows {
		if outlet != "" && strings.ToLower(c.A.Outlet) != outlet && strings.ToLower(c.B.Outlet) != outlet {
			continue
		}
		if since != "" && c.A.Published < since && c.B.Published < since {
			continue
		}
		kept = append(kept, c)
	}
	s.render(w, r, "contradictions", map[string]any{"Title": "Contradictions", "Topic": topic, "Outlet": outlet, "Since": since, "Rows": kept})
}

func (s *Server) drift(w http.ResponseWriter, r *http.Request) {
	rows, err := s.st.Drift(r.Context(), 50)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "drift", map[string]any{"Title": "Figures that drift", "Rows": rows})
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	var hits []store.SearchHit
	if strings.TrimSpace(q) != "" {
		var err error
		if hits, err = s.st.Search(r.Context(), q, 30); err != nil {
			s.failErr(w, r, err)
			return
		}
	}
	s.render(w, r, "search", map[string]any{"Title": "Search", "Q": q, "Hits": hits})
}

func (s *Server) analyzeForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "analyze", map[string]any{"Title": "Analyze a text", "Max": MaxAnalyze / 1024, "Fetch": s.fetch != nil})
}

func (s *Server) analyzePost(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.failErr(w, r, err)
		return
	}
	text := r.PostForm.Get("text")
	if len(text) > MaxAnalyze {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "too_large", "text longer than the form accepts")
		return
	}
	var d document.Document
	var err error
	if u := strings.TrimSpace(r.PostForm.Get("url")); strings.TrimSpace(text) == "" && u != "" {
		if d, err = s.fetchDocument(r.Context(), u); err != nil {
			s.failFetch(w, r, err)
			return
		}
	} else if d, err = document.New([]byte(text), document.Meta{Published: r.PostForm.Get("published"), Title: r.PostForm.Get("title")}); err != nil {
		s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	rec, ok := s.analyze(r, d)
	if !ok {
		s.fail(w, r, http.StatusServiceUnavailable, "busy", "every analysis slot is taken; try again shortly")
		return
	}
	s.render(w, r, "doc", map[string]any{"Title": "Analysis (not stored)", "Page": report.Layout(&rec), "Stored": false})
}

func (s *Server) topic(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	var claims []store.TopicClaim
	if q != "" {
		var err error
		if claims, err = s.st.TopicClaims(r.Context(), q, 300); err != nil {
			s.failErr(w, r, err)
			return
		}
	}
	var pro, con []store.TopicClaim
	for _, c := range claims {
		if c.Polarity == "deny" {
			con = append(con, c)
		} else {
			pro = append(pro, c)
		}
	}
	s.render(w, r, "topic", map[string]any{"Title": "Topic: " + q, "Q": q, "For": pro, "Against": con, "Chart": topicChart(claims)})
}
