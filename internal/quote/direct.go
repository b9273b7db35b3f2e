package quote

import (
	"github.com/claimgraph/claimgraph/internal/segment"
)

// attribution is a cue and speaker found next to a quotation.
type attribution struct {
	spk      speaker
	cue      int // token index
	c        cue
	end      int // token after the attribution phrase
	strength float64
}

// direct attributes every quoted stretch, merging pieces of one quotation
// split around its attribution or across paragraphs.
func (r *run) direct() {
	var last *Quote
	lastPara := -1
	lastEnd := 0 // token after the last attribution or quote
	lastCue := -1
	for k := 0; k < len(r.marks); k++ {
		m := r.marks[k]
		if m.Prev >= 0 {
			continue // absorbed by its first piece
		}
		end := m.Close
		pieces := []Marked{m}
		for n := m.Next; n >= 0; n = r.marks[n].Next {
			pieces = append(pieces, r.marks[n])
			end = r.marks[n].Close
		}
		lastPiece := pieces[len(pieces)-1]
		var a attribution
		ok := false
		if r.standalone(m) {
			// A piece that goes on from the last quotation takes its
			// attribution from the same sentence only, so that the
			// pieces stay one quote.
			goesOn := last != nil && m.Para == lastPara && r.onlyAttributionBetween(lastEnd, m.Open)
			a, ok = r.after(lastPiece, !goesOn)
			if !ok {
				a, ok = r.before(m)
			}
		}
		content := r.contentSpan(pieces)
		if content.End <= content.Start {
			continue
		}
		if ok && last != nil && a.cue == lastCue && m.Para == lastPara {
			// "“We will win,” Smith said, “and soon.”": the second piece
			// of the quotation the same attribution split.
			ok = false
		}
		if ok {
			lastCue = a.cue
			r.usedCue[a.cue] = true
			q := Quote{Kind: Direct, Span: content, Fragments: fragments(r, pieces), Speaker: a.spk.entity, SpeakerSrc: a.spk.mention,
				Cue: r.span(a.cue, a.cue+1), CueLemma: a.c.lemma, CueClass: a.c.class, Vague: a.spk.vague, Unnamed: a.spk.unnamed, Body: a.spk.body, Role: a.spk.role, Described: a.spk.desc, Rule: a.spk.rule, Confidence: a.strength,
				SentFrom: int(r.seg.SentenceOf[m.Open]), SentTo: int(r.seg.SentenceOf[min(end, len(r.toks)-1)])}
			r.quotes = append(r.quotes, q)
			last = &r.quotes[len(r.quotes)-1]
			lastPara = lastPiece.Para
			lastEnd = max(a.end, end)
			continue
		}
		// No attribution of its own: the second half of a split quote, a
		// following sentence of the same speaker, or a new paragraph that
		// goes on quoting the last speaker.
		if last != nil && (lastPiece.Para == lastPara && r.onlyAttributionBetween(lastEnd, m.Open) ||
			m.Para == lastPara+1 && m.Open == r.seg.Paragraphs[m.Para].From && r.words[m.Open] != "") {
			if m.Para == lastPara {
				if len(last.Fragments) == 0 {
					last.Fragments = []Span{last.Span}
				}
				last.Span.End = content.End
				more := fragments(r, pieces)
				if len(more) == 0 {
					more = []Span{content} // a quotation in one piece
				}
				last.Fragments = append(last.Fragments, more...)
				lastEnd = end
				continue
			}
			q := *last
			if q.Unnamed && q.Described.End <= q.Described.Start {
				// The unnamed source keeps its description: "MPs have
				// warned" goes on as the MPs, not as a source with no words.
				q.Described = q.SpeakerSrc
			}
			q.Span, q.Fragments, q.SpeakerSrc, q.Cue, q.Confidence, q.Rule = content, fragments(r, pieces), Span{}, Span{}, 0.6, RuleContinues
			q.SentFrom, q.SentTo = int(r.seg.SentenceOf[m.Open]), int(r.seg.SentenceOf[min(end, len(r.toks)-1)])
			r.quotes = append(r.quotes, q)
			last = &r.quotes[len(r.quotes)-1]
			lastPara, lastEnd = lastPiece.Para, end
			continue
		}
		if !r.standalone(m) {
			continue // embedded in a clause: reported speech handles it
		}
		if a, ok := r.colonSubject(m); ok {
			q := Quote{Kind: Direct, Span: content, Fragments: fragments(r, pieces), Speaker: a.spk.entity, SpeakerSrc: a.spk.mention,
				Vague: a.spk.vague, Unnamed: a.spk.unnamed, Body: a.spk.body, Role: a.spk.role, Described: a.spk.desc, Rule: a.spk.rule, Confidence: a.strength,
				SentFrom: int(r.seg.SentenceOf[m.Open]), SentTo: int(r.seg.SentenceOf[min(end, len(r.toks)-1)])}
			r.quotes = append(r.quotes, q)
			last = &r.quotes[len(r.quotes)-1]
			lastPara, lastEnd = lastPiece.Para, end
		}
	}
}

// colonSubject attributes "She then addressed the supporters: “...”" to the
// subject of the clause the colon closes, when that subject is a name or pronoun.
func (r *run) colonSubject(m Marked) (attribution, bool) {
	sp := r.sentence(m.Open)
	if m.Open == r.seg.Paragraphs[m.Para].From && m.Open > 0 && r.words[m.Open-1] == ":" {
		// "Sanders made the following comment:" closing the paragraph before.
		sp = r.sentence(m.Open - 1)
	} else if m.Open-1 <= sp.From || r.words[m.Open-1] != ":" {
		return attribution{}, false
	}
	from := sp.From
	for k := min(m.Open, sp.To) - 2; k > sp.From; k-- {
		if r.words[k] == "," {
			from = k + 1
			break
		}
	}
	if _, ok := pronounGender[r.words[from]]; ok {
		s := r.resolve(from, from+1)
		return attribution{spk: s, strength: 0.6}, s.ok
	}
	end := from
	for end < sp.To-1 && end-from < 8 && (r.toks[end].Cap() || r.words[end] == "the" || r.words[end] == "'s") {
		end++
	}
	if end == from {
		return attribution{}, false
	}
	if k, ok := r.er.HeadMention(from, end); ok {
		mm := &r.er.Mentions[k]
		return attribution{spk: speaker{entity: mm.Entity, mention: Span{mm.Start, mm.End}, ok: true}, strength: 0.6}, true
	}
	return attribution{}, false
}

// standalone: the quotation opens its sentence, or follows a colon, comma
// or a reporting clause, rather than sitting inside a clause as a fragment.
func (r *run) standalone(m Marked) bool {
	sp := r.sentence(m.Open)
	if m.Open == sp.From {
		return true
	}
	prev := r.words[m.Open-1]
	if prev == ":" || prev == "," || prev == "—" || prev == "(" {
		return true
	}
	return false
}

// maxAttributionBetween bounds the stretch onlyAttributionBetween reads: an
// attribution with its appositive can run long ("said Ada Roe, a nurse in
// Leeds who voted Labour in 2010 but Green in 2015"), and past that the
// writer has moved on.
const maxAttributionBetween = 50

// onlyAttributionBetween: tokens [from, to) hold no new reporting verb or
// "that" clause, so a quote at `to` continues the previous one.
func (r *run) onlyAttributionBetween(from, to int) bool {
	if to-from > maxAttributionBetween {
		return false
	}
	relative := false
	for k := from; k < to; k++ {
		if r.toks[k].Kind == segment.Quote && r.toks[k].Double {
			return false
		}
		if k > from && r.words[k-1] == "," && r.words[k] == "who" {
			// "said Ames, who has not read the report but ...": a
			// clause about the speaker, whose verbs report nothing new.
			relative = true
		}
		if r.seg.SentenceOf[k] != r.seg.SentenceOf[max(k-1, from)] {
			relative = false
		}
		if _, ok := r.cueAt(k); !relative && (ok || r.words[k] == "that") {
			return false
		}
	}
	return true
}

// after finds "..., Romanowski said" or "..., said Romanowski" after the close;
// nextSentence lets it look in a following sentence that only attributes.
func (r *run) after(m Marked, nextSentence bool) (attribution, bool) {
	if !m.Closed {
		return attribution{}, false
	}
	k := m.Close + 1
	sp := r.sentence(m.Close)
	limit := sp.To
	ownSentence := false
	if k >= limit && k < len(r.toks) {
		if !nextSentence {
			return attribution{}, false
		}
		// '"We will win." He said.' puts the attribution in a sentence of its
		// own, which must say nothing else: '"Why?" Mr. Clyburn said,
		// echoing a complaint.' And in the quotation's paragraph: a new one
		// that opens "Cardin said" is Cardin's own report.
		if r.seg.ParagraphOf[r.seg.SentenceOf[k]] != r.seg.ParagraphOf[r.seg.SentenceOf[m.Close]] {
			return attribution{}, false
		}
		limit = r.sentence(k).To
		ownSentence = true
	}
	if k < limit && (r.words[k] == "," || r.words[k] == "—") {
		k++
	}
	if k >= limit {
		return attribution{}, false
	}
	if c, ok := r.cueAt(k); ok && !c.ing {
		s, end, ok := r.subjectRight(k)
		if ok && (!ownSentence || r.attributionEnds(end, limit)) {
			return attribution{spk: s, cue: k, c: c, end: end, strength: 0.9}, true
		}
		return attribution{}, false
	}
	for j := k; j < limit && j-k <= maxAppositive+3; j++ {
		t := &r.toks[j]
		if t.Kind == segment.Quote || t.Lower == ";" || t.Lower == "that" {
			break
		}
		c, ok := r.cueAt(j)
		if !ok {
			continue
		}
		if c.ing || j == k {
			break
		}
		s, ok := r.subjectLeftFrom(j, k)
		if !ok || ownSentence && !r.attributionEnds(j+1, limit) {
			break
		}
		return attribution{spk: s, cue: j, c: c, end: j + 1, strength: 0.9}, true
	}
	return attribution{}, false
}

// attributionEnds reports that an attribution ending at token k says no
// more of its own: the sentence ends, or goes on with a comma, a time or a
// place ("Mr. Clyburn said, echoing", "she said on Monday", "he said to
// a crowd").
func (r *run) attributionEnds(k, limit int) bool {
	if k >= limit {
		return true
	}
	w := r.words[k]
	// "to", "at" and "during" join whom and where it was said to ("said to
	// a crowd", "told at a rally"), not a clause of the attribution's own.
	if w == "to" && k+1 < limit {
		// "said to a crowd", not "promised to continue": an addressee.
		n := &r.toks[k+1]
		return n.Cap() || determiners[r.words[k+1]]
	}
	if r.lx.timeWords[w] {
		// "said Wednesday." ends it; "said Wednesday that ..." goes on
		// with a report of its own.
		for k < limit && r.lx.timeWords[r.words[k]] {
			k++
		}
		return k >= limit || r.words[k] != "that" && r.attributionEnds(k, limit)
	}
	return w == "." || w == "," || w == "!" || w == "?" || prepositions[w] || w == "at" || w == "during"
}

// subjectLeftFrom is subjectLeft limited to tokens at or after from.
func (r *run) subjectLeftFrom(c, from int) (speaker, bool) {
	s, ok := r.subjectLeft(c)
	if !ok {
		return s, false
	}
	if s.mention.Start < r.toks[from].Start && s.mention.End > 0 {
		return speaker{}, false
	}
	return s, true
}

// before finds "Romanowski said:" or "She told Reuters," before the opening mark.
func (r *run) before(m Marked) (attribution, bool) {
	sp := r.sentence(m.Open)
	k := m.Open - 1
	if k < sp.From {
		return attribution{}, false
	}
	if w := r.words[k]; w == ":" || w == "," {
		k--
	}
	for j := k; j >= sp.From && k-j < 8; j-- {
		t := &r.toks[j]
		if t.Kind == segment.Quote || t.Text == "." {
			break
		}
		c, ok := r.cueAt(j)
		if !ok {
			continue
		}
		if r.negated(j, sp) {
			break // "Comey cannot say that “...”": not his words
		}
		if s, ok := r.subjectLeft(j); ok {
			return attribution{spk: s, cue: j, c: c, end: m.Open, strength: 0.85}, true
		}
		if s, _, ok := r.subjectRight(j); ok && j == sp.From {
			return attribution{spk: s, cue: j, c: c, end: m.Open, strength: 0.8}, true
		}
		break
	}
	return attribution{}, false
}

// contentSpan is the quoted text without its marks and trailing commas.
func (r *run) contentSpan(pieces []Marked) Span {
	first, last := pieces[0], pieces[len(pieces)-1]
	from := first.Open + 1
	to := last.Close
	// A doubled mark (`""unfair`, `“”The`) is a typing slip, not a
	// quotation inside the quotation.
	for from < to && r.toks[from].Kind == segment.Quote && r.toks[from].Double {
		from++
	}
	for to > from && (r.words[to-1] == "," || r.words[to-1] == "—" || r.toks[to-1].Kind == segment.Quote && r.toks[to-1].Double) {
		to--
	}
	return r.span(from, to)
}

func fragments(r *run, pieces []Marked) []Span {
	if len(pieces) == 1 {
		return nil
	}
	out := make([]Span, 0, len(pieces))
	for _, p := range pieces {
		if s := r.contentSpan([]Marked{p}); s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}
