package claim_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestReportCalledFalse: a source that calls a report false denies what
// the report says, and so contradicts whoever asserted it; calling it
// accurate denies nothing.
func TestReportCalledFalse(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct {
		second     string
		contradict bool
	}{
		{`"The reports that the Velmor plant was closed are unfounded," said Tavi Kellner.`, true},
		{`"The suggestion that the Velmor plant was closed is categorically false," said Tavi Kellner.`, true},
		{`"There is no truth to the rumour that the Velmor plant was closed," Tavi Kellner said.`, true},
		{`"The reports that the Velmor plant was closed are accurate," said Tavi Kellner.`, false},
		{`"The reports that the Velmor harbour was closed are unfounded," said Tavi Kellner.`, false},
	} {
		text := "Marcus Oyelaran said the Velmor plant was closed.\n" + tc.second + "\n"
		d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		if got := len(rec.Contradictions) > 0; got != tc.contradict {
			t.Errorf("%s: contradiction %v, want %v (claims %+v)", tc.second, got, tc.contradict, rec.Claims)
		}
	}
}
