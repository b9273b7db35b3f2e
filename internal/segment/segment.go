package segment

import (
	"embed"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Span is a half-open range of token indexes.
type Span struct{ From, To int }

// Len is the number of tokens in the span.
func (s Span) Len() int { return s.To - s.From }

// Segmentation is the text cut into tokens, sentences and paragraphs.
type Segmentation struct {
	Text       string
	Tokens     []Token
	Sentences  []Span // token ranges
	Paragraphs []Span // token ranges; a paragraph is a line of text
	// Words holds each token's lower-case form, the slice every stage's
	// lexicon lookups index.
	Words []string
	// SentenceOf maps a token index to its sentence index.
	SentenceOf []int32
	// ParagraphOf maps a sentence index to its paragraph index.
	ParagraphOf []int32
}

// Segmenter holds the abbreviation list; it is safe for concurrent use.
type Segmenter struct {
	abbrev map[string]bool
	// lowerAbbrev are abbreviations in lower case too ("etc.").
	lowerAbbrev map[string]bool
}

// NewSegmenter loads the embedded abbreviation lexicon.
func NewSegmenter() *Segmenter {
	return &Segmenter{abbrev: lexicon.Set(lexiconFS, "lexicon/abbreviations.txt"),
		lowerAbbrev: lexicon.Set(lexiconFS, "lexicon/lowercase_abbreviations.txt")}
}

// Segment cuts text into paragraphs (lines), sentences and tokens.
func (sg *Segmenter) Segment(text string) *Segmentation {
	s := &Segmentation{Text: text}
	s.Tokens = make([]Token, 0, len(text)/4+16) // English runs about one token per 4-5 bytes
	pos := 0
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		from := len(s.Tokens)
		s.Tokens = Tokenize(text, pos, end, s.Tokens)
		if len(s.Tokens) > from {
			p := Span{from, len(s.Tokens)}
			s.Paragraphs = append(s.Paragraphs, p)
			sg.splitSentences(s, p, int32(len(s.Paragraphs)-1))
		}
		pos = end + 1
	}
	s.Words = make([]string, len(s.Tokens))
	for i := range s.Tokens {
		s.Words[i] = s.Tokens[i].Lower
	}
	s.SentenceOf = make([]int32, len(s.Tokens))
	for i, sp := range s.Sentences {
		for k := sp.From; k < sp.To; k++ {
			s.SentenceOf[k] = int32(i)
		}
	}
	return s
}

func (sg *Segmenter) splitSentences(s *Segmentation, p Span, para int32) {
	toks := s.Tokens
	start := p.From
	for i := p.From; i < p.To; i++ {
		t := &toks[i]
		if t.Kind != Punct || !isTerminal(t.Text) {
			continue
		}
		if t.Text == "." && i > p.From && sg.isAbbreviation(toks, i) {
			continue
		}
		// Closing quotes and brackets after the terminal belong to this sentence.
		end := i + 1
		for end < p.To && (toks[end].Kind == Quote && toks[end].Close && !toks[end].SpaceBefore || toks[end].Text == ")" || toks[end].Text == "]") {
			end++
		}
		if end < p.To && !startsSentence(&toks[end]) {
			continue
		}
		s.addSentence(start, end, para)
		start = end
		i = end - 1
	}
	if start < p.To {
		s.addSentence(start, p.To, para)
	}
}

// MaxSentence is the most tokens a sentence holds. Prose sentences stay far
// below it (news runs about 25 tokens to the sentence); text without
// sentence ends (word lists, tables, stripped punctuation) would otherwise
// make one sentence of a whole paragraph, and every stage that reads a
// sentence at a time, or a reported clause to its sentence's end, would
// cost the square of the paragraph's length.
const MaxSentence = 250

// addSentence adds the sentence [from, to) of paragraph para, cut into
// pieces of at most MaxSentence tokens, each ending at the last comma,
// semicolon or dash of its final quarter when there is one.
func (s *Segmentation) addSentence(from, to int, para int32) {
	for to-from > MaxSentence {
		cut := from + MaxSentence
		for k := cut - 1; k > from+MaxSentence*3/4; k-- {
			if t := &s.Tokens[k]; t.Kind == Punct && (t.Text == "," || t.Text == ";" || t.Text == "—" || t.Text == "-") {
				cut = k + 1
				break
			}
		}
		s.Sentences = append(s.Sentences, Span{from, cut})
		s.ParagraphOf = append(s.ParagraphOf, para)
		from = cut
	}
	s.Sentences = append(s.Sentences, Span{from, to})
	s.ParagraphOf = append(s.ParagraphOf, para)
}

func isTerminal(p string) bool {
	return p == "." || p == "!" || p == "?" || p == "..." || p == "…"
}

func startsSentence(t *Token) bool {
	if !t.SpaceBefore && t.Kind != Quote {
		return false
	}
	switch t.Kind {
	case Number:
		return true
	case Quote:
		return t.Open
	case Word:
		return t.Cap()
	}
	return t.Text == "(" || t.Text == "[" || t.Text == "—" || t.Text == "-"
}

// isAbbreviation: the period at toks[i] ends an abbreviation such as "Sen."
// or an initial such as "J.", not a sentence.
func (sg *Segmenter) isAbbreviation(toks []Token, i int) bool {
	prev := &toks[i-1]
	if prev.End != toks[i].Start || prev.Kind != Word {
		return false
	}
	if prev.Cap() && sg.abbrev[prev.Lower] || sg.lowerAbbrev[prev.Lower] {
		// "in the U.S. Congress" vs "...at No. 3": an abbreviation before a
		// capitalized word still usually continues the sentence for titles.
		return true
	}
	// A single capital letter is an initial (John F. Kennedy).
	return len(prev.Text) == 1 && prev.Cap()
}

// TokenIndexAt returns the index of the first token starting at or after byte offset off.
func (s *Segmentation) TokenIndexAt(off int) int {
	lo, hi := 0, len(s.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if s.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
