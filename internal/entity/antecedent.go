package entity

import (
	"slices"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// antecedent resolves a pronoun at token i: the person (or, for "it" and
// "they", the body) mentioned outside quotes in the nearest sentence, up to
// six back, that mentions one; within that sentence the leftmost, which is
// its subject far more often than not ("Mr Brown accused Oliver Letwin of
// plotting cuts. ... he said" is Brown). Mentions are compared by position,
// not by the order they were added in.
func antecedent(r *Result, sentenceOf []int32, i int, gender byte) (int, bool) {
	return antecedentDepth(r, sentenceOf, i, gender, maxPronounChain)
}

// maxPronounChain bounds how many sentences led by a pronoun an antecedent
// search follows back.
const maxPronounChain = 4

// subjectPronouns are the pronouns that lead a sentence as its subject.
var subjectPronouns = map[string]byte{"he": 'm', "she": 'f'}

// leadingJoins may come before a sentence's subject: "But he said".
var leadingJoins = map[string]bool{"and": true, "but": true, "then": true, "yet": true, "so": true, "still": true}

func antecedentDepth(r *Result, sentenceOf []int32, i int, gender byte, depth int) (int, bool) {
	limit := r.sentenceLimit(sentenceOf[i])
	// Only mentions that open in the six sentences before i, or in i's up
	// to i, can be it: the first token of sentence limit, then a binary
	// search in the mentions ordered by position.
	from, _ := slices.BinarySearch(sentenceOf[:i], max(limit, 0))
	order := r.byPosition()
	lo, _ := slices.BinarySearchFunc(order, from, func(k int32, t int) int { return r.Mentions[k].From - t })
	best, bestSent, bestFrom := -1, int32(-1), 0
	for _, k := range order[lo:] {
		m := &r.Mentions[k]
		if m.From >= i {
			break
		}
		if m.Entity < 0 || m.InQuote || m.caption || m.Kind == PronounMention {
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
	if best >= 0 && depth > 0 {
		// "Velick said ... He attended the rally, though he may vote for
		// Sen. Harald Osk. ... he said": a sentence led by a pronoun of the
		// same gender goes on about its antecedent, not about the name it
		// mentions later.
		if p, ok := r.leadingPronoun(sentenceOf, bestSent, bestFrom, gender); ok {
			if e, ok := antecedentDepth(r, sentenceOf, p, gender, depth-1); ok {
				return e, true
			}
		}
	}
	return best, best >= 0
}

// leadingPronoun finds a subject pronoun of the gender that opens sentence
// s before token before (after a joining word at most), with no quotation
// mark before it in the sentence.
func (r *Result) leadingPronoun(sentenceOf []int32, s int32, before int, gender byte) (int, bool) {
	if gender != 'm' && gender != 'f' {
		return 0, false
	}
	k, _ := slices.BinarySearch(sentenceOf, s)
	if k < len(r.words) && leadingJoins[r.words[k]] {
		k++
	}
	if k+1 < len(r.words) && k+1 < before && r.words[k+1] == "," {
		return 0, false
	}
	if k >= before || k >= len(r.words) || subjectPronouns[r.words[k]] != gender {
		return 0, false
	}
	// A quotation mark later in the sentence may close a quotation the
	// pronoun is inside: '"I went home. He told me to stay," Velick said.'
	for j := k + 1; j < len(sentenceOf) && sentenceOf[j] == s && j < len(r.words); j++ {
		if quoteMark(r.words[j]) {
			return 0, false
		}
	}
	return k, true
}

// quoteMark reports a token that is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``", "’’", "‘‘", "«", "»":
		return true
	}
	return false
}

// maxNarrated and maxQuoted bound the search for an antecedent: six
// sentences of narration back, however many quoted ones lie between, up
// to twenty in all.
const maxNarrated, maxQuoted = 6, 20

// sentenceLimit is the first sentence an antecedent for a pronoun in
// sentence s may come from.
func (r *Result) sentenceLimit(s int32) int32 {
	if int(s) >= len(r.narrated) {
		return s - maxNarrated
	}
	want := r.narrated[s] - maxNarrated
	lo, _ := slices.BinarySearch(r.narrated[:s+1], want)
	return max(min(int32(lo), s-maxNarrated), s-maxQuoted)
}

// narratedSentences is Result.narrated for a segmentation.
func narratedSentences(seg *segment.Segmentation, inQuote []bool) []int32 {
	out := make([]int32, len(seg.Sentences))
	n := int32(0)
	for si, sp := range seg.Sentences {
		for t := sp.From; t < sp.To; t++ {
			if seg.Tokens[t].Kind == segment.Word && (t >= len(inQuote) || !inQuote[t]) {
				n++
				break
			}
		}
		out[si] = n
	}
	return out
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

// byPosition is the mentions' indexes ordered by first token (stable),
// kept while no mention is added or reordered.
func (r *Result) byPosition() []int32 {
	if len(r.positions) != len(r.Mentions) {
		r.positions = make([]int32, len(r.Mentions))
		for k := range r.positions {
			r.positions[k] = int32(k)
		}
		slices.SortStableFunc(r.positions, func(a, b int32) int { return r.Mentions[a].From - r.Mentions[b].From })
	}
	return r.positions
}

// Antecedent resolves a pronoun at token i of gender m, f, n (it) or p (they).
func (r *Result) Antecedent(sentenceOf []int32, i int, gender byte) (int, bool) {
	return antecedent(r, sentenceOf, i, gender)
}
