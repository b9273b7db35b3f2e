package server

import (
	"errors"
	"net/http"

	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// SortOption is one choice of a list's sort selector.
type SortOption struct {
	Value, Label string
	Selected     bool
}

// sorts builds a sort selector from value, label pairs; the first is the
// default.
func sorts(current string, pairs ...string) []SortOption {
	var out []SortOption
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, SortOption{Value: pairs[i], Label: pairs[i+1], Selected: pairs[i] == current || (current == "" && i == 0)})
	}
	return out
}

// listPage renders a list page, or answers 400 for a bad parameter.
func (s *Server) listPage(w http.ResponseWriter, r *http.Request, p *params, name string, data map[string]any, fetch func() error) {
	if p.problem != "" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", p.problem)
		return
	}
	if err := fetch(); err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, r, name, data)
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := articleFilter(p)
	data := map[string]any{"Title": "Articles", "F": f, "Sorts": sorts(f.Sort, "date", "newest first", "title", "title", "quotes", "most quotes")}
	s.listPage(w, r, p, "articles", data, func() error {
		pg, err := s.st.Articles(r.Context(), f)
		data["Rows"], data["Pager"] = pg.Items, pager(r, pg.Total, f.Window, "/api/v1/articles")
		return err
	})
}

func (s *Server) speakers(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := speakerFilter(p)
	data := map[string]any{"Title": "Speakers", "F": f,
		"Sorts": sorts(f.Sort, "quotes", "most quotes", "documents", "most articles", "recent", "latest quote", "name", "name")}
	s.listPage(w, r, p, "speakers", data, func() error {
		pg, err := s.st.SpeakerList(r.Context(), f)
		if err != nil {
			return err
		}
		data["Rows"], data["Pager"] = pg.Items, pager(r, pg.Total, f.Window, "/api/v1/speakers")
		if pg.Total == 0 && f.Name != "" {
			data["Similar"], err = s.st.SimilarSpeakers(r.Context(), f.Name, 8)
		}
		// Unnamed sources are counted per article, never as speakers:
		// the list says where they are.
		if f.Name == "" && f.Offset == 0 {
			data["Unnamed"], err = s.st.UnnamedSources(r.Context(), 12)
		}
		return err
	})
}

func (s *Server) outlets(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := store.OutletFilter{Name: p.str("q"), Sort: p.str("sort"), Window: p.window()}
	data := map[string]any{"Title": "Outlets", "F": f,
		"Sorts": sorts(f.Sort, "documents", "most articles", "quotes", "most quotes", "unnamed", "most unnamed sourcing", "name", "name")}
	s.listPage(w, r, p, "outlets", data, func() error {
		pg, err := s.st.Outlets(r.Context(), f)
		data["Rows"], data["Pager"] = pg.Items, pager(r, pg.Total, f.Window, "/api/v1/outlets")
		return err
	})
}

func (s *Server) outlet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Redirect(w, r, "/outlets", http.StatusSeeOther)
		return
	}
	d, err := s.st.Outlet(r.Context(), name)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	data := map[string]any{"Title": d.Outlet, "O": d, "Classes": outletClasses(report.Framing(d.Framing, s.cueClass), d.Outlet), "SpeakerVerbs": speakerVerbs(d.SpeakerVerbs)}
	// The articles with no outlet have no name a filter can select.
	if d.Outlet != "(no outlet)" {
		months, err := s.st.QuoteMonths(r.Context(), store.QuoteFilter{Outlet: d.Outlet})
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		data["Chart"] = monthChart(months, "quotes", "")
	}
	s.render(w, r, "outlet", data)
}

func (s *Server) topics(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := store.TopicFilter{Prefix: p.str("q"), Sort: p.str("sort"), Window: p.window()}
	data := map[string]any{"Title": "Topics", "F": f,
		"Sorts": sorts(f.Sort, "claims", "most claims", "documents", "most articles", "deny", "most denials", "name", "name")}
	s.listPage(w, r, p, "topics", data, func() error {
		pg, err := s.st.Topics(r.Context(), f)
		data["Rows"], data["Pager"] = pg.Items, pager(r, pg.Total, f.Window, "/api/v1/topics")
		return err
	})
}

// notFoundSpeaker answers a speaker name that finds no one with the
// names close to it.
func (s *Server) notFoundSpeaker(w http.ResponseWriter, r *http.Request, name string, err error) {
	if !errors.Is(err, store.ErrNotFound) || isAPI(r) {
		s.failErr(w, r, err)
		return
	}
	similar, err := s.st.SimilarSpeakers(r.Context(), name, 8)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNotFound)
	s.render(w, r, "nospeaker", map[string]any{"Title": "No speaker " + name, "Name": name, "Similar": similar})
}
