package analysis_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestContrastedCues: a sentence that sets two speakers against each other
// and reports one with "claimed", the other with "asserted", is flagged
// even when their words share no claim to contradict.
func TestContrastedCues(t *testing.T) {
	text := "The head of the Portville Harbor Authority, Dana Whitfield, claimed on Tuesday that the new sea wall is safe, " +
		"while the city's chief engineer, Marcus Oyelaran, asserted that it could fail this winter."
	d, err := document.New([]byte(text), document.Meta{Published: "2025-11-19"})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	for _, s := range rec.Signals {
		if s.Kind == "cue_asymmetry" && s.Text == "claimed" {
			return
		}
	}
	t.Errorf("no cue_asymmetry on 'claimed'; signals %+v", rec.Signals)
}
