package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/story"
)

// StoriesTable groups near-duplicate articles (wire copies, reprints,
// light edits) into stories and quotes into statements. documents.minhash
// is the article's signature (story.Sign), story_bands its band keys for
// finding the articles near a new one, story_docs what the look-up reads of
// each (a narrow row, not the document's). documents.story is the label of
// the story the article joined when stored; story_parents joins labels
// that a later article bridged (union-find: a label points to the smaller
// label it was merged into), so a merge writes one narrow row whatever
// the story's size, and a story's root is the smallest id of the articles
// it holds, whatever order they came in. quotes.statement is one
// source's words: the same speaker key and the same words in fifteen
// reprints are one statement with fifteen reports. Rows stored before it
// have none until `claimgraph reanalyze`.
const StoriesTable = `
ALTER TABLE documents ADD COLUMN minhash TEXT;
ALTER TABLE documents ADD COLUMN story TEXT;
CREATE INDEX documents_story ON documents (story);
CREATE TABLE story_bands (band BIGINT NOT NULL, doc_seq BIGINT NOT NULL);
CREATE INDEX story_bands_band ON story_bands (band);
CREATE INDEX story_bands_doc ON story_bands (doc_seq);
CREATE TABLE story_docs (doc_seq BIGINT PRIMARY KEY, id TEXT NOT NULL, label TEXT NOT NULL, minhash TEXT NOT NULL, published TEXT);
CREATE TABLE story_parents (label TEXT PRIMARY KEY, parent TEXT NOT NULL);
CREATE INDEX story_parents_parent ON story_parents (parent);
ALTER TABLE quotes ADD COLUMN statement TEXT;
CREATE INDEX quotes_statement ON quotes (statement);
`

// statementKey names what one source said in one set of words: the
// speaker's key as the article gave it and the quote's words, lower-cased,
// without punctuation, so that a reprint's curly quotes or a dropped comma
// make no second statement.
func statementKey(speakerKey any, text string) string {
	k, _ := speakerKey.(string)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	sum := sha256.Sum256([]byte(k + "\x00" + strings.Join(words, " ")))
	return hex.EncodeToString(sum[:12])
}

// Bounds on the work one document's story costs, whatever the corpus: a
// band bucket keeps at most bandCap documents (a template reprinted
// thousands of times fills its buckets with copies that say nothing new),
// and of each story sharing a band at most perStory members are read
// before the document is taken to be no report of it.
const (
	bandCap  = 20
	perStory = 10
)

// maxStoryCandidates bounds how many stored articles sharing a band a new
// one reads (full buckets already bound each band to bandCap): on the
// shared corpus no article shares a band with more than 9 others and no
// bucket holds more than 9, so neither bound changes a story there, while
// a template filled in thousands of times would otherwise cost each new
// copy a thousand reads.
const maxStoryCandidates = 100

// storyOf finds, before a new document is stored, the story it joins:
// the smallest id among its own and the labels of the stories that hold a
// stored article that is the same report, and the other labels it
// bridges, which joinStories then folds into that one. It reads the band
// index, then the candidates by key: no join, whatever the planner knows.
func (w *writer) storyOf(ctx context.Context, id, published string, sig story.Signature) (string, []string, error) {
	bands := story.Bands(sig)
	if len(bands) == 0 {
		return id, nil, nil
	}
	args := sqlArgs(bands)
	// No ORDER BY ... LIMIT in SQL: PostgreSQL would walk the doc_seq index
	// in order to meet it and filter every row by band (tens of
	// milliseconds an article at 8,000 articles). The buckets are bounded
	// (bandCap), so all matches are few; they are ordered and cut here.
	seqs, err := w.int64s(ctx, `SELECT DISTINCT doc_seq FROM story_bands WHERE band IN (?`+strings.Repeat(", ?", len(bands)-1)+`)`, args...)
	if err != nil {
		return "", nil, fmt.Errorf("finding the story of %s: %w", id, err)
	}
	slices.Sort(seqs)
	if len(seqs) > maxStoryCandidates {
		seqs = seqs[:maxStoryCandidates]
	}
	type member struct {
		label, raw, published string
	}
	byLabel := map[string][]member{}
	var order []string
	for from := 0; from < len(seqs); from += 500 {
		part := seqs[from:min(from+500, len(seqs))]
		pargs := sqlArgs(part)
		res, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT doc_seq, id, label, minhash, COALESCE(published, '') FROM story_docs
			WHERE doc_seq IN (?`+strings.Repeat(", ?", len(part)-1)+`) ORDER BY doc_seq`), pargs...)
		if err != nil {
			return "", nil, fmt.Errorf("reading the story candidates of %s: %w", id, err)
		}
		for res.Next() {
			var seq int64
			var oid string
			var m member
			if err := res.Scan(&seq, &oid, &m.label, &m.raw, &m.published); err != nil {
				res.Close()
				return "", nil, err
			}
			if oid == id {
				continue
			}
			if _, ok := byLabel[m.label]; !ok {
				order = append(order, m.label)
			}
			if len(byLabel[m.label]) < perStory {
				byLabel[m.label] = append(byLabel[m.label], m)
			}
		}
		res.Close()
		if err := res.Err(); err != nil {
			return "", nil, err
		}
	}
	labels := []string{id}
	for _, l := range order {
		for _, m := range byLabel[l] {
			other, err := story.Parse(m.raw)
			if err != nil {
				return "", nil, fmt.Errorf("story %s: %w", l, err)
			}
			if story.Same(sig, other, published, m.published) {
				root, err := w.storyRoot(ctx, l)
				if err != nil {
					return "", nil, err
				}
				if !slices.Contains(labels, root) {
					labels = append(labels, root)
				}
				break
			}
		}
	}
	label := slices.Min(labels)
	var merge []string
	for _, l := range labels {
		if l != label && l != id {
			merge = append(merge, l)
		}
	}
	return label, merge, nil
}

// int64s runs a query of one integer column in the transaction.
func (w *writer) int64s(ctx context.Context, q string, args ...any) ([]int64, error) {
	return scanIDs(w.tx.QueryContext(ctx, w.s.d.rebind(q), args...))
}

// joinStories stores a new document's bands, each in a bucket not yet
// full, and moves the stories it bridges under its label.
func (w *writer) joinStories(ctx context.Context, seq int64, id, published string, sig story.Signature, label string, merge []string) error {
	bands := story.Bands(sig)
	if len(bands) == 0 {
		return nil
	}
	if err := w.exec(ctx, `INSERT INTO story_docs (doc_seq, id, label, minhash, published) VALUES (?, ?, ?, ?, ?)`, seq, id, label, sig.String(), published); err != nil {
		return err
	}
	args := sqlArgs(bands)
	full := map[int64]bool{}
	res, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT band FROM story_bands WHERE band IN (?`+strings.Repeat(", ?", len(bands)-1)+`)
		GROUP BY band HAVING COUNT(*) >= ?`), append(args, bandCap)...)
	if err != nil {
		return fmt.Errorf("counting story bands: %w", err)
	}
	for res.Next() {
		var b int64
		if err := res.Scan(&b); err != nil {
			res.Close()
			return err
		}
		full[b] = true
	}
	res.Close()
	if err := res.Err(); err != nil {
		return err
	}
	var rows [][]any
	for _, b := range bands {
		if !full[b] {
			rows = append(rows, []any{b, seq})
		}
	}
	if len(rows) > 0 {
		if err := w.insertRows(ctx, `INSERT INTO story_bands (band, doc_seq) VALUES `, rows, "", nil); err != nil {
			return err
		}
	}
	for _, l := range merge {
		if err := w.exec(ctx, `INSERT INTO story_parents (label, parent) VALUES (?, ?) ON CONFLICT (label) DO UPDATE SET parent = excluded.parent`, l, label); err != nil {
			return err
		}
	}
	return nil
}

// storyRoot follows a label's merges to the story it now belongs to.
func (w *writer) storyRoot(ctx context.Context, label string) (string, error) {
	return rootOf(ctx, w.tx, w.s.d, label)
}

// rootOf follows a label's merges (story_parents) in db, a transaction or
// the pool.
func rootOf(ctx context.Context, db interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, d *Dialect, label string) (string, error) {
	q := d.rebind(`SELECT parent FROM story_parents WHERE label = ?`)
	for hops := 0; hops < 64; hops++ {
		var parent string
		err := db.QueryRowContext(ctx, q, label).Scan(&parent)
		if err == sql.ErrNoRows {
			return label, nil
		}
		if err != nil {
			return "", fmt.Errorf("story %s: %w", label, err)
		}
		label = parent
	}
	return label, nil // merges always point to a smaller label, so this is not reached
}

// sameReport: two stored articles, by their signatures and dates, are one
// report; what one source says against another in both is said inside
// each, not across them. A stored signature is read once (SQL.sigs).
func (w *writer) sameReport(ctx context.Context, a, b *linked) (bool, error) {
	for _, l := range []*linked{a, b} {
		if l.sig != nil {
			continue
		}
		sig, ok := w.s.cachedSignature(l.doc)
		if !ok {
			var raw string
			if err := w.queryRow(ctx, `SELECT COALESCE(minhash, '') FROM documents WHERE seq = ?`, l.doc).Scan(&raw); err != nil {
				return false, fmt.Errorf("story signature of document %d: %w", l.doc, err)
			}
			var err error
			if sig, err = story.Parse(raw); err != nil {
				return false, fmt.Errorf("document %d: %w", l.doc, err)
			}
			w.s.cacheSignature(l.doc, sig)
		}
		l.sig = sig
	}
	return story.Same(a.sig, b.sig, a.published, b.published), nil
}

// Reprints lists the other articles that are one report with the stored
// document id (its story), by id.
func (s *SQL) Reprints(ctx context.Context, id string) ([]Article, error) {
	var label string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COALESCE(story, id) FROM documents WHERE id = ?`), id).Scan(&label)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reprints of %s: %w", id, err)
	}
	// The story's root, then every label merged into it.
	if label, err = rootOf(ctx, s.db, s.d, label); err != nil {
		return nil, fmt.Errorf("reprints of %s: %w", id, err)
	}
	rows, err := s.query(ctx, `WITH RECURSIVE members(label) AS (SELECT CAST(? AS TEXT) UNION SELECT p.label FROM story_parents p JOIN members m ON p.parent = m.label)
		SELECT o.id, COALESCE(o.title, ''), COALESCE(o.outlet, ''), COALESCE(o.published, ''), COALESCE(o.url, '')
		FROM documents o WHERE COALESCE(o.story, o.id) IN (SELECT label FROM members) AND o.id <> ? ORDER BY o.id`, label, id)
	if err != nil {
		return nil, fmt.Errorf("reprints of %s: %w", id, err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		if err := rows.Scan(&a.DocID, &a.Title, &a.Outlet, &a.Published, &a.URL); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// maxCachedSignatures bounds the store's signature cache (about 500 bytes
// each): past it the cache starts again empty.
const maxCachedSignatures = 20_000

// cachedSignature is a stored document's story signature, if cached. A
// document's seq names one text for as long as it is stored, so a cached
// signature never goes stale; a replaced document gets a new seq.
func (s *SQL) cachedSignature(seq int64) (story.Signature, bool) {
	s.sigMu.Lock()
	defer s.sigMu.Unlock()
	sig, ok := s.sigs[seq]
	return sig, ok
}

func (s *SQL) cacheSignature(seq int64, sig story.Signature) {
	s.sigMu.Lock()
	defer s.sigMu.Unlock()
	if s.sigs == nil || len(s.sigs) >= maxCachedSignatures {
		s.sigs = map[int64]story.Signature{}
	}
	s.sigs[seq] = sig
}
