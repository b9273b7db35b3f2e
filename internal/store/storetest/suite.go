package storetest

import (
	"context"
	"errors"
	"fmt"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
)

// articles are texts we wrote: one harbor dispute over three days in two
// outlets, with a cross-article contradiction and a drifting toll.
var articles = []struct{ id, outlet, published, title, text string }{
	{"harbor-1", "Bellmoor Courier", "2025-11-17", "Harbor wall passes inspection, says port chief",
		"Port Authority chief Dana Whitfield said on Monday that the harbor wall is safe.\n" +
			"“The wall has passed every test,” Whitfield told reporters.\n" +
			"Officials said that 12 people were injured when the old pier collapsed in Bellmoor."},
	{"harbor-2", "Coastal Times", "2025-11-18", "Engineer warns harbor wall could fail",
		"Marcus Oyelaran, the engineer who led the inspection for the Port Authority, disputed Dana Whitfield and insisted on Tuesday that the harbor wall is not safe.\n" +
			"“We found fractures that were not there a year ago,” Oyelaran said.\n" +
			"The hospital said that 19 people were injured when the old pier collapsed in Bellmoor."},
	{"harbor-3", "Coastal Times", "2025-11-19", "Mayor backs port chief",
		"Mayor Ruth Adeyemi said on Wednesday that she trusts Whitfield.\n" +
			"“The port is open and the town is safe,” Adeyemi said."},
}

func records(t *testing.T) []analysis.Record {
	t.Helper()
	a := analysis.New()
	var out []analysis.Record
	for _, x := range articles {
		d, err := document.New([]byte(x.text), document.Meta{ID: x.id, Outlet: x.outlet, Published: x.published, Title: x.title})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a.Analyze(d))
	}
	return out
}

// Run runs the whole suite against stores made by open, each empty.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	recs := records(t)
	t.Run("Lists", func(t *testing.T) { runLists(t, open) })

	t.Run("PutIsIdempotent", func(t *testing.T) {
		s := open(t)
		n, err := s.Put(ctx, recs[:2], []string{"a", "b"})
		if err != nil || n != 2 {
			t.Fatalf("Put = %d, %v; want 2", n, err)
		}
		n, err = s.Put(ctx, recs, nil)
		if err != nil || n != 1 {
			t.Fatalf("second Put = %d, %v; want 1 new of 3", n, err)
		}
		n, err = s.Put(ctx, recs, nil)
		if err != nil || n != 0 {
			t.Fatalf("third Put = %d, %v; want 0", n, err)
		}
		if ok, err := s.Has(ctx, "harbor-2"); !ok || err != nil {
			t.Fatalf("Has(harbor-2) = %v, %v", ok, err)
		}
		st, err := s.Stats(ctx)
		if err != nil || st.Documents != 3 {
			t.Fatalf("Stats = %+v, %v", st, err)
		}
	})

	t.Run("FetchesKeepTheLatestAndTheirDocument", func(t *testing.T) {
		s := open(t)
		at := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
		if _, ok, err := s.Fetched(ctx, "https://a.example/feed"); ok || err != nil {
			t.Fatalf("Fetched on an empty store = %v, %v", ok, err)
		}
		first := []fetch.Record{
			{URL: "https://a.example/feed", FinalURL: "https://a.example/feed", Kind: fetch.KindFeed, Status: 200, FetchedAt: at, ETag: `"1"`},
			{URL: "https://a.example/p?id=1", FinalURL: "https://a.example/p/1", Kind: fetch.KindPage, Status: 200, FetchedAt: at, LastModified: "Fri, 04 Dec 2026 08:00:00 GMT", DocID: "harbor-1"},
		}
		if err := s.PutFetches(ctx, first); err != nil {
			t.Fatal(err)
		}
		// A 304 later: new time and status, the document stays.
		later := at.Add(time.Hour)
		if err := s.PutFetches(ctx, []fetch.Record{{URL: "https://a.example/p?id=1", FinalURL: "https://a.example/p/1", Kind: fetch.KindPage, Status: 304, FetchedAt: later}}); err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.Fetched(ctx, "https://a.example/p?id=1")
		if err != nil || !ok || got.Status != 304 || !got.FetchedAt.Equal(later) || got.DocID != "harbor-1" || got.FinalURL != "https://a.example/p/1" {
			t.Errorf("after a 304: %+v %v %v", got, ok, err)
		}
		feed, _, _ := s.Fetched(ctx, "https://a.example/feed")
		if feed.ETag != `"1"` || feed.Kind != fetch.KindFeed {
			t.Errorf("feed fetch %+v", feed)
		}
		byDoc, ok, err := s.DocumentFetch(ctx, "harbor-1")
		if err != nil || !ok || byDoc.URL != "https://a.example/p?id=1" {
			t.Errorf("DocumentFetch = %+v %v %v", byDoc, ok, err)
		}
	})

	t.Run("LettersJoinTheBodyTheyAbbreviate", func(t *testing.T) {
		// One article spells the body out beside its letters; another of
		// the same outlet gives only the letters; a third outlet's "VTB"
		// has no such article and stays apart.
		s := open(t)
		a := analysis.New()
		var rs []analysis.Record
		for _, x := range []struct{ id, outlet, text string }{
			{"vta-1", "Velkor Wire", "The Harbrix Velkor Traders Association (HVTA) said prices would rise on Monday.\n\nHVTA said demand was strong."},
			{"vta-2", "Velkor Wire", "HVTA said the harvest was late this year."},
			{"vta-3", "Dorbury Post", "VTB said the harvest was early this year."},
		} {
			d, err := document.New([]byte(x.text), document.Meta{ID: x.id, Outlet: x.outlet, Published: "2025-11-20"})
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, a.Analyze(d))
		}
		if _, err := s.Put(ctx, rs, nil); err != nil {
			t.Fatal(err)
		}
		if err := s.ResolveSpeakers(ctx); err != nil {
			t.Fatal(err)
		}
		sp, err := s.Speakers(ctx, 20)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, r := range sp {
			got[r.Name] = r.Quotes
		}
		if got["Harbrix Velkor Traders Association"] != 3 || got["HVTA"] != 0 || got["VTB"] != 1 {
			t.Errorf("speakers after joining letters: %v", got)
		}
	})

	t.Run("ATemplateReprintedManyTimesIsOneStory", func(t *testing.T) {
		// One wire template filled in again and again: every copy joins the
		// one story, though the band buckets stop growing (bandCap).
		s := open(t)
		a := analysis.New()
		var rs []analysis.Record
		const copies = 120
		for i := range copies {
			text := fmt.Sprintf("Port Authority chief Dana Whitfield said on Monday that the harbor wall in Bellmoor is safe after inspection number %d. "+
				"The council will meet on Thursday to decide whether the quay stays open to fishing boats and to the ferry that crosses to the "+
				"islands twice a day, a spokesman said, and the harbour guild asked for moorings at the old quay until the wall is done.", i)
			d, err := document.New([]byte(text), document.Meta{ID: fmt.Sprintf("wire-%03d", i), Outlet: "Harbor Wire", Published: "2025-11-18"})
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, a.Analyze(d))
		}
		if _, err := s.Put(ctx, rs, nil); err != nil {
			t.Fatal(err)
		}
		got, err := s.Reprints(ctx, "wire-077")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != copies-1 {
			t.Errorf("wire-077 has %d reprints, want %d", len(got), copies-1)
		}
	})

	t.Run("FramingCountsReportingVerbs", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		all, err := s.Framing(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range all {
			got[c.Outlet+"/"+c.Lemma] += c.Quotes
		}
		if got["Coastal Times/insist"] != 1 || got["Bellmoor Courier/tell"] != 1 {
			t.Errorf("framing counts %v: want Oyelaran's 'insisted' in the Coastal Times, Whitfield's 'told' in the Courier", got)
		}
		one, err := s.Framing(ctx, "Dana Whitfield")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range one {
			if c.Outlet != "Bellmoor Courier" || c.Lemma == "insist" {
				t.Errorf("Whitfield's reports hold %+v", c)
			}
		}
		if len(one) == 0 {
			t.Error("no reports of Whitfield's words")
		}
		if _, err := s.Framing(ctx, "Nobody Ever Quoted"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("framing of an unknown speaker: %v, want ErrNotFound", err)
		}
	})

	t.Run("ReprintsAreOneReport", func(t *testing.T) {
		// A report and its reprint in another outlet, each with the same
		// two sources at odds; an article written apart on the same days.
		report := "Port Authority chief Dana Whitfield said on Monday that the harbor wall is safe.\n\n" +
			"“The wall has passed every test,” Whitfield told reporters in Bellmoor after the inspection ended.\n\n" +
			"Marcus Oyelaran, the engineer who led the inspection, said that the harbor wall is not safe.\n\n" +
			"The council will meet on Thursday to decide whether the quay stays open to fishing boats and to the ferry " +
			"that crosses to the islands twice a day, a spokesman said."
		s := open(t)
		a := analysis.New()
		var rs []analysis.Record
		for _, x := range []struct{ id, outlet, published, text string }{
			{"wall-b", "Coastal Times", "2025-11-18", "BELLMOOR (Coastal Times) - " + report + "\n\nReporting by the Coastal Times desk."},
			{"wall-a", "Bellmoor Courier", "2025-11-17", report},
			{"wall-c", "Dorbury Post", "2025-11-18", "The ferry that crosses from Bellmoor to the islands was cancelled on Tuesday because of a storm, " +
				"and the Port Authority said the quay would stay shut until the weekend while divers look at the pier. Shops on the " +
				"seafront said they had lost a week of trade. Dana Whitfield said the divers had found nothing to worry about."},
		} {
			d, err := document.New([]byte(x.text), document.Meta{ID: x.id, Outlet: x.outlet, Published: x.published})
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, a.Analyze(d))
		}
		if _, err := s.Put(ctx, rs, nil); err != nil {
			t.Fatal(err)
		}
		for id, want := range map[string]string{"wall-a": "wall-b", "wall-b": "wall-a", "wall-c": ""} {
			got, err := s.Reprints(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(strings.Fields(want)) || want != "" && got[0].DocID != want {
				t.Errorf("reprints of %s = %+v, want %q", id, got, want)
			}
		}
		pairs, err := s.ContradictionPairs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		within := 0
		for _, p := range pairs {
			if p.A.Doc != p.B.Doc {
				t.Errorf("%s: a report set against its own reprint", p.Key())
			}
			within++
		}
		if within < 2 {
			t.Fatalf("want Whitfield against Oyelaran inside each copy, got %+v", pairs)
		}
		rows, err := s.Contradictions(ctx, "", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0].Reports != 2 || len(rows[0].AlsoA) != 1 || len(rows[0].AlsoB) != 1 || rows[0].AlsoA[0].DocID == rows[0].A.DocID {
			t.Errorf("want one contradiction reported by both copies, got %+v", rows)
		}
		// A list as long as its rows still folds the reprints read after it
		// filled.
		one, err := s.Contradictions(ctx, "", 1)
		if err != nil || len(one) != 1 || one[0].Reports != 2 {
			t.Errorf("limit 1: %+v, %v", one, err)
		}
	})

	t.Run("CheckCandidatesRankAndCarryTheirSentence", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		cands, err := s.CheckCandidates(ctx, store.CheckQuery{Words: []string{"harbor", "wall", "safe"}})
		if err != nil {
			t.Fatal(err)
		}
		speakers := map[string]bool{}
		for _, c := range cands {
			speakers[c.Speaker] = true
			if c.Sentence == "" || !strings.Contains(c.Sentence, strings.SplitN(c.Text, " … ", 2)[0]) {
				t.Errorf("candidate %s:%s: sentence %q does not hold its quote %q", c.DocID, c.QuoteID, c.Sentence, c.Text)
			}
		}
		if !speakers["Dana Whitfield"] || !speakers["Marcus Oyelaran"] {
			t.Errorf("candidates' speakers %v, want Whitfield and Oyelaran", speakers)
		}
		// Filters apply; a word nothing holds gives nothing; so do no words.
		only, err := s.CheckCandidates(ctx, store.CheckQuery{Words: []string{"harbor", "wall"}, QuoteFilter: store.QuoteFilter{Outlet: "Bellmoor Courier"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(only) == 0 {
			t.Error("the outlet filter kept nothing of Bellmoor Courier's quotes")
		}
		for _, c := range only {
			if c.Outlet != "Bellmoor Courier" {
				t.Errorf("outlet filter let through %+v", c)
			}
		}
		// A filter ranks within itself: with room for one document, the
		// best-matching one of the filter's outlet is read, whatever
		// ranks above it elsewhere.
		for _, outlet := range []string{"Bellmoor Courier", "Coastal Times"} {
			one, err := s.CheckCandidates(ctx, store.CheckQuery{Words: []string{"harbor", "wall", "safe"}, Documents: 1, QuoteFilter: store.QuoteFilter{Outlet: outlet}})
			if err != nil || len(one) == 0 || one[0].Outlet != outlet {
				t.Errorf("one document of %s: %+v, %v", outlet, one, err)
			}
		}
		// Ranked: the best document's quotes come first, ranks never go down.
		for i := 1; i < len(cands); i++ {
			if cands[i].DocRank < cands[i-1].DocRank {
				t.Errorf("candidate %d has rank %d after rank %d", i, cands[i].DocRank, cands[i-1].DocRank)
			}
		}
		if len(cands) > 0 && cands[0].DocRank != 0 {
			t.Errorf("first candidate's rank %d, want 0", cands[0].DocRank)
		}
		for _, words := range [][]string{{"zyxwv"}, nil, {`"`, "'", "&|!"}} {
			if got, err := s.CheckCandidates(ctx, store.CheckQuery{Words: words}); err != nil || len(got) != 0 {
				t.Errorf("words %q: %d candidates, %v", words, len(got), err)
			}
		}
	})

	t.Run("Queries", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		sp, err := s.Speakers(ctx, 10)
		if err != nil || len(sp) == 0 {
			t.Fatalf("Speakers = %v, %v", sp, err)
		}
		names := map[string]store.SpeakerRow{}
		for _, r := range sp {
			names[r.Name] = r
		}
		if names["Dana Whitfield"].Quotes < 2 || names["Marcus Oyelaran"].Quotes < 2 {
			t.Errorf("speaker counts: %+v", sp)
		}
		det, err := s.Speaker(ctx, "whitfield")
		if err != nil {
			t.Fatalf("Speaker(whitfield): %v", err)
		}
		if det.Name != "Dana Whitfield" || len(det.Recent) < 2 || len(det.Roles) == 0 || len(det.Contradictions) == 0 {
			t.Errorf("Speaker detail: %+v", det)
		}
		if _, err := s.Speaker(ctx, "Nobody Here"); err != store.ErrNotFound {
			t.Errorf("unknown speaker: %v", err)
		}
		qs, err := s.Quotes(ctx, store.QuoteFilter{Speaker: "Marcus Oyelaran"})
		if err != nil || len(qs) < 2 {
			t.Fatalf("Quotes by speaker = %d, %v", len(qs), err)
		}
		for _, q := range qs {
			if q.Speaker != "Marcus Oyelaran" || q.Outlet != "Coastal Times" || q.Published != "2025-11-18" {
				t.Errorf("quote row %+v", q)
			}
		}
		qs, _ = s.Quotes(ctx, store.QuoteFilter{Since: "2025-11-18", Until: "2025-11-18"})
		for _, q := range qs {
			if q.Published != "2025-11-18" {
				t.Errorf("date filter let through %+v", q)
			}
		}
		qs, _ = s.Quotes(ctx, store.QuoteFilter{Outlet: "bellmoor courier"})
		if len(qs) == 0 {
			t.Error("outlet filter found nothing")
		}
		qs, _ = s.Quotes(ctx, store.QuoteFilter{Topic: "wall safe"})
		if len(qs) < 2 {
			t.Errorf("topic filter: %+v", qs)
		}
		if qs, _ := s.Quotes(ctx, store.QuoteFilter{Topic: "Bellmoor"}); len(qs) == 0 {
			t.Error("an entity name as topic found nothing")
		}
		tc, err := s.TopicClaims(ctx, "wall safe", 50)
		if err != nil {
			t.Fatalf("TopicClaims: %v", err)
		}
		pol := map[string]bool{}
		for _, c := range tc {
			pol[c.Polarity] = true
		}
		if !pol["affirm"] || !pol["deny"] {
			t.Errorf("topic claims for and against: %+v", tc)
		}
		cs, err := s.Contradictions(ctx, "wall", 10)
		if err != nil || len(cs) == 0 {
			t.Fatalf("Contradictions = %v, %v", cs, err)
		}
		c := cs[0]
		if c.A.DocID == c.B.DocID || c.A.Speaker == c.B.Speaker {
			t.Errorf("want a contradiction across documents and speakers: %+v", c)
		}
		titles := map[string]string{}
		for _, a := range articles {
			titles[a.id] = a.title
		}
		for _, side := range []store.ClaimSide{c.A, c.B} {
			// Each side names its article and stands in its whole sentence,
			// which holds the quote and the speaker's name besides.
			if side.Title != titles[side.DocID] || side.Outlet == "" || side.Published == "" {
				t.Errorf("side's article: %+v", side.Article)
			}
			last := side.Speaker[strings.LastIndex(side.Speaker, " ")+1:]
			if !strings.Contains(side.Sentence, side.Quote) || !strings.Contains(side.Sentence, last) || strings.Contains(side.Sentence, "\n") {
				t.Errorf("side's sentence %q: want the one sentence holding %q and %q", side.Sentence, side.Quote, last)
			}
		}
		dr, err := s.Drift(ctx, 10)
		if err != nil || len(dr) == 0 {
			t.Fatalf("Drift = %v, %v", dr, err)
		}
		if len(dr[0].Reports) < 2 || dr[0].Reports[0].Value == dr[0].Reports[1].Value {
			t.Errorf("drift rows: %+v", dr)
		}
		hits, err := s.Search(ctx, "fractures inspection", 5)
		if err != nil || len(hits) != 1 || hits[0].DocID != "harbor-2" {
			t.Fatalf("Search = %+v, %v", hits, err)
		}
		if !strings.Contains(hits[0].Snippet, "fractures") && !strings.Contains(hits[0].Snippet, "inspection") {
			t.Errorf("snippet %q", hits[0].Snippet)
		}
		if hits, err := s.Search(ctx, `"unbalanced AND (`, 5); err != nil || len(hits) != 0 {
			t.Errorf("operator text must be safe: %v, %v", hits, err)
		}
		doc, err := s.Document(ctx, "harbor-2")
		if err != nil || doc.Document.Text != recs[1].Document.Text || len(doc.Quotes) != len(recs[1].Quotes) {
			t.Errorf("Document(harbor-2) = %v, %v", doc, err)
		}
		if _, err := s.Document(ctx, "nope"); err != store.ErrNotFound {
			t.Errorf("missing document: %v", err)
		}
		n := 0
		if err := s.Export(ctx, func([]byte) error { n++; return nil }); err != nil || n != 3 {
			t.Errorf("Export = %d, %v", n, err)
		}
	})

	t.Run("EveryListedSpeakerOpens", func(t *testing.T) {
		s := open(t)
		d, err := document.New([]byte("Brintle Marine Corp said on Monday that it would rebuild the quay.\n“Work starts in May,” Sir Aled Vance of Brintle Marine Corp said."),
			document.Meta{ID: "quay-firm", Outlet: "Kelvar Post", Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Put(ctx, append(append([]analysis.Record(nil), recs...), analysis.New().Analyze(d)), nil); err != nil {
			t.Fatal(err)
		}
		sp, err := s.Speakers(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		bodies := 0
		for _, r := range sp {
			if r.Type == "ORG" {
				bodies++
			}
			if _, err := s.Speaker(ctx, r.Name); err != nil {
				t.Errorf("Speakers lists %q (%s), and Speaker(%q) = %v", r.Name, r.Type, r.Name, err)
			}
		}
		if bodies == 0 {
			t.Fatalf("no company among the speakers %+v; the test needs one", sp)
		}
	})

	t.Run("RelinkDoesNotDependOnOrder", func(t *testing.T) {
		forward, backward := open(t), open(t)
		for i := range recs {
			if _, err := forward.Put(ctx, recs[i:i+1], nil); err != nil {
				t.Fatal(err)
			}
			j := len(recs) - 1 - i
			if _, err := backward.Put(ctx, recs[j:j+1], nil); err != nil {
				t.Fatal(err)
			}
		}
		a, err := forward.Relink(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, err := backward.Relink(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a != b || a == 0 {
			t.Errorf("relinked contradictions: %d in one order, %d in the other", a, b)
		}
		ca, _ := forward.Contradictions(ctx, "", 100)
		cb, _ := backward.Contradictions(ctx, "", 100)
		key := func(rows []store.ContradictionRow) map[string]bool {
			m := map[string]bool{}
			for _, r := range rows {
				m[r.A.DocID+"/"+r.A.Quote+"|"+r.B.DocID+"/"+r.B.Quote] = true
				m[r.B.DocID+"/"+r.B.Quote+"|"+r.A.DocID+"/"+r.A.Quote] = true
			}
			return m
		}
		ka, kb := key(ca), key(cb)
		for k := range ka {
			if !kb[k] {
				t.Errorf("pair %s only in one store", k)
			}
		}
	})

	t.Run("SpeakerCountsFollowEveryWrite", func(t *testing.T) {
		s := open(t)
		// Each person's page shows counts kept as documents come and go;
		// they must equal a count of the quotes themselves.
		check := func(step string) {
			t.Helper()
			for _, name := range []string{"Dana Whitfield", "Marcus Oyelaran"} {
				det, err := s.Speaker(ctx, name)
				if err != nil {
					t.Fatalf("%s: Speaker(%s): %v", step, name, err)
				}
				qs, err := s.Quotes(ctx, store.QuoteFilter{Speaker: name, Limit: 1000})
				if err != nil {
					t.Fatal(err)
				}
				docs := map[string]bool{}
				first, last := "", ""
				for i, q := range qs {
					docs[q.DocID] = true
					if i == 0 || q.Published < first {
						first = q.Published
					}
					if q.Published > last {
						last = q.Published
					}
				}
				if det.Quotes != len(qs) || det.Documents != len(docs) || det.First != first || det.Last != last {
					t.Errorf("%s: %s counted %d quotes in %d documents, %s to %s; the quotes say %d in %d, %s to %s",
						step, name, det.Quotes, det.Documents, det.First, det.Last, len(qs), len(docs), first, last)
				}
			}
		}
		if _, err := s.Put(ctx, recs[:len(recs)-1], nil); err != nil {
			t.Fatal(err)
		}
		check("put")
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		check("put again")
		if err := s.Replace(ctx, recs[:1]); err != nil {
			t.Fatal(err)
		}
		check("replace")
		if _, err := s.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		check("relink")
	})

	t.Run("UnnamedSourcesAreNotSpeakers", func(t *testing.T) {
		a := analysis.New()
		rec := func(id, text string) analysis.Record {
			d, err := document.New([]byte(text), document.Meta{ID: id, Published: "2025-11-18", Outlet: "Harbor Gazette"})
			if err != nil {
				t.Fatal(err)
			}
			return a.Analyze(d)
		}
		s := open(t)
		docs := []analysis.Record{
			rec("one", "A Treasury spokesman said the harbor contract was rigged. Prosecutors said the trial would open soon."),
			rec("two", "The trial opened, and prosecutors said the harbor contract was rigged. Dana Whitfield said the wall was safe."),
		}
		if _, err := s.Put(ctx, docs, nil); err != nil {
			t.Fatal(err)
		}
		sp, err := s.Speakers(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(sp) != 1 || sp[0].Name != "Dana Whitfield" {
			t.Errorf("speakers %+v, want Dana Whitfield alone: unnamed sources are no speakers", sp)
		}
		src, err := s.Sourcing(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(src) != 2 || src[0].Quotes != 4 || src[0].Named != 1 || src[0].Unnamed != 3 || src[1].Outlet != "Harbor Gazette" || src[1].Documents != 2 {
			t.Errorf("sourcing %+v, want 4 quotes in 2 documents of one outlet: 1 named, 3 unnamed", src)
		}
		un, err := s.UnnamedSources(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]UnnamedWant{"prosecutors": {2, 2, ""}, "a treasury spokesman": {1, 1, "Treasury"}}
		if len(un) != len(want) {
			t.Fatalf("unnamed sources %+v, want %v", un, want)
		}
		for _, u := range un {
			if w, ok := want[u.Description]; !ok || u.Quotes != w.quotes || u.Documents != w.docs || u.Body != w.body {
				t.Errorf("unnamed source %+v, want %+v", u, w)
			}
		}
	})

	t.Run("StatsCountEveryTableAfterEachWrite", func(t *testing.T) {
		s := open(t)
		counted, ok := s.(interface {
			CountedRows(context.Context) (map[string]int, error)
		})
		if !ok {
			t.Fatalf("%T cannot count its rows", s)
		}
		check := func(step string) store.Stats {
			t.Helper()
			st, err := s.Stats(ctx)
			if err != nil {
				t.Fatalf("%s: Stats: %v", step, err)
			}
			n, err := counted.CountedRows(ctx)
			if err != nil {
				t.Fatalf("%s: %v", step, err)
			}
			got := map[string]int{"documents": st.Documents, "quotes": st.Quotes, "speakers": st.Speakers,
				"claims": st.Claims, "contradictions": st.Contradictions, "quantities": st.Quantities}
			for _, tbl := range store.CountedTables {
				if got[tbl] != n[tbl] {
					t.Errorf("%s: Stats says %d %s, the table holds %d", step, got[tbl], tbl, n[tbl])
				}
			}
			return st
		}
		if st := check("empty"); st.Documents != 0 || st.Quotes != 0 {
			t.Fatalf("empty store: %+v", st)
		}
		if _, err := s.Put(ctx, recs[:2], nil); err != nil {
			t.Fatal(err)
		}
		check("two articles")
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		full := check("three articles")
		// Each kind of row is there to be counted, and to be deleted below.
		if full.Quotes == 0 || full.Speakers == 0 || full.Claims == 0 || full.Contradictions == 0 || full.Quantities == 0 {
			t.Fatalf("the articles fill too little to test: %+v", full)
		}
		// A changed text replaces every row of the document.
		x := articles[1]
		d, err := document.New([]byte(strings.Replace(x.text, "19 people", "21 people and 3 dogs", 1)), document.Meta{ID: x.id, Outlet: x.outlet, Published: x.published, Title: x.title})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Replace(ctx, []analysis.Record{analysis.New().Analyze(d)}); err != nil {
			t.Fatal(err)
		}
		check("after a replace")
		if _, err := s.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		check("after relink")
		if err := s.ResolveSpeakers(ctx); err != nil {
			t.Fatal(err)
		}
		check("after joining speakers")
	})

	t.Run("ReplaceIsAtomicAndKeepsCounts", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, recs, nil); err != nil {
			t.Fatal(err)
		}
		before, _ := s.Stats(ctx)
		if err := s.Replace(ctx, recs); err != nil {
			t.Fatal(err)
		}
		after, _ := s.Stats(ctx)
		before.Bytes, after.Bytes = 0, 0
		if before.Documents != after.Documents || before.Quotes != after.Quotes || before.Claims != after.Claims || before.Contradictions != after.Contradictions {
			t.Errorf("stats changed by reanalysis: %+v -> %+v", before, after)
		}
		hits, _ := s.Search(ctx, "fractures", 5)
		if len(hits) != 1 {
			t.Errorf("search index after replace: %+v", hits)
		}
	})
}

// UnnamedWant is what the suite expects of one unnamed source row.
type UnnamedWant struct {
	quotes, docs int
	body         string
}
