package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// Window limits of every list, on pages and in the API.
const (
	defaultLimit = 50
	maxLimit     = 200
	// maxDownload bounds the rows of one download (format=csv or json).
	maxDownload = 10000
)

// download reports a request for a file (format=csv or json) rather
// than a page of the API.
func (p *params) download() bool { f := p.q.Get("format"); return f == "csv" || f == "json" }

// params reads a list's query parameters; the first bad one is kept as
// the problem to answer with 400.
type params struct {
	q       url.Values
	problem string
}

func newParams(r *http.Request) *params { return &params{q: r.URL.Query()} }

func (p *params) str(name string) string { return strings.TrimSpace(p.q.Get(name)) }

// date reads a YYYY-MM-DD (or a date document.NormalizeDate reads).
func (p *params) date(name string) string {
	d, err := document.NormalizeDate(p.q.Get(name))
	if err != nil && p.problem == "" {
		p.problem = fmt.Sprintf("%s: %v", name, err)
	}
	return d
}

// number reads a decimal of at least 0.
func (p *params) number(name string) float64 {
	v := p.str(name)
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if (err != nil || f < 0 || f != f) && p.problem == "" {
		p.problem = fmt.Sprintf("%s must be a number of at least 0, not %q", name, v)
		return 0
	}
	return f
}

// window reads offset and limit (checkWindow has refused bad ones).
func (p *params) window() store.Window {
	w := store.Window{Limit: defaultLimit}
	most := maxLimit
	if p.download() {
		most = maxDownload
	}
	if n, err := strconv.Atoi(p.q.Get("limit")); err == nil && n > 0 {
		w.Limit = min(n, most)
	}
	if n, err := strconv.Atoi(p.q.Get("offset")); err == nil && n > 0 {
		w.Offset = n
	}
	return w
}

// listPage is the envelope of every API list.
type listPage struct {
	Total int `json:"total"`
	// AtLeast says the store stopped counting: Total rows or more.
	AtLeast    bool `json:"at_least,omitempty"`
	Items      any  `json:"items"`
	Offset     int  `json:"offset"`
	Limit      int  `json:"limit"`
	NextOffset *int `json:"next_offset"`
}

func envelope[T any](p store.Page[T], w store.Window) listPage {
	out := listPage{Total: p.Total, AtLeast: p.AtLeast, Items: p.Items, Offset: w.Offset, Limit: w.Limit}
	if p.Items == nil {
		out.Items = []T{}
	}
	if next := w.Offset + w.Limit; next < p.Total {
		out.NextOffset = &next
	}
	return out
}

// pageOf slices a list the store made whole (drift) into a window.
func pageOf[T any](rows []T, w store.Window) store.Page[T] {
	lo := min(w.Offset, len(rows))
	hi := min(len(rows), lo+w.Limit)
	return store.Page[T]{Total: len(rows), Items: rows[lo:hi]}
}

// Pager is the navigation of a list page: where this page stands in the
// whole list and links to its neighbours, keeping every other parameter.
type Pager struct {
	Total, From, To int
	// AtLeast is set when the total is a lower bound.
	AtLeast bool
	// Past is set when the page starts after the last row.
	Past       bool
	Prev, Next string
	// JSON and CSV download the whole page's list from the API.
	JSON, CSV string
}

func pager(r *http.Request, total int, w store.Window, api string) Pager {
	p := Pager{Total: total, From: min(total, w.Offset+1), To: min(total, w.Offset+w.Limit)}
	link := func(off int) string {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(off))
		return r.URL.Path + "?" + q.Encode()
	}
	if w.Offset >= total && total > 0 {
		// Past the end: no rows here; "previous" opens the last page.
		p.From, p.To, p.Past = 0, 0, true
		p.Prev = link((total - 1) / w.Limit * w.Limit)
	} else if w.Offset > 0 {
		p.Prev = link(max(0, w.Offset-w.Limit))
	}
	if w.Offset+w.Limit < total {
		p.Next = link(w.Offset + w.Limit)
	}
	if api != "" {
		// A download holds the whole list, up to maxDownload rows.
		q := r.URL.Query()
		q.Del("offset")
		q.Set("limit", strconv.Itoa(max(1, min(total, maxDownload))))
		p.JSON, p.CSV = downloads(api, q)
	}
	return p
}

// downloads are the JSON and CSV links of an API list or check with the
// parameters q.
func downloads(api string, q url.Values) (jsonURL, csvURL string) {
	q.Set("format", "json")
	jsonURL = api + "?" + q.Encode()
	q.Set("format", "csv")
	return jsonURL, api + "?" + q.Encode()
}

// serveList answers an API list: 400 for a bad parameter, the page in
// its envelope, or (format=csv) the rows as the CLI writes them.
func serveList[T any](s *Server, w http.ResponseWriter, r *http.Request, p *params, win store.Window, fetch func() (store.Page[T], error), table func([]T) report.Table) {
	if p.problem != "" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", p.problem)
		return
	}
	format := p.q.Get("format")
	if format != "" && format != "json" && format != "csv" {
		s.fail(w, r, http.StatusBadRequest, "bad_request", fmt.Sprintf("format must be json or csv, not %q", format))
		return
	}
	pg, err := fetch()
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+strings.TrimPrefix(strings.ReplaceAll(r.URL.Path, "/", "-"), "-")+`.csv"`)
		if err := table(pg.Items).Write(w, "csv"); err != nil && s.log != nil {
			s.log.Error("csv", "path", r.URL.Path, "err", err)
		}
		return
	}
	writeJSON(w, http.StatusOK, envelope(pg, win))
}

func speakerFilter(p *params) store.SpeakerFilter {
	return store.SpeakerFilter{Name: p.str("q"), Type: p.str("type"), Outlet: p.str("outlet"), Since: p.date("since"), Until: p.date("until"), Sort: p.str("sort"), Window: p.window()}
}

func articleFilter(p *params) store.ArticleFilter {
	return store.ArticleFilter{Outlet: p.str("outlet"), Since: p.date("since"), Until: p.date("until"), Text: p.str("q"), Sort: p.str("sort"), Window: p.window()}
}

func quoteFilter(p *params) (store.QuoteFilter, store.Window) {
	return store.QuoteFilter{Speaker: p.str("speaker"), Topic: p.str("topic"), Outlet: p.str("outlet"), Since: p.date("since"), Until: p.date("until")}, p.window()
}

func contradictionFilter(p *params) store.ContradictionFilter {
	return store.ContradictionFilter{Topic: p.str("topic"), Speaker: p.str("speaker"), Outlet: p.str("outlet"), Since: p.date("since"), Until: p.date("until"),
		MinConfidence: p.number("min_confidence"), Sort: p.str("sort"), Window: p.window()}
}

func searchFilter(p *params) store.SearchFilter {
	return store.SearchFilter{Text: p.str("q"), Outlet: p.str("outlet"), Since: p.date("since"), Until: p.date("until"), Sort: p.str("sort"), Window: p.window()}
}
