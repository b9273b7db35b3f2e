package entity

// antecedent resolves a pronoun at token i: the person (or, for "it" and
// "they", the body) mentioned outside quotes in the nearest sentence, up to
// six back, that mentions one; within that sentence the leftmost, which is
// its subject far more often than not ("Mr Brown accused Oliver Letwin of
// plotting cuts. ... he said" is Brown). Mentions are compared by position,
// not by the order they were added in.
func antecedent(r *Result, sentenceOf []int32, i int, gender byte) (int, bool) {
	limit := sentenceOf[i] - 6
	best, bestSent, bestFrom := -1, int32(-1), 0
	for k := range r.Mentions {
		m := &r.Mentions[k]
		if m.From >= i || m.Entity < 0 || m.InQuote || m.caption || m.Kind == PronounMention {
			continue
		}
		s := sentenceOf[m.From]
		if s < limit || s < bestSent || s == bestSent && m.From >= bestFrom {
			continue
		}
		if !agrees(r.Entities[m.Entity], gender) {
			continue
		}
		best, bestSent, bestFrom = m.Entity, s, m.From
	}
	return best, best >= 0
}

// agrees reports that an entity can be what a pronoun of this gender
// (m, f, n for "it", p for "they") stands for.
func agrees(ent *Entity, gender byte) bool {
	switch gender {
	case 'm', 'f':
		return ent.Type == Person && (ent.Gender == 0 || ent.Gender == gender)
	case 'n':
		return ent.Type == Org || ent.Type == Outlet || ent.Type == GPE
	case 'p':
		return ent.Type == Org || ent.Type == Outlet || ent.Type == NORP
	}
	return true
}

// Antecedent resolves a pronoun at token i of gender m, f, n (it) or p (they).
func (r *Result) Antecedent(sentenceOf []int32, i int, gender byte) (int, bool) {
	return antecedent(r, sentenceOf, i, gender)
}
