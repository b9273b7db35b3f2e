package store

import (
	"context"
	"fmt"
	"strings"
)

// SearchFilter is a full-text query over titles and texts and what narrows it.
type SearchFilter struct {
	// Text is the query: every word must occur.
	Text         string
	Outlet       string
	Since, Until string // YYYY-MM-DD, inclusive
	// Sort is "rank" (best match first: BM25 in SQLite, cover density in
	// PostgreSQL; the default) or "date" (newest first).
	Sort string
	Window
}

// SearchList runs a full-text query, with its total.
func (s *SQL) SearchList(ctx context.Context, f SearchFilter) (Page[SearchHit], error) {
	p := Page[SearchHit]{Items: []SearchHit{}}
	q := s.d.SearchQuery(f.Text)
	if q == "" {
		return p, nil
	}
	where, args := publishedIn("d", f.Outlet, f.Since, f.Until, []string{"1 = 1"}, []any{q})
	order := `m.rank, d.seq DESC`
	switch f.Sort {
	case "", "rank":
	case "date":
		order = `COALESCE(d.published, '') DESC, d.seq DESC`
	default:
		return p, fmt.Errorf("%w: sort %q (rank or date)", ErrBadFilter, f.Sort)
	}
	from := `FROM (` + s.d.MatchSQL + `) m JOIN documents d ON d.seq = m.seq WHERE ` + strings.Join(where, " AND ")
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) `+from), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("counting matches of %q: %w", f.Text, err)
	}
	rows, err := s.query(ctx, `SELECT d.seq, d.id, COALESCE(d.title, ''), COALESCE(d.published, ''), COALESCE(d.outlet, '') `+from+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, f.Window.sql()...)...)
	if err != nil {
		return p, fmt.Errorf("searching %q: %w", f.Text, err)
	}
	var seqs []int64
	for rows.Next() {
		var h SearchHit
		var seq int64
		if err := rows.Scan(&seq, &h.DocID, &h.Title, &h.Published, &h.Outlet); err != nil {
			rows.Close()
			return p, err
		}
		seqs = append(seqs, seq)
		p.Items = append(p.Items, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(seqs) == 0 {
		return p, err
	}
	// Snippets for the page's rows only: making one costs a read of the text.
	snips := map[int64]string{}
	rows, err = s.query(ctx, strings.Replace(s.d.SnippetSQL, "{{SEQS}}", placeholders(len(seqs)), 1), append([]any{q}, sqlArgs(seqs)...)...)
	if err != nil {
		return p, fmt.Errorf("snippets for %q: %w", f.Text, err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var snip string
		if err := rows.Scan(&seq, &snip); err != nil {
			return p, err
		}
		snips[seq] = snip
	}
	for i, seq := range seqs {
		p.Items[i].Snippet = snips[seq]
	}
	return p, rows.Err()
}
