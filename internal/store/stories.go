package store

import (
	"context"
	"crypto/sha256"
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
// finding the articles near a new one, documents.story the smallest id of
// the articles it is one report with (transitively), so that the label
// depends only on which articles are stored. quotes.statement is one
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

// storyOf finds, before a new document is stored, the story it joins:
// the smallest id among its own and the labels of every stored article
// that is the same report, and the other labels it bridges, which
// joinStories then folds into that one.
func (w *writer) storyOf(ctx context.Context, id, published string, sig story.Signature) (string, []string, error) {
	bands := story.Bands(sig)
	if len(bands) == 0 {
		return id, nil, nil
	}
	ph := make([]string, len(bands))
	args := make([]any, len(bands))
	for i, b := range bands {
		ph[i], args[i] = "?", b
	}
	res, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT DISTINCT d.id, COALESCE(d.minhash, ''), COALESCE(d.published, ''), COALESCE(d.story, d.id)
		FROM story_bands b JOIN documents d ON d.seq = b.doc_seq
		WHERE b.band IN (`+strings.Join(ph, ", ")+`)`), args...)
	if err != nil {
		return "", nil, fmt.Errorf("finding the story of %s: %w", id, err)
	}
	defer res.Close()
	labels := []string{id}
	for res.Next() {
		var oid, raw, opub, label string
		if err := res.Scan(&oid, &raw, &opub, &label); err != nil {
			return "", nil, err
		}
		other, err := story.Parse(raw)
		if err != nil {
			return "", nil, fmt.Errorf("document %s: %w", oid, err)
		}
		if oid != id && story.Same(sig, other, published, opub) && !slices.Contains(labels, label) {
			labels = append(labels, label)
		}
	}
	if err := res.Err(); err != nil {
		return "", nil, err
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

// joinStories stores a new document's bands and moves the stories it
// bridges under its label.
func (w *writer) joinStories(ctx context.Context, seq int64, sig story.Signature, label string, merge []string) error {
	bands := story.Bands(sig)
	rows := make([][]any, len(bands))
	for i, b := range bands {
		rows[i] = []any{b, seq}
	}
	if err := w.insertRows(ctx, `INSERT INTO story_bands (band, doc_seq) VALUES `, rows, "", nil); err != nil {
		return err
	}
	for _, l := range merge {
		if err := w.exec(ctx, `UPDATE documents SET story = ? WHERE story = ?`, label, l); err != nil {
			return err
		}
	}
	return nil
}

// sameReport: two stored articles, by their signatures and dates, are one
// report; what one source says against another in both is said inside
// each, not across them. A stored signature is read once per writer.
func (w *writer) sameReport(ctx context.Context, a, b *linked) (bool, error) {
	for _, l := range []*linked{a, b} {
		if l.sig != nil {
			continue
		}
		sig, ok := w.sigs[l.doc]
		if !ok {
			var raw string
			if err := w.queryRow(ctx, `SELECT COALESCE(minhash, '') FROM documents WHERE seq = ?`, l.doc).Scan(&raw); err != nil {
				return false, fmt.Errorf("story signature of document %d: %w", l.doc, err)
			}
			var err error
			if sig, err = story.Parse(raw); err != nil {
				return false, fmt.Errorf("document %d: %w", l.doc, err)
			}
			if w.sigs == nil {
				w.sigs = map[int64]story.Signature{}
			}
			w.sigs[l.doc] = sig
		}
		l.sig = sig
	}
	return story.Same(a.sig, b.sig, a.published, b.published), nil
}

// Reprints lists the other articles that are one report with the stored
// document id (its story), by id.
func (s *SQL) Reprints(ctx context.Context, id string) ([]Article, error) {
	rows, err := s.query(ctx, `SELECT o.id, COALESCE(o.title, ''), COALESCE(o.outlet, ''), COALESCE(o.published, ''), COALESCE(o.url, '')
		FROM documents d JOIN documents o ON o.story = d.story AND o.seq <> d.seq
		WHERE d.id = ? ORDER BY o.id`, id)
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
