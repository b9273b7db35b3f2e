package store

import (
	"context"
	"fmt"
	"strings"
)

// ArticleFilter narrows the article list; empty fields do not filter.
type ArticleFilter struct {
	Outlet       string
	Since, Until string // YYYY-MM-DD, inclusive
	// Text keeps the articles whose title or text holds every word.
	Text string
	// Sort is "date" (newest first, the default), "title" or "quotes"
	// (most quoted first).
	Sort string
	Window
}

// ArticleRow is one stored article with what its analysis found.
type ArticleRow struct {
	Article
	Quotes int `json:"quotes"`
	Claims int `json:"claims"`
}

// Articles lists stored articles with their total.
func (s *SQL) Articles(ctx context.Context, f ArticleFilter) (Page[ArticleRow], error) {
	where, args := publishedIn("d", f.Outlet, f.Since, f.Until, nil, nil)
	if strings.TrimSpace(f.Text) != "" {
		q := s.d.SearchQuery(f.Text)
		if q == "" {
			return Page[ArticleRow]{Items: []ArticleRow{}}, nil
		}
		where = append(where, `d.seq IN (SELECT m.seq FROM (`+s.d.MatchSQL+`) m)`)
		args = append(args, q)
	}
	order := `COALESCE(d.published, '') DESC, d.seq DESC`
	switch f.Sort {
	case "", "date":
	case "title":
		order = `LOWER(COALESCE(d.title, '')), d.seq`
	case "quotes":
		order = `(SELECT COUNT(*) FROM quotes q WHERE q.doc_seq = d.seq) DESC, d.seq DESC`
	default:
		return Page[ArticleRow]{}, fmt.Errorf("%w: sort %q (date, title or quotes)", ErrBadFilter, f.Sort)
	}
	cond := "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	p := Page[ArticleRow]{Items: []ArticleRow{}}
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM documents d WHERE `+cond), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("counting articles: %w", err)
	}
	rows, err := s.query(ctx, `SELECT d.id, COALESCE(d.title, ''), COALESCE(d.outlet, ''), COALESCE(d.published, ''), COALESCE(d.url, ''),
		(SELECT COUNT(*) FROM quotes q WHERE q.doc_seq = d.seq), (SELECT COUNT(*) FROM claims c WHERE c.doc_seq = d.seq)
		FROM documents d WHERE `+cond+` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, f.Window.sql()...)...)
	if err != nil {
		return p, fmt.Errorf("listing articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a ArticleRow
		if err := rows.Scan(&a.DocID, &a.Title, &a.Outlet, &a.Published, &a.URL, &a.Quotes, &a.Claims); err != nil {
			return p, err
		}
		p.Items = append(p.Items, a)
	}
	return p, rows.Err()
}
