package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkLoad drives the article, speaker and search pages with 200
// concurrent clients on loopback against an existing large store, and
// reports errors and latency percentiles of a run of CLAIMGRAPH_BENCH_SECONDS
// (default 10) that starts with an empty page cache. Opt-in:
//
//	CLAIMGRAPH_BENCH_DB=/tmp/big.db go test -run XXX -bench Load -benchtime 1x ./internal/server/
func BenchmarkLoad(b *testing.B) {
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("set CLAIMGRAPH_BENCH_DB to a large store (see BenchmarkStoreLatency)")
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
	speakers, _ := st.Speakers(ctx, 100)
	var docs []string
	for _, s := range speakers[:min(20, len(speakers))] {
		qs, _ := st.Quotes(ctx, storeFilter(s.Name))
		for _, q := range qs {
			docs = append(docs, q.DocID)
		}
	}
	words := []string{"election", "oil prices", "minister", "football", "shares", "court", "government", "bank", "inflation", "strike"}
	var urls []string
	for i := 0; i < 300; i++ {
		switch i % 3 {
		case 0:
			urls = append(urls, srv.URL+"/doc?id="+url.QueryEscape(docs[i%len(docs)]))
		case 1:
			urls = append(urls, srv.URL+"/speaker?name="+url.QueryEscape(speakers[i%len(speakers)].Name))
		default:
			// A hundred different searches: one word, or two.
			k := i / 3
			q := words[k%len(words)]
			if w := words[(k/len(words))%len(words)]; w != q {
				q += " " + w
			}
			urls = append(urls, srv.URL+"/search?q="+url.QueryEscape(q))
		}
	}
	const clients = 200
	seconds := 10
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
	var first []time.Duration
	for _, s := range all {
		if s.at < time.Second {
			first = append(first, s.took)
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
	report("first second, cache cold", "cold", first, time.Second)
}

// sample is one request: when it was sent, from the run's start, and how
// long it took.
type sample struct{ at, took time.Duration }

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
				u := urls[(c*15+i)%len(urls)]
				t0 := time.Now()
				resp, err := client.Get(u)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mine = append(mine, sample{at: t0.Sub(start), took: time.Since(t0)})
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

func storeFilter(speaker string) store.QuoteFilter {
	return store.QuoteFilter{Speaker: speaker, Limit: 5}
}
