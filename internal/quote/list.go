package quote

import (
	"strings"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// maxListItems bounds how many paragraphs one "said:" introduces, and
// maxItemWords how long a bullet may be; longer runs are the article again.
const (
	maxListItems = 12
	maxItemWords = 40
	// maxColonCue bounds the words between the reporting verb and the
	// colon: "She also confirmed she created the powerful piece:".
	maxColonCue = 12
	// maxBlock bounds the paragraphs of one block quotation.
	maxBlock = 3
)

// colonLists takes what a paragraph ending in a reporting verb and a colon
// introduces when the page lost its marks: a bulleted list of what the
// source said ("President Obama also said:" / "The UK must stay in the EU"
// / "He is confident the deal will pass"), each item one reported clause,
// or a block quotation, one paragraph of the source's own words.
func (r *run) colonLists() {
	for p := 0; p+1 < len(r.seg.Paragraphs); p++ {
		par := r.seg.Paragraphs[p]
		if par.To-par.From < 3 || r.words[par.To-1] != ":" {
			continue
		}
		c, cu, ok := r.colonCueBefore(par.To - 1)
		if !ok {
			continue
		}
		s, ok := r.subjectLeft(c)
		if !ok || !s.ok {
			continue
		}
		next := r.seg.Paragraphs[p+1]
		if next.To <= next.From || r.toks[next.From].Kind == segment.Quote {
			continue // a quotation with its marks: the direct pass has it
		}
		if !r.bullet(next) {
			r.block(p+1, c, cu, s, par.To-1)
			continue
		}
		for k := p + 1; k < len(r.seg.Paragraphs) && k-p <= maxListItems; k++ {
			item := r.seg.Paragraphs[k]
			if item.To <= item.From || !r.bullet(item) {
				break
			}
			n := len(r.quotes)
			r.add(item.From, item.To, c, cu, s, int(r.seg.SentenceOf[item.From]), 0.5)
			if len(r.quotes) > n { // add may refuse ("March April May" says nothing)
				r.quotes[n].SentTo = int(r.seg.SentenceOf[item.To-1])
			}
		}
	}
}

// colonCueBefore finds the reporting verb that the colon at token k closes:
// "also said:", "told the BBC:", within a few words.
func (r *run) colonCueBefore(k int) (int, cue, bool) {
	sp := r.sentence(k)
	for c := k - 1; c >= sp.From && k-c <= maxColonCue; c-- {
		if r.inQuote[c] || r.usedCue[c] {
			return 0, cue{}, false
		}
		if cu, ok := r.cueAt(c); ok {
			return c, cu, true
		}
	}
	return 0, cue{}, false
}

// bullet reports a paragraph that reads as a list item: a few words, no
// quotation marks of its own, and no full stop at the end.
func (r *run) bullet(p segment.Span) bool {
	last := r.words[p.To-1]
	if last == "." || last == "!" || last == "?" || last == ":" || r.toks[p.To-1].Kind == segment.Quote {
		return false
	}
	words := 0
	for k := p.From; k < p.To; k++ {
		if r.toks[k].Kind == segment.Word {
			words++
		}
	}
	return words >= 3 && words <= maxItemWords
}

// block records the paragraphs after "said:" as the source's own words,
// one quote each, up to maxBlock of them and while no quotation marks, no
// reporting verb and no very short line say the article has resumed.
func (r *run) block(first, c int, cu cue, s speaker, colon int) {
	n := 0
	for pi := first; pi < len(r.seg.Paragraphs) && pi-first < maxBlock; pi++ {
		p := r.seg.Paragraphs[pi]
		if p.To <= p.From || r.wordCount(r.span(p.From, p.To)) < 4 || r.reports(p) {
			break
		}
		r.quotes = append(r.quotes, Quote{Kind: Direct, Span: r.span(p.From, p.To), Speaker: s.entity, SpeakerSrc: s.mention, Cue: r.span(c, c+1),
			CueLemma: cu.lemma, CueClass: cu.class, Vague: s.vague, Unnamed: s.unnamed, Body: s.body, Role: s.role, Described: s.desc, Rule: s.rule, Confidence: 0.5,
			SentFrom: int(r.seg.SentenceOf[p.From]), SentTo: int(r.seg.SentenceOf[p.To-1])})
		n++
	}
	if n > 0 && colon-c <= 2 {
		// "told the Gazette:" says nothing itself; "confirmed she
		// created it:" also reports what it confirmed.
		r.usedCue[c] = true
	}
}

// reports reports a paragraph with quotation marks or a reporting verb of
// its own: the article speaking again, not the block quotation.
func (r *run) reports(p segment.Span) bool {
	for k := p.From; k < p.To; k++ {
		if r.toks[k].Kind == segment.Quote && r.toks[k].Double {
			return true
		}
		if _, ok := r.cueAt(k); ok && !(k > p.From && (firstPerson[r.words[k-1]] || strings.HasSuffix(r.words[k-1], "n't"))) {
			return true // but "I didn't expect", "we think" are the source's own words
		}
	}
	return false
}

// firstPerson before a verb keep it the speaker's own words.
var firstPerson = map[string]bool{"i": true, "we": true, "you": true, "n't": true, "not": true, "to": true}
