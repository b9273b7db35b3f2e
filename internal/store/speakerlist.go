package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// SpeakerFilter narrows the speaker list; empty fields do not filter.
// With an outlet or a period the counts are of the quotes in them.
type SpeakerFilter struct {
	// Name keeps the speakers whose name holds it, in any case.
	Name string
	// Type is an entity type: PERSON, ORG, GPE ...
	Type         string
	Outlet       string
	Since, Until string // YYYY-MM-DD, inclusive
	// Sort is "quotes" (most quoted first, the default), "documents",
	// "name" or "recent" (latest quote first).
	Sort string
	Window
}

// SpeakerList lists speakers with their total.
func (s *SQL) SpeakerList(ctx context.Context, f SpeakerFilter) (Page[SpeakerRow], error) {
	p := Page[SpeakerRow]{Items: []SpeakerRow{}}
	var args []any
	stats := `speaker_stats`
	if f.Outlet != "" || f.Since != "" || f.Until != "" {
		var where []string
		if f.Outlet != "" {
			where = append(where, `LOWER(q.outlet) = ?`)
			args = append(args, strings.ToLower(f.Outlet))
		}
		if f.Since != "" {
			where = append(where, `q.published >= ?`)
			args = append(args, f.Since)
		}
		if f.Until != "" {
			where = append(where, `q.published <> '' AND q.published <= ?`)
			args = append(args, f.Until)
		}
		stats = `(SELECT q.speaker_id, COUNT(*) AS quotes, COUNT(DISTINCT q.doc_seq) AS documents,
			COALESCE(MIN(NULLIF(q.published, '')), '') AS first_at, COALESCE(MAX(q.published), '') AS last_at
			FROM quotes q WHERE q.speaker_id IS NOT NULL AND ` + strings.Join(where, " AND ") + ` GROUP BY q.speaker_id)`
	}
	where := []string{"st.quotes > 0"}
	if f.Name != "" {
		where = append(where, `LOWER(sp.name) LIKE ? ESCAPE '\'`)
		args = append(args, likeContains(f.Name))
	}
	if f.Type != "" {
		where = append(where, `sp.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	order := `st.quotes DESC, sp.name`
	switch f.Sort {
	case "", "quotes":
	case "documents":
		order = `st.documents DESC, st.quotes DESC, sp.name`
	case "name":
		order = `LOWER(sp.name), sp.name`
	case "recent":
		order = `st.last_at DESC, st.quotes DESC, sp.name`
	default:
		return p, fmt.Errorf("%w: sort %q (quotes, documents, name or recent)", ErrBadFilter, f.Sort)
	}
	from := `FROM ` + stats + ` st JOIN speakers sp ON sp.id = st.speaker_id WHERE ` + strings.Join(where, " AND ")
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) `+from), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("counting speakers: %w", err)
	}
	rows, err := s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), st.quotes, st.documents, COALESCE(st.first_at, ''), COALESCE(st.last_at, '') `+from+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, f.Window.sql()...)...)
	if err != nil {
		return p, fmt.Errorf("listing speakers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r SpeakerRow
		if err := rows.Scan(&r.Name, &r.Type, &r.Quotes, &r.Documents, &r.First, &r.Last); err != nil {
			return p, err
		}
		p.Items = append(p.Items, r)
	}
	return p, rows.Err()
}

// SimilarSpeakers suggests up to n quoted speakers whose names are close
// to one that found no one ("did you mean"): a few letters apart, or
// holding it as a word.
func (s *SQL) SimilarSpeakers(ctx context.Context, name string, n int) ([]SpeakerRow, error) {
	want := NormalizeName(name)
	if want == "" {
		return nil, nil
	}
	rows, err := s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), st.quotes, st.documents, st.first_at, st.last_at
		FROM speaker_stats st JOIN speakers sp ON sp.id = st.speaker_id WHERE st.quotes > 0`)
	if err != nil {
		return nil, fmt.Errorf("reading speaker names: %w", err)
	}
	defer rows.Close()
	type cand struct {
		r    SpeakerRow
		dist int
	}
	var cands []cand
	limit := max(1, len([]rune(want))/4)
	for rows.Next() {
		var r SpeakerRow
		if err := rows.Scan(&r.Name, &r.Type, &r.Quotes, &r.Documents, &r.First, &r.Last); err != nil {
			return nil, err
		}
		key := NormalizeName(r.Name)
		d := editDistance(want, key, limit)
		if d > limit {
			// A word of the name spelled close ("obma" for "Barack
			// Obama") ranks after whole names as close.
			d = -1
			for _, w := range strings.Fields(key) {
				if wd := editDistance(want, w, limit); wd <= limit {
					d = wd + 1
					break
				}
			}
		}
		if d >= 0 {
			cands = append(cands, cand{r, d})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		if cands[i].r.Quotes != cands[j].r.Quotes {
			return cands[i].r.Quotes > cands[j].r.Quotes
		}
		return cands[i].r.Name < cands[j].r.Name
	})
	var out []SpeakerRow
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].r)
	}
	return out, nil
}

// editDistance is the Levenshtein distance of a and b in runes, or
// limit+1 once it must exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
