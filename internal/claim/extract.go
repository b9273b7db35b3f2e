package claim

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Extractor derives claims from quotes; safe for concurrent use.
type Extractor struct {
	negators map[string]bool
	falsity  map[string]bool
	reports  map[string]bool // report_nouns.txt
	noBasis  map[string]bool // no_basis.txt
	hedges   map[string]bool
	light    map[string]bool
	measures map[string]bool
	stems    *stemCache
	// The clause reader's lexicons: function words by class, copulas,
	// first-person frames and denying cues, verb lemmas (WordNet), and the
	// predicate relations (WordNet antonyms and verb synsets).
	grammar  map[string]wordClass
	copulas  map[string]bool
	frames   map[string]string
	beliefs  map[string]bool // frames of opinion (frames.txt "belief")
	verbs    *verbLemmas
	antonyms map[string][]string
	synsets  map[string][]int32
}

// NewExtractor loads the embedded lexicons.
func NewExtractor() *Extractor {
	x := &Extractor{negators: lexicon.Set(lexiconFS, "lexicon/negators.txt"), falsity: lexicon.Set(lexiconFS, "lexicon/falsity.txt"),
		reports: lexicon.Set(lexiconFS, "lexicon/report_nouns.txt"), noBasis: lexicon.Set(lexiconFS, "lexicon/no_basis.txt"),
		hedges: lexicon.Set(lexiconFS, "lexicon/hedges.txt"), light: lexicon.Set(lexiconFS, "lexicon/light_words.txt"),
		measures: lexicon.Set(lexiconFS, "lexicon/measure_units.txt"), stems: newStemCache(),
		grammar: map[string]wordClass{}, copulas: lexicon.Set(lexiconFS, "lexicon/copulas.txt"), frames: map[string]string{}, beliefs: map[string]bool{},
		verbs:    &verbLemmas{lemmas: lexicon.Set(lexiconFS, "lexicon/verbs.txt"), irregular: map[string]string{}},
		antonyms: map[string][]string{}, synsets: map[string][]int32{}}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/grammar.txt") {
		c, ok := classNames[e.Field(1)]
		if !ok {
			panic(fmt.Sprintf("lexicon/grammar.txt:%d: unknown class %q", e.Line, e.Field(1)))
		}
		x.grammar[e.Field(0)] = c
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/frames.txt") {
		x.frames[e.Field(0)] = e.Field(1)
		if e.Field(2) == "belief" {
			x.beliefs[e.Field(0)] = true
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/verb_forms.txt") {
		x.verbs.irregular[e.Field(0)] = e.Field(1)
	}
	for _, name := range []string{"lexicon/antonyms.txt", "lexicon/antonyms_extra.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, name) {
			a, b := e.Field(0), e.Field(1)
			x.antonyms[a] = append(x.antonyms[a], b)
			x.antonyms[b] = append(x.antonyms[b], a)
		}
	}
	for i, e := range lexicon.MustRead(lexiconFS, "lexicon/verb_synsets.txt") {
		for _, w := range strings.Fields(e.Field(0)) {
			x.synsets[w] = append(x.synsets[w], int32(i))
		}
	}
	return x
}

// clauseBreaks split a quote into the propositions it strings together.
var clauseBreaks = map[string]bool{";": true, "but": true, "however": true, "while": true, "whereas": true}

// FromQuotes returns the claims of a document's quotes: one per clause.
func (x *Extractor) FromQuotes(in []Input) []Claim {
	var out []Claim
	for _, q := range in {
		rejects := x.callsFalse(q.Words)
		for _, cl := range splitClauses(q.Words) {
			c, ok := x.claim(q, cl)
			if !ok {
				continue
			}
			c.Qualified = c.Qualified || rejects
			c.ID = fmt.Sprintf("c%d", len(out)+1)
			out = append(out, c)
		}
		if c, ok := x.reportCalledFalse(q, rejects); ok {
			c.ID = fmt.Sprintf("c%d", len(out)+1)
			out = append(out, c)
		}
		for _, f := range q.Figures {
			if f.About == "" || f.About == f.Unit {
				continue // a figure with nothing it counts cannot be compared
			}
			c, ok := x.numeric(q, f)
			if !ok {
				continue
			}
			c.ID = fmt.Sprintf("c%d", len(out)+1)
			out = append(out, c)
		}
	}
	return out
}

// callsFalse: the quotation calls something false ("This news is
// unfounded", "there is no truth to it"), so what else it says may be the
// claim it rejects.
func (x *Extractor) callsFalse(ws []Word) bool {
	for i, w := range ws {
		if x.falsity[w.Lower] || i > 0 && ws[i-1].Lower == "no" && x.noBasis[w.Lower] {
			return true
		}
	}
	return false
}

// reportCalledFalse is the claim a quotation denies by calling a report of
// it false: "the suggestion that [X] is categorically false", "the reports
// that [X] are unfounded", "there is no validity to the rumour that [X]".
// X is read as a proposition and denied; false when the quotation calls
// nothing false (callsFalse, as the caller found it) or X is not a clause
// the reader understands.
func (x *Extractor) reportCalledFalse(q Input, callsFalse bool) (Claim, bool) {
	ws := q.Words
	if !callsFalse {
		return Claim{}, false
	}
	for i := 0; i+2 < len(ws); i++ {
		if !x.reports[ws[i].Lower] || ws[i+1].Lower != "that" {
			continue
		}
		from, to := i+2, i+2
		if first := ws[from]; first.Entity == "" && x.grammar[first.Lower] == plain && !startsUpper(first.Text) {
			if _, _, verb := x.verbs.lemma(first.Lower); verb {
				continue // "reports that appear in the Mirror": "that" relates, it opens no claim
			}
		}
		for to < len(ws) {
			w := ws[to].Lower
			if w == "," || w == ";" || w == "." || w == "!" || w == "?" {
				break
			}
			// "... is categorically false": the copula that says what the
			// report is closes its clause.
			if x.grammar[w] == auxBe && x.calledFalseNext(ws[to+1:]) {
				break
			}
			to++
		}
		if to-from < 2 {
			continue
		}
		c, ok := x.claim(q, ws[from:to])
		if !ok || c.Proposition == nil {
			continue
		}
		p := *c.Proposition
		p.Negated = !p.Negated
		p.NegatedBy = append(p.NegatedBy, "called false")
		c.Proposition = &p
		c.Polarity = "affirm"
		if p.Negated {
			c.Polarity = "deny"
		}
		c.Denial = p.Negated && p.Modal == ""
		c.Qualified = false
		return c, true
	}
	return Claim{}, false
}

// calledFalseNext: the words open with a word that calls something false,
// after at most one adverb ("unfounded", "categorically false").
func (x *Extractor) calledFalseNext(ws []Word) bool {
	if len(ws) > 1 && (x.grammar[ws[0].Lower] == adverb || strings.HasSuffix(ws[0].Lower, "ly")) {
		ws = ws[1:]
	}
	return len(ws) > 0 && x.falsity[ws[0].Lower]
}

func splitClauses(ws []Word) [][]Word {
	var out [][]Word
	start := 0
	for i, w := range ws {
		brk := clauseBreaks[w.Lower] || w.Lower == "." || w.Lower == "!" || w.Lower == "?"
		// ", and that ...": a second content clause of the same verb.
		if w.Lower == "and" && i+1 < len(ws) && ws[i+1].Lower == "that" {
			brk = true
		}
		if brk {
			if i > start {
				out = append(out, ws[start:i])
			}
			start = i + 1
		}
	}
	if start < len(ws) {
		out = append(out, ws[start:])
	}
	return out
}

// term is one topic word: an entity's canonical name or a stem.
// maxTerms bounds the words a claim keeps: its topic is its first six, and
// stemming the rest of a long quotation is wasted work.
const maxTerms = 10

// terms returns the claim's topic words and how many of them were
// antonyms turned into their opposites (each one a negation).
// terms returns the content words of a quote as match keys (stems, or
// entity names) and, in step, as written, for people to read; and how many
// antonyms it turned round.
func (x *Extractor) terms(ws []Word) (keys, surface []string) {
	keys = make([]string, 0, maxTerms)
	surface = make([]string, 0, maxTerms)
	for i := 0; i < len(ws) && len(keys) < maxTerms; i++ {
		w := ws[i]
		var t, as string
		if w.Entity != "" {
			t, as = strings.ToLower(w.Entity), w.Entity
			for i+1 < len(ws) && ws[i+1].Entity == w.Entity {
				i++
			}
		} else {
			l := strings.Trim(w.Lower, "“”\"'’‘")
			if l == "" || l == "s" || x.light[l] || x.negators[l] || !isWord(l) {
				continue
			}
			as = l
			t = x.stems.stem(l)
		}
		if t != "" && !slices.Contains(keys, t) {
			keys = append(keys, t)
			surface = append(surface, as)
		}
	}
	return keys, surface
}

// ContextStems are the stems of the content words of text (a clause read
// around a figure, say), in order and once each: what two passages must
// share to be about the same happening. Words are split at anything that is
// not a letter; function words, light verbs and negators carry nothing,
// nor do the words skip says are already known.
func (x *Extractor) ContextStems(text string, skip func(word string) bool) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 3 || x.light[w] || x.negators[w] || x.grammar[w] != plain || skip != nil && skip(w) {
			continue
		}
		if t := x.stems.stem(w); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func isWord(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

func (x *Extractor) claim(q Input, ws []Word) (Claim, bool) {
	ts, said := x.terms(ws)
	if len(ts) < 2 {
		return Claim{}, false
	}
	neg := 0
	hedged := q.Cue == "suggest" || q.Cue == "speculate" || q.Cue == "hint"
	for i, w := range ws {
		l := w.Lower
		if x.negators[l] {
			// "did not deny" is two negations and so an affirmation.
			neg++
		}
		if l == "longer" && i > 0 && ws[i-1].Lower == "no" {
			continue // "no longer" already counted by "no"
		}
		if x.hedges[l] {
			hedged = true
		}
	}
	if x.leadDenies(q.Lead) != "" {
		neg++
	}
	c := Claim{Speaker: q.Speaker, SpeakerName: q.SpeakerName, SpeakerRole: q.SpeakerRole, Quote: q.QuoteID, Hedged: hedged, Start: ws[0].Start, End: ws[len(ws)-1].End}
	negated := neg%2 == 1
	c.Qualified = neg > 0
	if p, ok := x.proposition(q, ws); ok {
		c.Proposition = &p
		negated = p.Negated
		// A negated statement of what is ("was not captured") denies; a
		// negated modal ("should not compete", "will not accept") states a
		// stance or a plan, which contradicts no report.
		c.Denial = p.Negated && p.Modal == ""
	}
	if x.frames[q.Cue] == "deny" {
		c.Denial = true
	}
	c.Polarity = "affirm"
	if negated {
		c.Polarity = "deny"
	}
	// Subject, predicate and object are for reading: the words as said.
	c.Subject = said[0]
	c.Object = said[len(said)-1]
	if len(said) > 2 {
		mid := said[1 : len(said)-1]
		if len(mid) > 3 {
			mid = mid[:3]
		}
		c.Predicate = strings.Join(mid, " ")
	}
	if len(ts) > 6 {
		ts = ts[:6]
	}
	c.Topic = strings.Join(ts, " ")
	return c, true
}

func speakerKey(c *Claim) string {
	if c.SpeakerName != "" {
		return strings.ToLower(c.SpeakerName)
	}
	return c.Speaker
}

// sameSpeaker: one source, under one name or two that one article gives
// it (see oneSource).
func sameSpeaker(a, b *Claim) bool {
	return speakerKey(a) == speakerKey(b) || oneSource(a.SpeakerName, a.SpeakerRole, b.SpeakerName, b.SpeakerRole)
}

// numeric makes the claim that a count is a figure; its topic is what is
// counted ("killed people") and where, stemmed, so reports of one toll compare.
func (x *Extractor) numeric(q Input, f Figure) (Claim, bool) {
	v := f.Value
	about := []string{}
	for _, w := range strings.Fields(strings.ToLower(f.About + " " + f.Unit)) {
		if st := x.stems.stem(w); !slices.Contains(about, st) {
			about = append(about, st)
		}
	}
	// The first entity the quote names pins the count to its event: the
	// toll "in Moscow" is not the toll "in Gaza".
	for _, w := range q.Words {
		if w.Entity != "" && w.EntityType != "PERSON" {
			about = append(about, strings.ToLower(w.Entity))
			break
		}
	}
	if x.measure(f.Unit) {
		// "rose 5 pct", "cost $550": a share or a sum of something the
		// figure does not name (exports? profit? which product?), which
		// any other figure from the same place would seem to contradict.
		return Claim{}, false
	}
	topic := strings.Join(about, " ")
	return Claim{Speaker: q.Speaker, SpeakerName: q.SpeakerName, SpeakerRole: q.SpeakerRole, Quote: q.QuoteID, Subject: f.Unit, Predicate: "count " + f.About,
		Object: f.Text, Polarity: "affirm", Topic: topic, Value: &v, Unit: f.Unit, Qualifier: f.Qualifier}, true
}

// Anchored reports a claim that can be held against other articles' claims:
// any claim but a figure whose topic (what it counts, its unit, then the
// first place or body the quote names) names no place or body. "6 people
// killed" and "790 people killed" in two articles are two events, not a
// disagreement; within one article they are one.
func Anchored(c Claim) bool {
	return c.Value == nil || len(strings.Fields(c.Topic)) > 2
}

// measure reports a unit that measures rather than counts (lexicon
// measure_units.txt): "137 people" says what was counted; "5 pct" does not.
func (x *Extractor) measure(unit string) bool {
	return x.measures[strings.ToLower(unit)] || len(unit) == 3 && strings.ToUpper(unit) == unit // a currency code: USD, GBP, EUR
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
