package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/batch"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/ingest"
	"github.com/claimgraph/claimgraph/internal/report"
)

func analyzeCmd() *cobra.Command {
	var meta document.Meta
	var format, jsonl string
	var explain, full bool
	var workers int
	cmd := &cobra.Command{
		Use:   "analyze [flags] FILE|-",
		Short: "Analyze one article (text or HTML) and print its analysis record",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := document.NormalizeDate(meta.Published); err != nil {
				return usageError{fmt.Errorf("--published: %w", err)}
			}
			a := analysis.New()
			if jsonl != "" {
				return runBatch(cmd.Context(), a, jsonl, workers)
			}
			if len(args) != 1 {
				return usageError{fmt.Errorf("analyze needs a FILE (or - for standard input), or --jsonl")}
			}
			name := args[0]
			data, err := readInput(name)
			if err != nil {
				return err
			}
			d, err := ingest.Article(data, meta)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if d.Repaired > 0 {
				fmt.Fprintf(os.Stderr, "claimgraph: %s: replaced %d invalid UTF-8 sequences with U+FFFD\n", name, d.Repaired)
			}
			rec := a.Analyze(d)
			if explain && format == "" {
				format = "text"
			}
			if format == "" {
				format = "json"
				if term.IsTerminal(int(os.Stdout.Fd())) {
					format = "text"
				}
			}
			switch format {
			case "json":
				enc := json.NewEncoder(os.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rec)
			case "text":
				return report.TextWith(os.Stdout, &rec, report.TextOptions{Explain: explain, Full: full})
			case "html":
				return report.HTML(os.Stdout, &rec)
			}
			return usageError{fmt.Errorf("--format must be text, json or html, not %q", format)}
		},
	}
	f := cmd.Flags()
	f.StringVar(&meta.Published, "published", "", "publication date YYYY-MM-DD (anchors relative dates; overrides the page)")
	f.StringVar(&meta.Title, "title", "", "article title")
	f.StringVar(&meta.URL, "url", "", "article URL")
	f.StringVar(&meta.Outlet, "outlet", "", "outlet (publisher) name")
	f.StringVar(&meta.ID, "id", "", "document id (default: sha256 of the text)")
	f.StringVar(&format, "format", "", "output: text, json or html (default text on a terminal, else json)")
	f.BoolVar(&explain, "explain", false, "with text output, say under each quote which rule credited it and why (the record's \"why\")")
	f.BoolVar(&full, "full", false, "with text output, print quotes and framed passages whole instead of cutting them at 80-160 characters")
	f.StringVar(&jsonl, "jsonl", "", "batch mode: read JSONL documents from this file (or -) and write one record per line")
	f.IntVar(&workers, "workers", 0, "batch mode: analysis goroutines (default: all cores)")
	return cmd
}

// readInput reads a file (or standard input for "-") with a size cap, so a
// mistaken multi-gigabyte argument fails fast and clearly.
func readInput(name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, ingest.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > ingest.MaxFileBytes {
		return nil, fmt.Errorf("%s: file larger than %d MB", name, ingest.MaxFileBytes>>20)
	}
	return data, nil
}

func runBatch(ctx context.Context, a *analysis.Analyzer, name string, workers int) error {
	if ctx == nil {
		ctx = context.Background()
	}
	var r io.Reader = os.Stdin
	var m *meter
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
		if term.IsTerminal(int(os.Stderr.Fd())) {
			// The lines are counted first (cheap: no analysis), and each
			// record written is one done.
			total, _ := ingest.Count(ctx, []string{name})
			m = newMeter("analyze", "docs", int64(total))
			m.Add(0, name)
		}
	}
	var w io.Writer = os.Stdout
	if m != nil {
		w = meterWriter{w, m}
	}
	st, err := batch.Run(ctx, a, r, w, workers)
	m.Done()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if st.Errors > 0 {
		fmt.Fprintf(os.Stderr, "claimgraph: %s: %d of %d lines failed (see their error records)\n", name, st.Errors, st.Lines)
		return fmt.Errorf("%s: %d lines failed", name, st.Errors)
	}
	return nil
}

// meterWriter counts the records written through it (one a line).
type meterWriter struct {
	w io.Writer
	m *meter
}

func (mw meterWriter) Write(p []byte) (int, error) {
	n, err := mw.w.Write(p)
	mw.m.Add(int64(bytes.Count(p[:n], []byte("\n"))), "")
	return n, err
}
