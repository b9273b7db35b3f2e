package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// maxRolePhrase bounds the words of a role set off by commas ("Manager of
// the Dorbury ski centre").
const maxRolePhrase = 10

// appositiveHolder finds the person a role is set beside by commas, who
// holds it whatever title anyone else in the text has:
//   - "The manager of the centre, Lenka Pavlu, said" and "Ms Varga's
//     deputy, Tomas Keller, said": the role leads its sentence and the
//     name follows it;
//   - "Tomas Keller, Ms Varga's deputy, said": the name leads and the role
//     follows.
//
// Mentions are in text order here (resolve sorted them), so the name is
// the mention that opens right after the comma, or the one that closes
// right before it.
func (p *pass) appositiveHolder(k int) (int, bool) {
	m := &p.res.Mentions[k]
	if m.InQuote {
		return -1, false
	}
	sp := p.seg.Sentences[p.seg.SentenceOf[m.From]]
	// The role phrase runs from the mention to the comma that closes it.
	end := -1
	for t := m.To; t < sp.To && t-m.From <= maxRolePhrase; t++ {
		if p.words[t] == "," {
			end = t
			break
		}
		if p.toks[t].Kind == segment.Quote || p.personNameAt(k, t) >= 0 || p.verbLike(t) {
			return -1, false // "The manager resigned on Monday, Lenka Pavlu said": a clause
		}
	}
	if end < 0 {
		return -1, false
	}
	if p.leadsSentence(m.From, sp) {
		// The name after the comma, closed by a comma or its verb.
		if n := p.personNameAt(k, end+1); n >= 0 {
			after := p.res.Mentions[n].To
			if after < sp.To && (p.words[after] == "," || p.toks[after].Kind == segment.Word && !p.toks[after].Cap() && p.words[after] != "and" && p.words[after] != "or") {
				return p.res.Mentions[n].Entity, true
			}
		}
		return -1, false
	}
	// The name before the comma that opens the role: "Tomas Keller, Ms
	// Varga's deputy,", "Lenka Pavlu, the manager,".
	start := m.From - 1
	for start > sp.From && m.From-start <= 4 && p.words[start] != "," {
		start--
	}
	if start <= sp.From || p.words[start] != "," {
		return -1, false
	}
	for j := k - 1; j >= 0; j-- {
		c := &p.res.Mentions[j]
		if c.To <= start-1 {
			break
		}
		if c.To == start && c.Kind == NameMention && c.Entity >= 0 && p.res.Entities[c.Entity].Type == Person && !c.InQuote {
			return c.Entity, true
		}
	}
	return -1, false
}

// leadsSentence reports that only a determiner, a possessor ("Ms Varga's")
// or the words of a body ("LTA", "Conservative family") come before token
// from in its sentence: the role there is the subject's.
func (p *pass) leadsSentence(from int, sp segment.Span) bool {
	if from-sp.From > 5 {
		return false
	}
	for t := sp.From; t < from; t++ {
		if p.toks[t].Kind == segment.Quote || p.words[t] == "," || p.lx.subordinators[p.words[t]] || p.verbLike(t) {
			return false // "When the manager of the centre left, ...": a clause of its own
		}
	}
	return true
}

// verbLike reports a lower-case word at token t that reads as a verb of a
// clause: a past form (-ed, or past_forms.txt).
func (p *pass) verbLike(t int) bool {
	tk := &p.toks[t]
	if tk.Kind != segment.Word || tk.Cap() {
		return false
	}
	w := p.words[t]
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !CommonNoun(w) || p.lx.pastForms[w]
}

// personNameAt is the index of the name mention of a person that opens at
// token t, searched forwards from mention k (mentions are in text order),
// or -1.
func (p *pass) personNameAt(k, t int) int {
	for j := k + 1; j < len(p.res.Mentions); j++ {
		c := &p.res.Mentions[j]
		if c.From > t {
			break
		}
		if c.From == t && c.Kind == NameMention && c.Entity >= 0 && p.res.Entities[c.Entity].Type == Person {
			return j
		}
	}
	return -1
}
