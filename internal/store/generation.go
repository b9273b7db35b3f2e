package store

import (
	"context"
	"database/sql"
	"fmt"
)

// GenerationsTable holds counters that tell processes sharing a store when
// what they cached went stale: "speakers" counts the times speakers were
// joined again (and so deleted and renumbered).
const GenerationsTable = `
CREATE TABLE generations (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO generations (name, value) VALUES ('speakers', 0);
`

// syncSpeakerCache empties the speaker cache when another transaction (in
// this process or another) has joined speakers again since it was filled.
// It runs under the write lock, so no join can happen until tx ends.
func (s *SQL) syncSpeakerCache(ctx context.Context, tx *sql.Tx) error {
	var gen int64
	err := tx.QueryRowContext(ctx, `SELECT value FROM generations WHERE name = 'speakers'`).Scan(&gen)
	if err != nil {
		return fmt.Errorf("reading the speaker generation: %w", err)
	}
	if s.speakerGen.Load() != gen {
		s.clearSpeakerCache()
		s.speakerGen.Store(gen)
	}
	return nil
}

func (s *SQL) clearSpeakerCache() {
	s.speakers.Range(func(k, _ any) bool { s.speakers.Delete(k); return true })
}
