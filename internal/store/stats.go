package store

import (
	"context"
	"sort"
)

// SpeakerStatsTable keeps each speaker's quote and document counts and date
// range, which a speaker's page would otherwise count from every quote of
// the most quoted people on each view. Both dialects run it as a migration;
// it fills itself from the quotes already stored.
const SpeakerStatsTable = `
CREATE TABLE speaker_stats (speaker_id BIGINT PRIMARY KEY, quotes BIGINT NOT NULL, documents BIGINT NOT NULL, first_at TEXT NOT NULL, last_at TEXT NOT NULL);
` + speakerStatsFill + ` GROUP BY speaker_id;
CREATE INDEX speaker_stats_quotes ON speaker_stats (quotes);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_id, published, doc_seq, outlet);
DROP INDEX speaker_roles_speaker;
CREATE INDEX speaker_roles_speaker ON speaker_roles (speaker_id, role, published);
`

const speakerStatsFill = `INSERT INTO speaker_stats (speaker_id, quotes, documents, first_at, last_at)
	SELECT speaker_id, COUNT(*), COUNT(DISTINCT doc_seq), COALESCE(MIN(published), ''), COALESCE(MAX(published), '')
	FROM quotes WHERE speaker_id IS NOT NULL`

// SpeakerTypesTable counts each speaker's quotes by the type the articles
// gave it, so that a speaker's type is decided from all its evidence (the
// type most of its quotes carry) and not by the first article stored.
const SpeakerTypesTable = `
CREATE TABLE speaker_types (speaker_id BIGINT NOT NULL, type TEXT NOT NULL, quotes BIGINT NOT NULL, PRIMARY KEY (speaker_id, type));
` + speakerTypesFill + ` GROUP BY speaker_id, speaker_type;
UPDATE speakers SET type = ` + speakerTypeOf + `;
`

const speakerTypesFill = `INSERT INTO speaker_types (speaker_id, type, quotes)
	SELECT speaker_id, speaker_type, COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL AND speaker_type IS NOT NULL`

// speakerTypeOf is the type most of a speaker's quotes carry; ties go to
// the first type in alphabetical order, so that order never decides.
const speakerTypeOf = `COALESCE((SELECT t.type FROM speaker_types t WHERE t.speaker_id = speakers.id ORDER BY t.quotes DESC, t.type LIMIT 1), speakers.type)`

// statsDelta is what one batch of documents adds to a speaker's stats.
type statsDelta struct {
	quotes, documents int64
	first, last       string
	types             map[string]int64
}

// countSpeakerQuotes adds one document's quotes to the batch's pending
// speaker stats; flushSpeakerStats writes them.
func (w *writer) countSpeakerQuotes(quoteRows [][]any, published string) {
	seen := map[int64]bool{}
	if w.stats == nil {
		w.stats = map[int64]*statsDelta{}
	}
	for _, r := range quoteRows {
		id, ok := r[2].(int64)
		if !ok {
			continue
		}
		d := w.stats[id]
		if d == nil {
			d = &statsDelta{first: published, last: published}
			w.stats[id] = d
		}
		d.quotes++
		if t, ok := r[12].(string); ok {
			if d.types == nil {
				d.types = map[string]int64{}
			}
			d.types[t]++
		}
		if !seen[id] {
			seen[id] = true
			d.documents++
			d.first, d.last = min(d.first, published), max(d.last, published)
		}
	}
}

// flushSpeakerStats writes the pending stats of the whole batch in three
// kinds of statement, each over many speakers (rows in speaker order, so
// that concurrent writers never wait on each other in a cycle): a statement
// a speaker cost a round trip each on PostgreSQL, about a third of a
// worker's statements. The caller holds the write lock.
func (w *writer) flushSpeakerStats(ctx context.Context) error {
	ids := sortedIDs(w.stats)
	var stats, types [][]any
	for _, id := range ids {
		d := w.stats[id]
		stats = append(stats, []any{id, d.quotes, d.documents, d.first, d.last})
		ts := make([]string, 0, len(d.types))
		for t := range d.types {
			ts = append(ts, t)
		}
		sort.Strings(ts)
		for _, t := range ts {
			types = append(types, []any{id, t, d.types[t]})
		}
	}
	if err := w.insertRows(ctx, `INSERT INTO speaker_stats (speaker_id, quotes, documents, first_at, last_at) VALUES `, stats,
		` ON CONFLICT (speaker_id) DO UPDATE SET quotes = speaker_stats.quotes + excluded.quotes, documents = speaker_stats.documents + excluded.documents,
		first_at = CASE WHEN excluded.first_at < speaker_stats.first_at THEN excluded.first_at ELSE speaker_stats.first_at END,
		last_at = CASE WHEN excluded.last_at > speaker_stats.last_at THEN excluded.last_at ELSE speaker_stats.last_at END`, nil); err != nil {
		return err
	}
	if err := w.insertRows(ctx, `INSERT INTO speaker_types (speaker_id, type, quotes) VALUES `, types,
		` ON CONFLICT (speaker_id, type) DO UPDATE SET quotes = speaker_types.quotes + excluded.quotes`, nil); err != nil {
		return err
	}
	// A speaker's type follows its quotes' most common one.
	var typed []int64
	for _, id := range ids {
		if len(w.stats[id].types) > 0 {
			typed = append(typed, id)
		}
	}
	for len(typed) > 0 {
		n := min(len(typed), rowsPerInsert*4)
		if err := w.exec(ctx, `UPDATE speakers SET type = `+speakerTypeOf+` WHERE id IN (`+placeholders(n)+`)`, sqlArgs(typed[:n])...); err != nil {
			return err
		}
		typed = typed[n:]
	}
	w.stats = nil
	return nil
}

// recountSpeakers recomputes the stats of the speakers of one document's
// quotes, before they go; after is called once they are deleted.
func (w *writer) recountSpeakers(ctx context.Context, doc int64) (after func() error, err error) {
	ids, err := scanIDs(w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT DISTINCT speaker_id FROM quotes WHERE doc_seq = ? AND speaker_id IS NOT NULL ORDER BY speaker_id`), doc))
	if err != nil || len(ids) == 0 {
		return func() error { return nil }, err
	}
	return func() error {
		in, args := placeholders(len(ids)), sqlArgs(ids)
		if err := w.exec(ctx, `DELETE FROM speaker_stats WHERE speaker_id IN (`+in+`)`, args...); err != nil {
			return err
		}
		if err := w.exec(ctx, speakerStatsFill+` AND speaker_id IN (`+in+`) GROUP BY speaker_id`, args...); err != nil {
			return err
		}
		if err := w.exec(ctx, `DELETE FROM speaker_types WHERE speaker_id IN (`+in+`)`, args...); err != nil {
			return err
		}
		if err := w.exec(ctx, speakerTypesFill+` AND speaker_id IN (`+in+`) GROUP BY speaker_id, speaker_type`, args...); err != nil {
			return err
		}
		return w.exec(ctx, `UPDATE speakers SET type = `+speakerTypeOf+` WHERE id IN (`+in+`)`, args...)
	}, nil
}

// rebuildSpeakerStats recomputes every speaker's stats, after speakers are
// resolved again.
func (w *writer) rebuildSpeakerStats(ctx context.Context) error {
	if err := w.exec(ctx, `DELETE FROM speaker_stats`); err != nil {
		return err
	}
	if err := w.exec(ctx, speakerStatsFill+` GROUP BY speaker_id`); err != nil {
		return err
	}
	if err := w.exec(ctx, `DELETE FROM speaker_types`); err != nil {
		return err
	}
	if err := w.exec(ctx, speakerTypesFill+` GROUP BY speaker_id, speaker_type`); err != nil {
		return err
	}
	return w.exec(ctx, `UPDATE speakers SET type = `+speakerTypeOf)
}

// sortedIDs lists a map's speaker ids in order: writers that touch rows in
// one order never wait on each other in a cycle.
func sortedIDs[V any](m map[int64]V) []int64 {
	ids := make([]int64, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// SpeakerNamesIndex covers the speaker page's count of the names a
// speaker is quoted under: an index scan instead of reading every one of
// the speaker's quote rows, which for the most quoted people of a large
// store is thousands of pages off a cold disk.
const SpeakerNamesIndex = `CREATE INDEX quotes_speaker_name ON quotes (speaker_id, speaker_name);`
