package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/quantity"
	"github.com/claimgraph/claimgraph/internal/segment"
	"github.com/claimgraph/claimgraph/internal/story"
)

// SQL is the Store over database/sql shared by every dialect.
type SQL struct {
	db *sql.DB
	d  *Dialect
	// speakers caches speaker ids by key across transactions; only ids of
	// committed rows enter it. Joining speakers again (relink, in any
	// process) deletes and renumbers them and bumps the stored speaker
	// generation; every write transaction compares it with speakerGen under
	// the write lock and empties the cache when they differ.
	speakers   sync.Map
	speakerGen atomic.Int64
	cacheMu    sync.Mutex // orders changes of speakerGen with what enters speakers
	// claims compares propositions across documents, and counter tells the
	// figures that count things from amounts; both made on first use, since
	// their lexicons cost 10 MB and reads (stats, lists, serve) never use them.
	lexOnce sync.Once
	claims  *claim.Extractor
	counter *quantity.Counter
	// seg finds the sentences shown around quotes and figures; made on
	// first use, since most processes that open a store never read one.
	segOnce sync.Once
	seg     *segment.Segmenter
	// sigs caches stored story signatures by document seq (sameReport).
	sigMu sync.Mutex
	sigs  map[int64]story.Signature
}

func (s *SQL) lexicons() {
	s.lexOnce.Do(func() { s.claims, s.counter = claim.NewExtractor(), quantity.NewCounter() })
}

// claimer returns the claim extractor, made on first use.
func (s *SQL) claimer() *claim.Extractor { s.lexicons(); return s.claims }

// figures returns the quantity counter, made on first use.
func (s *SQL) figures() *quantity.Counter { s.lexicons(); return s.counter }

func (s *SQL) segmenter() *segment.Segmenter {
	s.segOnce.Do(func() { s.seg = segment.NewSegmenter() })
	return s.seg
}

// New wraps an open database and brings its schema up to date.
func New(ctx context.Context, db *sql.DB, d *Dialect) (*SQL, error) {
	s := &SQL{db: db, d: d}
	s.speakerGen.Store(-1) // unknown: the first write reads it
	if d.Setup != nil {
		if err := d.Setup(ctx, db); err != nil {
			return nil, fmt.Errorf("%s setup: %w", d.Name, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// migrate applies the dialect's migrations that the database lacks, in one
// transaction that holds the write lock from its start: processes opening
// one new database at once queue there, the first brings the schema up to
// date and the others find it so. Both dialects run DDL inside
// transactions, so a failed migration leaves the schema as it was.
func (s *SQL) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	defer tx.Rollback()
	if err := s.writeLock(ctx, tx); err != nil {
		return fmt.Errorf("migrating: taking the write lock: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("reading schema version: %w", err)
	}
	if have > len(s.d.Migrations) {
		return fmt.Errorf("store schema version %d is newer than this claimgraph (%d): upgrade claimgraph", have, len(s.d.Migrations))
	}
	if have == len(s.d.Migrations) {
		return nil
	}
	for v := have + 1; v <= len(s.d.Migrations); v++ {
		if _, err := tx.ExecContext(ctx, s.d.Migrations[v-1]); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`), v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrating to version %d: %w", len(s.d.Migrations), err)
	}
	return nil
}

// DB exposes the pool, for tools that need raw access (benchmarks, workers).
func (s *SQL) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *SQL) Close() error { return s.db.Close() }

func (s *SQL) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	return tx.ExecContext(ctx, s.d.rebind(q), args...)
}

func (s *SQL) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.d.rebind(q), args...)
}
