package analysis_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestSpeechTime: "today" in someone's words is the day they spoke when
// the text says so, the report's day when it says nothing, and their
// present when it gives only the month.
func TestSpeechTime(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct{ name, text, want string }{
		{"day of the speech in its own sentence",
			"On March 3, 2025, Dana Whitfield said: “The harbor is open today.”", "2025-03-03"},
		{"no time given: the report's day",
			"“The harbor is open today,” Dana Whitfield said.", "2025-11-18"},
		{"month of an earlier statement by the same speaker",
			"At a briefing early this March, Dana Whitfield said the port would grow.\n“The harbor is open today,” Whitfield said.", "PRESENT_REF"},
		{"another sentence's date is not the speech's",
			"The wall was built a decade ago.\n“The harbor is open today,” Dana Whitfield said.", "2025-11-18"},
	} {
		d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, x := range a.Analyze(d).Timexes {
			if x.Text == "today" {
				got = x.Value
			}
		}
		if got != tc.want {
			t.Errorf("%s: today = %q, want %q", tc.name, got, tc.want)
		}
	}
}
