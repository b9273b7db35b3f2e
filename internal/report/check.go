package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/check"
)

// CheckTable is a claim check for the terminal (sides, then each match
// whole), spreadsheets (one row per match) and programs (the Result).
func CheckTable(r *check.Result) Table {
	t := Table{Header: []string{"stance", "score", "speaker", "quote", "doc_id", "title", "outlet", "published", "url", "reports"}, Value: r}
	for _, m := range r.Matches {
		t.Rows = append(t.Rows, []string{m.Stance, strconv.FormatFloat(m.Score, 'f', 3, 64), m.Speaker, m.Quote, m.DocID, m.Title,
			m.Outlet, m.Published, m.URL, strconv.Itoa(m.Reports)})
	}
	t.Text = func(w io.Writer) error {
		fmt.Fprintf(w, "claim: %s\n", r.Claim)
		if r.Note != "" {
			fmt.Fprintf(w, "note: %s\n", r.Note)
		}
		for _, s := range r.Sides {
			fmt.Fprintf(w, "\n%s: %d statements, %s .. %s\n", s.Stance, s.Count, orDash(s.First), orDash(s.Latest))
			fmt.Fprintf(w, "  speakers: %s\n", joinTallies(s.Speakers))
			fmt.Fprintf(w, "  outlets:  %s\n", joinTallies(s.Outlets))
		}
		for i, m := range r.Matches {
			fmt.Fprintf(w, "\n%d. [%s %.2f] %s", i+1, m.Stance, m.Score, orDash(m.Speaker))
			if m.Cue != "" {
				fmt.Fprintf(w, " (%s)", m.Cue)
			}
			fmt.Fprintf(w, ": %q\n   %s, %s, %s: %s", m.Quote, m.DocID, orDash(m.Outlet), orDash(m.Published), m.Title)
			if m.URL != "" {
				fmt.Fprintf(w, " <%s>", m.URL)
			}
			if m.Reports > 1 {
				fmt.Fprintf(w, " (and %d more reports)", m.Reports-1)
			}
			fmt.Fprintln(w)
		}
		return nil
	}
	return t
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func joinTallies(ts []check.Tally) string {
	parts := make([]string, 0, len(ts))
	for i, t := range ts {
		if i == 8 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ts)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", t.Name, t.Count))
	}
	return strings.Join(parts, ", ")
}
