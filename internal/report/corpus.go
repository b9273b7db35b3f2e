package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/store"
)

// ContradictionsText writes each contradiction as a block: why the two
// sides conflict, then for each side its speaker, sentence and article,
// so that a reader can check the pair without opening the store.
func ContradictionsText(w io.Writer, rows []store.ContradictionRow) error {
	for i, c := range rows {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%d. %s (%s, confidence %.2f)\n   why: %s\n", i+1, oneLine(orTopic(c.Label, c.Topic)), c.Rule, c.Confidence, oneLine(c.Why))
		for _, side := range []struct {
			label string
			s     store.ClaimSide
		}{{"A", c.A}, {"B", c.B}} {
			fmt.Fprintf(w, "   %s  %s (%s): %q\n", side.label, orUnknown(side.s.Speaker), side.s.Polarity, oneLine(side.s.Quote))
			if side.s.Sentence != "" && oneLine(side.s.Sentence) != oneLine(side.s.Quote) {
				fmt.Fprintf(w, "      sentence: %s\n", oneLine(side.s.Sentence))
			}
			fmt.Fprintf(w, "      article:  %s\n", sourceLine(side.s.Article))
			also := c.AlsoA
			if side.label == "B" {
				also = c.AlsoB
			}
			for _, a := range also {
				fmt.Fprintf(w, "      also in:  %s\n", sourceLine(a))
			}
		}
		if c.Reports > 1 {
			fmt.Fprintf(w, "   the same two statements are set against each other in %d pairs of reports\n", c.Reports)
		}
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no contradictions")
		return err
	}
	return nil
}

// ArticleLine names an article in one line: title, outlet, date, id, link.
func ArticleLine(a store.Article) string {
	var parts []string
	if a.Title != "" {
		parts = append(parts, fmt.Sprintf("%q", oneLine(a.Title)))
	}
	for _, s := range []string{a.Outlet, a.Published} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, "["+a.DocID+"]")
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	return strings.Join(parts, ", ")
}

// sourceLine is ArticleLine with the outlet and date always said, unknown
// when they are: a reader weighing a contradiction needs to see who
// published each side and when, and that a missing one is missing.
func sourceLine(a store.Article) string {
	if a.Outlet == "" {
		a.Outlet = "(outlet unknown)"
	}
	if a.Published == "" {
		a.Published = "(date unknown)"
	}
	return ArticleLine(a)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func orUnknown(s string) string {
	if s == "" {
		return "(no speaker)"
	}
	return s
}

// DriftText writes each drifting count as a block: what is counted, the
// range of figures, then each figure with who gave it, its sentence, its
// article and the articles that reprint that sentence.
func DriftText(w io.Writer, rows []store.DriftRow) error {
	for i, r := range rows {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%d. %s: %s to %s (spread %.0f%%)\n", i+1, r.Label(), figure(r.Low), figure(r.High), 100*r.Spread)
		for _, x := range r.Reports {
			by := x.Speaker
			if by == "" {
				by = "the writer"
			}
			fmt.Fprintf(w, "   %s  %q, given by %s\n", figure(x.Value), oneLine(x.Text), by)
			if x.Sentence != "" {
				fmt.Fprintf(w, "      sentence: %s\n", oneLine(x.Sentence))
			}
			fmt.Fprintf(w, "      article:  %s\n", ArticleLine(x.Article))
			for _, a := range x.Reprints {
				fmt.Fprintf(w, "      reprint:  %s\n", ArticleLine(a))
			}
		}
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no drifting figures")
		return err
	}
	return nil
}

// figure writes a count without a trailing ".0".
func figure(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// orTopic is the label people read, or the topic key when a row has none.
func orTopic(label, topic string) string {
	if label != "" {
		return label
	}
	return topic
}
