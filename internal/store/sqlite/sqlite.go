package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/claimgraph/claimgraph/internal/store"
)

var migrations = []string{
	strings.NewReplacer("{{SEQ}}", "INTEGER PRIMARY KEY", "{{REAL}}", "REAL").Replace(store.Tables),
	// External-content FTS5 index: the text is stored once, in documents.
	`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61')`,
	// Claim topics are stems already: index them as they are.
	`CREATE VIRTUAL TABLE claims_fts USING fts5(topic, content='claims', content_rowid='seq', tokenize='unicode61', detail='none')`,
	store.SpeakerStatsTable,
	store.SourcingTable,
	store.SpeakerTypesTable,
	store.PropositionsTable,
	store.DriftTable,
	store.GenerationsTable,
	store.SpeakerNamesIndex,
	store.FetchesTable,
	store.AliasColumn,
	store.StoriesTable,
	rowCounts(store.CountedTables),
}

// rowCounts creates row_counts, fills it from the tables as they are and
// keeps it by triggers. The store never deletes these rows through REPLACE
// (which fires no delete trigger), only by DELETE.
func rowCounts(tables []string) string {
	var b strings.Builder
	b.WriteString("CREATE TABLE row_counts (tbl TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "INSERT INTO row_counts (tbl, n) SELECT '%[1]s', COUNT(*) FROM %[1]s;\n", t)
		fmt.Fprintf(&b, "CREATE TRIGGER %[1]s_counted_in AFTER INSERT ON %[1]s BEGIN UPDATE row_counts SET n = n + 1 WHERE tbl = '%[1]s'; END;\n", t)
		fmt.Fprintf(&b, "CREATE TRIGGER %[1]s_counted_out AFTER DELETE ON %[1]s BEGIN UPDATE row_counts SET n = n - 1 WHERE tbl = '%[1]s'; END;\n", t)
	}
	return b.String()
}

var dialect = &store.Dialect{
	Name:       "sqlite",
	RowCounts:  true,
	Migrations: migrations,
	IndexTexts: `INSERT INTO documents_fts (rowid, title, text) VALUES `,
	UnindexText: func(ctx context.Context, tx *sql.Tx, seq int64, title, text string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, seq, title, text)
		return err
	},
	IndexClaims: `INSERT INTO claims_fts (rowid, topic) VALUES `,
	UnindexClaim: func(ctx context.Context, tx *sql.Tx, seq int64, topic string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts, rowid, topic) VALUES ('delete', ?, ?)`, seq, topic)
		return err
	},
	TopicMatch: `c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`,
	TopicQuery: func(groups [][]string) string {
		var parts []string
		for _, g := range groups {
			if q := quoteTerms(g); q != "" {
				parts = append(parts, "("+strings.ReplaceAll(q, `" "`, `" OR "`)+")")
			}
		}
		return strings.Join(parts, " AND ")
	},
	MatchSQL:    `SELECT rowid AS seq, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ?`,
	SnippetSQL:  `SELECT rowid, snippet(documents_fts, 1, '[', ']', '…', 16) FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN ({{SEQS}})`,
	SearchQuery: func(text string) string { return quoteTerms(strings.Fields(text)) },
	RankSQL:     `SELECT rowid AS seq, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank, rowid LIMIT ?`,
	RankAnySQL:  `SELECT rowid AS seq, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ?`,
	RankQuery:   func(words []string) string { return strings.ReplaceAll(quoteTerms(words), `" "`, `" OR "`) },
	Size: func(ctx context.Context, db *sql.DB) (int64, error) {
		var pages, size int64
		if err := db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
			return 0, err
		}
		if err := db.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&size); err != nil {
			return 0, err
		}
		return pages * size, nil
	},
}

// quoteTerms makes an FTS5 query in which every word must occur; quoting
// each keeps FTS5 operators out of user text.
func quoteTerms(words []string) string {
	var terms []string
	for _, w := range words {
		w = strings.ReplaceAll(w, `"`, "")
		if w != "" {
			terms = append(terms, `"`+w+`"`)
		}
	}
	return strings.Join(terms, " ")
}

// Option tunes how a store is opened.
type Option func(*config)

type config struct{ mmap int64 }

// ForReading maps the database file into memory, for a process that mostly
// reads (the server): page reads become memory loads instead of system
// calls. The mapped pages count in the process's resident size, so writers
// (ingest) leave it off.
func ForReading() Option { return func(c *config) { c.mmap = 2147418112 } }

// Open opens (creating if needed) the SQLite store at path.
func Open(ctx context.Context, path string, opts ...Option) (*store.SQL, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not a store file", path)
	}
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	q := url.Values{}
	q.Add("_txlock", "immediate") // writers queue on busy_timeout instead of failing mid-transaction
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(10000)", "foreign_keys(OFF)", "cache_size(-16384)", "temp_store(MEMORY)", fmt.Sprintf("mmap_size(%d)", cfg.mmap)} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	// WAL lets readers run beside the one writer; SQLite writes one at a time anyway.
	db.SetMaxOpenConns(8)
	s, err := store.New(ctx, db, dialect)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return s, nil
}
