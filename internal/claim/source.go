package claim

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/names"
)

// oneSource reports two speakers of one article that are one source under
// two names, which must not contradict each other:
//   - a person whose role names the other, a body ("Ahmad al-Dulaimi",
//     "Anbar's police chief" and "Anbar police"; "Bob Sindt", "an
//     Agriculture Department official" and "Agriculture Department");
//   - two spellings of one name: the same words but one, which differs by
//     at most two letters ("Asiya Ummi Abdullah" and "Ummi Abduallah").
//
// Names and roles come from the article; nothing here knows any name.
func oneSource(aName, aRole, bName, bRole string) bool {
	if aName == "" || bName == "" {
		return false
	}
	an, bn := nameWords(aName), nameWords(bName)
	if holds(nameWords(aRole), bn) || holds(nameWords(bRole), an) {
		return true
	}
	return respelled(an, bn)
}

// nameWords is a name or role in lower case, split at anything that is not
// a letter or digit, possessive "s" dropped ("Anbar's" -> "anbar").
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// holds: every word of name is in role (and there is a name).
func holds(role, name []string) bool {
	if len(role) == 0 || len(name) == 0 {
		return false
	}
	for _, n := range name {
		found := false
		for _, r := range role {
			found = found || r == n || strings.TrimSuffix(r, "s") == n || strings.TrimSuffix(n, "s") == r
		}
		if !found {
			return false
		}
	}
	return true
}

// respelled: the shorter name's words all appear in the longer, each
// exactly but one, which is at most two edits from its counterpart and at
// least five letters long (so "Tom Hale" and "Tom Hall" stay two people,
// "Ummi Abdullah" and "Ummi Abduallah" are one).
func respelled(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 {
		return false
	}
	fuzzy := 0
	for _, w := range a {
		exact, near := false, false
		for _, v := range b {
			if v == w {
				exact = true
			} else if len(w) >= 5 && len(v) >= 5 && names.EditDistance(w, v, 2) <= 2 {
				near = true
			}
		}
		switch {
		case exact:
		case near:
			fuzzy++
		default:
			return false
		}
	}
	return fuzzy == 1
}
