package analysis_test

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
)

// loadCorpus reads every JSONL file of the shared news corpus.
func loadCorpus(b testing.TB) []document.Document {
	dir := dataset.Require(b, filepath.Join(dataset.DataDir(), "corpus"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	var docs []document.Document
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var l struct{ ID, Text, Published string }
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			d, err := document.New([]byte(l.Text), document.Meta{ID: l.ID, Published: l.Published})
			if err == nil {
				docs = append(docs, d)
			}
		}
		f.Close()
	}
	if len(docs) == 0 {
		b.Skip("no documents in " + dir)
	}
	return docs
}

// BenchmarkAnalyzeCorpus measures the whole analysis on the shared corpus,
// all cores (b.RunParallel), over the documents in a fixed shuffled order.
// MB/s counts the bytes of the documents actually analyzed, whatever their
// sizes; run it for whole passes (-benchtime 12437x is one). It runs with
// the GOGC the binary uses (analysis.GCPercent) unless GOGC is set.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(analysis.GCPercent))
	}
	docs := loadCorpus(b)
	rand.New(rand.NewPCG(20261201, 1)).Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	a := analysis.New()
	b.ReportAllocs()
	b.ResetTimer()
	var next, analyzed atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := docs[(next.Add(1)-1)%int64(len(docs))]
			a.Analyze(d)
			analyzed.Add(int64(len(d.Text)))
		}
	})
	b.ReportMetric(float64(analyzed.Load())/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(analyzed.Load())/float64(b.N), "bytes/doc")
}
