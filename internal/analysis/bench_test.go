package analysis_test

import (
	"bufio"
	"encoding/json"
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
// all cores (b.RunParallel); MB/s is reported through SetBytes. It runs with
// the GOGC the binary uses (analysis.GCPercent) unless GOGC is set.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(analysis.GCPercent))
	}
	docs := loadCorpus(b)
	var total int64
	for _, d := range docs {
		total += int64(len(d.Text))
	}
	a := analysis.New()
	b.SetBytes(total / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) % int64(len(docs))
			a.Analyze(docs[i])
		}
	})
}
