package check_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/corpus"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkCheckSharedCorpus ingests the shared corpus into a new SQLite
// store (not timed), then checks the claims of testdata/claims.txt in
// turn, each once per iteration, and reports the median and the 99th
// percentile of one check. The store's pages are warm after the first
// pass, as in a server that has been answering for a while.
func BenchmarkCheckSharedCorpus(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(analysis.GCPercent))
	}
	dir := dataset.Require(b, filepath.Join(dataset.DataDir(), "corpus"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := corpus.Ingest(ctx, analysis.New(), st, files, corpus.Options{}); err != nil {
		b.Fatal(err)
	}
	claims, err := check.ReadClaims(filepath.Join("testdata", "claims.txt"))
	if err != nil || len(claims) == 0 {
		b.Fatalf("no claims: %v", err)
	}
	c, err := check.New()
	if err != nil {
		b.Fatal(err)
	}
	var times []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		claim := claims[i%len(claims)]
		start := time.Now()
		if _, err := c.Check(ctx, st, claim, check.Options{QuoteFilter: store.QuoteFilter{Limit: 20}}); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
}
