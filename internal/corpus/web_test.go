package corpus

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// site is a local news site: articles under /a/, a robots.txt that
// disallows /private/, and whatever else a test adds. It records every
// request with its arrival time and conditional headers.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	log  []hit
	etag string // the feed's current version
}

type hit struct {
	path        string
	at          time.Time
	conditional bool
	status      int
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux(), etag: `"v1"`}
	s.mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	s.mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article(strings.TrimPrefix(r.URL.Path, "/a/"), s.URL+r.URL.Path))
	})
	s.mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, article("secret", s.URL+r.URL.Path))
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: 200}
		s.mux.ServeHTTP(sw, r)
		s.mu.Lock()
		s.log = append(s.log, hit{r.URL.Path, arrived, r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "", sw.status})
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

// article is an invented news page; its canonical link is where it lives.
func article(slug, canonical string) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>Quay %[1]s opens</title>
<link rel="canonical" href="%[2]s"><meta property="og:site_name" content="Eastmere Gazette"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Quay %[1]s opens</h1>
<p>Mira Halloway, the harbour master of Eastmere, said on Tuesday that quay %[1]s "will be open to every fishing boat by spring", after two years of delays and a budget that doubled.</p>
<p>"We have waited long enough," said Tobin Vask, who chairs the Eastmere boat owners' guild. He added that the guild's forty members had lost trade to the ports along the coast.</p>
<p>The council said the works cost 4.2 million crowns so far.</p></article></body></html>`, slug, canonical)
}

func (s *site) feed(items ...string) {
	s.mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		etag := s.etag
		list := append([]string(nil), items...)
		s.mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Eastmere Gazette</title><link>` + s.URL + `</link>`)
		for _, p := range list {
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s%s</link><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description>Teaser.</description></item>`, p, s.URL, p)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	})
}

func (s *site) hits(prefix string) (all, conditional, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, h := range s.log {
		if strings.HasPrefix(h.path, prefix) {
			all++
			if h.conditional {
				conditional++
			}
			if h.status == http.StatusNotModified {
				notModified++
			}
		}
	}
	return
}

func webStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// ingestWeb runs one ingest of urls and returns the report and the
// failures by source.
func ingestWeb(t *testing.T, st store.Store, client *fetch.Client, urls ...string) (Report, map[string]string) {
	t.Helper()
	failures := map[string]string{}
	var mu sync.Mutex
	web := &ingest.Web{Client: client, State: st}
	rep, err := Ingest(context.Background(), analysis.New(), st, urls, Options{Web: web, Failure: func(src string, err error) {
		mu.Lock()
		failures[src] = err.Error()
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	return rep, failures
}

// TestWebFeed: a feed linking to three pages, one disallowed by robots.txt,
// stores two and reports one; the second run sends a conditional request
// for the feed, gets a 304 and fetches no page.
func TestWebFeed(t *testing.T) {
	s := newSite(t)
	s.feed("/a/one", "/a/two", "/private/three")
	st := webStore(t)
	client := fetch.New(fetch.Options{MinDelay: time.Millisecond})
	rep, failures := ingestWeb(t, st, client, s.URL+"/feed.xml")
	if rep.Added != 2 || rep.Failed != 1 {
		t.Fatalf("first run %+v, failures %v: want 2 added, 1 failed", rep, failures)
	}
	if msg := failures[s.URL+"/private/three"]; !strings.Contains(msg, "robots.txt") {
		t.Errorf("the disallowed page is reported as %q", msg)
	}
	if n, _, _ := s.hits("/private/"); n != 0 {
		t.Errorf("the disallowed page was requested %d times", n)
	}
	rec, err := st.Document(context.Background(), s.URL+"/a/one")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Document.Outlet != "Eastmere Gazette" || rec.Document.Published != "2026-12-01" {
		t.Errorf("page kept outlet %q, date %q: want the feed's where the page lacks them", rec.Document.Outlet, rec.Document.Published)
	}
	f, ok, err := st.DocumentFetch(context.Background(), s.URL+"/a/one")
	if err != nil || !ok || f.Status != 200 || f.FinalURL != s.URL+"/a/one" || f.FetchedAt.IsZero() {
		t.Errorf("fetch metadata of a stored page: %+v %v %v", f, ok, err)
	}

	before, _, _ := s.hits("/a/")
	rep, failures = ingestWeb(t, st, client, s.URL+"/feed.xml")
	if rep.Added != 0 || rep.Failed != 0 {
		t.Errorf("second run %+v, failures %v: want nothing new", rep, failures)
	}
	if _, cond, notMod := s.hits("/feed.xml"); cond != 1 || notMod != 1 {
		t.Errorf("feed: %d conditional requests, %d answered 304; want 1 and 1", cond, notMod)
	}
	if after, _, _ := s.hits("/a/"); after != before {
		t.Errorf("the second run fetched %d pages", after-before)
	}
	// The 304 carried no ETag; the third run must still be conditional.
	ingestWeb(t, st, client, s.URL+"/feed.xml")
	if _, cond, notMod := s.hits("/feed.xml"); cond != 2 || notMod != 2 {
		t.Errorf("after a 304 without validators: %d conditional requests, %d answered 304; want 2 and 2", cond, notMod)
	}
}

// TestWebHaltMidFeed: a halt (watch's SIGTERM) while an item is being
// fetched leaves the feed without validators, so the next run reads it
// whole and stores the items the halted run did not.
func TestWebHaltMidFeed(t *testing.T) {
	s := newSite(t)
	started := make(chan struct{})
	var once sync.Once
	s.mux.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { close(started) })
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
			return
		}
		fmt.Fprint(w, article("slow", s.URL+r.URL.Path))
	})
	s.feed("/slow/one", "/a/two")
	st := webStore(t)
	client := fetch.New(fetch.Options{MinDelay: time.Millisecond})
	halt := make(chan struct{})
	go func() { <-started; close(halt) }()
	var failures []string
	rep, err := Ingest(context.Background(), analysis.New(), st, []string{s.URL + "/feed.xml"},
		Options{Web: &ingest.Web{Client: client, State: st}, Halt: halt, Failure: func(src string, err error) { failures = append(failures, src+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 0 {
		t.Errorf("a halted run reported failures: %v", failures)
	}
	if f, ok, _ := st.Fetched(context.Background(), s.URL+"/feed.xml"); ok && (f.ETag != "" || f.LastModified != "") {
		t.Errorf("halted mid-feed, the feed kept its validators %+v: the next run would get a 304 and never store the items", f)
	}
	rep, _ = ingestWeb(t, st, client, s.URL+"/feed.xml")
	if rep.Added != 2 {
		t.Errorf("the run after a halt added %d, want both items: %+v", rep.Added, rep)
	}
}

// TestWebOutcomes: every kind of trouble is reported against its URL and
// the run goes on; one host never sees two requests closer than the delay.
func TestWebOutcomes(t *testing.T) {
	s := newSite(t)
	var busy int
	s.mux.HandleFunc("/r1", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/r2", http.StatusFound) })
	s.mux.HandleFunc("/r2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/a/redirected", http.StatusMovedPermanently)
	})
	s.mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		busy++
		first := busy == 1
		s.mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, article("busy", s.URL+"/busy"))
	})
	s.mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>filler</p>", 1<<10)
		for i := 0; i < 20<<20/len(chunk)+1; i++ {
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	s.mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		page := strings.ReplaceAll(article("latin", s.URL+"/latin1"), "Eastmere", "Z\xfcrichsee")
		fmt.Fprint(w, page)
	})
	s.mux.HandleFunc("/sitemap-index.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sm1.xml</loc></sitemap><sitemap><loc>%[1]s/sm2.xml</loc></sitemap></sitemapindex>`, s.URL)
	})
	s.mux.HandleFunc("/sm1.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/a/five</loc><news:news><news:publication><news:name>Eastmere Gazette</news:name></news:publication><news:publication_date>2026-11-30T08:00:00Z</news:publication_date><news:title>Five</news:title></news:news></url>
<url><loc>%[1]s/a/six</loc></url></urlset>`, s.URL)
	})
	s.mux.HandleFunc("/sm2.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/a/seven</loc></url></urlset>`, s.URL)
	})
	s.mux.HandleFunc("/notxml.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "this feed is a plain sentence, not XML")
	})
	st := webStore(t)
	const delay = 200 * time.Millisecond
	client := fetch.New(fetch.Options{MinDelay: delay, Timeout: time.Second, Retries: 2, MaxRetryWait: 5 * time.Second})
	u := func(p string) string { return s.URL + p }
	rep, failures := ingestWeb(t, st, client, u("/r1"), u("/busy"), u("/slow"), u("/big"), u("/latin1"), u("/sitemap-index.xml"), u("/notxml.rss"))

	wantFail := map[string]string{u("/slow"): "timed out", u("/big"): "larger than the size cap", u("/notxml.rss"): "not a readable RSS or Atom feed"}
	for src, want := range wantFail {
		if !strings.Contains(failures[src], want) {
			t.Errorf("%s reported as %q, want %q", src, failures[src], want)
		}
	}
	if len(failures) != len(wantFail) {
		t.Errorf("failures %v, want only %v", failures, wantFail)
	}
	stored := []string{"/a/redirected", "/busy", "/latin1", "/a/five", "/a/six", "/a/seven"}
	for _, p := range stored {
		if has, err := st.Has(context.Background(), u(p)); err != nil || !has {
			t.Errorf("%s not stored (%v)", p, err)
		}
	}
	if rep.Added != len(stored) {
		t.Errorf("%d added, want %d: %+v", rep.Added, len(stored), rep)
	}
	rec, err := st.Document(context.Background(), u("/latin1"))
	if err == nil && !strings.Contains(rec.Document.Text, "Zürichsee") {
		t.Errorf("Latin-1 page stored as %q", rec.Document.Text[:min(200, len(rec.Document.Text))])
	}
	rec, err = st.Document(context.Background(), u("/a/five"))
	if err == nil && rec.Document.Published != "2026-11-30" {
		t.Errorf("news sitemap date not used where the page has none: %q", rec.Document.Published)
	}
	if f, ok, _ := st.Fetched(context.Background(), u("/r1")); !ok || f.FinalURL != u("/a/redirected") {
		t.Errorf("redirected fetch recorded as %+v", f)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 1; i < len(s.log); i++ {
		// Requests to one host are served one at a time, so the log,
		// written as each ends, is in order of arrival.
		if gap := s.log[i].at.Sub(s.log[i-1].at); gap < delay {
			t.Errorf("requests for %s and %s %s apart, under the %s delay", s.log[i-1].path, s.log[i].path, gap, delay)
		}
	}
}
