package claim_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/claim"
)

// TestMeasuresMakeNoClaims: a share or a sum ("rose 5 pct", "cost $550")
// does not say what it measures, so it makes no claim another figure could
// contradict; a count of people does, pinned to the place the quote names.
func TestMeasuresMakeNoClaims(t *testing.T) {
	x := claim.NewExtractor()
	in := []claim.Input{
		{QuoteID: "q1", Speaker: "e1", SpeakerName: "A", Kind: "indirect", Figures: []claim.Figure{{Value: 5, Unit: "pct", About: "rose", Text: "5 pct"}}},
		{QuoteID: "q2", Speaker: "e2", SpeakerName: "B", Kind: "indirect", Figures: []claim.Figure{{Value: 137, Unit: "people", About: "killed", Text: "137 people"}},
			Words: []claim.Word{{Text: "Moscow", Lower: "moscow", Entity: "Moscow", EntityType: "GPE"}}},
	}
	var numeric []claim.Claim
	for _, c := range x.FromQuotes(in) {
		if c.Value != nil {
			numeric = append(numeric, c)
		}
	}
	if len(numeric) != 1 || numeric[0].Unit != "people" || !claim.Anchored(numeric[0]) {
		t.Fatalf("want one anchored claim about people, got %+v", numeric)
	}
	unanchored := numeric[0]
	unanchored.Topic = "kill peopl"
	if claim.Anchored(unanchored) {
		t.Errorf("a count that names no place or body is anchored: %+v", unanchored)
	}
}

// TestAcrossArticles: two words in common ("status quo") do not make two
// articles' claims one dispute; three do.
func TestAcrossArticles(t *testing.T) {
	for _, tc := range []struct {
		topic string
		want  bool
	}{
		{"status quo", false},
		{"gordon brown rais tax", true},
	} {
		if got := claim.AcrossArticles(claim.Contradiction{Topic: tc.topic}); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.topic, got, tc.want)
		}
	}
}
