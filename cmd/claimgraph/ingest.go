package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/corpus"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
)

func ingestCmd() *cobra.Command {
	var db string
	var queued, logBatches bool
	var opt corpus.Options
	var fo fetch.Options
	var parallel int
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Analyze files (text, HTML, JSONL, RSS/Atom, WARC; directories recursively) and URLs (pages, feeds, sitemaps) into the store",
		Example: `  claimgraph ingest ../shared/data/corpus/
  claimgraph ingest --contact mailto:desk@example.org https://example.org/rss.xml https://example.org/sitemap.xml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			pub, err := document.NormalizeDate(opt.Meta.Published)
			if err != nil {
				return usageError{fmt.Errorf("--published: %w", err)}
			}
			opt.Meta.Published = pub
			if queued {
				if err := requirePostgres(db); err != nil {
					return err
				}
				return enqueue(ctx, db, args, opt.Meta, fo, parallel)
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			var m *meter
			if term.IsTerminal(int(os.Stderr.Fd())) {
				// Counting reads the inputs once more, cheaply (no
				// analysis), for a total, a percent and a time left.
				total, known := ingest.Count(ctx, args)
				if !known {
					total = 0
				}
				m = newMeter("ingest", "docs", int64(total))
			}
			o := withProgress(&opt, m)
			o.Web = newWeb(fo, parallel, st)
			if logBatches {
				o.Progress = logProgress(m, o.Progress)
			}
			rep, err := corpus.Ingest(ctx, analysis.New(), st, args, o)
			m.Done()
			if err == nil && rep.Added > 0 {
				// A bare surname is joined to the one person the whole
				// corpus makes its clear holder, whichever came first.
				if rerr := st.ResolveSpeakers(ctx); rerr != nil {
					return fmt.Errorf("resolving speakers across the corpus: %w", rerr)
				}
			}
			return finish(rep, err, "added", "already stored")
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().IntVar(&opt.Workers, "workers", 0, "analysis goroutines (default: all cores)")
	cmd.Flags().IntVar(&opt.BatchSize, "batch", 256, "documents per transaction")
	cmd.Flags().BoolVar(&logBatches, "log", false, "print a line on standard error as each batch is committed (for logs without a terminal)")
	cmd.Flags().BoolVar(&queued, "queue", false, "store raw documents and queue their analysis for `claimgraph worker` (PostgreSQL)")
	// For .txt articles, which carry no metadata of their own (an
	// X.meta.json sidecar is the per-file way).
	cmd.Flags().StringVar(&opt.Meta.Published, "published", "", "publication date YYYY-MM-DD of every input given (overrides sidecars and pages)")
	cmd.Flags().StringVar(&opt.Meta.Title, "title", "", "title of every input given (overrides sidecars and pages)")
	cmd.Flags().StringVar(&opt.Meta.Outlet, "outlet", "", "outlet (publisher) of every input given (overrides sidecars and pages)")
	fetchFlags(cmd, &fo, &parallel)
	return cmd
}

func reanalyzeCmd() *cobra.Command {
	var db string
	var all bool
	var opt corpus.Options
	cmd := &cobra.Command{
		Use:   "reanalyze",
		Short: "Re-run the current analyzer over stored documents, replacing their records atomically",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			var m *meter
			if term.IsTerminal(int(os.Stderr.Fd())) {
				var total int64
				if stats, err := st.Stats(ctx); err == nil {
					total = int64(stats.Documents)
				}
				m = newMeter("reanalyze", "docs", total)
			}
			rep, err := corpus.Reanalyze(ctx, analysis.New(), st, all, withProgress(&opt, m))
			m.Done()
			if err == nil && rep.Added > 0 {
				// New records bring new names: join bare surnames again, as ingest does.
				if rerr := st.ResolveSpeakers(ctx); rerr != nil {
					return fmt.Errorf("resolving speakers across the corpus: %w", rerr)
				}
			}
			return finish(rep, err, "reanalyzed", "analyzed by this version")
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&all, "all", false, "redo every document, not only those analyzed by an older version")
	return cmd
}

// withProgress reports failures and duplicates on standard error as they
// happen, and progress on m (nil: no terminal, no meter).
func withProgress(opt *corpus.Options, m *meter) corpus.Options {
	o := *opt
	o.Failure = func(source string, err error) {
		m.Print("claimgraph: %s: %v\n", source, err)
	}
	o.Duplicate = func(d corpus.Duplicate) {
		m.Print("claimgraph: %s\n", duplicateMessage(d))
	}
	o.Read = func(source string) { m.Add(1, source) }
	o.Progress = func(corpus.Report) {}
	return o
}

// duplicateMessage names both inputs of one document and says which text
// the store keeps, and why.
func duplicateMessage(d corpus.Duplicate) string {
	kept, dropped := d.Kept, d.Dropped
	if d.Stored && d.Replaced {
		dropped = "the stored copy"
	} else if d.Stored {
		kept = "the stored copy"
	}
	verb := "skipped"
	if d.Replaced {
		verb = "replaced"
	}
	return fmt.Sprintf("%s and %s are one document (%s) with different texts; kept %s (%s), %s %s (%s)",
		kept, dropped, d.ID, kept, d.KeptQ, verb, dropped, d.DroppedQ)
}

// logProgress prints a line per committed batch, then calls next.
func logProgress(m *meter, next func(corpus.Report)) func(corpus.Report) {
	return func(r corpus.Report) {
		m.Print("committed: %d read, %d added, %d skipped, %d failed\n", r.Read, r.Added, r.Skipped, r.Failed)
		next(r)
	}
}

// summaryLine says what a run did. Its rate counts the documents it
// analyzed, over the run's real time: one that only skipped stored
// documents reads them at tens of thousands a second, a figure that says
// nothing of how fast documents are analyzed, so it has none.
func summaryLine(r corpus.Report, verb, skipped string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d read, %d %s", r.Read, r.Added, verb)
	if r.Replaced > 0 {
		fmt.Fprintf(&b, ", %d replaced by a better text", r.Replaced)
	}
	fmt.Fprintf(&b, ", %d skipped (%s), %d failed in %.1fs", r.Skipped, skipped, r.Failed, r.Elapsed.Seconds())
	if done := r.Added + r.Replaced + r.Failed; done > 0 && r.Elapsed > 0 {
		fmt.Fprintf(&b, " (%.0f docs/s)", float64(done)/r.Elapsed.Seconds())
	}
	return b.String()
}

// finish prints the summary line and turns failures into the exit status.
func finish(r corpus.Report, err error, verb, skipped string) error {
	fmt.Fprintln(os.Stderr, summaryLine(r, verb, skipped))
	if err != nil {
		if err == context.Canceled {
			return fmt.Errorf("interrupted; run again to continue")
		}
		return err
	}
	if r.Failed > 0 {
		return fmt.Errorf("%d items failed (listed above)", r.Failed)
	}
	return nil
}
