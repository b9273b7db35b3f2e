package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/internal/names"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// maxApposition bounds the description after a name's comma that may type
// it: "the Press, a Christchurch daily," but not a clause.
const maxApposition = 5

// typeByApposition makes a body an outlet when the text describes it as
// one right after its name: "the Press, a Christchurch daily, said". The
// description is the text's own evidence, which outweighs a guess from
// the name's shape.
func (p *pass) typeByApposition() {
	for k := range p.res.Mentions {
		m := &p.res.Mentions[k]
		if m.Kind != NameMention || m.Entity < 0 || m.To+2 >= len(p.toks) || p.words[m.To] != "," {
			continue
		}
		e := p.res.Entities[m.Entity]
		if e.Type != Org && e.Type != Other && e.Type != Person || e.Type == Person && (e.Gender != 0 || e.Title != "") {
			continue
		}
		if w := p.words[m.To+1]; w != "a" && w != "an" && w != "the" {
			continue
		}
		// The description ends at the first comma or full stop.
		sp := p.seg.Sentences[p.seg.SentenceOf[m.From]]
		for j := m.To + 2; j < sp.To && j-m.To <= maxApposition+1; j++ {
			if w := p.words[j]; w == "," || w == "." {
				if p.lx.outletNouns[p.words[j-1]] {
					e.Type = Outlet
				}
				break
			}
			if k := p.toks[j].Kind; k != segment.Word && k != segment.Punct {
				break // a quotation or a number: no plain description
			}
		}
	}
}

// typeByDescription makes a body an outlet when the text's own words
// around its name call it one: a lower-case outlet noun right before it,
// after a determiner and at most two capitalized words ("said the daily
// Gunlek", "the Velmoor weekly Osterblad"), or right after it ("the Velkur
// newspaper"); or its name ends in an outlet word and a body's head
// ("Ghana News Agency", "British Broadcasting Corporation").
func (p *pass) typeByDescription() {
	for k := range p.res.Mentions {
		m := &p.res.Mentions[k]
		if m.Kind != NameMention || m.Entity < 0 {
			continue
		}
		e := p.res.Entities[m.Entity]
		if e.Type != Org && e.Type != Other && e.Type != Person || e.Type == Person && (e.Gender != 0 || e.Title != "") {
			continue
		}
		if p.newsBodyName(m.From, m.To) || !p.knownBody(m.From, m.To) && !bodyWords(e.words) && (p.outletNounBefore(m.From) && p.endsPhrase(m.To) || p.outletNounAfter(m.To)) {
			e.Type = Outlet
		}
	}
}

// knownBody: a list knows the name as something other than an outlet
// ("the daily White House briefing").
func (p *pass) knownBody(from, to int) bool {
	n, k := p.matchName(from, to)
	return n == to-from && k.typ != Outlet
}

// bodyWords: an entity's name (its full form, where the mention is a short
// one: "ADNOC" of Abu Dhabi National Oil Co) says it is some other body,
// by a head word or a legal form ("the Velmoor Workers Party newspaper" is
// the party's paper).
func bodyWords(words []string) bool {
	for _, w := range words {
		if orgHeadWords()[w] || names.CorporateSuffix(w) {
			return true
		}
	}
	return false
}

// endsPhrase: the name before token t is a whole noun phrase, not the
// modifier of a noun after it ("the daily Gunlek reported", but "the daily
// Velkur price"): a mark, a function word ("that", "on") or a verb's past
// or present form follows, not another lower-case word.
func (p *pass) endsPhrase(t int) bool {
	if !p.lowerWord(t) {
		return true
	}
	w := p.words[t]
	return p.lx.common[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || p.lx.pastForms[w]
}

func (p *pass) lowerWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == segment.Word && !p.toks[i].Cap()
}

func (p *pass) outletNounBefore(from int) bool {
	j := from - 1
	if !p.lowerWord(j) || !p.lx.outletNounsBefore[p.words[j]] {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch w := p.words[k]; {
		case w == "the" || w == "a" || w == "an" || w == "'s" || w == "’s":
			return true
		case p.toks[k].Kind == segment.Word && p.toks[k].Cap():
			continue // "the Velmoor weekly", "the Turkish daily"
		default:
			return false
		}
	}
	return false
}

func (p *pass) outletNounAfter(to int) bool {
	// "the Velkur newspaper said", but not "the Velkur newspaper chain".
	return p.lowerWord(to) && p.lx.outletNounsAfter[p.words[to]] && !p.capitalAt(to+1) && p.endsPhrase(to+1)
}

func (p *pass) capitalAt(i int) bool {
	return i < len(p.toks) && p.toks[i].Kind == segment.Word && p.toks[i].Cap()
}

func (p *pass) newsBodyName(from, to int) bool {
	return to-from >= 2 && p.lx.outletBodyHeads[p.words[to-1]] && p.lx.outletEnds[p.words[to-2]] && p.toks[to-2].Cap()
}
