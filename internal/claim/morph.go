package claim

import "strings"

// verbLemmas undoes verb inflection the way WordNet's morphy does: an
// irregular form by its exception list, a regular one by stripping a
// suffix and keeping the result only when it is a known lemma.
type verbLemmas struct {
	lemmas    map[string]bool
	irregular map[string]string
}

// verbSuffixes are morphy's detachment rules for verbs: suffix, ending.
var verbSuffixes = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}

// lemma returns the verb lemma of a word form and whether it is a verb form
// at all; inflected says the form carries an ending (or is irregular), which
// tells "raised" (a verb) from "raise" (maybe a noun) where grammar cannot.
func (v *verbLemmas) lemma(w string) (lemma string, inflected, ok bool) {
	if l, ok := v.irregular[w]; ok {
		return l, true, true
	}
	for _, s := range verbSuffixes {
		if base, found := strings.CutSuffix(w, s[0]); found && base != "" {
			cand := base + s[1]
			if v.lemmas[cand] {
				return cand, true, true
			}
			// "stopped", "planning": a doubled final consonant.
			if n := len(base); s[1] == "" && n >= 2 && base[n-1] == base[n-2] && v.lemmas[base[:n-1]] && (s[0] == "ed" || s[0] == "ing") {
				return base[:n-1], true, true
			}
		}
	}
	if v.lemmas[w] {
		return w, false, true
	}
	return "", false, false
}

// VerbLemma is the verb lemma of a word form ("contracted" -> "contract"),
// by WordNet's verbs and their irregular forms; ok is false for a word no
// verb has as a form.
func (x *Extractor) VerbLemma(word string) (lemma string, ok bool) {
	l, _, ok := x.verbs.lemma(strings.ToLower(word))
	return l, ok
}
