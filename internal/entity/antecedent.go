package entity

// antecedent searches backwards from token i for the nearest person (or,
// for "it"/"they", organization) mentioned outside quotes, within six sentences.
func antecedent(r *Result, sentenceOf []int32, i int, gender byte) (int, bool) {
	limit := sentenceOf[i] - 6
	for k := len(r.Mentions) - 1; k >= 0; k-- {
		m := &r.Mentions[k]
		if m.From >= i || m.Entity < 0 || m.InQuote || m.Kind == PronounMention {
			continue
		}
		if sentenceOf[m.From] < limit {
			continue
		}
		ent := r.Entities[m.Entity]
		switch gender {
		case 'm', 'f':
			if ent.Type != Person || (ent.Gender != 0 && ent.Gender != gender) {
				continue
			}
		case 'n':
			if ent.Type != Org && ent.Type != Outlet && ent.Type != GPE {
				continue
			}
		case 'p':
			if ent.Type != Org && ent.Type != Outlet && ent.Type != NORP {
				continue
			}
		}
		return m.Entity, true
	}
	return -1, false
}

// Antecedent resolves a pronoun at token i of gender m, f, n (it) or p (they).
func (r *Result) Antecedent(sentenceOf []int32, i int, gender byte) (int, bool) {
	return antecedent(r, sentenceOf, i, gender)
}
