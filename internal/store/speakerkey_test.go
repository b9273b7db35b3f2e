package store

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// TestSpeakerKeyJoinsAStateOffice: one office of a state under every name
// news gives it is one corpus speaker; a company keeps its own name.
func TestSpeakerKeyJoinsAStateOffice(t *testing.T) {
	want := "agriculture department (united states)"
	for _, e := range []analysis.Entity{
		{Name: "U.S. Agriculture Department", Type: "ORG"},
		{Name: "US Department of Agriculture", Type: "ORG"},
		{Name: "Agriculture Department", Type: "ORG", Country: "United States"},
		{Name: "the Department of Agriculture", Type: "ORG", Country: "United States"},
	} {
		if got := speakerKey(&e); got != want {
			t.Errorf("speakerKey(%q, country %q) = %q, want %q", e.Name, e.Country, got, want)
		}
	}
	for _, tc := range []struct{ name, want string }{
		{"U.S. Steel Corp", "us steel"},
		{"Ames Department Stores Inc", "ames department stores"},
	} {
		e := analysis.Entity{Name: tc.name, Type: "ORG"}
		if got := speakerKey(&e); got != tc.want {
			t.Errorf("speakerKey(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
