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
	if name == "" {
		http.Redirect(w, r, "/speakers", http.StatusSeeOther)
		return
	}
	ctx := r.Context()
	d, err := s.st.Speaker(ctx, name)
	if err != nil {
		s.notFoundSpeaker(w, r, name, err)
		return
	}
	months, err := s.st.QuoteMonths(ctx, store.QuoteFilter{Speaker: name})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	cues, err := s.st.Framing(ctx, name)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, "speaker", map[string]any{"Title": d.Name, "S": d, "Chart": monthChart(months, "quotes", ""),
		"Framing": report.Framing(cues, s.cueClass)[1:], "Classes": report.CueClasses()})
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f, win := quoteFilter(p)
	data := map[string]any{"Title": "Quotes", "F": f}
	s.listPage(w, r, p, "quotes", data, func() error {
		pg, err := s.st.QuoteList(r.Context(), f, win)
		data["Quotes"], data["Pager"] = pg.Items, pager(r, pg.Total, win, "/api/v1/quotes")
		return err
	})
}

func (s *Server) contradictions(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := contradictionFilter(p)
	data := map[string]any{"Title": "Contradictions", "F": f, "Sorts": sorts(f.Sort, "confidence", "most confident", "date", "newest")}
	s.listPage(w, r, p, "contradictions", data, func() error {
		pg, err := s.st.ContradictionList(r.Context(), f)
		nav := pager(r, pg.Total, f.Window, "/api/v1/contradictions")
		nav.AtLeast = pg.AtLeast
		data["Rows"], data["Pager"] = pg.Items, nav
		return err
	})
}

func (s *Server) drift(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	win := p.window()
	data := map[string]any{"Title": "Figures that drift"}
	s.listPage(w, r, p, "drift", data, func() error {
		pg, err := s.st.DriftList(r.Context(), win)
		data["Rows"], data["Pager"] = pg.Items, pager(r, pg.Total, win, "/api/v1/drift")
		return err
	})
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := searchFilter(p)
	data := map[string]any{"Title": "Search", "F": f, "Sorts": sorts(f.Sort, "rank", "best match", "date", "newest")}
	s.listPage(w, r, p, "search", data, func() error {
		if f.Text == "" {
			return nil
		}
		pg, err := s.st.SearchList(r.Context(), f)
		data["Hits"], data["Pager"] = pg.Items, pager(r, pg.Total, f.Window, "/api/v1/search")
		return err
	})
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
	if q == "" {
		http.Redirect(w, r, "/topics", http.StatusSeeOther)
		return
	}
	claims, err := s.st.TopicClaims(r.Context(), q, 300)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	months, err := s.st.TopicMonths(r.Context(), q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var pro, con []store.TopicClaim
	for _, c := range claims {
		if c.Polarity == "deny" {
			con = append(con, c)
		} else {
			pro = append(pro, c)
		}
	}
	chart := monthChart(months, "for", "against")
	s.render(w, r, "topic", map[string]any{"Title": "Topic: " + q, "Q": q, "For": pro, "Against": con, "Chart": chart,
		"Claims": chart.Total + chart.Undated, "Shown": len(claims)})
}
