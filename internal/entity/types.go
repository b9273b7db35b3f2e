package entity

import "strings"

// Type is the kind of thing an entity is.
type Type string

// Entity types of the analysis record.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	GPE    Type = "GPE"
	NORP   Type = "NORP"
	Outlet Type = "OUTLET"
	Other  Type = "OTHER"
)

// MentionKind says how a mention names its entity.
type MentionKind uint8

// Mention kinds.
const (
	NameMention    MentionKind = iota // a proper name, full or partial
	RoleMention                       // a description: "the US envoy to Iraq"
	PronounMention                    // he, she, they, it, who
)

// Mention is one stretch of text that refers to an entity.
type Mention struct {
	From, To   int // token range
	Start, End int // byte range
	Kind       MentionKind
	Entity     int // index in Result.Entities, -1 while unresolved
	// InQuote is true for mentions inside quotation marks, which are the
	// speaker's words and so never antecedents for the reporter's pronouns.
	InQuote bool
	// caption is true for mentions in a short paragraph with no closing
	// punctuation (a picture caption, a link teaser, a heading): never an
	// antecedent for the pronoun of the paragraph after it.
	caption bool

	typ       Type
	name      string // the name part, for NameMention
	title     string // canonical title, for RoleMention and titled names
	role      string // the role text the mention carries
	place     string // canonical GPE of the role ("US" in "US envoy")
	gender    byte
	sentStart bool // a single word at a sentence start: a name only if known
	// ofBody: a role with a body of its own ("the CEO of Harbrix"), which
	// introduces its holder rather than naming someone the text gave.
	ofBody bool
}

// Entity is one referent with all its mentions.
type Entity struct {
	Name  string
	Type  Type
	Role  string
	Title string
	Place string
	// Country is set for a body named only by a function of the state
	// ("Finance Ministry"): the country it belongs to, "" if the text
	// does not say.
	Country  string
	Gender   byte
	Mentions []int // indexes in Result.Mentions, in text order

	words []string // Name normalized and split, kept in step by setName
}

func (e *Entity) setName(name string) {
	e.Name = name
	e.words = strings.Fields(normName(name))
}

// Result is the entity layer of one document.
type Result struct {
	Entities []*Entity
	Mentions []Mention
	// byToken maps a token to the mention that covers it (+1; 0 = none).
	byToken []int32
	// words are the document's tokens in lower case (shared, read only).
	words []string
	// positions caches byPosition; whoever reorders Mentions drops it.
	positions []int32
	// narrated counts, for each sentence, the sentences up to it that hold
	// the reporter's own words (a word outside quotation marks), so that a
	// pronoun after a long quotation still reaches the narration before it.
	narrated []int32
}

// MentionAt returns the mention covering token i, if any.
func (r *Result) MentionAt(i int) (*Mention, int, bool) {
	if i < 0 || i >= len(r.byToken) || r.byToken[i] == 0 {
		return nil, -1, false
	}
	k := int(r.byToken[i] - 1)
	return &r.Mentions[k], k, true
}

// bodyPrepositions join a person to the body they belong to.
var bodyPrepositions = map[string]bool{"of": true, "at": true, "with": true, "from": true, "for": true, "to": true}

// personOf finds a person mention that ends right before a preposition
// leading to token at ("Tulis of [the] Shearson"), inside [from, at).
func (r *Result) personOf(from, at int) (int, bool) {
	j := at - 1
	if j > from && r.words[j] == "the" {
		j--
	}
	if j <= from || !bodyPrepositions[r.words[j]] {
		return -1, false
	}
	m, k, ok := r.MentionAt(j - 1)
	if !ok || m.Entity < 0 || m.From < from || r.Entities[m.Entity].Type != Person {
		return -1, false
	}
	return k, true
}

// HeadMention returns the resolved mention that best names the referent of
// the token range [from, to): the last name mention of a person or
// organization that ends inside it, the way an English noun phrase puts its
// head last ("the US envoy to Iraq Alina Romanowski").
func (r *Result) HeadMention(from, to int) (int, bool) {
	best := -1
	for i := to - 1; i >= from; i-- {
		m, k, ok := r.MentionAt(i)
		if !ok || m.Entity < 0 {
			continue
		}
		t := r.Entities[m.Entity].Type
		if t == Person || t == Org || t == Outlet {
			if p, ok := r.personOf(from, m.From); ok && t != Person {
				// "analyst Daniel Tulis of Shearson Lehman": the person
				// is the head; the firm says which one.
				return p, true
			}
			return k, true
		}
		if best < 0 && t != NORP {
			best = k
		}
		i = m.From
	}
	return best, best >= 0
}

// AddMention attaches a new mention to entity e and returns its index.
func (r *Result) AddMention(m Mention, e int) int {
	m.Entity = e
	r.Mentions = append(r.Mentions, m)
	k := len(r.Mentions) - 1
	if e >= 0 {
		r.Entities[e].Mentions = append(r.Entities[e].Mentions, k)
	}
	return k
}

// NewEntity adds an entity with no mentions yet and returns its index.
func (r *Result) NewEntity(name string, t Type) int {
	e := &Entity{Type: t}
	e.setName(name)
	r.Entities = append(r.Entities, e)
	return len(r.Entities) - 1
}

// Clone returns a copy that can be extended (new mentions, new entities,
// a type settled) without changing r: a later stage resolves speakers on
// its own copy and leaves the recognizer's result as it was.
func (r *Result) Clone() *Result {
	c := &Result{Entities: make([]*Entity, len(r.Entities)), Mentions: append([]Mention(nil), r.Mentions...), byToken: r.byToken, words: r.words, narrated: r.narrated}
	for i, e := range r.Entities {
		ce := *e
		ce.Mentions = append([]int(nil), e.Mentions...)
		ce.words = append([]string(nil), e.words...)
		c.Entities[i] = &ce
	}
	return c
}

// KeepMentionsFrom drops, from every entity, the mentions at index n and
// beyond for which keep is false: a stage that added mentions while it
// searched keeps only those its accepted results use. byToken never covers
// such added mentions, so it stays as it is.
func (r *Result) KeepMentionsFrom(n int, keep func(m *Mention) bool) {
	for _, e := range r.Entities {
		ms := e.Mentions[:0]
		for _, k := range e.Mentions {
			if k < n || keep(&r.Mentions[k]) {
				ms = append(ms, k)
			}
		}
		e.Mentions = ms
	}
}

// Repoint moves mention k to entity e, or to none when e is -1: a later
// stage that settles a pronoun differently ("he" was the source quoted
// just before, not the person named last) leaves no stale link behind.
func (r *Result) Repoint(k, e int) {
	m := &r.Mentions[k]
	if m.Entity == e {
		return
	}
	if m.Entity >= 0 {
		old := r.Entities[m.Entity]
		for i, x := range old.Mentions {
			if x == k {
				old.Mentions = append(old.Mentions[:i:i], old.Mentions[i+1:]...)
				break
			}
		}
	}
	m.Entity = e
	if e >= 0 {
		r.Entities[e].Mentions = append(r.Entities[e].Mentions, k)
	}
}
