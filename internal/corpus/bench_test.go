package corpus

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// BenchmarkIngestSQLite ingests the shared corpus's JSONL files into a new
// SQLite store each iteration and reports articles per second and store
// bytes per article.
//
// It runs with the binary's garbage-collector settings unless GOGC is set.
func BenchmarkIngestSQLite(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(analysis.GCPercent))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(analysis.MemoryLimit))
	}
	dir := dataset.Require(b, filepath.Join(dataset.DataDir(), "corpus"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	a := analysis.New()
	ctx := context.Background()
	var docs int
	var secs float64
	var bytesPer float64
	for i := 0; i < b.N; i++ {
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Ingest(ctx, a, st, files, Options{})
		if err != nil {
			b.Fatal(err)
		}
		stats, _ := st.Stats(ctx)
		st.Close()
		docs += rep.Added
		secs += rep.Elapsed.Seconds()
		bytesPer = float64(stats.Bytes) / float64(stats.Documents)
	}
	b.ReportMetric(float64(docs)/secs, "articles/s")
	b.ReportMetric(bytesPer, "store-bytes/article")
}
