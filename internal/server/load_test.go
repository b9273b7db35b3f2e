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
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkLoad drives the article, speaker and search pages with 200
// concurrent clients on loopback against an existing large store, and
// reports errors and latency percentiles. Opt-in:
//
//	CLAIMGRAPH_BENCH_DB=/tmp/big.db go test -run XXX -bench Load -benchtime 1x ./internal/server/
func BenchmarkLoad(b *testing.B) {
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("set CLAIMGRAPH_BENCH_DB to a large store (see BenchmarkStoreLatency)")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
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
			urls = append(urls, srv.URL+"/search?q="+url.QueryEscape(words[i%len(words)]))
		}
	}
	const clients, perClient = 200, 15
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	stats, _ := st.Stats(ctx)
	b.ReportMetric(float64(stats.Documents), "articles")
	b.ResetTimer()
	// The first pass meets a cold page cache (every page computed under the
	// full load); the second, run right after, is the steady state of a
	// popular set of pages.
	for _, pass := range []string{"cold", "warm"} {
		lat, errs, total := run(client, urls, clients, perClient)
		p := func(q int) float64 { return float64(lat[len(lat)*q/100].Microseconds()) / 1000 }
		b.ReportMetric(float64(errs), pass+"-errors")
		b.ReportMetric(p(50), pass+"-p50-ms")
		b.ReportMetric(p(99), pass+"-p99-ms")
		b.ReportMetric(float64(len(lat))/total.Seconds(), pass+"-req/s")
		fmt.Fprintf(os.Stderr, "load (%s): %d requests by %d clients, %d errors, p50 %.1f ms, p99 %.1f ms, %.0f req/s\n",
			pass, len(lat), clients, errs, p(50), p(99), float64(len(lat))/total.Seconds())
	}
}

// run sends perClient requests from each of clients goroutines, cycling
// through urls, and returns sorted latencies, the error count and the time.
func run(client *http.Client, urls []string, clients, perClient int) ([]time.Duration, int, time.Duration) {
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < perClient; i++ {
				u := urls[(c*perClient+i)%len(urls)]
				t0 := time.Now()
				resp, err := client.Get(u)
				d := time.Since(t0)
				bad := err != nil
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					bad = resp.StatusCode != http.StatusOK
				}
				mu.Lock()
				lat = append(lat, d)
				if bad {
					errs++
				}
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	total := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, errs, total
}

func storeFilter(speaker string) store.QuoteFilter {
	return store.QuoteFilter{Speaker: speaker, Limit: 5}
}
