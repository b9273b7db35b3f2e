package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
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
	// Full writes every cell of the text format whole (`--full`); by
	// default a cell is cut at 100 characters to keep the columns
	// readable.
	Full bool
	// Whole names the columns never cut, whatever Full says: an id or a
	// URL cut short names nothing.
	Whole []string
	// Blank, if set, stands in the text format for an empty cell: a row
	// whose date or outlet is unknown says so instead of leaving a gap
	// the eye reads as the next column (CSV and JSON keep it empty).
	Blank string
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
		whole := make([]bool, len(t.Header))
		for i, h := range t.Header {
			whole[i] = t.Full || slices.Contains(t.Whole, h)
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(t.Header, "\t"))
		for _, r := range t.Rows {
			cells := make([]string, len(r))
			for i, c := range r {
				if c == "" {
					c = t.Blank
				}
				if i < len(whole) && whole[i] {
					// One line still: a cell's line break would break the table.
					cells[i] = oneLine(c)
				} else {
					cells[i] = clip(c, 100)
				}
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown format %q: want text, json or csv", format)
}
