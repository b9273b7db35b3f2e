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
		goesOn := -1 // a piece the next one in this paragraph continues
		emit := func(m Marked) {
			if goesOn >= 0 {
				out[goesOn].Next, m.Prev = len(out), goesOn
				goesOn = -1
			}
			out = append(out, m)
		}
		for i := p.From; i < p.To; i++ {
			t := &toks[i]
			if t.Kind != segment.Quote || !t.Double {
				continue
			}
			switch {
			case open < 0 && t.Open:
				open = i
			case open >= 0 && t.Close && i > open+1:
				emit(Marked{Open: open, Close: i, Closed: true, Para: pi, Next: -1, Prev: -1})
				open = -1
			case open >= 0 && t.Open && !t.Close && i > open+2 && isTerminal(toks[i-1].Text):
				// A mark reopened after a full stop with the first never
				// closed: paragraphs of one quotation run together, as
				// when a page lost its line breaks ("... Gordon Brown.
				// "We've heard it all before."). The first piece ends
				// here and the next goes on from it.
				emit(Marked{Open: open, Close: i, Closed: false, Para: pi, Next: -1, Prev: -1})
				goesOn = len(out) - 1
				open = i
			case open >= 0 && t.Open && !t.Close:
				// A second opening mark: the first was never closed; keep the newer.
				open = i
			}
		}
		if open >= 0 && open+1 < p.To {
			emit(Marked{Open: open, Close: p.To, Closed: false, Para: pi, Next: -1, Prev: -1})
		}
		goesOn = -1
		if !hasDouble(toks, p) {
			out = append(out, pairSingle(toks, p, pi)...)
		}
	}
	// Multi-paragraph quotes: an unclosed quote continued by a paragraph that
	// opens with a quote mark.
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if !a.Closed && a.Next < 0 && b.Prev < 0 && b.Para == a.Para+1 && b.Open == seg.Paragraphs[b.Para].From {
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

func hasDouble(toks []segment.Token, p segment.Span) bool {
	for i := p.From; i < p.To; i++ {
		if toks[i].Kind == segment.Quote && toks[i].Double {
			return true
		}
	}
	return false
}

// pairSingle pairs single quotation marks, as British papers use them, in a
// paragraph that has no double ones: an opening ‘ with the first closing
// mark that follows punctuation (‘We will win,’), for a bare closing mark
// may be a plural possessive ("the players’ union").
func pairSingle(toks []segment.Token, p segment.Span, pi int) []Marked {
	var out []Marked
	for i := p.From; i < p.To; i++ {
		t := &toks[i]
		if t.Kind != segment.Quote || !t.Open || t.Close || t.Text != "‘" {
			continue // a straight ' opens too many things besides quotes
		}
		for j := i + 2; j < p.To; j++ {
			c := &toks[j]
			if c.Kind == segment.Quote && c.Close && !c.Open && c.Text == "’" && toks[j-1].Kind == segment.Punct && isEndPunct(toks[j-1].Text) {
				if !headlineCase(toks[i+1 : j]) {
					out = append(out, Marked{Open: i, Close: j, Closed: true, Para: pi, Next: -1, Prev: -1})
				}
				i = j
				break
			}
		}
	}
	return out
}

// isTerminal reports punctuation that ends a sentence.
func isTerminal(s string) bool { return s == "." || s == "?" || s == "!" }

func isEndPunct(s string) bool {
	return s == "," || s == "." || s == "?" || s == "!" || s == "…"
}

// headlineCase reports words mostly capitalized, as in a headline ("Trump:
// ‘Very Good Reporter.’"), whose quotes the body of the story gives again.
func headlineCase(toks []segment.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Kind == segment.Word {
			words++
			if toks[i].Cap() {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*6
}
