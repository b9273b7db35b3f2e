package claim

import (
	"slices"
	"strings"
)

// Proposition is what one clause of a quote asserts, in parts that compare
// across speakers: what it is about, what is said of it, of what, and
// whether the speaker affirms or denies it.
type Proposition struct {
	// Subject is the match key of what the clause is about: an entity's
	// canonical name in lower case, or the stem of a noun phrase's head with
	// the entity that modifies it ("forc @iraq" for "Iraq's security
	// forces"); Modifiers are the stems of the head's other words
	// ("secur"), which must not differ for two subjects to be one.
	Subject     string   `json:"subject"`
	Modifiers   []string `json:"modifiers,omitempty"`
	SubjectText string   `json:"subject_text"`
	// Entity says the subject is a named entity (or the speaker, for "I").
	Entity bool `json:"entity,omitempty"`
	// Verb is the main verb's lemma, with its particle ("set up"); a copula
	// ("is", "poses", "remains") is "be", and Complement holds the head of
	// what the subject is said to be ("threat", "safe").
	Verb       string `json:"verb"`
	Complement string `json:"complement,omitempty"`
	// Object holds the match keys of the words after the predicate:
	// entity names, else stems. ObjectEntities are those that are names.
	Object         []string `json:"object,omitempty"`
	ObjectEntities []string `json:"object_entities,omitempty"`
	// Negated is the clause's truth: denied by a negator in its verb group
	// ("is no longer", "did not"), a determiner of its complement or object
	// ("poses no threat"), a negated or doubting first-person frame ("I
	// don't think"), or a denying cue ("denied that"). NegatedBy lists the
	// words that did it.
	Negated   bool     `json:"negated,omitempty"`
	NegatedBy []string `json:"negated_by,omitempty"`
	// Hedged: a modal that only allows ("may", "could").
	Hedged bool `json:"hedged,omitempty"`
	// Modal is the modal of the verb group ("will", "should", "can"): a
	// claim about what will or should happen, not what is.
	Modal string `json:"modal,omitempty"`
}

// wordClass is the grammatical role of a function word (lexicon grammar.txt).
type wordClass uint8

const (
	plain wordClass = iota
	auxBe
	auxHave
	auxDo
	modal
	hedgeModal
	adverb
	det
	prep
	conj
	firstPerson
	otherPronoun
	existential
	wh
)

var classNames = map[string]wordClass{"be": auxBe, "have": auxHave, "do": auxDo, "modal": modal, "hedge": hedgeModal,
	"adverb": adverb, "det": det, "prep": prep, "conj": conj, "first": firstPerson, "other": otherPronoun, "there": existential, "wh": wh}

func (c wordClass) auxiliary() bool { return c >= auxBe && c <= hedgeModal }

// particles follow a verb as part of it ("set up", "back down").
var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "back": true, "away": true}

// maxSubject bounds a subject noun phrase ("the justifications for the
// foreign forces' existence in 2014"): a longer run before the verb is a
// clause the reader does not understand, not a subject.
const maxSubject = 12

// norm lower-cases a token and writes its apostrophe straight.
func norm(w Word) string { return strings.ReplaceAll(w.Lower, "’", "'") }

func isPunct(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// negatesItself: a token that denies by itself ("not", "isn't", "cannot").
func negatesItself(w string) bool {
	return w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't")
}

// proposition reads one clause: [conjunction] [first-person frame] subject
// verb-group (predicate | copula complement) object. It fails on clauses it
// cannot read with confidence (a pronoun subject it cannot resolve, no verb,
// a subject too long to be one), which then claim nothing comparable.
func (x *Extractor) proposition(q Input, ws []Word) (Proposition, bool) {
	var p Proposition
	deny := func(words ...string) {
		p.Negated = !p.Negated
		p.NegatedBy = append(p.NegatedBy, strings.Join(words, " "))
	}
	if x.frames[q.Cue] == "deny" {
		deny(q.Cue)
	}
	if n := x.leadDenies(q.Lead); n != "" {
		deny(n)
	}
	i := 0
	for i < len(ws) && (isPunct(norm(ws[i])) || x.grammar[norm(ws[i])] == conj || x.grammar[norm(ws[i])] == adverb) {
		i++
	}
	i = x.frame(ws, i, q.Kind != "direct", deny)
	if i >= len(ws) {
		return p, false
	}
	first := norm(ws[i])
	vg := -1
	switch x.grammar[first] {
	case firstPerson:
		if q.SpeakerName == "" {
			return p, false
		}
		p.Subject, p.SubjectText, p.Entity = strings.ToLower(q.SpeakerName), ws[i].Text, true
		vg = i + 1
	case otherPronoun:
		// "it", "they": no referent to compare by, unless the article
		// resolved the pronoun to a named person or body ("she was not
		// captured" after "Gill Rosenberg").
		if e := ws[i].Entity; e == "" || ws[i].EntityType != "PERSON" && ws[i].EntityType != "ORG" {
			return p, false
		}
		p.Subject, p.SubjectText, p.Entity = strings.ToLower(ws[i].Entity), ws[i].Text, true
		vg = i + 1
	case existential:
		if i+1 >= len(ws) || x.grammar[norm(ws[i+1])] != auxBe {
			return p, false
		}
		p.Subject, p.SubjectText = "there", ws[i].Text
		vg = i + 1
	default:
		vg = x.verbGroupStart(ws, i)
		if vg < 0 || vg-i > maxSubject {
			return p, false
		}
		switch norm(ws[i]) {
		case "no": // "no troops are needed"
			deny("no")
			i++
		case "nobody", "no-one", "nothing", "none", "neither": // "nobody has lost sleep": no one's sleep is the proposition
			deny(ws[i].Text)
		}
		if !x.subject(ws[i:vg], &p) {
			return p, false
		}
	}
	k, lastAux := vg, plain
	for k < len(ws) {
		w := norm(ws[k])
		c := x.grammar[w]
		switch {
		case c.auxiliary():
			if negatesItself(w) {
				deny(ws[k].Text)
			}
			if c == hedgeModal {
				p.Hedged = true
			}
			if c == modal || c == hedgeModal {
				p.Modal = strings.TrimSuffix(w, "n't")
			}
			lastAux = c
			k++
			continue
		case c == adverb:
			k++
			continue
		case negatesItself(w):
			deny(ws[k].Text)
			k++
			continue
		case w == "no" && k+1 < len(ws) && norm(ws[k+1]) == "longer":
			deny("no longer")
			k += 2
			continue
		}
		break
	}
	if k >= len(ws) {
		return p, false
	}
	w := norm(ws[k])
	lemma, inflected, isVerb := x.verbs.lemma(w)
	copula := false
	switch {
	case lastAux == auxBe && !(isVerb && inflected && !strings.HasSuffix(w, "s")):
		copula = true // "is a threat", "is safe" (but "is needed", "was closing")
	case isVerb && x.copulas[lemma] && lastAux != auxBe:
		copula = true
		k++
	case isVerb:
		p.Verb = lemma
		k++
		if k < len(ws) && particles[norm(ws[k])] {
			p.Verb += " " + norm(ws[k])
			k++
		}
	default:
		return p, false
	}
	if copula {
		p.Verb = "be"
		var ok bool
		if k, ok = x.complement(ws, k, &p, deny); !ok {
			return p, false
		}
	} else if k < len(ws) {
		switch norm(ws[k]) {
		case "no", "nothing", "none", "neither":
			deny(ws[k].Text) // "paid no taxes"
			k++
		}
	}
	if p.Negated && k < len(ws) && norm(ws[k]) == "without" {
		deny("without") // "not without risks": litotes, an affirmation
	}
	if p.Negated && p.Verb != "be" && untilNext(ws[k:]) {
		// "does not expire until April 14" says when it expires: the
		// negation is of the time before, not of the event.
		deny("until")
	}
	x.object(ws[k:], &p)
	return p, true
}

// untilNext: the words after a full verb, up to the clause's end, hold
// "until" or "till" ("does not expire until April", "won't vote till May").
func untilNext(ws []Word) bool {
	for _, w := range ws {
		switch norm(w) {
		case "until", "till":
			return true
		case ",", ";", ":", ".", "and", "but":
			return false
		}
	}
	return false
}

// leadDenies is the negator of a negated frame of opinion in the
// narration before the content, the cue included ("he did not feel",
// "she doesn't believe"), or "".
func (x *Extractor) leadDenies(lead []string) string {
	neg := ""
	for _, w := range lead {
		if negatesItself(w) {
			neg = w
			continue
		}
		if l, _, ok := x.verbs.lemma(w); ok && neg != "" && x.beliefs[l] {
			return neg
		}
	}
	return ""
}

// frame skips a first-person framing verb ("we both assess", "I don't
// believe that") and returns where the framed clause starts; a negated or
// doubting frame denies it. Reported speech puts the speaker's own frame
// in the third person ("Sumita told Nakasone he did not feel a rate cut
// was appropriate"), so there a pronoun opens a frame too.
func (x *Extractor) frame(ws []Word, i int, reported bool, deny func(...string)) int {
	if i >= len(ws) {
		return i
	}
	if w := norm(ws[i]); x.grammar[w] != firstPerson && (!reported || w != "he" && w != "she" && w != "they") {
		return i
	}
	j := i + 1
	var negs []string
	for j < len(ws) {
		w := norm(ws[j])
		if c := x.grammar[w]; c.auxiliary() || c == adverb || negatesItself(w) {
			if negatesItself(w) {
				negs = append(negs, ws[j].Text)
			}
			j++
			continue
		}
		break
	}
	if j >= len(ws) {
		return i
	}
	lemma, _, ok := x.verbs.lemma(norm(ws[j]))
	pol, framing := x.frames[lemma]
	if !ok || !framing || j+3 >= len(ws) {
		return i
	}
	for _, n := range negs {
		deny(n)
	}
	if pol == "deny" {
		deny(ws[j].Text)
	}
	j++
	if norm(ws[j]) == "that" {
		j++
	}
	return j
}

// verbGroupStart finds where the subject ends: the first auxiliary or
// negator before any clause punctuation, else the first inflected verb form
// that no determiner or preposition precedes (a noun's plural after "the"
// is not a verb). Words inside an entity name are never the verb.
func (x *Extractor) verbGroupStart(ws []Word, i int) int {
	for j := i + 1; j < len(ws) && j-i <= maxSubject; j++ {
		w := norm(ws[j])
		if w == "," || w == ";" || w == ":" || w == "who" || w == "which" {
			break
		}
		if ws[j].Entity == "" && (x.grammar[w].auxiliary() || negatesItself(w) || w == "no" && j+1 < len(ws) && norm(ws[j+1]) == "longer") {
			return x.backOverAdverbs(ws, i, j)
		}
	}
	for j := i + 1; j < len(ws) && j-i <= maxSubject; j++ {
		w := norm(ws[j])
		if isPunct(w) && w != "'s" {
			return -1
		}
		if ws[j].Entity != "" {
			continue
		}
		prev := x.grammar[norm(ws[j-1])]
		if _, inflected, ok := x.verbs.lemma(w); ok && inflected && prev != det && prev != prep {
			return x.backOverAdverbs(ws, i, j)
		}
	}
	return -1
}

// backOverAdverbs moves a verb group's start back over the adverbs that
// open it ("ISIS still poses"), which belong to the verb, not the subject.
func (x *Extractor) backOverAdverbs(ws []Word, i, j int) int {
	for j-1 > i && x.grammar[norm(ws[j-1])] == adverb {
		j--
	}
	return j
}

// subject reads a subject noun phrase: its head is the last word before
// any preposition; a head inside an entity name makes the entity the
// subject, else the head's stem is, with the entity that modifies it and
// the other content words as modifiers ("Iraq's security forces": "forc
// @iraq", modifier "secur").
func (x *Extractor) subject(ws []Word, p *Proposition) bool {
	if len(ws) == 0 {
		return false
	}
	// A subject is a noun phrase. A run before the verb group that holds
	// "what" or "whether" is a clause of its own ("no-one knows what the
	// owner will bring", "what he paid was fair"), whose subject and
	// truth this reader does not parse.
	for _, w := range ws {
		if x.grammar[norm(w)] == wh && w.Entity == "" {
			return false
		}
	}
	head := len(ws)
	for j, w := range ws {
		if j > 0 && x.grammar[norm(w)] == prep && w.Entity == "" {
			head = j
			break
		}
	}
	texts := make([]string, 0, len(ws))
	for _, w := range ws {
		texts = append(texts, w.Text)
	}
	p.SubjectText = strings.Join(texts, " ")
	last := ws[head-1]
	if last.Entity != "" {
		p.Subject, p.Entity = strings.ToLower(last.Entity), true
		return true
	}
	var keys []string
	modifier := ""
	for j, w := range ws {
		if w.Entity != "" {
			if modifier == "" {
				modifier = strings.ToLower(w.Entity)
			}
			continue
		}
		l := strings.TrimSuffix(norm(w), "'s")
		if j >= head || x.grammar[l] != plain || x.light[l] || isPunct(l) {
			continue
		}
		keys = append(keys, x.stems.stem(l))
	}
	if len(keys) == 0 {
		return false
	}
	p.Subject, p.Modifiers = keys[len(keys)-1], keys[:len(keys)-1]
	if modifier != "" {
		p.Subject += " @" + modifier
	}
	return true
}

// complement reads what a copula says the subject is: the head of the noun
// or adjective phrase after it ("a common terrorist enemy": "enemy"), or a
// preposition and its noun ("on track"); "no" before it denies it.
func (x *Extractor) complement(ws []Word, k int, p *Proposition, deny func(...string)) (int, bool) {
	for k < len(ws) {
		w := norm(ws[k])
		if w == "no" {
			deny(ws[k].Text)
			k++
			continue
		}
		if w == "nowhere" && k+1 < len(ws) && norm(ws[k+1]) == "near" {
			deny("nowhere near") // "is nowhere near on track"
			k += 2
			continue
		}
		if c := x.grammar[w]; c == det || c == adverb || negatesItself(w) {
			if negatesItself(w) {
				deny(ws[k].Text)
			}
			k++
			continue
		}
		break
	}
	if k < len(ws) && x.grammar[norm(ws[k])] == prep {
		if norm(ws[k]) == "without" && p.Negated {
			deny("without") // "was not without risks": litotes, an affirmation
		}
		if k+1 < len(ws) && !isPunct(norm(ws[k+1])) {
			p.Complement = norm(ws[k]) + " " + norm(ws[k+1])
			return k + 2, true
		}
		return k, false
	}
	head := -1
	for k < len(ws) {
		w := norm(ws[k])
		c := x.grammar[w]
		if isPunct(w) || c != plain && c != adverb || w == "who" || w == "which" {
			break
		}
		if c == plain && !x.light[w] { // "a threat here": not "here"
			head = k
		}
		k++
	}
	if head < 0 {
		return k, false
	}
	if ws[head].Entity != "" {
		p.Complement = strings.ToLower(ws[head].Entity)
	} else {
		p.Complement = norm(ws[head])
	}
	return k, true
}

// object keeps the match keys of the rest of the clause.
func (x *Extractor) object(ws []Word, p *Proposition) {
	for i := 0; i < len(ws) && len(p.Object) < maxTerms; i++ {
		w := ws[i]
		if w.Entity != "" {
			e := strings.ToLower(w.Entity)
			for i+1 < len(ws) && ws[i+1].Entity == w.Entity {
				i++
			}
			if !slices.Contains(p.Object, e) {
				p.Object = append(p.Object, e)
				// A nationality ("the Arab country") describes; it does
				// not name the thing spoken of.
				if w.EntityType != "NORP" && w.EntityType != "OTHER" {
					p.ObjectEntities = append(p.ObjectEntities, e)
				}
			}
			continue
		}
		l := strings.Trim(norm(w), "\"'“”‘")
		if l == "" || x.grammar[l] != plain || x.light[l] || x.negators[l] || !isWord(l) {
			continue
		}
		if s := x.stems.stem(l); !slices.Contains(p.Object, s) {
			p.Object = append(p.Object, s)
		}
	}
}
