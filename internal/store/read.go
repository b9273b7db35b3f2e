package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"github.com/claimgraph/claimgraph/internal/names"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/claim"
)

func orLimit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// Speakers lists the speakers with the most quotes.
func (s *SQL) Speakers(ctx context.Context, limit int) ([]SpeakerRow, error) {
	return scanSpeakers(s.query(ctx, `SELECT sp.name, COALESCE(sp.type, ''), st.quotes, st.documents, st.first_at, st.last_at
		FROM speaker_stats st JOIN speakers sp ON sp.id = st.speaker_id
		ORDER BY st.quotes DESC, sp.name LIMIT ?`, orLimit(limit, 50)))
}

// scanSpeakers reads rows of (name, type, quotes, documents, first, last).
func scanSpeakers(rows *sql.Rows, err error) ([]SpeakerRow, error) {
	if err != nil {
		return nil, fmt.Errorf("listing speakers: %w", err)
	}
	defer rows.Close()
	var out []SpeakerRow
	for rows.Next() {
		var r SpeakerRow
		if err := rows.Scan(&r.Name, &r.Type, &r.Quotes, &r.Documents, &r.First, &r.Last); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// speakerIDs resolves a name as a user types it: the canonical name when
// one matches exactly, else the people whose surname it is.
func (s *SQL) speakerIDs(ctx context.Context, name string) ([]int64, error) {
	// Speakers are keyed as a person's name is ("Sir Ian Blair" is "ian
	// blair") or as a body's ("Texaco Inc" is "texaco"): the name as typed
	// may be either.
	key := NormalizeName(name)
	ids, err := s.ids(ctx, `SELECT id FROM speakers WHERE skey = ? OR skey = ?`, key, names.BodyKey(names.Key(name)))
	if err != nil || len(ids) > 0 {
		return ids, err
	}
	return s.ids(ctx, `SELECT id FROM speakers WHERE last_name = ? AND type = 'PERSON' LIMIT 50`, key)
}

func (s *SQL) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	return scanIDs(s.query(ctx, q, args...))
}

// scanIDs reads a one-column result of ids.
func scanIDs(rows *sql.Rows, err error) ([]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// sqlArgs is xs as a statement's arguments.
func sqlArgs[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// recentWindow is how many of a speaker's latest quotes and claims the
// topic and outlet summaries read.
const recentWindow = "200"

// Speaker tells everything about one speaker.
func (s *SQL) Speaker(ctx context.Context, name string) (*SpeakerDetail, error) {
	ids, err := s.speakerIDs(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, ErrNotFound
	}
	in, args := placeholders(len(ids)), sqlArgs(ids)
	det := &SpeakerDetail{}
	err = s.db.QueryRowContext(ctx, s.d.rebind(`SELECT MIN(name), MIN(COALESCE(type, '')) FROM speakers WHERE id IN (`+in+`)`), args...).Scan(&det.Name, &det.Type)
	if err != nil {
		return nil, err
	}
	if len(ids) == 1 {
		err = s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COALESCE(SUM(quotes), 0), COALESCE(SUM(documents), 0), COALESCE(MIN(first_at), ''), COALESCE(MAX(last_at), '')
			FROM speaker_stats WHERE speaker_id = ?`), args...).Scan(&det.Quotes, &det.Documents, &det.First, &det.Last)
	} else {
		// Several people share the surname: a document quoting two of them counts once.
		err = s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*), COUNT(DISTINCT doc_seq), COALESCE(MIN(published), ''), COALESCE(MAX(published), '')
			FROM quotes WHERE speaker_id IN (`+in+`)`), args...).Scan(&det.Quotes, &det.Documents, &det.First, &det.Last)
	}
	if err != nil {
		return nil, err
	}
	rows, err := s.query(ctx, `SELECT role, COALESCE(MIN(published), ''), COALESCE(MAX(published), ''), COUNT(*) FROM speaker_roles WHERE speaker_id IN (`+in+`) GROUP BY role ORDER BY MIN(published), role`, args...)
	if err != nil {
		return nil, err
	}
	var spans []RoleSpan
	for rows.Next() {
		var r RoleSpan
		if err := rows.Scan(&r.Role, &r.First, &r.Last, &r.Count); err != nil {
			rows.Close()
			return nil, err
		}
		spans = append(spans, r)
	}
	rows.Close()
	det.Roles = mergeRoles(spans)
	if det.Names, err = s.counts(ctx, `SELECT speaker_name, COUNT(*) FROM quotes WHERE speaker_id IN (`+in+`) AND speaker_name IS NOT NULL
		GROUP BY speaker_name ORDER BY COUNT(*) DESC, speaker_name LIMIT 20`, args...); err != nil {
		return nil, err
	}
	// Topics and outlets of the speaker's recent activity: a bounded window
	// keeps the page fast for the most quoted people of a large corpus.
	// Topics are the subjects of their claims (as the topic index has
	// them), not each claim's words: a subject recurs, a claim rarely.
	if det.Topics, err = s.counts(ctx, `SELECT LOWER(subject), COUNT(*), MIN(subject) FROM (SELECT subject
			FROM claims WHERE speaker_id IN (`+in+`) AND value IS NULL AND subject IS NOT NULL AND subject <> ''
			ORDER BY seq DESC LIMIT `+recentWindow+`) r
		GROUP BY LOWER(subject) ORDER BY COUNT(*) DESC, LOWER(subject) LIMIT 20`, args...); err != nil {
		return nil, err
	}
	for i := range det.Topics {
		det.Topics[i].Label = strings.Join(strings.Fields(det.Topics[i].Label), " ")
	}
	if det.Outlets, err = s.counts(ctx, `SELECT outlet, COUNT(*) FROM (SELECT outlet FROM quotes WHERE speaker_id IN (`+in+`) ORDER BY published DESC, doc_seq DESC LIMIT `+recentWindow+`) r
		WHERE outlet <> '' GROUP BY outlet ORDER BY COUNT(*) DESC, outlet LIMIT 20`, args...); err != nil {
		return nil, err
	}
	if det.Recent, err = s.quotesWhere(ctx, `q.speaker_id IN (`+in+`)`, args, 50); err != nil {
		return nil, err
	}
	// The newest of each side from its (speaker, b_claim) index, rather
	// than every contradiction the speaker was ever in.
	if det.Contradictions, err = s.contradictionsWhere(ctx, `x.b_claim IN (
		SELECT b_claim FROM (SELECT b_claim FROM contradictions WHERE a_speaker IN (`+in+`) ORDER BY b_claim DESC LIMIT 50) ca
		UNION SELECT b_claim FROM (SELECT b_claim FROM contradictions WHERE b_speaker IN (`+in+`) ORDER BY b_claim DESC LIMIT 50) cb)
		AND (x.a_speaker IN (`+in+`) OR x.b_speaker IN (`+in+`))`, append(append(append(args, args...), args...), args...), 50); err != nil {
		return nil, err
	}
	return det, nil
}

func (s *SQL) counts(ctx context.Context, q string, args ...any) ([]TopicCount, error) {
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []TopicCount
	for rows.Next() {
		var t TopicCount
		dest := []any{&t.Key, &t.Count}
		if len(cols) > 2 {
			dest = append(dest, &t.Label) // a third column labels the key
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TopicTerms turns what a user types ("ISIS threat") into claim topic
// terms: the lower-cased phrase (entity names are single terms) and the
// stems of its words.
func TopicTerms(topic string) (phrase string, stems []string) {
	phrase = strings.ToLower(strings.TrimSpace(topic))
	for _, w := range strings.Fields(phrase) {
		stems = append(stems, english.Stem(w, true))
	}
	return phrase, stems
}

// topicClause selects claims (alias c) whose topic holds every word the
// user typed, as its stem or as itself: topics hold stems and lower-cased
// entity names ("isis", not "isi").
func (s *SQL) topicClause(topic string) (string, []any) {
	phrase, stems := TopicTerms(topic)
	var groups [][]string
	for i, w := range strings.Fields(phrase) {
		groups = append(groups, uniq([]string{stems[i], w}))
	}
	return s.d.TopicMatch, []any{s.d.TopicQuery(groups)}
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// Quotes lists quotes by speaker, topic, outlet and date.
func (s *SQL) Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRow, error) {
	where, args, none, err := s.quoteFilter(ctx, f)
	if err != nil || none {
		return nil, err
	}
	cond := "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	return s.quotesWhere(ctx, cond, args, orLimit(f.Limit, 100))
}

// QuoteList is a page of the quotes a filter selects, newest first, with
// their total (f.Limit is ignored: the window says how many).
func (s *SQL) QuoteList(ctx context.Context, f QuoteFilter, win Window) (Page[QuoteRow], error) {
	p := Page[QuoteRow]{Items: []QuoteRow{}}
	where, args, none, err := s.quoteFilter(ctx, f)
	if err != nil || none {
		return p, err
	}
	cond := "1 = 1"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM quotes q WHERE `+cond), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("counting quotes: %w", err)
	}
	lim, off := win.sql()[0].(int), win.sql()[1].(int)
	rows, err := s.quotesWhere(ctx, cond+` ORDER BY q.published DESC, q.doc_seq DESC, q.qid LIMIT ? OFFSET ?`, append(args, lim, off), -1)
	if err != nil {
		return p, err
	}
	p.Items = append(p.Items, rows...)
	return p, nil
}

// quoteFilter turns a filter into conditions on quotes (alias q) and their
// arguments; none reports a filter nothing can match (an unknown speaker).
func (s *SQL) quoteFilter(ctx context.Context, f QuoteFilter) (where []string, args []any, none bool, err error) {
	if f.Speaker != "" {
		ids, err := s.speakerIDs(ctx, f.Speaker)
		if err != nil || len(ids) == 0 {
			return nil, nil, true, err
		}
		where = append(where, `q.speaker_id IN (`+placeholders(len(ids))+`)`)
		args = append(args, sqlArgs(ids)...)
	}
	if f.Topic != "" {
		clause, targs := s.topicClause(f.Topic)
		if targs[0] == "" {
			return nil, nil, true, nil
		}
		where = append(where, `EXISTS (SELECT 1 FROM claims c WHERE c.doc_seq = q.doc_seq AND c.qid = q.qid AND `+clause+`)`)
		args = append(args, targs...)
	}
	where, args = publishedIn("q", f.Outlet, f.Since, f.Until, where, args)
	return where, args, false, nil
}

func (s *SQL) quotesWhere(ctx context.Context, cond string, args []any, limit int) ([]QuoteRow, error) {
	// A negative limit means cond carries its own order and window.
	tail := ""
	if limit >= 0 {
		tail = ` ORDER BY q.published DESC, q.doc_seq DESC LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.query(ctx, `SELECT d.id, q.qid, COALESCE(sp.name, ''), q.kind, q.text, COALESCE(q.cue, ''), COALESCE(q.published, ''), COALESCE(q.outlet, ''), COALESCE(d.title, ''), COALESCE(d.url, '')
		FROM quotes q JOIN documents d ON d.seq = q.doc_seq LEFT JOIN speakers sp ON sp.id = q.speaker_id
		WHERE `+cond+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QuoteRow
	for rows.Next() {
		var r QuoteRow
		if err := rows.Scan(&r.DocID, &r.QuoteID, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Published, &r.Outlet, &r.Title, &r.URL); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Contradictions lists contradictions, most confident first (newest first
// among equals), optionally on a topic.
func (s *SQL) Contradictions(ctx context.Context, topic string, limit int) ([]ContradictionRow, error) {
	cond, args, _, err := s.contradictionWhere(ctx, ContradictionFilter{Topic: topic})
	if err != nil {
		return nil, err
	}
	return s.contradictionsWhere(ctx, cond, args, orLimit(limit, 100))
}

// ContradictionPairs lists every stored contradiction by its two quotes.
func (s *SQL) ContradictionPairs(ctx context.Context) ([]ContradictionPair, error) {
	rows, err := s.query(ctx, `SELECT da.id, qa.start_at, qa.end_at, db.id, qb.start_at, qb.end_at, COALESCE(x.rule, ''), COALESCE(x.confidence, 0),
		COALESCE(qa.statement, ''), COALESCE(qb.statement, '')
		FROM contradictions x
		JOIN claims ca ON ca.seq = x.a_claim JOIN claims cb ON cb.seq = x.b_claim
		JOIN documents da ON da.seq = ca.doc_seq JOIN documents db ON db.seq = cb.doc_seq
		JOIN quotes qa ON qa.doc_seq = ca.doc_seq AND qa.qid = ca.qid
		JOIN quotes qb ON qb.doc_seq = cb.doc_seq AND qb.qid = cb.qid
		ORDER BY da.id, qa.start_at, db.id, qb.start_at`)
	if err != nil {
		return nil, fmt.Errorf("listing contradictions: %w", err)
	}
	defer rows.Close()
	var out []ContradictionPair
	for rows.Next() {
		var p ContradictionPair
		if err := rows.Scan(&p.A.Doc, &p.A.Start, &p.A.End, &p.B.Doc, &p.B.Start, &p.B.End, &p.Rule, &p.Confidence, &p.A.Statement, &p.B.Statement); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// QuoteStatements are the statements of the quotes at q (quotes.statement;
// a quotation and the nested quote it reports share a span), none when no
// stored quote is there.
func (s *SQL) QuoteStatements(ctx context.Context, q QuoteAt) ([]string, error) {
	rows, err := s.query(ctx, `SELECT DISTINCT q.statement FROM quotes q JOIN documents d ON d.seq = q.doc_seq
		WHERE d.id = ? AND q.start_at = ? AND q.end_at = ? AND q.statement IS NOT NULL ORDER BY q.statement`, q.Doc, q.Start, q.End)
	if err != nil {
		return nil, fmt.Errorf("statements of %s: %w", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var st string
		if err := rows.Scan(&st); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

func (s *SQL) contradictionsWhere(ctx context.Context, cond string, args []any, limit int) ([]ContradictionRow, error) {
	rows, _, _, err := s.contradictionPage(ctx, cond, args, byConfidence, reportsPerPair*limit, Window{Limit: limit})
	return rows, err
}

// Orders of a contradiction list.
const (
	byConfidence = `COALESCE(x.confidence, 0) DESC, x.b_claim DESC, x.a_claim DESC`
	// byNewest sorts by the later of the two articles.
	byNewest = `CASE WHEN COALESCE(da.published, '') > COALESCE(db.published, '') THEN COALESCE(da.published, '') ELSE COALESCE(db.published, '') END DESC, x.b_claim DESC, x.a_claim DESC`
)

// contradictionPage reads at most maxPairs stored pairs matching cond in
// order, folds the reprints of one statement pair into one row, and
// returns the rows of the window (with their sentences) and how many rows
// there are in all, at least when capped (maxPairs were read).
func (s *SQL) contradictionPage(ctx context.Context, cond string, args []any, order string, maxPairs int, win Window) ([]ContradictionRow, int, bool, error) {
	rs, err := s.query(ctx, `SELECT x.topic, x.why, COALESCE(x.rule, ''), COALESCE(x.confidence, 0),
		COALESCE(sa.name, ''), ca.polarity, COALESCE(qa.text, ''), COALESCE(qa.start_at, 0), COALESCE(qa.end_at, 0), da.seq,
		da.id, COALESCE(da.title, ''), COALESCE(da.outlet, ''), COALESCE(da.published, ''), COALESCE(da.url, ''),
		COALESCE(sb.name, ''), cb.polarity, COALESCE(qb.text, ''), COALESCE(qb.start_at, 0), COALESCE(qb.end_at, 0), db.seq,
		db.id, COALESCE(db.title, ''), COALESCE(db.outlet, ''), COALESCE(db.published, ''), COALESCE(db.url, ''),
		COALESCE(qa.statement, ''), COALESCE(qb.statement, '')
		FROM contradictions x
		JOIN claims ca ON ca.seq = x.a_claim JOIN claims cb ON cb.seq = x.b_claim
		JOIN documents da ON da.seq = ca.doc_seq JOIN documents db ON db.seq = cb.doc_seq
		LEFT JOIN speakers sa ON sa.id = ca.speaker_id LEFT JOIN speakers sb ON sb.id = cb.speaker_id
		LEFT JOIN quotes qa ON qa.doc_seq = ca.doc_seq AND qa.qid = ca.qid
		LEFT JOIN quotes qb ON qb.doc_seq = cb.doc_seq AND qb.qid = cb.qid
		WHERE `+cond+` ORDER BY `+order+` LIMIT ?`, append(args, maxPairs)...)
	if err != nil {
		return nil, 0, false, err
	}
	var out []ContradictionRow
	var spans []sideSpan
	first := map[[2]string]int{} // statement pair -> its row in out
	read := 0
	for rs.Next() {
		read++
		var r ContradictionRow
		var a, b sideSpan
		var sa, sb string
		if err := rs.Scan(&r.Topic, &r.Why, &r.Rule, &r.Confidence,
			&r.A.Speaker, &r.A.Polarity, &r.A.Quote, &a.start, &a.end, &a.doc, &r.A.DocID, &r.A.Title, &r.A.Outlet, &r.A.Published, &r.A.URL,
			&r.B.Speaker, &r.B.Polarity, &r.B.Quote, &b.start, &b.end, &b.doc, &r.B.DocID, &r.B.Title, &r.B.Outlet, &r.B.Published, &r.B.URL,
			&sa, &sb); err != nil {
			rs.Close()
			return nil, 0, false, err
		}
		// One statement against another is one contradiction however many
		// reprints report the pair: later reports are listed with the first.
		if sa != "" && sb != "" {
			k := [2]string{min(sa, sb), max(sa, sb)}
			if i, ok := first[k]; ok {
				out[i].addReports(r)
				continue
			}
			first[k] = len(out)
		}
		r.Reports = 1
		out = append(out, r)
		spans = append(spans, a, b)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, 0, false, err
	}
	total := len(out)
	lo, hi := win.bounds(total)
	out, spans = out[lo:hi], spans[2*lo:2*hi]
	sentences, err := s.sentences(ctx, spans)
	if err != nil {
		return nil, 0, false, err
	}
	for i := range out {
		out[i].Label = claim.Label(out[i].Topic, out[i].A.Quote, out[i].B.Quote)
		out[i].A.Sentence, out[i].B.Sentence = sentences[2*i], sentences[2*i+1]
	}
	return out, total, read == maxPairs, nil
}

// sideSpan is a stretch of a stored document whose sentence is wanted.
type sideSpan struct {
	doc        int64
	start, end int
}

// sentences returns the sentence around each span, reading each document
// text once.
func (s *SQL) sentences(ctx context.Context, spans []sideSpan) ([]string, error) {
	texts := map[int64]string{}
	for _, sp := range spans {
		if _, ok := texts[sp.doc]; ok {
			continue
		}
		var text string
		if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT text FROM documents WHERE seq = ?`), sp.doc).Scan(&text); err != nil {
			return nil, fmt.Errorf("reading document %d: %w", sp.doc, err)
		}
		texts[sp.doc] = text
	}
	sg := s.segmenter()
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = sentenceAround(sg, texts[sp.doc], sp.start, sp.end)
	}
	return out, nil
}

// Search runs a full-text query over titles and texts, best match first.
func (s *SQL) Search(ctx context.Context, text string, limit int) ([]SearchHit, error) {
	p, err := s.SearchList(ctx, SearchFilter{Text: text, Window: Window{Limit: orLimit(limit, 20)}})
	return p.Items, err
}

// Stats counts what the corpus holds.
func (s *SQL) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	n, err := s.tableSizes(ctx)
	if err != nil {
		return st, err
	}
	st.Documents, st.Quotes, st.Speakers = n["documents"], n["quotes"], n["speakers"]
	st.Claims, st.Contradictions, st.Quantities = n["claims"], n["contradictions"], n["quantities"]
	var first, last sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(published), MAX(published) FROM documents WHERE published <> ''`).Scan(&first, &last); err != nil {
		return st, err
	}
	st.FirstPublished, st.LastPublished = first.String, last.String
	if s.d.Size != nil {
		n, err := s.d.Size(ctx, s.db)
		if err != nil {
			return st, err
		}
		st.Bytes = n
	}
	return st, nil
}

// Document returns one stored record, whole.
func (s *SQL) Document(ctx context.Context, id string) (*analysis.Record, error) {
	var raw, text string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT record, text FROM documents WHERE id = ?`), id).Scan(&raw, &text)
	if err == sql.ErrNoRows {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	var rec analysis.Record
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return nil, fmt.Errorf("stored record %s: %w", id, err)
	}
	rec.Document.Text = text
	return &rec, nil
}

// Export calls fn with each stored record, whole again, in storage order.
func (s *SQL) Export(ctx context.Context, fn func(rec []byte) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT record, text FROM documents ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var raw, text string
		if err := rows.Scan(&raw, &text); err != nil {
			return err
		}
		var rec analysis.Record
		if err := json.Unmarshal([]byte(raw), &rec); err != nil {
			return fmt.Errorf("stored record: %w", err)
		}
		rec.Document.Text = text
		out, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		if err := fn(out); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachDocument calls fn with every stored document.
func (s *SQL) EachDocument(ctx context.Context, fn func(d DocumentRow) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id, COALESCE(url, ''), COALESCE(title, ''), COALESCE(outlet, ''), COALESCE(published, ''), COALESCE(language, ''), text, COALESCE(source, ''), COALESCE(analyzer, '') FROM documents ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var d DocumentRow
		if err := rows.Scan(&d.ID, &d.URL, &d.Title, &d.Outlet, &d.Published, &d.Language, &d.Text, &d.Source, &d.Analyzer); err != nil {
			return err
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	return rows.Err()
}

// TopicClaims lists claims whose topic holds every word of topic.
func (s *SQL) TopicClaims(ctx context.Context, topic string, limit int) ([]TopicClaim, error) {
	clause, args := s.topicClause(topic)
	if args[0] == "" {
		return nil, nil
	}
	// The newest claims are picked from the claims alone, so that a common
	// topic joins its documents and quotes for those few, not all it matches.
	rows, err := s.query(ctx, `SELECT COALESCE(sp.name, ''), c.polarity, c.hedged, c.topic, COALESCE(q.text, ''), d.id, COALESCE(c.published, ''), COALESCE(c.outlet, '')
		FROM (SELECT c.seq FROM claims c WHERE `+clause+` AND c.value IS NULL ORDER BY c.published DESC, c.seq DESC LIMIT ?) pick
		JOIN claims c ON c.seq = pick.seq JOIN documents d ON d.seq = c.doc_seq LEFT JOIN speakers sp ON sp.id = c.speaker_id
		LEFT JOIN quotes q ON q.doc_seq = c.doc_seq AND q.qid = c.qid
		ORDER BY c.published DESC, c.seq DESC`, append(args, orLimit(limit, 200))...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []TopicClaim
	for rows.Next() {
		var t TopicClaim
		var hedged int
		if err := rows.Scan(&t.Speaker, &t.Polarity, &hedged, &t.Topic, &t.Quote, &t.DocID, &t.Published, &t.Outlet); err != nil {
			return nil, err
		}
		t.Hedged = hedged != 0
		out = append(out, t)
	}
	return out, rows.Err()
}
