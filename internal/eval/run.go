package eval

import (
	"encoding/json"
	"io"
	"runtime"
	"sync"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// Input is one gold document to analyze.
type Input struct {
	ID, Text, Published, Title string
}

// AnalyzeAll analyzes the inputs on all cores and returns records by ID,
// writing each as JSONL to out (when out is not nil) in input order.
func AnalyzeAll(a *analysis.Analyzer, in []Input, out io.Writer) (map[string]*analysis.Record, error) {
	recs := make([]*analysis.Record, len(in))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d, err := document.New([]byte(in[i].Text), document.Meta{ID: in[i].ID, Published: in[i].Published, Title: in[i].Title})
				if err != nil {
					continue
				}
				r := a.Analyze(d)
				recs[i] = &r
			}
		}()
	}
	for i := range in {
		next <- i
	}
	close(next)
	wg.Wait()
	byID := make(map[string]*analysis.Record, len(in))
	enc := json.NewEncoder(io.Discard)
	if out != nil {
		enc = json.NewEncoder(out)
	}
	for i, r := range recs {
		if r == nil {
			continue
		}
		byID[in[i].ID] = r
		if out != nil {
			if err := enc.Encode(r); err != nil {
				return nil, err
			}
		}
	}
	return byID, nil
}
