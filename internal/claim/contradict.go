package claim

import (
	"fmt"
	"slices"
	"strings"
)

// MaxPairs bounds how many pairs of claims one call compares: a text of
// thousands of quotes on one topic (a table read as prose, a page repeated)
// would otherwise cost the square of its length. News articles compare a
// few hundred pairs.
const MaxPairs = 200_000

// Contradictions finds pairs of claims by different speakers that cannot
// both hold: the same proposition with opposite truth (Opposed), or two
// figures for one count. Claims may come from many documents: speakers are
// compared by canonical name when known, else by id. It compares at most
// MaxPairs pairs; FindContradictions says when it stopped there.
func (x *Extractor) Contradictions(cs []Claim) []Contradiction {
	out, _ := x.FindContradictions(cs)
	return out
}

// FindContradictions is Contradictions, reporting also whether every
// candidate pair was compared (false when MaxPairs stopped it).
func (x *Extractor) FindContradictions(cs []Claim) ([]Contradiction, bool) {
	var out []Contradiction
	// A pair of sources is set against each other once per topic; the key
	// is a struct, so the figure loop's look-ups allocate nothing.
	type pairID struct{ a, b, topic string }
	seen := map[pairID]bool{}
	keys := make([]string, len(cs)) // speakerKey, once per claim
	bySubject := map[string][]int{}
	byTopic := map[string][]int{} // figures, by what they count
	var topics []string
	for i := range cs {
		keys[i] = speakerKey(&cs[i])
		switch {
		case cs[i].Value != nil:
			t := cs[i].Topic
			if _, ok := byTopic[t]; !ok {
				topics = append(topics, t)
			}
			byTopic[t] = append(byTopic[t], i)
		case cs[i].Proposition != nil && !cs[i].Hedged && !cs[i].Proposition.Hedged:
			s := cs[i].Proposition.Subject
			bySubject[s] = append(bySubject[s], i)
		}
	}
	pairs := 0
	spent := func() bool { pairs++; return pairs > MaxPairs }
	pairKey := func(i, j int, topic string) pairID { return pairID{keys[i], keys[j], topic} }
	claimPairs := map[[2]int]bool{} // one contradiction per pair of claims, by the first rule that holds
	add := func(c Contradiction, i, j int) {
		cp := [2]int{min(i, j), max(i, j)}
		if k := pairKey(i, j, c.Topic); !seen[k] && !claimPairs[cp] {
			seen[k], claimPairs[cp] = true, true
			out = append(out, c)
		}
	}
	// Only claims about one subject can contradict, so pairs are drawn
	// within each subject's claims, in document order.
	for i := range cs {
		p := cs[i].Proposition
		if p == nil || cs[i].Value != nil || cs[i].Hedged || p.Hedged {
			continue
		}
		for _, j := range bySubject[p.Subject] {
			if j <= i {
				continue
			}
			if spent() {
				return out, false
			}
			a, b := &cs[i], &cs[j]
			if !distinctSources(a, b) {
				continue
			}
			if c, ok := x.Opposed(a, b); ok {
				add(c, i, j)
			}
		}
	}
	// A denial answers a claim in its words: each denial against the
	// affirmed claims that share at least minDenialShared of its topic
	// words (found through an index of the words). A quotation that denies
	// something asserts none of its other clauses against another denial:
	// "We heard news that IS used chlorine gas ... This news is unfounded"
	// reports the claim it rejects.
	denying := map[string]bool{}
	for i := range cs {
		if cs[i].Denial && cs[i].Quote != "" {
			denying[cs[i].Quote] = true
		}
	}
	byTerm := map[string][]int{}
	for j := range cs {
		b := &cs[j]
		if b.Denial || b.Hedged || b.Qualified || b.Value != nil || b.Polarity != "affirm" || denying[b.Quote] {
			continue
		}
		for _, t := range uniqueFields(b.Topic) {
			byTerm[t] = append(byTerm[t], j)
		}
	}
	for i := range cs {
		if !cs[i].Denial || cs[i].Value != nil || cs[i].Hedged {
			continue
		}
		shared := map[int]int{}
		for _, t := range uniqueFields(cs[i].Topic) {
			for _, j := range byTerm[t] {
				if spent() {
					return out, false
				}
				shared[j]++
			}
		}
		var cands []int
		for j, n := range shared {
			if n >= minDenialShared && j != i {
				cands = append(cands, j)
			}
		}
		slices.Sort(cands) // document order, as a plain scan would meet them
		for _, j := range cands {
			a, b := &cs[i], &cs[j]
			if !distinctSources(a, b) {
				continue
			}
			if c, ok := denial(a, b, x.stems.stem); ok {
				if j < i {
					c.A, c.B = c.B, c.A
				}
				add(c, i, j)
			}
		}
	}
	// Figures disagree only on one count (one topic); a speaker pair
	// already set apart on it needs no second look. Found topic by topic,
	// they are listed in document order, as one scan over all pairs would.
	type found struct {
		i, j int
		c    Contradiction
	}
	var figs []found
	complete := true
topics:
	for _, t := range topics {
		figures := byTopic[t]
		for n, i := range figures {
			for _, j := range figures[n+1:] {
				if keys[i] == keys[j] || seen[pairKey(i, j, t)] {
					continue // one source, or a source pair already set apart
				}
				if spent() {
					complete = false
					break topics
				}
				a, b := &cs[i], &cs[j]
				if !distinctSources(a, b) {
					continue
				}
				if c, ok := numericDisagreement(a, b); ok {
					if k := pairKey(i, j, t); !seen[k] {
						seen[k] = true
						figs = append(figs, found{i, j, c})
					}
				}
			}
		}
	}
	slices.SortFunc(figs, func(x, y found) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	for _, f := range figs {
		out = append(out, f.c)
	}
	return out, complete
}

// uniqueFields is the space-separated words of s, once each.
func uniqueFields(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// minDenialShared is how many topic words a denial must share with the
// claim it answers, and at least half of the shorter topic.
const minDenialShared = 3

// denial: claim a denies what b asserts in most of the same words ("the
// White House denied the United States was continuing to ship arms to
// Iran" against NBC's "the United States had been shipping weapons-related
// equipment to Iran").
func denial(a, b *Claim, stemOf func(string) string) (Contradiction, bool) {
	ta, tb := strings.Fields(a.Topic), strings.Fields(b.Topic)
	var shared []string
	for _, t := range ta {
		if slices.Contains(tb, t) && !slices.Contains(shared, t) {
			shared = append(shared, t)
		}
	}
	if len(shared) < minDenialShared || 2*len(shared) < min(len(ta), len(tb)) {
		return Contradiction{}, false
	}
	// The shared words must include the denied predicate, not only the
	// setting both stories share; a denial by cue alone, with no clause the
	// reader understood, needs one more word in common. The asserted side
	// must state what is, not what should or will be.
	if p := a.Proposition; p != nil && !sharesCore(p, shared, stemOf) || a.Proposition == nil && len(shared) <= minDenialShared {
		return Contradiction{}, false
	}
	if q := b.Proposition; q != nil && (q.Modal != "" || q.Hedged) {
		return Contradiction{}, false
	}
	conf := min(0.5+0.05*float64(len(shared)), 0.8)
	return Contradiction{A: a.ID, B: b.ID, Topic: strings.Join(shared, " "), Rule: RuleDenial, Confidence: conf,
		Why: fmt.Sprintf("denial: one source denies what the other asserts, in %d of the same words (%s)", len(shared), strings.Join(shared, ", "))}, true
}

// sharesCore: one of the shared words is the proposition's predicate (its
// verb, or a copula's complement): a denial answers what was said of the
// thing, and two sources who say different things of one subject ("the
// coalition is the main cause of ISIL's survival", "the coalition has not
// targeted ISIL's main positions") may well agree.
func sharesCore(p *Proposition, shared []string, stemOf func(string) string) bool {
	verb, _, _ := strings.Cut(p.Verb, " ")
	if p.Verb == "be" {
		verb = ""
	}
	for _, k := range []string{stemOf(verb), stemOf(p.Complement)} {
		if k != "" && slices.Contains(shared, k) {
			return true
		}
	}
	return false
}

// distinctSources: two speakers, and two statements rather than one
// statement and a piece of itself (overlapping clauses in one document
// come from one quotation and its nested quote).
func distinctSources(a, b *Claim) bool {
	if a.Speaker == "" || b.Speaker == "" || sameSpeaker(a, b) || a.Quote != "" && a.Quote == b.Quote {
		return false
	}
	return a.End <= b.Start || b.End <= a.Start || a.Start == 0 && a.End == 0 || b.Start == 0 && b.End == 0
}

// Opposed reports two claims whose propositions are one proposition with
// opposite truth: the same subject, the same predicate (one lemma, WordNet
// synonyms, or one copula complement) with one side denied, or opposite
// predicates (WordNet antonyms) both affirmed or both denied; and objects
// that do not name different things. Speakers are not compared here.
func (x *Extractor) Opposed(a, b *Claim) (Contradiction, bool) {
	p, q := a.Proposition, b.Proposition
	if p == nil || q == nil || p.Subject != q.Subject || p.Hedged || q.Hedged || !modifiersAgree(p, q) {
		return Contradiction{}, false
	}
	if (p.Modal == "") != (q.Modal == "") {
		// What will, should or can be against what is: a plan or a
		// stance ("China should work to ...") answers no report of fact
		// ("China is running no risk"), and "Bale would play Jobs" is
		// not undone by a later "Bale is not playing".
		return Contradiction{}, false
	}
	rel, how := x.relate(p, q)
	if rel == unrelated {
		return Contradiction{}, false
	}
	if (p.Negated != q.Negated) != (rel == same) {
		return Contradiction{}, false
	}
	shared, ok := objectsAgree(p, q)
	if !ok {
		return Contradiction{}, false
	}
	rule := RuleNegation
	if rel == opposite {
		rule = RuleAntonym
	}
	conf := 0.55
	if p.Entity {
		conf += 0.2
	}
	if how == "same lemma" {
		conf += 0.1
	}
	conf += 0.05 * float64(min(len(shared), 2))
	why := fmt.Sprintf("%s: %q %s vs %q %s (%s)", rule, p.SubjectText, predicateWords(p), q.SubjectText, predicateWords(q), how)
	if len(shared) > 0 {
		why += "; both about " + strings.Join(shared, ", ")
	}
	return Contradiction{A: a.ID, B: b.ID, Topic: topicOf(p), Why: why, Rule: rule, Confidence: min(conf, 0.95)}, true
}

// modifiersAgree: "the new harbor wall" and "the wall" can be one wall;
// "the interest rate" and "the jobless rate" cannot.
func modifiersAgree(p, q *Proposition) bool {
	if len(p.Modifiers) == 0 || len(q.Modifiers) == 0 {
		return true
	}
	for _, m := range p.Modifiers {
		if slices.Contains(q.Modifiers, m) {
			return true
		}
	}
	return false
}

// predicateWords spells a proposition's predicate with its truth.
func predicateWords(p *Proposition) string {
	s := p.Verb
	if p.Verb == "be" {
		s = "be " + p.Complement
	}
	if p.Negated {
		return "not " + s + " [" + strings.Join(p.NegatedBy, ", ") + "]"
	}
	return s
}

// topicOf is what two opposed claims are about, in words: the subject as
// written and the predicate.
func topicOf(p *Proposition) string {
	pred := p.Verb
	if p.Verb == "be" {
		pred = p.Complement
	}
	return p.SubjectText + " " + pred
}

// objectsAgree: the two objects do not name different things. When both
// name entities, one must be shared; when both have words after a full
// verb, one must be shared ("paid its taxes" and "did not pay its taxes").
// A copula's complement already says what is predicated, so what follows
// it ("a threat here", "a threat to Iraq's security") need only not name
// different entities.
func objectsAgree(p, q *Proposition) ([]string, bool) {
	var shared []string
	for _, o := range p.Object {
		if slices.Contains(q.Object, o) {
			shared = append(shared, o)
		}
	}
	if len(p.ObjectEntities) > 0 && len(q.ObjectEntities) > 0 {
		any := false
		for _, e := range p.ObjectEntities {
			any = any || slices.Contains(q.ObjectEntities, e)
		}
		if !any {
			return nil, false
		}
	}
	if p.Verb != "be" && len(p.Object) > 0 && len(q.Object) > 0 && len(shared) == 0 {
		return nil, false
	}
	return shared, true
}

// AcrossArticles reports a contradiction strong enough to hold between two
// articles: about a named subject, or a noun phrase both articles qualify
// alike ("the harbor wall"), since a bare "the company" or "prices" in two
// articles are two things.
func AcrossArticles(a, b *Claim) bool {
	if a.Value != nil {
		return true
	}
	p, q := a.Proposition, b.Proposition
	if p == nil || q == nil {
		return false
	}
	if p.Entity && q.Entity {
		return true
	}
	for _, m := range p.Modifiers {
		if slices.Contains(q.Modifiers, m) {
			return true
		}
	}
	return false
}

// numericDisagreement: two speakers give different figures for the same
// count ("137 people killed" against "150 killed"). Figures that a qualifier
// reconciles ("more than 100" and "137") agree.
func numericDisagreement(a, b *Claim) (Contradiction, bool) {
	if a.Value == nil || b.Value == nil || a.Topic != b.Topic {
		return Contradiction{}, false
	}
	x, y := *a.Value, *b.Value
	if compatible(x, a.Qualifier, y) || compatible(y, b.Qualifier, x) {
		return Contradiction{}, false
	}
	return Contradiction{A: a.ID, B: b.ID, Topic: a.Topic, Rule: RuleFigures, Confidence: 0.5,
		Why: fmt.Sprintf("different figures for the same count: %s%g vs %s%g", qualified(a.Qualifier), x, qualified(b.Qualifier), y)}, true
}

// compatible: figure v with qualifier q admits the other figure w.
func compatible(v float64, q string, w float64) bool {
	switch q {
	case "more than", "at least":
		return w >= v
	case "less than", "at most", "up to":
		return w <= v
	case "about", "nearly":
		return w >= 0.9*v && w <= 1.1*v
	}
	return v == w
}

func qualified(q string) string {
	if q == "" {
		return ""
	}
	return q + " "
}
