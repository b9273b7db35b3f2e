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
// this process or another) has joined speakers again since it was filled,
// and returns the generation read. It runs under the write lock, so no join
// can happen until tx ends.
func (s *SQL) syncSpeakerCache(ctx context.Context, tx *sql.Tx) (int64, error) {
	var gen int64
	err := tx.QueryRowContext(ctx, `SELECT value FROM generations WHERE name = 'speakers'`).Scan(&gen)
	if err != nil {
		return 0, fmt.Errorf("reading the speaker generation: %w", err)
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.speakerGen.Load() != gen {
		s.clearSpeakerCache()
		s.speakerGen.Store(gen)
	}
	return gen, nil
}

// cacheSpeakers adds the ids a committed transaction of generation gen
// found, unless speakers were joined again since: a writer stores its ids
// after its commit, outside the write lock, where a relink may already have
// renumbered them.
func (s *SQL) cacheSpeakers(gen int64, ids map[string]int64) {
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.speakerGen.Load() != gen {
		return
	}
	for k, id := range ids {
		s.speakers.Store(k, id)
	}
}

// forgetSpeakers empties the cache for good: speakers are being joined
// again, and no write of an earlier generation may fill it back.
func (s *SQL) forgetSpeakers() {
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	s.clearSpeakerCache()
	s.speakerGen.Store(-1)
}

func (s *SQL) clearSpeakerCache() {
	s.speakers.Range(func(k, _ any) bool { s.speakers.Delete(k); return true })
}
