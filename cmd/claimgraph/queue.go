package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/corpus"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/ingest"
	"github.com/claimgraph/claimgraph/internal/queue"
	"github.com/claimgraph/claimgraph/internal/store"
)

func requirePostgres(db string) error {
	if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") {
		return usageError{fmt.Errorf("the job queue needs --db postgres://... (got %q)", db)}
	}
	return nil
}

// openQueue checks that db is PostgreSQL and opens the queue's pool.
func openQueue(ctx context.Context, db string) (*pgxpool.Pool, error) {
	if err := requirePostgres(db); err != nil {
		return nil, err
	}
	return queue.Open(ctx, db)
}

// openStoreAndQueue opens the PostgreSQL store and the queue's pool on it;
// closeAll closes both.
func openStoreAndQueue(ctx context.Context, db string) (st store.Store, pool *pgxpool.Pool, closeAll func(), err error) {
	if err = requirePostgres(db); err != nil {
		return nil, nil, nil, err
	}
	if st, err = openStore(ctx, db); err != nil {
		return nil, nil, nil, err
	}
	if pool, err = openQueue(ctx, db); err != nil {
		st.Close()
		return nil, nil, nil, err
	}
	return st, pool, func() { pool.Close(); st.Close() }, nil
}

// enqueue reads sources (files and URLs) into the raw-document table and
// the job queue.
func enqueue(ctx context.Context, db string, paths []string, meta document.Meta, fo fetch.Options, parallel int) error {
	st, pool, closeAll, err := openStoreAndQueue(ctx, db)
	if err != nil {
		return err
	}
	defer closeAll()
	failed, err := enqueueWith(ctx, st, pool, ingest.Walker{Web: newWeb(fo, parallel, st), Meta: meta}, paths, nil)
	if err == nil && failed > 0 {
		err = fmt.Errorf("%d items failed (listed above)", failed)
	}
	return err
}

// enqueueWith queues what walker reads of paths; halt, when closed, stops
// reading (what was read is queued). It reports how many items failed.
func enqueueWith(ctx context.Context, st store.Store, pool *pgxpool.Pool, walker ingest.Walker, paths []string, halt <-chan struct{}) (int, error) {
	client, err := queue.NewClient(pool, nil, nil, queue.Options{})
	if err != nil {
		return 0, err
	}
	walkCtx, stopWalk := corpus.HaltContext(ctx, halt)
	defer stopWalk()
	var batch []queue.Raw
	read, queued, failed := 0, 0, 0
	var qerr error
	flush := func() {
		if len(batch) == 0 || qerr != nil {
			return
		}
		n, err := queue.Enqueue(ctx, pool, client, st, batch)
		if err != nil {
			qerr = err
		}
		queued += n
		batch = batch[:0]
	}
	start := time.Now()
	err = walker.Walk(walkCtx, paths, func(it ingest.Item) bool {
		read++
		if it.Unchanged {
			return true
		}
		if it.Err != nil {
			failed++
			fmt.Fprintf(os.Stderr, "claimgraph: %s: %v\n", it.Source, it.Err)
			return true
		}
		batch = append(batch, queue.Raw{Source: it.Source, Doc: it.Doc})
		if len(batch) >= 500 {
			flush()
		}
		return qerr == nil
	})
	flush()
	fmt.Fprintf(os.Stderr, "%d read, %d queued, %d skipped (queued or stored before), %d failed in %.1fs\n",
		read, queued, read-queued-failed, failed, time.Since(start).Seconds())
	if qerr != nil {
		return failed, qerr
	}
	if walker.Web != nil && ctx.Err() == nil {
		// A page queued but not yet analyzed is fetched again next
		// round and skipped by Enqueue, which knows it.
		if err := st.PutFetches(ctx, walker.Web.Records()); err != nil {
			return failed, err
		}
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return failed, err
	}
	return failed, ctx.Err()
}

func workerCmd() *cobra.Command {
	var db string
	var opt queue.Options
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Work analysis jobs from the PostgreSQL queue (run any number, on any machines)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			st, pool, closeAll, err := openStoreAndQueue(ctx, db)
			if err != nil {
				return err
			}
			defer closeAll()
			client, err := queue.NewClient(pool, st, analysis.New(), opt)
			if err != nil {
				return err
			}
			if err := client.Start(context.Background()); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "claimgraph: worker started (%d at once)\n", max(opt.Concurrency, 4))
			<-ctx.Done()
			// Finish what is in hand; past the grace period, cancel it so the
			// jobs go back to the queue for another worker.
			sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := client.Stop(sctx); err != nil {
				return client.StopAndCancel(context.Background())
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().IntVar(&opt.Concurrency, "concurrency", 4, "jobs at once in this process")
	cmd.Flags().IntVar(&opt.MaxAttempts, "max-attempts", 5, "tries before a document is parked as failed")
	cmd.Flags().DurationVar(&opt.RetryBase, "retry-base", 2*time.Second, "backoff unit: try n waits n*n times this")
	cmd.Flags().DurationVar(&opt.JobTimeout, "job-timeout", time.Minute, "longest one analysis may take")
	cmd.Flags().DurationVar(&opt.RescueAfter, "rescue-after", 2*time.Minute, "when a job of a dead worker goes back to the queue (more than --job-timeout)")
	return cmd
}

func statusCmd() *cobra.Command {
	var db, format string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Queued, running, done and failed analysis jobs, and throughput",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pool, err := openQueue(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer pool.Close()
			s, err := queue.ReadStatus(cmd.Context(), pool)
			if err != nil {
				return err
			}
			if format == "json" {
				return json.NewEncoder(os.Stdout).Encode(s)
			}
			for _, k := range []string{"available", "scheduled", "retryable", "running", "completed", "discarded", "cancelled"} {
				fmt.Printf("%-10s %d\n", k, s.States[k])
			}
			fmt.Printf("throughput %.1f docs/s (last minute)\n", s.PerSecond)
			for _, e := range s.LastErrors {
				fmt.Printf("failed     %s\n", e)
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

func retryCmd() *cobra.Command {
	var db string
	cmd := &cobra.Command{
		Use:   "retry",
		Short: "Put every failed (parked) analysis job back in the queue",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pool, err := openQueue(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer pool.Close()
			client, err := queue.NewClient(pool, nil, nil, queue.Options{})
			if err != nil {
				return err
			}
			n, err := queue.RetryFailed(cmd.Context(), client)
			fmt.Fprintf(os.Stderr, "%d jobs queued again\n", n)
			return err
		},
	}
	dbFlag(cmd, &db)
	return cmd
}

func relinkCmd() *cobra.Command {
	var db string
	var queued bool
	cmd := &cobra.Command{
		Use:   "relink",
		Short: "Recompute cross-document contradictions so they depend only on the stored corpus (or queue that job)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if queued {
				pool, err := openQueue(ctx, db)
				if err != nil {
					return err
				}
				defer pool.Close()
				client, err := queue.NewClient(pool, nil, nil, queue.Options{})
				if err != nil {
					return err
				}
				_, err = client.Insert(ctx, queue.RelinkArgs{}, nil)
				return err
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			start := time.Now()
			// Relink reports no progress: a spinner and the time elapsed
			// show it is running.
			m := newMeter("relink", "", 0)
			n, err := st.Relink(ctx)
			m.Done()
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "%d contradictions after relinking in %.1fs\n", n, time.Since(start).Seconds())
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().BoolVar(&queued, "queue", false, "queue the relink for a worker instead of running it here (PostgreSQL)")
	return cmd
}
