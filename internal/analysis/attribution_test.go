package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/eval"
)

// TestPolNeARAttribution holds attribution to its targets on the PolNeAR dev
// file: direct+mixed F1 >= 0.85 and speaker accuracy >= 0.85.
func TestPolNeARAttribution(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 709 articles")
	}
	path := dataset.Require(t, filepath.Join(dataset.DataDir(), "attribution", "polnear.dev.jsonl"))
	gold, err := eval.ReadAttribution(path)
	if err != nil {
		t.Fatal(err)
	}
	in := make([]eval.Input, len(gold))
	for i, g := range gold {
		in[i] = eval.Input{ID: g.ID, Text: g.Text}
	}
	recs, err := eval.AnalyzeAll(analysis.New(), in, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := eval.ScoreAttribution(gold, recs, 0.3)
	t.Logf("direct+mixed F1 %.3f (P %.3f R %.3f), all F1 %.3f, speaker accuracy %.3f on %d",
		s.DirectMixed.F1, s.DirectMixed.P, s.DirectMixed.R, s.All.F1, s.SpeakerAccuracy, s.SpeakerN)
	if s.DirectMixed.F1 < 0.85 {
		t.Errorf("direct+mixed F1 %.3f fell below the 0.85 target", s.DirectMixed.F1)
	}
	if s.SpeakerAccuracy < 0.85 {
		t.Errorf("speaker accuracy %.3f below 0.85", s.SpeakerAccuracy)
	}
}
