package timex

import "testing"

// TestInsideQuotes: a timex is inside a quote when some quote covers it,
// nested or overlapping quotes included.
func TestInsideQuotes(t *testing.T) {
	quotes := []QuoteSpan{{Start: 50, End: 60}, {Start: 0, End: 40}, {Start: 10, End: 20}}
	txs := []Timex{{Start: 12, End: 18}, {Start: 35, End: 45}, {Start: 41, End: 49}, {Start: 52, End: 60}, {Start: 0, End: 40}}
	want := []bool{true, false, false, true, true}
	got := insideQuotes(txs, quotes)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("timex %+v inside: %v, want %v", txs[i], got[i], want[i])
		}
	}
}
