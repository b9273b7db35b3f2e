package stance

import (
	"slices"
	"strings"
)

// StatementResult is the stance of a short statement (a quote) toward a
// claim, read clause by clause.
type StatementResult struct {
	Label Label
	// Cover is the share of the claim's content stems the statement has;
	// ClauseCover the share its best clause has.
	Cover, ClauseCover float32
	// Clause is the clause the stance was read from, as lower-case words.
	Clause string
	// Why names the rule: "same polarity", "opposite polarity", "hedged",
	// "other subject", "calls it false".
	Why string
}

// clause is a run of a sentence's words between clause boundaries.
type clause struct {
	words         []string
	stems         []string // content stems, in order
	wstems        []string // per word of words: its stem, or "" for a function word
	neg           int      // negations
	negAt         []int    // for each negation, how many content stems precede it
	poss          []string // stems followed by a possessive ("Hussein's pilots")
	hedge, refute bool
	reported      bool // a word that reports without vouching ("reports", "claimed"), for a frame
	// Under a frame: the clause is what a "that" after a negated verb
	// ("did not say that ...") or a denial ("denied that ...") introduces.
	negFrame, denied bool
}

// Statement reads a statement against a claim the way a fact-checker
// does: find the clause that says what the claim says, then compare
// polarity (negated or not, scoped to that clause),
// hedging and words that call a claim false. A statement whose clause
// leads with another of the claim's words than the claim does (the claim's
// subject appears, but as an object) only discusses it. The article model
// (Stance) is trained on whole bodies; a quote is one or two sentences, so
// its stance is read here by these rules.
func (s *Scorer) Statement(claim, stmt *Text) StatementResult {
	return s.StatementBy(claim, stmt, "")
}

// StatementBy is Statement for words a named speaker said: a clause that
// opens with a subject pronoun ("it was unlikely to cut output", said
// OPEC) is read with the speaker as its subject when the speaker's name
// holds the claim's subject.
func (s *Scorer) StatementBy(claim, stmt *Text, speaker string) StatementResult {
	cc := s.clauses(claim)
	var want []string
	var claimNeg int
	var claimHedge bool
	for _, c := range cc {
		want = append(want, c.stems...)
		claimNeg += c.neg
		claimHedge = claimHedge || c.hedge
	}
	want = uniq(want)
	var r StatementResult
	if len(want) == 0 {
		return r
	}
	have := map[string]bool{}
	best, bestN := clause{}, 0
	stmtClauses := s.clauses(stmt)
	// The claim's subject and what is said of it, read once: every rule below
	// compares the statement's clause with them.
	subject, said := s.core(claim)
	if subject != "" && speaker != "" && s.names(speaker, subject) {
		for i, c := range stmtClauses {
			if len(c.words) > 0 && s.pronouns[c.words[0]] {
				stmtClauses[i] = c.withSubject(subject)
			}
		}
	}
	for _, c := range stmtClauses {
		n := 0
		for _, st := range uniq(c.stems) {
			have[st] = true
			if contains(want, st) {
				n++
			}
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	for _, st := range want {
		if have[st] {
			r.Cover++
		}
	}
	r.Cover /= float32(len(want))
	r.ClauseCover = float32(bestN) / float32(len(want))
	r.Clause = strings.Join(best.words, " ")
	if bestN == 0 {
		return r
	}
	// A statement with the claim's subject but nothing of what the claim
	// says of it ("Blair visited a school" for "Blair will stand down") is
	// not about the claim at all.
	if subject != "" && said != "" && (!have[subject] || !have[said]) {
		return r
	}
	switch {
	case !leadsAlike(want, best.stems) && !s.passiveAgent(subject, said, best):
		r.Label, r.Why = Discuss, "other subject"
	case !s.saysSame(subject, said, best):
		r.Label, r.Why = Discuss, "not what the claim says of it"
	case negatesBefore(best, subject):
		// "The U.S. has not called on Japan to cut": the negation is of
		// another verb, whose subject is not the claim's.
		r.Label, r.Why = Discuss, "negation outside the claim"
	case s.otherMonth(claim, best):
		r.Label, r.Why = Disagree, "another month"
	case s.lacksMonth(claim, best):
		r.Label, r.Why = Discuss, "without the claim's date"
	case best.hedge && !claimHedge || stmt.Question:
		r.Label, r.Why = Discuss, "hedged"
	case s.namesEvent(claim, subject, said, best):
		r.Label, r.Why = Discuss, "names it only"
	case best.negFrame:
		r.Label, r.Why = Discuss, "negated frame"
	case best.refute || best.denied:
		r.Label, r.Why = Disagree, "calls it false"
		if best.denied {
			r.Why = "denies it"
		}
		if (claimNeg > 0) != (best.neg > 0) {
			r.Label = Agree
		}
	case (claimNeg > 0) == (best.neg > 0):
		r.Label, r.Why = Agree, "same polarity"
	default:
		r.Label, r.Why = Disagree, "opposite polarity"
	}
	return r
}

// saysSame reports whether a clause has the claim's subject head (not as
// a possessive) and the first word said of it.
func (s *Scorer) saysSame(subject, said string, c clause) bool {
	if said != "" && !contains(c.stems, said) {
		return false
	}
	return subject == "" || contains(c.stems, subject) && (!contains(c.poss, subject) || s.nominalized(c, subject, said))
}

// nominalized reports a possessive subject that names its own act:
// "Brazil's decision to suspend payments" says Brazil suspends them, where
// "Hussein's pilots flew jets captured in the war" says nothing of Hussein
// being captured.
func (s *Scorer) nominalized(c clause, subject, said string) bool {
	for i, st := range c.wstems {
		if st != subject || i+1 >= len(c.words) || c.words[i+1] != "'s" {
			continue
		}
		for j := i + 2; j < len(c.words) && j <= i+4; j++ {
			if s.intent[c.words[j]] {
				return slices.Contains(c.wstems[j+1:], said)
			}
		}
	}
	return false
}

// passiveAgent reports a clause that puts the claim in the passive: the
// claim's subject after "by", what is said of it before ("the crater was
// caused by a meteorite" for "a meteorite caused the crater"); or that
// gives the claim's subject as the other party of a reciprocal act
// ("Nigeria agreed a ceasefire with Boko Haram" for "Boko Haram agreed to
// a ceasefire").
func (s *Scorer) passiveAgent(subject, said string, c clause) bool {
	if subject == "" || said == "" {
		return false
	}
	for i, w := range c.words {
		if (w == "by" || w == "with" && s.reciprocal[said]) && slices.Contains(c.wstems[:i], said) && slices.Contains(c.wstems[i+1:min(len(c.wstems), i+7)], subject) {
			return true
		}
	}
	return false
}

// core is a claim's subject head and the first word said of it. In a claim
// as people write one, the subject comes before the first auxiliary or
// copula ("the Varn bridge | is safe"); with none, before the first
// lower-case word that is a verb form ("the Varn fighters | contracted a
// fever"); with no such word, it is the opening run of capitalized words
// ("Boko Haram | agreed to a ceasefire"), else the first content word.
func (s *Scorer) core(claim *Text) (subject, said string) {
	if len(claim.Words) == 0 {
		return "", ""
	}
	words, caps, stems := claim.Words[0], claim.Caps[0], claim.Stems[0]
	split := slices.IndexFunc(words, func(w string) bool { return s.aux[w] })
	if split < 0 {
		seen := false
		for i, w := range words {
			if stems[i] == "" {
				continue
			}
			if _, ok := s.verbs.VerbLemma(w); ok && seen && !caps[i] {
				split = i
				break
			}
			seen = true
		}
	}
	for i, w := range words {
		st := stems[i]
		if s.aux[w] || st == "" || s.negators[w] || w == "longer" {
			continue
		}
		switch {
		case split >= 0 && i < split, split < 0 && subject == "", split < 0 && said == "" && caps[i] && caps[i-1]:
			subject = st
		case said == "":
			said = st
		}
	}
	return subject, said
}

// negatesBefore reports a negation in c before its first mention of the
// claim's subject.
func negatesBefore(c clause, subject string) bool {
	at := slices.Index(c.stems, subject)
	if at < 0 || len(c.negAt) == 0 {
		return false
	}
	return c.negAt[0] <= at
}

// namesEvent reports a clause that names what the claim asserts as a noun
// compound ("a further dollar fall is needed" for "the dollar will fall"):
// the claim's subject right before its verb's bare form, after a
// determiner, where the claim puts an auxiliary between them.
func (s *Scorer) namesEvent(claim *Text, subject, said string, c clause) bool {
	if subject == "" || said == "" || len(claim.Words) == 0 || !slices.ContainsFunc(claim.Words[0], func(w string) bool { return s.aux[w] }) {
		return false
	}
	bare := ""
	for i, st := range claim.Stems[0] {
		if st == said {
			bare = claim.Words[0][i]
			break
		}
	}
	if _, verb := s.verbs.VerbLemma(bare); !verb {
		return false
	}
	for i := 1; i+1 < len(c.words); i++ {
		if c.wstems[i] == subject && c.wstems[i+1] == said && c.words[i+1] == bare && slices.ContainsFunc(c.words[max(0, i-3):i], func(w string) bool { return s.determiners[w] }) {
			return true
		}
	}
	return false
}

// lacksMonth reports a claim that names a month and a clause that names
// none: "will be released ahead of the launch" does not say "in March".
func (s *Scorer) lacksMonth(claim *Text, c clause) bool {
	named := false
	for _, ws := range claim.Words {
		for _, w := range ws {
			named = named || s.months[w]
		}
	}
	if !named {
		return false
	}
	return !slices.ContainsFunc(c.words, func(w string) bool { return s.months[w] })
}

// otherMonth reports a claim that names a month and a clause that names
// only other months: "released in April" against "released in March".
func (s *Scorer) otherMonth(claim *Text, c clause) bool {
	var want []string
	for _, ws := range claim.Words {
		for _, w := range ws {
			if s.months[w] {
				want = append(want, w)
			}
		}
	}
	if len(want) == 0 {
		return false
	}
	other := false
	for _, w := range c.words {
		if s.months[w] {
			if contains(want, w) {
				return false
			}
			other = true
		}
	}
	return other
}

// leadsAlike reports whether the first of the claim's stems that the
// clause has is also the clause's first matching stem: the statement is
// about the claim's subject, not mentioning it later.
func leadsAlike(want, stems []string) bool {
	first := ""
	for _, w := range want {
		if contains(stems, w) {
			first = w
			break
		}
	}
	for _, st := range stems {
		if contains(want, st) {
			return st == first
		}
	}
	return false
}

// names reports whether a speaker's name holds the stem subject.
func (s *Scorer) names(speaker, subject string) bool {
	for _, sent := range s.read(speaker, nil).Sentences {
		if slices.Contains(sent, subject) {
			return true
		}
	}
	return false
}

// withSubject is c with its opening pronoun read as subject.
func (c clause) withSubject(subject string) clause {
	c.stems = append([]string{subject}, c.stems...)
	c.wstems = append([]string{subject}, c.wstems[1:]...)
	negAt := make([]int, len(c.negAt))
	for i, n := range c.negAt {
		negAt[i] = n + 1
	}
	c.negAt = negAt
	return c
}

// appositionWords is the longest stretch between commas read as an
// apposition rather than a clause of its own.
const appositionWords = 4

// clauses cuts t's sentences at clause marks and clause-opening words.
func (s *Scorer) clauses(t *Text) []clause {
	var out []clause
	for si, ws := range t.Words {
		// A frame holds from its "that" or "whether" to the end of the
		// sentence, or to a contrast ("but").
		var frame struct{ neg, denied, hedge bool }
		cur := clause{}
		chunk, chunkNeg := 0, 0 // where the words since the last comma start, and the negations before them
		flush := func() {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = clause{negFrame: frame.neg, denied: frame.denied, hedge: frame.hedge}
			chunk, chunkNeg = 0, 0
		}
		for i, w := range ws {
			if w == "that" && len(cur.words) > 0 {
				frame.neg = frame.neg || cur.neg > 0
				frame.denied = frame.denied || cur.refute && cur.neg == 0
				// "reports that ...", "it is claimed that ...": reported, not vouched for.
				frame.hedge = frame.hedge || cur.hedge || cur.reported
				flush()
				continue
			}
			if w == "," && len(cur.words)-chunk <= appositionWords && cur.neg == chunkNeg && len(cur.words) > 0 {
				// A short stretch between commas is an apposition or an
				// aside ("a woman, Gil Rosenberg, has been captured"):
				// the clause goes on through it.
				chunk, chunkNeg = len(cur.words), cur.neg
				continue
			}
			if w == "," || s.openers[w] != "" {
				if s.openers[w] == "contrast" {
					frame.neg, frame.denied, frame.hedge = false, false, false
				}
				flush()
				continue
			}
			if s.hedgeFrames[w] {
				frame.hedge = true
			}
			cur.words = append(cur.words, w)
			cur.wstems = append(cur.wstems, "")
			cur.reported = cur.reported || s.hedge[w]
			switch {
			case w == "'s" && len(cur.stems) > 0:
				cur.poss = append(cur.poss, cur.stems[len(cur.stems)-1])
			case w == "longer" && i > 0 && ws[i-1] == "no": // "no longer": the "no" counted it
			case s.negators[w] || s.negHedge[w] || strings.HasSuffix(w, "n't"):
				cur.neg++
				cur.negAt = append(cur.negAt, len(cur.stems))
			case s.refute[w] && !s.hedge[w]:
				cur.refute = true
			case s.modal[w]:
				cur.hedge = true
			case t.Stems[si][i] != "":
				cur.stems = append(cur.stems, t.Stems[si][i])
				cur.wstems[len(cur.wstems)-1] = t.Stems[si][i]
			}
		}
		flush()
	}
	return out
}

func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
