package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// OutletRow is one outlet: its articles and how it sources its quotes.
type OutletRow struct {
	OutletSourcing
	First string `json:"first"`
	Last  string `json:"last"`
}

// OutletFilter narrows the outlet list.
type OutletFilter struct {
	// Name keeps the outlets whose name holds it, in any case.
	Name string
	// Sort is "documents" (the default), "quotes", "unnamed" (largest
	// share of unnamed sourcing first) or "name".
	Sort string
	Window
}

// Outlets lists outlets with their total. Articles with no outlet are
// counted under "(no outlet)".
func (s *SQL) Outlets(ctx context.Context, f OutletFilter) (Page[OutletRow], error) {
	p := Page[OutletRow]{Items: []OutletRow{}}
	rows, err := s.query(ctx, `SELECT MIN(COALESCE(outlet, '')), COUNT(*), COALESCE(MIN(NULLIF(published, '')), ''), COALESCE(MAX(published), '')
		FROM documents GROUP BY LOWER(COALESCE(outlet, ''))`)
	if err != nil {
		return p, fmt.Errorf("counting articles per outlet: %w", err)
	}
	byName := map[string]*OutletRow{}
	var all []*OutletRow
	for rows.Next() {
		o := &OutletRow{}
		if err := rows.Scan(&o.Outlet, &o.Documents, &o.First, &o.Last); err != nil {
			rows.Close()
			return p, err
		}
		if o.Outlet == "" {
			o.Outlet = noOutlet
		}
		byName[strings.ToLower(o.Outlet)] = o
		all = append(all, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return p, err
	}
	src, err := s.Sourcing(ctx)
	if err != nil {
		return p, err
	}
	for _, so := range src[1:] {
		if o := byName[strings.ToLower(so.Outlet)]; o != nil {
			docs := o.Documents
			o.OutletSourcing = so
			o.Documents = docs // articles, not only those with quotes
		}
	}
	var kept []*OutletRow
	for _, o := range all {
		if f.Name == "" || strings.Contains(strings.ToLower(o.Outlet), strings.ToLower(f.Name)) {
			kept = append(kept, o)
		}
	}
	var less func(a, b *OutletRow) bool
	switch f.Sort {
	case "", "documents":
		less = func(a, b *OutletRow) bool { return a.Documents > b.Documents }
	case "quotes":
		less = func(a, b *OutletRow) bool { return a.Quotes > b.Quotes }
	case "unnamed":
		less = func(a, b *OutletRow) bool { return a.Unnamed*max(1, b.Quotes) > b.Unnamed*max(1, a.Quotes) }
	case "name":
		less = func(a, b *OutletRow) bool { return strings.ToLower(a.Outlet) < strings.ToLower(b.Outlet) }
	default:
		return p, fmt.Errorf("%w: sort %q (documents, quotes, unnamed or name)", ErrBadFilter, f.Sort)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if less(kept[i], kept[j]) != less(kept[j], kept[i]) {
			return less(kept[i], kept[j])
		}
		return kept[i].Outlet < kept[j].Outlet
	})
	p.Total = len(kept)
	lo, hi := f.Window.bounds(len(kept))
	for _, o := range kept[lo:hi] {
		p.Items = append(p.Items, *o)
	}
	return p, nil
}

// noOutlet names the articles whose outlet is unknown.
const noOutlet = "(no outlet)"

// OutletDetail is how one outlet reports: whom it quotes, how much it
// leans on unnamed sources, and the reporting verbs it uses, each set
// against the other outlets.
type OutletDetail struct {
	OutletRow
	// Corpus sums every outlet, for comparison.
	Corpus OutletSourcing `json:"corpus"`
	// Speakers are the named speakers it quotes most.
	Speakers []SpeakerRow `json:"speakers"`
	// UnnamedSources are its unnamed sources by description.
	UnnamedSources []UnnamedRow `json:"unnamed_sources"`
	// Verbs are its reporting verbs, most used first, with their share of
	// its quotes and of every other outlet's.
	Verbs []VerbShare `json:"verbs"`
	// SpeakerVerbs are, for its most quoted speakers, the verbs it
	// reports each with.
	SpeakerVerbs []CueCount `json:"speaker_verbs"`
	// Framing is every outlet's count per reporting verb, what Verbs
	// sets this outlet against (Framing of all speakers).
	Framing []CueCount `json:"-"`
}

// VerbShare is one reporting verb's share of an outlet's quotes and of the
// other outlets'.
type VerbShare struct {
	Lemma        string  `json:"lemma"`
	Quotes       int     `json:"quotes"`
	Share        float64 `json:"share"`
	OthersQuotes int     `json:"others_quotes"`
	OthersShare  float64 `json:"others_share"`
}

// Outlet tells how one outlet (its name in any case) reports.
func (s *SQL) Outlet(ctx context.Context, name string) (*OutletDetail, error) {
	all, err := s.Outlets(ctx, OutletFilter{Window: Window{Limit: 1 << 30}})
	if err != nil {
		return nil, err
	}
	det := &OutletDetail{}
	found := false
	for _, o := range all.Items {
		if strings.EqualFold(o.Outlet, name) {
			det.OutletRow, found = o, true
		}
		det.Corpus.Documents += o.Documents
		det.Corpus.Quotes += o.Quotes
		det.Corpus.Named += o.Named
		det.Corpus.Unnamed += o.Unnamed
		det.Corpus.None += o.None
	}
	if !found {
		return nil, ErrNotFound
	}
	cond, arg := `LOWER(q.outlet) = ?`, any(strings.ToLower(det.Outlet))
	if det.Outlet == noOutlet {
		cond, arg = `COALESCE(q.outlet, '') = ?`, any("")
	}
	sp, err := s.speakersWhere(ctx, cond, arg, 20)
	if err != nil {
		return nil, err
	}
	det.Speakers = sp
	if det.UnnamedSources, err = s.unnamedWhere(ctx, cond, arg, 20); err != nil {
		return nil, err
	}
	if det.Framing, err = s.Framing(ctx, ""); err != nil {
		return nil, err
	}
	det.Verbs = verbShares(det.Framing, det.Outlet)
	for _, r := range det.Speakers[:min(len(det.Speakers), 8)] {
		cues, err := s.Framing(ctx, r.Name)
		if errors.Is(err, ErrNotFound) {
			continue // a name two speakers share resolves to neither alone
		}
		if err != nil {
			return nil, err
		}
		for _, c := range cues {
			if strings.EqualFold(c.Outlet, det.Outlet) || (det.Outlet == noOutlet && c.Outlet == "") {
				det.SpeakerVerbs = append(det.SpeakerVerbs, c)
			}
		}
	}
	return det, nil
}

// speakersWhere counts the named speakers of the quotes matching cond.
func (s *SQL) speakersWhere(ctx context.Context, cond string, arg any, n int) ([]SpeakerRow, error) {
	return scanSpeakers(s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), COUNT(*), COUNT(DISTINCT q.doc_seq),
		COALESCE(MIN(NULLIF(q.published, '')), ''), COALESCE(MAX(q.published), '')
		FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE `+cond+`
		GROUP BY sp.id, sp.name, sp.type ORDER BY COUNT(*) DESC, sp.name LIMIT ?`, arg, n))
}

// unnamedWhere counts the unnamed sources of the quotes matching cond.
func (s *SQL) unnamedWhere(ctx context.Context, cond string, arg any, n int) ([]UnnamedRow, error) {
	rows, err := s.query(ctx, `SELECT q.source_key, COALESCE(q.source_body, ''), COUNT(*), COUNT(DISTINCT q.doc_seq)
		FROM quotes q WHERE q.source_kind = 'unnamed' AND q.source_key IS NOT NULL AND `+cond+`
		GROUP BY q.source_key, COALESCE(q.source_body, '') ORDER BY COUNT(*) DESC, q.source_key LIMIT ?`, arg, n)
	if err != nil {
		return nil, fmt.Errorf("counting unnamed sources: %w", err)
	}
	defer rows.Close()
	var out []UnnamedRow
	for rows.Next() {
		var u UnnamedRow
		if err := rows.Scan(&u.Description, &u.Body, &u.Quotes, &u.Documents); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// verbShares sets an outlet's reporting verbs against the others'.
func verbShares(cues []CueCount, outlet string) []VerbShare {
	mine, others := map[string]int{}, map[string]int{}
	var nMine, nOthers int
	for _, c := range cues {
		o := c.Outlet
		if o == "" {
			o = noOutlet
		}
		if strings.EqualFold(o, outlet) {
			mine[c.Lemma] += c.Quotes
			nMine += c.Quotes
		} else {
			others[c.Lemma] += c.Quotes
			nOthers += c.Quotes
		}
	}
	var out []VerbShare
	for lemma, n := range mine {
		v := VerbShare{Lemma: lemma, Quotes: n, Share: float64(n) / float64(max(1, nMine)), OthersQuotes: others[lemma]}
		v.OthersShare = float64(v.OthersQuotes) / float64(max(1, nOthers))
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Lemma < out[j].Lemma
	})
	return out
}
