package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/claimgraph/claimgraph/internal/store"
)

var migrations = []string{
	strings.NewReplacer("{{SEQ}}", "BIGSERIAL PRIMARY KEY", "{{REAL}}", "DOUBLE PRECISION").Replace(store.Tables),
	`ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', COALESCE(title, '') || ' ' || text)) STORED;
	 CREATE INDEX documents_tsv ON documents USING GIN (tsv);`,
	`ALTER TABLE claims ADD COLUMN topic_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', COALESCE(topic, ''))) STORED;
	 CREATE INDEX claims_topic_tsv ON claims USING GIN (topic_tsv);`,
	store.SpeakerStatsTable,
	store.SourcingTable,
	store.SpeakerTypesTable,
	store.PropositionsTable,
	store.DriftTable,
	store.GenerationsTable,
	foreignKeys,
	store.SpeakerNamesIndex,
	store.FetchesTable,
	store.AliasColumn,
	store.StoriesTable,
}

// foreignKeys ties every row to the document and the speaker it names, so
// that no write (a worker's, relink's, a removal's) can leave a quote, claim
// or count pointing at nothing. They are checked at commit: a transaction
// that renumbers speakers or replaces a document may pass through states
// that hold only until it ends. NOT VALID spares rows stored before them
// the check, so an old store still opens.
var foreignKeys = func() string {
	var b strings.Builder
	for _, fk := range []struct{ table, column, parent string }{
		{"quotes", "doc_seq", "documents(seq)"},
		{"claims", "doc_seq", "documents(seq)"},
		{"quantities", "doc_seq", "documents(seq)"},
		{"speaker_roles", "doc_seq", "documents(seq)"},
		{"contradictions", "a_claim", "claims(seq)"},
		{"contradictions", "b_claim", "claims(seq)"},
		{"quotes", "speaker_id", "speakers(id)"},
		{"claims", "speaker_id", "speakers(id)"},
		{"speaker_roles", "speaker_id", "speakers(id)"},
		{"contradictions", "a_speaker", "speakers(id)"},
		{"contradictions", "b_speaker", "speakers(id)"},
		{"speaker_stats", "speaker_id", "speakers(id)"},
		{"speaker_types", "speaker_id", "speakers(id)"},
	} {
		fmt.Fprintf(&b, "ALTER TABLE %s ADD CONSTRAINT %s_%s_fk FOREIGN KEY (%s) REFERENCES %s DEFERRABLE INITIALLY DEFERRED NOT VALID;\n",
			fk.table, fk.table, fk.column, fk.column, fk.parent)
	}
	return b.String()
}()

var dialect = &store.Dialect{
	Name:             "postgres",
	CachesStatements: true,
	Migrations:       migrations,
	Positional:       true,
	// One writer at a time across every process: claimgraph's key in the
	// advisory lock space, released at commit.
	WriteLock:   `SELECT pg_advisory_xact_lock(7105361)`,
	MatchSQL:    `SELECT seq, -ts_rank_cd(tsv, q) AS rank FROM documents, plainto_tsquery('english', ?) q WHERE tsv @@ q`,
	SnippetSQL:  `SELECT seq, ts_headline('english', text, plainto_tsquery('english', ?), 'MaxWords=24, MinWords=8, StartSel=[, StopSel=]') FROM documents WHERE seq IN ({{SEQS}})`,
	SearchQuery: strings.TrimSpace,
	RankSQL:     `SELECT seq, -ts_rank_cd(tsv, q) AS rank FROM documents, to_tsquery('english', ?) q WHERE tsv @@ q ORDER BY rank, seq LIMIT ?`,
	RankAnySQL:  `SELECT seq, -ts_rank_cd(tsv, q) AS rank FROM documents, to_tsquery('english', ?) q WHERE tsv @@ q`,
	RankQuery: func(words []string) string {
		var alts []string
		for _, w := range words {
			// "al-sudani", "u.s.": each part is a word to tsquery, as
			// the english parser indexes them.
			for _, part := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if part = tsWord(part); part != "" {
					alts = append(alts, part)
				}
			}
		}
		if len(alts) == 0 {
			return ""
		}
		return strings.Join(alts, " | ")
	},
	TopicMatch: `c.topic_tsv @@ to_tsquery('simple', ?)`,
	TopicQuery: func(groups [][]string) string {
		var parts []string
		for _, g := range groups {
			var alts []string
			for _, t := range g {
				if t = tsWord(t); t != "" {
					alts = append(alts, t)
				}
			}
			if len(alts) > 0 {
				parts = append(parts, "("+strings.Join(alts, " | ")+")")
			}
		}
		if len(parts) == 0 {
			return "''"
		}
		return strings.Join(parts, " & ")
	},
	Size: func(ctx context.Context, db *sql.DB) (int64, error) {
		var n sql.NullInt64
		err := db.QueryRowContext(ctx, `SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
			WHERE ns.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
		return n.Int64, err
	},
}

// Open connects to the PostgreSQL store at dsn (postgres://...).
func Open(ctx context.Context, dsn string) (*store.SQL, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", redact(dsn), err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s: %w", redact(dsn), err)
	}
	s, err := store.New(ctx, db, dialect)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", redact(dsn), err)
	}
	return s, nil
}

// redact hides a password in a DSN before it reaches a message.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	cred := dsn[scheme+3 : at]
	if i := strings.IndexByte(cred, ':'); i >= 0 {
		return dsn[:scheme+3] + cred[:i] + ":***" + dsn[at:]
	}
	return dsn
}

// tsWord keeps what tsquery syntax reads as a word: letters and digits.
func tsWord(t string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			return r
		}
		return -1
	}, strings.ToLower(t))
}
