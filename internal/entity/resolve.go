package entity

import (
	"github.com/claimgraph/claimgraph/internal/names"
	"github.com/claimgraph/claimgraph/internal/segment"
	"slices"
	"sort"
	"strings"
)

// resolve links mentions into entities: names first, then surnames, role
// descriptions and pronouns, each of which needs the names already in place.
func (p *pass) resolve() {
	ms := p.res.Mentions
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].Start != ms[b].Start {
			return ms[a].Start < ms[b].Start
		}
		return ms[a].End > ms[b].End
	})
	p.res.positions = nil // the indexes it held are renumbered
	byKey := map[string]int{}
	// Full names and gazetteer names.
	for k := range ms {
		m := &ms[k]
		if m.Kind != NameMention || m.sentStart {
			continue
		}
		if m.typ == Person && len(strings.Fields(m.name)) < 2 {
			continue // "Raman", "Ms Raman": a surname, linked below
		}
		if m.typ == Other && len(strings.Fields(m.name)) < 2 {
			continue
		}
		if m.typ != Org && m.typ != Outlet && len(strings.Fields(m.name)) == 1 && m.title == "" {
			// "Facebook user Oliver Bruno ... a message from Bruno": the
			// surname of a person named before is that person, though a
			// place list holds the word too.
			if e, ok := p.bySurname(m.name, k); ok && p.res.Mentions[p.res.Entities[e].Mentions[0]].Start < m.Start {
				p.link(k, e)
				continue
			}
		}
		key := string(m.typ) + ":" + normName(m.name)
		e, ok := -1, false
		if m.typ == Org || m.typ == Outlet {
			// "The New York Times ... the Times", "the Liberal Democrats
			// ... the Democrats": the last words of a body named before.
			e, ok = p.bodyEndingWith(p.text(m.From, m.To), m.Start)
		}
		if !ok {
			e, ok = byKey[key]
		}
		if !ok && (m.typ == Org || m.typ == Outlet) {
			// "Fox News ... Fox News Channel": one body, the longer name
			// adding only heads or legal suffixes.
			e, ok = p.bodyExtended(m.name, m.typ)
		}
		if !ok && (m.typ == Person || m.typ == Other) {
			e, ok = p.shortOrgName(m.name)
		}
		if !ok && m.typ == Person {
			e, ok = p.samePerson(m.name)
		}
		if !ok {
			e = p.newEntity(m)
			byKey[key] = e
		}
		p.link(k, e)
	}
	// Single words: surnames of known people, else new entities.
	for k := range ms {
		m := &ms[k]
		if m.Kind != NameMention || m.Entity >= 0 {
			continue
		}
		if e, ok := p.bySurname(m.name, k); ok {
			p.link(k, e)
			continue
		}
		if m.typ != GPE && m.typ != NORP {
			if e, ok := p.shortOrgName(m.name); ok && p.namedBefore(e, m.Start) {
				p.link(k, e) // "Texaco Inc said ... Texaco said"
				continue
			}
			// At a sentence start only as the subject of a verb: "Tamsett
			// said", but "National output fell" is no short form of
			// National Westminster Bank Plc.
			if e, ok := p.firstWordOrg(m.name); ok && (!m.sentStart || p.verbAfter(m.To)) && p.namedBefore(e, m.Start) {
				p.link(k, e)
				continue
			}
			if e, ok := p.placeLed(m.name, m.Start); ok {
				p.link(k, e) // "California Microwave Inc ... Microwave said"
				continue
			}
		}
		if m.sentStart && m.title == "" {
			continue // a capital that may only open the sentence
		}
		key := string(m.typ) + ":" + normName(m.name)
		e, ok := byKey[key]
		if !ok && m.typ != GPE && m.typ != NORP {
			// "Texscan" after "Texcan Corp", "Bedeh" after "Alex Badeh":
			// a misspelling of a name the article gave.
			if e, ok = p.byMisspelling(k); ok {
				byKey[key] = e
			}
		}
		if !ok {
			e = p.newEntity(m)
			byKey[key] = e
		}
		p.link(k, e)
	}
	p.inferGender()
	for k := range ms {
		switch {
		case ms[k].Kind == RoleMention && ms[k].typ == Org:
			p.resolveBody(k)
		case ms[k].Kind == RoleMention:
			p.resolveRole(k, byKey)
		}
	}
	for k := range ms {
		if ms[k].Kind == PronounMention && !ms[k].InQuote {
			if e, ok := p.Antecedent(ms[k].From, ms[k].gender); ok {
				p.link(k, e)
				if p.res.Entities[e].Gender == 0 {
					p.res.Entities[e].Gender = ms[k].gender
				}
			}
		}
	}
	p.linkAliases()
	p.typeByApposition()
	p.typeByDescription()
	p.scopeBodies()
	p.res.byToken = make([]int32, len(p.toks))
	// Longer mentions first so that nested ones ("US" in "US envoy Alina
	// Romanowski") keep their own tokens.
	order := make([]int, 0, len(ms))
	for k := range ms {
		// A body's description that names no body of the text ("the
		// Bank") is kept too, so that later stages see it is no name.
		if ms[k].Entity >= 0 || ms[k].Kind == RoleMention && ms[k].typ == Org {
			order = append(order, k)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].To-ms[order[a]].From > ms[order[b]].To-ms[order[b]].From })
	for _, k := range order {
		for t := ms[k].From; t < ms[k].To; t++ {
			p.res.byToken[t] = int32(k + 1)
		}
	}
}

func normName(s string) string {
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	s = strings.ToLower(s)
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

func (p *pass) newEntity(m *Mention) int {
	name := m.name
	if m.typ != Person && m.typ != GPE && m.typ != NORP {
		if strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ") {
			name = name[4:]
		}
	}
	return p.res.NewEntity(name, m.typ)
}

func (p *pass) link(k, e int) {
	m := &p.res.Mentions[k]
	m.Entity = e
	ent := p.res.Entities[e]
	if len(ent.Mentions) == 0 && (ent.Type == Org || ent.Type == Outlet) && len(ent.words) > 1 {
		if p.bodyByLast == nil {
			p.bodyByLast = map[string][]int{}
		}
		last := ent.words[len(ent.words)-1]
		p.bodyByLast[last] = append(p.bodyByLast[last], e)
		if p.bodyByFirst == nil {
			p.bodyByFirst, p.bodyByCore = map[string][]int{}, map[string][]int{}
		}
		first := ent.words[0]
		p.bodyByFirst[first] = append(p.bodyByFirst[first], e)
		core := ent.words
		for len(core) > 1 && names.CorporateSuffix(core[len(core)-1]) {
			core = core[:len(core)-1]
		}
		p.bodyByCore[core[len(core)-1]] = append(p.bodyByCore[core[len(core)-1]], e)
	}
	ent.Mentions = append(ent.Mentions, k)
	if m.Kind == NameMention && len(m.name) > len(ent.Name) && ent.Type == Person && m.typ == Person {
		ent.setName(m.name)
		p.renamed(e)
	}
	if m.Kind == NameMention && (ent.Type == Org || ent.Type == Outlet) && m.typ == ent.Type && extends(normName(m.name), ent.words) {
		// The fullest name the text gives: "Fox News Channel", not "Fox News".
		ent.setName(m.name)
		p.renamed(e)
	}
	if ent.Role == "" && m.role != "" {
		ent.Role = m.role
	}
	if m.title != "" && (ent.Title == "" || p.honorific(ent.Title) && !p.honorific(m.title)) {
		// An office says more than "Mr": "Mr Brown ... the chancellor".
		ent.Title = m.title
	}
	if ent.Place == "" && m.place != "" {
		ent.Place = m.place
	}
	if ent.Gender == 0 && m.gender != 0 {
		ent.Gender = m.gender
	}
}

// samePerson finds a known person whose name shares first and last word
// ("Hillary Clinton", "Hillary Rodham Clinton").
func (p *pass) samePerson(name string) (int, bool) {
	f := strings.Fields(normName(name))
	if len(f) == 0 {
		return -1, false
	}
	// Each test below needs the candidate to hold f's first or last word.
	for _, e := range p.candidatesOf(f[0], f[len(f)-1]) {
		ent := p.res.Entities[e]
		if ent.Type != Person {
			continue
		}
		g := ent.words
		if len(g) >= 2 && g[0] == f[0] && g[len(g)-1] == f[len(f)-1] {
			return e, true
		}
		// "van der Berg", "Cruz Ortega": the last words of a longer name.
		if len(f) >= 2 && len(g) > len(f) && slices.Equal(g[len(g)-len(f):], f) {
			return e, true
		}
		// "Trump" introduced as "Mr. Trump" and later "Donald Trump".
		if len(g) == 1 && g[0] == f[len(f)-1] {
			return e, true
		}
		// "Gill Rosenberg" and "Gillian Rosenberg": a short form of the
		// given name, with nothing else between.
		if len(g) == 2 && len(f) == 2 && g[1] == f[1] && shortGiven(g[0], f[0]) {
			return e, true
		}
	}
	return -1, false
}

// shortGiven: one given name is the other's first three or more letters
// ("gill" and "gillian", "rob" and "robert").
func shortGiven(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && a != b && strings.HasPrefix(b, a)
}

// bodyEndingWith finds the organization or outlet, named before byte at,
// whose name ends with the words of text and is longer.
func (p *pass) bodyEndingWith(text string, at int) (int, bool) {
	f := strings.Fields(normName(text))
	if len(f) == 0 {
		return -1, false
	}
	for _, e := range p.bodyByLast[f[len(f)-1]] {
		ent := p.res.Entities[e]
		if g := ent.words; len(g) > len(f) && slices.Equal(g[len(g)-len(f):], f) && p.res.Mentions[ent.Mentions[0]].Start < at {
			return e, true
		}
	}
	return -1, false
}

// verbAfter reports a past or present verb form at token i ("said",
// "says", "reported"), the sign that the word before it is a subject.
func (p *pass) verbAfter(i int) bool {
	if i >= len(p.toks) || p.toks[i].Cap() {
		return false
	}
	w := p.words[i]
	return w == "said" || w == "says" || w == "told" || w == "has" || w == "had" || w == "is" || w == "was" || w == "will" || w == "would" || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// namedBefore reports an entity first mentioned before offset at.
func (p *pass) namedBefore(e, at int) bool {
	ms := p.res.Entities[e].Mentions
	return len(ms) > 0 && p.res.Mentions[ms[0]].Start < at
}

// placeLed finds the company named before offset at whose name is a
// place (or, for two words, any first word but a first name), then word, then legal
// suffixes ("California Microwave Inc", "International Multifoods Corp"),
// which the text may shorten to that word.
func (p *pass) placeLed(word string, at int) (int, bool) {
	w := normName(word)
	for _, e := range p.bodyByCore[w] {
		ent := p.res.Entities[e]
		g := ent.words
		for len(g) > 0 && names.CorporateSuffix(g[len(g)-1]) {
			g = g[:len(g)-1]
		}
		if ent.Type != Org || len(g) < 2 || g[len(g)-1] != w || len(ent.Mentions) == 0 {
			continue
		}
		m := &p.res.Mentions[ent.Mentions[0]]
		if m.Start >= at {
			continue
		}
		if n, k := p.matchName(m.From, m.To); n == len(g)-1 && k.typ == GPE {
			return e, true
		}
		if _, first := p.lx.firstNames[g[0]]; len(g) == 2 && !first {
			// "International Multifoods Corp ... Multifoods said": a
			// company of two words goes by its second, as a person by
			// the surname.
			return e, true
		}
	}
	return -1, false
}

// shortOrgName finds the organization a name shortens by leaving off its
// last, generic word: "Michigan General" for "Michigan General Corp",
// "Harbor Freight" for "Harbor Freight Lines Inc" is not (two words off).
func (p *pass) shortOrgName(name string) (int, bool) {
	f := strings.Fields(normName(name))
	if len(f) == 0 {
		return -1, false
	}
	for _, e := range p.candidates(f[0]) {
		ent := p.res.Entities[e]
		g := ent.words
		if ent.Type != Org || len(g) <= len(f) || !slices.Equal(g[:len(f)], f) {
			continue
		}
		// "Texaco" for "Texaco Inc", "Broken Hill" for "Broken Hill Pty
		// Co Ltd": what the short form leaves out is heads and suffixes.
		if p.onlyHeads(g[len(f):]) {
			return e, true
		}
	}
	return -1, false
}

// bodyExtended finds a body of type typ named before whose name is this
// one's with heads or legal suffixes added or left out ("Fox News" and
// "Fox News Channel"): two words in common at least, so that "Fox" alone
// is no short form here, and never what a mere head adds to a bare word.
func (p *pass) bodyExtended(name string, typ Type) (int, bool) {
	f := strings.Fields(normName(name))
	if len(f) < 2 {
		return -1, false
	}
	for _, e := range p.candidates(f[0]) {
		ent := p.res.Entities[e]
		g := ent.words
		if ent.Type != typ || len(g) < 2 || len(g) == len(f) {
			continue
		}
		short, long := g, f
		if len(short) > len(long) {
			short, long = long, short
		}
		if !slices.Equal(long[:len(short)], short) {
			continue
		}
		if p.onlyHeads(long[len(short):]) {
			return e, true
		}
	}
	return -1, false
}

// onlyHeads: every word is a body's head noun or a legal suffix, what a
// short form of a body's name may leave out.
func (p *pass) onlyHeads(ws []string) bool {
	for _, w := range ws {
		if !p.lx.orgHeads[w] && !names.CorporateSuffix(w) {
			return false
		}
	}
	return true
}

// firstWordOrg finds the company a single word stands for as the first
// word of its legal name: "Narragansett" for "Narragansett Capital Inc".
func (p *pass) firstWordOrg(word string) (int, bool) {
	w := normName(word)
	for _, e := range p.bodyByFirst[w] {
		ent := p.res.Entities[e]
		g := ent.words
		if ent.Type == Org && len(g) >= 3 && g[0] == w && names.CorporateSuffix(g[len(g)-1]) {
			return e, true
		}
	}
	return -1, false
}

// bySurname finds the person whose last name is word, nearest to mention k.
func (p *pass) bySurname(word string, k int) (int, bool) {
	w := normName(word)
	g := p.res.Mentions[k].gender
	best, bestDist := -1, 1<<30
	for _, e := range p.candidates(w) {
		ent := p.res.Entities[e]
		if ent.Type != Person || len(ent.words) < 2 || !sameSurname(ent.words[len(ent.words)-1], w) {
			continue
		}
		if g != 0 && ent.Gender != 0 && g != ent.Gender {
			continue // "Mrs Clinton" is not Bill Clinton
		}
		for _, mk := range ent.Mentions {
			d := p.res.Mentions[k].Start - p.res.Mentions[mk].Start
			if d < 0 {
				d = -d + 1<<20 // a later full name is a weaker antecedent
			}
			if d < bestDist {
				best, bestDist = e, d
			}
		}
	}
	if best < 0 {
		if e, ok := p.byFamilyNameFirst(w, k); ok {
			return e, true
		}
		return p.byGivenName(w, k)
	}
	return best, true
}

// byMisspelling finds the one person (by surname) or body (by its first
// word) named before offset at whose word is the lone name of mention k
// with one letter changed, added, dropped or two swapped ("Daveport" after
// "Lindsay Davenport", "Texscan" after "Texcan Corp"). Left alone: short
// words ("Bush" and "Rush" are two people), English words, titled mentions
// ("President Reagan" is no "Donald Regan"), a type that cannot be the
// referent's, and a form the article writes at least as often as the
// name it would be a slip for.
func (p *pass) byMisspelling(k int) (int, bool) {
	m := &p.res.Mentions[k]
	lw := strings.ToLower(m.name)
	if len([]rune(lw)) < 5 || strings.Contains(lw, " ") || m.title != "" || CommonNoun(lw) || p.lx.common[lw] {
		return -1, false
	}
	if p.misspell == nil {
		p.misspell = p.misspellingIndex()
	}
	found := -1
	for _, v := range deletions(lw) {
		for _, e := range p.misspell[v] {
			ent := p.res.Entities[e]
			word := misspellWord(ent)
			if e == found || word == lw || !oneEditApart(word, lw) || p.res.Mentions[ent.Mentions[0]].Start >= m.Start {
				continue
			}
			if m.typ == Person && ent.Type != Person || (m.typ == Org || m.typ == Outlet) && ent.Type == Person {
				continue
			}
			if p.wordCount(lw) >= p.wordCount(word) {
				continue // as common as the name: a name of its own
			}
			if found >= 0 {
				return -1, false
			}
			found = e
		}
	}
	return found, found >= 0
}

// misspellingIndex indexes the people and bodies of two or more words by
// every form of their surname or first word with one letter deleted, and
// the word itself: two words one edit apart share one such form.
func (p *pass) misspellingIndex() map[string][]int {
	idx := map[string][]int{}
	for e, ent := range p.res.Entities {
		if len(ent.words) < 2 || len(ent.Mentions) == 0 {
			continue
		}
		if w := misspellWord(ent); len(w) >= 4 {
			for _, v := range deletions(w) {
				idx[v] = append(idx[v], e)
			}
		}
	}
	return idx
}

// misspellWord is the word of an entity a lone name may misspell: a
// person's surname, a body's first word.
func misspellWord(ent *Entity) string {
	switch ent.Type {
	case Person:
		return ent.words[len(ent.words)-1]
	case Org, Outlet:
		return ent.words[0]
	}
	return ""
}

// deletions is w and every form of it with one letter left out.
func deletions(w string) []string {
	r := []rune(w)
	out := []string{w}
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// wordCount is how many tokens of the document are w, counted once.
func (p *pass) wordCount(w string) int {
	if p.counts == nil {
		p.counts = map[string]int{}
		for _, x := range p.words {
			p.counts[x]++
		}
	}
	return p.counts[w]
}

// oneEditApart reports two words one substitution, insertion, deletion or
// swap of neighbours apart (Damerau-Levenshtein distance 1).
func oneEditApart(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		if i == len(x) {
			return false
		}
		if string(x[i+1:]) == string(y[i+1:]) {
			return true // one letter changed
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:]) // two swapped
	}
	return string(x[i:]) == string(y[i+1:]) // one letter added
}

// byGivenName finds the one person, named in full before mention k, whose
// given name is word: feature writing calls people by their first name
// once it has named them ("Pell Ravensworth ... 'Later,' Pell said"). Two
// such people leave the word open, and a title ("Mr Pell") makes it a
// surname, which bySurname has already looked for.
func (p *pass) byGivenName(w string, k int) (int, bool) {
	m := p.res.Mentions[k]
	// "Sir Anthony", "Dame Kelly": a knight is called by the given name.
	knighted := m.title == "sir" || m.title == "dame"
	if m.title != "" && !knighted || m.typ != Person && m.typ != Other {
		return -1, false
	}
	found := -1
	for _, e := range p.candidates(w) {
		ent := p.res.Entities[e]
		words := ent.words
		if knighted && len(words) > 2 && (words[0] == "sir" || words[0] == "dame") {
			words = words[1:]
		}
		// A given name the text shortened and then gave in full ("Jess
		// Smith ... Jessica Smith ... Jess said") still calls her: the
		// candidates are the people whose names held the word.
		if ent.Type != Person || len(words) < 2 || words[0] != w && !shortGiven(words[0], w) || len(ent.Mentions) == 0 {
			continue
		}
		if knighted && ent.Title != m.title && ent.words[0] != m.title {
			continue // "Sir Anthony" is no plain Anthony Orlan
		}
		if m.gender != 0 && ent.Gender != 0 && m.gender != ent.Gender {
			continue
		}
		if p.res.Mentions[ent.Mentions[0]].Start >= m.Start {
			continue
		}
		if found >= 0 {
			return -1, false // two people of that given name
		}
		found = e
	}
	return found, found >= 0
}

// byFamilyNameFirst finds the person of two words, named before mention
// k, whose name opens with word: names written family name first ("Vice
// Premier Tian Jiyun ... Tian said"). Neither word may be a known first
// name, so "Dana" never stands for Dana Whitfield.
func (p *pass) byFamilyNameFirst(w string, k int) (int, bool) {
	if _, first := p.lx.firstNames[w]; first {
		return -1, false
	}
	found := -1
	for _, e := range p.candidates(w) {
		ent := p.res.Entities[e]
		if ent.Type != Person || len(ent.words) != 2 || ent.words[0] != w || len(ent.Mentions) == 0 {
			continue
		}
		if _, first := p.lx.firstNames[ent.words[1]]; first {
			continue
		}
		if p.res.Mentions[ent.Mentions[0]].Start < p.res.Mentions[k].Start {
			if found >= 0 {
				return -1, false // two people it may stand for
			}
			found = e
		}
	}
	return found, found >= 0
}

// sameSurname: a full name's last word and a bare surname are one name,
// also when the full form carries a joined particle the bare one drops
// ("al-hashimi" and "hashimi", "el-baradei" and "baradei").
func sameSurname(last, bare string) bool {
	if last == bare {
		return true
	}
	if i := strings.IndexByte(last, '-'); i > 0 && particleWords[last[:i]] {
		return last[i+1:] == bare
	}
	return false
}

func (p *pass) inferGender() {
	for _, ent := range p.res.Entities {
		if ent.Type != Person || ent.Gender != 0 {
			continue
		}
		w := ent.words
		if len(w) > 1 {
			// "Sir John Stevens", "Dame Kelly Holmes": the honorific kept
			// in the name says the gender, else the given name after it.
			switch p.lx.titleInfo[w[0]].kind {
			case "honorific-m":
				ent.Gender = 'm'
				continue
			case "honorific-f":
				ent.Gender = 'f'
				continue
			case "honorific":
				w = w[1:]
			}
		}
		if len(w) > 0 {
			ent.Gender = p.lx.firstNames[w[0]]
		}
	}
}

// resolveRole links "the Iraqi Prime Minister" to the person who holds that title.
func (p *pass) resolveRole(k int, byKey map[string]int) {
	m := &p.res.Mentions[k]
	if e, ok := p.shortOrgName(p.seg.Text[m.Start:m.End]); ok {
		// "Michigan General Corp ... Michigan General said": a company's
		// short name that happens to end in a title word.
		p.link(k, e)
		return
	}
	if e, ok := p.appositiveHolder(k); ok {
		p.link(k, e)
		return
	}
	best, bestDist := -1, 1<<30
	for e, ent := range p.res.Entities {
		if ent.Type != Person || ent.Title != m.title {
			continue
		}
		if m.place != "" && ent.Place != "" && m.place != ent.Place {
			continue
		}
		for _, mk := range ent.Mentions {
			d := m.Start - p.res.Mentions[mk].Start
			if d < 0 {
				d = -d + 1<<20
			}
			if d < bestDist {
				best, bestDist = e, d
			}
		}
	}
	if best < 0 {
		best = p.untitledLead(k)
	}
	if best < 0 {
		key := "role:" + m.title + ":" + m.place
		e, ok := byKey[key]
		if !ok {
			e = p.res.NewEntity(m.role, Person)
			byKey[key] = e
		}
		best = e
	}
	p.link(k, best)
}

// honorific reports a title that is a form of address (Mr, Dame), not an office.
func (p *pass) honorific(title string) bool {
	return strings.HasPrefix(p.lx.titleInfo[title].kind, "honorific")
}

// resolveBody links "the Bank" to the body of the text whose name that
// noun heads ("Bank of England"), the one named last before it, else the
// first named after it; with none it stays a description, no entity.
func (p *pass) resolveBody(k int) {
	m := &p.res.Mentions[k]
	if p.byHead == nil {
		// Built once, when every name is linked: body head noun -> bodies.
		p.byHead = map[string][]int{}
		for e, ent := range p.res.Entities {
			if ent.Type != Org {
				continue
			}
			if h := NameHead(ent.Name); h != "" {
				p.byHead[h] = append(p.byHead[h], e)
			}
		}
	}
	best, bestStart, bestBefore := -1, 0, false
	for _, e := range p.byHead[strings.ToLower(m.name)] {
		for _, j := range p.res.Entities[e].Mentions {
			c := &p.res.Mentions[j]
			if c.Kind != NameMention {
				continue
			}
			before := c.Start < m.Start
			if best < 0 || before && (!bestBefore || c.Start > bestStart) {
				best, bestStart, bestBefore = e, c.Start, before
			}
		}
	}
	if best >= 0 {
		p.link(k, best)
	}
}

// NameHead is the noun that heads an organization's name, in lower case:
// the last word ("Agriculture Department"), or the word before "of" ("Bank
// of Japan", "Ministry of Finance"); "" for a one-word name.
func NameHead(name string) string {
	w := strings.Fields(strings.ToLower(name))
	for i := 1; i < len(w); i++ {
		if w[i] == "of" {
			return w[i-1]
		}
	}
	// "Japan Fund Inc ... the Fund": a legal suffix is no head.
	for len(w) > 2 && names.CorporateSuffix(strings.Trim(w[len(w)-1], ".,")) {
		w = w[:len(w)-1]
	}
	if len(w) < 2 {
		return ""
	}
	return w[len(w)-1]
}

// untitledLead is the person an office no one in the text holds refers to
// when a sentence or two before names someone without a title: "Gordon
// Brown has issued a rallying cry ... The chancellor said". Of the latest
// such sentence it takes the leftmost, its subject; -1 if none.
func (p *pass) untitledLead(k int) int {
	m := &p.res.Mentions[k]
	if m.ofBody {
		return -1 // "the CEO of Harbrix" introduces someone, whoever came before
	}
	sent := p.seg.SentenceOf[m.From]
	best, bestSent := -1, int32(-1)
	// Mentions are in text order here: walk back from k, two sentences at most.
	for j := k - 1; j >= 0; j-- {
		c := &p.res.Mentions[j]
		if p.seg.SentenceOf[c.From] < sent-2 {
			break
		}
		if c.Kind != NameMention || c.Entity < 0 || c.InQuote || c.From >= m.From {
			continue
		}
		s := p.seg.SentenceOf[c.From]
		if s < bestSent {
			continue
		}
		e := p.res.Entities[c.Entity]
		if e.Type != Person || e.Title != "" && !p.honorific(e.Title) || len(e.words) < 2 ||
			m.place != "" && e.Place != "" && m.place != e.Place || p.passiveAfter(c.To) {
			continue
		}
		best, bestSent = c.Entity, s
	}
	return best
}

// passiveAfter reports a passive verb group at token k ("was shot", "had
// been arrested"): the person before it is what happened to, the victim or
// the accused, not an office holder the text goes on to quote.
func (p *pass) passiveAfter(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	switch p.words[k] {
	case "was", "were", "is", "are":
		k++
	case "has", "had", "have":
		if k+1 >= len(p.toks) || p.words[k+1] != "been" {
			return false
		}
		k += 2
	default:
		return false
	}
	if k >= len(p.toks) || p.toks[k].Kind != segment.Word {
		return false
	}
	w := p.words[k]
	return len(w) > 3 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// irregularParticiples are past participles of what befalls people, which
// do not end in -ed.
var irregularParticiples = map[string]bool{"shot": true, "hit": true, "struck": true, "held": true, "taken": true,
	"beaten": true, "stabbed": true, "caught": true, "found": true, "sentenced": true, "hurt": true, "slain": true}

// Antecedent finds the person a he/she at token i refers to: the nearest
// earlier person mentioned outside quotes in the last few sentences whose
// gender does not conflict.
func (p *pass) Antecedent(i int, gender byte) (int, bool) {
	return antecedent(p.res, p.seg.SentenceOf, i, gender)
}

// extends: name's words begin with words and hold more.
func extends(name string, words []string) bool {
	f := strings.Fields(name)
	return len(words) > 0 && len(f) > len(words) && slices.Equal(f[:len(words)], words)
}
