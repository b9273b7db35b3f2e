package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimgraph/claimgraph/internal/fetch"
)

// FetchesTable keeps what was fetched from the web, per URL asked: where
// it ended, its status and validators (for the next conditional request),
// when, and the document a page became. `watch` resumes from it after a
// restart. Both dialects run it as a migration.
const FetchesTable = `
CREATE TABLE fetches (
	url TEXT PRIMARY KEY, final_url TEXT, kind TEXT, status INTEGER,
	fetched_at TEXT, etag TEXT, last_modified TEXT, doc_id TEXT
);
CREATE INDEX fetches_doc ON fetches (doc_id);
`

// Fetched returns the last fetch of url, if any.
func (s *SQL) Fetched(ctx context.Context, url string) (fetch.Record, bool, error) {
	var r fetch.Record
	var final, kind, at, etag, lm, doc sql.NullString
	var status sql.NullInt64
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT final_url, kind, status, fetched_at, etag, last_modified, doc_id FROM fetches WHERE url = ?`), url).
		Scan(&final, &kind, &status, &at, &etag, &lm, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("reading the fetch of %s: %w", url, err)
	}
	r = fetch.Record{URL: url, FinalURL: final.String, Kind: kind.String, Status: int(status.Int64),
		ETag: etag.String, LastModified: lm.String, DocID: doc.String}
	r.FetchedAt, _ = time.Parse(time.RFC3339Nano, at.String)
	return r, true, nil
}

// DocumentFetch returns the fetch that made document id, if it came from
// the web.
func (s *SQL) DocumentFetch(ctx context.Context, id string) (fetch.Record, bool, error) {
	var url string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT url FROM fetches WHERE doc_id = ? ORDER BY fetched_at DESC LIMIT 1`), id).Scan(&url)
	if errors.Is(err, sql.ErrNoRows) {
		return fetch.Record{}, false, nil
	}
	if err != nil {
		return fetch.Record{}, false, fmt.Errorf("reading the fetch of document %s: %w", id, err)
	}
	return s.Fetched(ctx, url)
}

// PutFetches records fetches, each replacing the URL's previous one, in one
// transaction. A 304 keeps the document the URL made before.
func (s *SQL) PutFetches(ctx context.Context, recs []fetch.Record) error {
	if len(recs) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("recording fetches: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, s.d.rebind(`INSERT INTO fetches (url, final_url, kind, status, fetched_at, etag, last_modified, doc_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, kind = excluded.kind, status = excluded.status,
			fetched_at = excluded.fetched_at, etag = excluded.etag, last_modified = excluded.last_modified,
			doc_id = COALESCE(excluded.doc_id, fetches.doc_id)`))
	if err != nil {
		return fmt.Errorf("recording fetches: %w", err)
	}
	defer stmt.Close()
	for _, r := range recs {
		var doc any
		if r.DocID != "" {
			doc = r.DocID
		}
		if _, err := stmt.ExecContext(ctx, r.URL, r.FinalURL, r.Kind, r.Status, r.FetchedAt.UTC().Format(time.RFC3339Nano), r.ETag, r.LastModified, doc); err != nil {
			return fmt.Errorf("recording the fetch of %s: %w", r.URL, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("recording fetches: %w", err)
	}
	return nil
}
