package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph/internal/claim"
)

// SQL is the Store over database/sql shared by every dialect.
type SQL struct {
	db *sql.DB
	d  *Dialect
	// speakers caches speaker ids by key across transactions; only ids of
	// committed rows enter it, and speakers are never deleted.
	speakers sync.Map
	// claims compares propositions across documents.
	claims *claim.Extractor
}

// New wraps an open database and brings its schema up to date.
func New(ctx context.Context, db *sql.DB, d *Dialect) (*SQL, error) {
	s := &SQL{db: db, d: d, claims: claim.NewExtractor()}
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

// migrate applies the dialect's migrations that the database lacks, each in
// its own transaction, recording the version reached.
func (s *SQL) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("reading schema version: %w", err)
	}
	if have > len(s.d.Migrations) {
		return fmt.Errorf("store schema version %d is newer than this claimgraph (%d): upgrade claimgraph", have, len(s.d.Migrations))
	}
	for v := have + 1; v <= len(s.d.Migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.Migrations[v-1]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`), v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
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
