package batch

import (
	"bytes"
	"context"
	"encoding/json"
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
