package store

import (
	"sort"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// sentenceWindow bounds the text segmented around a span: a sentence longer
// than this is shown cut, and a 30 MB document costs no more than a short one.
const sentenceWindow = 1500

// sentenceAround is the sentence or sentences of text that hold [start, end):
// a reader judging a quote or a figure needs the words around it (who said
// it, of what) that the record's spans leave out.
func sentenceAround(sg *segment.Segmenter, text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	from, to := start-sentenceWindow, end+sentenceWindow
	if from < 0 {
		from = 0
	}
	if to > len(text) {
		to = len(text)
	}
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	seg := sg.Segment(text[from:to])
	lo, hi := -1, -1
	for _, sp := range seg.Sentences {
		if sp.Len() == 0 {
			continue
		}
		s, e := from+seg.Tokens[sp.From].Start, from+seg.Tokens[sp.To-1].End
		if e > start && s < end {
			if lo < 0 {
				lo = s
			}
			hi = e
		}
	}
	if lo < 0 {
		return text[start:end]
	}
	return text[lo:hi]
}

// wholeTextLimit is the longest document sentencesIn segments whole; a
// longer one is read in windows around each span, as sentenceAround does.
const wholeTextLimit = 64 << 10

// sentencesIn is sentenceAround for many spans of one text, segmenting it
// once: claim check reads every quote of a document in its sentence.
func sentencesIn(sg *segment.Segmenter, text string, spans [][2]int) []string {
	out := make([]string, len(spans))
	if len(text) > wholeTextLimit {
		for i, sp := range spans {
			out[i] = sentenceAround(sg, text, sp[0], sp[1])
		}
		return out
	}
	seg := sg.Segment(text)
	type bound struct{ s, e int }
	var bounds []bound
	for _, sp := range seg.Sentences {
		if sp.Len() > 0 {
			bounds = append(bounds, bound{seg.Tokens[sp.From].Start, seg.Tokens[sp.To-1].End})
		}
	}
	for i, sp := range spans {
		start, end := sp[0], sp[1]
		if start < 0 || end > len(text) || start >= end {
			continue
		}
		// The first sentence that ends after start, then on while they begin before end.
		j := sort.Search(len(bounds), func(k int) bool { return bounds[k].e > start })
		lo, hi := -1, -1
		for ; j < len(bounds) && bounds[j].s < end; j++ {
			if lo < 0 {
				lo = bounds[j].s
			}
			hi = bounds[j].e
		}
		if lo < 0 {
			out[i] = text[start:end]
		} else {
			out[i] = text[lo:hi]
		}
	}
	return out
}
