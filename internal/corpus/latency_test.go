package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkStoreLatency measures speaker and search latency (p50, p95) on a
// large store. It is opt-in because building the store takes minutes:
//
//	CLAIMGRAPH_BENCH_ARTICLES=200000 CLAIMGRAPH_BENCH_DB=/tmp/big.db go test -run XXX -bench StoreLatency -benchtime 1x ./internal/corpus/
//
// The store is made by analyzing the shared corpus once and storing it
// again and again under new ids; an existing CLAIMGRAPH_BENCH_DB is reused.
func BenchmarkStoreLatency(b *testing.B) {
	want, _ := strconv.Atoi(os.Getenv("CLAIMGRAPH_BENCH_ARTICLES"))
	if want == 0 {
		b.Skip("set CLAIMGRAPH_BENCH_ARTICLES (e.g. 200000) to build and measure a large store")
	}
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "big.db")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	stats, _ := st.Stats(ctx)
	if stats.Documents < want {
		fill(b, st, want-stats.Documents, stats.Documents)
		stats, _ = st.Stats(ctx)
	}
	speakers, err := st.Speakers(ctx, 200)
	if err != nil || len(speakers) == 0 {
		b.Fatalf("speakers: %v", err)
	}
	words := []string{"election", "oil prices", "minister said", "football", "shares rose", "court ruling", "government plan", "bank", "inflation", "strike"}
	var sp, se []time.Duration
	b.ResetTimer()
	for i := 0; i < 200; i++ {
		t0 := time.Now()
		if _, err := st.Speaker(ctx, speakers[i%len(speakers)].Name); err != nil {
			b.Fatal(err)
		}
		sp = append(sp, time.Since(t0))
		t0 = time.Now()
		if _, err := st.Search(ctx, words[i%len(words)], 20); err != nil {
			b.Fatal(err)
		}
		se = append(se, time.Since(t0))
	}
	b.ReportMetric(float64(stats.Documents), "articles")
	b.ReportMetric(ms(pct(sp, 50)), "speaker-p50-ms")
	b.ReportMetric(ms(pct(sp, 95)), "speaker-p95-ms")
	b.ReportMetric(ms(pct(se, 50)), "search-p50-ms")
	b.ReportMetric(ms(pct(se, 95)), "search-p95-ms")
	b.ReportMetric(float64(stats.Bytes)/float64(stats.Documents), "bytes/article")
}

func pct(d []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// fill stores n more articles: the shared corpus analyzed once, stored
// under new ids round after round.
func fill(b *testing.B, st store.Store, n, have int) {
	ctx := context.Background()
	dir := dataset.Require(b, filepath.Join(dataset.DataDir(), "corpus"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	a := analysis.New()
	var recs []analysis.Record
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var l struct{ ID, Text, Published, Title, Outlet string }
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			d, err := document.New([]byte(l.Text), document.Meta{ID: l.ID, Published: l.Published, Title: l.Title, Outlet: l.Outlet})
			if err == nil {
				recs = append(recs, a.Analyze(d))
			}
		}
		fh.Close()
	}
	for round := have/len(recs) + 1; n > 0; round++ {
		for i := 0; i < len(recs) && n > 0; i += 500 {
			batch := make([]analysis.Record, 0, 500)
			for _, r := range recs[i:min(i+500, len(recs))] {
				r.Document.ID = fmt.Sprintf("r%d:%s", round, r.Document.ID)
				batch = append(batch, r)
			}
			if len(batch) > n {
				batch = batch[:n]
			}
			added, err := st.Put(ctx, batch, nil)
			if err != nil {
				b.Fatal(err)
			}
			n -= added
		}
	}
}
