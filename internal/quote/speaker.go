package quote

import (
	"github.com/claimgraph/claimgraph/internal/names"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// subjectBoundaries end a subject noun phrase scanned leftwards from its verb.
var subjectBoundaries = map[string]bool{
	",": true, ";": true, ":": true, "(": true, ")": true, "—": true, "–": true, "--": true, "-": true, ".": false,
	"that": true, "and": true, "but": true, "because": true, "as": true, "when": true, "while": true, "if": true,
	"although": true, "though": true, "after": true, "before": true, "since": true, "so": true, "where": true,
	"whereas": true, "what": true, "than": true, "whom": true, "whether": true, "unless": true, "until": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
}

const maxSubject = 12

// timePrepositions are the time words that open a phrase of time rather
// than stand alone between a subject and its verb.
var timePrepositions = map[string]bool{"on": true, "in": true, "at": true, "during": true, "after": true, "before": true, "this": true, "last": true}

// speaker is a resolved source.
type speaker struct {
	entity  int
	mention Span
	vague   bool
	// unnamed: a described source with no name (entity is -1); body is
	// the entity index + 1 it speaks for, role its head noun.
	unnamed bool
	body    int
	role    string
	// desc is the description of an unnamed source when the mention that
	// credits it is a pronoun ("a spokesman" for "he"); empty otherwise.
	desc Span
	rule Rule
	ok   bool
}

// subjectLeft finds the subject of the verb at token c by scanning left:
// auxiliaries and adverbs first, then the noun phrase. A relative "who"
// hands over to its antecedent.
func (r *run) subjectLeft(c int) (speaker, bool) {
	sp := r.sentence(c)
	j := c - 1
	if j-3 >= sp.From && r.words[j] == "have" && r.words[j-1] == "to" && reducedPassives[r.words[j-2]] {
		// "Velick is alleged to have said": the subject of "is alleged",
		// of whom it is alleged that he said it.
		j -= 3
	}
	if j-1 > sp.From && r.words[j] == "to" && goingOn[r.words[j-1]] {
		// "The email went on to say": the subject of "went".
		j -= 2
		if r.words[j+1] == "on" {
			j--
		}
	}
	for j >= sp.From && r.toks[j].Kind == segment.Word && (r.lx.aux[r.words[j]] || r.adverb(j)) {
		j--
	}
	if t := j; t > sp.From && r.toks[t].Kind == segment.Word && r.lx.timeWords[r.words[t]] && !timePrepositions[r.words[t]] {
		// "Reports Monday said", "the company yesterday said", "Britain
		// last week said": when, not who.
		for t > sp.From && r.toks[t].Kind == segment.Word && r.lx.timeWords[r.words[t]] && !timePrepositions[r.words[t]] {
			t--
		}
		if timePrepositions[r.words[t]] || r.words[t] == "next" {
			t-- // "Police on Monday said", "Britain last week said"
		}
		if t >= sp.From && r.toks[t].Kind == segment.Word && !prepositions[r.words[t]] && r.words[t] != "of" {
			j = t
		}
	}
	if j > sp.From && r.words[j] == ")" {
		// "Harry M. Reid (D-Nev.) told": step over the parenthesis.
		for k := j - 1; k > sp.From && j-k < 10; k-- {
			if r.words[k] == "(" {
				j = k - 1
				break
			}
		}
	}
	if j < sp.From {
		return speaker{}, false
	}
	if w := r.words[j]; w == "who" || w == "which" {
		rel := j
		k := j - 1
		if k >= sp.From && r.words[k] == "," {
			k--
		}
		from := r.npStart(k, sp.From)
		if from > k {
			return speaker{}, false
		}
		s := r.resolve(from, k+1)
		if s.entity < 0 && from-2 >= sp.From && r.words[from-1] == "," {
			// "Gill Rosenberg, a Canadian-Israeli woman who claims": the
			// description is in apposition to the name before it.
			if m, _, ok := r.er.MentionAt(from - 2); ok && m.Entity >= 0 && m.To == from-1 && r.er.Entities[m.Entity].Type == entity.Person {
				s = speaker{entity: m.Entity, mention: Span{m.Start, m.End}, ok: true}
			}
		}
		if !s.ok || s.entity < 0 || r.er.Entities[s.entity].Type != entity.Person {
			// "Zaid Velick, a reporter for Harbor Radio, who said": the
			// relative clause is the person's, whose description names
			// the body he works for.
			if p, ok := r.personBeforeApposition(from, sp); ok {
				s = p
			}
		}
		if s.ok && s.entity >= 0 { // a zero speaker (not ok) names entity 0: "!whiCh sAid"
			r.er.AddMention(entity.Mention{From: rel, To: rel + 1, Start: r.toks[rel].Start, End: r.toks[rel].End, Kind: entity.PronounMention}, s.entity)
			s.mention, s.rule = r.span(rel, rel+1), RuleRelative
		}
		return s, s.ok
	}
	if w := r.words[j]; w == "—" || w == "--" || w == "–" || w == "-" && r.toks[j].SpaceBefore {
		// "Joyce — who is listed as an attorney — told": the dashes set off
		// an aside about the subject before them.
		for k := j - 1; k > sp.From && j-k <= maxAppositive; k-- {
			if r.words[k] == w {
				from := r.npStart(k-1, sp.From)
				if from > k-1 {
					return speaker{}, false
				}
				s := r.resolve(from, k)
				return s, s.ok
			}
			if r.toks[k].Kind == segment.Quote {
				break
			}
		}
		return speaker{}, false
	}
	if r.words[j] == "," {
		// "Michael Briggs, a spokesman for Sanders, said": skip the appositive.
		c2 := r.appositiveStart(j, sp)
		if c2 < 0 {
			return speaker{}, false
		}
		end := c2 - 1
		if r.words[end] == ")" {
			// "Rob Portman (R-Ohio), another incumbent, said".
			for k := end - 1; k > sp.From && end-k < 10; k-- {
				if r.words[k] == "(" {
					end = k - 1
					break
				}
			}
		}
		from := r.npStart(end, sp.From)
		for from == end && from-2 > sp.From && r.toks[from].Kind == segment.Number && r.words[from-1] == "," && r.personEndsAt(from-1) {
			// "Wenna Carrow, 34, from Lowerbridge, said": an age set off by
			// commas is one more appositive of the name before it.
			c2, end = from-1, from-2
			from = r.npStart(end, sp.From)
		}
		if from > c2-1 {
			return speaker{}, false
		}
		// A description before the name: "The head of the Harbor
		// Authority, Dana Whitfield,", "shadow chief secretary to the
		// Treasury, George Osborne," (a phrase in lower case is no name).
		rolePhrase := r.words[from] == "the" || r.words[from] == "a" || r.words[from] == "an" ||
			r.toks[from].Kind == segment.Word && !r.toks[from].Cap()
		named, person := []entity.Type{entity.Person, entity.Org}, entity.Person
		// "The statement, which circulated on Twitter, said": a relative
		// or participle clause names no speaker, whatever it mentions.
		clause := relativeWords[r.words[c2+1]] || gerund(&r.toks[c2+1]) || r.toks[c2+1].Kind == segment.Word && !r.toks[c2+1].Cap() && strings.HasSuffix(r.words[c2+1], "ed")
		if clause {
			s := r.resolve(from, end+1)
			if s.entity < 0 {
				if n, ok := r.nameOpeningApposition(from, sp); ok {
					// "Justin Ling, Ottawa bureau chief for the Weekly,
					// who is inside, tweeted": the description and the
					// clause are both the name's.
					return n, true
				}
			}
			return s, s.ok
		}
		// "the chief of Harbrix, a firm where Velick once worked, said":
		// a name inside the appositive's own clause is not the subject.
		for k := c2 + 2; k < j; k++ {
			if relativeWords[r.words[k]] || r.words[k] == "where" {
				s := r.resolve(from, end+1)
				return s, s.ok
			}
		}
		// "Ms Varga's deputy, Tomas Keller,": the possessor names whose
		// role it is, not the phrase's head.
		possessed := r.possessed(from, c2)
		// "LTA chief executive, John Crowther,": a common noun heads the
		// phrase, and the body named in it only says whose.
		_, _, lastNamed := r.er.MentionAt(c2 - 1)
		nounHeaded := r.toks[c2-1].Kind == segment.Word && !r.toks[c2-1].Cap() && !lastNamed || r.speaksForPhrase(from, c2)
		rolePhrase = rolePhrase || possessed || nounHeaded
		described := possessed || nounHeaded
		if (described || !r.headName(from, c2, named...)) && r.headName(c2+1, j, named...) || rolePhrase && (described || !r.headName(from, c2, person)) && r.headName(c2+1, j, person) {
			// "The head of the Harbor Authority, Dana Whitfield, claimed":
			// a person named after a role, whatever body the role names.
			// "The minister, Anna Berg, claimed": the name in the
			// appositive is the speaker, and the phrase before it her role.
			s := r.resolve(c2+1, j)
			if m, _, ok := r.er.MentionAt(r.skipDeterminer(from)); (ok && m.Kind == entity.RoleMention || rolePhrase) && s.entity >= 0 {
				if e := r.er.Entities[s.entity]; e.Role == "" {
					e.Role = r.roleText(r.skipDeterminer(from), c2)
				}
			}
			return s, s.ok
		}
		s := r.resolve(from, end+1)
		return s, s.ok
	}
	if _, ok := pronounGender[r.words[j]]; ok {
		// "the duty in which he wrote": the pronoun alone is the subject.
		s := r.resolve(j, j+1)
		return s, s.ok
	}
	from := r.npStart(j, sp.From)
	if from > j {
		return speaker{}, false
	}
	// A free relative ("what X said") has no content of its own.
	if from > sp.From && r.words[from-1] == "what" {
		return speaker{}, false
	}
	if from-2 >= sp.From && r.words[from-1] == "and" {
		if m, _, ok := r.er.MentionAt(from); ok && m.Entity >= 0 && r.er.Entities[m.Entity].Type == entity.GPE {
			// "the MP for Sleaford and North Hykeham admitted": the
			// place is the second half of a seat, not the subject.
			if f2 := r.npStart(from-2, sp.From); f2 <= from-2 {
				from = f2
			}
		}
	}
	s := r.resolve(from, j+1)
	if joint, ok := r.jointSource(s, from, j+1, sp); ok {
		return joint, true
	}
	return s, s.ok
}

// roleHolder finds the one person named before byte at whose role in this
// article is the noun ("dj" for "DJ Norman Cook"). The whole role must
// match: "the chancellor" is not the holder of "shadow chancellor".
func (r *run) roleHolder(noun string, at int) (int, bool) {
	return r.onePersonBefore(at, func(e *entity.Entity) bool {
		return strings.EqualFold(e.Role, noun) && !unnamedRole(r.er, e)
	})
}

// onePersonBefore finds the one person mentioned before byte at that fits;
// two that fit leave the text unclear, and none is returned.
func (r *run) onePersonBefore(at int, fits func(*entity.Entity) bool) (int, bool) {
	holder := -1
	for k := range r.er.Mentions {
		m := &r.er.Mentions[k]
		if m.Start >= at || m.Entity < 0 || m.Entity == holder {
			continue
		}
		e := r.er.Entities[m.Entity]
		if e.Type != entity.Person || !fits(e) {
			continue
		}
		if holder >= 0 {
			return -1, false
		}
		holder = m.Entity
	}
	return holder, holder >= 0
}

// personBody reads "the Obama administration", "the Sanders campaign": a
// body named after a person the text names, which speaks as that body.
func (r *run) personBody(from, to int) (speaker, bool) {
	f := r.skipDeterminer(from)
	if to-f < 2 || !r.lx.personBodies[r.words[to-1]] {
		return speaker{}, false
	}
	m, _, ok := r.er.MentionAt(f)
	if !ok || m.Entity < 0 || m.From != f || m.To != to-1 {
		return speaker{}, false
	}
	if t := r.er.Entities[m.Entity].Type; t != entity.Person && t != entity.Org {
		return speaker{}, false // a lone surname before "administration" may be typed a body
	}
	return r.namedBody(f, to), true
}

// placeLeader resolves "the Russian leader" to the one person named
// before it who holds a leader's office of that place ("Russian President
// Ivan Petrov").
func (r *run) placeLeader(from, to int) (speaker, bool) {
	if to-from != 3 || r.words[from] != "the" || r.words[to-1] != "leader" {
		return speaker{}, false
	}
	m, _, ok := r.er.MentionAt(from + 1)
	if !ok || m.Entity < 0 || m.To != to-1 {
		return speaker{}, false
	}
	place := r.er.Entities[m.Entity]
	country := place.Place // a people's: "Russian" is of Russia
	if place.Type == entity.GPE {
		country = place.Name
	}
	if country == "" {
		return speaker{}, false
	}
	holder, ok := r.onePersonBefore(r.toks[from].Start, func(e *entity.Entity) bool {
		return e.Place == country && r.lx.leaders[strings.ToLower(e.Title)]
	})
	if !ok {
		return speaker{}, false
	}
	return speaker{entity: holder, mention: r.span(from, to), rule: RuleRole, ok: true}, true
}

// speaksForPhrase reports "a spokesman for Harbrix Builders": a
// representative's noun heads the phrase, whatever it names after "for".
func (r *run) speaksForPhrase(from, to int) bool {
	f := r.skipDeterminer(from)
	return f+1 < to && r.lx.speaksFor[r.words[f]] && (r.words[f+1] == "for" || r.words[f+1] == "to")
}

// nameOpeningApposition finds the name that opens the sentence and is
// followed by the comma before token from: "Al-Safir, the Lebanese news
// magazine, which". Only a name at the start: in "The head of Harbrix, a
// firm which ...", Harbrix is not the subject.
func (r *run) nameOpeningApposition(from int, sp segment.Span) (speaker, bool) {
	if from-2 < sp.From || r.words[from-1] != "," {
		return speaker{}, false
	}
	m, _, ok := r.er.MentionAt(from - 2)
	if !ok || m.Entity < 0 || m.To != from-1 || m.Kind != entity.NameMention {
		return speaker{}, false
	}
	if m.From != sp.From && m.From != r.datelineEnd(sp) {
		return speaker{}, false
	}
	switch r.er.Entities[m.Entity].Type {
	case entity.Person, entity.Org, entity.Outlet:
		return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, rule: RuleName, ok: true}, true
	}
	return speaker{}, false
}

// personEndsAt reports a person's name that ends right before token t.
func (r *run) personEndsAt(t int) bool {
	m, _, ok := r.er.MentionAt(t - 1)
	return ok && m.Entity >= 0 && m.To == t && r.er.Entities[m.Entity].Type == entity.Person
}

// jointSource makes "The Conservatives and Lib Dems insisted" one source
// of both names: two named bodies joined by "and" before the verb speak
// together, and crediting the second alone would put the words in its
// mouth only.
func (r *run) jointSource(s speaker, from, to int, sp segment.Span) (speaker, bool) {
	if !s.ok || s.entity < 0 || from-2 < sp.From || r.words[from-1] != "and" {
		return speaker{}, false
	}
	m, _, ok := r.er.MentionAt(from - 2)
	if !ok || m.Entity < 0 || m.Entity == s.entity || m.To != from-1 || m.Kind != entity.NameMention {
		return speaker{}, false
	}
	if m.From > sp.From && r.toks[m.From-1].Kind == segment.Word && r.words[m.From-1] != "the" && r.words[m.From-1] != "both" {
		return speaker{}, false // "a rift between Labour and the Tories said": not a subject of two
	}
	// Bodies only: two people who speak together are two speakers, which
	// one record's single speaker cannot hold, and a person "Whitfield and
	// Oyelaran" would be a corpus speaker no one is.
	body := func(t entity.Type) bool { return t == entity.Org || t == entity.Outlet }
	if !body(r.er.Entities[m.Entity].Type) || !body(r.er.Entities[s.entity].Type) {
		return speaker{}, false
	}
	j := r.sourceEntity(m.From, m.From, to, entity.Org, entity.NameMention)
	j.rule = RuleJoint
	return j, true
}

// loneName reports a one-word name that is not a given name: a speaker
// known only as "Caltex", "Ofcom" or "Handelsblatt" is a body far more
// often than a person, whom news names in full at least once.
func loneName(words []string) bool {
	return len(words) == 1 && !entity.FirstName(words[0])
}

// possessives before a name make it something of someone's.
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "whom": true, "that": true, "where": true, "when": true}

// maxAppositive bounds the phrase between a subject and its verb: "The
// official, who spoke on the condition of anonymity to discuss internal
// deliberations, said".
const maxAppositive = 24

// appositiveStart finds the comma that opens the phrase which ends with the
// comma at j, or -1. Inside the phrase anything goes but quotation and
// the marks that end a clause.
func (r *run) appositiveStart(j int, sp segment.Span) int {
	for k := j - 1; k > sp.From && j-k <= maxAppositive; k-- {
		switch r.words[k] {
		case ",":
			return k
		case ";", ":", "—", "–", "--":
			return -1
		}
		if r.toks[k].Kind == segment.Quote && !r.pluralPossessive(k) {
			return -1
		}
		if k < j-maxSubject && !r.relativeAppositive(k, j) {
			return -1
		}
	}
	return -1
}

// pluralPossessive reports a single mark that ends a plural possessive
// ("the Association of Chief Police Officers' spokesman"), not a quotation:
// glued to a word in -s, a word after it, and no quotation it belongs to.
func (r *run) pluralPossessive(k int) bool {
	t := &r.toks[k]
	if t.Double || t.SpaceBefore || r.inQuote[k] || k == 0 || k+1 >= len(r.toks) {
		return false
	}
	prev, next := &r.toks[k-1], &r.toks[k+1]
	return prev.Kind == segment.Word && strings.HasSuffix(prev.Lower, "s") && next.Kind == segment.Word && next.SpaceBefore
}

// relativeAppositive reports that the phrase before the comma at j opens
// with "who" or a role ("a", "the", "one of") somewhere after k, which is
// what lets it run long.
func (r *run) relativeAppositive(k, j int) bool {
	for i := k; i > 0 && i > j-maxAppositive-1; i-- {
		if r.words[i-1] == "," {
			switch r.words[i] {
			case "who", "a", "an", "the", "one", "another", "director", "chairman", "president", "head":
				return true
			}
			return false
		}
	}
	return false
}

// nounPhrase rejects a stretch that cannot be a subject: one that opens
// with a preposition or holds a verb ("for a temporary ban on", "did not
// recommend").
func (r *run) nounPhrase(from, to int) bool {
	if prepositions[r.words[from]] && !(from+1 < to && (r.toks[from+1].Kind == segment.Number || fractions[r.words[from+1]])) {
		return false // but "about 9 percent", "about half of voters"
	}
	if last := r.words[to-1]; prepositions[last] || last == "to" {
		return false // "forgiven for", "back to": a phrase cut from a clause
	}
	if w := r.words[from]; to-from == 1 && strings.HasSuffix(w, "ing") {
		return false // "being", "Having": a participle, not a source
	}
	switch r.words[from] {
	case "i", "we", "you", "he", "she", "they", "it":
		if to-from > 1 {
			return false // "I want someone to look at that number and say": a clause
		}
	}
	for k := from; k < to; k++ {
		w := r.words[k]
		if r.toks[k].Cap() {
			continue
		}
		if r.lx.aux[w] || r.lx.finite[w] || w == "not" {
			return false
		}
	}
	return true
}

// fractions count people as a share: "about half of the voters said".
var fractions = map[string]bool{"half": true, "third": true, "quarter": true, "two-thirds": true, "three-quarters": true, "one": true, "two": true, "three": true}

// npStart scans left from token j to the start of its noun phrase.
func (r *run) npStart(j, limit int) int {
	k := j
	for k >= limit && j-k < maxSubject {
		t := &r.toks[k]
		if t.Kind == segment.Quote || subjectBoundaries[t.Lower] {
			break
		}
		if t.Text == "." && k > limit && !isAbbrev(&r.toks[k-1]) {
			break
		}
		if _, isCue := r.cueAt(k); isCue && k != j {
			break
		}
		k--
	}
	return k + 1
}

func isAbbrev(t *segment.Token) bool {
	return t.Kind == segment.Word && len(t.Text) <= 4 && t.Cap()
}

// personBeforeApposition finds the person named right before a
// description that runs up to token from: "Zaid Velick, a reporter for
// the Harbor Radio" gives Zaid Velick when from is at "the".
func (r *run) personBeforeApposition(from int, sp segment.Span) (speaker, bool) {
	for c := from - 1; c > sp.From && from-c <= maxAppositive; c-- {
		if r.words[c] != "," {
			continue
		}
		if w := r.words[c+1]; w != "a" && w != "an" {
			return speaker{}, false
		}
		if m, _, ok := r.er.MentionAt(c - 1); ok && m.Entity >= 0 && m.To == c && r.er.Entities[m.Entity].Type == entity.Person {
			return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, ok: true}, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// subjectRight finds an inverted subject after the verb: "said Romanowski".
func (r *run) subjectRight(c int) (speaker, int, bool) { return r.phraseRight(c, true) }

// phraseRight reads the noun phrase after token c. A cue word ends it
// ("said Smith, adding"), except after "according to", where it is the
// phrase's own noun ("according to a leaked report").
func (r *run) phraseRight(c int, stopAtCue bool) (speaker, int, bool) {
	sp := r.sentence(c)
	k := c + 1
	for k < sp.To && k-c <= maxSubject {
		t := &r.toks[k]
		if t.Kind == segment.Quote || t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Lower == "(" || t.Lower == "who" ||
			t.Lower == "that" || t.Lower == "in" || t.Lower == "on" || t.Lower == "at" || t.Lower == "during" || t.Lower == "after" || t.Lower == "when" {
			break
		}
		if t.Text == "." && !isAbbrev(&r.toks[k-1]) {
			break
		}
		if _, isCue := r.cueAt(k); isCue && stopAtCue {
			break
		}
		k++
	}
	if k == c+1 {
		return speaker{}, k, false
	}
	s := r.resolve(c+1, k)
	if stopAtCue && s.ok && s.entity < 0 {
		if p, end, ok := r.namedInApposition(k, sp); ok {
			// "said the resident, Jose Garcia, pointing": the name the
			// description is given right after it.
			return p, end, true
		}
	}
	return s, k, s.ok
}

// namedInApposition reads ", NAME," or ", NAME." at the comma k: a person
// named right after a description, set off as an apposition.
func (r *run) namedInApposition(k int, sp segment.Span) (speaker, int, bool) {
	if k+1 >= sp.To || r.words[k] != "," {
		return speaker{}, 0, false
	}
	m, _, ok := r.er.MentionAt(k + 1)
	if !ok || m.From != k+1 || m.Entity < 0 || m.Kind != entity.NameMention || r.er.Entities[m.Entity].Type != entity.Person {
		return speaker{}, 0, false
	}
	if m.To < sp.To && r.words[m.To] != "," && r.words[m.To] != "." {
		return speaker{}, 0, false // "said the resident, Jose Garcia was": a clause of its own
	}
	return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, rule: RuleName, ok: true}, m.To, true
}

var pronounGender = map[string]byte{"he": 'm', "she": 'f', "it": 'n', "they": 'p'}

// resolve maps the noun phrase [from, to) to an entity or an unnamed
// source. An entity the text knows only by a role ("the spokesman" ... "he")
// or a people's name ("the Japanese") is a description, so an unnamed source.
func (r *run) resolve(from, to int) speaker {
	s := r.resolvePhrase(from, to)
	if !s.ok || s.entity < 0 {
		return s
	}
	e := r.er.Entities[s.entity]
	if unnamedRole(r.er, e) || e.Type == entity.NORP {
		s.unnamed, s.role, s.desc, s.rule = true, strings.ToLower(e.Name), r.firstMention(s.entity), RuleRoleOnly
		s.entity = -1
	}
	return s
}

// maxChainSentences bounds how far back "it said" and "they said" look for
// the source they go on quoting.
const maxChainSentences = 2

// pronounChain resolves "it" or "they" at token i to the source of the
// nearest quote before it, within a sentence or two, when that source can
// be what the pronoun stands for: "The company said sales rose ... It
// said" goes on quoting the company, and "Michigan officials said ...
// they said" the officials, not the last place or body named in passing
// ("expressed in U.S. dlrs").
func (r *run) pronounChain(i int, g byte) (speaker, bool) {
	si := int(r.seg.SentenceOf[i])
	at := r.toks[i].Start
	best := -1
	for k := range r.quotes {
		q := &r.quotes[k]
		if q.Span.Start <= at && at < q.Span.End || q.SentTo > si || q.SentTo < si-maxChainSentences || q.SpeakerSrc.Start >= at {
			continue
		}
		if best < 0 || q.SpeakerSrc.Start > r.quotes[best].SpeakerSrc.Start {
			best = k
		}
	}
	if best < 0 {
		return speaker{}, false
	}
	q := &r.quotes[best]
	if g == 'm' || g == 'f' {
		return r.unnamedPersonChain(q, i, g)
	}
	switch {
	case q.Speaker >= 0:
		e := r.er.Entities[q.Speaker]
		if g == 'n' && e.Type == entity.Person && e.Gender == 0 && e.Title == "" && e.Role == "" && !strings.Contains(e.Name, " ") {
			// "Merrell said ... it said": a one-word name nothing typed,
			// which "it" goes on quoting, is a company.
			r.retype(q.Speaker, entity.Org)
		}
		t := e.Type
		if g == 'n' && t != entity.Org && t != entity.Outlet && t != entity.GPE || g == 'p' && t != entity.Org && t != entity.Outlet && t != entity.NORP {
			return speaker{}, false
		}
		return speaker{entity: q.Speaker, mention: r.span(i, i+1), rule: RulePronoun, ok: true}, true
	case q.Unnamed:
		desc := q.Described
		if desc.End <= desc.Start {
			desc = q.SpeakerSrc
		}
		head := strings.ToLower(strings.TrimRight(r.seg.Text[desc.Start:desc.End], ".,"))
		if f := strings.Fields(head); len(f) > 0 {
			head = f[len(f)-1]
		}
		if plural := strings.HasSuffix(head, "s") || r.lx.vague[head]; plural != (g == 'p') {
			return speaker{}, false
		}
		return speaker{entity: -1, mention: r.span(i, i+1), vague: q.Vague, unnamed: true, body: q.Body, role: q.Role, desc: desc, rule: RulePronoun, ok: true}, true
	}
	return speaker{}, false
}

// unnamedPersonChain takes "he" or "she" at token i to the unnamed person
// quoted last, q ("A BBC spokeswoman said ... She added"), when its head
// noun can be that person and no named person comes between. A named
// speaker is left to the antecedent search.
func (r *run) unnamedPersonChain(q *Quote, i int, g byte) (speaker, bool) {
	if !q.Unnamed || q.Speaker >= 0 {
		return speaker{}, false
	}
	desc := q.Described
	if desc.End <= desc.Start {
		desc = q.SpeakerSrc
	}
	if desc.End <= desc.Start {
		return speaker{}, false
	}
	head := strings.ToLower(r.words[r.seg.TokenIndexAt(desc.End)-1])
	first := r.words[r.seg.TokenIndexAt(desc.Start)]
	one := first == "one" || first == "another" || first == "each" // "One of the sources"
	if !one && (strings.HasSuffix(head, "s") || r.lx.vague[head]) || !entity.PersonNoun(head) {
		return speaker{}, false // "officials", "the video": not a he or she
	}
	if strings.HasSuffix(head, "woman") && g == 'm' || strings.HasSuffix(head, "man") && !strings.HasSuffix(head, "woman") && g == 'f' {
		return speaker{}, false
	}
	for k := r.seg.TokenIndexAt(max(q.SpeakerSrc.End, q.Span.End)); k < i; k++ {
		if m, _, ok := r.er.MentionAt(k); ok && m.Entity >= 0 && !m.InQuote && r.er.Entities[m.Entity].Type == entity.Person {
			return speaker{}, false
		}
	}
	return speaker{entity: -1, mention: r.span(i, i+1), vague: q.Vague, unnamed: true, body: q.Body, role: q.Role, desc: desc, rule: RulePronoun, ok: true}, true
}

// speakerOverTopic prefers, for "he" or "she" at token i, the person who
// spoke over the antecedent e when e was last named inside what that
// person said or in the sentence where that person spoke: "chairman
// Maurice Lindsay says he does not expect a quick end to captain Andy
// Farrell's switch ... “...,” he told" is Lindsay's.
func (r *run) speakerOverTopic(i, e int, g byte) (int, bool) {
	if g != 'm' && g != 'f' {
		return -1, false
	}
	at := r.toks[i].Start
	last := -1 // the latest mention of e before i
	for _, k := range r.er.Entities[e].Mentions {
		if m := &r.er.Mentions[k]; m.Start < at && (last < 0 || m.Start > r.er.Mentions[last].Start) {
			last = k
		}
	}
	if last < 0 {
		return -1, false
	}
	lm := &r.er.Mentions[last]
	si := int(r.seg.SentenceOf[i])
	best := -1
	for k := range r.quotes {
		q := &r.quotes[k]
		if q.Speaker < 0 || q.Speaker == e || q.SentTo < si-maxChainSentences || q.SpeakerSrc.Start >= at {
			continue
		}
		inside := lm.Start >= q.Span.Start && lm.End <= q.Span.End
		sameSentence := q.SpeakerSrc.End > q.SpeakerSrc.Start && r.seg.SentenceOf[r.seg.TokenIndexAt(q.SpeakerSrc.Start)] == r.seg.SentenceOf[lm.From]
		if !inside && !sameSentence {
			continue // "Although the move would suit Farrell, Lindsay said": the sentence's speaker
		}
		sp := r.er.Entities[q.Speaker]
		if sp.Type == entity.Person && (sp.Gender == 0 || sp.Gender == g) && (best < 0 || q.SpeakerSrc.Start > r.quotes[best].SpeakerSrc.Start) {
			best = k // the latest in the text, whatever order the passes found them in
		}
	}
	if best < 0 {
		return -1, false
	}
	return r.quotes[best].Speaker, true
}

// subjectBefore finds, for a pronoun of gender g at token i, an unnamed
// source that is the subject of the sentence before: "The MPs also call
// for tougher sentences. They say ..." (a plural person noun or office),
// "The militant then appears beside the man identified as Sotloff. ... he
// says" (a singular one, whose "he" is not the man named as the object).
// The subject opens its sentence, after at most a determiner and two
// modifiers, and a verb follows it.
func (r *run) subjectBefore(i int, g byte) (speaker, bool) {
	si := int(r.seg.SentenceOf[i])
	if si == 0 {
		return speaker{}, false
	}
	sp := r.seg.Sentences[si-1]
	start := sp.From
	if start < sp.To && (r.words[start] == "but" || r.words[start] == "and") {
		start++ // "But analysts ...": the group, not the conjunction
	}
	from := start
	if from < sp.To && determiners[r.words[from]] && (g == 'p' || r.words[from] == "a" || r.words[from] == "an") {
		from++
	} else if g != 'p' {
		// One person is introduced as "a spokesman", "an economist";
		// "the actress" mostly stands for someone the text has named.
		return speaker{}, false
	}
	if g != 'p' && g != 'm' && g != 'f' {
		return speaker{}, false
	}
	for h := from; h < sp.To && h-from < 3; h++ {
		t := &r.toks[h]
		if t.Kind != segment.Word || r.inQuote[h] || subjectBoundaries[r.words[h]] || prepositions[r.words[h]] {
			return speaker{}, false
		}
		if _, pronoun := pronounGender[r.words[h]]; pronoun {
			return speaker{}, false // "It hopes"
		}
		if m, _, ok := r.er.MentionAt(h); ok && m.Entity >= 0 {
			if r.er.Entities[m.Entity].Type == entity.Person {
				return speaker{}, false // "Miyazawa hopes", "the president" of a named holder
			}
			h = max(h, m.To-1)
			continue // "A Velkor Tennis Association spokesman": whose
		}
		w := r.words[h]
		if r.lx.aux[w] || r.lx.finite[w] {
			return speaker{}, false // "Most have": the verb came first
		}
		plural := entity.PluralOffice(t.Text) || strings.HasSuffix(w, "s") && r.lx.personFirst[strings.TrimSuffix(w, "s")]
		var fits bool
		if g == 'p' {
			fits = plural && (entity.PluralOffice(t.Text) || !t.Cap())
		} else {
			fits = !plural && !t.Cap() && r.lx.personFirst[w] && !r.lx.vague[w] &&
				!(strings.HasSuffix(w, "woman") && g == 'm') && !(strings.HasSuffix(w, "man") && !strings.HasSuffix(w, "woman") && g == 'f')
		}
		if !fits {
			continue
		}
		// "an executive spokeswoman", "a senior government official": the
		// head is the last person noun of the compound.
		for k := h + 1; k < sp.To && k-h <= 3; k++ {
			if r.toks[k].Kind != segment.Word || r.toks[k].Cap() {
				break
			}
			if _, cue := r.cueAt(k); cue || r.lx.aux[r.words[k]] || r.lx.finite[r.words[k]] {
				break
			}
			if kw := r.words[k]; r.lx.personFirst[kw] || r.lx.personFirst[strings.TrimSuffix(kw, "s")] {
				h = k
			} else if !entity.CommonNoun(kw) {
				break
			}
		}
		if h+1 >= sp.To || r.toks[h+1].Kind != segment.Word || r.toks[h+1].Cap() {
			return speaker{}, false
		}
		s := r.unnamedSource(start, h+1, -1)
		if !s.ok {
			return speaker{}, false
		}
		s.desc, s.mention, s.rule = s.mention, r.span(i, i+1), RulePronoun
		return s, true
	}
	return speaker{}, false
}

// statementNouns name what a source issues ("said in a statement ... the
// statement said").
var statementNouns = map[string]bool{"statement": true, "letter": true, "release": true, "message": true, "memo": true, "email": true, "post": true}

// theStatement resolves "the statement" (or letter, release ...) at
// [from, to) to the named subject of the sentence, one or two before, that
// introduced one ("The Pentagon said in a statement that ... “...,” the
// statement said"). Direct quotations are read before reported speech, so
// the sentence is read, not the quotes found in it.
func (r *run) theStatement(from, to int) (speaker, bool) {
	if to-from != 2 || r.words[from] != "the" || !statementNouns[r.words[from+1]] {
		return speaker{}, false
	}
	noun := r.words[from+1]
	si := int(r.seg.SentenceOf[from])
	// A source already credited in that sentence ("The Pentagon said in a
	// statement that ...") is the one.
	at := r.toks[from].Start
	for k := len(r.quotes) - 1; k >= 0; k-- {
		q := &r.quotes[k]
		if q.Speaker < 0 || q.SpeakerSrc.Start >= at || q.SentFrom < si-maxChainSentences || q.SentFrom > si {
			continue
		}
		if sp := r.seg.Sentences[q.SentFrom]; r.introduces(sp, noun, from) {
			return speaker{entity: q.Speaker, mention: r.span(from, to), rule: RuleDefinite, ok: true}, true
		}
	}
	for s := si; s >= 0 && s >= si-maxChainSentences; s-- {
		sp := r.seg.Sentences[s]
		sp.From = r.datelineEnd(sp) // "RIO DE JANEIRO, March 3 - ...": not the subject
		for t := sp.From + 1; t < sp.To; t++ {
			if s == si && t >= from {
				break
			}
			if r.words[t] != noun || r.inQuote[t] || r.words[t-1] != "a" && r.words[t-1] != "an" {
				continue
			}
			if sub, ok := r.sentenceSubject(sp, t-1); ok && sub.entity >= 0 {
				return speaker{entity: sub.entity, mention: r.span(from, to), rule: RuleDefinite, ok: true}, true
			}
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// introduces reports "a statement" (the noun given) outside quotation
// marks in sentence sp, before token limit.
func (r *run) introduces(sp segment.Span, noun string, limit int) bool {
	for t := sp.From + 1; t < sp.To && t < limit; t++ {
		if r.words[t] == noun && !r.inQuote[t] && (r.words[t-1] == "a" || r.words[t-1] == "an") {
			return true
		}
	}
	return false
}

// firstMention is the span of an entity's first mention.
func (r *run) firstMention(e int) Span {
	best := Span{-1, -1}
	for _, k := range r.er.Entities[e].Mentions {
		if m := &r.er.Mentions[k]; best.Start < 0 || m.Start < best.Start {
			best = Span{m.Start, m.End}
		}
	}
	return best
}

// resolvePhrase maps the noun phrase [from, to) to an entity, an unnamed
// source, or a generic source of its own.
func (r *run) resolvePhrase(from, to int) speaker {
	if to-from == 1 {
		w := r.words[from]
		if g, ok := pronounGender[w]; ok {
			if s, ok := r.subjectBefore(from, g); ok {
				return s
			}
			if s, ok := r.pronounChain(from, g); ok {
				return s
			}
			if m, _, ok := r.er.MentionAt(from); ok && m.Entity >= 0 {
				return speaker{entity: m.Entity, mention: r.span(from, to), rule: RulePronoun, ok: true}
			}
			if e, ok := r.er.Antecedent(r.seg.SentenceOf, from, g); ok && !(g == 'n' && r.er.Entities[e].Type == entity.GPE) {
				if alt, ok := r.speakerOverTopic(from, e, g); ok {
					e = alt
				}
				// A country named in passing is seldom what "it said"
				// stands for; one that spoke is found by pronounChain.
				r.er.AddMention(entity.Mention{From: from, To: to, Start: r.toks[from].Start, End: r.toks[to-1].End, Kind: entity.PronounMention}, e)
				return speaker{entity: e, mention: r.span(from, to), rule: RulePronoun, ok: true}
			}
			return speaker{entity: -1, mention: r.span(from, to), rule: RuleUnresolved, ok: true}
		}
		if w == "i" || w == "we" || w == "you" {
			return speaker{entity: -1, mention: r.span(from, to), rule: RuleUnresolved, ok: true}
		}
	}
	if s, ok := r.definiteAnaphor(from, to); ok {
		return s
	}
	if s, ok := r.placeLeader(from, to); ok {
		return s
	}
	if s, ok := r.personBody(from, to); ok {
		return s
	}
	if s, ok := r.theStatement(from, to); ok {
		return s
	}
	if r.vagueLead(from, to) {
		s := r.unnamedSource(from, to, -1)
		s.vague, s.rule = true, RuleVague
		return s
	}
	if f := r.skipDeterminer(from); f+1 < to && r.lx.speaksFor[r.words[f]] && (r.words[f+1] == "for" || r.words[f+1] == "to") {
		// "a spokesman for the prime minister" speaks, not the minister,
		// who is the body the spokesman speaks for.
		s := r.unnamedSource(from, to, -1)
		s.role, s.rule = r.words[f], RuleSpokesperson
		if k, ok := r.er.HeadMention(f+2, to); ok {
			s.body = r.er.Mentions[k].Entity + 1
		}
		return s
	}
	if s, ok := r.personBeforePlace(from, to); ok {
		return s
	}
	if s, ok := r.nounBeforePreposition(from, to); ok {
		return s
	}
	if k, ok := r.er.HeadMention(from, to); ok {
		m := &r.er.Mentions[k]
		e := r.er.Entities[m.Entity]
		if p := m.From - 1; p >= from && possessives[r.words[p]] {
			// "according to her Facebook", "his website": a thing of
			// someone's, not the body it is named after.
			return r.unnamedSource(from, to, -1)
		}
		if e.Type == entity.GPE && r.complement(from, m.From) {
			// "the Tory MP for Sleaford and North Hykeham": the place is
			// the seat, the MP speaks; unnamed unless the text names him.
			return r.unnamedSource(from, to, m.Entity)
		}
		if of := r.ofBefore(from, m.From); of > from {
			// "the explanatory notes of the British Bill", "the head of
			// the YPG": the notes or the head speak, for the body named.
			return r.unnamedSource(from, to, m.Entity)
		}
		if p := m.From - 1; e.Type == entity.GPE && p >= from && r.toks[p].Kind == segment.Word && r.toks[p].Cap() && bodyWord(r.words[p]) && !r.lx.timeWords[r.words[p]] {
			if _, _, named := r.er.MentionAt(m.From - 1); !named {
				// "Water UK", "Cancer Research UK": a body named after a
				// place, not the place.
				return r.namedBody(m.From-1, m.To)
			}
		}
		// "the Wisconsin lawmaker", "a District Court judge": the name only
		// says which one.
		head := r.words[to-1]
		// "Alex's family", "the firm's lawyers": a possessor says whose
		// people speak ("Cook's statement" is still Cook's words).
		possessor := m.To < to-1 && (r.words[m.To] == "'s" || r.words[m.To] == "’s") && entity.PersonNoun(head) && r.plainWords(m.To+1, to)
		modifier := m.To < to && r.toks[to-1].Kind == segment.Word && !r.toks[to-1].Cap() &&
			(possessor || e.Type == entity.GPE || e.Type == entity.Other || r.lx.speaksFor[head] || r.lx.vague[head] || r.lx.personHeads[head] ||
				r.personHead(to-1) || // "A Globe and Mail journalist", "Harbrix engineers"
				entity.OrgHead(head)) // "the Reagan administration", "the Apple board"
		if !modifier && e.Type == entity.Other {
			// Whoever speaks is a person unless known otherwise; an acronym
			// ("WTO", "INSEE") is an organization. Undone at the end if no
			// accepted quote is credited to it.
			r.retype(m.Entity, entity.Person)
			if acronym(e.Name) || loneName(strings.Fields(strings.ToLower(e.Name))) && e.Gender == 0 && e.Title == "" || commonWords(e.Name) {
				r.retype(m.Entity, entity.Org) // "Intellectuals Solidarity": a group, not a person
			}
		}
		if modifier && e.Type == entity.Outlet && r.lx.records[head] && m.To == to-1 {
			// "A Daily Velmoor report claimed": an outlet's own report is
			// the outlet speaking.
			return speaker{entity: m.Entity, mention: r.span(from, to), rule: RuleOutletReport, ok: true}
		}
		if modifier {
			// The name says whose: "a Treasury spokesman", "Blair's spokesman".
			return r.unnamedSource(from, to, m.Entity)
		} else if e.Type != entity.GPE || !r.vagueHead(from, to) {
			if unnamedRole(r.er, e) {
				// "the prime minister" in an article that never names the
				// holder: a description, not a person to join across articles.
				s := r.unnamedSource(from, to, -1)
				s.rule = RuleRoleOnly
				return s
			}
			rule := RuleName
			if m.Kind == entity.RoleMention {
				rule = RuleRole
			}
			return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, rule: rule, ok: true}
		}
	}
	if m, _, ok := r.er.MentionAt(to - 1); ok && m.Entity >= 0 && m.To == to && r.er.Entities[m.Entity].Type == entity.NORP {
		// "the Scot said", "the Japanese said": a people or a member of
		// one, described not named.
		s := r.unnamedSource(from, to, -1)
		s.rule = RuleRoleOnly
		return s
	}
	if r.vagueHead(from, to) {
		s := r.unnamedSource(from, to, -1)
		s.vague, s.rule = true, RuleVague
		return s
	}
	// Require a noun: the phrase must hold a word that is not a function word.
	content := false
	for k := from; k < to; k++ {
		if r.toks[k].Kind == segment.Word && !r.lx.aux[r.words[k]] && !subjectBoundaries[r.words[k]] {
			content = true
		}
	}
	if !content || !r.nounPhrase(from, to) {
		return speaker{}
	}
	return r.genericSource(from, to)
}

// placePrepositions set where a person is: "correspondent Simon Hall at
// Postbridge in the West Country said".
var placePrepositions = map[string]bool{"at": true, "in": true, "on": true, "near": true, "outside": true, "inside": true}

// personBeforePlace finds a person named before the first preposition of
// place in the phrase [from, to): the person is its head, and the places
// after say where the person was, not who spoke.
func (r *run) personBeforePlace(from, to int) (speaker, bool) {
	for p := from + 1; p < to; p++ {
		if r.toks[p].Kind != segment.Word || !placePrepositions[r.words[p]] {
			continue
		}
		m, _, ok := r.er.MentionAt(p - 1)
		if !ok || m.Entity < 0 || m.To != p || m.Kind != entity.NameMention || r.er.Entities[m.Entity].Type != entity.Person {
			return speaker{}, false
		}
		for k := from; k < m.From; k++ {
			if w := r.words[k]; prepositions[w] || w == "'s" || w == "’s" {
				return speaker{}, false // "A friend of Simon Hall in London": the friend speaks
			}
		}
		return speaker{entity: m.Entity, mention: Span{m.Start, m.End}, rule: RuleName, ok: true}, true
	}
	return speaker{}, false
}

// nounBeforePreposition finds an unnamed person heading the phrase [from,
// to) before a preposition that takes a body or place after it: "a United
// States military official with knowledge of the targets attacked by the
// Jordanians" is the official, for the United States. "of" is left to
// ofBefore ("the head of the YPG").
func (r *run) nounBeforePreposition(from, to int) (speaker, bool) {
	for p := from + 1; p < to; p++ {
		w := r.words[p]
		if w == "of" || r.toks[p].Kind != segment.Word || !prepositions[w] && w != "at" && w != "by" {
			continue
		}
		h := p - 1
		hw := r.words[h]
		if r.toks[h].Cap() || !r.lx.personFirst[hw] && !r.lx.personFirst[strings.TrimSuffix(hw, "s")] {
			return speaker{}, false
		}
		for k := from; k < to; k++ {
			if m, _, ok := r.er.MentionAt(k); ok && m.Entity >= 0 && r.er.Entities[m.Entity].Type == entity.Person {
				return speaker{}, false // "spokesman for sport Hugh Robertson": his title
			}
		}
		if f := r.words[from]; from < h && !r.toks[from].Cap() && !determiners[f] && !partitives[f] && !r.lx.vague[f] {
			return speaker{}, false // "begins with scenes of", "turning back to": a clause, not a noun phrase
		}
		body := -1
		if k, ok := r.er.HeadMention(from, p); ok {
			body = r.er.Mentions[k].Entity
		}
		s := r.unnamedSource(from, to, body)
		return s, s.ok
	}
	return speaker{}, false
}

// sourcePrepositions join an unnamed source to the body it belongs to:
// "the notes of the Bill", "a source on Apple's engineering team",
// "analysts at Goldman".
var sourcePrepositions = map[string]bool{"of": true, "on": true, "at": true, "in": true, "with": true, "from": true}

// complement reports a preposition in [from, at): a name after it is what
// the head before it is of, for or in.
func (r *run) complement(from, at int) bool {
	for k := from + 1; k < at; k++ {
		if sourcePrepositions[r.words[k]] || r.words[k] == "for" || r.words[k] == "to" {
			return true
		}
	}
	return false
}

// maxOfHead bounds the words before "of" in "the explanatory notes of".
const maxOfHead = 5

// ofBefore finds the "of" that joins a lower-case head noun to the name
// starting at token name ("notes of the Bill"), or -1.
func (r *run) ofBefore(from, name int) int {
	// The first preposition after the head noun: "the notes of the
	// Bill", "one lobbyist with close connections to the Reagan
	// administration".
	for of := from + 1; of < name && of-from <= maxOfHead; of++ {
		if !sourcePrepositions[r.words[of]] {
			if r.toks[of].Kind != segment.Word || r.toks[of].Cap() {
				return -1 // "this Monday contradicts the statements of": a clause, not a noun phrase
			}
			continue
		}
		h := &r.toks[of-1]
		if h.Kind != segment.Word || h.Cap() || r.lx.aux[h.Lower] || !r.sourceNoun(h.Lower) || !r.nounPhrase(from, of) {
			return -1
		}
		return of
	}
	return -1
}

// definiteAnaphor links "the newspaper" or "the company" to the outlet or
// organization of that kind last named before it.
func (r *run) definiteAnaphor(from, to int) (speaker, bool) {
	if to-from < 2 || r.words[to-2] != "the" {
		return speaker{}, false
	}
	noun := r.words[to-1]
	want, byKind := r.lx.anaphors[noun]
	if !byKind && r.toks[to-1].Kind != segment.Word {
		return speaker{}, false
	}
	from = to - 2 // "Then the newspaper"
	at := r.toks[from].Start
	if e, ok := r.roleHolder(noun, at); ok {
		// "DJ Norman Cook ... The DJ admitted": the one person the
		// article gave that role.
		return speaker{entity: e, mention: r.span(from, to), rule: RuleRole, ok: true}, true
	}
	// Within a few sentences, and for a company not a party or ministry.
	const reach = 5
	sent := int(r.seg.SentenceOf[from])
	// The body whose name the noun heads comes first ("the Bank of
	// Japan ... the bank"); a noun of a kind ("the company") falls back on
	// the body of that kind named last.
	// Of bodies of the kind, one that has spoken already comes before one
	// named in passing: "Standard Pacific said it would buy Newport
	// Savings and Loan Association ... the firm said" is Standard Pacific.
	r.noteSpeakers()
	best, bestHead, bestSpoke := -1, false, false
	for k := range r.er.Mentions {
		m := &r.er.Mentions[k]
		if m.Start >= at || m.Entity < 0 || sent-int(r.seg.SentenceOf[m.From]) > reach {
			continue
		}
		e := r.er.Entities[m.Entity]
		head := m.Kind == entity.NameMention && (e.Type == entity.Org || e.Type == entity.Outlet) && entity.NameHead(e.Name) == noun
		if !head && (!byKind || string(e.Type) != want && !(want == "ORG" && (guessedPerson(e) || namedThing(e))) || want == "ORG" && r.publicBody(e.Name)) {
			continue
		}
		first, said := r.firstSpoke[m.Entity]
		sp := said && first < at
		switch {
		case best < 0, head && !bestHead:
		case head != bestHead:
			continue
		case sp && !bestSpoke:
		case sp != bestSpoke:
			continue
		case m.Start <= r.er.Mentions[best].Start:
			continue
		}
		best, bestHead, bestSpoke = k, head, sp
	}
	if best < 0 {
		return speaker{}, false
	}
	e := r.er.Mentions[best].Entity
	if ent := r.er.Entities[e]; want == "ORG" && (ent.Type == entity.Person || ent.Type == entity.Other) {
		r.retype(e, entity.Org) // "Harbor Freight Lines ... the company": not a person after all
	}
	r.er.AddMention(entity.Mention{From: from, To: to, Start: at, End: r.toks[to-1].End, Kind: entity.RoleMention}, e)
	return speaker{entity: e, mention: r.span(from, to), rule: RuleDefinite, ok: true}, true
}

// noteSpeakers brings firstSpoke up to date with the quotes appended since
// the last call: each entity's earliest crediting mention, kept as quotes
// come so that asking who has spoken stays linear in the quotes.
func (r *run) noteSpeakers() {
	if r.firstSpoke == nil {
		r.firstSpoke = map[int]int{}
	}
	for ; r.spokeN < len(r.quotes); r.spokeN++ {
		q := &r.quotes[r.spokeN]
		if q.Speaker < 0 {
			continue
		}
		if f, ok := r.firstSpoke[q.Speaker]; !ok || q.SpeakerSrc.Start < f {
			r.firstSpoke[q.Speaker] = q.SpeakerSrc.Start
		}
	}
}

// retype gives entity e the type t while speakers are searched, keeping its
// first type so that Extract can restore it if no accepted quote turns out
// to be credited to e.
func (r *run) retype(e int, t entity.Type) {
	if _, ok := r.retyped[e]; !ok {
		r.retyped[e] = r.er.Entities[e].Type
	}
	r.er.Entities[e].Type = t
}

// guessedPerson is a name typed a person only for its shape: no known
// first name, no title, no gender.
func guessedPerson(e *entity.Entity) bool {
	return e.Type == entity.Person && e.Gender == 0 && e.Title == "" && len(strings.Fields(e.Name)) >= 2
}

// commonWords: a name of two words or more, each an English noun or
// adjective that no person's name holds.
func commonWords(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !entity.CommonNoun(w) {
			return false
		}
	}
	return true
}

// namedThing is a name of two words or more the recognizer could not type
// ("Harbor Freight Lines"): "the company" may be what it names.
func namedThing(e *entity.Entity) bool {
	return e.Type == entity.Other && len(strings.Fields(e.Name)) >= 2
}

// publicBody reports an organization's name that holds a word of the
// state or of politics: "Department of Energy", "Labour Party".
func (r *run) publicBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if r.lx.publicBodies[w] {
			return true
		}
	}
	return false
}

// acronym reports a name written in capitals: "WTO", "INSEE", "NATO".
func acronym(name string) bool {
	if len(name) < 2 || len(name) > 7 {
		return false
	}
	for _, r := range name {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// headName reports that the name heading tokens [from, to) is of one of
// the types given.
func (r *run) headName(from, to int, types ...entity.Type) bool {
	k, ok := r.er.HeadMention(from, to)
	if !ok {
		return false
	}
	m := &r.er.Mentions[k]
	return m.Kind == entity.NameMention && slices.Contains(types, r.er.Entities[m.Entity].Type)
}

// adverb reports an -ly adverb at token j ("Bemused Mr Nash later
// recently said"), which is not the subject; "family", "assembly" and
// "the daily" are nouns that end so.
func (r *run) adverb(j int) bool {
	w := r.words[j]
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !r.toks[j].Cap() && !entity.CommonNoun(w)
}

// personHead reports a common noun for a person at token k that no
// mention covers: "journalist" in "A Globe and Mail journalist" is nobody
// the text names, while "secretary" in "the USDA secretary" may stand for
// the holder the recognizer linked it to.
func (r *run) personHead(k int) bool {
	if m, _, ok := r.er.MentionAt(k); ok && m.Entity >= 0 {
		return false
	}
	w := r.words[k]
	return r.lx.personFirst[w] || r.lx.personFirst[strings.TrimSuffix(w, "s")]
}

// plainWords reports that tokens [from, to) are lower-case words and no
// preposition: adjectives and the noun they lead to ("own counsel",
// "largest creditor").
func (r *run) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		if r.toks[k].Kind != segment.Word || r.toks[k].Cap() || prepositions[r.words[k]] || r.words[k] == "to" {
			return false
		}
	}
	return true
}

// partitives open a phrase that picks some of what follows: "one of Mr
// Bakrie's deputies".
var partitives = map[string]bool{"one": true, "two": true, "three": true, "another": true, "some": true, "of": true}

// possessed reports a phrase [from, to) headed by a common noun after a
// possessive ("Ms Varga's deputy", "the company's chief executive").
func (r *run) possessed(from, to int) bool {
	for k := to - 2; k > from; k-- {
		if r.words[k] == "'s" || r.words[k] == "’s" {
			// The possessor opens the phrase: "A representative of the
			// firm's company" is headed by the representative.
			for t := from; t < k; t++ {
				if r.toks[t].Kind == segment.Word && !r.toks[t].Cap() && !determiners[r.words[t]] && !partitives[r.words[t]] {
					return false
				}
			}
			for t := k + 1; t < to; t++ {
				if r.toks[t].Kind != segment.Word || r.toks[t].Cap() {
					return false
				}
			}
			return true
		}
	}
	return false
}

// roleText is the role phrase [from, to) as written, its first word in
// lower case unless it is part of a name: "head of the Portville Harbor
// Authority", "US envoy to Iraq".
func (r *run) roleText(from, to int) string {
	text := r.seg.Text[r.toks[from].Start:r.toks[to-1].End]
	if _, _, named := r.er.MentionAt(from); named || r.toks[from].AllCaps() {
		return text
	}
	return strings.ToLower(text[:1]) + text[1:]
}

func (r *run) skipDeterminer(from int) int {
	if w := r.words[from]; w == "the" || w == "a" || w == "an" {
		return from + 1
	}
	return from
}

// vagueLead reports a phrase whose head comes first and is an unnamed
// source, modified by what follows: "sources close to the minister",
// "people familiar with the talks".
func (r *run) vagueLead(from, to int) bool {
	f := from
	if w := r.words[f]; w == "the" || w == "some" || w == "two" || w == "three" || w == "several" {
		f++
	}
	if f+1 >= to || !r.lx.vague[r.words[f]] {
		return false
	}
	switch n := r.words[f+1]; n {
	case "close", "familiar", "in", "at", "from", "of", "for", "inside", "within", "near", "with", "who", "briefed", "involved":
		return true
	default:
		// "reports emerging in the media", "emails unearthed in the inquiry"
		return len(n) > 4 && (strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ed"))
	}
}

// vagueHead reports an unnamed source: "several reports", "officials".
func (r *run) vagueHead(from, to int) bool {
	last := to - 1
	for last > from && r.toks[last].Kind != segment.Word {
		last--
	}
	if r.lx.vague[r.words[last]] {
		return true
	}
	if _, ok := r.lx.quantifiers.Match(r.words, from); ok {
		return true
	}
	// "About 9 percent", "half of the voters": a share of people, unnamed.
	f := from
	if prepositions[r.words[f]] || r.words[f] == "nearly" || r.words[f] == "almost" || r.words[f] == "roughly" {
		f++
	}
	return f < to && (r.toks[f].Kind == segment.Number || fractions[r.words[f]])
}

// bodyWord may open an organization's name: not a determiner or a
// sentence adverb ("The UK", "Meanwhile Britain").
func bodyWord(w string) bool {
	if clauseStarters[w] || strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "meanwhile", "however", "but", "and", "so", "also", "still", "yet", "now", "then", "instead":
		return false
	}
	return true
}

// namedBody makes (or reuses) an organization for the name [from, to).
func (r *run) namedBody(from, to int) speaker {
	return r.sourceEntity(from, from, to, entity.Org, entity.NameMention)
}

// genericSource is a source with no name of its own, such as "the
// ministry", "dealers" or "the campaign": an unnamed source, unless it is an
// acronym ("WTO"), which names its organization.
func (r *run) genericSource(from, to int) speaker {
	f := from
	if w := r.words[f]; w == "the" || w == "a" || w == "an" {
		f++
	}
	if f >= to {
		return speaker{}
	}
	if to-f == 1 && acronym(r.toks[f].Text) {
		return r.sourceEntity(from, f, to, entity.Org, entity.NameMention)
	}
	head := to - 1
	for head > f && r.toks[head].Kind != segment.Word {
		head--
	}
	if r.properHead(head) {
		if to-f == 1 {
			if e, ok := r.personBySurname(r.words[f], r.toks[f].Start); ok {
				// "Clare Short ... Short said": a surname that is also a
				// word, which the recognizer leaves unlinked.
				return speaker{entity: e, mention: r.span(f, to), rule: RuleName, ok: true}
			}
		}
		// "Kelly said", "HarborNews.com has learned": a name the
		// recognizer did not know, heading its phrase.
		typ := entity.Person
		if strings.Contains(r.toks[head].Text, ".") || head > f && (entity.OrgHead(r.words[head]) || names.CorporateSuffix(r.words[head])) {
			typ = entity.Org // "HarborNews.com", "Northumbria Police", "Heublein Inc"
		}
		s := r.sourceEntity(from, f, to, typ, entity.NameMention)
		if typ == entity.Person && loneName(r.words[f:to]) {
			// "Mahindra said": one word, no given name, no title; a
			// guess what it said may still overturn.
			r.retype(s.entity, entity.Org)
		}
		return s
	}
	if !r.sourceHead(f, head) {
		// "health care math", "Holding signs", "the extent of his
		// equivocation": no noun that can speak or be read from, so no
		// source; the words stay the quote's, credited to no one.
		return speaker{entity: -1, mention: r.span(from, to), rule: RuleNoSourceNoun, ok: true}
	}
	s := r.unnamedSource(from, to, -1)
	if k, ok := r.er.HeadMention(f, to); ok {
		s.body = r.er.Mentions[k].Entity + 1 // "the latest Harbor Institute poll"
	}
	return s
}

// personBySurname finds the one person named in full before offset at
// whose last name is w.
func (r *run) personBySurname(w string, at int) (int, bool) {
	if r.bySurname == nil {
		// Indexed once: a text of thousands of lone names stays linear.
		r.bySurname = map[string][]int{}
		for e, ent := range r.er.Entities {
			if f := strings.Fields(strings.ToLower(ent.Name)); ent.Type == entity.Person && len(f) >= 2 {
				r.bySurname[f[len(f)-1]] = append(r.bySurname[f[len(f)-1]], e)
			}
		}
	}
	found := -1
	for _, e := range r.bySurname[w] {
		ent := r.er.Entities[e]
		if ent.Type != entity.Person || len(ent.Mentions) == 0 || r.er.Mentions[ent.Mentions[0]].Start >= at {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = e
	}
	return found, found >= 0
}

// sourceHead reports a phrase [f, head] that can describe a source: its
// head noun is a person, group or communication (WordNet), a source or
// record noun of ours, and it opens with no participle ("echoing security
// experts") and holds no clause ("states where exit polls were conducted").
func (r *run) sourceHead(f, head int) bool {
	if w := r.words[f]; len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !r.toks[f].Cap() || r.toks[f].Cap() && strings.HasSuffix(w, "ing") {
		return false
	}
	for k := f; k <= head; k++ {
		switch r.words[k] {
		case "where", "which", "who", "that", "when", "whose":
			return false
		}
	}
	w := r.words[head]
	return entity.PluralOffice(r.toks[head].Text) || r.sourceNoun(w) || r.lx.vague[w] || r.lx.speaksFor[w] || r.lx.personHeads[w] || r.lx.anaphors[w] != "" || r.lx.records[w]
}

// properHead reports a capitalized head word that is a name: capitalized
// inside its sentence, or at the sentence start a word the document never
// writes in lower case and no source lexicon lists ("Kelly", but not
// "Dealers" or "Police").
func (r *run) properHead(k int) bool {
	t := &r.toks[k]
	if t.Kind != segment.Word || !t.Cap() {
		return false
	}
	if m, _, ok := r.er.MentionAt(k); ok && m.Kind == entity.RoleMention && m.Entity < 0 {
		return false // "the Bank": the recognizer calls it a description
	}
	if entity.PluralOffice(t.Text) {
		return false // "the MPs": people by their office
	}
	if strings.ContainsAny(t.Text, ".0123456789") {
		return true // "HarborNews.com"
	}
	w := r.words[k]
	if entity.CommonWord(w) && (k == r.sentence(k).From || k > 0 && r.toks[k-1].Kind == segment.Quote && r.toks[k-1].Open && !r.toks[k-1].Close) {
		return false // "Another said", "Whilst I": a word that opens sentences
	}
	if k > r.sentence(k).From {
		return true
	}
	if r.lx.vague[w] || r.lx.speaksFor[w] || r.lx.personHeads[w] || r.lx.anaphors[w] != "" || r.sourceNoun(w) {
		return false
	}
	if r.lowerWords == nil {
		r.lowerWords = map[string]bool{}
		for i := range r.toks {
			if r.toks[i].Kind == segment.Word && !r.toks[i].Cap() {
				r.lowerWords[r.words[i]] = true
			}
		}
	}
	return !r.lowerWords[w] && !r.lowerWords[strings.TrimSuffix(w, "s")]
}

// sourceNoun reports a common noun for a person, group or communication,
// in the singular or plural ("prosecutors", "spokesmen", "police").
func (r *run) sourceNoun(w string) bool {
	if r.lx.sourceNouns[w] {
		return true
	}
	for _, s := range [][2]string{{"ies", "y"}, {"men", "man"}, {"es", ""}, {"s", ""}} {
		if strings.HasSuffix(w, s[0]) && r.lx.sourceNouns[strings.TrimSuffix(w, s[0])+s[1]] {
			return true
		}
	}
	return false
}

// unnamedSource describes the source [from, to) without naming it; body is
// the entity it speaks for, or -1. Its role is the head noun, the last word.
func (r *run) unnamedSource(from, to, body int) speaker {
	head := to - 1
	for head > from && r.toks[head].Kind != segment.Word {
		head--
	}
	if head > from && r.words[head] == "'s" {
		head--
	}
	// A description is a noun phrase: one whose last word is a
	// preposition, or that holds a pronoun and a finite verb, is a clause
	// read past its start ("he knocked Ames for [not reporting]").
	if prepositions[r.words[head]] {
		return speaker{}
	}
	// Nor does it open with a preposition or a verb taking an object ("in
	// Nigeria's north-east", "living in Qatar"): a phrase read past its
	// start. "about 100 people" counts them; "according to" is the cue.
	if from+2 < to && r.words[from] == "according" && r.words[from+1] == "to" {
		from += 2
	}
	if from+1 < to && (r.words[from] == "with" || r.words[from] == "by") {
		from++ // "with experts saying", "commissioned by the family": the agent
	}
	if f := &r.toks[from]; f.Kind == segment.Word && !f.Cap() && from+1 < to {
		next := r.words[from+1]
		_, pronoun := pronounGender[next]
		// "about a dozen residents", "over half the members": a count.
		counted := r.toks[from+1].Kind == segment.Number || next == "a" || next == "an" || fractions[next] || next == "dozen"
		if prepositions[f.Lower] && !counted || len(f.Lower) > 5 && strings.HasSuffix(f.Lower, "ing") && (prepositions[next] || determiners[next] || pronoun) {
			return speaker{}
		}
	}
	pronoun, verb := false, false
	for k := from; k < to; k++ {
		w := r.words[k]
		if _, ok := pronounGender[w]; ok {
			pronoun = true
		} else if pronoun && (r.lx.finite[w] || strings.HasSuffix(w, "ed") && !r.toks[k].Cap()) {
			verb = true
		}
	}
	if verb {
		return speaker{}
	}
	return speaker{entity: -1, mention: r.span(from, to), unnamed: true, body: body + 1, role: r.words[head], rule: RuleDescribed, ok: true}
}

// unnamedRole reports an entity that the text gives only as a role ("the
// prime minister") or pronoun, never by name.
func unnamedRole(er *entity.Result, e *entity.Entity) bool {
	if e.Type != entity.Person || e.Title == "" {
		return false
	}
	for _, k := range e.Mentions {
		if er.Mentions[k].Kind == entity.NameMention {
			return false
		}
	}
	return true
}

// sourceEntity makes (or reuses, by name and type) the entity named by
// tokens [name, to) and records [from, to) as its mention.
func (r *run) sourceEntity(from, name, to int, t entity.Type, kind entity.MentionKind) speaker {
	text := r.seg.Text[r.toks[name].Start:r.toks[to-1].End]
	key := string(t) + ":" + strings.ToLower(text)
	e, ok := r.generic[key]
	if !ok {
		e = r.er.NewEntity(text, t)
		r.generic[key] = e
	}
	r.er.AddMention(entity.Mention{From: from, To: to, Start: r.toks[from].Start, End: r.toks[to-1].End, Kind: kind}, e)
	return speaker{entity: e, mention: r.span(from, to), rule: RuleNewName, ok: true}
}
