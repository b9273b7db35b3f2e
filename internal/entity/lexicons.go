package entity

import (
	"embed"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// known is a gazetteer entry: a canonical name and its type.
type known struct {
	canonical string
	typ       Type
	kind      string // GPE kind (country, city, state) or NORP place
	country   string // the country a GPE lies in (itself for a country)
}

// casePhrase is a multi-token name matched case-sensitively on token text.
type casePhrase struct {
	words []string
	entry known
}

type title struct {
	canonical string
	kind      string // office, generic, honorific, honorific-m, honorific-f
}

// Lexicons holds every word list the recognizer uses; it is read-only after
// construction and shared by all analyses.
type Lexicons struct {
	names      map[string][]casePhrase // first token text -> phrases
	norp       map[string]string       // adjective -> place canonical
	titles     lexicon.PhraseSet
	titleInfo  map[string]title // joined lower words -> title
	orgHeads   map[string]bool
	outletEnds map[string]bool
	firstNames map[string]byte
	common     map[string]bool
	pronouns   map[string]byte
	roleMods   map[string]bool
	portfolios map[string]bool // portfolios.txt: "finance", "foreign"
	qualifiers map[string]bool // office_qualifiers.txt: "shadow", "former"
	// lowerStart holds the lower-case words that may open a mention; any
	// other lower-case token is skipped with one lookup.
	lowerStart map[string]bool
}

func loadLexicons() *Lexicons {
	lx := &Lexicons{
		names:      map[string][]casePhrase{},
		norp:       map[string]string{},
		titles:     lexicon.PhraseSet{},
		titleInfo:  map[string]title{},
		orgHeads:   lexicon.Set(lexiconFS, "lexicon/org_heads.txt"),
		outletEnds: lexicon.Set(lexiconFS, "lexicon/outlet_heads.txt"),
		firstNames: map[string]byte{},
		common:     lexicon.Set(lexiconFS, "lexicon/common_words.txt"),
		pronouns:   map[string]byte{},
		roleMods:   lexicon.Set(lexiconFS, "lexicon/role_modifiers.txt"),
		portfolios: lexicon.Set(lexiconFS, "lexicon/portfolios.txt"),
		qualifiers: lexicon.Set(lexiconFS, "lexicon/office_qualifiers.txt"),
	}
	// Hand-written short forms and regions first, so that their canonical
	// names win ("United States" for "US"); then the generated gazetteer
	// of countries, subdivisions and cities (tools/genlex/places.py).
	for _, file := range []string{"lexicon/gpe.txt", "lexicon/places.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, file) {
			k := known{canonical: e.Field(0), typ: GPE, kind: e.Field(2), country: e.Field(3)}
			if k.kind == "country" {
				k.country = k.canonical
			}
			lx.addName(e.Field(0), k)
			for _, a := range splitList(e.Field(1)) {
				lx.addName(a, k)
			}
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/orgs.txt") {
		k := known{canonical: e.Field(0), typ: Type(e.Field(2))}
		lx.addName(e.Field(0), k)
		for _, a := range splitList(e.Field(1)) {
			lx.addName(a, k)
		}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/norp.txt") {
		if strings.Contains(e.Field(0), " ") {
			// "Lib Dem", "West German": matched as a name of the group.
			lx.addName(e.Field(0), known{canonical: e.Field(0), typ: NORP, kind: e.Field(1)})
			continue
		}
		lx.norp[e.Field(0)] = e.Field(1)
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/titles.txt") {
		words := strings.Join(strings.Fields(strings.ToLower(e.Field(0))), " ")
		lx.titles.Add(tokenWords(words)[0])
		lx.titleInfo[strings.Join(strings.Fields(strings.Join(tokenWords(words), " ")), " ")] = title{canonical: e.Field(1), kind: e.Field(2)}
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/first_names.txt") {
		lx.firstNames[strings.ToLower(e.Field(0))] = e.Field(1)[0]
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/pronouns.txt") {
		lx.pronouns[e.Field(0)] = e.Field(1)[0]
	}
	lx.lowerStart = map[string]bool{"he": true, "she": true}
	for w := range determiners {
		lx.lowerStart[w] = true
	}
	for w := range lx.titles {
		lx.lowerStart[w] = true
	}
	for w := range lx.roleMods {
		lx.lowerStart[w] = true
	}
	for w := range lx.qualifiers {
		lx.lowerStart[w] = true
	}
	for first := range lx.names {
		lx.lowerStart[first] = true
	}
	return lx
}

// tokenWords tokenizes a lexicon phrase the way documents are tokenized, so
// "Sen." and "U.S." match the tokens they become in text.
func tokenWords(s string) []string {
	toks := segment.Tokenize(s, 0, len(s), nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Lower)
	}
	return []string{strings.Join(out, " ")}
}

func (lx *Lexicons) addName(s string, k known) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ") {
		s = s[4:]
	}
	toks := segment.Tokenize(s, 0, len(s), nil)
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	lx.names[words[0]] = append(lx.names[words[0]], casePhrase{words: words, entry: k})
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// matchName finds the longest gazetteer name starting at token i.
func (lx *Lexicons) matchName(toks []segment.Token, i, end int) (int, known) {
	best, bestK := 0, known{}
	for _, p := range lx.names[toks[i].Text] {
		n := len(p.words)
		if n <= best || i+n > end {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if toks[i+j].Text != p.words[j] {
				ok = false
				break
			}
		}
		if ok {
			best, bestK = n, p.entry
		}
	}
	return best, bestK
}

// matchTitle finds the longest title starting at token i (case-insensitive).
func (lx *Lexicons) matchTitle(words []string, i int) (int, title) {
	p, ok := lx.titles.Match(words, i)
	if !ok {
		return 0, title{}
	}
	return len(p.Words), lx.titleInfo[strings.Join(p.Words, " ")]
}
