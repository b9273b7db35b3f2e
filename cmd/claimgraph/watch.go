package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/corpus"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
)

func watchCmd() *cobra.Command {
	var db, sources string
	var every time.Duration
	var once, queued bool
	var fo fetch.Options
	var parallel int
	cmd := &cobra.Command{
		Use:   "watch --sources FILE",
		Short: "Keep a store current: poll feeds and sitemaps, fetch new items only, until stopped",
		Long: `watch reads a sources file (one feed, sitemap or page URL a line; # starts a comment)
and every --every polls each source with conditional requests, fetching only the
items the store lacks. Its state (ETags, Last-Modified, what each URL became) lives
in the store, so a restart resumes. SIGTERM or Ctrl-C stops fetching and finishes
what is in flight. With --queue (PostgreSQL) fetched pages become worker jobs.`,
		Example: `  claimgraph watch --sources sources.txt --every 15m --contact mailto:desk@example.org
  claimgraph watch --sources sources.txt --once        # one round, e.g. from cron`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if sources == "" {
				return usageError{fmt.Errorf("watch needs --sources FILE")}
			}
			if every <= 0 {
				return usageError{fmt.Errorf("--every must be positive")}
			}
			urls, err := readSources(sources)
			if err != nil {
				return err
			}
			sig, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			// The work itself outlives the signal: what was fetched is
			// analyzed and stored before the process ends.
			ctx := context.WithoutCancel(cmd.Context())
			round, closeAll, err := watchRound(ctx, db, queued, fo, parallel, urls, sig.Done())
			if err != nil {
				return err
			}
			defer closeAll()
			for n := 1; ; n++ {
				failed, err := round()
				if err != nil {
					return fmt.Errorf("round %d: %w", n, err)
				}
				if once {
					if failed > 0 {
						return fmt.Errorf("%d items failed (listed above)", failed)
					}
					return nil
				}
				t := time.NewTimer(every)
				select {
				case <-sig.Done():
					t.Stop()
					fmt.Fprintln(os.Stderr, "claimgraph: watch stopped")
					return nil
				case <-t.C:
				}
			}
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&sources, "sources", "", "file of feed, sitemap and page URLs, one a line")
	cmd.Flags().DurationVar(&every, "every", 15*time.Minute, "time between rounds")
	cmd.Flags().BoolVar(&once, "once", false, "one round, then exit (non-zero if an item failed)")
	cmd.Flags().BoolVar(&queued, "queue", false, "queue fetched pages for `claimgraph worker` instead of analyzing here (PostgreSQL)")
	fetchFlags(cmd, &fo, &parallel)
	return cmd
}

// watchRound opens the store and returns a function that runs one round
// over urls, reporting how many items failed. The fetcher is shared by all
// rounds, so robots.txt and each host's delay carry over.
func watchRound(ctx context.Context, db string, queued bool, fo fetch.Options, parallel int, urls []string, halt <-chan struct{}) (func() (int, error), func(), error) {
	client := newClient(fo)
	fail := func(source string, err error) { fmt.Fprintf(os.Stderr, "claimgraph: %s: %v\n", source, err) }
	if queued {
		st, pool, closeAll, err := openStoreAndQueue(ctx, db)
		if err != nil {
			return nil, nil, err
		}
		return func() (int, error) {
			web := &ingest.Web{Client: client, State: st, Parallel: parallel}
			return enqueueWith(ctx, st, pool, ingest.Walker{Web: web}, urls, halt)
		}, closeAll, nil
	}
	st, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	a := analysis.New()
	return func() (int, error) {
		web := &ingest.Web{Client: client, State: st, Parallel: parallel}
		rep, err := corpus.Ingest(ctx, a, st, urls, corpus.Options{Web: web, Halt: halt, Failure: fail})
		if err == nil && rep.Added > 0 {
			if err = st.ResolveSpeakers(ctx); err != nil {
				err = fmt.Errorf("resolving speakers across the corpus: %w", err)
			}
		}
		fmt.Fprintf(os.Stderr, "%s: %d read, %d added, %d unchanged or stored before, %d failed in %.1fs\n",
			time.Now().UTC().Format(time.RFC3339), rep.Read, rep.Added, rep.Skipped, rep.Failed, rep.Elapsed.Seconds())
		return rep.Failed, err
	}, func() { st.Close() }, nil
}
