package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/fetch"
)

// FetchState is what a web read needs of the store: what was fetched
// before (for conditional requests and to skip known items) and which
// documents are stored.
type FetchState interface {
	Fetched(ctx context.Context, url string) (fetch.Record, bool, error)
	Has(ctx context.Context, id string) (bool, error)
}

// Web reads URLs: an article page, an RSS/Atom feed (then each item's
// link) or a sitemap or sitemap index (then each page). What it fetched is
// kept as records for the caller to store once the documents are stored.
type Web struct {
	Client *fetch.Client
	State  FetchState // nil: every URL is new
	// Parallel is how many sources are read at once (default 4); requests
	// to one host still go one at a time.
	Parallel int

	mu      sync.Mutex
	records []fetch.Record
	seen    map[string]bool // pages fetched in this run, for feeds that share items
}

// Records returns what was fetched so far, for the store.
func (w *Web) Records() []fetch.Record {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]fetch.Record(nil), w.records...)
}

func (w *Web) keep(r fetch.Record) {
	w.mu.Lock()
	w.records = append(w.records, r)
	w.mu.Unlock()
}

// IsURL reports whether a command-line argument is a web address.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// maxSitemapDepth bounds a sitemap index of indexes.
const maxSitemapDepth = 3

// read fetches one source URL and emits its documents; false means stop.
func (w *Web) read(ctx context.Context, raw string, emit func(Item) bool) bool {
	_, ok := w.source(ctx, raw, document.Meta{}, 0, emit)
	return ok
}

// source fetches raw and emits what it holds. It reports whether any of
// it failed in a way a later run might not (so a feed's validators are
// kept only when all its items were read), and false to stop.
func (w *Web) source(ctx context.Context, raw string, fallback document.Meta, depth int, emit func(Item) bool) (transient, ok bool) {
	prev, known, err := w.fetched(ctx, raw)
	if err != nil {
		return true, emit(Item{Source: raw, Err: err})
	}
	var v fetch.Validators
	if known && (prev.Kind != fetch.KindPage || w.stored(ctx, prev.DocID)) {
		v = fetch.Validators{ETag: prev.ETag, LastModified: prev.LastModified}
	}
	res, err := w.Client.Get(ctx, raw, v)
	if err != nil {
		return fetch.Transient(err), emit(Item{Source: raw, Err: err})
	}
	rec := fetch.Record{URL: raw, FinalURL: res.FinalURL, Status: res.Status, FetchedAt: res.FetchedAt,
		ETag: res.ETag, LastModified: res.LastModified}
	if res.NotModified {
		rec.Kind, rec.DocID = prev.Kind, prev.DocID
		// Many servers send no validators with a 304: keep the old ones.
		if rec.ETag == "" {
			rec.ETag = prev.ETag
		}
		if rec.LastModified == "" {
			rec.LastModified = prev.LastModified
		}
		w.keep(rec)
		return false, emit(Item{Source: raw, Unchanged: true})
	}
	switch kind := sniff(res); kind {
	case fetch.KindFeed:
		rec.Kind = kind
		entries, err := ParseFeed(bytes.NewReader(res.Body))
		if err != nil {
			return false, emit(Item{Source: raw, Err: err})
		}
		transient, ok = w.items(ctx, raw, feedLinks(entries), depth, false, emit)
		// A run stopped part way (SIGTERM, emit said stop) has not read
		// every item: the feed must be read whole next time.
		transient = transient || !ok || ctx.Err() != nil
		if transient {
			rec.ETag, rec.LastModified = "", "" // read it whole next time
		}
		w.keep(rec)
		return transient, ok
	case fetch.KindSitemap:
		rec.Kind = kind
		sm, err := ParseSitemap(res.Body)
		if err != nil {
			return false, emit(Item{Source: raw, Err: err})
		}
		if sm.Index && depth >= maxSitemapDepth {
			return false, emit(Item{Source: raw, Err: fmt.Errorf("sitemap indexes nested more than %d deep", maxSitemapDepth)})
		}
		links := make([]link, len(sm.Entries))
		for i, e := range sm.Entries {
			links[i] = link{url: e.Loc, meta: e.Meta}
		}
		transient, ok = w.items(ctx, raw, links, depth, sm.Index, emit)
		transient = transient || !ok || ctx.Err() != nil
		if transient {
			rec.ETag, rec.LastModified = "", ""
		}
		w.keep(rec)
		return transient, ok
	default:
		rec.Kind = fetch.KindPage
		d, err := Page(res, fallback)
		if err != nil {
			return false, emit(Item{Source: raw, Err: err})
		}
		rec.DocID = d.ID
		w.keep(rec)
		return false, emit(Item{Source: raw, Doc: d})
	}
}

type link struct {
	url  string
	meta document.Meta
}

func feedLinks(entries []FeedEntry) []link {
	out := make([]link, 0, len(entries))
	for _, e := range entries {
		out = append(out, link{url: e.Link, meta: e.Meta})
	}
	return out
}

// items reads the pages (or, from an index, the sitemaps) a feed or sitemap
// lists, skipping those already stored.
func (w *Web) items(ctx context.Context, parent string, links []link, depth int, sitemaps bool, emit func(Item) bool) (transient, ok bool) {
	base, _ := url.Parse(parent)
	for i, l := range links {
		if ctx.Err() != nil {
			return true, false
		}
		u, err := base.Parse(strings.TrimSpace(l.url))
		if err != nil || l.url == "" || (u.Scheme != "http" && u.Scheme != "https") {
			if !emit(Item{Source: fmt.Sprintf("%s#item %d", parent, i+1), Err: fmt.Errorf("item has no usable link (%q)", l.url)}) {
				return transient, false
			}
			continue
		}
		u.Fragment = ""
		target := u.String()
		if sitemaps {
			t, ok := w.source(ctx, target, document.Meta{}, depth+1, emit)
			transient = transient || t
			if !ok {
				return transient, false
			}
			continue
		}
		if !w.firstTime(target) {
			if !emit(Item{Source: target, Unchanged: true}) {
				return transient, false
			}
			continue
		}
		if done, err := w.known(ctx, target); err != nil {
			transient = true
			if !emit(Item{Source: target, Err: err}) {
				return transient, false
			}
			continue
		} else if done {
			if !emit(Item{Source: target, Unchanged: true}) {
				return transient, false
			}
			continue
		}
		t, ok := w.source(ctx, target, l.meta, depth+1, emit)
		transient = transient || t
		if !ok {
			return transient, false
		}
	}
	return transient, true
}

// firstTime reports whether u is asked for the first time in this run
// (two feeds of one outlet often list the same article).
func (w *Web) firstTime(u string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if w.seen[u] {
		return false
	}
	w.seen[u] = true
	return true
}

// known reports whether the page at u is stored already, by its own URL or
// by the document an earlier fetch of it made (its canonical URL).
func (w *Web) known(ctx context.Context, u string) (bool, error) {
	if w.State == nil {
		return false, nil
	}
	if has, err := w.State.Has(ctx, u); err != nil || has {
		return has, err
	}
	prev, ok, err := w.State.Fetched(ctx, u)
	if err != nil || !ok || prev.DocID == "" {
		return false, err
	}
	return w.State.Has(ctx, prev.DocID)
}

func (w *Web) fetched(ctx context.Context, u string) (fetch.Record, bool, error) {
	if w.State == nil {
		return fetch.Record{}, false, nil
	}
	r, ok, err := w.State.Fetched(ctx, u)
	if err != nil {
		return r, ok, fmt.Errorf("reading the fetch state: %w", err)
	}
	return r, ok, nil
}

func (w *Web) stored(ctx context.Context, id string) bool {
	if w.State == nil || id == "" {
		return false
	}
	has, err := w.State.Has(ctx, id)
	return err == nil && has
}

// sniff decides what a fetched body is: the Content-Type when it says feed
// or HTML, else the body's first bytes.
func sniff(res *fetch.Response) string {
	mt, _, _ := mime.ParseMediaType(res.ContentType)
	head := bytes.TrimSpace(res.Body[:min(len(res.Body), 4096)])
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return fetch.KindPage // a page may hold "<feed" or "<urlset" in its markup
	case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/feed+json":
		return fetch.KindFeed
	case len(res.Body) > 2 && res.Body[0] == 0x1f && res.Body[1] == 0x8b:
		return fetch.KindSitemap // the only gzip we read from the web: sitemap.xml.gz
	case IsSitemap(head):
		return fetch.KindSitemap
	case bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:RDF")):
		return fetch.KindFeed
	case mt == "application/xml" || mt == "text/xml" || bytes.HasPrefix(head, []byte("<?xml")) && !LooksLikeHTML(head):
		return fetch.KindFeed // gofeed says what is wrong with it
	}
	return fetch.KindPage
}

// ErrNotArticle is a fetched body that is no page, feed or sitemap.
var ErrNotArticle = errors.New("not an HTML page, a text, an RSS/Atom feed or a sitemap")

// Page makes a document from a fetched page. Its URL is the page's
// canonical link when it gives one, else where the fetch ended; the feed's
// or sitemap's title, date and outlet fill what the page lacks.
func Page(res *fetch.Response, fallback document.Meta) (document.Document, error) {
	mt, _, _ := mime.ParseMediaType(res.ContentType)
	body := res.Body
	var meta document.Meta
	switch {
	case LooksLikeHTML(body) || mt == "text/html" || mt == "application/xhtml+xml":
		if document.IsBinary(body) {
			return document.Document{}, ErrNotArticle
		}
		text, m, err := ExtractHTML(body, res.ContentType, res.FinalURL)
		if err != nil {
			return document.Document{}, err
		}
		meta, body = m, []byte(text)
		if !canonical(meta.URL) {
			meta.URL = ""
		}
	case mt == "text/plain" || (mt == "" && !document.IsBinary(body)):
		body = DecodeText(body, res.ContentType)
	default:
		return document.Document{}, fmt.Errorf("%w (Content-Type %q)", ErrNotArticle, res.ContentType)
	}
	if meta.URL == "" {
		meta.URL = res.FinalURL
	}
	if _, err := document.NormalizeDate(fallback.Published); err != nil {
		fallback.Published = "" // a feed's bad date is no reason to lose the page
	}
	fallback.URL = ""
	meta = merge(meta, fallback)
	meta.ID = meta.URL
	return document.New(body, meta)
}

// canonical accepts a page's own idea of its URL only when it is an
// absolute web address.
func canonical(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// readAll reads source URLs, Parallel at a time, emitting one item at a
// time; it returns when all are read, emit says stop, or ctx ends.
func (w *Web) readAll(ctx context.Context, urls []string, emit func(Item) bool) {
	n := w.Parallel
	if n <= 0 {
		n = 4
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	serial := func(it Item) bool {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil {
			return false
		}
		if !emit(it) {
			cancel()
			return false
		}
		return true
	}
	next := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < min(n, len(urls)); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range next {
				if !w.read(ctx, u, serial) {
					cancel()
				}
			}
		}()
	}
feed:
	for _, u := range urls {
		select {
		case next <- u:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
}
