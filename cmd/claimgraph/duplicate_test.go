package main

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/corpus"
)

func TestDuplicateMessage(t *testing.T) {
	tests := []struct {
		name string
		d    corpus.Duplicate
		want []string
	}{
		{"one run, second better", corpus.Duplicate{ID: "u", Kept: "b.jsonl#line 1", Dropped: "a.html", Replaced: true},
			[]string{"b.jsonl#line 1 and a.html are one document (u)", "kept b.jsonl#line 1", "replaced a.html"}},
		{"one run, first better", corpus.Duplicate{ID: "u", Kept: "a.html", Dropped: "b.jsonl#line 1"},
			[]string{"kept a.html", "skipped b.jsonl#line 1"}},
		{"stored copy kept", corpus.Duplicate{ID: "u", Dropped: "a.html", Stored: true},
			[]string{"kept the stored copy", "skipped a.html"}},
		{"stored copy replaced", corpus.Duplicate{ID: "u", Kept: "a.html", Stored: true, Replaced: true},
			[]string{"kept a.html", "replaced the stored copy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := duplicateMessage(tt.d)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
		})
	}
}
