package report

import (
	"io"
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
	t := Table{Header: []string{"published", "speaker", "kind", "cue", "quote", "outlet", "doc", "quote_id", "title", "url"}, Value: rows,
		Whole: []string{"doc", "url"}, Blank: "-"}
	for _, q := range rows {
		t.Rows = append(t.Rows, []string{q.Published, q.Speaker, q.Kind, q.Cue, q.Text, q.Outlet, q.DocID, q.QuoteID, q.Title, q.URL})
	}
	return t
}

// ContradictionsTable lists contradictions, a row each, both sides whole
// with their sentences and articles; its text form is ContradictionsText.
func ContradictionsTable(rows []store.ContradictionRow) Table {
	t := Table{Header: []string{"topic", "rule", "confidence", "why",
		"speaker a", "says a", "sentence a", "doc a", "title a", "outlet a", "published a", "url a",
		"speaker b", "says b", "sentence b", "doc b", "title b", "outlet b", "published b", "url b", "reports"}, Value: rows,
		Whole: []string{"doc a", "doc b", "url a", "url b"},
		Text:  func(w io.Writer) error { return ContradictionsText(w, rows) }}
	for _, c := range rows {
		t.Rows = append(t.Rows, []string{orTopic(c.Label, c.Topic), c.Rule, strconv.FormatFloat(c.Confidence, 'f', 2, 64), c.Why,
			c.A.Speaker, c.A.Quote, c.A.Sentence, c.A.DocID, c.A.Title, c.A.Outlet, c.A.Published, c.A.URL,
			c.B.Speaker, c.B.Quote, c.B.Sentence, c.B.DocID, c.B.Title, c.B.Outlet, c.B.Published, c.B.URL, itoa(c.Reports)})
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

// DriftTable lists drifting figures, a row per report; its text form is
// DriftText.
func DriftTable(rows []store.DriftRow) Table {
	t := Table{Header: []string{"count", "spread", "figure", "value", "speaker", "sentence", "published", "outlet", "title", "doc", "url", "reprinted in"}, Value: rows,
		Whole: []string{"doc", "url"},
		Text:  func(w io.Writer) error { return DriftText(w, rows) }}
	for _, r := range rows {
		for _, x := range r.Reports {
			var ids []string
			for _, a := range x.Reprints {
				ids = append(ids, a.DocID)
			}
			t.Rows = append(t.Rows, []string{r.Label(), strconv.FormatFloat(r.Spread, 'f', 2, 64), x.Text, figure(x.Value),
				x.Speaker, x.Sentence, x.Published, x.Outlet, x.Title, x.DocID, x.URL, strings.Join(ids, " ")})
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
