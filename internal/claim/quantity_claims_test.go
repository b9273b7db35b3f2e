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

// TestAcrossArticles: a claim about a named subject can be held against
// another article's; one about "the company" or "prices" cannot, since in
// two articles those are two things.
func TestAcrossArticles(t *testing.T) {
	named := claim.Claim{Proposition: &claim.Proposition{Subject: "ardent motors", Entity: true}}
	common := claim.Claim{Proposition: &claim.Proposition{Subject: "compani"}}
	qualified := claim.Claim{Proposition: &claim.Proposition{Subject: "wall", Modifiers: []string{"harbor"}}}
	for _, tc := range []struct {
		name string
		a, b claim.Claim
		want bool
	}{
		{"both named", named, named, true},
		{"one common noun", named, common, false},
		{"no proposition", named, claim.Claim{}, false},
		{"one noun phrase qualified alike", qualified, qualified, true},
	} {
		if got := claim.AcrossArticles(&tc.a, &tc.b); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
