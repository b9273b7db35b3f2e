package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// CheckQuery asks for the statements that may bear on a claim: quotes in
// the documents that best match any of the claim's words, within the
// filter's speaker, outlet and dates.
type CheckQuery struct {
	Words []string
	QuoteFilter
	// Documents is how many of the best-matching documents are read.
	Documents int
}

// CheckCandidate is one quote that may bear on a claim, with the rank of
// its document (0 is the best match).
type CheckCandidate struct {
	QuoteRow
	DocRank int `json:"doc_rank"`
	// Sentence is the sentence or sentences that hold the quote: with the
	// words around it ("did not say that ...") that decide its stance.
	Sentence string `json:"sentence"`
}

// maxCheckRows bounds the quote rows read for one check, before they are
// cut to the filter's limit in rank order.
const maxCheckRows = 20000

// CheckCandidates returns the quotes of the documents that best match q's
// words (BM25 in SQLite, cover density in PostgreSQL), best documents
// first.
func (s *SQL) CheckCandidates(ctx context.Context, q CheckQuery) ([]CheckCandidate, error) {
	query := s.d.RankQuery(q.Words)
	if query == "" {
		return nil, nil
	}
	more, margs, none, err := s.quoteFilter(ctx, q.QuoteFilter)
	if err != nil || none {
		return nil, err
	}
	rankSQL, rankArgs := s.d.RankSQL, []any{query, orLimit(q.Documents, 100)}
	if len(more) > 0 {
		// Ranked within the filter: the best documents that hold a quote
		// it keeps, not the filter's share of the best over everything.
		rankSQL = `SELECT m.seq, m.rank FROM (` + s.d.RankAnySQL + `) m WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.doc_seq = m.seq AND ` +
			strings.Join(more, " AND ") + `) ORDER BY m.rank, m.seq LIMIT ?`
		rankArgs = append(append([]any{query}, margs...), orLimit(q.Documents, 100))
	}
	rows, err := s.query(ctx, rankSQL, rankArgs...)
	if err != nil {
		return nil, fmt.Errorf("ranking documents for the claim: %w", err)
	}
	var seqs []int64
	for rows.Next() {
		var seq int64
		var rank float64
		if err := rows.Scan(&seq, &rank); err != nil {
			rows.Close()
			return nil, err
		}
		seqs = append(seqs, seq)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(seqs) == 0 {
		return nil, nil
	}
	where := []string{`q.doc_seq IN (` + placeholders(len(seqs)) + `)`}
	args := sqlArgs(seqs)
	where = append(where, more...)
	args = append(args, margs...)
	f := q.QuoteFilter
	rows, err = s.query(ctx, `SELECT d.id, q.qid, COALESCE(sp.name, ''), q.kind, q.text, COALESCE(q.cue, ''), COALESCE(q.published, ''), COALESCE(q.outlet, ''), COALESCE(d.title, ''), COALESCE(d.url, ''),
		q.doc_seq, COALESCE(q.start_at, 0), COALESCE(q.end_at, 0)
		FROM quotes q JOIN documents d ON d.seq = q.doc_seq LEFT JOIN speakers sp ON sp.id = q.speaker_id
		WHERE `+strings.Join(where, " AND ")+` ORDER BY q.doc_seq, q.start_at LIMIT ?`, append(args, maxCheckRows)...)
	if err != nil {
		return nil, fmt.Errorf("reading the quotes of the matching documents: %w", err)
	}
	defer rows.Close()
	rank := map[int64]int{}
	for i, seq := range seqs {
		if _, ok := rank[seq]; !ok {
			rank[seq] = i
		}
	}
	var out []CheckCandidate
	var spans []sideSpan
	for rows.Next() {
		var c CheckCandidate
		var sp sideSpan
		if err := rows.Scan(&c.DocID, &c.QuoteID, &c.Speaker, &c.Kind, &c.Text, &c.Cue, &c.Published, &c.Outlet, &c.Title, &c.URL,
			&sp.doc, &sp.start, &sp.end); err != nil {
			return nil, err
		}
		c.DocRank = rank[sp.doc]
		out = append(out, c)
		spans = append(spans, sp)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Best documents first, their quotes in text order; the cap keeps the
	// quotes of the best-ranked documents.
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return out[order[a]].DocRank < out[order[b]].DocRank })
	if limit := orLimit(f.Limit, 5000); len(order) > limit {
		order = order[:limit]
	}
	kept, keptSpans := make([]CheckCandidate, len(order)), make([]sideSpan, len(order))
	for k, i := range order {
		kept[k], keptSpans[k] = out[i], spans[i]
	}
	if err := s.checkSentences(ctx, kept, keptSpans); err != nil {
		return nil, err
	}
	return kept, nil
}

// checkSentences fills each candidate's sentence, reading and segmenting
// each document once.
func (s *SQL) checkSentences(ctx context.Context, out []CheckCandidate, spans []sideSpan) error {
	byDoc := map[int64][]int{}
	var docs []int64
	for i, sp := range spans {
		if _, ok := byDoc[sp.doc]; !ok {
			docs = append(docs, sp.doc)
		}
		byDoc[sp.doc] = append(byDoc[sp.doc], i)
	}
	sg := s.segmenter()
	for _, doc := range docs {
		var text string
		err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT text FROM documents WHERE seq = ?`), doc).Scan(&text)
		if errors.Is(err, sql.ErrNoRows) {
			continue // replaced or deleted since the quotes were read: its quotes keep their own words
		}
		if err != nil {
			return fmt.Errorf("reading document %d: %w", doc, err)
		}
		idx := byDoc[doc]
		want := make([][2]int, len(idx))
		for k, i := range idx {
			want[k] = [2]int{spans[i].start, spans[i].end}
		}
		for k, sentence := range sentencesIn(sg, text, want) {
			out[idx[k]].Sentence = sentence
		}
	}
	return nil
}
