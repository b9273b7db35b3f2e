package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// TopicRow is a subject claims are made about, across the corpus.
type TopicRow struct {
	// Term is the subject's key, its words in lower case; Label is the
	// subject as the articles write it (the first spelling in order).
	Term      string `json:"term"`
	Label     string `json:"label"`
	Claims    int    `json:"claims"`
	Affirm    int    `json:"affirm"`
	Deny      int    `json:"deny"`
	Documents int    `json:"documents"`
	Speakers  int    `json:"speakers"`
}

// TopicFilter narrows the topic list.
type TopicFilter struct {
	// Prefix keeps the subjects that start with it, in any case ("bank"
	// finds "bank", "Bank of England" and "bankers").
	Prefix string
	// MinDocuments keeps subjects claimed about in at least that many
	// articles (default 2: a subject of one article is no corpus topic).
	MinDocuments int
	// Sort is "claims" (the default), "documents", "deny" (most denials
	// first) or "name".
	Sort string
	Window
}

// Topics lists the subjects of claims, with their total.
func (s *SQL) Topics(ctx context.Context, f TopicFilter) (Page[TopicRow], error) {
	p := Page[TopicRow]{Items: []TopicRow{}}
	minDocs := f.MinDocuments
	if minDocs <= 0 {
		minDocs = 2
	}
	where := `c.value IS NULL AND c.subject IS NOT NULL AND c.subject <> ''`
	args := []any{}
	if pre := strings.ToLower(strings.TrimSpace(f.Prefix)); pre != "" {
		where += ` AND LOWER(c.subject) LIKE ? ESCAPE '\'`
		args = append(args, strings.TrimSuffix(likeContains(pre)[1:], "%")+"%")
	}
	var less func(a, b TopicRow) bool
	switch f.Sort {
	case "", "claims":
		less = func(a, b TopicRow) bool { return a.Claims > b.Claims }
	case "documents":
		less = func(a, b TopicRow) bool { return a.Documents > b.Documents }
	case "deny":
		less = func(a, b TopicRow) bool { return a.Deny > b.Deny || (a.Deny == b.Deny && a.Claims > b.Claims) }
	case "name":
		less = func(a, b TopicRow) bool { return false }
	default:
		return p, fmt.Errorf("%w: sort %q (claims, documents, deny or name)", ErrBadFilter, f.Sort)
	}
	// One pass over the claims gives every subject's counts and label; the
	// total and the page come from it (a COUNT query would read them all
	// again). A subject is its whole text, not its first word: "United
	// States" and "United Nations" are two topics.
	rows, err := s.query(ctx, `SELECT LOWER(c.subject), MIN(c.subject), COUNT(*), SUM(CASE WHEN c.polarity = 'deny' THEN 1 ELSE 0 END),
		COUNT(DISTINCT c.doc_seq), COUNT(DISTINCT c.speaker_id) FROM claims c WHERE `+where+`
		GROUP BY LOWER(c.subject) HAVING COUNT(DISTINCT c.doc_seq) >= ?`, append(args, minDocs)...)
	if err != nil {
		return p, fmt.Errorf("listing topics: %w", err)
	}
	var all []TopicRow
	for rows.Next() {
		var t TopicRow
		if err := rows.Scan(&t.Term, &t.Label, &t.Claims, &t.Deny, &t.Documents, &t.Speakers); err != nil {
			rows.Close()
			return p, err
		}
		t.Affirm = t.Claims - t.Deny
		t.Label = strings.Join(strings.Fields(t.Label), " ")
		all = append(all, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return p, err
	}
	sort.SliceStable(all, func(i, j int) bool {
		if less(all[i], all[j]) != less(all[j], all[i]) {
			return less(all[i], all[j])
		}
		return all[i].Term < all[j].Term
	})
	p.Total = len(all)
	lo, hi := f.Window.bounds(len(all))
	p.Items = append(p.Items, all[lo:hi]...)
	return p, nil
}
