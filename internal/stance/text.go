package stance

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// maxSentences bounds the sentences of a body that are read: stance is
// decided in the first screens of an article, and the bound keeps a huge
// input from costing unbounded time.
const maxSentences = 200

// Text is a claim or a body read for stance.
type Text struct {
	// Sentences hold, per sentence, the stems of its content words.
	Sentences [][]string
	// Words hold, per sentence, every lower-case word (cue words live here).
	Words [][]string
	// Caps marks, per sentence and word of Words, a word written with a
	// capital (names, and the first word of a sentence).
	Caps [][]bool
	// Stems holds, per sentence and word of Words, the word's stem when it
	// is a content word, else "".
	Stems [][]string
	// Question is true when the text ends a sentence with a question mark.
	Question bool
	counts   map[string]float64 // stem -> occurrences in the whole text
	types    []string           // the keys of counts, sorted: sums over them run in one order
	norm     float64            // TF-IDF norm of the whole text
	sentNorm []float64          // TF-IDF norm of each sentence
	numbers  []string           // figures as written ("43", "2014")
	length   int                // content words
}

// Read cuts text into sentences and stems its content words, weighting
// them by the model's IDF.
func (s *Scorer) Read(text string) *Text {
	t := s.read(text, nil)
	s.weigh(t)
	return t
}

// ReadAll reads many texts (the candidates of one claim check), stemming
// each distinct word once.
func (s *Scorer) ReadAll(texts []string) []*Text {
	memo := map[string]string{}
	out := make([]*Text, len(texts))
	for i, text := range texts {
		out[i] = s.read(text, memo)
		s.weigh(out[i])
	}
	return out
}

// read cuts text into sentences and stems its content words; memo, when
// not nil, keeps the stems of words already seen.
func (s *Scorer) read(text string, memo map[string]string) *Text {
	seg := s.seg.Segment(text)
	t := &Text{counts: map[string]float64{}}
	for _, sp := range seg.Sentences {
		if len(t.Sentences) == maxSentences {
			break
		}
		var stems, words, wstems []string
		var caps []bool
		real := 0 // words, not the clause and possessive marks
		for i := sp.From; i < sp.To; i++ {
			tok := &seg.Tokens[i]
			switch tok.Kind {
			case segment.Number:
				t.numbers = append(t.numbers, strings.ReplaceAll(tok.Text, ",", ""))
				continue
			case segment.Punct:
				if tok.Text == "?" {
					t.Question = true
				}
				if clauseMarks[tok.Text] {
					words = append(words, ",") // a clause boundary, for Statement
				}
				if tok.Lower == "'s" || tok.Lower == "’s" {
					words = append(words, "'s") // a possessive: the word before is not a subject
				}
				continue
			case segment.Quote:
				// "the fighters' symptoms": a closing single mark on a plural,
				// then a word, is a possessive, not a quotation.
				if !tok.Double && !tok.SpaceBefore && i > sp.From && strings.HasSuffix(seg.Tokens[i-1].Lower, "s") &&
					i+1 < sp.To && seg.Tokens[i+1].SpaceBefore && seg.Tokens[i+1].Kind == segment.Word {
					words = append(words, `"`, "'s") // the mark stays a mark for the article model
					continue
				}
				words = append(words, `"`)
				continue
			}
			w := strings.ReplaceAll(tok.Lower, "’", "'")
			for len(caps) < len(words) {
				caps = append(caps, false)
				wstems = append(wstems, "")
			}
			caps = append(caps, tok.Cap())
			words = append(words, w)
			real++
			if s.stop[w] || !hasLetter(w) || strings.Contains(w, "'") {
				wstems = append(wstems, "")
				continue
			}
			st, ok := memo[w]
			if !ok {
				st = english.Stem(w, true)
				if memo != nil {
					memo[w] = st
				}
			}
			stems = append(stems, st)
			wstems = append(wstems, st)
		}
		if real == 0 && !slices.Contains(words, `"`) {
			continue
		}
		for len(caps) < len(words) {
			caps = append(caps, false)
			wstems = append(wstems, "")
		}
		t.Sentences = append(t.Sentences, stems)
		t.Words = append(t.Words, words)
		t.Caps = append(t.Caps, caps)
		t.Stems = append(t.Stems, wstems)
		for _, st := range stems {
			t.counts[st]++
		}
		t.length += len(stems)
	}
	t.types = make([]string, 0, len(t.counts))
	for st := range t.counts {
		t.types = append(t.types, st)
	}
	slices.Sort(t.types)
	return t
}

// weigh computes the TF-IDF norms of t and of its sentences.
func (s *Scorer) weigh(t *Text) {
	t.sentNorm = make([]float64, len(t.Sentences))
	per := map[string]float64{}
	for i, stems := range t.Sentences {
		clear(per)
		for _, st := range stems {
			per[st]++
		}
		var sn float64
		for _, st := range stems { // in the sentence's order, each stem once
			if c := per[st]; c > 0 {
				v := c * s.model.idf(st)
				sn += v * v
				per[st] = 0
			}
		}
		t.sentNorm[i] = math.Sqrt(sn)
	}
	t.norm = 0
	for _, st := range t.types {
		v := t.counts[st] * s.model.idf(st)
		t.norm += v * v
	}
	t.norm = math.Sqrt(t.norm)
}

// clauseMarks are the punctuation marks that end a clause.
var clauseMarks = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "(": true, ")": true}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
