package quote

import (
	"github.com/claimgraph/claimgraph/internal/segment"
)

// Marked is a stretch of text between quotation marks: token indexes of the
// opening and closing marks. A quote that runs over several paragraphs,
// reopening its mark on each, is one Marked with Next linking the pieces.
type Marked struct {
	Open, Close int // token indexes; Close is the last token +1 when unclosed
	Closed      bool
	Para        int
	Next        int // index of the continuation in the next paragraph, -1 if none
	Prev        int
}

// PairMarks pairs double quote marks paragraph by paragraph and returns the
// quoted stretches, plus a mask of tokens that lie inside quotes.
func PairMarks(seg *segment.Segmentation) ([]Marked, []bool) {
	toks := seg.Tokens
	var out []Marked
	inQuote := make([]bool, len(toks))
	for pi, p := range seg.Paragraphs {
		open := -1
		for i := p.From; i < p.To; i++ {
			t := &toks[i]
			if t.Kind != segment.Quote || !t.Double {
				continue
			}
			switch {
			case open < 0 && t.Open:
				open = i
			case open >= 0 && t.Close && i > open+1:
				out = append(out, Marked{Open: open, Close: i, Closed: true, Para: pi, Next: -1, Prev: -1})
				open = -1
			case open >= 0 && t.Open && !t.Close:
				// A second opening mark: the first was never closed; keep the newer.
				open = i
			}
		}
		if open >= 0 && open+1 < p.To {
			out = append(out, Marked{Open: open, Close: p.To, Closed: false, Para: pi, Next: -1, Prev: -1})
		}
	}
	// Multi-paragraph quotes: an unclosed quote continued by a paragraph that
	// opens with a quote mark.
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if !a.Closed && b.Para == a.Para+1 && b.Open == seg.Paragraphs[b.Para].From {
			a.Next, b.Prev = k+1, k
		}
	}
	for _, m := range out {
		for i := m.Open; i < m.Close && i < len(toks); i++ {
			inQuote[i] = true
		}
		if m.Closed {
			inQuote[m.Close] = true
		}
	}
	return out, inQuote
}
