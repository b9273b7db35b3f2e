package analysis_test

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// TestAnalyzeSharedCorpus analyzes every article of the shared corpus: real
// text finds the rule that reads past a sentence's edge long before a
// hand-written test does. Every span must lie inside the text.
func TestAnalyzeSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes 12,000 articles")
	}
	a := analysis.New()
	narrated := 0
	defer func() {
		if narrated > 0 {
			t.Errorf("%d direct quotes hold quotation marks", narrated)
		}
	}()
	for _, d := range loadCorpus(t) {
		rec := a.Analyze(d)
		n := len(d.Text)
		for _, x := range rec.Timexes {
			if x.Start < 0 || x.End > n || x.Start > x.End || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("%s: timex %+v outside the text", d.ID, x)
			}
		}
		for _, q := range rec.Quantities {
			if q.Start < 0 || q.End > n || q.Start > q.End || d.Text[q.Start:q.End] != q.Text {
				t.Fatalf("%s: quantity %+v outside the text", d.ID, q)
			}
		}
		for _, q := range rec.Quotes {
			if q.Start < 0 || q.End > n || q.Start > q.End {
				t.Fatalf("%s: quote %+v outside the text", d.ID, q)
			}
			checkQuote(t, d.Text, q)
			// An embedded post is its author's text, marks and all.
			if q.Kind == "direct" && !strings.HasPrefix(q.Why, "embedded-post") && strings.ContainsAny(q.Text, "“”\"«»") {
				// The reporter's words between two pairs of marks
				// ("...," she said. "...") are not the speaker's.
				narrated++
				if narrated <= 5 {
					t.Errorf("%s: direct quote %q holds quotation marks", d.ID, q.Text)
				}
			}
		}
	}
}
