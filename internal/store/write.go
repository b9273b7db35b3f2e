package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/claim"
)

// AnalyzerVersion names the analysis that produced stored records; a change
// marks stored documents for `claimgraph reanalyze`.
const AnalyzerVersion = "claimgraph/analysis/v1+2"

// candidateLimit bounds the earlier claims compared with each new one.
const candidateLimit = 20

// Put stores records in one transaction, skipping documents already stored.
func (s *SQL) Put(ctx context.Context, recs []analysis.Record, sources []string) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	w := &writer{s: s, tx: tx, speakers: map[string]int64{}}
	added := 0
	for i := range recs {
		src := ""
		if i < len(sources) {
			src = sources[i]
		}
		ok, err := w.document(ctx, &recs[i], src)
		if err != nil {
			return 0, fmt.Errorf("storing %s: %w", recs[i].Document.ID, err)
		}
		if ok {
			added++
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	for k, id := range w.speakers {
		s.speakers.Store(k, id)
	}
	return added, nil
}

// Replace swaps the analysis of already stored documents, atomically.
func (s *SQL) Replace(ctx context.Context, recs []analysis.Record) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.lockWrites(ctx, tx); err != nil {
		return err
	}
	w := &writer{s: s, tx: tx, speakers: map[string]int64{}}
	for i := range recs {
		if err := w.remove(ctx, recs[i].Document.ID); err != nil {
			return fmt.Errorf("replacing %s: %w", recs[i].Document.ID, err)
		}
		if _, err := w.document(ctx, &recs[i], ""); err != nil {
			return fmt.Errorf("replacing %s: %w", recs[i].Document.ID, err)
		}
	}
	return tx.Commit()
}

func (s *SQL) lockWrites(ctx context.Context, tx *sql.Tx) error {
	if s.d.WriteLock == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, s.d.WriteLock)
	return err
}

// Has reports whether a document id is stored.
func (s *SQL) Has(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM documents WHERE id = ?`), id).Scan(&n)
	return n > 0, err
}

type writer struct {
	s        *SQL
	tx       *sql.Tx
	speakers map[string]int64
	source   string
	stmts    map[string]*sql.Stmt
}

// stmt prepares q once per transaction: a batch runs the same few
// statements thousands of times.
func (w *writer) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, w.s.d.rebind(q))
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(ctx context.Context, q string, args ...any) error {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

func (w *writer) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, q)
	if err != nil {
		// A failed prepare surfaces as the row's error through a plain query.
		return w.tx.QueryRowContext(ctx, w.s.d.rebind(q), args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// remove deletes a document and everything derived from it.
func (w *writer) remove(ctx context.Context, id string) error {
	var seq int64
	var title, text, source string
	err := w.tx.QueryRowContext(ctx, w.s.d.rebind(`SELECT seq, COALESCE(title, ''), text, COALESCE(source, '') FROM documents WHERE id = ?`), id).Scan(&seq, &title, &text, &source)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	w.source = source
	if w.s.d.UnindexText != nil {
		if err := w.s.d.UnindexText(ctx, w.tx, seq, title, text); err != nil {
			return err
		}
	}
	if err := w.exec(ctx, `DELETE FROM contradictions WHERE a_claim IN (SELECT seq FROM claims WHERE doc_seq = ?) OR b_claim IN (SELECT seq FROM claims WHERE doc_seq = ?)`, seq, seq); err != nil {
		return err
	}
	if w.s.d.UnindexClaim != nil {
		rows, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT seq, COALESCE(topic, '') FROM claims WHERE doc_seq = ?`), seq)
		if err != nil {
			return err
		}
		type old struct {
			seq   int64
			topic string
		}
		var olds []old
		for rows.Next() {
			var o old
			if err := rows.Scan(&o.seq, &o.topic); err != nil {
				rows.Close()
				return err
			}
			olds = append(olds, o)
		}
		rows.Close()
		for _, o := range olds {
			if err := w.s.d.UnindexClaim(ctx, w.tx, o.seq, o.topic); err != nil {
				return err
			}
		}
	}
	for _, t := range []string{"claims", "quotes", "quantities", "speaker_roles"} {
		if err := w.exec(ctx, `DELETE FROM `+t+` WHERE doc_seq = ?`, seq); err != nil {
			return err
		}
	}
	return w.exec(ctx, `DELETE FROM documents WHERE seq = ?`, seq)
}

// document inserts one record; false when its id is already stored.
func (w *writer) document(ctx context.Context, rec *analysis.Record, source string) (bool, error) {
	d := rec.Document
	if source == "" {
		source = w.source
	}
	// The text is stored once, in its column; Export puts it back.
	slim := *rec
	slim.Document.Text = ""
	raw, err := json.Marshal(slim)
	if err != nil {
		return false, err
	}
	var seq int64
	err = w.queryRow(ctx, `INSERT INTO documents (id, url, title, outlet, published, language, text, source, analyzer, ingested_at, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq`,
		d.ID, d.URL, d.Title, d.Outlet, d.Published, d.Language, d.Text, source, AnalyzerVersion, time.Now().UTC().Format(time.RFC3339), string(raw)).Scan(&seq)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if w.s.d.IndexText != nil {
		if err := w.s.d.IndexText(ctx, w.tx, seq, d.Title, d.Text); err != nil {
			return false, err
		}
	}
	ents := make(map[string]*analysis.Entity, len(rec.Entities))
	for i := range rec.Entities {
		ents[rec.Entities[i].ID] = &rec.Entities[i]
	}
	speakerOf := map[string]int64{} // record entity id -> speaker id
	speaker := func(eid string) (any, error) {
		e := ents[eid]
		if e == nil {
			return nil, nil
		}
		if id, ok := speakerOf[eid]; ok {
			return id, nil
		}
		id, err := w.speaker(ctx, e)
		if err != nil {
			return nil, err
		}
		speakerOf[eid] = id
		if e.Role != "" {
			if err := w.exec(ctx, `INSERT INTO speaker_roles (speaker_id, doc_seq, role, published) VALUES (?, ?, ?, ?)`, id, seq, e.Role, d.Published); err != nil {
				return nil, err
			}
		}
		return id, nil
	}
	for _, q := range rec.Quotes {
		sid, err := speaker(q.Speaker)
		if err != nil {
			return false, err
		}
		cue, lemma := "", ""
		if q.Cue != nil {
			cue, lemma = q.Cue.Text, q.Cue.Lemma
		}
		if err := w.exec(ctx, `INSERT INTO quotes (doc_seq, qid, speaker_id, kind, text, cue, cue_lemma, published, outlet, start_at, end_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, seq, q.ID, sid, q.Kind, q.Text, cue, lemma, d.Published, d.Outlet, q.Start, q.End); err != nil {
			return false, err
		}
	}
	claimSeq := map[string]int64{}
	for _, c := range rec.Claims {
		sid, err := speaker(c.Speaker)
		if err != nil {
			return false, err
		}
		cs, err := w.claim(ctx, seq, &c, sid, d.Published, d.Outlet)
		if err != nil {
			return false, err
		}
		claimSeq[c.ID] = cs
	}
	claimSpeaker := map[string]any{}
	for _, c := range rec.Claims {
		if sid, ok := speakerOf[c.Speaker]; ok {
			claimSpeaker[c.ID] = sid
		}
	}
	for _, c := range rec.Contradictions {
		if err := w.contradiction(ctx, claimSeq[c.A], claimSeq[c.B], claimSpeaker[c.A], claimSpeaker[c.B], c.Topic, c.Why); err != nil {
			return false, err
		}
	}
	// Writers in other processes run in parallel up to here; comparing with
	// other documents is done one writer at a time, so that each sees every
	// document committed before it.
	if err := w.s.lockWrites(ctx, w.tx); err != nil {
		return false, err
	}
	if err := w.crossDocument(ctx, seq, rec, claimSeq, speakerOf); err != nil {
		return false, err
	}
	for _, q := range rec.Quantities {
		if q.Unit == "" || q.About == "" || q.About == q.Unit {
			continue
		}
		key, ok := quantityKey(rec, q.Start, q.About, q.Unit)
		if !ok {
			continue // no place to tie the figure to one event
		}
		if err := w.exec(ctx, `INSERT INTO quantities (doc_seq, value, unit, about, qualifier, text, qkey, published, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, q.Value, q.Unit, q.About, q.Qualifier, q.Text, key, d.Published, d.Outlet); err != nil {
			return false, err
		}
	}
	return true, nil
}

// quantityKey names the count a figure measures: what it counts, and the
// place named nearest to it, so that tolls of different events stay apart.
func quantityKey(rec *analysis.Record, at int, about, unit string) (string, bool) {
	place, best := "", 1<<30
	for _, e := range rec.Entities {
		if e.Type != "GPE" {
			continue
		}
		for _, m := range e.Mentions {
			d := m.Start - at
			if d < 0 {
				d = -d
			}
			if d < best && d < 300 {
				place, best = strings.ToLower(e.Name), d
			}
		}
	}
	return strings.ToLower(about) + " " + strings.ToLower(unit) + " | " + place, place != ""
}

// speaker finds or makes the corpus-wide speaker for an entity: the same
// canonical name is the same speaker; a surname alone joins the one known
// person with that surname, and only when there is exactly one.
func (w *writer) speaker(ctx context.Context, e *analysis.Entity) (int64, error) {
	key := NormalizeName(e.Name)
	if id, ok := w.speakers[key]; ok {
		return id, nil
	}
	if id, ok := w.s.speakers.Load(key); ok {
		return id.(int64), nil
	}
	words := strings.Fields(key)
	last := ""
	if len(words) > 0 {
		last = words[len(words)-1]
	}
	var id int64
	err := w.queryRow(ctx, `SELECT id FROM speakers WHERE skey = ?`, key).Scan(&id)
	if err == sql.ErrNoRows && len(words) == 1 && e.Type == "PERSON" {
		rows, qerr := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT id FROM speakers WHERE last_name = ? AND skey <> ? LIMIT 2`), last, key)
		if qerr != nil {
			return 0, qerr
		}
		var ids []int64
		for rows.Next() {
			var x int64
			if err := rows.Scan(&x); err != nil {
				rows.Close()
				return 0, err
			}
			ids = append(ids, x)
		}
		rows.Close()
		if len(ids) == 1 {
			id, err = ids[0], nil
		}
	}
	if err == sql.ErrNoRows {
		// Another writer may be adding the same speaker: its row wins.
		err = w.queryRow(ctx, `INSERT INTO speakers (skey, name, type, last_name) VALUES (?, ?, ?, ?) ON CONFLICT (skey) DO NOTHING RETURNING id`,
			key, e.Name, e.Type, last).Scan(&id)
		if err == sql.ErrNoRows {
			err = w.queryRow(ctx, `SELECT id FROM speakers WHERE skey = ?`, key).Scan(&id)
		}
	}
	if err != nil {
		return 0, err
	}
	w.speakers[key] = id
	return id, nil
}

// NormalizeName is the key a name is matched by across documents.
func NormalizeName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

func (w *writer) claim(ctx context.Context, doc int64, c *claim.Claim, sid any, published, outlet string) (int64, error) {
	var value any
	if c.Value != nil {
		value = *c.Value
	}
	terms := strings.Fields(c.Topic)
	subject := ""
	if len(terms) > 0 {
		subject = terms[0]
	}
	hedged := 0
	if c.Hedged {
		hedged = 1
	}
	var seq int64
	err := w.queryRow(ctx, `INSERT INTO claims (doc_seq, cid, qid, speaker_id, subject, predicate, object, polarity, hedged, topic, subject_term, value, unit, qualifier, published, outlet)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
		doc, c.ID, c.Quote, sid, c.Subject, c.Predicate, c.Object, c.Polarity, hedged, c.Topic, subject, value, c.Unit, c.Qualifier, published, outlet).Scan(&seq)
	if err != nil {
		return 0, err
	}
	if w.s.d.IndexClaim != nil {
		if err := w.s.d.IndexClaim(ctx, w.tx, seq, c.Topic); err != nil {
			return 0, err
		}
	}
	return seq, nil
}

// contradiction records a pair of claims with their speakers, so that a
// speaker's contradictions are an index lookup.
func (w *writer) contradiction(ctx context.Context, a, b int64, sa, sb any, topic, why string) error {
	if a == 0 || b == 0 || a == b {
		return nil
	}
	if a > b {
		a, b, sa, sb = b, a, sb, sa
	}
	return w.exec(ctx, `INSERT INTO contradictions (a_claim, b_claim, a_speaker, b_speaker, topic, why) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, a, b, sa, sb, topic, why)
}

// crossDocument compares each new claim with earlier claims of other
// documents about the same subject with the opposite polarity (or, for figures, whose count is the same), using the same
// detector as within a document (claim.Contradictions). Speakers compare by
// corpus identity.
func (w *writer) crossDocument(ctx context.Context, doc int64, rec *analysis.Record, claimSeq map[string]int64, speakerOf map[string]int64) error {
	types := make(map[string]string, len(rec.Entities))
	for _, e := range rec.Entities {
		types[e.ID] = e.Type
	}
	for _, c := range rec.Claims {
		sid, ok := speakerOf[c.Speaker]
		// Unnamed generic sources ("the campaign") are no one to hold to a
		// claim across articles.
		if !ok || c.Hedged || types[c.Speaker] == "OTHER" {
			continue
		}
		terms := uniq(strings.Fields(c.Topic))
		if len(terms) == 0 {
			continue
		}
		var cands []claim.Claim
		if c.Value != nil {
			got, err := w.candidates(ctx, `topic = ? AND value IS NOT NULL`, []any{c.Topic}, doc, sid)
			if err != nil {
				return err
			}
			cands = got
		} else {
			opposite := "deny"
			if c.Polarity == "deny" {
				opposite = "affirm"
			}
			got, err := w.candidates(ctx, `subject_term = ? AND polarity = ? AND value IS NULL`, []any{terms[0], opposite}, doc, sid)
			if err != nil {
				return err
			}
			cands = got
		}
		mine := c
		mine.ID = fmt.Sprint(claimSeq[c.ID])
		mine.Speaker = fmt.Sprint(sid)
		mine.SpeakerName = ""
		for _, other := range cands {
			for _, con := range claim.Contradictions([]claim.Claim{mine, other}) {
				var a, b, sa, sb int64
				fmt.Sscan(con.A, &a)
				fmt.Sscan(con.B, &b)
				fmt.Sscan(speakerOfClaim(con.A, mine, other), &sa)
				fmt.Sscan(speakerOfClaim(con.B, mine, other), &sb)
				if err := w.contradiction(ctx, a, b, sa, sb, con.Topic, con.Why); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// candidates loads the most recent claims matching cond from other
// documents and other speakers; an index on the condition's columns and seq
// keeps each lookup a short range scan.
func (w *writer) candidates(ctx context.Context, cond string, args []any, doc, sid int64) ([]claim.Claim, error) {
	st, err := w.stmt(ctx, `SELECT seq, speaker_id, polarity, topic, value, COALESCE(qualifier, '')
		FROM claims WHERE `+cond+` AND doc_seq <> ? AND speaker_id IS NOT NULL AND speaker_id <> ? AND hedged = 0
		ORDER BY seq DESC LIMIT ?`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, append(args, doc, sid, candidateLimit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claim.Claim
	for rows.Next() {
		var seq, speaker int64
		var value sql.NullFloat64
		var c claim.Claim
		if err := rows.Scan(&seq, &speaker, &c.Polarity, &c.Topic, &value, &c.Qualifier); err != nil {
			return nil, err
		}
		c.ID, c.Speaker = fmt.Sprint(seq), fmt.Sprint(speaker)
		if value.Valid {
			v := value.Float64
			c.Value = &v
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func speakerOfClaim(id string, cs ...claim.Claim) string {
	for _, c := range cs {
		if c.ID == id {
			return c.Speaker
		}
	}
	return ""
}
