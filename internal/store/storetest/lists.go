package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store"
)

// runLists checks the browsable lists: each filter keeps what it names,
// totals count the whole list, windows page through it, and a sort the
// store does not know is a bad filter.
func runLists(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	s := open(t)
	if _, err := s.Put(ctx, records(t), nil); err != nil {
		t.Fatal(err)
	}
	win := func(off, lim int) store.Window { return store.Window{Offset: off, Limit: lim} }

	t.Run("Articles", func(t *testing.T) {
		all, err := s.Articles(ctx, store.ArticleFilter{Window: win(0, 10)})
		if err != nil || all.Total != len(articles) || len(all.Items) != len(articles) || all.Items[0].DocID != "harbor-3" {
			t.Fatalf("all articles, newest first = %+v, %v", all, err)
		}
		for _, a := range all.Items {
			if a.Quotes == 0 || a.Claims == 0 {
				t.Errorf("article %s counts nothing: %+v", a.DocID, a)
			}
		}
		for _, tc := range []struct {
			name string
			f    store.ArticleFilter
			want []string
		}{
			{"outlet in any case", store.ArticleFilter{Outlet: "coastal times"}, []string{"harbor-3", "harbor-2"}},
			{"since", store.ArticleFilter{Since: "2025-11-18"}, []string{"harbor-3", "harbor-2"}},
			{"until", store.ArticleFilter{Until: "2025-11-17"}, []string{"harbor-1"}},
			{"text", store.ArticleFilter{Text: "fractures"}, []string{"harbor-2"}},
			{"by title", store.ArticleFilter{Sort: "title"}, []string{"harbor-2", "harbor-1", "harbor-3"}},
			{"second page", store.ArticleFilter{Window: win(1, 1)}, []string{"harbor-2"}},
		} {
			p, err := s.Articles(ctx, tc.f)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var got []string
			for _, a := range p.Items {
				got = append(got, a.DocID)
			}
			wantTotal := len(tc.want)
			if tc.f.Window.Offset > 0 {
				wantTotal = len(articles)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") || p.Total != wantTotal {
				t.Errorf("%s: got %v (total %d), want %v (total %d)", tc.name, got, p.Total, tc.want, wantTotal)
			}
		}
		if _, err := s.Articles(ctx, store.ArticleFilter{Sort: "colour"}); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("unknown sort: %v, want ErrBadFilter", err)
		}
	})

	t.Run("Speakers", func(t *testing.T) {
		all, err := s.SpeakerList(ctx, store.SpeakerFilter{Window: win(0, 100)})
		if err != nil || all.Total != len(all.Items) || all.Total < 3 {
			t.Fatalf("all speakers = %+v, %v", all, err)
		}
		p, err := s.SpeakerList(ctx, store.SpeakerFilter{Name: "WHIT"})
		if err != nil || p.Total != 1 || p.Items[0].Name != "Dana Whitfield" {
			t.Errorf("name part = %+v, %v", p, err)
		}
		// In one outlet a speaker counts only the quotes it printed.
		p, err = s.SpeakerList(ctx, store.SpeakerFilter{Outlet: "Bellmoor Courier", Window: win(0, 100)})
		if err != nil || p.Total == 0 {
			t.Fatalf("outlet = %+v, %v", p, err)
		}
		for _, r := range p.Items {
			if r.Name == "Marcus Oyelaran" || r.Name == "Ruth Adeyemi" || r.First != "2025-11-17" || r.Last != "2025-11-17" {
				t.Errorf("a speaker of the Bellmoor Courier: %+v", r)
			}
		}
		p, _ = s.SpeakerList(ctx, store.SpeakerFilter{Sort: "name", Window: win(0, 100)})
		for i := 1; i < len(p.Items); i++ {
			if strings.ToLower(p.Items[i-1].Name) > strings.ToLower(p.Items[i].Name) {
				t.Errorf("by name: %q before %q", p.Items[i-1].Name, p.Items[i].Name)
			}
		}
		p, _ = s.SpeakerList(ctx, store.SpeakerFilter{Window: win(1, 1)})
		if p.Total != all.Total || len(p.Items) != 1 || p.Items[0].Name != all.Items[1].Name {
			t.Errorf("second page %+v, want %q of %d", p, all.Items[1].Name, all.Total)
		}
		sim, err := s.SimilarSpeakers(ctx, "Dana Whitfeld", 3)
		if err != nil || len(sim) == 0 || sim[0].Name != "Dana Whitfield" {
			t.Errorf("did you mean Dana Whitfield: %+v, %v", sim, err)
		}
		if sim, _ := s.SimilarSpeakers(ctx, "oyelarn", 3); len(sim) == 0 || sim[0].Name != "Marcus Oyelaran" {
			t.Errorf("a surname spelled close: %+v", sim)
		}
		if sim, _ := s.SimilarSpeakers(ctx, "Zbigniew Quartermaine", 3); len(sim) != 0 {
			t.Errorf("nothing is close: %+v", sim)
		}
	})

	t.Run("Outlets", func(t *testing.T) {
		p, err := s.Outlets(ctx, store.OutletFilter{})
		if err != nil || p.Total != 2 || p.Items[0].Outlet != "Coastal Times" || p.Items[0].Documents != 2 {
			t.Fatalf("outlets = %+v, %v", p, err)
		}
		det, err := s.Outlet(ctx, "coastal times")
		if err != nil {
			t.Fatal(err)
		}
		if det.Quotes == 0 || det.Corpus.Quotes <= det.Quotes || len(det.Speakers) == 0 || len(det.Verbs) == 0 {
			t.Errorf("outlet detail %+v", det)
		}
		for _, sp := range det.Speakers {
			if sp.Name == "Dana Whitfield" && sp.Quotes > 1 {
				t.Errorf("Whitfield's own quotes are in the Courier: %+v", sp)
			}
		}
		share := 0.0
		for _, v := range det.Verbs {
			share += v.Share
		}
		if share < 0.999 || share > 1.001 {
			t.Errorf("verb shares sum to %v: %+v", share, det.Verbs)
		}
		if _, err := s.Outlet(ctx, "Daily Nowhere"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown outlet: %v", err)
		}
		// One outlet spelled in two cases is one row, as filters have it.
		s2 := open(t)
		recs := records(t)
		d := recs[2].Document
		d.ID, d.Outlet = "harbor-3-upper", strings.ToUpper(d.Outlet)
		extra := analysis.New().Analyze(d)
		if _, err := s2.Put(ctx, append(recs, extra), nil); err != nil {
			t.Fatal(err)
		}
		p2, err := s2.Outlets(ctx, store.OutletFilter{})
		if err != nil || p2.Total != 2 || p2.Items[0].Documents != 3 {
			t.Errorf("Coastal Times and COASTAL TIMES: %+v, %v", p2, err)
		}
	})

	t.Run("Topics", func(t *testing.T) {
		p, err := s.Topics(ctx, store.TopicFilter{MinDocuments: 1, Window: win(0, 100)})
		if err != nil || p.Total == 0 || p.Total != len(p.Items) {
			t.Fatalf("topics = %+v, %v", p, err)
		}
		for _, tr := range p.Items {
			if tr.Affirm+tr.Deny != tr.Claims || tr.Label == "" || tr.Documents == 0 {
				t.Errorf("topic row %+v", tr)
			}
		}
		// The harbor wall is said to be safe in one article and not safe
		// in another: one subject of two articles, for and against.
		wall, err := s.Topics(ctx, store.TopicFilter{Prefix: "harb"})
		if err != nil || wall.Total != 1 || wall.Items[0].Term != "harbor" || wall.Items[0].Documents != 2 || wall.Items[0].Deny == 0 || wall.Items[0].Affirm == 0 {
			t.Errorf("the harbor wall, claimed and denied in two articles: %+v, %v (all: %+v)", wall, err, p.Items)
		}
	})

	t.Run("Contradictions", func(t *testing.T) {
		all, err := s.ContradictionList(ctx, store.ContradictionFilter{Window: win(0, 1000)})
		if err != nil || all.Total == 0 || all.Total != len(all.Items) {
			t.Fatalf("contradictions = %+v, %v", all, err)
		}
		count := func(keep func(c store.ContradictionRow) bool) int {
			n := 0
			for _, c := range all.Items {
				if keep(c) {
					n++
				}
			}
			return n
		}
		for _, tc := range []struct {
			name string
			f    store.ContradictionFilter
			want int
		}{
			{"outlet on either side", store.ContradictionFilter{Outlet: "BELLMOOR COURIER"},
				count(func(c store.ContradictionRow) bool {
					return c.A.Outlet == "Bellmoor Courier" || c.B.Outlet == "Bellmoor Courier"
				})},
			{"speaker on either side", store.ContradictionFilter{Speaker: "Oyelaran"},
				count(func(c store.ContradictionRow) bool {
					return c.A.Speaker == "Marcus Oyelaran" || c.B.Speaker == "Marcus Oyelaran"
				})},
			{"either side since", store.ContradictionFilter{Since: "2025-11-18"},
				count(func(c store.ContradictionRow) bool {
					return c.A.Published >= "2025-11-18" || c.B.Published >= "2025-11-18"
				})},
			{"either side until", store.ContradictionFilter{Until: "2025-11-17"},
				count(func(c store.ContradictionRow) bool {
					return c.A.Published <= "2025-11-17" || c.B.Published <= "2025-11-17"
				})},
			// Filters that must drop every pair: one that did nothing would keep it.
			{"an outlet with no side", store.ContradictionFilter{Outlet: "Daily Nowhere"}, 0},
			{"after every article", store.ContradictionFilter{Since: "2030-01-01"}, 0},
			{"before every article", store.ContradictionFilter{Until: "2000-01-01"}, 0},
			{"a speaker in no pair", store.ContradictionFilter{Speaker: "Ruth Adeyemi"}, 0},
			{"confidence", store.ContradictionFilter{MinConfidence: 2}, 0},
			{"unknown speaker", store.ContradictionFilter{Speaker: "Nobody Here"}, 0},
		} {
			p, err := s.ContradictionList(ctx, tc.f)
			if err != nil || p.Total != tc.want || len(p.Items) != tc.want {
				t.Errorf("%s: total %d, %d items, %v; want %d", tc.name, p.Total, len(p.Items), err, tc.want)
			}
		}
		if n := count(func(c store.ContradictionRow) bool {
			return c.A.Outlet == "Bellmoor Courier" || c.B.Outlet == "Bellmoor Courier"
		}); n == 0 {
			t.Error("precondition: a contradiction with a side in the Courier")
		}
		p, _ := s.ContradictionList(ctx, store.ContradictionFilter{Window: win(all.Total, 10)})
		if p.Total != all.Total || len(p.Items) != 0 {
			t.Errorf("past the end: %+v", p)
		}
		if _, err := s.ContradictionList(ctx, store.ContradictionFilter{Sort: "colour"}); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("unknown sort: %v", err)
		}
	})

	t.Run("Search", func(t *testing.T) {
		p, err := s.SearchList(ctx, store.SearchFilter{Text: "harbor wall", Window: win(0, 10)})
		if err != nil || p.Total != 2 || len(p.Items) != 2 {
			t.Fatalf("search = %+v, %v", p, err)
		}
		for _, h := range p.Items {
			if !strings.Contains(strings.ToLower(h.Snippet), "wall") {
				t.Errorf("snippet %q", h.Snippet)
			}
		}
		d, _ := s.SearchList(ctx, store.SearchFilter{Text: "harbor wall", Sort: "date"})
		if len(d.Items) != 2 || d.Items[0].Published < d.Items[1].Published {
			t.Errorf("newest first: %+v", d.Items)
		}
		o, _ := s.SearchList(ctx, store.SearchFilter{Text: "harbor wall", Outlet: "coastal times"})
		if o.Total != 1 || o.Items[0].DocID != "harbor-2" {
			t.Errorf("search in an outlet: %+v", o)
		}
		pg, _ := s.SearchList(ctx, store.SearchFilter{Text: "harbor wall", Window: win(1, 1)})
		if pg.Total != 2 || len(pg.Items) != 1 || pg.Items[0].DocID != p.Items[1].DocID {
			t.Errorf("second page %+v of %+v", pg, p.Items)
		}
	})

	t.Run("QuotesAndMonths", func(t *testing.T) {
		all, err := s.QuoteList(ctx, store.QuoteFilter{}, win(0, 1000))
		if err != nil || all.Total == 0 || all.Total != len(all.Items) {
			t.Fatalf("quotes = %+v, %v", all, err)
		}
		pg, _ := s.QuoteList(ctx, store.QuoteFilter{}, win(1, 2))
		if pg.Total != all.Total || len(pg.Items) != 2 || pg.Items[0] != all.Items[1] {
			t.Errorf("a window of quotes: %+v", pg)
		}
		m, err := s.QuoteMonths(ctx, store.QuoteFilter{})
		if err != nil || len(m.Months) != 1 || m.Months[0].Month != "2025-11" || m.Months[0].A != all.Total || m.Undated != 0 {
			t.Errorf("quote months = %+v, %v; want all %d in 2025-11", m, err, all.Total)
		}
		tm, err := s.TopicMonths(ctx, "wall safe")
		if err != nil || len(tm.Months) != 1 || tm.Months[0].A == 0 || tm.Months[0].B == 0 {
			t.Errorf("topic months = %+v, %v", tm, err)
		}
	})
}
