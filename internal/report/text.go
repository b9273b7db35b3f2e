package report

import (
	"fmt"
	"io"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// Text writes a readable report of rec.
func Text(w io.Writer, rec *analysis.Record) error {
	_, err := fmt.Fprintf(w, "%d quotes\n", len(rec.Quotes))
	return err
}

// HTML writes a standalone page for rec.
func HTML(w io.Writer, rec *analysis.Record) error {
	_, err := fmt.Fprintf(w, "<p>%d quotes</p>\n", len(rec.Quotes))
	return err
}
