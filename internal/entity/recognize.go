package entity

import (
	"github.com/claimgraph/claimgraph/internal/names"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// Recognizer finds and links entity mentions. It is safe for concurrent use.
type Recognizer struct {
	lx *Lexicons
}

// NewRecognizer loads the embedded lexicons.
func NewRecognizer() *Recognizer { return &Recognizer{lx: loadLexicons()} }

// IsTitle reports whether words[i:] starts with a title ("prime minister"),
// returning its length in tokens.
func (rc *Recognizer) IsTitle(words []string, i int) int {
	n, _ := rc.lx.matchTitle(words, i)
	return n
}

// pass holds the state of one recognition run.
type pass struct {
	lx      *Lexicons
	seg     *segment.Segmentation
	toks    []segment.Token
	words   []string
	inQuote []bool
	// captions marks short paragraphs that do not end as sentences do.
	captions []bool
	res      *Result
	// places are the names this document's grammar makes places ("in
	// Veldoria"), by first token, used as the gazetteer is.
	places map[string][]casePhrase
	// titleCase marks the sentences set in Title Case (headings).
	titleCase []bool
	// lower holds the words the document writes in lower case, built on
	// first use.
	lower map[string]bool
	// byHead and bodyByLast index bodies by their head noun and last name
	// word, so that "the Bank" and "the Times" find theirs in one lookup.
	byHead, bodyByLast map[string][]int
	// bodyByFirst and bodyByCore index bodies by their first word and by
	// their last word before legal suffixes ("Microwave" in "California
	// Microwave Inc"), for the short forms a text gives them.
	bodyByFirst, bodyByCore map[string][]int
	// initials holds each body's initials for acronymOf, computed once.
	initials []string
	// placeEnds maps the token a place's name ends before to its country.
	placeEnds map[int]string
	// byWord finds entities by the words of their names.
	byWord wordIndex
	// misspell indexes names by their one-letter deletions, and counts
	// the document's words; both built on first use.
	misspell map[string][]int
	counts   map[string]int
}

// Recognize finds the entities of a segmented document.
func (rc *Recognizer) Recognize(seg *segment.Segmentation, inQuote []bool) *Result {
	p := &pass{lx: rc.lx, seg: seg, toks: seg.Tokens, inQuote: inQuote, res: &Result{words: seg.Words}}
	p.words = seg.Words
	p.titleCase = make([]bool, len(seg.Sentences))
	for si, sp := range seg.Sentences {
		p.titleCase[si] = p.isTitleCase(sp)
	}
	p.places = p.findPlaces()
	p.res.narrated = narratedSentences(seg, inQuote)
	for si, sp := range seg.Sentences {
		titleCase := p.titleCase[si]
		for i := sp.From; i < sp.To; {
			i += p.matchAt(i, sp, titleCase)
		}
	}
	p.resolve()
	return p.res
}

// isTitleCase spots headings in Title Case, where capitals say nothing about names.
func (p *pass) isTitleCase(sp segment.Span) bool {
	words, caps := 0, 0
	for i := sp.From; i < sp.To; i++ {
		t := &p.toks[i]
		if t.Kind != segment.Word || len(t.Text) < 4 {
			continue
		}
		words++
		if t.Cap() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

func (p *pass) emit(m Mention) {
	m.Entity = -1
	m.Start, m.End = p.toks[m.From].Start, p.toks[m.To-1].End
	if p.inQuote != nil {
		m.InQuote = p.inQuote[m.From]
	}
	m.caption = p.caption(m.From)
	p.res.Mentions = append(p.res.Mentions, m)
}

// creditWords open a byline or credit line: "(Reporting by Kevin Murphy;
// Editing by ...)", "By Dana Whitfield", "Contributing: ...".
var creditWords = map[string]bool{"reporting": true, "editing": true, "by": true, "contributing": true, "additional": true, "writing": true}

// credits reports a byline or credit paragraph, whose names are the
// reporters', never what a later "he" stands for.
func (p *pass) credits(par segment.Span) bool {
	k := par.From
	if p.words[k] == "(" && k+1 < par.To {
		k++
	}
	if !creditWords[p.words[k]] || !p.toks[k].Cap() || k+1 >= par.To {
		return false
	}
	if p.words[k] == "by" {
		// "By Dana Whitfield" alone on its line, not "By Monday, Dana
		// Whitfield had left".
		return par.To-par.From <= maxByline && p.isNamePart(k+1, false)
	}
	return p.words[k+1] == "by" || p.words[k+1] == ":"
}

// maxByline bounds a "By ..." byline paragraph.
const maxByline = 8

// maxCaption bounds the tokens of a paragraph read as a caption.
const maxCaption = 15

// caption reports token i in a short paragraph that does not end as a
// sentence does: "New photo of ISIS leader Abu Bakr al-Baghdadi".
func (p *pass) caption(i int) bool {
	if p.captions == nil {
		p.captions = make([]bool, len(p.seg.Paragraphs))
		for k, par := range p.seg.Paragraphs {
			if par.To <= par.From {
				continue
			}
			if p.credits(par) {
				p.captions[k] = true
				continue
			}
			if par.To-par.From > maxCaption {
				continue
			}
			last := &p.toks[par.To-1]
			p.captions[k] = last.Kind != segment.Quote && last.Text != "." && last.Text != "!" && last.Text != "?" && last.Text != "…"
		}
	}
	return p.captions[p.seg.ParagraphOf[p.seg.SentenceOf[i]]]
}

// matchAt recognizes what starts at token i and returns how many tokens it consumed.
func (p *pass) matchAt(i int, sp segment.Span, titleCase bool) int {
	t := &p.toks[i]
	if t.Kind != segment.Word {
		return 1
	}
	// Every particle prefix holds a hyphen, so the hyphen test covers
	// "al-Baghdadi"; lowerStart holds the particle words too.
	if !t.Cap() && !strings.ContainsRune(t.Text, '-') && !p.lx.lowerStart[t.Lower] && (t.Text == t.Lower || !p.lx.lowerStart[t.Text]) {
		return 1
	}
	if p.pluralOfficeLetters(i) {
		return 1 // "the MPs", "two CEOs": people by their office, no name
	}
	if n := p.matchRole(i, sp, titleCase); n > 0 {
		return n
	}
	if n, k := p.matchName(i, sp.To); n > 0 {
		if k.typ == GPE {
			if h := p.outletAfter(i+n, sp.To); h > 0 {
				// "The Dallas Morning News": the place names the paper.
				p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Outlet, name: p.text(i, h)})
				return h - i
			}
			if h := p.orgHeadAfter(i+n, sp.To); h > 0 {
				p.emit(Mention{From: i, To: i + n, Kind: NameMention, typ: GPE, name: k.canonical, place: k.country})
				p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Org, name: p.text(i, h)})
				return h - i
			}
			if h := p.commonRunAfter(i+n, sp); h > 0 {
				// "North Korea Intellectuals Solidarity", "Iraq Body
				// Count": a body named after its place and what it does.
				p.emit(Mention{From: i, To: i + n, Kind: NameMention, typ: GPE, name: k.canonical, place: k.country})
				p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Org, name: p.text(i, h)})
				return h - i
			}
			if h := p.companyAfter(i+n, sp); h > 0 {
				// "Florida Power and Light Co": the place names the company.
				p.emit(Mention{From: i, To: i + n, Kind: NameMention, typ: GPE, name: k.canonical, place: k.country})
				p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Org, name: p.text(i, h)})
				return h - i
			}
		}
		if k.typ == Org || k.typ == Outlet {
			if h := p.orgHeadAfter(i+n, sp.To); h > 0 && p.toks[h-1].Cap() {
				// "European Community Commission": a body of a known
				// body; "Yonhap News Agency": a known outlet's full name.
				p.emit(Mention{From: i, To: h, Kind: NameMention, typ: k.typ, name: p.text(i, h)})
				return h - i
			}
		}
		if p.firstNameAhead(i, n, sp) {
			return p.matchNameRun(i, sp, titleCase)
		}
		p.emit(Mention{From: i, To: i + n, Kind: NameMention, typ: k.typ, name: k.canonical, place: k.country})
		return n
	}
	if p.peopleWord(t.Text) {
		if h := p.outletAfter(i+1, sp.To); h > 0 {
			// "The Austrian Times": a people's adjective names the paper.
			p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Outlet, name: p.text(i, h)})
			return h - i
		}
		if h := p.orgHeadAfter(i+1, sp.To); h > 0 {
			p.emit(Mention{From: i, To: h, Kind: NameMention, typ: Org, name: p.text(i, h)})
			return h - i
		}
		// The place a people's word names ("Russian": Russia), so that
		// "the Russian leader" can find who leads it.
		pl := p.lx.norp[t.Text]
		if pl == "" {
			pl = p.lx.norp[strings.TrimSuffix(t.Text, "s")]
		}
		p.emit(Mention{From: i, To: i + 1, Kind: NameMention, typ: NORP, name: t.Text, place: pl})
		return 1
	}
	if strings.ContainsRune(t.Text, '-') && !hasParticle(t.Lower) {
		if p.matchCompound(i) || !capitalParts(t.Text) {
			return 1
		}
		if p.peoplesCompound(t.Text) {
			// "Israeli-Canadian Gill Rosenberg": what she is, not her name.
			p.emit(Mention{From: i, To: i + 1, Kind: NameMention, typ: NORP, name: t.Text})
			return 1
		}
		// "Asante-Mensah", "Bobo-Dioulasso": a hyphenated name of its own.
	}
	if particleWords[t.Lower] && p.particleName(i, sp.To, titleCase) > 0 {
		// "van der Berg said": a surname that opens with its particles.
		return p.matchNameRun(i, sp, titleCase)
	}
	if g, ok := p.lx.pronouns[t.Lower]; ok && (t.Lower == "he" || t.Lower == "she") {
		p.emit(Mention{From: i, To: i + 1, Kind: PronounMention, gender: g})
		return 1
	}
	if n := p.outletLed(i, sp, titleCase); n > 0 {
		return n
	}
	if p.isNamePart(i, titleCase) {
		return p.matchNameRun(i, sp, titleCase)
	}
	if n := p.commonWordOpensBody(i, sp, titleCase); n > 0 {
		return n
	}
	return 1
}

// outletLed matches an outlet whose name opens with a word that says so
// and goes on with a place or name: "Radio Canada", "Daily Velmoor".
func (p *pass) outletLed(i int, sp segment.Span, titleCase bool) int {
	t := &p.toks[i]
	if titleCase || !t.Cap() || !p.lx.outletStarts[t.Lower] || i+1 >= sp.To || !p.toks[i+1].Cap() || p.toks[i+1].Kind != segment.Word {
		return 0
	}
	j := i + 1
	for j < sp.To && j-i < 4 {
		if n, _ := p.matchName(j, sp.To); n > 0 {
			j += n // "Radio Free Europe": a place inside the name
		} else if p.isNamePart(j, titleCase) {
			j++
		} else {
			break
		}
	}
	if j-i < 2 || j-i > 4 {
		return 0
	}
	p.emit(Mention{From: i, To: j, Kind: NameMention, typ: Outlet, name: p.text(i, j)})
	return j - i
}

// commonWordOpensBody matches a body's name whose first word is a
// capitalized common word inside a sentence ("eBay's New Technology
// Group", "the International Harbor Council"): in mid-sentence the capital
// is the name's, when the run after it ends in a body's head.
func (p *pass) commonWordOpensBody(i int, sp segment.Span, titleCase bool) int {
	t := &p.toks[i]
	if titleCase || i == sp.From || !t.Cap() || t.AllCaps() || !p.lx.common[t.Lower] || determiners[t.Lower] || i+1 >= sp.To || !p.isNamePart(i+1, titleCase) {
		return 0
	}
	if k := p.toks[i-1]; k.Kind == segment.Quote || k.Text == ":" {
		return 0 // a quotation or a heading opens a sentence of its own
	}
	j := p.scanNameRun(i+1, sp, titleCase)
	if !(j-i >= 3 && p.bodyEnd(j-1) || j-i >= 2 && j-i <= 4 && p.lx.outletStarts[t.Lower]) {
		return 0
	}
	typ := p.classifyRun(i, j)
	if typ != Org && typ != Outlet {
		return 0
	}
	p.emit(Mention{From: i, To: j, Kind: NameMention, typ: typ, name: p.text(i, j)})
	return j - i
}

// firstNameAhead: "Jordan Peterson" is a person even though Jordan is a country.
func (p *pass) firstNameAhead(i, n int, sp segment.Span) bool {
	if n != 1 || i+1 >= sp.To {
		return false
	}
	_, first := p.lx.firstNames[p.words[i]]
	return first && p.toks[i+1].Kind == segment.Word && p.toks[i+1].Cap() && !p.lx.common[p.words[i+1]]
}

// matchCompound emits the known names inside "U.S.-Iraq" or "Russia-Ukraine".
func (p *pass) matchCompound(i int) bool {
	t := &p.toks[i]
	off := t.Start
	found := false
	for _, part := range strings.Split(t.Text, "-") {
		if cands, ok := p.lx.names[part]; ok {
			for _, c := range cands {
				if len(c.words) == 1 {
					m := Mention{From: i, To: i + 1, Kind: NameMention, typ: c.entry.typ, name: c.entry.canonical, Entity: -1}
					m.Start, m.End = off, off+len(part)
					if p.inQuote != nil {
						m.InQuote = p.inQuote[i]
					}
					p.res.Mentions = append(p.res.Mentions, m)
					found = true
					break
				}
			}
		}
		off += len(part) + 1
	}
	return found
}

// capitalParts reports a hyphenated word whose every part is capitalized.
func capitalParts(s string) bool {
	for _, part := range strings.Split(s, "-") {
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// particleName finds, after particles from token i ("van der", "de la"),
// the name part that ends them, and returns its index, or 0 if there is none.
func (p *pass) particleName(i, end int, titleCase bool) int {
	j := i
	for j < end && j-i < 3 && particleWords[p.words[j]] {
		j++
	}
	if j > i && j < end && p.isNamePart(j, titleCase) {
		return j
	}
	return 0
}

// maxOrgHeadReach is how many words a body's name may run after a place or
// people's adjective before its head: "Welsh Students Rugby Football Union".
const maxOrgHeadReach = 5

// orgHeadAfter matches "(adj) ministry|government|military" after a place or
// nationality word and returns the end token, or 0.
func (p *pass) orgHeadAfter(j, end int) int {
	for k := j; k < end && k < j+maxOrgHeadReach; k++ {
		t := &p.toks[k]
		if t.Kind != segment.Word || modifierCompound(t.Text) {
			return 0 // "the Syrian Al-Qaeda-linked Nusra Front": the body is named after the modifier
		}
		if p.lx.orgHeads[t.Lower] {
			// "US forces said" is an organization; "US forces in Iraq" too;
			// "Syrian Observatory for Human Rights" goes on with its "for".
			if w := k + 1; t.Cap() && w+1 < end && (p.words[w] == "of" || p.words[w] == "for" || p.words[w] == "on") && p.isNamePart(w+1, false) {
				e := p.scanNameRun(w+1, segment.Span{From: w + 1, To: end}, false)
				for e+1 < end && p.words[e] == "and" && p.bodyFieldAfter(e+1, end, false) {
					e = p.scanNameRun(e+1, segment.Span{From: e + 1, To: end}, false)
				}
				return e
			}
			return p.companyTail(k+1, segment.Span{From: j, To: end})
		}
		if t.Cap() {
			if _, first := p.lx.firstNames[t.Lower]; first {
				return 0 // "the US Barack Obama administration": a person's name
			}
			continue // "Michigan General Corp", "Texas Commerce Bank"
		}
		if p.lx.common[t.Lower] {
			return 0
		}
	}
	return 0
}

var particles = []string{"al-", "el-", "bin-", "ibn-", "abu-", "abd-", "ben-", "de-", "d'", "o'", "mc", "mac"}

func hasParticle(lower string) bool {
	for _, pr := range particles[:8] {
		if strings.HasPrefix(lower, pr) {
			return true
		}
	}
	return false
}

// modifierCompound reports a hyphenated word whose last part is a
// participle written small ("Al-Qaeda-linked", "Kremlin-backed"): it
// describes the name after it and is no part of it. "Lindqvist-Ørsted"
// is a name: its last part is capitalized; so is "Li Ka-shing".
func modifierCompound(text string) bool {
	k := strings.LastIndexByte(text, '-')
	if k < 0 {
		return false
	}
	last := text[k+1:]
	r, _ := utf8.DecodeRuneInString(last)
	// English participles are long; "Ka-shing", "Chien-ming" are given
	// names written small after the hyphen.
	return unicode.IsLower(r) && (len(last) >= 5 && strings.HasSuffix(last, "ed") || len(last) >= 6 && strings.HasSuffix(last, "ing"))
}

var particleWords = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "de": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "da": true, "di": true, "du": true, "del": true, "dos": true, "abu": true, "st.": true}

// isNamePart reports a token that can be part of a proper name.
func (p *pass) isNamePart(i int, titleCase bool) bool {
	t := &p.toks[i]
	if t.Kind != segment.Word || modifierCompound(t.Text) {
		return false // "Al-Qaeda-linked", "Kremlin-backed" describe the name after them
	}
	if hasParticle(t.Lower) {
		rest := t.Text[strings.IndexAny(t.Text, "-'’")+1:]
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	if p.initial(i) {
		return true // though "A." and "I." are common words: "James A. Baker"
	}
	if !t.Cap() || p.lx.common[t.Lower] {
		return false
	}
	if t.AllCaps() && len(t.Text) > 5 {
		return false // shouted words in headings
	}
	if titleCase && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing") && p.givenNameAt(i+1) {
		if _, first := p.lx.firstNames[t.Lower]; !first {
			// "Why Progressives Are Celebrating Hillary Clinton's Speech":
			// a verb the headline capitalized, before a given name; but
			// "Orlan Kettering." is a name.
			return false
		}
	}
	return true
}

// givenNameAt reports a capitalized known given name at token i.
func (p *pass) givenNameAt(i int) bool {
	if i >= len(p.toks) || !p.toks[i].Cap() {
		return false
	}
	_, first := p.lx.firstNames[p.words[i]]
	return first
}

// initial reports a capital letter written as an initial: one letter, a
// full stop right after it.
func (p *pass) initial(i int) bool {
	t := &p.toks[i]
	return len(t.Text) == 1 && t.Cap() && i+1 < len(p.toks) && p.toks[i+1].Text == "." && !p.toks[i+1].SpaceBefore
}

// matchNameRun collects a run of name parts and classifies it.
func (p *pass) matchNameRun(i int, sp segment.Span, titleCase bool) int {
	j := p.scanNameRun(i, sp, titleCase)
	n := j - i
	if _, first := p.lx.firstNames[p.words[i]]; n >= 3 && !titleCase && !first && p.lx.personNouns[p.words[i]] && !p.bodyEnd(j-1) && !p.allCommonNouns(i+1, j) {
		// "Astronomer Humberto Saballos": a person noun that describes
		// the name after it, not a part of it (but "National War
		// Memorial" is a thing's name throughout).
		p.emit(Mention{From: i, To: j, Kind: NameMention, typ: Person, name: p.text(i+1, j), role: p.words[i]})
		return n
	}
	typ := p.classifyRun(i, j)
	atStart := i == sp.From || (p.toks[i-1].Kind == segment.Quote && i-1 == sp.From)
	if titleCase && n == 1 {
		atStart = true // only known names in headings
	}
	if typ == Other && n >= 2 && titleCase {
		atStart = true
	}
	if n == 1 && p.lx.orgHeads[p.words[i]] {
		if i > sp.From && p.toks[i-1].Kind == segment.Word && p.toks[i-1].Cap() && !determiners[p.words[i-1]] && !atStart {
			// "Perkin-Elmer Corp", "News Corp": the word before names it.
			p.emit(Mention{From: i - 1, To: j, Kind: NameMention, typ: Org, name: p.text(i-1, j)})
			return n
		}
		// "the Bank", "the Commission": a description of a body, which
		// stands for the body of that head named in the text, if any.
		p.emit(Mention{From: i, To: j, Kind: RoleMention, typ: Org, name: p.text(i, j)})
		return n
	}
	p.emit(Mention{From: i, To: j, Kind: NameMention, typ: typ, name: p.text(i, j), sentStart: atStart && n == 1})
	return n
}

// scanNameRun returns the end of the run of name parts that starts at i.
func (p *pass) scanNameRun(i int, sp segment.Span, titleCase bool) int {
	return p.companyTail(p.scanNameParts(i, sp, titleCase), sp)
}

// companyAfter finds the end of a company's name that goes on from token
// j ("Power and Light Co" after "Florida"), or 0: a run of name parts
// that ends in a legal suffix.
func (p *pass) companyAfter(j int, sp segment.Span) int {
	if j >= sp.To || !p.toks[j].Cap() || p.toks[j].Kind != segment.Word {
		return 0
	}
	h := p.scanNameRun(j, sp, false)
	if h > j && names.CorporateSuffix(p.words[h-1]) {
		return h
	}
	return 0
}

// maxCompanyPartner bounds the names between "and" and a company's legal
// suffix: "Smith Barney Harris Upham and Co Inc", "Saatchi and Saatchi Co".
const maxCompanyPartner = 4

// companyTail extends a name run that ends at j over a company's legal
// suffixes ("Broken Hill Pty Co Ltd") and over an "and" when what follows
// ends in one ("Samuel Montagu and Co Ltd"): one company, not a person and
// a body called "Co Ltd".
func (p *pass) companyTail(j int, sp segment.Span) int {
	suffix := func(k int) bool {
		// Wire copy writes the legal form in lower case too ("Norton co
		// said"): after a name, a suffix is one whatever its case.
		return k < sp.To && p.toks[k].Kind == segment.Word && (p.toks[k].Cap() || k == j && k > sp.From && p.toks[k-1].Cap() && p.lx.lowerSuffixes[p.words[k]]) && names.CorporateSuffix(p.words[k])
	}
	for suffix(j) {
		j++
	}
	if j+1 >= sp.To || p.words[j] != "and" {
		return j
	}
	if k := j + 1; p.lx.outletEnds[p.words[j-1]] && p.toks[k].Cap() && p.lx.outletEnds[p.words[k]] && (k+1 >= sp.To || !p.toks[k+1].Cap()) {
		return k + 1 // "The Globe and Mail", "The News and Observer": one paper
	}
	k := j + 1
	for k < sp.To && k-j <= maxCompanyPartner && p.toks[k].Kind == segment.Word && p.toks[k].Cap() && !suffix(k) {
		k++
	}
	if !suffix(k) {
		// "Velmoor Savings and Loan Association": a body's head after
		// "and" when none came before it.
		if k > j+1 && p.lx.orgHeads[p.words[k-1]] && (p.lx.portfolios[p.words[j-1]] || p.lowerElsewhere(p.words[j-1]) || CommonNoun(p.words[j-1])) {
			if k+1 < sp.To && (p.words[k] == "of" || p.words[k] == "for") && p.isNamePart(k+1, false) {
				k = p.scanNameParts(k+1, sp, false) // "... Loan Association of Newport Beach"
			}
			return k
		}
		return j
	}
	for suffix(k) {
		k++
	}
	return k
}

// scanNameParts collects the parts of one name from token i.
func (p *pass) scanNameParts(i int, sp segment.Span, titleCase bool) int {
	j := i
	inField := false // inside "Committee on ...": "and" may go on with the name
	for j < sp.To {
		t := &p.toks[j]
		switch {
		case j == i:
			j++
		case p.lx.postNominals[t.Lower] && t.AllCaps():
			return j // "Michael Mansfield QC": letters after the name
		case t.Lower == "and" && inField && p.bodyFieldAfter(j+1, sp.To, titleCase):
			j += 2 // "Committee on Intelligence and Security", "Department of Health and Human Services"
		case p.acronymThenPerson(j):
			return j // "CNBC Jon Fortt": an outlet's letters, then a person's name
		case j == i+1 && p.wordSurname(i, sp, titleCase):
			j++
			if j < sp.To && p.lx.common[p.words[j]] {
				return j
			}
			continue
		case p.isNamePart(j, titleCase):
			j++
		case p.toks[j].Cap() && p.bodyEnd(j):
			j++ // "Automotive News", "Walker Energy Partners": a common word that ends a body's name
		case particleWords[t.Lower] && p.particleName(j, sp.To, titleCase) > 0:
			j = p.particleName(j, sp.To, titleCase) + 1 // "Marieke van der Berg", "María de la Cruz Ortega"
		case t.Text == "." && len(p.toks[j-1].Text) == 1 && !t.SpaceBefore && j+1 < sp.To && p.isNamePart(j+1, titleCase):
			j++ // initial: John F. Kennedy
		case (t.Lower == "of" || t.Lower == "for" || t.Lower == "on") && p.lx.orgHeads[p.words[j-1]] && j+1 < sp.To && p.isNamePart(j+1, titleCase):
			j += 2
			inField = true
		default:
			return j
		}
		// A known place or outlet ends a person's name: "Obama Washington" is two.
		if j < sp.To {
			if n, _ := p.matchName(j, sp.To); n > 0 && !p.lx.orgHeads[p.words[min(j+n, sp.To-1)]] && !names.CorporateSuffix(p.words[min(j+n, sp.To-1)]) && !p.bodyEnd(j+n-1) {
				// ... but "International Business Times" is one name,
				// though "Times" alone is a paper too.
				if _, first := p.lx.firstNames[p.words[i]]; !first || j-i >= 2 {
					return j
				}
			}
			ofBody := (p.words[j] == "of" || p.words[j] == "for" || p.words[j] == "on") && p.lx.orgHeads[p.words[j-1]]
			andField := p.words[j] == "and" && inField && p.bodyFieldAfter(j+1, sp.To, titleCase)
			if !ofBody && !andField && !(p.toks[j].Cap() && p.bodyEnd(j)) && (p.lx.common[p.words[j]] && !p.initial(j) || p.isTitleAt(j)) && !(j == i+1 && p.wordSurname(i, sp, titleCase)) {
				return j
			}
		}
	}
	return j
}

// pluralOfficeLetters reports the plural of letters that name an office or
// its holders at token i ("MPs", "MEPs", "CEOs"): a group of unnamed people.
func (p *pass) pluralOfficeLetters(i int) bool {
	return p.toks[i].Cap() && PluralOffice(p.toks[i].Text)
}

// peopleWord reports a people's adjective or, for a nation, its plural
// noun ("Russian", "Russians"); the plural of a party's adjective is the
// party ("the Conservatives").
func (p *pass) peopleWord(w string) bool {
	if _, ok := p.lx.norp[w]; ok {
		return true
	}
	return strings.HasSuffix(w, "s") && p.lx.norp[strings.TrimSuffix(w, "s")] != ""
}

// peoplesCompound reports a hyphenated word whose every part is a people's
// adjective ("Israeli-Canadian").
// A part no list holds counts when it is shaped like one
// ("Velkori-Canadian"), so long as one part is known.
func (p *pass) peoplesCompound(w string) bool {
	known := false
	for _, part := range strings.Split(w, "-") {
		if _, ok := p.lx.norp[part]; ok {
			known = true
			continue
		}
		if !p.demonymShape(part) {
			return false
		}
	}
	return known
}

// demonymShape reports a capitalized word ending as peoples' adjectives do
// ("Velkori", "Dorbanian", "Marenese", "Kestish").
func (p *pass) demonymShape(w string) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for suf := range p.lx.demonymEnds {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// wordSurname reports a capitalized common word right after the given
// name at token i that is the family name: "Theresa May said", "John
// Major", "Clare Short". Capitals inside a sentence in running text say
// name; a number after it says date ("Kelly May 5").
func (p *pass) wordSurname(i int, sp segment.Span, titleCase bool) bool {
	j := i + 1
	if titleCase || j >= sp.To || !p.lx.common[p.words[j]] {
		return false
	}
	if _, first := p.lx.firstNames[p.words[i]]; !first || !p.toks[i].Cap() || p.toks[i].AllCaps() {
		return false
	}
	if i > sp.From && determiners[p.words[i-1]] {
		return false // "the Michael Report": a thing named after someone
	}
	t := &p.toks[j]
	if t.Kind != segment.Word || !t.Cap() || t.AllCaps() || len(t.Text) < 3 || strings.ContainsAny(t.Text, "'’") {
		return false // "Kevin I'd"
	}
	if _, pronoun := p.lx.pronouns[p.words[j]]; pronoun {
		return false
	}
	if j+1 >= sp.To {
		return true
	}
	if p.words[j+1] == "of" {
		return false // "Maria Full of Grace": a title
	}
	// A title word ends the name only when a name follows it: "John Major
	// said", but "Ali General Smith".
	n := &p.toks[j+1]
	return n.Kind != segment.Number && !(p.isTitleAt(j) && n.Kind == segment.Word && n.Cap())
}

// commonRunAfter is the end of a run of two to four capitalized common
// nouns from token j ("Intellectuals Solidarity", "Body Count"), or of one
// in the plural ("Rangers"), or 0: with a place before it, a body's name.
func (p *pass) commonRunAfter(j int, sp segment.Span) int {
	k := j
	for k < sp.To && k-j < 4 && p.toks[k].Kind == segment.Word && p.toks[k].Cap() && !p.toks[k].AllCaps() && CommonNoun(p.words[k]) && !p.lx.common[p.words[k]] {
		if _, first := p.lx.firstNames[p.words[k]]; first {
			return 0
		}
		k++
	}
	if k < sp.To && p.toks[k].Kind == segment.Word && p.toks[k].Cap() {
		return 0
	}
	if k-j == 1 && !strings.HasSuffix(p.words[j], "s") || k == j {
		return 0 // "Iraq War" is an event; "Glasgow Rangers", a team, is a body
	}
	return k
}

// allCommonNouns: every capitalized word of tokens [i, j) is an English
// noun or adjective that is no part of a name (or the plural of one).
func (p *pass) allCommonNouns(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.toks[k].Cap() || particleWords[p.words[k]] {
			continue
		}
		if !CommonNoun(p.words[k]) {
			return false
		}
	}
	return true
}

// acronymThenPerson: token j is a first name with a surname after it and
// token j-1 is an acronym ("CNBC Jon Fortt", "BBC Nick Robinson"): two
// names side by side, not one.
func (p *pass) acronymThenPerson(j int) bool {
	if j == 0 || j+1 >= len(p.toks) || !p.toks[j-1].AllCaps() || len(p.toks[j-1].Text) < 2 || p.toks[j].AllCaps() {
		return false
	}
	if _, first := p.lx.firstNames[p.words[j]]; !first {
		return false
	}
	n := &p.toks[j+1]
	return n.Kind == segment.Word && n.Cap() && !n.AllCaps()
}

// bodyEnd reports a word that ends the name of a body or an outlet
// ("News", "Partners", "Ltd").
func (p *pass) bodyEnd(k int) bool {
	return p.lx.orgHeads[p.words[k]] || p.lx.outletEnds[p.words[k]] || names.CorporateSuffix(p.words[k])
}

// bodyFieldAfter reports a capitalized word after "and" that goes on
// naming a body's field, not a second name: a portfolio or a word the text
// also writes in lower case, and not a first name, a known name, or an
// organization's head ("the Department of Defense and Google").
func (p *pass) bodyFieldAfter(k, end int, titleCase bool) bool {
	if k >= end || !p.isNamePart(k, titleCase) {
		return false
	}
	if _, first := p.lx.firstNames[p.words[k]]; first {
		return false
	}
	if n, _ := p.matchName(k, end); n > 0 || p.lx.orgHeads[p.words[k]] {
		return false
	}
	// A field is a common word ("Security", "Health"); a person's name
	// mostly is not.
	return p.lx.portfolios[p.words[k]] || p.lowerElsewhere(p.words[k])
}

func (p *pass) isTitleAt(j int) bool {
	n, _ := p.lx.matchTitle(p.words, j)
	return n > 0
}

var locative = map[string]bool{"in": true, "at": true, "near": true, "from": true, "across": true, "outside": true,
	"inside": true, "throughout": true, "into": true, "toward": true, "towards": true}

// outletAfter extends a place by capitalized words up to an outlet's last
// word ("Morning News", "Post") and returns the end token, or 0.
func (p *pass) outletAfter(j, end int) int {
	capital := func(k int) bool { return k < end && p.toks[k].Kind == segment.Word && p.toks[k].Cap() }
	for k := j; k < end && k < j+3; k++ {
		if !capital(k) {
			return 0
		}
		if p.lx.outletEnds[p.words[k]] && !capital(k+1) {
			return k + 1
		}
	}
	return 0
}

func (p *pass) classifyRun(i, j int) Type {
	if j-i >= 2 && j-i <= 3 && p.toks[i].AllCaps() && len(p.toks[i].Text) >= 2 && !p.toks[j-1].AllCaps() {
		return Org // "CSS Insight", "KGI Securities": an acronym opens a firm's name
	}
	if j-i >= 2 && j-i <= 4 && (p.lx.outletEnds[p.words[j-1]] || p.lx.outletStarts[p.words[i]]) {
		return Outlet
	}
	if _, ok := p.lx.norp[p.toks[j-1].Text]; ok && j-i <= 2 {
		return NORP // "West German", "South Korean": an adjective of a people
	}
	for k := i; k < j; k++ {
		if p.lx.orgHeads[p.words[k]] || k > i && names.CorporateSuffix(p.words[k]) {
			return Org // "Texas Commerce Bank", "Mannesmann AG"
		}
	}
	if j-i >= 2 && p.lx.docHeads[p.words[j-1]] {
		return Other // "Data Retention Bill", "Patriot Act": a law, not a person
	}
	if i > 0 && j-i <= 3 && !p.toks[i-1].Cap() && p.lx.personNouns[p.words[i-1]] && !p.bodyEnd(j-1) {
		return Person // "assistant boss Bowen", "striker Ian Rush": a person noun names what follows
	}
	if _, ok := p.lx.firstNames[p.words[i]]; ok && j-i >= 2 {
		return Person
	}
	if i > 0 && p.words[i-1] == "the" && j-i <= 3 {
		if i > 1 && p.words[i-2] == "by" {
			return Outlet // "reported by the Harbor Courier"
		}
		return Org
	}
	if i > 0 && p.words[i-1] == "by" && j-i == 1 {
		// "reported by Kyodo"; but "statements made by Piaget Crenshaw"
		// are a person's.
		return Outlet
	}
	if i > 0 && locative[p.words[i-1]] {
		return GPE // "in Santa Monica": a place, though not in the gazetteer
	}
	if j-i >= 2 && j-i <= 4 {
		for k := i; k < j; k++ {
			if !p.toks[k].Cap() || particleWords[p.words[k]] || hasParticle(p.words[k]) || p.initial(k) {
				continue // "van der", "al-": particles are written small; "A." is an initial
			}
			if p.lowerElsewhere(p.words[k]) {
				// "Holocaust Day", "Beautiful Launderette": words the text
				// also writes in lower case make a title or an event, not
				// a person without a known first name.
				return Other
			}
		}
		if p.allCommonNouns(i, j) {
			return Other // "War Memorial", "Intellectuals Solidarity": things, not a person
		}
		return Person
	}
	return Other
}

func (p *pass) text(i, j int) string {
	return p.seg.Text[p.toks[i].Start:p.toks[j-1].End]
}
