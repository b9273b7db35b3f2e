package prose

import (
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Reason says why a paragraph is not prose.
type Reason string

const (
	// LongStrings: the paragraph is one or a few strings far longer than
	// words (base64, URLs, minified code).
	LongStrings Reason = "long unbroken strings"
	// NoGrammar: twenty words or more with almost no function words and
	// almost no punctuation (word lists, code tables, another language).
	NoGrammar Reason = "words without grammar"
)

// Span is a paragraph that is not prose: bytes [Start, End) of the text.
type Span struct {
	Start, End int
	Reason     Reason
}

const (
	// longToken is the mean length, in bytes, of a paragraph's
	// space-separated strings above which they are not words: English
	// runs under 6, a URL or a base64 line 40 and more.
	longToken = 20
	// minLong is the length a paragraph needs before its strings are
	// judged: a short line of one long word is a heading or a name.
	minLong = 40
	// minWords, maxFunctionShare and maxPunctShare judge grammar: prose of
	// minWords words has far more than maxFunctionShare function words
	// (about 40% in news) or punctuation between its words.
	minWords         = 20
	maxFunctionShare = 0.04
	maxPunctShare    = 0.1
)

// Detector holds the function words; safe for concurrent use.
type Detector struct{ function map[string]bool }

// NewDetector loads the embedded function words.
func NewDetector() *Detector {
	return &Detector{function: lexicon.Set(lexiconFS, "lexicon/function_words.txt")}
}

// NotProse returns the paragraphs (lines) of text that are not prose, in
// order.
func (d *Detector) NotProse(text string) []Span {
	var out []Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if r, ok := d.judge(text[start:end]); ok {
			out = append(out, Span{start, end, r})
		}
		start = end + 1
	}
	return out
}

// judge reports why one paragraph is not prose, if it is not.
func (d *Detector) judge(p string) (Reason, bool) {
	fields := strings.Fields(p)
	if len(fields) == 0 {
		return "", false
	}
	if len(p) >= minLong {
		n := 0
		for _, f := range fields {
			n += len(f)
		}
		if n/len(fields) > longToken {
			return LongStrings, true
		}
	}
	// words never exceeds len(fields), so a paragraph too short for the
	// grammar test, or with enough function words already, is prose: most
	// paragraphs are settled after a few words.
	if len(fields) < minWords {
		return "", false
	}
	enough := maxFunctionShare * float64(len(fields))
	words, function, punct := 0, 0, 0
	for _, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		for _, r := range f {
			if unicode.IsPunct(r) {
				punct++
			}
		}
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			continue
		}
		words++
		if d.function[strings.ToLower(w)] {
			function++
			if float64(function) >= enough {
				return "", false
			}
		}
	}
	if words >= minWords && float64(function) < maxFunctionShare*float64(words) && float64(punct) < maxPunctShare*float64(words) {
		return NoGrammar, true
	}
	return "", false
}

// Mask returns text with the bytes of spans replaced by spaces (line
// breaks kept): the same length and offsets, with nothing left to read
// there.
func Mask(text string, spans []Span) string {
	if len(spans) == 0 {
		return text
	}
	b := []byte(text)
	for _, s := range spans {
		for k := s.Start; k < s.End; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	return string(b)
}
