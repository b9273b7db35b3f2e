package store

import (
	"context"
	"fmt"
)

// CountedTables are the tables whose rows Stats reports. A dialect with
// RowCounts keeps their sizes in row_counts (tbl, n), maintained by the
// engine on every insert and delete, so that stats costs one small read
// instead of a scan of every table: COUNT(*) reads a whole index, seconds
// at a million articles, and pulls it through the page cache.
var CountedTables = []string{"documents", "quotes", "speakers", "claims", "contradictions", "quantities"}

// tableSizes returns the counted tables' sizes, from row_counts where the
// dialect keeps it, else by counting.
func (s *SQL) tableSizes(ctx context.Context) (map[string]int, error) {
	if !s.d.RowCounts {
		return s.CountedRows(ctx)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT tbl, n FROM row_counts`)
	if err != nil {
		return nil, fmt.Errorf("reading row counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return nil, fmt.Errorf("reading row counts: %w", err)
		}
		out[t] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading row counts: %w", err)
	}
	for _, t := range CountedTables {
		if _, ok := out[t]; !ok {
			return nil, fmt.Errorf("row counts lack table %s", t)
		}
	}
	return out, nil
}

// CountedRows counts every counted table by reading it whole: what Stats
// reports where the dialect keeps no row counts, and what tests check the
// kept counts against.
func (s *SQL) CountedRows(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	for _, t := range CountedTables {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("counting %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}
