package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// Line is the batch input form of SCHEMA.md.
type Line struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
}

// ErrorRecord stands in the output for a line that could not be analyzed.
type ErrorRecord struct {
	Schema string `json:"schema"`
	Line   int    `json:"line"`
	ID     string `json:"id,omitempty"`
	Error  string `json:"error"`
}

// MaxLineBytes bounds one JSONL line.
const MaxLineBytes = 64 << 20

type job struct {
	n      int
	raw    []byte
	result chan []byte
}

// Stats counts what a run did.
type Stats struct{ Lines, Errors int }

// Run reads JSONL from r and writes one analysis record (or error record)
// per input line to w, in input order, using workers goroutines.
func Run(ctx context.Context, a *analysis.Analyzer, r io.Reader, w io.Writer, workers int) (Stats, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Run's own context ends the reader and workers when Run returns early
	// (a write error), so none is left blocked on a channel no one reads.
	outer := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	order := make(chan job, workers*4) // bounds the documents in flight
	go func() {
		defer close(jobs)
		defer close(order)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), MaxLineBytes)
		n := 0
		for sc.Scan() {
			n++
			line := append([]byte(nil), sc.Bytes()...)
			if len(line) == 0 {
				continue
			}
			j := job{n: n, raw: line, result: make(chan []byte, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
		if err := sc.Err(); err != nil {
			j := job{n: n + 1, result: make(chan []byte, 1)}
			j.result <- mustJSON(ErrorRecord{Schema: analysis.SchemaVersion, Line: n + 1, Error: fmt.Sprintf("reading input: %v", err)})
			select {
			case order <- j:
			case <-ctx.Done():
			}
		}
	}()
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs {
				j.result <- analyzeLine(a, j.n, j.raw)
			}
		}()
	}
	var st Stats
	bw := bufio.NewWriterSize(w, 1<<16)
	for j := range order {
		var out []byte
		select {
		case out = <-j.result:
		case <-ctx.Done():
			return st, fmt.Errorf("stopped after %d lines: %w", st.Lines, ctx.Err())
		}
		st.Lines++
		if len(out) > 10 && string(out[:10]) == `{"schema":` && isError(out) {
			st.Errors++
		}
		if _, err := bw.Write(append(out, '\n')); err != nil {
			return st, fmt.Errorf("writing output: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("writing output: %w", err)
	}
	// A cancelled run stops reading early: its output is short, so it
	// must not look complete.
	if err := outer.Err(); err != nil {
		return st, fmt.Errorf("stopped after %d lines: %w", st.Lines, err)
	}
	return st, nil
}

func isError(b []byte) bool {
	var probe struct {
		Error string `json:"error"`
	}
	return json.Unmarshal(b, &probe) == nil && probe.Error != ""
}

func analyzeLine(a *analysis.Analyzer, n int, raw []byte) (out []byte) {
	var in Line
	defer func() {
		if p := recover(); p != nil {
			out = mustJSON(ErrorRecord{Schema: analysis.SchemaVersion, Line: n, ID: in.ID, Error: fmt.Sprintf("internal error: %v", p)})
		}
	}()
	if err := json.Unmarshal(raw, &in); err != nil {
		return mustJSON(ErrorRecord{Schema: analysis.SchemaVersion, Line: n, Error: fmt.Sprintf("line %d: invalid JSON: %v", n, err)})
	}
	d, err := document.New([]byte(in.Text), document.Meta{ID: in.ID, Title: in.Title, URL: in.URL, Outlet: in.Outlet, Published: in.Published})
	if err != nil {
		return mustJSON(ErrorRecord{Schema: analysis.SchemaVersion, Line: n, ID: in.ID, Error: fmt.Sprintf("line %d: %v", n, err)})
	}
	return mustJSON(a.Analyze(d))
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte(fmt.Sprintf(`{"error":%q}`, err.Error()))
	}
	return b
}
