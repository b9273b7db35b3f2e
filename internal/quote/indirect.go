package quote

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// clauseStarters may open a content clause that has no "that".
var clauseStarters = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "there": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "no": true, "some": true, "many": true, "all": true, "most": true, "every": true,
	"him": true, "them": true, "us": true, "me": true}

// determiners open a noun phrase that, after a verb of belief, is the
// content's subject only when a verb follows ("think the plan failed"), not
// an object ("feel the need"). After "said" it nearly always is.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "no": true, "some": true, "many": true, "all": true, "most": true, "every": true}

// addressees may follow "told" before the words told.
var addressees = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true, "you": true,
	"reporters": true, "journalists": true, "lawmakers": true, "supporters": true, "voters": true, "colleagues": true, "friends": true}

// whWords open an embedded question.
var whWords = map[string]bool{"what": true, "how": true, "why": true, "whether": true, "if": true, "when": true, "where": true, "who": true, "which": true}

// startsClause reports a word that may open a content clause, contracted
// or not: "said he'll", "said they're".
func startsClause(w string) bool {
	if k := strings.IndexByte(w, '\''); k > 0 {
		w = w[:k]
	}
	return clauseStarters[w]
}

// indirect finds reported speech: a reporting verb, its subject and its
// content clause, plus "according to X" and "X's claims that".
func (r *run) indirect() {
	for si, sp := range r.seg.Sentences {
		lead := r.datelineEnd(sp)
		r.colonLead(sp, si, lead)
		r.inRecord(sp, si, lead)
		for i := sp.From; i < sp.To; i++ {
			if r.inQuote[i] || r.usedCue[i] {
				continue
			}
			if r.words[i] == "according" && i+1 < sp.To && r.words[i+1] == "to" {
				r.accordingTo(i, sp, si)
				continue
			}
			if c, ok := r.lx.nominal[r.words[i]]; ok && i > sp.From && r.words[i-1] == "'s" {
				r.nominal(i, c, sp, si)
				continue
			}
			c, ok := r.cueAt(i)
			if !ok {
				continue
			}
			r.verbal(i, c, sp, si)
		}
	}
}

func (r *run) verbal(i int, c cue, sp segment.Span, si int) {
	if r.negated(i, sp) {
		// "Comey cannot say that", "he did not say whether": what is not
		// said is no one's words.
		return
	}
	if r.passive(i, sp) {
		// "Emwazi was believed to have travelled", "she was told that":
		// the subject is who the report is about or who heard it. A
		// report with no agent ("is said to be", "it was reported
		// that") is hearsay the text credits to no one.
		r.agentless(i, c, sp, si)
		return
	}
	var s speaker
	var ok bool
	inverted := false
	subjEnd := i + 1
	if c.ing && i > sp.From && (r.words[i-1] == "," || r.toks[i-1].Kind == segment.Quote && r.toks[i-1].Close && i-2 >= sp.From && r.words[i-2] == ",") {
		// "..., adding that": the speaker of the clause it hangs on.
		if r.withinAccordingTo(i, sp) {
			// "According to Harbor Radio, Kurdish sources denied the
			// reports, saying ...": the clause's own subject speaks; the
			// radio only reports it.
			s, ok = r.clauseSubject(i, sp)
		}
		if !ok {
			s, ok = r.lastSpeakerIn(sp)
		}
		if !ok {
			s, ok = r.clauseSubject(i, sp)
		}
		if !ok {
			s, ok = r.sentenceSubject(sp, i)
		}
	} else if s2, ok2 := r.quotedAs(i, c, sp); ok2 {
		s, ok = s2, true
	} else {
		s, ok = r.subjectLeft(i)
		if c.ing && (!ok || s.entity < 0) && r.participleOfClause(i, sp) {
			// "Velick sent a letter to the board on Thursday saying that":
			// the letter's sender, the named subject of the clause it
			// hangs on, not the stretch before the participle.
			if s2, ok2 := r.sentenceSubject(sp, i); ok2 && s2.entity >= 0 {
				s, ok = s2, true
			}
		}
		if !ok && i > sp.From && (r.words[i-1] == "," || i-2 >= sp.From && r.toks[i-1].Kind == segment.Quote && r.toks[i-1].Close && r.words[i-2] == ",") {
			// "..., said Roe" and "... “is unsafe,” said Roe".
			s, subjEnd, ok = r.subjectRight(i)
			inverted = ok
		}
		if j := r.skipVerbGroup(i-1, sp); !ok && j >= sp.From && (r.words[j] == "and" || r.words[j] == "but") {
			// "Reid caucused on Saturday and says he voted", "said X, but
			// has since admitted Y": the sentence's subject. The person a
			// reported clause opens with was tried and dropped: on the
			// shared corpus "said Saddam Hussein was the main cause ...
			// and said", "claimed Mueller had been inside ... but added"
			// are the sentence subject's far more often than "reported
			// that Ginsberg analyzed the tape and said" is the clause's.
			s, ok = r.sentenceSubject(sp, i)
		}
	}
	if !ok {
		return
	}
	if c.record && !c.bare && r.recordSubject(i, sp) {
		c.bare = true
	}
	if r.parenthetical(i, c, sp, s, si) {
		return
	}
	from, to := r.contentAfter(i, c, sp, subjEnd, inverted)
	to = r.mixedEnd(from, to)
	if to-from < 2 {
		// "Trump is wrong, Clinton said (Tuesday)." puts the content first.
		from, to = r.contentBefore(i, sp, s)
	}
	if to-from < 2 {
		return
	}
	r.add(from, to, i, c, s, si, 0.7)
}

// maxColonSource bounds the name before a headline's colon.
const maxColonSource = 5

// colonLead takes a sentence that opens with a named source and a colon,
// the headline's way of saying "says": "Lynch: No outside influence on FBI
// probe". A label ("Update:", "The result:") names no one and is left.
func (r *run) colonLead(sp segment.Span, si, from int) {
	colon := -1
	for k := from; k < sp.To && k-from <= maxColonSource; k++ {
		if r.words[k] == ":" {
			colon = k
			break
		}
		if r.toks[k].Kind != segment.Word && r.words[k] != "." && r.words[k] != "'s" || r.inQuote[k] || r.lx.labels[r.words[k]] {
			return
		}
		if _, isCue := r.cueAt(k); isCue {
			return // "Schumer tweeted:": the quotation's own attribution
		}
	}
	if colon <= from || colon+1 >= sp.To || r.inQuote[colon+1] && r.toks[colon+1].Kind != segment.Quote {
		return
	}
	words := 0
	for k := colon + 1; k < sp.To; k++ {
		if r.toks[k].Kind == segment.Word {
			words++
		}
	}
	if words < 3 {
		return // "Twitter: @Milbank"
	}
	k, ok := r.er.HeadMention(from, colon)
	if !ok {
		return
	}
	m := &r.er.Mentions[k]
	if m.To < colon-1 || m.To-m.From > 4 {
		return // "Clinton camp:" may name its head; a long title is a section
	}
	if t := r.er.Entities[m.Entity].Type; t != entity.Person && t != entity.Org && t != entity.Outlet && t != entity.Other {
		return
	}
	for k := from; k < colon; k++ {
		if r.toks[k].AllCaps() && len(r.words[k]) > 3 && k > m.From {
			return // "STAT OF THE WEEK:"
		}
	}
	s := r.resolve(m.From, m.To)
	if !s.ok || s.entity < 0 {
		return
	}
	r.add(colon+1, r.clauseEnd(colon+1, sp), colon, colonCue, s, si, 0.6)
}

// inRecord takes a sentence that opens by naming the poll or study its
// figures come from: "In the new Morning Consult poll, 40 percent back
// Sanders." A reporting verb later in the sentence is left to say more.
func (r *run) inRecord(sp segment.Span, si, from int) {
	if r.words[from] != "in" {
		return
	}
	comma, record := -1, false
	for k := from + 1; k < sp.To && k-from <= 15; k++ {
		if r.words[k] == "," {
			comma = k
			break
		}
		record = record || r.lx.records[r.words[k]]
		if r.inQuote[k] || r.toks[k].Kind == segment.Punct && r.words[k] != "'s" && r.words[k] != "." && r.words[k] != "/" && r.words[k] != "-" {
			return
		}
	}
	if comma < 0 || !record {
		return
	}
	start := comma + 1
	if start >= sp.To {
		return // "In the latest Harbor Institute poll," and the text ends
	}
	if w := r.words[start]; strings.HasSuffix(w, "ed") {
		// "In the poll, conducted March 11-13, 40 percent ...".
		for k := start + 1; k < sp.To && k-start <= 10; k++ {
			if r.words[k] == "," {
				start = k + 1
				break
			}
		}
	}
	if sp.To-start < 4 {
		return
	}
	for k := start; k < sp.To; k++ {
		if _, isCue := r.cueAt(k); isCue {
			return
		}
	}
	s := r.resolve(from+1, comma)
	if !s.ok {
		s = speaker{entity: -1, mention: r.span(r.skipDeterminer(from+1), comma), ok: true}
	}
	r.add(start, r.clauseEnd(start, sp), from, inRecordCue, s, si, 0.5)
}

// inRecordCue is what "in the poll," stands for.
var inRecordCue = cue{lemma: "in", class: "neutral"}

// colonCue is what a headline's colon stands for.
var colonCue = cue{lemma: "say", class: "neutral"}

// recordSubject reports a poll, study or document just before the verb at
// i: its subject.
func (r *run) recordSubject(i int, sp segment.Span) bool {
	for k := i - 1; k >= sp.From && i-k <= 6; k-- {
		if r.lx.records[r.words[k]] {
			return true
		}
		if w := r.words[k]; w == "," || w == "that" || w == "which" || w == "who" {
			return false
		}
	}
	return false
}

// lastSpeakerIn is the speaker of the latest quote that ends in this sentence.
func (r *run) lastSpeakerIn(sp segment.Span) (speaker, bool) {
	start := r.toks[sp.From].Start
	for k := len(r.quotes) - 1; k >= 0; k-- {
		q := &r.quotes[k]
		if q.Span.End >= start && q.Span.Start < r.toks[sp.To-1].End {
			return speaker{entity: q.Speaker, mention: q.SpeakerSrc, vague: q.Vague, unnamed: q.Unnamed, body: q.Body, role: q.Role, desc: q.Described, rule: q.Rule, ok: true}, true
		}
	}
	return speaker{}, false
}

// withinAccordingTo reports that the participle at token i hangs on a
// clause that is itself the content of an "according to" quote.
func (r *run) withinAccordingTo(i int, sp segment.Span) bool {
	at := r.toks[i-1].Start
	for k := len(r.quotes) - 1; k >= 0; k-- {
		q := &r.quotes[k]
		if q.Span.Start < at && at <= q.Span.End+1 && q.Span.Start >= r.toks[sp.From].Start {
			return q.CueLemma == "according to"
		}
	}
	return false
}

// contentAfter finds the clause a verb at i reports: after "that", after an
// addressee ("told reporters that"), or directly for verbs like "said".
func (r *run) contentAfter(i int, c cue, sp segment.Span, subjEnd int, inverted bool) (int, int) {
	k := i + 1
	if c.out {
		k++
	}
	if inverted {
		k = subjEnd
		if k < sp.To && r.words[k] == "," {
			k++
		}
	}
	if k >= sp.To {
		return 0, 0
	}
	if c.acc {
		for j := k; j < sp.To && j-k < 8; j++ {
			if w := r.words[j]; w == "of" || w == "for" {
				return j, r.clauseEnd(j, sp)
			}
			if r.words[j] == "," || r.words[j] == "." {
				break
			}
		}
	}
	if r.words[k] == ":" {
		return k + 1, r.clauseEnd(k+1, sp)
	}
	if c.wh {
		// "asked (the senator) whether he would run": the question asked.
		for j := k; j < sp.To && j-k < 5; j++ {
			if whWords[r.words[j]] {
				if j+2 < sp.To {
					return j, r.clauseEnd(j, sp)
				}
				break
			}
			if r.words[j] == "," || r.words[j] == "." || r.toks[j].Kind == segment.Quote {
				break
			}
		}
	}
	if w := r.words[k]; (w == "responsibility" || w == "credit") && k+1 < sp.To && r.words[k+1] == "for" {
		// "ISIS claimed responsibility for the shooting": what is claimed
		// is a deed, up to the next comma.
		end := r.clauseEnd(k, sp)
		for j := k; j < end; j++ {
			if r.words[j] == "," && !r.inQuote[j] {
				end = j
				break
			}
		}
		return k, end
	}
	if r.words[k] == "to" && (c.class == "emphatic" || c.obj) {
		// "pledged to confront ...", "urged voters to ...": the promise is the content.
		return k, r.clauseEnd(k, sp)
	}
	if to, ok := r.directive(i, k, c, sp); ok && !inverted {
		// "urged voters to reject", "called on its members to meet": what
		// the addressee is asked to do, as "told X that" leaves out X.
		return to, r.clauseEnd(to, sp)
	}
	if r.lx.plans[r.words[k]] && k+2 < sp.To && r.words[k+1] == "to" && !inverted {
		// "announced plans to limit casinos": the plan is what is reported.
		return k, r.clauseEnd(k, sp)
	}
	// "that" within a short stretch: "claimed this Monday that", "told reporters on Friday that".
	for j := k; j < sp.To && j-k < 9; j++ {
		w := r.words[j]
		if w == "that" {
			return j + 1, r.clauseEnd(j+1, sp)
		}
		if w == "," && j+2 < sp.To && r.lx.asides[r.words[j+1]] && r.words[j+2] == "," {
			j += 2 // "admitted, however, that": an aside between verb and clause
			continue
		}
		if w == "," || w == "." || w == ";" || r.toks[j].Kind == segment.Quote {
			break
		}
		if _, isCue := r.cueAt(j); isCue {
			break
		}
	}
	if pledges[c.lemma] && !inverted && r.toks[k].Kind == segment.Word && !r.toks[k].Cap() && !prepositions[r.words[k]] && !r.lx.aux[r.words[k]] && k+1 < sp.To {
		// "he promised help to get young people on the property
		// ladder", "pledged support": what is promised is the content.
		return k, r.clauseEnd(k, sp)
	}
	if !c.bare || inverted {
		return 0, 0
	}
	if c.obj {
		// "told The Huffington Post he's not planning", "told reporters
		// the plan had failed": the addressee, then what was said.
		at := k
		if r.words[at] == "the" {
			at++
		}
		if m, _, ok := r.er.MentionAt(at); ok && m.From == at && m.To < sp.To {
			k = m.To
		} else if addressees[r.words[k]] && k+1 < sp.To {
			k++
		}
	}
	if r.words[k] == "," && k+1 < sp.To && !r.inQuote[k+1] {
		if c2, ok := r.cueAt(k + 1); ok && c2.ing {
			return 0, 0 // "Velick added, saying it should be": the participle reports it
		}
		k++ // "the senator said, the media considered him ..."
	}
	w := r.words[k]
	t := &r.toks[k]
	if r.lx.timeWords[w] && !(startsClause(w) && k+1 < sp.To && r.finiteAt(k+1)) {
		// "said Tuesday": when, not what. A time word that can open a
		// clause and is its subject is the content: "stressed this did not
		// mean", not "said this week". The content may follow the time
		// phrase: "said on Tuesday the Senate would vote".
		j := k
		for j < sp.To && j-k < 4 && r.lx.timeWords[r.words[j]] {
			j++
		}
		if j >= sp.To || j-k >= 4 {
			return 0, 0
		}
		if m, _, ok := r.er.MentionAt(j); ok && m.From == j && m.Entity >= 0 && r.er.Entities[m.Entity].Type == entity.GPE && j > k && prepositions[r.words[j-1]] {
			// "wrote in London and Jason Hanna in Atlanta": where, not
			// what; the content, if any, is not a place.
			return 0, 0
		}
		n := r.words[j]
		if n == "that" {
			j++
		} else if !(startsClause(n) && !determiners[n] || determiners[n] && r.subjectThenVerb(j, sp) || r.toks[j].Kind == segment.Word && r.toks[j].Cap() && !r.inQuote[j]) {
			// "said on Tuesday the Senate would vote", not "said during his
			// campaign stop".
			return 0, 0
		}
		if j+1 >= sp.To {
			return 0, 0
		}
		return j, r.clauseEnd(j, sp)
	}
	if startsClause(w) && !(determiners[w] && c.class == "belief") || (t.Kind == segment.Word && t.Cap() && !r.inQuote[k]) || t.Kind == segment.Number || r.subjectThenVerb(k, sp) {
		return k, r.clauseEnd(k, sp)
	}
	if t.Kind == segment.Quote && t.Open {
		return k, r.clauseEnd(k, sp)
	}
	if gerund(t) && k+1 < sp.To && c.class != "belief" {
		// "Residents reported hearing a loud bang", "he denied taking
		// the money": what they report is the gerund's clause.
		return k, r.clauseEnd(k, sp)
	}
	return 0, 0
}

// notGerunds end in -ing without being a verb's -ing form.
var notGerunds = map[string]bool{"during": true, "according": true, "including": true, "following": true, "regarding": true,
	"concerning": true, "notwithstanding": true, "pending": true, "morning": true, "evening": true, "spring": true, "king": true,
	"ceiling": true, "building": true, "funding": true, "meeting": true, "bring": true, "string": true, "sing": true}

// gerund reports a lower-case -ing form of a verb ("hearing", "taking").
func gerund(t *segment.Token) bool {
	w := t.Lower
	return t.Kind == segment.Word && !t.Cap() && len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !notGerunds[w]
}

// reducedPassives are the participles that "X widely reported to have"
// uses without a "was": verbs of report and belief.
var reducedPassives = map[string]bool{"reported": true, "believed": true, "said": true, "thought": true, "known": true,
	"alleged": true, "rumoured": true, "rumored": true, "understood": true, "considered": true, "presumed": true}

// hearsay are the participles of saying whose agentless passive reports
// words the text credits to no one: "is said to be", "it was reported
// that". Beliefs ("was believed to") and hearers ("was told that") are
// not among them.
var hearsay = map[string]bool{"said": true, "reported": true, "alleged": true, "rumoured": true, "rumored": true, "claimed": true}

// agentless adds the content of a passive report of saying with no agent:
// "The soldiers are said to be a mile from the city" (what is said of
// them, from "to"), "It was reported that talks had failed".
func (r *run) agentless(i int, c cue, sp segment.Span, si int) {
	if !hearsay[r.words[i]] || i+2 >= sp.To || r.words[i+1] == "by" || !r.beforeBe(i, sp) {
		return // and not a reduced passive: "the head widely reported to have resigned ... is"
	}
	from := i + 1
	if r.reportAhead(from+1, sp) {
		return // "is alleged to have said that": the subject said it
	}
	at := r.toks[i].Start
	for _, q := range r.quotes {
		if q.Span.Start <= at && at < q.Span.End {
			return // inside what a source is reported to have said
		}
	}
	switch {
	case r.words[from] == "to" && r.infinitiveAt(from+1):
	case r.words[from] == "that" && r.expletiveIt(i, sp):
		from++
	default:
		return
	}
	to := r.clauseEnd(from, sp)
	if to-from < 2 {
		return
	}
	r.add(from, to, i, c, speaker{entity: -1, mention: r.span(i, i+1), rule: RuleAgentless, ok: true}, si, 0.5)
}

// infinitiveAt reports a verb after "to" at k: "is said to be", not "was
// reported to police" or "to the harbor master".
func (r *run) infinitiveAt(k int) bool {
	t := &r.toks[k]
	w := r.words[k]
	return t.Kind == segment.Word && !t.Cap() && !prepositions[w] && !determiners[w] && !possessives[w] && !entity.CommonNoun(w)
}

// reportAhead reports a reporting verb at k or after "have" there: the
// "said" of "is alleged to have said".
func (r *run) reportAhead(k int, sp segment.Span) bool {
	if k < sp.To && r.words[k] == "have" {
		k++
	}
	if k >= sp.To {
		return false
	}
	_, ok := r.cueAt(k)
	return ok
}

// beforeBe reports a form of "be" in the verb group before token i: "is
// (widely) said", "has been reported".
func (r *run) beforeBe(i int, sp segment.Span) bool {
	for k := i - 1; k >= sp.From && i-k <= maxVerbGroup+1; k-- {
		if beForms[r.words[k]] {
			return true
		}
		if !r.verbGroupWord(k) {
			return false
		}
	}
	return false
}

// expletiveIt reports "it" as the dummy subject of the passive verb at i:
// "It was reported that", "it has been alleged that".
func (r *run) expletiveIt(i int, sp segment.Span) bool {
	k := i - 1
	for k > sp.From && (beForms[r.words[k]] || r.verbGroupWord(k)) {
		k--
	}
	return k >= sp.From && r.words[k] == "it" && k < i-1
}

// beForms make a participle after them passive.
var beForms = map[string]bool{"is": true, "was": true, "were": true, "are": true, "been": true, "being": true, "be": true}

// passive reports a reporting verb in the passive voice ("was believed
// to", "is said to", "were told that"), whose subject is not its source.
// "was quoted as saying" is the exception: its subject spoke.
func (r *run) passive(i int, sp segment.Span) bool {
	w := r.words[i]
	if w == "quoted" || strings.HasSuffix(w, "ing") {
		return false
	}
	if r.lx.cues[w].lemma == w && !(i > sp.From && beForms[r.words[i-1]]) {
		// A base form is no participle, except where the two are one
		// word and a form of "be" precedes it: "is forecast to have".
		return false
	}
	// Only verbs of report or belief ("reported", "believed", "said"): a
	// promise keeps its subject ("vowed to be tough", "pledged to have it fixed").
	participle := reducedPassives[w]
	if participle && i+2 < sp.To && r.words[i+1] == "to" && (r.words[i+2] == "be" || r.words[i+2] == "have") {
		// "the head of the agency widely reported to have resigned":
		// a reduced passive, said of its subject, not by it.
		return true
	}
	k := i - 1
	for k > sp.From && strings.HasSuffix(r.words[k], "ly") && len(r.words[k]) > 4 && !r.toks[k].Cap() {
		k-- // "was widely believed"
	}
	return k >= sp.From && beForms[r.words[k]] && !r.inQuote[k]
}

// finiteAt reports a finite verb or an auxiliary at k: "this did",
// "this amounted".
func (r *run) finiteAt(k int) bool {
	w := r.words[k]
	return r.lx.finite[w] || r.lx.aux[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !r.toks[k].Cap()
}

// maxBareSubject bounds the subject of a content clause with no "that":
// "said much of his discussion with Trump was about Israel".
const maxBareSubject = 8

// subjectThenVerb reports a bare noun phrase that a finite verb soon
// follows: "said bills would fall", "said prices had risen".
func (r *run) subjectThenVerb(k int, sp segment.Span) bool {
	if r.toks[k].Kind != segment.Word || r.inQuote[k] {
		return false
	}
	reach := k + maxBareSubject
	for j := k + 1; j < sp.To && j <= reach; j++ {
		w := r.words[j]
		if r.lx.finite[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !r.toks[j].Cap() {
			return true
		}
		if w == "," && j+1 < sp.To && r.toks[j+1].Cap() && r.toks[j-1].Cap() {
			reach += 2 // "comments from Rice, Rhodes, Panetta and Petraeus were": a list of names
			continue
		}
		if w == "," || w == "." || w == ";" || w == ":" || w == "that" || r.inQuote[j] {
			return false
		}
		if _, isCue := r.cueAt(j); isCue {
			return false
		}
	}
	return false
}

// pledges take what they promise as a noun phrase.
var pledges = map[string]bool{"promise": true, "pledge": true, "vow": true}

// clauseJoins join a second clause after a comma.
// subordinators open a clause of its own after a comma: what comes before
// the comma is not what that clause's verb reports ("The row grew, when
// Ames wrote to the board").
var subordinators = map[string]bool{"while": true, "whereas": true, "and": true, "but": true, "when": true, "after": true,
	"before": true, "because": true, "since": true, "although": true, "though": true, "until": true, "unless": true, "where": true}

var clauseJoins = map[string]bool{"but": true, "and": true, "yet": true, "though": true, "although": true}

// maxJoinedSubject bounds the subject of a joined clause ("but the BBC's
// North America editor Jon Sopel said").
const maxJoinedSubject = 10

// reportFollows reports a reporting verb, outside quotation marks, within
// a subject's length of token k.
func (r *run) reportFollows(k int, sp segment.Span) bool {
	for j := k; j < sp.To && j-k <= maxJoinedSubject; j++ {
		if r.inQuote[j] || r.words[j] == "," || r.words[j] == "." || r.words[j] == "that" {
			return false
		}
		if _, ok := r.cueAt(j); ok {
			return true
		}
	}
	return false
}

// relatives open a relative clause: its verb's subject is the noun before.
var relatives = map[string]bool{"who": true, "which": true, "that": true}

// maxAddressee bounds an addressee that is not a recognized name
// ("hunt supporters", "its members").
const maxAddressee = 4

// directive finds the "to" of a request the cue at i makes of an
// addressee starting at k: "urged voters to", "telling councils to",
// "called on its members to". It returns the index of "to".
func (r *run) directive(i, k int, c cue, sp segment.Span) (int, bool) {
	if pledges[c.lemma] || i > sp.From && relatives[r.words[i-1]] {
		// "promised help to get ...": the thing promised; "a leader who
		// asked him to work": the request of someone the clause is about;
		// "called on Friday to complain": when, not whom.
		return 0, false
	}
	if c.on {
		if r.words[k] != "on" && r.words[k] != "upon" {
			return 0, false
		}
		k++
	} else if !c.obj {
		return 0, false
	}
	if k >= sp.To || r.lx.timeWords[r.words[k]] {
		return 0, false
	}
	end := k
	if m, _, ok := r.er.MentionAt(k); ok && m.From == k {
		end = m.To
	} else {
		if determiners[r.words[end]] {
			end++
		}
		for n := 0; end < sp.To && n < maxAddressee && r.toks[end].Kind == segment.Word && !r.inQuote[end] && r.words[end] != "to" && !prepositions[r.words[end]] && !r.lx.aux[r.words[end]]; n++ {
			if _, isCue := r.cueAt(end); isCue {
				return 0, false
			}
			end++
		}
	}
	if end == k || end+1 >= sp.To || r.words[end] != "to" {
		return 0, false
	}
	v := &r.toks[end+1]
	if v.Kind != segment.Word || v.Cap() || determiners[v.Lower] || r.inQuote[end+1] {
		return 0, false // "told the court to the best of his knowledge", "to The Times"
	}
	return end, true
}

// participleOfClause reports an -ing cue at i that hangs on a clause with
// a finite verb of its own before it, with no comma between: "issued a
// statement saying", "sent a letter on Thursday saying".
func (r *run) participleOfClause(i int, sp segment.Span) bool {
	if i == sp.From || r.words[i-1] == "," || reportingPrepositions[r.words[i-1]] {
		return false
	}
	for k := i - 1; k > sp.From; k-- {
		if r.inQuote[k] || r.toks[k].Kind == segment.Quote || subordinators[r.words[k]] || relatives[r.words[k]] || r.words[k] == "with" {
			return false // "with experts saying": the gerund has its own subject
		}
		if r.words[k] == "from" || r.words[k] == "by" {
			return false // "received a letter from the board saying": the board's letter
		}
		if r.finiteAt(k) && !r.lx.aux[r.words[k]] {
			if k > sp.From && beForms[r.words[k-1]] {
				return false // "was handed a report saying": the subject was given it
			}
			_, cue := r.cueAt(k)
			return !cue
		}
	}
	return false
}

// negated reports a cue after a negated auxiliary: "cannot say", "did
// not say", "won't say", "would never say".
func (r *run) negated(i int, sp segment.Span) bool {
	for k := i - 1; k >= sp.From && i-k <= maxVerbGroup; k-- {
		switch w := r.words[k]; {
		case w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't"):
			return true
		case r.verbGroupWord(k):
			continue
		}
		return false
	}
	return false
}

// maxVerbGroup bounds the auxiliaries and adverbs between a joining word
// and its verb ("but has since admitted").
const maxVerbGroup = 3

// skipVerbGroup walks left from k over auxiliaries and adverbs and returns
// the first token that is neither.
func (r *run) skipVerbGroup(k int, sp segment.Span) int {
	for n := 0; k >= sp.From && n < maxVerbGroup && !r.inQuote[k] && r.verbGroupWord(k); n++ {
		k--
	}
	return k
}

// verbGroupWord reports an auxiliary or an adverb that may stand between a
// subject or a joining word and its verb ("has", "also", "later", "firmly").
func (r *run) verbGroupWord(k int) bool {
	w := r.words[k]
	// Not r.adverb, which leaves out -ly words WordNet also has as nouns:
	// "likely" must stay an adverb here ("will not likely suggest").
	return r.lx.aux[w] || r.lx.asides[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !r.toks[k].Cap()
}

// joinedReport reports a second reporting verb of the same subject right
// after a joining word, with no comma: "said X but admitted it was Y",
// "and added that". A new subject ("and its partners said") is not
// looked for here: without a comma it may be part of the first clause.
func (r *run) joinedReport(n int, sp segment.Span) bool {
	j := n
	for j < sp.To && j-n < maxVerbGroup && !r.inQuote[j] && r.verbGroupWord(j) {
		j++
	}
	if j+1 >= sp.To {
		return false
	}
	if c, ok := r.cueAt(j); !ok || c.ing {
		return false
	}
	next := r.words[j+1]
	return next == "that" || startsClause(next) || !prepositions[next] && r.subjectThenVerb(j+1, sp)
}

// verbBetween reports a finite verb in [from, to): the first clause is
// whole before a second report may begin ("said Harbrix and Quayside
// reported" has none: one subject of two names).
func (r *run) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !r.inQuote[k] && r.finiteAt(k) {
			return true
		}
	}
	return false
}

// namedReport reports a second report by a named subject or a pronoun
// right after a joining word with no comma: "said the quay was safe and
// Brenner said it was not".
func (r *run) namedReport(n int, sp segment.Span) bool {
	if n >= sp.To || r.inQuote[n] || r.toks[n].Kind != segment.Word {
		return false
	}
	if _, pronoun := pronounGender[r.words[n]]; !pronoun && !r.toks[n].Cap() {
		return false
	}
	return r.reportFollows(n+1, sp)
}

// clauseEnd finds where a content clause starting at k stops: the end of
// the sentence, a reporting add-on (", conveying that", ", according to")
// or a second report of the same subject ("but admitted that").
func (r *run) clauseEnd(k int, sp segment.Span) int {
	end := sp.To
	for j := k; j+1 < sp.To; j++ {
		w := r.words[j]
		if w == ";" && !r.inQuote[j] {
			end = j
			break
		}
		if j > k && clauseJoins[w] && !r.inQuote[j] && (r.joinedReport(j+1, sp) || !r.toks[j-1].Cap() && r.verbBetween(k, j) && r.namedReport(j+1, sp)) {
			end = j
			break
		}
		// A comma, or a closing mark right after a comma inside the quote.
		comma := w == "," && !r.inQuote[j] || r.toks[j].Kind == segment.Quote && r.toks[j].Close && j > k && r.words[j-1] == ","
		if !comma || r.inQuote[j+1] && r.toks[j+1].Kind != segment.Quote {
			continue
		}
		n := j + 1
		if w := r.words[n]; w == "according" || w == "while" || w == "whereas" {
			// ", while X asserted that ...": another attribution begins.
			end = j
			break
		}
		if c, ok := r.lx.cues[r.words[n]]; ok && c.ing {
			end = j
			break
		}
		if clauseJoins[r.words[n]] && r.reportFollows(n+1, sp) {
			// "He vowed to keep trying, but the BBC's editor said ...":
			// a second report is not part of the first one's content.
			end = j
			break
		}
	}
	if end < sp.To && end > k && r.toks[end].Kind == segment.Quote && r.toks[end].Close && r.words[end-1] == "," {
		end++ // the comma sits inside the closing mark, which closes what was quoted
	}
	for end > k && r.toks[end-1].Kind == segment.Punct && !r.inQuote[end-1] {
		end--
	}
	return end
}

// contentBefore takes the stretch from the sentence start to the comma that
// precedes the attribution: "ISIS is a threat, Romanowski said."
func (r *run) contentBefore(i int, sp segment.Span, s speaker) (int, int) {
	// Only when the verb closes the sentence, bar a time or place phrase or
	// an appositive after an inverted speaker: "..., said Robert Shapiro, a
	// professor at Columbia University."
	start := i + 1
	for start < sp.To && r.toks[start].Start < s.mention.End {
		start++
	}
	limit := 6
	if start < sp.To && (r.words[start] == "," || prepositions[r.words[start]] || r.lx.timeWords[r.words[start]]) {
		limit = 14
	}
	tail := 0
	for j := start; j < sp.To; j++ {
		if r.toks[j].Kind == segment.Word {
			tail++
		}
		if r.words[j] == "that" && j == start {
			return 0, 0
		}
		if r.toks[j].Kind == segment.Quote && r.toks[j].Open {
			// "..., when Ames called the plan “a fraud”": the words the
			// verb reports are the quotation after it, not the clause before.
			return 0, 0
		}
	}
	if tail > limit {
		return 0, 0
	}
	comma := -1
	for j := i - 1; j > sp.From; j-- {
		// The comma may sit inside the closing mark: Teachers are
		// “looking to see who runs,” García said.
		if r.words[j] == "," && (!r.inQuote[j] || r.toks[j+1].Kind == segment.Quote && r.toks[j+1].Close) {
			comma = j
			break
		}
	}
	if comma < 0 {
		return 0, 0
	}
	from := r.datelineEnd(sp)
	if r.toks[from].Kind == segment.Quote && r.toks[from].Open {
		return 0, 0 // a direct quotation, handled as such
	}
	if s.mention.Start < r.toks[comma].Start {
		// "The order is humiliating, Pete Orlan, head of the veterans'
		// group, told Fox": the comma before the speaker, whose
		// appositive runs to the verb, opens the attribution.
		c2, ok := r.commaBeforeAppositive(comma, s, sp)
		if !ok {
			return 0, 0 // "Whitfield, who runs the port, said": the speaker, not the content
		}
		comma = c2
	}
	// The speaker follows the comma at once ("Trump is wrong, Clinton
	// said"), not inside a clause of its own ("Millan, who served, took a
	// job in which he wrote").
	if k := comma + 1; k < sp.To && s.mention.Start > r.toks[min(k+3, sp.To-1)].End && !r.describesSpeaker(k, s) {
		return 0, 0
	}
	for k := comma + 1; k < i && r.toks[k].Start < s.mention.Start; k++ {
		if _, isCue := r.cueAt(k); isCue {
			return 0, 0 // "X, another incumbent, said he hadn't thought": said's comma
		}
		if subordinators[r.words[k]] {
			return 0, 0 // "A reported from Suruc, while B wrote": a clause of its own
		}
	}
	if comma-from < 2 {
		return 0, 0
	}
	return from, comma
}

// commaBeforeAppositive finds the comma right before the speaker's mention
// when what runs from the mention to the comma at close is an appositive (a
// role, no verb, no relative clause): "..., Pete Orlan, head of the group,
// told".
func (r *run) commaBeforeAppositive(close int, s speaker, sp segment.Span) (int, bool) {
	m := r.seg.TokenIndexAt(s.mention.Start)
	if m-1 <= sp.From || r.words[m-1] != "," {
		return 0, false
	}
	after := r.seg.TokenIndexAt(s.mention.End) // the token after the mention's last
	for k := after; k < close; k++ {
		w := r.words[k]
		if w == "," && k != after || r.lx.finite[w] || r.lx.aux[w] || relativeWords[w] || r.toks[k].Kind == segment.Quote {
			return 0, false
		}
		if _, isCue := r.cueAt(k); isCue {
			return 0, false
		}
	}
	return m - 1, true
}

// describesSpeaker: the tokens from k to the speaker's mention are a
// description of the speaker and nothing else ("..., retired Air Force
// general Roe said"): a few words, none a comma or a verb.
func (r *run) describesSpeaker(k int, s speaker) bool {
	n := 0
	for ; k < len(r.toks) && r.toks[k].Start < s.mention.Start; k++ {
		t := &r.toks[k]
		if t.Kind == segment.Quote {
			continue
		}
		w := r.words[k]
		if t.Kind != segment.Word || r.lx.finite[w] || r.lx.aux[w] {
			return false
		}
		if _, isCue := r.cueAt(k); isCue {
			return false
		}
		if n++; n > 8 {
			return false
		}
	}
	return true
}

// datelineEnd skips a wire story's dateline at the start of a sentence,
// "WASHINGTON (AP) —" or "NAIROBI, Kenya (AP) _", which is where the story
// was filed, not anyone's words.
func (r *run) datelineEnd(sp segment.Span) int {
	if first := &r.toks[sp.From]; len(first.Text) < 3 || !first.AllCaps() {
		return sp.From
	}
	for j := sp.From + 1; j < sp.To && j-sp.From <= 10; j++ {
		switch w := r.words[j]; {
		case w == "—" || w == "–" || w == "--" || w == "_" || w == "-":
			for j+1 < sp.To && (r.words[j+1] == "-" || r.words[j+1] == "—") {
				j++
			}
			if j+1 >= sp.To {
				return sp.From // nothing after the dateline
			}
			if w != "-" && w != "_" && slices.Contains(r.words[j+1:sp.To], w) {
				// "ISIS -- the group that ... -- took credit": a dash
				// that closes again opens an aside, not the story.
				return sp.From
			}
			return j + 1
		case w == "," || w == "(" || w == ")" || r.toks[j].Kind == segment.Number || r.toks[j].Kind == segment.Word && r.toks[j].Cap():
		case w == ".":
		default:
			return sp.From
		}
	}
	return sp.From
}

func (r *run) accordingTo(i int, sp segment.Span, si int) {
	s, end, ok := r.phraseRight(i+1, false)
	if !ok {
		return
	}
	if i > sp.From && r.toks[i-1].Kind == segment.Word && !sentenceAdverbs[r.words[i-1]] && !r.sourcePhrase(i+2, end) {
		// Mid-clause, "according to" may be a measure: "ranks countries
		// according to the steps they are taking".
		return
	}
	if r.accordingAside(i, end, sp, s, si) {
		return
	}
	var from, to int
	if lead := r.datelineEnd(sp); i == lead || r.toks[i-1].Kind == segment.Punct && i-1 == lead || i-1 == lead && sentenceAdverbs[r.words[lead]] {
		// "According to X, ...", "But according to reports in the media, ...":
		// the words after the comma that closes the source.
		from = end
		for k := end; k < sp.To && k-end <= 12; k++ {
			if r.words[k] == "," {
				from = k + 1
				break
			}
		}
		to = r.clauseEnd(from, sp)
	} else {
		from, to = sp.From, i
		for to > from && r.toks[to-1].Kind == segment.Punct && strings.Contains(",;:—–-", r.words[to-1]) {
			to--
		}
		for k := to - 1; k > from; k-- {
			if r.words[k] == "(" {
				from = k + 1 // "(the number is closer to 15 percent, according to Factcheck.org)"
				break
			}
			if r.words[k] == ")" {
				break
			}
		}
	}
	whole := false
	if to-from >= 3 && r.toks[from].Kind == segment.Quote && r.toks[from].Open && r.toks[to-1].Kind == segment.Quote && r.toks[to-1].Close {
		// “The data are clear,” according to Smith: a direct quotation.
		from, to, whole = from+1, to-1, true
		for to > from && r.toks[to-1].Kind == segment.Punct && r.words[to-1] == "," {
			to--
		}
	}
	if to-from < 2 {
		return
	}
	c := cue{lemma: "according to", class: "neutral"}
	if whole {
		r.creditDirect(from, to, i, c, s, si)
		return
	}
	r.add(from, to, i, c, s, si, 0.75)
}

// sentenceAdverbs may stand before a sentence's attribution: "But
// according to reports, ...".
var sentenceAdverbs = map[string]bool{"but": true, "and": true, "yet": true, "so": true, "however": true, "still": true, "also": true}

// accordingAside handles ", according to X," set inside the words it
// credits: "The implication, according to the aide, is that she cheated"
// is one quote in two pieces; "But, according to the poll, 46 percent
// remain undecided" has nothing but a conjunction before it.
func (r *run) accordingAside(i, end int, sp segment.Span, s speaker, si int) bool {
	start := r.datelineEnd(sp)
	if i-1 <= start {
		return false
	}
	p := r.words[i-1]
	if (p != "," && p != "—" && p != "--" && p != "–") || r.inQuote[i-1] {
		return false // ", according to X," or "— according to X —"
	}
	for end < sp.To && end-i <= 15 && r.words[end] != p && r.words[end] != "." {
		end++ // "— according to emails unearthed in the investigation —"
	}
	if end >= sp.To || r.words[end] != p {
		return false
	}
	to := r.clauseEnd(end+1, sp)
	if to-end < 4 {
		return false
	}
	c := cue{lemma: "according to", class: "neutral"}
	if i-1-start <= 1 {
		r.add(end+1, to, i, c, s, si, 0.75)
		return true
	}
	n := len(r.quotes)
	r.add(start, to, i, c, s, si, 0.75)
	if len(r.quotes) > n {
		r.quotes[n].Fragments = []Span{r.span(start, i-1), r.span(end+1, to)}
	}
	return true
}

// sourcePhrase reports a short noun phrase with no verb of its own, as a
// source is named: "official figures", "the ministry", "Reuters".
func (r *run) sourcePhrase(from, to int) bool {
	if to-from > 5 {
		return false
	}
	for k := from; k < to; k++ {
		if w := r.words[k]; r.lx.finite[w] || w == "'re" || w == "they" || w == "we" || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// creditDirect gives the quotation [from, to) to the source "according to"
// names: the quote found without a cue takes this speaker, or a new direct
// quote is made.
func (r *run) creditDirect(from, to, cueTok int, c cue, s speaker, si int) {
	span := r.span(from, to)
	cueSpan := r.span(cueTok, cueTok+2)
	for k := range r.quotes {
		q := &r.quotes[k]
		if q.Kind == Direct && q.Span.Start < span.End && span.Start < q.Span.End {
			if q.Cue.End == q.Cue.Start {
				q.Speaker, q.SpeakerSrc, q.Cue, q.CueLemma, q.CueClass, q.Vague = s.entity, s.mention, cueSpan, c.lemma, c.class, s.vague
				q.Unnamed, q.Body, q.Role, q.Described, q.Rule = s.unnamed, s.body, s.role, s.desc, s.rule
				r.usedCue[cueTok] = true
			}
			return
		}
	}
	r.usedCue[cueTok] = true
	r.quotes = append(r.quotes, Quote{Kind: Direct, Span: span, Speaker: s.entity, SpeakerSrc: s.mention, Cue: cueSpan,
		CueLemma: c.lemma, CueClass: c.class, Vague: s.vague, Unnamed: s.unnamed, Body: s.body, Role: s.role, Described: s.desc, Rule: s.rule, Confidence: 0.75, SentFrom: si, SentTo: si})
}

// nominal handles "Romanowski's claims that ...".
func (r *run) nominal(i int, c cue, sp segment.Span, si int) {
	if i+1 >= sp.To || r.words[i+1] != "that" {
		return
	}
	owner := i - 2
	if owner < sp.From {
		return
	}
	from := r.npStart(owner, sp.From)
	s := r.resolve(from, owner+1)
	if !s.ok {
		return
	}
	r.add(i+2, r.clauseEnd(i+2, sp), i, c, s, si, 0.6)
}

// parenthetical takes an attribution set inside the sentence it reports,
// "The problem, she said, is that banks would move", as one quote in two
// pieces around it.
func (r *run) parenthetical(i int, c cue, sp segment.Span, s speaker, si int) bool {
	if !c.bare || s.mention.End <= s.mention.Start {
		return false
	}
	subj := i
	for subj > sp.From && r.toks[subj-1].Start >= s.mention.Start {
		subj--
	}
	if subj == i || r.toks[subj].Start != s.mention.Start && !r.lx.aux[r.words[subj]] {
		return false
	}
	for k := subj; k < i; k++ {
		if r.toks[k].Kind != segment.Word && r.words[k] != "." && r.words[k] != "'s" {
			return false // "Whitfield (D-Va.), a member": an appositive, not a short aside
		}
	}
	open := subj - 1
	from := r.datelineEnd(sp)
	if open <= from+1 || r.words[open] != "," || r.inQuote[open] || r.toks[from].Kind == segment.Quote {
		return false
	}
	close := i + 1
	for close < sp.To && close-i <= 3 && r.lx.timeWords[r.words[close]] {
		close++ // "she said Tuesday,"
	}
	if close >= sp.To-2 || r.words[close] != "," || r.inQuote[close] {
		return false
	}
	to := r.clauseEnd(close+1, sp)
	if to-close < 3 {
		return false
	}
	n := len(r.quotes)
	r.add(from, to, i, c, s, si, 0.7)
	if len(r.quotes) > n {
		r.quotes[n].Fragments = []Span{r.span(from, open), r.span(close+1, to)}
	}
	return true
}

// typeByContent decides the type of a one-word speaker that nothing else
// typed, from the pronoun that opens what it said: "Texaco said it raised
// prices", "Chrysler said its sales fell" are companies; "Subroto said he
// expected" is a person.
func (r *run) typeByContent(s speaker, from, to int, c cue) {
	if s.entity < 0 || to-from < 2 {
		return
	}
	e := r.er.Entities[s.entity]
	if e.Type != entity.Person && e.Type != entity.Org || e.Gender != 0 || e.Title != "" || e.Role != "" || strings.Contains(e.Name, " ") {
		return
	}
	if _, guessed := r.retyped[s.entity]; e.Type == entity.Org && !guessed {
		return // a company the name itself says is one
	}
	// "it was", "it would be" are as often about something else ("Obama
	// said it was distressing"); "its" and "it raised" are the speaker's.
	switch w := r.words[from]; {
	case c.lemma == "report" && e.Type == entity.Org:
		r.retype(s.entity, entity.Outlet) // "Handelsblatt reported"
	case w == "its" || w == "it" && !expletiveAfterIt[r.words[from+1]]:
		r.retype(s.entity, entity.Org)
	case w == "he" || w == "his" || w == "she" || w == "her":
		r.retype(s.entity, entity.Person) // "Subroto said he expected"
	}
}

// expletiveAfterIt follow an "it" that need not stand for the speaker.
var expletiveAfterIt = map[string]bool{"is": true, "was": true, "'s": true, "would": true, "could": true, "might": true, "may": true,
	"will": true, "seemed": true, "seems": true, "appeared": true, "appears": true, "looked": true, "looks": true, "had": true, "has": true}

// saysSomething reports content with at least two words that are not a
// date or a time.
func (r *run) saysSomething(from, to int) bool {
	n := 0
	for k := from; k < to && n < 2; k++ {
		if r.toks[k].Kind == segment.Word && !r.lx.clockWords[r.words[k]] && !r.lx.timeWords[r.words[k]] {
			n++
		}
	}
	return n >= 2
}

// wholeQuotation finds the closed quotation that is all of tokens
// [from, to), bar punctuation after its closing mark.
func (r *run) wholeQuotation(from, to int) (Marked, bool) {
	if from >= to || r.toks[from].Kind != segment.Quote {
		return Marked{}, false
	}
	for _, m := range r.marks {
		if m.Open != from {
			continue
		}
		if !m.Closed || m.Next >= 0 || m.Close >= to {
			return Marked{}, false
		}
		for k := m.Close + 1; k < to; k++ {
			if r.toks[k].Kind != segment.Punct {
				return Marked{}, false
			}
		}
		return m, true
	}
	return Marked{}, false
}

// add records a reported-speech quote over tokens [from, to).
func (r *run) add(from, to, cueTok int, c cue, s speaker, si int, conf float64) {
	kind := Indirect
	for k := from; k < to; k++ {
		if r.inQuote[k] {
			kind = Mixed
			break
		}
	}
	span := r.span(from, to)
	if m, ok := r.wholeQuotation(from, to); ok {
		// `Bruno wrote "Gill is safe."`: the content is one quotation,
		// so the quote is direct and its text the words inside the marks.
		kind, span = Direct, r.contentSpan([]Marked{m})
	}
	if !r.saysSomething(from, to) {
		return // "Posted: January 8, 2015 2:10 pm": a time stamp, not words
	}
	// Content that is one whole quotation was already found as direct.
	for _, q := range r.quotes {
		if q.Kind == Direct && q.Span.Start <= span.Start+3 && q.Span.End >= span.End-3 {
			return
		}
	}
	r.usedCue[cueTok] = true
	r.typeByContent(s, from, to, c)
	cueSpan := r.span(cueTok, cueTok+1)
	if c.lemma == "according to" {
		cueSpan = r.span(cueTok, cueTok+2)
	}
	r.quotes = append(r.quotes, Quote{Kind: kind, Span: span, Speaker: s.entity, SpeakerSrc: s.mention, Cue: cueSpan,
		CueLemma: c.lemma, CueClass: c.class, Vague: s.vague, Unnamed: s.unnamed, Body: s.body, Role: s.role, Described: s.desc, Rule: s.rule, Confidence: conf, SentFrom: si, SentTo: si})
}

// objectPronouns are the pronouns that follow "quoted", with the gender
// their antecedent must agree with.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f', "them": 'p'}

// quotedAs finds the source in "quoted Velkor Police as saying that": the
// object of "quoted" (or "quoting", "quotes") right before "as".
func (r *run) quotedAs(i int, c cue, sp segment.Span) (speaker, bool) {
	if !c.ing || i-2 <= sp.From || r.words[i-1] != "as" {
		return speaker{}, false
	}
	for q := i - 2; q > sp.From && i-q <= 10; q-- {
		switch r.words[q] {
		case "quoted", "quoting", "quotes", "quote":
			if r.inQuote[q] {
				return speaker{}, false
			}
			if q+1 >= i-1 {
				// "Pesk was quoted as saying": the passive's subject spoke.
				if q > sp.From && beForms[r.words[q-1]] {
					return r.subjectLeft(q)
				}
				return speaker{}, false
			}
			if g, ok := objectPronouns[r.words[q+1]]; ok && q+2 == i-1 {
				// "quoted him as saying": the person the pronoun stands for.
				if e, ok := r.er.Antecedent(r.seg.SentenceOf, q+1, g); ok {
					return speaker{entity: e, mention: r.span(q+1, q+2), rule: RulePronoun, ok: true}, true
				}
				return speaker{entity: -1, mention: r.span(q+1, q+2), rule: RuleUnresolved, ok: true}, true
			}
			s := r.resolve(q+1, i-1)
			return s, s.ok
		case ",", ";", ":":
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// clauseSubject is the subject of the clause an ", adding" or ", calling"
// hangs on: that of the nearest finite verb before the comma at i-1
// ("Trump went after Bush, calling him a stiff" is Trump's).
func (r *run) clauseSubject(i int, sp segment.Span) (speaker, bool) {
	// "He said the support is evident, and continued, ...": a verb of
	// saying before it is the one the clause goes on from, whatever finite
	// verb its reported clause holds.
	for k := i - 2; k > sp.From && i-k <= 20; k-- {
		if _, isCue := r.cueAt(k); isCue && !r.inQuote[k] {
			if s, ok := r.subjectLeft(k); ok {
				return s, true
			}
			break
		}
	}
	for k := i - 2; k > sp.From && i-k <= 20; k-- {
		if r.inQuote[k] || r.toks[k].Kind != segment.Word || r.toks[k].Cap() {
			continue
		}
		w := r.words[k]
		_, isCue := r.cueAt(k)
		if !isCue && !r.lx.finite[w] && !(len(w) > 4 && strings.HasSuffix(w, "ed")) {
			continue
		}
		if s, ok := r.subjectLeft(k); ok {
			return s, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// sentenceSubject is the name or pronoun that opens the sentence, before token limit.
func (r *run) sentenceSubject(sp segment.Span, limit int) (speaker, bool) {
	// A wire dateline ("DUNMORE (Harbor Wire) -") is where the story was
	// filed; the subject follows it.
	lead := r.datelineEnd(sp)
	from := lead
	for k := lead; k < limit && k-lead <= 6; k++ {
		// "In May, a judge sided with ..., saying": past the opening phrase.
		if r.words[k] == "," && !r.inQuote[k] && prepositions[r.words[lead]] {
			from = k + 1
			break
		}
	}
	return r.subjectFrom(from, limit)
}

// subjectFrom reads the noun phrase that opens a clause at from as its
// subject, looking no further than limit.
func (r *run) subjectFrom(from, limit int) (speaker, bool) {
	for from < limit && (r.toks[from].Kind != segment.Word || r.inQuote[from]) {
		from++
	}
	if from >= limit {
		return speaker{}, false
	}
	if _, ok := pronounGender[r.words[from]]; ok {
		s := r.resolve(from, from+1)
		return s, s.ok
	}
	end := from
	for end < limit && end-from < 8 && (r.toks[end].Cap() || r.words[end] == "the" || r.words[end] == "'s" || r.words[end] == ".") {
		end++
	}
	if end > from {
		if k, ok := r.er.HeadMention(from, end); ok {
			m := &r.er.Mentions[k]
			return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, ok: true}, true
		}
	}
	// "The spokesman refused to answer but said", "a U.S. District Court
	// judge sided with ..., saying": a noun phrase up to its verb.
	end = from + 1
	for end < limit && end-from < 8 && r.toks[end].Kind == segment.Word && !r.lx.finite[r.words[end]] && !r.lx.aux[r.words[end]] && !strings.HasSuffix(r.words[end], "ed") {
		if _, isCue := r.cueAt(end); isCue {
			break
		}
		end++
	}
	if end < limit && end > from+1 && r.toks[end].Kind == segment.Word && !r.toks[end].Cap() {
		if s := r.resolve(from, end); s.ok {
			return s, true
		}
	}
	return speaker{}, false
}
