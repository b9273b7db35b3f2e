package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Table is a query result for the terminal (aligned columns), for
// spreadsheets (CSV) or for programs (the JSON of Value).
type Table struct {
	Header []string
	Rows   [][]string
	// Value is what --format json prints; the rows when nil.
	Value any
	// Text, if set, writes the text format instead of aligned columns: for
	// results a reader needs whole (both sentences of a contradiction).
	Text func(io.Writer) error
}

// Write renders t in format text, csv or json.
func (t Table) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if t.Value != nil {
			return enc.Encode(t.Value)
		}
		return enc.Encode(t.Rows)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Header); err != nil {
			return err
		}
		if err := cw.WriteAll(t.Rows); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	case "text", "":
		if t.Text != nil {
			return t.Text(w)
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.Header, "\t"))
		for _, r := range t.Rows {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = clip(c, 100)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown format %q: want text, json or csv", format)
}
