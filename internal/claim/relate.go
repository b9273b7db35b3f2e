package claim

import "strings"

// relation is how two predicates compare.
type relation uint8

const (
	unrelated relation = iota
	same
	opposite
)

// relate compares two propositions' predicates: copula complements by stem
// or as antonyms; verbs (with equal particles) as one lemma, WordNet
// synonyms (sharing a synset) or antonyms. It says which test matched.
func (x *Extractor) relate(p, q *Proposition) (relation, string) {
	if (p.Verb == "be") != (q.Verb == "be") {
		return unrelated, ""
	}
	if p.Verb == "be" {
		a, b := p.Complement, q.Complement
		switch {
		case a == b || x.stems.stem(a) == x.stems.stem(b):
			return same, "same lemma"
		case x.antonym(a, b):
			return opposite, "WordNet antonyms " + a + "/" + b
		}
		return unrelated, ""
	}
	if p.Verb == q.Verb {
		return same, "same lemma"
	}
	va, pa, _ := strings.Cut(p.Verb, " ")
	vb, pb, _ := strings.Cut(q.Verb, " ")
	if pa != pb {
		return unrelated, ""
	}
	switch {
	case x.antonym(va, vb):
		return opposite, "WordNet antonyms " + va + "/" + vb
	case x.synonyms(va, vb):
		return same, "WordNet synonyms " + va + "/" + vb
	}
	return unrelated, ""
}

// antonym looks two words up as they are and as singular nouns.
func (x *Extractor) antonym(a, b string) bool {
	for _, s := range x.antonyms[a] {
		if s == b {
			return true
		}
	}
	sa, sb := strings.TrimSuffix(a, "s"), strings.TrimSuffix(b, "s")
	if sa != a || sb != b {
		for _, s := range x.antonyms[sa] {
			if s == sb {
				return true
			}
		}
	}
	return false
}

// synonyms: two verb lemmas that share a WordNet synset.
func (x *Extractor) synonyms(a, b string) bool {
	for _, s := range x.synsets[a] {
		for _, t := range x.synsets[b] {
			if s == t {
				return true
			}
		}
	}
	return false
}
