package queue

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
)

// batchArgs is the job for ids: a single document's job names it alone.
func batchArgs(ids []string) AnalyzeArgs {
	if len(ids) == 1 {
		return AnalyzeArgs{DocID: ids[0]}
	}
	return AnalyzeArgs{DocIDs: slices.Clone(ids)}
}

// worker analyzes a job's raw documents and stores their records.
type worker struct {
	river.WorkerDefaults[AnalyzeArgs]
	pool *pgxpool.Pool
	st   store.Store
	a    *analysis.Analyzer
}

// raw is one queued document as read back.
type raw struct {
	source string
	meta   document.Meta
	text   string
}

// Work stores the job's documents in one transaction. A job of one
// document fails as that document fails (River retries it and then parks
// it, reason kept). A batch never fails for one document: what cannot be
// analyzed, or a batch the store refuses, goes back as jobs of one document
// each, and the rest is stored.
func (w *worker) Work(ctx context.Context, job *river.Job[AnalyzeArgs]) error {
	ids := job.Args.ids()
	raws, err := w.read(ctx, ids)
	if err != nil {
		return err
	}
	var recs []analysis.Record
	var sources, stored, alone []string
	var firstErr error
	for _, id := range ids {
		r, ok := raws[id]
		if !ok {
			// Stored by an earlier run of this job, or gone.
			has, herr := w.st.Has(ctx, id)
			if herr != nil {
				return fmt.Errorf("looking up %s: %w", id, herr)
			}
			if has {
				continue
			}
			if len(ids) == 1 {
				return river.JobCancel(fmt.Errorf("raw document %s is gone", id))
			}
			alone = append(alone, id)
			continue
		}
		rec, err := w.analyze(ctx, r)
		if err != nil {
			if ctx.Err() != nil {
				if len(ids) == 1 {
					return err
				}
				// The batch's time is up: each document gets a job and
				// a timeout of its own, so a slow one fails alone.
				return w.split(ctx, job, ids)
			}
			firstErr = cmp.Or(firstErr, err)
			alone = append(alone, id)
			continue
		}
		recs = append(recs, rec)
		sources = append(sources, r.source)
		stored = append(stored, id)
	}
	if len(ids) == 1 && firstErr != nil {
		return firstErr
	}
	if len(recs) > 0 {
		if _, err := w.st.Put(ctx, recs, sources); err != nil {
			if len(ids) == 1 {
				return err
			}
			// Which document the store refused is not known (or the
			// batch ran out of time): each on its own.
			return w.split(ctx, job, ids)
		}
		if _, err := w.pool.Exec(ctx, `DELETE FROM claimgraph_raw WHERE id = ANY($1)`, stored); err != nil {
			return fmt.Errorf("deleting the raw rows of %d stored documents: %w", len(stored), err)
		}
	}
	if len(alone) > 0 {
		return w.split(ctx, job, alone)
	}
	return nil
}

// read fetches the raw rows of ids that are still queued.
func (w *worker) read(ctx context.Context, ids []string) (map[string]raw, error) {
	rows, err := w.pool.Query(ctx, `SELECT id, COALESCE(source,''), COALESCE(url,''), COALESCE(title,''), COALESCE(outlet,''), COALESCE(published,''), COALESCE(language,''), text
		FROM claimgraph_raw WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("reading %d raw documents: %w", len(ids), err)
	}
	defer rows.Close()
	out := map[string]raw{}
	for rows.Next() {
		var r raw
		if err := rows.Scan(&r.meta.ID, &r.source, &r.meta.URL, &r.meta.Title, &r.meta.Outlet, &r.meta.Published, &r.meta.Language, &r.text); err != nil {
			return nil, fmt.Errorf("reading raw documents: %w", err)
		}
		out[r.meta.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading raw documents: %w", err)
	}
	return out, nil
}

// analyze turns one raw row into its record; a panic in the analysis is
// that document's error, not the worker's end.
func (w *worker) analyze(ctx context.Context, r raw) (rec analysis.Record, err error) {
	d, err := document.New([]byte(r.text), r.meta)
	if err != nil {
		return rec, fmt.Errorf("%s: %w", r.source, err)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: analysis failed: %v", r.source, p)
		}
	}()
	return w.a.AnalyzeContext(ctx, d)
}

// split queues each of ids as a job of its own and completes the batch job
// in the same transaction, so that a worker killed in between leaves either
// the batch to run again or its single jobs, never both. The batch records
// how many of its documents went on alone, so that status counts each
// document once. It runs on after the job's deadline: splitting is how a
// batch that ran out of time ends.
func (w *worker) split(ctx context.Context, job *river.Job[AnalyzeArgs], ids []string) error {
	client, err := river.ClientFromContextSafely[pgx.Tx](ctx)
	if err != nil {
		return err
	}
	if err := river.RecordOutput(ctx, map[string]int{"split": len(ids)}); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	tx, err := w.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("splitting a batch: %w", err)
	}
	defer tx.Rollback(ctx)
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: AnalyzeArgs{DocID: id}}
	}
	if _, err := client.InsertManyTx(ctx, tx, params); err != nil {
		return fmt.Errorf("queueing %d documents of a batch one by one: %w", len(ids), err)
	}
	if _, err := river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job); err != nil {
		return fmt.Errorf("completing a split batch: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("splitting a batch: %w", err)
	}
	return nil
}
