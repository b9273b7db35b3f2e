package main

import (
	"strings"
	"testing"
	"time"

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

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		name       string
		r          corpus.Report
		want, none string
	}{
		{"rate over the documents analyzed", corpus.Report{Read: 300, Added: 100, Skipped: 200, Elapsed: 2 * time.Second},
			"300 read, 100 added, 200 skipped (already stored), 0 failed in 2.0s (50 docs/s)", ""},
		{"replaced documents are said and counted", corpus.Report{Read: 10, Added: 8, Replaced: 2, Elapsed: time.Second},
			"10 read, 8 added, 2 replaced by a better text, 0 skipped (already stored), 0 failed in 1.0s (10 docs/s)", ""},
		{"a run that only skipped has no rate", corpus.Report{Read: 12437, Skipped: 12437, Elapsed: 100 * time.Millisecond},
			"12437 read, 0 added, 12437 skipped (already stored), 0 failed in 0.1s", "docs/s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summaryLine(tt.r, "added", "already stored")
			if !strings.HasPrefix(got, tt.want) || tt.none != "" && strings.Contains(got, tt.none) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
