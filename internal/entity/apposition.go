package entity

import "github.com/claimgraph/claimgraph/internal/segment"

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
