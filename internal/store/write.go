package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/names"
	"github.com/claimgraph/claimgraph/internal/story"
)

// AnalyzerVersion names the analysis that produced stored records; a change
// marks stored documents for `claimgraph reanalyze`.
const AnalyzerVersion = "claimgraph/analysis/v1+14"

// Put stores records in one transaction, skipping documents already stored.
func (s *SQL) Put(ctx context.Context, recs []analysis.Record, sources []string) (int, error) {
	encoded, err := encodeAll(recs)
	if err != nil {
		return 0, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	// The write lock comes first, before any row: a writer that inserted a
	// document and then waited for the lock could hold the very row another
	// writer, holding the lock, waits to insert (overlapping inputs), and
	// the two would deadlock. The costly analysis is done before Put.
	gen, err := s.lockWrites(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("taking the write lock: %w", err)
	}
	w := &writer{s: s, tx: tx, speakers: map[string]int64{}, encoded: encoded}
	if err := w.prefetchSpeakers(ctx, recs); err != nil {
		return 0, fmt.Errorf("reading speakers: %w", err)
	}
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
	if added > 0 {
		if err := w.flushSpeakers(ctx); err != nil {
			return 0, err
		}
	}
	if err := w.flushIndexes(ctx); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	s.cacheSpeakers(gen, w.speakers)
	return added, nil
}

// Replace swaps the analysis of already stored documents, atomically.
func (s *SQL) Replace(ctx context.Context, recs []analysis.Record) error {
	return s.lockedWrite(ctx, func(w *writer) error {
		return w.replace(ctx, recs)
	})
}

// lockedWrite runs fn in one transaction that holds the write lock from
// its start, and commits when fn succeeds.
func (s *SQL) lockedWrite(ctx context.Context, fn func(w *writer) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := s.lockWrites(ctx, tx); err != nil {
		return err
	}
	if err := fn(&writer{s: s, tx: tx, speakers: map[string]int64{}}); err != nil {
		return err
	}
	return tx.Commit()
}

func (w *writer) replace(ctx context.Context, recs []analysis.Record) error {
	for i := range recs {
		if err := w.remove(ctx, recs[i].Document.ID); err != nil {
			return fmt.Errorf("replacing %s: %w", recs[i].Document.ID, err)
		}
		if _, err := w.document(ctx, &recs[i], ""); err != nil {
			return fmt.Errorf("replacing %s: %w", recs[i].Document.ID, err)
		}
		// The next removal recounts from the rows: nothing may wait.
		if err := w.flushSpeakers(ctx); err != nil {
			return fmt.Errorf("replacing %s: %w", recs[i].Document.ID, err)
		}
		// Removing the next document from the index must see this one's rows.
		if err := w.flushIndexes(ctx); err != nil {
			return err
		}
	}
	return nil
}

// lockWrites takes the write lock in tx, brings the speaker cache up to
// date and returns the speaker generation it read.
func (s *SQL) lockWrites(ctx context.Context, tx *sql.Tx) (gen int64, err error) {
	if err := s.writeLock(ctx, tx); err != nil {
		return 0, err
	}
	return s.syncSpeakerCache(ctx, tx)
}

// writeLock takes the dialect's write lock in tx; SQLite's immediate
// transactions hold it already.
func (s *SQL) writeLock(ctx context.Context, tx *sql.Tx) error {
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
	// textIndex and claimIndex wait for flushIndexes: FTS5 writes its
	// pending terms out at every statement that touches it, so one insert
	// for the whole batch is far cheaper than one per document.
	textIndex, claimIndex [][]any
	// encoded holds records already prepared by encodeAll.
	encoded map[*analysis.Record]prepared
	// spellings waits for applySpellings: speaker id -> lower-case name.
	spellings map[int64]string
	// absent holds the speaker keys prefetchSpeakers found no row for.
	absent map[string]bool
	// stats waits for flushSpeakerStats.
	stats map[int64]*statsDelta
}

// flushSpeakers writes what the documents so far owe the speakers table:
// counts and spellings. The caller holds the write lock.
func (w *writer) flushSpeakers(ctx context.Context) error {
	if err := w.flushSpeakerStats(ctx); err != nil {
		return err
	}
	return w.applySpellings(ctx)
}

// encodeRecord is the stored form of a record: the text is stored once, in
// its column, and Export puts it back.
func encodeRecord(rec *analysis.Record) ([]byte, error) {
	slim := *rec
	slim.Document.Text = ""
	return json.Marshal(slim)
}

// encodeAll prepares a batch (JSON, story signatures) on every core before the transaction,
// so the single writer does only the writing.
func encodeAll(recs []analysis.Record) (map[*analysis.Record]prepared, error) {
	out := make([]prepared, len(recs))
	errs := make([]error, len(recs))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < len(recs); i += workers {
				out[i], errs[i] = prepare(&recs[i])
			}
		}(k)
	}
	wg.Wait()
	m := make(map[*analysis.Record]prepared, len(recs))
	for i := range recs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		m[&recs[i]] = out[i]
	}
	return m, nil
}

// prepared is what a record's write needs that costs work but no store:
// its JSON and its story signature, made before the write lock is taken.
type prepared struct {
	raw []byte
	sig story.Signature
}

func prepare(rec *analysis.Record) (prepared, error) {
	raw, err := encodeRecord(rec)
	return prepared{raw: raw, sig: story.Sign(rec.Document.Text)}, err
}

// flushIndexes writes the batch's full-text rows; call before commit.
func (w *writer) flushIndexes(ctx context.Context) error {
	if len(w.textIndex) > 0 {
		if err := w.insertRows(ctx, w.s.d.IndexTexts, w.textIndex, "", nil); err != nil {
			return err
		}
	}
	if len(w.claimIndex) > 0 {
		if err := w.insertRows(ctx, w.s.d.IndexClaims, w.claimIndex, "", nil); err != nil {
			return err
		}
	}
	w.textIndex, w.claimIndex = nil, nil
	return nil
}

// statement is one query ready to run in the writer's transaction.
type statement struct {
	st *sql.Stmt // prepared for this transaction, or nil
	tx *sql.Tx
	q  string
}

func (s statement) ExecContext(ctx context.Context, args ...any) (sql.Result, error) {
	if s.st != nil {
		return s.st.ExecContext(ctx, args...)
	}
	return s.tx.ExecContext(ctx, s.q, args...)
}

func (s statement) QueryContext(ctx context.Context, args ...any) (*sql.Rows, error) {
	if s.st != nil {
		return s.st.QueryContext(ctx, args...)
	}
	return s.tx.QueryContext(ctx, s.q, args...)
}

func (s statement) QueryRowContext(ctx context.Context, args ...any) *sql.Row {
	if s.st != nil {
		return s.st.QueryRowContext(ctx, args...)
	}
	return s.tx.QueryRowContext(ctx, s.q, args...)
}

// stmt prepares q once per transaction, where the driver keeps no
// statements of its own: a batch runs the same few statements thousands of
// times. Where it does (pgx prepares each query text once per connection
// and keeps it), preparing again in every transaction would add a prepare
// and a deallocate round trip to each statement of a one-document job.
func (w *writer) stmt(ctx context.Context, q string) (statement, error) {
	q = w.s.d.rebind(q)
	if w.s.d.CachesStatements {
		return statement{tx: w.tx, q: q}, nil
	}
	if st, ok := w.stmts[q]; ok {
		return statement{st: st}, nil
	}
	st, err := w.tx.PrepareContext(ctx, q)
	if err != nil {
		return statement{}, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = st
	return statement{st: st}, nil
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
	recount, err := w.recountSpeakers(ctx, seq)
	if err != nil {
		return err
	}
	for _, t := range []string{"claims", "quotes", "quantities", "speaker_roles", "story_bands", "story_docs"} {
		if err := w.exec(ctx, `DELETE FROM `+t+` WHERE doc_seq = ?`, seq); err != nil {
			return err
		}
	}
	if err := recount(); err != nil {
		return err
	}
	return w.exec(ctx, `DELETE FROM documents WHERE seq = ?`, seq)
}

// document inserts one record; false when its id is already stored.
func (w *writer) document(ctx context.Context, rec *analysis.Record, source string) (bool, error) {
	d := rec.Document
	if source == "" {
		source = w.source
	}
	p, ok := w.encoded[rec]
	if !ok {
		var err error
		if p, err = prepare(rec); err != nil {
			return false, err
		}
	}
	raw, sig := p.raw, p.sig
	var seq int64
	names := docNames(rec)
	var minhash any
	if sig != nil {
		minhash = sig.String()
	}
	label, merge, err := w.storyOf(ctx, d.ID, d.Published, sig)
	if err != nil {
		return false, err
	}
	err = w.queryRow(ctx, `INSERT INTO documents (id, url, title, outlet, published, language, text, source, analyzer, ingested_at, record, names, minhash, story)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq`,
		d.ID, d.URL, d.Title, d.Outlet, d.Published, d.Language, d.Text, source, AnalyzerVersion, time.Now().UTC().Format(time.RFC3339), string(raw),
		strings.Join(names, "|"), minhash, label).Scan(&seq)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if w.s.d.IndexTexts != "" {
		w.textIndex = append(w.textIndex, []any{seq, d.Title, d.Text})
	}
	if err := w.joinStories(ctx, seq, d.ID, d.Published, sig, label, merge); err != nil {
		return false, err
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
			if err := w.exec(ctx, `INSERT INTO speaker_roles (speaker_id, doc_seq, role, published, speaker_key, speaker_type) VALUES (?, ?, ?, ?, ?, ?)`,
				id, seq, e.Role, d.Published, speakerKey(e), e.Type); err != nil {
				return nil, err
			}
		}
		return id, nil
	}
	quoteRows := make([][]any, 0, len(rec.Quotes))
	for _, q := range rec.Quotes {
		sid, err := speaker(q.Speaker)
		if err != nil {
			return false, err
		}
		cue, lemma := "", ""
		if q.Cue != nil {
			cue, lemma = q.Cue.Text, q.Cue.Lemma
		}
		key, typ := entityKey(ents[q.Speaker])
		var body any
		if b := ents[q.Source.Body]; b != nil {
			body = b.Name
		}
		var spName, alias any
		if e := ents[q.Speaker]; e != nil {
			spName = speakerName(e)
			if a := acronymAlias(e); a != "" {
				alias = a
			}
		}
		quoteRows = append(quoteRows, []any{seq, q.ID, sid, q.Kind, q.Text, cue, lemma, d.Published, d.Outlet, q.Start, q.End, key, typ,
			string(q.Source.Kind), nullable(q.Source.Description), nullable(strings.ToLower(q.Source.Description)), body, spName, alias,
			statementKey(key, q.Text)})
	}
	if err := w.insertRows(ctx, `INSERT INTO quotes (doc_seq, qid, speaker_id, kind, text, cue, cue_lemma, published, outlet, start_at, end_at, speaker_key, speaker_type, source_kind, source_text, source_key, source_body, speaker_name, speaker_alias, statement) VALUES `, quoteRows, "", nil); err != nil {
		return false, err
	}
	claimRows := make([][]any, 0, len(rec.Claims))
	for _, c := range rec.Claims {
		sid, err := speaker(c.Speaker)
		if err != nil {
			return false, err
		}
		key, typ := entityKey(ents[c.Speaker])
		claimRows = append(claimRows, append(claimRow(seq, &c, sid, d.Published, d.Outlet), key, typ))
	}
	claimSeq := map[string]int64{}
	if err := w.insertRows(ctx, `INSERT INTO claims (doc_seq, cid, qid, speaker_id, subject, predicate, object, polarity, hedged, topic, subject_term, value, unit, qualifier, published, outlet, prop_subject, prop, denial, speaker_key, speaker_type) VALUES `,
		claimRows, ` RETURNING seq, cid`, func(rows *sql.Rows) error {
			var cs int64
			var cid string
			if err := rows.Scan(&cs, &cid); err != nil {
				return err
			}
			claimSeq[cid] = cs
			return nil
		}); err != nil {
		return false, err
	}
	if w.s.d.IndexClaims != "" {
		for _, c := range rec.Claims {
			w.claimIndex = append(w.claimIndex, []any{claimSeq[c.ID], c.Topic})
		}
	}
	claimSpeaker := map[string]any{}
	for _, c := range rec.Claims {
		if sid, ok := speakerOf[c.Speaker]; ok {
			claimSpeaker[c.ID] = sid
		}
	}
	for _, c := range rec.Contradictions {
		if err := w.contradiction(ctx, claimSeq[c.A], claimSeq[c.B], claimSpeaker[c.A], claimSpeaker[c.B], c); err != nil {
			return false, err
		}
	}
	// Comparing with other documents needs the write lock, which Put and
	// lockedWrite take first: each writer sees every document committed
	// before it.
	if err := w.crossDocument(ctx, seq, rec, names, sig, claimSeq, speakerOf, ents); err != nil {
		return false, err
	}
	w.countSpeakerQuotes(quoteRows, d.Published)
	if err := w.counts(ctx, seq, rec); err != nil {
		return false, err
	}
	return true, nil
}

// speaker finds or makes the corpus-wide speaker for an entity: the same
// canonical name is the same speaker; a surname alone joins the one known
// person with that surname, and only when there is exactly one.
func (w *writer) speaker(ctx context.Context, e *analysis.Entity) (int64, error) {
	id, err := w.speakerID(ctx, e)
	if err == nil {
		w.noteSpelling(id, e.Name)
	}
	return id, err
}

// prefetchSpeakers looks up the speaker rows of every entity of a batch in
// a few statements instead of one a speaker, and notes the keys no row has.
// Under the write lock no other writer adds a speaker meanwhile, so a key
// absent now stays absent until this transaction adds it.
func (w *writer) prefetchSpeakers(ctx context.Context, recs []analysis.Record) error {
	seen := map[string]bool{}
	var keys []string
	for i := range recs {
		for j := range recs[i].Entities {
			k := speakerKey(&recs[i].Entities[j])
			if _, ok := w.s.speakers.Load(k); ok || seen[k] {
				continue
			}
			seen[k] = true
			keys = append(keys, k)
		}
	}
	w.absent = seen
	for len(keys) > 0 {
		n := min(len(keys), rowsPerInsert*4)
		rows, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT skey, id FROM speakers WHERE skey IN (`+placeholders(n)+`)`), sqlArgs(keys[:n])...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k string
			var id int64
			if err := rows.Scan(&k, &id); err != nil {
				rows.Close()
				return err
			}
			w.speakers[k] = id
			delete(w.absent, k)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// speakerID finds or adds the speaker row of an entity.
func (w *writer) speakerID(ctx context.Context, e *analysis.Entity) (int64, error) {
	key := speakerKey(e)
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
	err := sql.ErrNoRows
	if !w.absent[key] {
		err = w.queryRow(ctx, `SELECT id FROM speakers WHERE skey = ?`, key).Scan(&id)
	}
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
			key, speakerName(e), e.Type, last).Scan(&id)
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

// noteSpelling remembers a source written in lower case ("prosecutors"):
// such a name is a common noun, and the stored spelling becomes that one
// even if a document that opened a sentence with it ("Prosecutors") came
// first, so that the order of documents does not decide how it reads.
func (w *writer) noteSpelling(id int64, name string) {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLower(r) {
		return
	}
	if w.spellings == nil {
		w.spellings = map[int64]string{}
	}
	w.spellings[id] = name
}

// applySpellings stores the lower-case spellings noted, once the writer
// holds the write lock, in id order. The statement changes nothing when the
// row already reads so, and runs at most once per speaker per batch.
func (w *writer) applySpellings(ctx context.Context) error {
	for _, id := range sortedIDs(w.spellings) {
		name := w.spellings[id]
		if err := w.exec(ctx, `UPDATE speakers SET name = ? WHERE id = ? AND name <> ? AND LOWER(name) = ?`, name, id, name, strings.ToLower(name)); err != nil {
			return err
		}
	}
	w.spellings = nil
	return nil
}

// NormalizeName is the key a person's name is matched by across
// documents: "Sir Ian Blair" is "Ian Blair", "Ming-Chi Kuo" "Ming Chi Kuo".
func NormalizeName(s string) string { return names.PersonKey(names.Key(s)) }

// entityKey is the name key and type a speaker is resolved from, kept on
// each quote and claim so that Relink can resolve speakers again.
func entityKey(e *analysis.Entity) (any, any) {
	if e == nil {
		return nil, nil
	}
	return speakerKey(e), e.Type
}

// speakerKey is the key a speaker is joined by across articles: its name,
// and for a body every state has one of ("Finance Ministry") the country
// too, so that Japan's is not Brazil's.
func speakerKey(e *analysis.Entity) string {
	key := names.Key(e.Name)
	switch e.Type {
	case "PERSON":
		key = names.PersonKey(withoutTitles(key))
	case "ORG":
		// "U.S. Department of Agriculture" and "the Agriculture Department"
		// of an American story are one office.
		body, country := names.StateBodyKey(names.BodyKey(key))
		key = body
		if e.Country == "" && country != "" {
			return key + " (" + country + ")"
		}
	}
	if e.Country != "" {
		return key + " (" + NormalizeName(e.Country) + ")"
	}
	return key
}

// withoutTitles drops the titles that open a person's key when two words
// are left ("secretary richard lyng" is "richard lyng"): a name the
// analysis read with its office kept is the same person.
func withoutTitles(key string) string {
	w := strings.Fields(key)
	for len(w) > 2 && entity.TitleWord(w[0]) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// speakerName is how a speaker row reads: "Finance Ministry (Japan)".
func speakerName(e *analysis.Entity) string {
	if e.Country != "" {
		return e.Name + " (" + e.Country + ")"
	}
	return e.Name
}

// claimRow is a claim's values in the column order of the claims insert.
func claimRow(doc int64, c *claim.Claim, sid any, published, outlet string) []any {
	var value any
	if c.Value != nil {
		value = *c.Value
	}
	subject := ""
	if terms := strings.Fields(c.Topic); len(terms) > 0 {
		subject = terms[0]
	}
	hedged := 0
	if c.Hedged {
		hedged = 1
	}
	ps, prop, denial := propColumns(c)
	return []any{doc, c.ID, c.Quote, sid, c.Subject, c.Predicate, c.Object, c.Polarity, hedged, c.Topic, subject, value, c.Unit, c.Qualifier, published, outlet, ps, prop, denial}
}

// rowsPerInsert bounds a multi-row INSERT well under every engine's limit
// on bound parameters.
const rowsPerInsert = 64

// insertRows writes rows with multi-row INSERTs (head ends with "VALUES "),
// one statement for up to rowsPerInsert rows: the engine parses and plans
// once where it would once per row. With scan set, the statement's
// RETURNING rows are handed to it.
func (w *writer) insertRows(ctx context.Context, head string, rows [][]any, tail string, scan func(*sql.Rows) error) error {
	for len(rows) > 0 {
		n := min(len(rows), rowsPerInsert)
		chunk := rows[:n]
		rows = rows[n:]
		var b strings.Builder
		b.WriteString(head)
		tuple := "(" + placeholders(len(chunk[0])) + ")"
		args := make([]any, 0, n*len(chunk[0]))
		for i, r := range chunk {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(tuple)
			args = append(args, r...)
		}
		b.WriteString(tail)
		st, err := w.stmt(ctx, b.String())
		if err != nil {
			return err
		}
		if scan == nil {
			if _, err := st.ExecContext(ctx, args...); err != nil {
				return err
			}
			continue
		}
		res, err := st.QueryContext(ctx, args...)
		if err != nil {
			return err
		}
		for res.Next() {
			if err := scan(res); err != nil {
				res.Close()
				return err
			}
		}
		if err := res.Close(); err != nil {
			return err
		}
		if err := res.Err(); err != nil {
			return err
		}
	}
	return nil
}

// contradiction records a pair of claims with their speakers, so that a
// speaker's contradictions are an index lookup.
func (w *writer) contradiction(ctx context.Context, a, b int64, sa, sb any, con claim.Contradiction) error {
	if a == 0 || b == 0 || a == b {
		return nil
	}
	if a > b {
		a, b, sa, sb = b, a, sb, sa
	}
	return w.exec(ctx, `INSERT INTO contradictions (a_claim, b_claim, a_speaker, b_speaker, topic, why, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		a, b, sa, sb, con.Topic, con.Why, string(con.Rule), con.Confidence)
}

// crossDocument compares each new claim with the claims of other documents
// (link). Speakers compare by corpus identity. Which claims take part is
// decided by what link reads, the same at ingest and at relink: a speaker's
// type, which the corpus may revise as documents arrive, decides nothing.
func (w *writer) crossDocument(ctx context.Context, doc int64, rec *analysis.Record, names []string, sig story.Signature, claimSeq map[string]int64, speakerOf map[string]int64, ents map[string]*analysis.Entity) error {
	for _, c := range rec.Claims {
		sid, ok := speakerOf[c.Speaker]
		key, _ := entityKey(ents[c.Speaker])
		if !ok || key == nil {
			continue
		}
		mine := c
		// What the store does not keep must not decide: relink reads the
		// claim back without it.
		mine.ID, mine.Quote, mine.Start, mine.End, mine.Qualified, mine.SpeakerRole = fmt.Sprint(claimSeq[c.ID]), "", 0, 0, false, ""
		if err := w.link(ctx, linked{c: mine, doc: doc, sid: sid, key: key.(string), names: names, published: rec.Document.Published, sig: sig}); err != nil {
			return err
		}
	}
	return nil
}

func splitTerms(topic string) []string { return strings.Fields(topic) }
