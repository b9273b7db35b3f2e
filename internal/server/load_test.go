package server

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkLoad drives the article, speaker and search pages with 200
// concurrent clients on loopback against an existing large store, over
// CLAIMGRAPH_BENCH_PAGES distinct pages (default 5,000: a third articles,
// a third speakers, a third searches), for CLAIMGRAPH_BENCH_SECONDS
// (default 60) from an empty page cache, and reports errors and latency
// percentiles of the whole run, its first 10 s and its first second. For a
// cold operating-system cache, drop it first. Opt-in:
//
//	sync; echo 3 > /proc/sys/vm/drop_caches
//	CLAIMGRAPH_BENCH_DB=/tmp/big.db go test -run XXX -bench Load -benchtime 1x -timeout 20m ./internal/server/
func BenchmarkLoad(b *testing.B) {
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("set CLAIMGRAPH_BENCH_DB to a large store (see BenchmarkStoreLatency)")
	}
	pages := 5000
	if v, err := strconv.Atoi(os.Getenv("CLAIMGRAPH_BENCH_PAGES")); err == nil && v >= 3 {
		pages = v
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.ForReading())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h, err := New(st, analysis.New(), nil)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	urls, err := loadURLs(ctx, st, srv.URL, pages)
	if err != nil {
		b.Fatal(err)
	}
	const clients = 200
	seconds := 60
	if v, err := strconv.Atoi(os.Getenv("CLAIMGRAPH_BENCH_SECONDS")); err == nil && v > 0 {
		seconds = v
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	stats, _ := st.Stats(ctx)
	b.ReportMetric(float64(stats.Documents), "articles")
	b.ResetTimer()
	// One run like wrk's, from an empty page cache, for a fixed time through
	// the pages' expiry and background refresh every 5 s. Its first second,
	// when every page is computed under the full load, is reported apart.
	all, errs, total := run(client, urls, clients, time.Duration(seconds)*time.Second)
	var first, first10 []time.Duration
	for _, s := range all {
		if s.at < time.Second {
			first = append(first, s.took)
		}
		if s.at < 10*time.Second {
			first10 = append(first10, s.took)
		}
	}
	report := func(pass, unit string, lat []time.Duration, total time.Duration) {
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		p := func(q int) float64 { return float64(lat[len(lat)*q/100].Microseconds()) / 1000 }
		b.ReportMetric(p(50), unit+"-p50-ms")
		b.ReportMetric(p(99), unit+"-p99-ms")
		b.ReportMetric(float64(len(lat))/total.Seconds(), unit+"-req/s")
		fmt.Fprintf(os.Stderr, "load (%s): %d requests by %d clients in %.1f s, p50 %.1f ms, p99 %.1f ms, max %.0f ms, %.0f req/s\n",
			pass, len(lat), clients, total.Seconds(), p(50), p(99), float64(lat[len(lat)-1].Milliseconds()), float64(len(lat))/total.Seconds())
	}
	took := make([]time.Duration, len(all))
	for i, s := range all {
		took[i] = s.took
	}
	b.ReportMetric(float64(errs), "errors")
	fmt.Fprintf(os.Stderr, "load: %d errors\n", errs)
	report("whole run", "run", took, total)
	report("first 10 s", "first10s", first10, min(total, 10*time.Second))
	byPage := map[string][]time.Duration{}
	for _, s := range all {
		byPage[s.page] = append(byPage[s.page], s.took)
	}
	for _, page := range []string{"/doc", "/speaker", "/search"} {
		report("whole run, "+page+" pages", page[1:], byPage[page], total)
	}
	report("first second, cache cold", "cold", first, time.Second)
}

// pagePath is the path of a page URL.
func pagePath(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Path
	}
	return ""
}

// loadURLs makes n distinct page URLs on a store: articles spread over the
// store, the busiest speakers, and one- and two-word searches.
func loadURLs(ctx context.Context, st *store.SQL, base string, n int) ([]string, error) {
	third := n / 3
	rows, err := st.DB().QueryContext(ctx, `SELECT id FROM documents ORDER BY (seq * 7919) % 1000003 LIMIT ?`, third)
	if err != nil {
		return nil, err
	}
	var urls []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		urls = append(urls, base+"/doc?id="+url.QueryEscape(id))
	}
	rows.Close()
	speakers, err := st.Speakers(ctx, third)
	if err != nil {
		return nil, err
	}
	for _, sp := range speakers {
		urls = append(urls, base+"/speaker?name="+url.QueryEscape(sp.Name))
	}
	words := strings.Fields("election oil prices minister football shares court government bank inflation strike police " +
		"president trade talks war army budget tax health school music film company profit market dollar rates " +
		"union vote party leader report crisis deal energy water farm")
	for k := 0; len(urls) < n; k++ {
		q := words[k%len(words)]
		if w := words[(k/len(words))%len(words)]; w != q {
			q += " " + w
		}
		urls = append(urls, base+"/search?q="+url.QueryEscape(q))
	}
	// Interleave the kinds, so that every client meets all three.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(urls), func(i, j int) { urls[i], urls[j] = urls[j], urls[i] })
	return urls, nil
}

// sample is one request: when it was sent, from the run's start, and how
// long it took.
type sample struct {
	at, took time.Duration
	page     string // the path: /doc, /speaker or /search
}

// run has each of clients goroutines send requests for d, cycling through
// urls from its own offset, and returns every sample, the error count and
// the time.
func run(client *http.Client, urls []string, clients int, d time.Duration) ([]sample, int, time.Duration) {
	var mu sync.Mutex
	var all []sample
	errs := 0
	start := time.Now()
	stop := start.Add(d)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var mine []sample
			bad := 0
			for i := 0; time.Now().Before(stop); i++ {
				u := urls[(c*len(urls)/clients+i)%len(urls)]
				t0 := time.Now()
				resp, err := client.Get(u)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mine = append(mine, sample{at: t0.Sub(start), took: time.Since(t0), page: pagePath(u)})
				if err != nil || resp.StatusCode != http.StatusOK {
					bad++
				}
			}
			mu.Lock()
			all = append(all, mine...)
			errs += bad
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	return all, errs, time.Since(start)
}
