package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

func TestRunKeepsOrderAndReportsBadLines(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 40; i++ {
		switch i {
		case 7:
			in.WriteString("{not json\n")
		case 13:
			in.WriteString(`{"id":"empty","text":""}` + "\n")
		default:
			b, _ := json.Marshal(Line{ID: "d" + string(rune('A'+i%26)) + string(rune('0'+i/26)), Text: `"We will stay," the minister said on Monday.`, Published: "2024-03-25"})
			in.Write(append(b, '\n'))
		}
	}
	var out bytes.Buffer
	st, err := Run(context.Background(), analysis.New(), strings.NewReader(in.String()), &out, 3)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lines != 40 || st.Errors != 2 {
		t.Fatalf("stats %+v, want 40 lines and 2 errors", st)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for i, l := range lines {
		var probe struct {
			Error    string `json:"error"`
			Line     int    `json:"line"`
			Document struct {
				ID string `json:"id"`
			} `json:"document"`
		}
		if err := json.Unmarshal([]byte(l), &probe); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		switch i {
		case 7, 13:
			if probe.Error == "" || probe.Line != i+1 {
				t.Errorf("line %d: want an error record naming line %d, got %s", i+1, i+1, l)
			}
		default:
			want := "d" + string(rune('A'+i%26)) + string(rune('0'+i/26))
			if probe.Document.ID != want {
				t.Errorf("line %d: id %q, want %q (order lost)", i+1, probe.Document.ID, want)
			}
		}
	}
}

// failingWriter accepts n bytes, then fails every write.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// manyLines is n short JSONL documents we wrote.
func manyLines(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"l%d","text":"“The quay will hold,” Mira Ostrand said on day %d."}`+"\n", i, i)
	}
	return b.String()
}

// TestRunStopsOnWriteError: a failing output ends the run with the error,
// instead of blocking the reader and workers or reporting success.
func TestRunStopsOnWriteError(t *testing.T) {
	_, err := Run(context.Background(), analysis.New(), strings.NewReader(manyLines(2000)), &failingWriter{n: 100 << 10}, 2)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Run = %v; want the write error", err)
	}
}

// TestRunReportsCancellation: a cancelled run says so; its output is short.
func TestRunReportsCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out strings.Builder
	st, err := Run(ctx, analysis.New(), strings.NewReader(manyLines(2000)), &out, 2)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %+v, %v; want context.Canceled", st, err)
	}
}
