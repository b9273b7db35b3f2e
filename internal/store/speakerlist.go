package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/names"
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
		where, args = publishedIn("q", f.Outlet, f.Since, f.Until, nil, args)
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
	order := `st.quotes DESC, sp.name, sp.id`
	switch f.Sort {
	case "", "quotes":
	case "documents":
		order = `st.documents DESC, st.quotes DESC, sp.name, sp.id`
	case "name":
		order = `LOWER(sp.name), sp.name, sp.id`
	case "recent":
		order = `st.last_at DESC, st.quotes DESC, sp.name, sp.id`
	default:
		return p, fmt.Errorf("%w: sort %q (quotes, documents, name or recent)", ErrBadFilter, f.Sort)
	}
	from := `FROM ` + stats + ` st JOIN speakers sp ON sp.id = st.speaker_id WHERE ` + strings.Join(where, " AND ")
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) `+from), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("counting speakers: %w", err)
	}
	items, err := scanSpeakers(s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), st.quotes, st.documents, COALESCE(st.first_at, ''), COALESCE(st.last_at, '') `+from+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, f.Window.sql()...)...))
	p.Items = append(p.Items, items...)
	return p, err
}

// SimilarSpeakers suggests up to n quoted speakers whose names are close
// to one that found no one ("did you mean"): a few letters apart, or
// holding it as a word.
func (s *SQL) SimilarSpeakers(ctx context.Context, name string, n int) ([]SpeakerRow, error) {
	want := NormalizeName(name)
	if want == "" {
		return nil, nil
	}
	all, err := scanSpeakers(s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), st.quotes, st.documents, st.first_at, st.last_at
		FROM speaker_stats st JOIN speakers sp ON sp.id = st.speaker_id WHERE st.quotes > 0`))
	if err != nil {
		return nil, err
	}
	type cand struct {
		r    SpeakerRow
		dist int
	}
	var cands []cand
	limit := max(1, len([]rune(want))/4)
	for _, r := range all {
		key := NormalizeName(r.Name)
		d := names.EditDistance(want, key, limit)
		if d > limit {
			// A word of the name spelled close ("obma" for "Barack
			// Obama") ranks after whole names as close.
			d = -1
			for _, w := range strings.Fields(key) {
				if wd := names.EditDistance(want, w, limit); wd <= limit {
					d = wd + 1
					break
				}
			}
		}
		if d >= 0 {
			cands = append(cands, cand{r, d})
		}
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
