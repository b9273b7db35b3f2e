package store

import (
	"context"
	"database/sql"
)

// SourcingTable adds to every quote who it is credited to: a named speaker,
// an unnamed source (kept as written, with the body it speaks for), or no
// one. Unnamed sources are counted per article and outlet, never joined
// across articles as one speaker. Quotes stored before it count as named or
// none by their speaker until `claimgraph reanalyze` says better.
// source_key is the description in lower case, folded in Go so that both
// engines group alike. speaker_name keeps the name as the
// article gave it, so that a speaker row made again from its key (relink)
// reads as written ("Kilroy-Silk"). Both dialects run it as a migration.
const SourcingTable = `
ALTER TABLE quotes ADD COLUMN source_kind TEXT;
ALTER TABLE quotes ADD COLUMN source_text TEXT;
ALTER TABLE quotes ADD COLUMN source_key TEXT;
ALTER TABLE quotes ADD COLUMN source_body TEXT;
ALTER TABLE quotes ADD COLUMN speaker_name TEXT;
UPDATE quotes SET source_kind = CASE WHEN speaker_id IS NOT NULL THEN 'named' ELSE 'none' END;
CREATE INDEX quotes_source ON quotes (source_kind, outlet);
CREATE INDEX quotes_speaker_key ON quotes (speaker_key, speaker_name);
CREATE INDEX claims_speaker_key ON claims (speaker_key, speaker_type);
CREATE INDEX speaker_roles_speaker_key ON speaker_roles (speaker_key, speaker_type);
`

// OutletSourcing counts one outlet's quotes by the kind of source they are
// credited to.
type OutletSourcing struct {
	Outlet    string `json:"outlet"`
	Documents int    `json:"documents"`
	Quotes    int    `json:"quotes"`
	Named     int    `json:"named"`
	Unnamed   int    `json:"unnamed"`
	None      int    `json:"none"`
}

// Sourcing counts quotes by source kind per outlet, most quotes first; the
// row with Outlet "" sums the whole store.
func (s *SQL) Sourcing(ctx context.Context) ([]OutletSourcing, error) {
	// One outlet in any case is one row (filters ignore case too), shown
	// under its first spelling.
	rows, err := s.db.QueryContext(ctx, `SELECT MIN(COALESCE(outlet, '')), COUNT(DISTINCT doc_seq), COUNT(*),
		SUM(CASE WHEN source_kind = 'named' THEN 1 ELSE 0 END),
		SUM(CASE WHEN source_kind = 'unnamed' THEN 1 ELSE 0 END),
		SUM(CASE WHEN source_kind = 'none' THEN 1 ELSE 0 END)
		FROM quotes GROUP BY LOWER(COALESCE(outlet, '')) ORDER BY COUNT(*) DESC, MIN(COALESCE(outlet, ''))`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []OutletSourcing
	var total OutletSourcing
	for rows.Next() {
		var o OutletSourcing
		var named, unnamed, none sql.NullInt64
		if err := rows.Scan(&o.Outlet, &o.Documents, &o.Quotes, &named, &unnamed, &none); err != nil {
			return nil, err
		}
		o.Named, o.Unnamed, o.None = int(named.Int64), int(unnamed.Int64), int(none.Int64)
		if o.Outlet == "" {
			o.Outlet = noOutlet
		}
		total.Documents += o.Documents
		total.Quotes += o.Quotes
		total.Named += o.Named
		total.Unnamed += o.Unnamed
		total.None += o.None
		out = append(out, o)
	}
	return append([]OutletSourcing{total}, out...), rows.Err()
}

// UnnamedRow is one unnamed source as an article describes it.
type UnnamedRow struct {
	Description string `json:"description"`
	Body        string `json:"body"`
	Quotes      int    `json:"quotes"`
	Documents   int    `json:"documents"`
}

// UnnamedSources lists the descriptions of unnamed sources, most quoted
// first: how often the corpus leans on "officials" or "a spokesman".
// Each row counts articles; it is not one source across them.
func (s *SQL) UnnamedSources(ctx context.Context, limit int) ([]UnnamedRow, error) {
	return s.unnamedWhere(ctx, `1 = ?`, 1, limit)
}

// nullable stores an empty string as NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
