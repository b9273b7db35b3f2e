package store

import (
	"context"
	"fmt"
	"strings"
)

// Window is one page of a list: Limit rows after the first Offset.
type Window struct {
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// bounds are the indexes of the window's rows in a list of n.
func (w Window) bounds(n int) (lo, hi int) {
	lim := w.Limit
	if lim <= 0 {
		lim = 50
	}
	lo = min(max(w.Offset, 0), n)
	return lo, min(n, lo+lim)
}

// sql is the window as a LIMIT/OFFSET clause's two arguments.
func (w Window) sql() []any {
	lim := w.Limit
	if lim <= 0 {
		lim = 50
	}
	return []any{lim, max(w.Offset, 0)}
}

// Page is one page of a list and how many rows the whole list holds.
type Page[T any] struct {
	Total int `json:"total"`
	Items []T `json:"items"`
	// AtLeast is set when the store stopped counting at a bound: there
	// are Total rows or more.
	AtLeast bool `json:"at_least,omitempty"`
}

// maxDriftRows bounds the drifting counts a list ranks (Drift ranks all
// it finds, then keeps this many).
const maxDriftRows = 2000

// DriftList is a page of the drifting counts, widest spread first, with
// their total.
func (s *SQL) DriftList(ctx context.Context, w Window) (Page[DriftRow], error) {
	rows, err := s.Drift(ctx, maxDriftRows)
	if err != nil {
		return Page[DriftRow]{}, err
	}
	lo, hi := w.bounds(len(rows))
	return Page[DriftRow]{Total: len(rows), Items: append([]DriftRow{}, rows[lo:hi]...), AtLeast: len(rows) == maxDriftRows}, nil
}

// maxListedPairs bounds the stored pairs a contradiction list reads to
// count and fold its rows.
const maxListedPairs = 200000

// ContradictionFilter narrows a contradiction list; empty fields do not
// filter. Speaker, Outlet and the dates match when either side does.
type ContradictionFilter struct {
	Topic, Speaker, Outlet string
	Since, Until           string // YYYY-MM-DD, inclusive
	MinConfidence          float64
	// Sort is "confidence" (the default: most confident first) or "date"
	// (the later article of the pair, newest first).
	Sort string
	Window
}

// ContradictionList lists the contradictions a filter selects, one row per
// statement pair, with their total.
func (s *SQL) ContradictionList(ctx context.Context, f ContradictionFilter) (Page[ContradictionRow], error) {
	cond, args, none, err := s.contradictionWhere(ctx, f)
	if err != nil || none {
		return Page[ContradictionRow]{Items: []ContradictionRow{}}, err
	}
	order := byConfidence
	switch f.Sort {
	case "", "confidence":
	case "date":
		order = byNewest
	default:
		return Page[ContradictionRow]{}, fmt.Errorf("%w: sort %q (confidence or date)", ErrBadFilter, f.Sort)
	}
	rows, total, capped, err := s.contradictionPage(ctx, cond, args, order, maxListedPairs, f.Window)
	if rows == nil {
		rows = []ContradictionRow{}
	}
	return Page[ContradictionRow]{Total: total, Items: rows, AtLeast: capped}, err
}

// publishedIn adds the conditions of an outlet (any case) and a period
// (inclusive; Until also drops undated rows) on a table alias's outlet and
// published columns.
func publishedIn(alias, outlet, since, until string, where []string, args []any) ([]string, []any) {
	if outlet != "" {
		where = append(where, `LOWER(`+alias+`.outlet) = ?`)
		args = append(args, strings.ToLower(outlet))
	}
	if since != "" {
		where = append(where, alias+`.published >= ?`)
		args = append(args, since)
	}
	if until != "" {
		where = append(where, alias+`.published <> '' AND `+alias+`.published <= ?`)
		args = append(args, until)
	}
	return where, args
}

// contradictionWhere turns a filter into a condition on a contradiction
// listing's aliases (x, da, db); none reports a filter nothing can match.
func (s *SQL) contradictionWhere(ctx context.Context, f ContradictionFilter) (cond string, args []any, none bool, err error) {
	var where []string
	if f.Topic != "" {
		phrase, stems := TopicTerms(f.Topic)
		c := `(LOWER(x.topic) LIKE ? ESCAPE '\'`
		args = append(args, likeContains(phrase))
		for _, st := range stems {
			c += ` OR x.topic LIKE ? ESCAPE '\'`
			args = append(args, likeContains(st))
		}
		where = append(where, c+`)`)
	}
	if f.Speaker != "" {
		ids, err := s.speakerIDs(ctx, f.Speaker)
		if err != nil || len(ids) == 0 {
			return "", nil, true, err
		}
		in := placeholders(len(ids))
		where = append(where, `(x.a_speaker IN (`+in+`) OR x.b_speaker IN (`+in+`))`)
		args = append(append(args, sqlArgs(ids)...), sqlArgs(ids)...)
	}
	if f.Outlet != "" {
		o := strings.ToLower(f.Outlet)
		where = append(where, `(LOWER(da.outlet) = ? OR LOWER(db.outlet) = ?)`)
		args = append(args, o, o)
	}
	if f.Since != "" || f.Until != "" {
		side := func(alias string) string {
			var c []string
			if f.Since != "" {
				c = append(c, alias+`.published >= ?`)
				args = append(args, f.Since)
			}
			if f.Until != "" {
				c = append(c, alias+`.published <> '' AND `+alias+`.published <= ?`)
				args = append(args, f.Until)
			}
			return `(` + strings.Join(c, " AND ") + `)`
		}
		where = append(where, `(`+side("da")+` OR `+side("db")+`)`)
	}
	if f.MinConfidence > 0 {
		where = append(where, `COALESCE(x.confidence, 0) >= ?`)
		args = append(args, f.MinConfidence)
	}
	cond = "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	return cond, args, false, nil
}

// likeContains is a LIKE pattern (with ESCAPE '\') matching text anywhere.
func likeContains(text string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(text)) + "%"
}
