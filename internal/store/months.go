package store

import (
	"context"
	"fmt"
	"strings"
)

// MonthCount is what happened in one month (YYYY-MM): for quotes, A counts
// them; for a topic, A counts claims for and B claims against.
type MonthCount struct {
	Month string `json:"month"`
	A     int    `json:"a"`
	B     int    `json:"b,omitempty"`
}

// Months is a chart's data: every dated month with something in it, in
// order, and how many rows had no date.
type Months struct {
	Months  []MonthCount `json:"months"`
	Undated int          `json:"undated"`
}

// QuoteMonths counts the quotes a filter selects per month of publication,
// over all of them (Limit is ignored).
func (s *SQL) QuoteMonths(ctx context.Context, f QuoteFilter) (Months, error) {
	where, args, none, err := s.quoteFilter(ctx, f)
	if err != nil || none {
		return Months{}, err
	}
	cond := "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	return s.months(ctx, `SELECT SUBSTR(COALESCE(q.published, ''), 1, 7) AS m, COUNT(*), 0 FROM quotes q WHERE `+cond+` GROUP BY m ORDER BY m`, args...)
}

// TopicMonths counts the claims on a topic per month, for and against.
func (s *SQL) TopicMonths(ctx context.Context, topic string) (Months, error) {
	clause, args := s.topicClause(topic)
	if args[0] == "" {
		return Months{}, nil
	}
	return s.months(ctx, `SELECT SUBSTR(COALESCE(c.published, ''), 1, 7) AS m,
		SUM(CASE WHEN c.polarity = 'deny' THEN 0 ELSE 1 END), SUM(CASE WHEN c.polarity = 'deny' THEN 1 ELSE 0 END)
		FROM claims c WHERE `+clause+` AND c.value IS NULL GROUP BY m ORDER BY m`, args...)
}

// months reads (month, a, b) rows; a month that is not YYYY-MM counts as
// undated.
func (s *SQL) months(ctx context.Context, q string, args ...any) (Months, error) {
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return Months{}, fmt.Errorf("counting per month: %w", err)
	}
	defer rows.Close()
	var out Months
	for rows.Next() {
		var m MonthCount
		if err := rows.Scan(&m.Month, &m.A, &m.B); err != nil {
			return out, err
		}
		if len(m.Month) != 7 || m.Month[4] != '-' {
			out.Undated += m.A + m.B
			continue
		}
		out.Months = append(out.Months, m)
	}
	return out, rows.Err()
}
