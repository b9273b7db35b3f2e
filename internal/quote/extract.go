package quote

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// Extractor finds quotes; it is safe for concurrent use.
type Extractor struct {
	lx *Lexicons
}

// NewExtractor loads the embedded lexicons.
func NewExtractor() *Extractor { return &Extractor{lx: loadLexicons()} }

// CueClass returns the class of a reporting verb lemma ("claim" -> "doubt").
func (x *Extractor) CueClass(lemma string) string { return x.lx.cues[lemma].class }

// run is the state of one extraction.
type run struct {
	lx      *Lexicons
	seg     *segment.Segmentation
	toks    []segment.Token
	words   []string
	inQuote []bool
	marks   []Marked
	er      *entity.Result
	usedCue []bool
	quotes  []Quote
	// generic holds entities made for unnamed but specific sources ("the ministry").
	generic map[string]int
	// retyped keeps the first type of entities whose type the search
	// changed, to restore those no accepted quote is credited to.
	retyped map[int]entity.Type
	// lowerWords holds the words the document writes in lower case, built
	// on first use.
	lowerWords map[string]bool
	// bySurname indexes the persons of two or more words by their last
	// name, built on first use.
	bySurname map[string][]int
	// headlines caches, per sentence, 1 for a headline in title case and
	// -1 for ordinary prose.
	headlines []int8
	// firstSpoke holds, per entity, where the first quote credited to it
	// is attributed, for quotes[:spokeN] (see noteSpeakers).
	firstSpoke map[int]int
	spokeN     int
}

// Extract finds the quotes of a segmented document whose quote marks have
// been paired and whose entities are known. It leaves er as it is and
// returns, beside the quotes, its own copy of the entity layer with what
// attribution settled: the mentions that credit an accepted quote (a "who",
// a pronoun, "the company"), the bodies it named, the types it decided.
// Candidates that the search considered and rejected leave no trace there.
func (x *Extractor) Extract(seg *segment.Segmentation, marks []Marked, inQuote []bool, er *entity.Result) ([]Quote, *entity.Result) {
	er = er.Clone()
	base := len(er.Mentions)
	r := &run{lx: x.lx, seg: seg, toks: seg.Tokens, inQuote: inQuote, marks: marks, er: er,
		usedCue: make([]bool, len(seg.Tokens)), generic: map[string]int{}, retyped: map[int]entity.Type{}}
	r.words = seg.Words
	r.direct()
	r.embeddedPosts()
	r.colonLists()
	r.indirect()
	r.leftovers()
	r.rechain()
	sort.SliceStable(r.quotes, func(a, b int) bool { return r.quotes[a].Span.Start < r.quotes[b].Span.Start })
	type credit struct {
		span   Span
		entity int
	}
	used := make(map[credit]bool, len(r.quotes))
	credited := make(map[int]bool, len(r.quotes))
	for _, q := range r.quotes {
		if q.Speaker >= 0 {
			used[credit{q.SpeakerSrc, q.Speaker}] = true
			credited[q.Speaker] = true
		}
	}
	er.KeepMentionsFrom(base, func(m *entity.Mention) bool { return used[credit{Span{m.Start, m.End}, m.Entity}] })
	for e, t := range r.retyped {
		if !credited[e] {
			er.Entities[e].Type = t // a type guessed for a candidate no quote kept
		}
	}
	r.firstPersonSpeakers()
	return r.quotes, er
}

var prepositions = map[string]bool{"despite": true, "for": true, "of": true, "with": true, "about": true, "on": true, "in": true,
	"after": true, "against": true, "amid": true, "over": true, "without": true, "by": true, "from": true, "into": true, "under": true}

// verbReading reports a form that is mostly a noun used as a verb: before
// "that" opening a clause ("fears that prices will rise", not "states that
// have suffered"), or before a question word when the verb takes one.
func (r *run) verbReading(i int, c cue) bool {
	if i > 0 {
		// "he fears", "Whitfield notes", "who hopes": after its subject;
		// "there are fears", "has doubts": a noun after its verb.
		p := r.words[i-1]
		if p == "are" || p == "is" || p == "were" || p == "was" || p == "has" || p == "have" || p == "had" {
			return false
		}
		if _, ok := pronounGender[p]; ok || p == "they" || p == "we" || p == "i" || p == "you" || p == "who" || r.toks[i-1].Kind == segment.Word && r.toks[i-1].Cap() && !r.headline(i) {
			return true
		}
	}
	if i+2 >= len(r.words) {
		return false
	}
	n := r.words[i+1]
	if c.wh && whWords[n] {
		return true
	}
	if n != "that" {
		return false
	}
	w := r.words[i+2]
	return !r.lx.aux[w] && !r.lx.finite[w]
}

// nameEndings are the words of the list below that also end names of
// outlets and bodies ("Fox News", "Global Media", "Citizens First").
var nameEndings = map[string]bool{"news": true, "media": true, "public": true, "first": true, "new": true}

// reportingPrepositions introduce a gerund whose subject is the clause's
// ("after saying that", "despite insisting"); after others the -ing word
// names a thing ("a ban on admitting Muslims").
var reportingPrepositions = map[string]bool{"by": true, "after": true, "before": true, "while": true, "without": true, "in": true, "despite": true, "for": true, "of": true}

// goingOn before "to say" makes the infinitive a report: "went on to say",
// "continued to insist".
var goingOn = map[string]bool{"on": true, "continued": true, "continues": true, "proceeded": true, "proceeds": true}

// quantifierSubjects stand alone as a subject before a past verb ("many
// said") though they are determiners before a noun ("many claims").
var quantifierSubjects = map[string]bool{"many": true, "some": true, "several": true, "one": true, "another": true, "others": true}

// cueAt reports a reporting verb at token i used as a verb.
func (r *run) cueAt(i int) (cue, bool) {
	t := &r.toks[i]
	if t.Kind != segment.Word || r.inQuote[i] {
		return cue{}, false
	}
	c, ok := r.lx.cues[t.Lower]
	if !ok {
		return cue{}, false
	}
	if c.noun && !r.verbReading(i, c) {
		return cue{}, false // "home state of Texas", "a few states", "fears of attacks"
	}
	if t.Cap() && i != r.sentence(i).From && !r.headline(i) {
		return cue{}, false // "United States", "Reports Editor": a name, not a verb
	}
	// "Harbor News said", "Velkor Media reported": a capitalized word
	// inside the sentence ends a name, whatever it means in lower case.
	nameEnd := i > 0 && r.toks[i-1].Cap() && i-1 != r.sentence(i).From && nameEndings[r.words[i-1]]
	if i > 0 && !nameEnd {
		switch r.words[i-1] {
		case "the", "a", "an", "his", "her", "its", "their", "our", "my", "'s", "this", "that", "these", "those", "no", "any",
			"one", "another", "several", "some", "many", "new", "latest", "recent", "earlier", "previous", "media", "news",
			"despite", "for", "of", "with", "about", "on", "in", "after", "against", "amid", "over", "without", "by", "from",
			"into", "under", "following", "among", "between", "such", "first", "second", "other", "own", "public":
			if c.ing && reportingPrepositions[r.words[i-1]] {
				break // a gerund: "by saying that"
			}
			if quantifierSubjects[r.words[i-1]] && t.Lower != c.lemma && t.Lower != c.lemma+"s" && !c.ing {
				break // "many said", "some claimed": a past verb after its subject
			}
			if quantifierSubjects[r.words[i-1]] && c.ing && i > 1 && r.words[i-2] == "with" {
				break // "with some suggesting it was a stunt": the gerund's subject
			}
			return cue{}, false // a noun: "the report", "his claims", "despite demands"
		case "to":
			if !c.ing && !(i > 1 && goingOn[r.words[i-2]]) {
				// "intends to remain", "refused to say": an infinitive, not a
				// report; but "went on to say" is one.
				return cue{}, false
			}
		}
	}
	if c.ing && (i+1 >= r.sentence(i).To || r.words[i+1] == ".") {
		return cue{}, false // "anti-Mexican feeling.": a noun that ends the sentence
	}
	if c.ing && i > 0 && r.toks[i-1].Kind == segment.Word && !r.toks[i-1].Cap() && strings.HasSuffix(r.words[i-1], "al") {
		return cue{}, false // "financial reporting": a noun after its adjective
	}
	if i+1 < len(r.toks) && r.lx.compounds[r.words[i]+" "+r.words[i+1]] {
		return cue{}, false // "think tank": a noun
	}
	if c.out && (i+1 >= len(r.toks) || r.words[i+1] != "out") {
		return cue{}, false
	}
	if t.Lower == c.lemma && i+1 < len(r.toks) && !r.inQuote[i+1] {
		if n, ok := r.lx.cues[r.words[i+1]]; ok && !n.ing && r.words[i+1] != n.lemma {
			return cue{}, false // "a Harbor Institute report said": the noun before the verb
		}
	}
	if c.aspect && i+1 < len(r.toks) && r.words[i+1] == "to" {
		return cue{}, false // "continues to tweak": going on doing, not saying
	}
	return c, true
}

func (r *run) sentence(i int) segment.Span { return r.seg.Sentences[r.seg.SentenceOf[i]] }

// headline reports that token i is in a title-case sentence, where verbs
// are capitalized too: "Clinton Says Russians Hacked DNC".
func (r *run) headline(i int) bool {
	si := r.seg.SentenceOf[i]
	if r.headlines == nil {
		r.headlines = make([]int8, len(r.seg.Sentences))
	}
	if r.headlines[si] == 0 {
		sp := r.seg.Sentences[si]
		r.headlines[si] = -1
		if sp.To-sp.From <= 20 && headlineCase(r.toks[sp.From:sp.To]) {
			r.headlines[si] = 1
		}
	}
	return r.headlines[si] > 0
}

func (r *run) span(from, to int) Span {
	if to <= from {
		return Span{}
	}
	return Span{r.toks[from].Start, r.toks[to-1].End}
}

// firstPersonSpeakers makes a person again of a one-word speaker guessed a
// body whose own quoted words say "I", "me" or "my": "“I did approve it,”
// Reagan said" is a man speaking, as companies say "we".
func (r *run) firstPersonSpeakers() {
	for _, q := range r.quotes {
		if q.Speaker < 0 || q.Kind != Direct {
			continue
		}
		if _, ok := r.retyped[q.Speaker]; !ok || r.er.Entities[q.Speaker].Type != entity.Org || strings.Contains(r.er.Entities[q.Speaker].Name, " ") {
			continue
		}
		for k := r.seg.TokenIndexAt(q.Span.Start); k < len(r.toks) && r.toks[k].Start < q.Span.End; k++ {
			if w := r.toks[k].Text; w == "I" || r.words[k] == "me" || r.words[k] == "my" {
				r.er.Entities[q.Speaker].Type = entity.Person
				break
			}
		}
	}
}

// rechain resolves again the pronoun speakers of quotes found before the
// quotes around them were: a direct quotation's "he told BuzzFeed" is
// attributed before the reported clause just before it ("One of the
// sources said he was approached") exists, and goes on quoting that
// source once it does.
func (r *run) rechain() {
	for k := range r.quotes {
		q := &r.quotes[k]
		if q.SpeakerSrc.End <= q.SpeakerSrc.Start {
			continue
		}
		i := r.seg.TokenIndexAt(q.SpeakerSrc.Start)
		if i >= len(r.toks) || r.toks[i].End != q.SpeakerSrc.End {
			continue
		}
		g, ok := pronounGender[r.words[i]]
		if !ok {
			continue
		}
		s, ok := r.pronounChain(i, g)
		if !ok && q.Speaker >= 0 {
			if alt, found := r.speakerOverTopic(i, q.Speaker, g); found {
				s, ok = speaker{entity: alt, mention: q.SpeakerSrc, rule: RulePronoun, ok: true}, true
			}
		}
		if !ok || s.entity == q.Speaker && s.unnamed == q.Unnamed {
			continue
		}
		if m, k, ok := r.er.MentionAt(i); ok && m.Kind == entity.PronounMention && m.Entity == q.Speaker {
			r.er.Repoint(k, s.entity) // the recognizer's guess for this "he" is undone
		} else if s.entity >= 0 {
			r.er.AddMention(entity.Mention{From: i, To: i + 1, Start: r.toks[i].Start, End: r.toks[i].End, Kind: entity.PronounMention}, s.entity)
		}
		q.Speaker, q.Vague, q.Unnamed, q.Body, q.Role, q.Described, q.Rule = s.entity, s.vague, s.unnamed, s.body, s.role, s.desc, s.rule
	}
}
