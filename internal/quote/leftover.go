package quote

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/segment"
)

const segmentWord = segment.Word

// leftovers keeps quoted stretches that no attribution pattern claimed: a
// phrase quoted from someone inside the writer's own clause ("calling the
// reports “anonymous hearsay”"). Its speaker is the clause's subject when
// the sentence names one before the quote.
func (r *run) leftovers() {
	covered := containedIn(r.quotes)
	var add []Quote
	for _, m := range r.marks {
		if m.Prev >= 0 {
			continue
		}
		content := r.contentSpan([]Marked{m})
		if content.End <= content.Start || covered(content) {
			continue
		}
		sp := r.sentence(m.Open)
		if q, ok := r.clauseAround(m, sp); ok {
			add = append(add, q)
			continue
		}
		// A quotation whose paragraphs ran together ("... going home.
		// "However, we have ...") is one, its pieces all kept.
		pieces := []Marked{m}
		for n := m.Next; n >= 0 && len(pieces) < len(r.marks); n = r.marks[n].Next {
			pieces = append(pieces, r.marks[n])
		}
		last := pieces[len(pieces)-1]
		if len(pieces) > 1 {
			content = r.contentSpan(pieces)
		}
		q := Quote{Kind: Direct, Span: content, Fragments: fragments(r, pieces), Speaker: -1, Confidence: 0.4,
			SentFrom: int(r.seg.SentenceOf[m.Open]), SentTo: int(r.seg.SentenceOf[min(last.Close, len(r.toks)-1)])}
		// The first person the sentence names before the quotation, else
		// its first body: "a message from Facebook user Emanuela Barzani
		// ... noted “...”" is hers, not Facebook's.
		body, pronoun := -1, false
		for k := sp.From; k < m.Open; k++ {
			if r.inQuote[k] {
				continue
			}
			if w := r.words[k]; w == "he" || w == "she" || w == "they" {
				s := r.resolve(k, k+1)
				q.Speaker, q.SpeakerSrc, q.Rule = s.entity, s.mention, s.rule
				pronoun = true
				break
			}
			if mm, _, ok := r.er.MentionAt(k); ok && mm.Entity >= 0 {
				t := r.er.Entities[mm.Entity].Type
				if t == entity.Person {
					q.Speaker, q.SpeakerSrc = mm.Entity, Span{mm.Start, mm.End}
					break
				}
				if (t == entity.Org || t == entity.Outlet) && body < 0 {
					body = k
				}
			}
		}
		// A body named before the sentence's pronoun ("Speaking on Harbor
		// Radio, he criticised ...") is where it was said, not who said it.
		if q.Speaker < 0 && body >= 0 && !pronoun {
			mm, _, _ := r.er.MentionAt(body)
			q.Speaker, q.SpeakerSrc = mm.Entity, Span{mm.Start, mm.End}
		}
		if q.Speaker < 0 && m.Open == sp.From {
			// A quotation that opens its sentence goes on from the last
			// speaker quoted in the paragraph: "“...,” Christie said,
			// adding that he fought. “A leader must fight.”"
			if prev, ok := r.lastQuotedIn(sp, content.Start); ok {
				q.Speaker, q.Confidence, q.Rule = prev.Speaker, 0.5, RuleContinues
			} else if prev, ok := r.closesParagraphBefore(m); ok {
				// A quotation opening its paragraph, after a paragraph
				// that ends on a reported clause of one speaker: "...
				// what's possible," he said. / "There are going to be
				// tensions."
				q.Speaker, q.Confidence, q.Rule = prev.Speaker, 0.5, RuleContinues
			}
		}
		// Short unattributed stretches are mostly scare quotes and titles.
		words := r.wordCount(content)
		if (words >= 8 || words >= 4 && q.Speaker >= 0) && !r.titleCase(content) {
			add = append(add, q)
		}
	}
	r.quotes = append(r.quotes, add...)
}

// containedIn returns a test of whether a span lies inside one of the
// quotes' spans, answered by binary search: the quotes that open at or
// before the span's start, ordered by start, with the furthest end any of
// them reaches. A text of thousands of quotation marks stays near linear.
func containedIn(quotes []Quote) func(Span) bool {
	spans := make([]Span, len(quotes))
	for i, q := range quotes {
		spans[i] = q.Span
	}
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	reach := make([]int, len(spans)) // reach[i]: the largest End of spans[:i+1]
	for i, sp := range spans {
		reach[i] = sp.End
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	return func(s Span) bool {
		// n: how many spans open at or before s.Start.
		n, _ := slices.BinarySearchFunc(spans, s.Start+1, func(sp Span, t int) int { return sp.Start - t })
		return n > 0 && reach[n-1] >= s.End
	}
}

func (r *run) wordCount(s Span) int {
	n := 0
	for k := r.seg.TokenIndexAt(s.Start); k < len(r.toks) && r.toks[k].End <= s.End; k++ {
		if r.toks[k].Kind == segmentWord {
			n++
		}
	}
	return n
}

// closesParagraphBefore finds the quote with a known speaker that ends the
// paragraph before the one m opens, provided no other person or body is
// named after it.
func (r *run) closesParagraphBefore(m Marked) (Quote, bool) {
	if m.Para == 0 || m.Open != r.seg.Paragraphs[m.Para].From {
		return Quote{}, false
	}
	prev := r.seg.Paragraphs[m.Para-1]
	if prev.To <= prev.From {
		return Quote{}, false
	}
	lastSent := r.sentence(prev.To - 1)
	q, ok := r.lastQuotedIn(lastSent, r.toks[prev.To-1].End)
	if !ok || q.SentTo != int(r.seg.SentenceOf[lastSent.From]) {
		return Quote{}, false
	}
	return q, true
}

// lastQuotedIn finds the latest quote with a known speaker that ends
// before offset at in the paragraph of sentence sp, provided no other
// person or body is named after it.
func (r *run) lastQuotedIn(sp segment.Span, at int) (Quote, bool) {
	para := r.seg.ParagraphOf[r.seg.SentenceOf[sp.From]]
	paraStart := r.toks[r.seg.Paragraphs[para].From].Start
	best := -1
	for k, q := range r.quotes {
		if q.Speaker >= 0 && q.Span.End <= at && q.Span.Start >= paraStart && (best < 0 || q.Span.End > r.quotes[best].Span.End) {
			best = k
		}
	}
	if best < 0 {
		return Quote{}, false
	}
	for k := r.seg.TokenIndexAt(r.quotes[best].Span.End); k >= 0 && k < len(r.toks) && r.toks[k].Start < at; k++ {
		if m, _, ok := r.er.MentionAt(k); ok && m.Entity >= 0 && m.Entity != r.quotes[best].Speaker {
			if t := r.er.Entities[m.Entity].Type; t == entity.Person || t == entity.Org || t == entity.Outlet {
				return Quote{}, false
			}
		}
	}
	return r.quotes[best], true
}

// titleCase spots quoted titles of works and headlines ("Jane The Virgin").
func (r *run) titleCase(s Span) bool {
	words, caps := 0, 0
	for k := r.seg.TokenIndexAt(s.Start); k < len(r.toks) && r.toks[k].End <= s.End; k++ {
		if r.toks[k].Kind == segmentWord && len(r.toks[k].Text) > 3 {
			words++
			if r.toks[k].Cap() {
				caps++
			}
		}
	}
	return words >= 2 && caps*10 >= words*7
}

// clauseAround finds a quoted fragment's reporting clause: the nearest cue
// verb before it in the sentence ("called the system “rotten to the core”"),
// and makes the stretch from the cue to the clause end a mixed quote.
func (r *run) clauseAround(m Marked, sp segment.Span) (Quote, bool) {
	for c := m.Open - 1; c >= sp.From && m.Open-c <= 25; c-- {
		if r.toks[c].Kind == segment.Quote && r.toks[c].Double {
			return Quote{}, false
		}
		cu, ok := r.cueAt(c)
		if !ok || r.usedCue[c] {
			continue
		}
		if r.negated(c, sp) {
			return Quote{}, false // "Comey cannot say that “...”"
		}
		// ", calling him a “stiff”", "knocked the bill and called it “a
		// sham”": the subject of the verb the clause hangs on, not the
		// object before the comma ("went after Bush, calling him ...").
		var s speaker
		found := false
		hangs := c > sp.From && (cu.ing && r.words[c-1] == "," || r.words[c-1] == "and" || r.words[c-1] == "but")
		if hangs {
			s, found = r.clauseSubject(c, sp)
		}
		if !found {
			s, found = r.subjectLeft(c)
		}
		if !found && cu.ing {
			s, found = r.clauseSubject(c, sp)
		}
		if !found {
			s, found = r.sentenceSubject(sp, c)
		}
		if !found {
			return Quote{}, false
		}
		from := c + 1
		if from < m.Open && r.words[from] == "that" {
			from++
		}
		to := r.mixedEnd(m.Open, r.clauseEnd(from, sp))
		if to <= m.Open {
			return Quote{}, false
		}
		r.usedCue[c] = true
		return Quote{Kind: Mixed, Span: r.span(from, to), Speaker: s.entity, SpeakerSrc: s.mention, Cue: r.span(c, c+1),
			CueLemma: cu.lemma, CueClass: cu.class, Vague: s.vague, Unnamed: s.unnamed, Body: s.body, Role: s.role, Described: s.desc, Rule: s.rule, Confidence: 0.5,
			SentFrom: int(r.seg.SentenceOf[m.Open]), SentTo: int(r.seg.SentenceOf[min(m.Close, len(r.toks)-1)])}, true
	}
	return Quote{}, false
}

// mixedEnd ends reported content [from, to) at the close of its last
// quoted piece when the clause goes on with another verb phrase: in
// "called her “weak” and said she had no support", "called him a
// “stiff,” accusing him of lying", "called it “a sham”, a jab at ..." or
// "described him as “kind,” who joined the army", what follows the mark is
// a second report or the writer's own aside.
// Pieces joined by "and" ("a “wreck” and “outsourcer in chief”") stay one
// quote, as does a phrase that completes the first ("“a message” to the
// banks"); so does a clause after "before" or "when", as often part of
// what was said as not.
func (r *run) mixedEnd(from, to int) int {
	for k := from; k < to; k++ {
		t := r.toks[k]
		if t.Kind != segment.Quote || !t.Close || !r.inQuote[max(k-1, 0)] {
			continue
		}
		comma := k > 0 && r.words[k-1] == ","
		n := k + 1
		for n < to && r.words[n] == "," {
			comma = true
			n++
		}
		if n >= to {
			return to
		}
		w := r.words[n]
		opensQuote := n+1 < len(r.toks) && r.toks[n+1].Kind == segment.Quote && r.toks[n+1].Open
		switch {
		case (w == "and" || w == "but" || w == "or") && !opensQuote:
			return k + 1
		case comma && r.toks[n].Kind == segment.Word && (strings.HasSuffix(w, "ing") || w == "a" || w == "an" || w == "who" || w == "which"):
			return k + 1
		}
	}
	return to
}
