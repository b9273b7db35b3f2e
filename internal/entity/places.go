package entity

import (
	"slices"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// placeFrames are the words after which a capitalized name is a place
// whether or not the gazetteer lists it: "remain in Veldoria", "across
// East Merovia".
var placeFrames = map[string]bool{"in": true, "across": true, "throughout": true, "inside": true, "into": true}

// findPlaces reads the document once for names its grammar makes places,
// so that every other mention of them ("the US envoy to Veldoria Marieke
// van der Berg", "Veldoria's demands") is read as the place too. A name
// that the gazetteer knows, that opens with a first name, that holds a
// body's head word ("in Congress", "in the Senate") or a common word, that
// is an acronym, or that owns something ("in Smith's office") is left to
// the other rules.
func (p *pass) findPlaces() map[string][]casePhrase {
	var out map[string][]casePhrase
	for si, sp := range p.seg.Sentences {
		if p.titleCase[si] {
			continue
		}
		for i := sp.From; i+1 < sp.To; i++ {
			seat := p.words[i] == "for" && i > sp.From && seatHolders[p.words[i-1]]
			if !placeFrames[p.words[i]] && !seat || p.toks[i].Cap() && i > sp.From {
				continue
			}
			if seat {
				// "the Tory MP for Sleaford and North Hykeham": a seat is a
				// place, and so is each part of it.
				for j := i + 1; j < sp.To; {
					end := p.placeAt(j, sp, &out)
					if end == j || end+1 >= sp.To || p.words[end] != "and" {
						break
					}
					j = end + 1
				}
				continue
			}
			p.placeAt(i+1, sp, &out)
		}
	}
	return out
}

// seatHolders hold a seat named after a place: "MP for Sleaford".
var seatHolders = map[string]bool{"mp": true, "mep": true, "msp": true, "mla": true, "am": true, "td": true, "senator": true, "congressman": true,
	"congresswoman": true, "representative": true, "member": true, "councillor": true, "councilor": true, "assemblyman": true, "assemblywoman": true}

// placeAt records the name at token j as a place of this document when
// it reads as one, and returns where the name ends (j when it is none).
func (p *pass) placeAt(j int, sp segment.Span, out *map[string][]casePhrase) int {
	{
		{
			if j >= sp.To || !p.toks[j].Cap() || p.inQuote != nil && p.inQuote[j] {
				return j // a speaker's "in Trouble" is no evidence of a place
			}
			if _, people := p.lx.norp[p.toks[j].Text]; people || p.lowerElsewhere(p.words[j]) {
				return j // "in French", "in Nature" when the text says "nature"
			}
			if n, _ := p.lx.matchName(p.toks, j, sp.To); n > 0 {
				return j + n
			}
			end := j
			for end < sp.To && end-j < 3 && p.isNamePart(end, false) && !p.lx.orgHeads[p.words[end]] && !p.toks[end].AllCaps() {
				if _, first := p.lx.firstNames[p.words[end]]; first {
					end = j
					break
				}
				end++
			}
			if end == j || end < sp.To && (p.isNamePart(end, false) || p.words[end] == "'s" || p.words[end] == "’s" || p.lx.orgHeads[p.words[end]]) {
				return j
			}
			words := make([]string, 0, end-j)
			for k := j; k < end; k++ {
				words = append(words, p.toks[k].Text)
			}
			if *out == nil {
				*out = map[string][]casePhrase{}
			}
			k := known{canonical: p.text(j, end), typ: GPE, kind: "place"}
			if !slices.ContainsFunc((*out)[words[0]], func(c casePhrase) bool { return c.entry.canonical == k.canonical }) {
				(*out)[words[0]] = append((*out)[words[0]], casePhrase{words: words, entry: k})
			}
			return end
		}
	}
}

// matchName finds the longest known name at token i: the gazetteer's, or
// one of the places this document's grammar named. A short all-caps alias
// that is also a common word ("IS" for the Islamic State) needs a sentence
// not in capitals around it: "WHY IS THE WALL FAILING?" names no group.
func (p *pass) matchName(i, end int) (int, known) {
	n, k := p.lx.matchName(p.toks, i, end)
	if n == 1 && p.toks[i].AllCaps() && p.lx.common[p.words[i]] && p.shouted(i, end) {
		n, k = 0, known{}
	}
	for _, c := range p.places[p.toks[i].Text] {
		if m := len(c.words); m > n && i+m <= end && sameTexts(p.toks[i:i+m], c.words) {
			n, k = m, c.entry
		}
	}
	return n, k
}

// shouted reports a neighbour of token i written in capitals too.
func (p *pass) shouted(i, end int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < end && j < len(p.toks) && p.toks[j].Kind == segment.Word && p.toks[j].AllCaps() && len(p.toks[j].Text) > 1 {
			return true
		}
	}
	return false
}

func sameTexts(toks []segment.Token, words []string) bool {
	for k, w := range words {
		if toks[k].Text != w {
			return false
		}
	}
	return true
}

// lowerElsewhere reports a word the document also writes in lower case
// ("God" aside, "in Nature" and "nature"): no proper name.
func (p *pass) lowerElsewhere(w string) bool {
	if p.lower == nil {
		p.lower = make(map[string]bool, len(p.toks)/4) // sized once: growing it cost more than the lookups
		for i := range p.toks {
			if p.toks[i].Kind == segment.Word && !p.toks[i].Cap() {
				p.lower[p.words[i]] = true
			}
		}
	}
	return p.lower[w] || p.lx.common[w]
}
