package names

import "testing"

// TestStateBodyKey: one state office, however news writes its name.
func TestStateBodyKey(t *testing.T) {
	for _, tc := range []struct{ key, body, country string }{
		{"us agriculture department", "agriculture department", "united states"},
		{"us department of agriculture", "agriculture department", "united states"},
		{"department of agriculture", "agriculture department", ""},
		{"department of trade and industry", "trade and industry department", ""},
		{"uk ministry of defence", "defence ministry", "united kingdom"},
		{"agriculture department", "agriculture department", ""},
		{"us steel", "us steel", ""},                             // not an office: kept, no country
		{"ames department stores", "ames department stores", ""}, // a shop's name
		{"us department", "us department", ""},                   // no portfolio
		{"department of homeland security", "homeland security department", ""},
		{"us department of the interior", "interior department", "united states"},
	} {
		body, country := StateBodyKey(tc.key)
		if body != tc.body || country != tc.country {
			t.Errorf("StateBodyKey(%q) = %q, %q; want %q, %q", tc.key, body, country, tc.body, tc.country)
		}
	}
}
