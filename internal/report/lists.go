package report

import (
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/store"
)

// The tables of the browsable lists: what the CLI prints and what the
// UI's CSV downloads hold, row for row. Every row of a quote or a claim
// names its document, date and outlet.

// SpeakersTable lists speakers.
func SpeakersTable(rows []store.SpeakerRow) Table {
	t := Table{Header: []string{"speaker", "type", "quotes", "documents", "first", "last"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Type, itoa(r.Quotes), itoa(r.Documents), r.First, r.Last})
	}
	return t
}

// ArticlesTable lists articles.
func ArticlesTable(rows []store.ArticleRow) Table {
	t := Table{Header: []string{"doc_id", "published", "outlet", "title", "quotes", "claims", "url"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.DocID, r.Published, r.Outlet, r.Title, itoa(r.Quotes), itoa(r.Claims), r.URL})
	}
	return t
}

// OutletsTable lists outlets with their sourcing.
func OutletsTable(rows []store.OutletRow) Table {
	t := Table{Header: []string{"outlet", "documents", "quotes", "named", "unnamed", "none", "first", "last"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Outlet, itoa(r.Documents), itoa(r.Quotes), itoa(r.Named), itoa(r.Unnamed), itoa(r.None), r.First, r.Last})
	}
	return t
}

// TopicsTable lists the subjects of claims.
func TopicsTable(rows []store.TopicRow) Table {
	t := Table{Header: []string{"topic", "term", "claims", "for", "against", "documents", "speakers"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Label, r.Term, itoa(r.Claims), itoa(r.Affirm), itoa(r.Deny), itoa(r.Documents), itoa(r.Speakers)})
	}
	return t
}

// QuotesTable lists quotes.
func QuotesTable(rows []store.QuoteRow) Table {
	t := Table{Header: []string{"doc_id", "quote_id", "published", "outlet", "speaker", "kind", "cue", "quote", "title", "url"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.DocID, r.QuoteID, r.Published, r.Outlet, r.Speaker, r.Kind, r.Cue, r.Text, r.Title, r.URL})
	}
	return t
}

// ContradictionsTable lists contradictions, a row each, both sides whole.
func ContradictionsTable(rows []store.ContradictionRow) Table {
	t := Table{Header: []string{"topic", "rule", "confidence", "reports",
		"a_speaker", "a_polarity", "a_quote", "a_doc_id", "a_published", "a_outlet",
		"b_speaker", "b_polarity", "b_quote", "b_doc_id", "b_published", "b_outlet", "why"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{orTopic(r.Label, r.Topic), r.Rule, strconv.FormatFloat(r.Confidence, 'f', 2, 64), itoa(r.Reports),
			r.A.Speaker, r.A.Polarity, r.A.Quote, r.A.DocID, r.A.Published, r.A.Outlet,
			r.B.Speaker, r.B.Polarity, r.B.Quote, r.B.DocID, r.B.Published, r.B.Outlet, r.Why})
	}
	return t
}

// SearchTable lists search hits.
func SearchTable(rows []store.SearchHit) Table {
	t := Table{Header: []string{"doc_id", "published", "outlet", "title", "snippet"}, Value: rows}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.DocID, r.Published, r.Outlet, r.Title, oneLine(r.Snippet)})
	}
	return t
}

// DriftTable lists drifting figures, a row per report.
func DriftTable(rows []store.DriftRow) Table {
	t := Table{Header: []string{"count", "low", "high", "spread", "value", "speaker", "doc_id", "published", "outlet", "sentence"}, Value: rows}
	for _, r := range rows {
		for _, rep := range r.Reports {
			t.Rows = append(t.Rows, []string{r.Label(), figure(r.Low), figure(r.High), strconv.FormatFloat(r.Spread, 'f', 2, 64),
				figure(rep.Value), rep.Speaker, rep.DocID, rep.Published, rep.Outlet, oneLine(rep.Sentence)})
		}
	}
	return t
}

func itoa(n int) string { return strconv.Itoa(n) }

// OutletTable is one outlet's sourcing, speakers, unnamed sources and
// verbs, a section per row kind.
func OutletTable(d *store.OutletDetail) Table {
	t := Table{Header: []string{"section", "what", "here", "all outlets"}, Value: d}
	share := func(part, whole int) string {
		if whole == 0 {
			return "-"
		}
		return strconv.FormatFloat(float64(part)/float64(whole), 'f', 3, 64)
	}
	t.Rows = append(t.Rows, []string{"outlet", d.Outlet, itoa(d.Documents) + " articles, " + itoa(d.Quotes) + " quotes", d.First + " .. " + d.Last})
	for _, k := range []struct {
		name       string
		here, corp int
	}{{"named", d.Named, d.Corpus.Named}, {"unnamed", d.Unnamed, d.Corpus.Unnamed}, {"none", d.None, d.Corpus.None}} {
		t.Rows = append(t.Rows, []string{"sourcing", k.name, share(k.here, d.Quotes), share(k.corp, d.Corpus.Quotes)})
	}
	for _, sp := range d.Speakers {
		t.Rows = append(t.Rows, []string{"speaker", sp.Name, itoa(sp.Quotes) + " quotes", itoa(sp.Documents) + " articles"})
	}
	for _, u := range d.UnnamedSources {
		t.Rows = append(t.Rows, []string{"unnamed", strings.TrimSpace(u.Description + " " + u.Body), itoa(u.Quotes) + " quotes", itoa(u.Documents) + " articles"})
	}
	for _, v := range d.Verbs {
		lemma := v.Lemma
		if lemma == "" {
			lemma = "(no verb)"
		}
		t.Rows = append(t.Rows, []string{"verb", lemma, strconv.FormatFloat(v.Share, 'f', 3, 64), strconv.FormatFloat(v.OthersShare, 'f', 3, 64)})
	}
	return t
}
