package ingest

import (
	"fmt"
	"strings"
)

// Quality measures a document's text as article text, to choose between
// two versions of one document (a saved page and a clean copy of the same
// URL): the better version is the one with paragraph structure, then the
// one with more words of prose and fewer of boilerplate.
type Quality struct {
	// Paragraphs counts blocks separated by blank lines.
	Paragraphs int
	// Prose counts the words of paragraphs that hold a sentence.
	Prose int
	// Boilerplate counts the words of lines shaped as datelines or
	// interface text ("24 July 2015", "941 comments", "Share this").
	Boilerplate int
}

// unstructured is the length, in words, past which one paragraph is a
// text whose paragraphs were run together, not a short article.
const unstructured = 150

// TextQuality measures text; see Quality.
func TextQuality(text string) Quality {
	var q Quality
	for _, para := range strings.Split(text, "\n\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		q.Paragraphs++
		if strings.ContainsAny(para, ".?!…") {
			q.Prose += len(strings.Fields(para))
		}
		for _, line := range strings.Split(para, "\n") {
			if isDateLine(line) || isInterfaceLine(line) {
				q.Boilerplate += len(strings.Fields(line))
			}
		}
	}
	return q
}

// Structured: the text keeps its paragraphs (or is too short to need any).
func (q Quality) Structured() bool { return q.Paragraphs > 1 || q.Prose < unstructured }

// score is prose words less boilerplate words, the boilerplate counted
// twice: a version carrying a dateline and share buttons is worse even
// when it has a few more words.
func (q Quality) score() int { return q.Prose - 2*q.Boilerplate }

// Better reports whether q is clearly better than o: structured where o is
// not, or a score higher by more than a twentieth. Near ties keep o, the
// version already chosen, so that rereading an input changes nothing.
func (q Quality) Better(o Quality) bool {
	if q.Structured() != o.Structured() {
		return q.Structured()
	}
	return 20*q.score() > 21*o.score()
}

// String says what was measured, for a message choosing between versions.
func (q Quality) String() string {
	s := fmt.Sprintf("%d words of prose in %d paragraphs", q.Prose, q.Paragraphs)
	if q.Boilerplate > 0 {
		s += fmt.Sprintf(", %d of boilerplate", q.Boilerplate)
	}
	return s
}
