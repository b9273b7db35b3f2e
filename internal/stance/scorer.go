package stance

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

//go:embed model/stance.bin.gz
var embeddedModel []byte

// Scorer reads texts and tells the stance of a body toward a claim.
type Scorer struct {
	seg                                    *segment.Segmenter
	stop, refute, hedge, support, negators map[string]bool
	modal, aux, negHedge, months           map[string]bool // for Statement
	openers                                map[string]string
	intent, pronouns, reciprocal           map[string]bool
	determiners, hedgeFrames               map[string]bool
	verbs                                  *claim.Extractor // for VerbLemma: where a claim's verb is
	model                                  *Model
}

// New is a Scorer with the embedded trained model.
func New() (*Scorer, error) {
	m, err := Decode(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("the embedded stance model: %w", err)
	}
	return NewWithModel(m), nil
}

// NewWithModel is a Scorer with model m (training builds its own).
func NewWithModel(m *Model) *Scorer {
	return &Scorer{
		seg:         segment.NewSegmenter(),
		stop:        lexicon.Set(lexiconFS, "lexicon/stopwords.txt"),
		refute:      lexicon.Set(lexiconFS, "lexicon/refute.txt"),
		hedge:       lexicon.Set(lexiconFS, "lexicon/hedge.txt"),
		support:     lexicon.Set(lexiconFS, "lexicon/support.txt"),
		negators:    lexicon.Set(lexiconFS, "lexicon/negators.txt"),
		openers:     openers(lexicon.MustRead(lexiconFS, "lexicon/clause_openers.txt")),
		modal:       lexicon.Set(lexiconFS, "lexicon/modal_hedges.txt"),
		aux:         lexicon.Set(lexiconFS, "lexicon/auxiliaries.txt"),
		negHedge:    lexicon.Set(lexiconFS, "lexicon/negative_hedges.txt"),
		months:      lexicon.Set(lexiconFS, "lexicon/months.txt"),
		intent:      lexicon.Set(lexiconFS, "lexicon/act_nouns.txt"),
		pronouns:    lexicon.Set(lexiconFS, "lexicon/subject_pronouns.txt"),
		determiners: lexicon.Set(lexiconFS, "lexicon/determiners.txt"),
		hedgeFrames: lexicon.Set(lexiconFS, "lexicon/hedge_frames.txt"),
		verbs:       claim.NewExtractor(),
		// Stems, as the rules compare stems.
		reciprocal: stems(lexicon.Set(lexiconFS, "lexicon/reciprocal_verbs.txt")),
		model:      m,
	}
}

// Result is the stance of one body toward one claim.
type Result struct {
	Label Label
	// Probs are the model's probabilities, by Label.
	Probs [numLabels]float32
	// Top are the body's sentences (indexes into Text.Sentences) that bear
	// most on the claim: the evidence a reader checks.
	Top []int
	// Cosine is the TF-IDF cosine of claim and body; Cover the share of the
	// claim's content stems the body has.
	Cosine, Cover float32
}

// Related is the probability that the body bears on the claim at all.
func (r Result) Related() float32 { return 1 - r.Probs[Unrelated] }

// ContentWords are the words of text that carry its topic (function words
// dropped), lower-case, once each, in order: what a search for it needs.
func (s *Scorer) ContentWords(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, ws := range s.read(text, nil).Words {
		for _, w := range ws {
			if w == `"` || s.stop[w] || !hasLetter(w) || strings.Contains(w, "'") || seen[w] {
				continue
			}
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// Stance tells how body stands toward claim.
func (s *Scorer) Stance(claim, body *Text) Result {
	f := s.features(claim, body, s.model.Hash)
	hidden := make([]float32, s.model.Hidden)
	p := s.model.forward(&f, hidden)
	best := Unrelated
	for l := range p {
		if p[l] > p[best] {
			best = Label(l)
		}
	}
	return Result{Label: best, Probs: p, Top: f.Top, Cosine: f.Dense[fCosAll], Cover: f.Dense[fCover]}
}

// openers maps each clause-opening word to its class ("contrast", or
// "plain" for the others).
func openers(entries []lexicon.Entry) map[string]string {
	out := map[string]string{}
	for _, e := range entries {
		out[strings.ToLower(e.Field(0))] = cmp.Or(e.Field(1), "plain")
	}
	return out
}

// stems is a set of words as a set of their stems.
func stems(words map[string]bool) map[string]bool {
	out := make(map[string]bool, len(words))
	for w := range words {
		out[english.Stem(w, true)] = true
	}
	return out
}
