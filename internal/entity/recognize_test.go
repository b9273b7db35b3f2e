package entity

import (
	"strings"
	"testing"
)

// TestParticlePrefixesHoldAHyphen keeps matchAt's one-lookup skip of
// lower-case tokens right: it relies on every prefix hasParticle reads
// holding a hyphen, so a token without one cannot start a particle name.
func TestParticlePrefixesHoldAHyphen(t *testing.T) {
	for _, pr := range particles[:8] {
		if !strings.Contains(pr, "-") {
			t.Errorf("particle prefix %q has no hyphen: matchAt would skip tokens it starts", pr)
		}
	}
}

// TestModifierCompound: a hyphenated word ending in a small participle
// describes a name; one whose parts are all names is a name.
func TestModifierCompound(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Al-Qaeda-linked", true},
		{"Kremlin-backed", true},
		{"Harbor-based", true},
		{"US-led", false}, // too short to tell from a name part; "-led" stays
		{"Ka-shing", false},
		{"Chien-ming", false},
		{"Grammy-winning", true},
		{"Lindqvist-Ørsted", false},
		{"Jean-Claude", false},
		{"al-Baghdadi", false},
	} {
		if got := modifierCompound(tc.text); got != tc.want {
			t.Errorf("modifierCompound(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHeadlineVerbBeforeAGivenName: a title-case headline capitalizes the
// verb before a name; the person is the name, and a surname in -ing after
// a given name stays in it.
func TestHeadlineVerbBeforeAGivenName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Why Progressives Are Celebrating Anna Velkory’s Economic Speech\n\nAnna Velkory spoke on Thursday.", "Anna Velkory"},
		{"Voters Back Anna Kettering In Harbor Poll\n\nAnna Kettering won.", "Anna Kettering"},
	} {
		res := recognize(tc.text)
		var persons []string
		for _, e := range res.Entities {
			if e.Type == Person {
				persons = append(persons, e.Name)
			}
		}
		if len(persons) != 1 || persons[0] != tc.want {
			t.Errorf("%q: persons %q, want only %q", tc.text, persons, tc.want)
		}
	}
}
