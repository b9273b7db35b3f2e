package store

import (
	"context"
	"fmt"
)

// CueCount is how many reports (stored quotes) one outlet gives with one
// reporting verb, for one speaker or for all: what Framing reads.
type CueCount struct {
	Outlet  string `json:"outlet"`
	Speaker string `json:"speaker,omitempty"`
	Lemma   string `json:"lemma"`
	Quotes  int    `json:"quotes"`
}

// Framing counts reports by outlet and reporting verb ("said", "claimed",
// "admitted"), for the named speaker only when speaker is not "", else
// for everyone: how each outlet frames whom. Quotes with no cue ("according
// to" aside, a headline's colon) count under the lemma "".
func (s *SQL) Framing(ctx context.Context, speaker string) ([]CueCount, error) {
	cond, args := "1 = 1", []any{}
	if speaker != "" {
		ids, err := s.speakerIDs(ctx, speaker)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return nil, ErrNotFound
		}
		cond = "q.speaker_id IN (" + placeholders(len(ids)) + ")"
		for _, id := range ids {
			args = append(args, id)
		}
	}
	rows, err := s.query(ctx, `SELECT COALESCE(q.outlet, ''), COALESCE(q.cue_lemma, ''), COUNT(*) FROM quotes q
		WHERE `+cond+` GROUP BY COALESCE(q.outlet, ''), COALESCE(q.cue_lemma, '') ORDER BY COALESCE(q.outlet, ''), COALESCE(q.cue_lemma, '')`, args...)
	if err != nil {
		return nil, fmt.Errorf("counting reporting verbs: %w", err)
	}
	defer rows.Close()
	var out []CueCount
	for rows.Next() {
		c := CueCount{Speaker: speaker}
		if err := rows.Scan(&c.Outlet, &c.Lemma, &c.Quotes); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
