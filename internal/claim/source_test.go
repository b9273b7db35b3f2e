package claim

import "testing"

// TestOneSource: names no lexicon holds; what makes two names one source
// is what the article says of them.
func TestOneSource(t *testing.T) {
	for _, tc := range []struct {
		aName, aRole, bName, bRole string
		want                       bool
	}{
		{"Tavi Orrun", "Dunmark's harbour police chief", "Dunmark harbour police", "", true},
		{"Kelvar Port Authority", "", "Mira Ostrand", "a Kelvar Port Authority official", true},
		{"Mira Ostrand", "a Kelvar Port Authority official", "Dunmark Council", "", false},
		{"Asiya Ummi Velaran", "", "Ummi Velarran", "", true},
		{"Tom Hale", "", "Tom Hall", "", false},                           // short words: two people
		{"Mira Ostrand", "", "Mira Ostrandova", "", false},                // three letters apart
		{"Mira Ostrand", "", "Tavi Ostrand", "", false},                   // two people of one family
		{"Kelvar Port Authority", "", "Kelvar Port Authority", "", false}, // one name is sameSpeaker's, by key
		{"Mira Ostrand", "", "", "", false},
	} {
		if got := oneSource(tc.aName, tc.aRole, tc.bName, tc.bRole); got != tc.want {
			t.Errorf("oneSource(%q, %q, %q, %q) = %v, want %v", tc.aName, tc.aRole, tc.bName, tc.bRole, got, tc.want)
		}
	}
}
