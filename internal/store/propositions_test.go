package store

import "testing"

// TestSameSource: sources compare by the name keys the articles gave, so
// that whether two claims may contradict does not wait on how the corpus
// later joins a surname to a full name.
func TestSameSource(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"orla venn", "orla venn", true},
		{"venn", "orla venn", true},
		{"orla venn", "venn", true},
		{"orla venn", "mark venn", false},
		{"venn", "vennard", false},
		{"venn", "venn (ruritania)", false},
		{"harbour authority", "authority", true}, // a body's bare head is as unsure as a surname
		{"", "venn", false},
	} {
		if got := sameSource(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
