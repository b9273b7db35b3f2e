package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
)

// Dialect is what differs between the SQL engines behind the Store.
type Dialect struct {
	Name string
	// Migrations are applied in order; migration i brings the schema to version i+1.
	Migrations []string
	// CachesStatements says the driver prepares each query text once per
	// connection by itself (pgx), so the writer runs query texts instead of
	// preparing them in every transaction.
	CachesStatements bool
	// RowCounts says the schema keeps row_counts for CountedTables.
	RowCounts bool
	// Positional marks the engine's placeholders as $1, $2 ... instead of ?.
	Positional bool
	// IndexTexts is the head of a multi-row INSERT of (seq, title, text)
	// into the full-text index ("" when the engine indexes a generated
	// column by itself).
	IndexTexts string
	// UnindexText removes a document from the full-text index.
	UnindexText func(ctx context.Context, tx *sql.Tx, seq int64, title, text string) error
	// MatchSQL selects seq, rank (smaller is better: BM25 in SQLite,
	// cover density in PostgreSQL) of every document whose title or text
	// holds each word of a query (its one argument, made by SearchQuery).
	MatchSQL string
	// SnippetSQL selects seq, snippet of the documents whose seqs stand in
	// for {{SEQS}}, for a query (its one argument).
	SnippetSQL string
	// SearchQuery turns user text into the engine's query syntax.
	SearchQuery func(text string) string
	// RankSQL selects seq, rank (smaller is better) of the documents that
	// match a query (first argument) of any of its words, best first, with a
	// limit (second): BM25 in SQLite, cover density in PostgreSQL.
	RankSQL string
	// RankAnySQL is RankSQL without its order and limit, to be filtered
	// before them (a check narrowed to a speaker, outlet or period ranks
	// the documents within it).
	RankAnySQL string
	// RankQuery turns words into RankSQL's query: any of them may match.
	RankQuery func(words []string) string
	// IndexClaims is the head of a multi-row INSERT of (claim seq, topic)
	// into the topic index ("" when the engine indexes a generated column);
	// UnindexClaim removes one.
	IndexClaims  string
	UnindexClaim func(ctx context.Context, tx *sql.Tx, seq int64, topic string) error
	// TopicMatch is a condition on claims (alias c) with one argument, the
	// query TopicQuery builds: every group must occur, in any of its forms
	// (a word's stem, or the word itself, as entity names are not stemmed).
	TopicMatch string
	TopicQuery func(groups [][]string) string
	// Size reports the bytes the store occupies.
	Size func(ctx context.Context, db *sql.DB) (int64, error)
	// WriteLock, if set, runs first in every write transaction: with many
	// writer processes it makes cross-document comparisons see every
	// committed claim, so the result does not depend on timing.
	WriteLock string
	// Setup runs once per connection pool after opening (pragmas, settings).
	Setup func(ctx context.Context, db *sql.DB) error
}

// rebind rewrites ? placeholders for engines that number them.
func (d *Dialect) rebind(q string) string {
	if !d.Positional || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
