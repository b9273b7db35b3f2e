package queue

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
)

// AnalyzeArgs is the job that analyzes raw documents: one (DocID), or a
// batch of up to DocsPerJob (DocIDs), stored in one transaction.
type AnalyzeArgs struct {
	DocID  string   `json:"doc_id,omitempty"`
	DocIDs []string `json:"doc_ids,omitempty"`
}

// ids lists the job's documents.
func (a AnalyzeArgs) ids() []string {
	if len(a.DocIDs) > 0 {
		return a.DocIDs
	}
	return []string{a.DocID}
}

// DocsPerJob is how many documents ingest --queue puts in one job. One
// document a job cost a job fetch, a transaction, the write lock and a
// commit each, and the store's per-speaker statements were not shared:
// the BBC corpus ran at 126 documents/s on one worker. A batch that fails
// is split into jobs of one document, so a bad document is parked alone.
const DocsPerJob = 8

// Kind names the job in River's table.
func (AnalyzeArgs) Kind() string { return "claimgraph_analyze" }

// RelinkArgs is the cross-document job: recompute every cross-document
// contradiction in an order that depends only on the stored corpus (run it
// once the analysis jobs are done).
type RelinkArgs struct{}

// Kind names the job in River's table.
func (RelinkArgs) Kind() string { return "claimgraph_relink" }

type relinker struct {
	river.WorkerDefaults[RelinkArgs]
	st store.Store
}

func (r *relinker) Work(ctx context.Context, job *river.Job[RelinkArgs]) error {
	_, err := r.st.Relink(ctx)
	return err
}

// Timeout lets a relink of a large corpus run longer than an analysis.
func (r *relinker) Timeout(*river.Job[RelinkArgs]) time.Duration { return time.Hour }

const rawTable = `CREATE TABLE IF NOT EXISTS claimgraph_raw (
	id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, outlet TEXT, published TEXT, language TEXT,
	text TEXT NOT NULL, queued_at TIMESTAMPTZ NOT NULL DEFAULT now())`

// Open connects a pgx pool (River's driver needs one) and brings River's
// schema and the raw-document table up to date.
func Open(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("connecting to the queue: %w", err)
	}
	mig, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		pool.Close()
		return nil, err
	}
	if _, err := mig.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		pool.Close()
		return nil, fmt.Errorf("migrating the job queue: %w", err)
	}
	if _, err := pool.Exec(ctx, rawTable); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// Options tune a worker.
type Options struct {
	Concurrency int           // jobs at once in this process; 0 means 2 per core
	MaxAttempts int           // tries before a document is parked as failed; 0 means 5
	RetryBase   time.Duration // backoff unit: attempt n waits n*n*RetryBase; 0 means 2s
	// JobTimeout bounds one analysis; RescueAfter is when a job whose worker
	// died (still "running") goes back to the queue. 0 means 1m and 2m.
	JobTimeout, RescueAfter time.Duration
}

// backoff retries quickly at first and slower after: the default River
// policy waits attempt^4 seconds, made for flaky remote calls.
type backoff struct{ base time.Duration }

func (b backoff) NextRetry(job *rivertype.JobRow) time.Time {
	n := time.Duration(job.Attempt)
	return time.Now().Add(n * n * b.base)
}

// NewClient builds a River client. With st and a set it also works jobs;
// without, it only inserts them.
func NewClient(pool *pgxpool.Pool, st store.Store, a *analysis.Analyzer, opt Options) (*river.Client[pgx.Tx], error) {
	cfg := &river.Config{
		// River's defaults poll once a second and back off 100 ms between
		// fetches, which caps a worker near 1,000 jobs/s; analysis jobs are
		// short, so fetch sooner and in bigger gulps.
		FetchCooldown:        time.Millisecond,
		FetchPollInterval:    200 * time.Millisecond,
		MaxAttempts:          opt.MaxAttempts,
		JobTimeout:           cmp.Or(opt.JobTimeout, time.Minute),
		RescueStuckJobsAfter: cmp.Or(opt.RescueAfter, 2*time.Minute),
		RetryPolicy:          backoff{opt.RetryBase},
	}
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 5
	}
	if opt.RetryBase == 0 {
		cfg.RetryPolicy = backoff{2 * time.Second}
	}
	if st != nil {
		workers := river.NewWorkers()
		if err := river.AddWorkerSafely(workers, &worker{pool: pool, st: st, a: a}); err != nil {
			return nil, err
		}
		if err := river.AddWorkerSafely(workers, &relinker{st: st}); err != nil {
			return nil, err
		}
		n := opt.Concurrency
		if n <= 0 {
			n = 4
		}
		cfg.Workers = workers
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: n}}
	}
	return river.NewClient(riverpgxv5.New(pool), cfg)
}

// Raw is a document waiting for analysis.
type Raw struct {
	Source string
	Doc    document.Document
}

// Enqueue stores raw documents and their jobs in one transaction; documents
// already queued or stored are skipped. It reports how many were queued.
func Enqueue(ctx context.Context, pool *pgxpool.Pool, client *river.Client[pgx.Tx], st store.Store, docs []Raw) (int, error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx)
	var ids []string
	for _, r := range docs {
		if has, err := st.Has(ctx, r.Doc.ID); err != nil {
			return 0, err
		} else if has {
			continue
		}
		d := r.Doc
		tag, err := tx.Exec(ctx, `INSERT INTO claimgraph_raw (id, source, url, title, outlet, published, language, text)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`, d.ID, r.Source, d.URL, d.Title, d.Outlet, d.Published, d.Language, d.Text)
		if err != nil {
			return 0, err
		}
		if tag.RowsAffected() == 1 {
			ids = append(ids, d.ID)
		}
	}
	var params []river.InsertManyParams
	for len(ids) > 0 {
		n := min(len(ids), DocsPerJob)
		params = append(params, river.InsertManyParams{Args: batchArgs(ids[:n])})
		ids = ids[n:]
	}
	if len(params) > 0 {
		if _, err := client.InsertManyFastTx(ctx, tx, params); err != nil {
			return 0, err
		}
	}
	queued := 0
	for _, p := range params {
		queued += len(p.Args.(AnalyzeArgs).ids())
	}
	return queued, tx.Commit(ctx)
}

// Status counts jobs by state and the recent completion rate.
type Status struct {
	States     map[string]int `json:"states"`
	PerSecond  float64        `json:"completed_per_second_last_minute"`
	LastErrors []string       `json:"failed_documents"`
}

// jobDocs is the number of documents a river_job row stands for: those of
// a split batch count in their own jobs.
const jobDocs = `COALESCE(jsonb_array_length(args->'doc_ids'), 1) - COALESCE((metadata->'output'->>'split')::int, 0)`

// ReadStatus reads the queue's state, in documents.
func ReadStatus(ctx context.Context, pool *pgxpool.Pool) (Status, error) {
	st := Status{States: map[string]int{}}
	rows, err := pool.Query(ctx, `SELECT state::text, SUM(`+jobDocs+`) FROM river_job WHERE kind = $1 GROUP BY state`, AnalyzeArgs{}.Kind())
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			rows.Close()
			return st, err
		}
		st.States[s] = n
	}
	rows.Close()
	var recent int
	if err := pool.QueryRow(ctx, `SELECT COALESCE(SUM(`+jobDocs+`), 0) FROM river_job WHERE kind = $1 AND state = 'completed' AND finalized_at > now() - interval '1 minute'`, AnalyzeArgs{}.Kind()).Scan(&recent); err != nil {
		return st, err
	}
	st.PerSecond = float64(recent) / 60
	rows, err = pool.Query(ctx, `SELECT COALESCE(args->>'doc_id', args->>'doc_ids'), COALESCE(errors[array_length(errors, 1)]->>'error', '') FROM river_job
		WHERE kind = $1 AND state IN ('discarded', 'cancelled') ORDER BY id LIMIT 50`, AnalyzeArgs{}.Kind())
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, msg string
		if err := rows.Scan(&id, &msg); err != nil {
			return st, err
		}
		st.LastErrors = append(st.LastErrors, id+": "+msg)
	}
	return st, rows.Err()
}

// RetryFailed puts every parked (discarded) job back in the queue.
func RetryFailed(ctx context.Context, client *river.Client[pgx.Tx]) (int, error) {
	n := 0
	params := river.NewJobListParams().States(rivertype.JobStateDiscarded, rivertype.JobStateCancelled).First(1000)
	for {
		res, err := client.JobList(ctx, params)
		if err != nil {
			return n, err
		}
		for _, j := range res.Jobs {
			if _, err := client.JobRetry(ctx, j.ID); err != nil {
				return n, err
			}
			n++
		}
		if len(res.Jobs) < 1000 {
			return n, nil
		}
		params = params.After(res.LastCursor)
	}
}
