package quote_test

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestWhy checks that each speaker rule names itself in the record's why,
// with its evidence and what it resolved to.
func TestWhy(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct{ text, content, why string }{
		{"Dana Whitfield met the press. She said the wall was safe.", "the wall was safe", `pronoun: "She" -> Dana Whitfield (PERSON)`},
		{"The board hired Dana Whitfield, who said the wall was safe.", "the wall was safe", `relative: "who" -> Dana Whitfield (PERSON)`},
		{"A Harbor Authority spokesman said the wall was safe.", "the wall was safe", `described: "A Harbor Authority spokesman" -> unnamed source "A Harbor Authority spokesman" for Harbor Authority`},
		{"Officials said the wall was safe.", "the wall was safe", `vague: "Officials" -> unnamed source "Officials"`},
		{"Harbor Freight Lines opened a depot. The company said the wall was safe.", "the wall was safe", `definite: "The company" -> Harbor Freight Lines (ORG)`},
		{"The prime minister said the wall was safe.", "the wall was safe", `role-only: "The prime minister" -> unnamed source "The prime minister"`},
		{"The drawing was made by illustrator Marit Osk: Break one, a thousand will rise #HarborWall pic.twitter.com/3n5fOEm— Marit Osk (@MaritOsk) January 7, 2015", "Break one, a thousand will rise", `embedded-post: "Marit Osk" -> Marit Osk (PERSON)`},
		{"Harborbook shares a simple tribute to the wall builders http://t.co/Q7qjsg pic.twitter.com/D5PEF— HarborArts&Culture (@HarborArts) January 8, 2015", "shares a simple tribute", `embedded-post: "HarborArts&Culture" -> HarborArts&Culture (ORG)`},
	} {
		d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		var got []string
		for _, q := range rec.Quotes {
			if strings.Contains(q.Text, tc.content) {
				got = append(got, q.Why)
				if strings.HasPrefix(q.Why, tc.why) {
					goto next
				}
			}
		}
		t.Errorf("%q: why %q, want it to start %q", tc.text, got, tc.why)
	next:
	}
}

// TestRejectedCandidateLeavesNoTrace: a name tried as a speaker for a quote
// that is then rejected keeps the type the recognizer gave it.
func TestRejectedCandidateLeavesNoTrace(t *testing.T) {
	d, err := document.New([]byte("Later Zorblax says, as ever."), document.Meta{Published: "2025-11-18"})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	if len(rec.Quotes) != 0 {
		t.Fatalf("quotes %+v, want none", rec.Quotes)
	}
	for _, e := range rec.Entities {
		if e.Name == "Zorblax" && e.Type != "OTHER" {
			t.Errorf("Zorblax typed %s by a rejected candidate, want OTHER as recognized", e.Type)
		}
	}
}
