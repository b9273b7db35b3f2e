package quote

import (
	"embed"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

type cue struct {
	lemma  string
	class  string
	bare   bool // content may follow without "that"
	obj    bool // an addressee may precede the content
	acc    bool // "accused X of ..."
	out    bool // "pointed out"
	record bool // bare only after a record: "a poll shows Sanders leading"
	wh     bool // the content may be a question: "asked how he was feeling"
	noun   bool // this form is mostly a noun ("the early states"): a verb only before "that"
	ing    bool // this form is the -ing participle
	nomina bool // a noun: "claims that"
	aspect bool // a verb of going on: before "to" it reports nothing ("continues to tweak")
	on     bool // the addressee follows "on" or "upon": "called on members to meet"
}

// Lexicons are the word lists of attribution; read-only after loading.
type Lexicons struct {
	cues         map[string]cue
	nominal      map[string]cue
	vague        map[string]bool
	quantifiers  lexicon.PhraseSet
	aux          map[string]bool
	timeWords    map[string]bool
	clockWords   map[string]bool // clock_words.txt: a date or time stamp's words
	asides       map[string]bool // asides.txt: "however" in "admitted, however, that"
	plans        map[string]bool // plan_nouns.txt: "plans" in "announced plans to"
	leaders      map[string]bool // leader_titles.txt: offices "the Russian leader" stands for
	personBodies map[string]bool // person_bodies.txt: "administration" in "the Obama administration"
	finite       map[string]bool
	speaksFor    map[string]bool
	compounds    map[string]bool
	records      map[string]bool
	labels       map[string]bool
	anaphors     map[string]string // "company" -> "ORG"
	publicBodies map[string]bool
	personHeads  map[string]bool
	// sourceNouns are WordNet's common nouns for persons, groups and
	// communications (generated: tools/genlex/wordnet_source_nouns.py).
	sourceNouns map[string]bool
	// personFirst are the nouns whose most frequent WordNet sense is a
	// person (generated: tools/genlex/wordnet_person_first.py).
	personFirst map[string]bool
}

func loadLexicons() *Lexicons {
	lx := &Lexicons{
		cues:         map[string]cue{},
		nominal:      map[string]cue{},
		vague:        lexicon.Set(lexiconFS, "lexicon/vague_sources.txt"),
		quantifiers:  lexicon.Phrases(lexiconFS, "lexicon/vague_quantifiers.txt"),
		aux:          lexicon.Set(lexiconFS, "lexicon/auxiliaries.txt"),
		timeWords:    lexicon.Set(lexiconFS, "lexicon/time_adverbs.txt"),
		clockWords:   lexicon.Set(lexiconFS, "lexicon/clock_words.txt"),
		asides:       lexicon.Set(lexiconFS, "lexicon/asides.txt"),
		plans:        lexicon.Set(lexiconFS, "lexicon/plan_nouns.txt"),
		leaders:      lexicon.Set(lexiconFS, "lexicon/leader_titles.txt"),
		personBodies: lexicon.Set(lexiconFS, "lexicon/person_bodies.txt"),
		finite:       lexicon.Set(lexiconFS, "lexicon/finite_verbs.txt"),
		speaksFor:    lexicon.Set(lexiconFS, "lexicon/representatives.txt"),
		compounds:    lexicon.Set(lexiconFS, "lexicon/noun_compounds.txt"),
		records:      lexicon.Set(lexiconFS, "lexicon/evidence_nouns.txt"),
		labels:       lexicon.Set(lexiconFS, "lexicon/headline_labels.txt"),
		publicBodies: lexicon.Set(lexiconFS, "lexicon/public_bodies.txt"),
		personHeads:  lexicon.Set(lexiconFS, "lexicon/person_heads.txt"),
		sourceNouns:  lexicon.Set(lexiconFS, "lexicon/source_nouns.txt"),
		personFirst:  lexicon.Set(lexiconFS, "lexicon/person_first_nouns.txt"),
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/cues.txt") {
		frames := e.Field(3)
		c := cue{lemma: e.Field(0), class: e.Field(2),
			bare: strings.Contains(frames, "bare"), obj: strings.Contains(frames, "obj"),
			acc: strings.Contains(frames, "acc"), out: strings.Contains(frames, "out"),
			record: strings.Contains(frames, "record"), wh: strings.Contains(frames, "wh"), aspect: strings.Contains(frames, "aspect"),
			on: slices.Contains(strings.Fields(frames), "on")}
		forms := append([]string{e.Field(0)}, strings.Fields(e.Field(1))...)
		nounForms := strings.Contains(frames, "noun")
		for _, f := range forms {
			cf := c
			cf.ing = strings.HasSuffix(f, "ing")
			cf.noun = nounForms && (f == c.lemma || f == c.lemma+"s")
			if _, dup := lx.cues[f]; !dup {
				lx.cues[f] = cf
			}
		}
	}
	lx.anaphors = map[string]string{}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/anaphors.txt") {
		lx.anaphors[e.Field(0)] = e.Field(1)
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/nominal_cues.txt") {
		lx.nominal[e.Field(0)] = cue{lemma: strings.TrimSuffix(e.Field(0), "s"), class: e.Field(1), nomina: true}
	}
	return lx
}
