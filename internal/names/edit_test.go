package names

import "testing"

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"baker", "baker", 2, 0},
		{"bakr", "baker", 2, 1},
		{"abdullah", "abduallah", 2, 1},
		{"ostrnd", "ostrand", 1, 1},
		{"whitfield", "oyelaran", 2, 3}, // far: stops at limit+1
		{"a", "abcdef", 2, 3},           // lengths alone tell
		{"ümit", "umit", 1, 1},          // runes, not bytes
	} {
		if got := EditDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}
