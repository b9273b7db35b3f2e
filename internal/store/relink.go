package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/names"
)

// relinkPage is how many claims Relink reads at a time: one page is one
// transaction under the write lock, so it bounds how long a worker waits.
// 2,000 FNC-1 claims took 2-3.4 s a page, near a loaded worker's job
// timeout of 4 s; 500 take well under one.
const relinkPage = 500

// Relink recomputes every cross-document contradiction over the whole
// corpus, in an order that depends only on what is stored: claims by
// document id, candidates by document id. After Relink, two stores that
// hold the same documents hold the same contradictions, however many
// workers filled them and in whatever order. It reports how many
// contradictions it stored.
//
// It runs in short transactions, each under the write lock: one that joins
// speakers again, one that recounts them and clears the cross-document
// pairs, then one per page of
// claims, so that workers ingesting meanwhile wait for a page, not for the
// corpus. A document stored between two pages is linked against every
// stored claim as it is written, and the pages still to come link their
// claims against it, so no pair is lost; pairs found twice are stored once.
func (s *SQL) Relink(ctx context.Context) (int, error) {
	// Speakers first, then their counts and the clearing of cross-document
	// pairs: two transactions, so that no worker waits for both. A
	// document stored between them is counted by the rebuild, and its
	// pairs are found again by the pages below.
	err := s.lockedWrite(ctx, func(w *writer) error { return w.resolveSpeakers(ctx) })
	if err == nil {
		err = s.lockedWrite(ctx, func(w *writer) error {
			if err := w.rebuildSpeakerStats(ctx); err != nil {
				return err
			}
			return w.exec(ctx, `DELETE FROM contradictions WHERE (SELECT doc_seq FROM claims WHERE seq = a_claim) <> (SELECT doc_seq FROM claims WHERE seq = b_claim)`)
		})
	}
	if err != nil {
		return 0, fmt.Errorf("relinking: %w", err)
	}
	// The claims to relink, in order, listed once: a claim stored later is
	// linked as it is written. (Paging with a cursor made every page's query
	// sort all the claims still to come.)
	seqs, err := s.relinkOrder(ctx)
	if err != nil {
		return 0, fmt.Errorf("relinking: %w", err)
	}
	for from := 0; from < len(seqs); from += relinkPage {
		page := seqs[from:min(len(seqs), from+relinkPage)]
		if err := s.lockedWrite(ctx, func(w *writer) error { return w.relinkPage(ctx, page) }); err != nil {
			return 0, fmt.Errorf("relinking claims %d-%d of %d: %w", from+1, from+len(page), len(seqs), err)
		}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM contradictions`).Scan(&n); err != nil {
		return 0, err
	}
	return n, nil
}

// relinkOrder lists the claims Relink links, by document id and claim id:
// an order that depends only on what is stored.
func (s *SQL) relinkOrder(ctx context.Context) ([]int64, error) {
	return scanIDs(s.db.QueryContext(ctx, `SELECT c.seq FROM claims c JOIN documents d ON d.seq = c.doc_seq
		WHERE c.hedged = 0 AND c.speaker_id IS NOT NULL AND c.speaker_key IS NOT NULL ORDER BY d.id, c.cid`))
}

// relinkPage links the claims seqs, in their order, against every other
// document's claims.
func (w *writer) relinkPage(ctx context.Context, seqs []int64) error {
	rows, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT c.seq, c.doc_seq, c.speaker_id, c.speaker_key, c.polarity, c.topic, c.value, COALESCE(c.qualifier, ''), COALESCE(c.prop, ''), COALESCE(c.denial, 0) = 1,
		COALESCE(d.names, ''), COALESCE(d.published, '')
		FROM claims c JOIN documents d ON d.seq = c.doc_seq
		WHERE c.seq IN (`+placeholders(len(seqs))+`) AND c.hedged = 0 AND c.speaker_id IS NOT NULL AND c.speaker_key IS NOT NULL
		ORDER BY d.id, c.cid`), sqlArgs(seqs)...)
	if err != nil {
		return err
	}
	var page []linked
	for rows.Next() {
		var m linked
		var seq int64
		var value sql.NullFloat64
		var prop, names string
		if err := rows.Scan(&seq, &m.doc, &m.sid, &m.key, &m.c.Polarity, &m.c.Topic, &value, &m.c.Qualifier, &prop, &m.c.Denial, &names, &m.published); err != nil {
			rows.Close()
			return err
		}
		m.c.ID, m.c.Speaker = fmt.Sprint(seq), m.key
		if value.Valid {
			v := value.Float64
			m.c.Value = &v
		}
		if err := decodeProposition(&m.c, prop); err != nil {
			rows.Close()
			return err
		}
		m.names = strings.Split(names, "|")
		page = append(page, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range page {
		if err := w.link(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// ResolveSpeakers joins speakers across the corpus again, then rebuilds
// their counts, each in a transaction of its own under the write lock.
func (s *SQL) ResolveSpeakers(ctx context.Context) error {
	if err := s.lockedWrite(ctx, func(w *writer) error { return w.resolveSpeakers(ctx) }); err != nil {
		return err
	}
	return s.lockedWrite(ctx, func(w *writer) error { return w.rebuildSpeakerStats(ctx) })
}

// resolveSpeakers assigns every quote, claim and role its speaker again from
// the name keys they keep, with the whole corpus in view: a full name is its
// own speaker; a surname alone joins the one person with that surname when
// there is exactly one, else stands for itself. Speakers left with nothing
// are removed, and stored contradictions follow their claims.
func (w *writer) resolveSpeakers(ctx context.Context) error {
	tables := []string{"quotes", "claims", "speaker_roles"}
	// Where each key points now, table by table: one scan each.
	current := map[string]map[nameKey]map[int64]bool{}
	var keys []nameKey
	seen := map[nameKey]bool{}
	for _, t := range tables {
		current[t] = map[nameKey]map[int64]bool{}
		rows, err := w.tx.QueryContext(ctx, `SELECT speaker_key, COALESCE(speaker_type, ''), COALESCE(speaker_id, 0) FROM `+t+` WHERE speaker_key IS NOT NULL GROUP BY speaker_key, speaker_type, speaker_id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k nameKey
			var id int64
			if err := rows.Scan(&k.key, &k.typ, &id); err != nil {
				rows.Close()
				return err
			}
			if current[t][k] == nil {
				current[t][k] = map[int64]bool{}
			}
			current[t][k][id] = true
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	full := map[string][]string{} // surname -> full-name person keys
	for _, k := range keys {
		if words := splitTerms(k.key); k.typ == "PERSON" && len(words) > 1 {
			last := words[len(words)-1]
			full[last] = append(full[last], k.key)
		}
	}
	usage, err := w.keyUsage(ctx)
	if err != nil {
		return err
	}
	aliases, err := w.aliasTargets(ctx)
	if err != nil {
		return err
	}
	for _, k := range keys {
		target, typ := k.key, k.typ
		if a, ok := aliases[k.key]; ok && k.typ != "PERSON" && k.typ != "GPE" && !strings.Contains(k.key, " ") {
			// "IBM said" where the article never spells it out: the body
			// other articles call "IBM" beside its full name.
			caps, err := w.spelledInCapitals(ctx, k.key, k.typ)
			if err != nil {
				return err
			}
			same, err := w.sharesOutlet(ctx, k, a)
			if err != nil {
				return err
			}
			if caps && same {
				target, typ = a.key, a.typ
			}
		} else if words := splitTerms(k.key); k.typ == "PERSON" && len(words) == 1 {
			if c, ok := clearHolder(usage[k.key], uniq(full[k.key]), usage); ok {
				target = c
			}
		} else if words := splitTerms(k.key); len(words) == 1 && (k.typ == "ORG" || k.typ == "OTHER") {
			// "Zhao said" in an article that names no one else Zhao: a lone
			// word the analysis could only guess a body is the one person
			// the corpus quotes under that surname in the same years.
			if c, ok := loneHolder(usage[k.typ+":"+k.key], uniq(full[k.key]), usage, k.key); ok && !entity.CommonNoun(k.key) {
				body, err := w.spelledAsBody(ctx, k.key, k.typ)
				if err != nil {
					return err
				}
				// "UKIP said": letters in capitals are a body's, not a surname.
				caps, err := w.spelledInCapitals(ctx, k.key, k.typ)
				if err != nil {
					return err
				}
				if !body && !caps {
					target, typ = c, "PERSON"
				}
			}
		}
		id, err := w.speakerByKey(ctx, target, typ)
		if err != nil {
			return err
		}
		for _, t := range tables {
			ids := current[t][k]
			if len(ids) == 0 || len(ids) == 1 && ids[id] {
				continue
			}
			if err := w.exec(ctx, `UPDATE `+t+` SET speaker_id = ? WHERE speaker_key = ? AND speaker_type = ?`, id, k.key, k.typ); err != nil {
				return err
			}
		}
	}
	// The counts and types of the speakers left with nothing go with them;
	// the rest are rebuilt after, in a transaction of their own.
	for _, t := range []string{"speaker_stats", "speaker_types"} {
		if err := w.exec(ctx, `DELETE FROM `+t+` WHERE speaker_id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)
		AND speaker_id NOT IN (SELECT speaker_id FROM claims WHERE speaker_id IS NOT NULL) AND speaker_id NOT IN (SELECT speaker_id FROM speaker_roles)`); err != nil {
			return err
		}
	}
	if err := w.exec(ctx, `DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)
		AND id NOT IN (SELECT speaker_id FROM claims WHERE speaker_id IS NOT NULL) AND id NOT IN (SELECT speaker_id FROM speaker_roles)`); err != nil {
		return err
	}
	// Ids changed: every process must forget the ones it cached.
	if err := w.exec(ctx, `UPDATE generations SET value = value + 1 WHERE name = 'speakers'`); err != nil {
		return err
	}
	w.s.forgetSpeakers()
	return w.exec(ctx, `UPDATE contradictions SET a_speaker = (SELECT speaker_id FROM claims WHERE seq = a_claim), b_speaker = (SELECT speaker_id FROM claims WHERE seq = b_claim)`)
}

// speakerByKey finds the speaker with key, creating it if it does not exist.
// keyUse is how often, and when, quotes name a person by one key.
type keyUse struct {
	quotes      int
	first, last string
}

func (w *writer) keyUsage(ctx context.Context) (map[string]keyUse, error) {
	rows, err := w.tx.QueryContext(ctx, `SELECT speaker_key, speaker_type, COUNT(*), COALESCE(MIN(NULLIF(published, '')), ''), COALESCE(MAX(NULLIF(published, '')), '')
		FROM quotes WHERE speaker_key IS NOT NULL AND speaker_type IN ('PERSON', 'ORG', 'OTHER') GROUP BY speaker_key, speaker_type`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	// A person's key counts its person quotes alone; a lone word typed as
	// a body ("ford" ORG) is kept under its type, so that neither counts
	// for the other.
	out := map[string]keyUse{}
	for rows.Next() {
		var k, typ string
		var u keyUse
		if err := rows.Scan(&k, &typ, &u.quotes, &u.first, &u.last); err != nil {
			return nil, err
		}
		if typ != "PERSON" {
			k = typ + ":" + k
		}
		out[k] = u
	}
	return out, rows.Err()
}

// nameKey is a speaker key with its type, as quotes and claims keep them.
type nameKey struct{ key, typ string }

// aliasTargets maps the letters articles call a body by beside its full
// name (quotes.speaker_alias) to that body, where one body holds at least
// four in five of the quotes that give those letters ("ibm" to
// "international business machines").
func (w *writer) aliasTargets(ctx context.Context) (map[string]nameKey, error) {
	rows, err := w.tx.QueryContext(ctx, `SELECT speaker_alias, speaker_key, speaker_type, COUNT(*) FROM quotes
		WHERE speaker_alias IS NOT NULL AND speaker_key IS NOT NULL GROUP BY speaker_alias, speaker_key, speaker_type ORDER BY speaker_alias, speaker_key, speaker_type`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type tally struct {
		best        nameKey
		bestN, allN int
	}
	t := map[string]*tally{}
	for rows.Next() {
		var a string
		var k nameKey
		var n int
		if err := rows.Scan(&a, &k.key, &k.typ, &n); err != nil {
			return nil, err
		}
		x := t[a]
		if x == nil {
			x = &tally{}
			t[a] = x
		}
		x.allN += n
		if n > x.bestN {
			x.best, x.bestN = k, n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[string]nameKey{}
	for a, x := range t {
		// A name that holds the letters as a word is no spelling out of
		// them ("GATT Council", "Met Press Office on BBC").
		if 5*x.bestN >= 4*x.allN && !slices.Contains(splitTerms(x.best.key), a) {
			out[a] = x.best
		}
	}
	return out, nil
}

// sharesOutlet reports that most quotes of key a come from outlets that
// also quote b: "ABC" in one outlet's copy and "Arab Banking Corp (ABC)"
// in another's are not one body.
func (w *writer) sharesOutlet(ctx context.Context, a, b nameKey) (bool, error) {
	var in, all int
	err := w.queryRow(ctx, `SELECT COALESCE(SUM(CASE WHEN COALESCE(outlet, '') IN (SELECT COALESCE(outlet, '') FROM quotes WHERE speaker_key = ? AND speaker_type = ?) THEN 1 ELSE 0 END), 0), COUNT(*)
		FROM quotes WHERE speaker_key = ? AND speaker_type = ?`, b.key, b.typ, a.key, a.typ).Scan(&in, &all)
	return all > 0 && 2*in > all, err
}

// spelledInCapitals reports a key every article writes in capitals ("GM",
// "TWA"): letters, not a word.
func (w *writer) spelledInCapitals(ctx context.Context, key, typ string) (bool, error) {
	spelled, err := w.spellingsOf(ctx, key, typ)
	for _, name := range spelled {
		if strings.ToUpper(name) != name {
			return false, err
		}
	}
	return len(spelled) > 0, err
}

// loneHolder picks the person a lone word typed as a body or left untyped
// stands for: the only full name with that surname, quoted at least three
// times and at least as often as the word, in years that overlap the
// word's where both are dated. A company that shares a
// surname with several people stays itself. The person's quotes count
// those of the surname typed a person, which join the same holder
// ("Reagan said" 170 times beside "Ronald Reagan" 30 times, against
// "Reagan" guessed a body 68 times).
func loneHolder(bare keyUse, cands []string, usage map[string]keyUse, surname string) (string, bool) {
	if len(cands) != 1 {
		return "", false
	}
	u := usage[cands[0]]
	total := u.quotes
	if s, ok := usage[surname]; ok && overlap(s, u) {
		total += s.quotes // the surname typed a person, quoted while the full name was
	}
	if u.quotes < 3 || bare.quotes > total {
		return "", false // "Ford" quoted more than Gerald Ford: the company
	}
	if !overlap(bare, u) {
		return "", false // quoted in other years: another holder of the name
	}
	return cands[0], true
}

// spelledAsBody reports a key some article writes with a legal suffix
// ("Heineken NV", "Bouygues SA"): a company, whoever founded it.
func (w *writer) spelledAsBody(ctx context.Context, key, typ string) (bool, error) {
	spelled, err := w.spellingsOf(ctx, key, typ)
	for _, name := range spelled {
		if f := strings.Fields(name); len(f) > 1 && names.CorporateSuffix(f[len(f)-1]) {
			return true, err
		}
	}
	return false, err
}

// spellingsOf are the names the quotes of a key and type give it, as written.
func (w *writer) spellingsOf(ctx context.Context, key, typ string) ([]string, error) {
	rows, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT DISTINCT speaker_name FROM quotes WHERE speaker_key = ? AND speaker_type = ? AND speaker_name IS NOT NULL`), key, typ)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

// year is the year a stored date opens with, or the date as it is.
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return date
}

// overlap reports two uses of keys quoted in overlapping years, or either
// undated.
func overlap(a, b keyUse) bool {
	return a.first == "" || b.first == "" || year(a.last) >= year(b.first) && year(a.first) <= year(b.last)
}

// clearHolder picks the person a bare surname stands for across the
// corpus: the only full name with that surname, or, among those quoted in
// the same period, one quoted at least five times as often as any other
// ("Baker" in 1987 wire copy is James Baker, not Howard Baker). Otherwise
// the surname stays a speaker of its own.
func clearHolder(bare keyUse, cands []string, usage map[string]keyUse) (string, bool) {
	if len(cands) == 1 {
		return cands[0], true
	}
	best, second := "", 0
	for _, c := range cands {
		u := usage[c]
		if bare.first != "" && u.first != "" && (u.last < bare.first || u.first > bare.last) {
			continue // never quoted while the surname was
		}
		switch {
		case best == "" || u.quotes > usage[best].quotes || u.quotes == usage[best].quotes && c < best:
			if best != "" {
				second = max(second, usage[best].quotes)
			}
			best = c
		default:
			second = max(second, u.quotes)
		}
	}
	if best == "" || usage[best].quotes < 5 || usage[best].quotes < 5*second {
		return "", false
	}
	return best, true
}

func (w *writer) speakerByKey(ctx context.Context, key, typ string) (int64, error) {
	var id int64
	err := w.queryRow(ctx, `SELECT id FROM speakers WHERE skey = ?`, key).Scan(&id)
	if err == sql.ErrNoRows {
		// The name as an article wrote it, the same whichever article
		// came first; a key no quote spells is title-cased.
		name, nerr := w.spelling(ctx, key)
		if nerr != nil {
			return 0, nerr
		}
		words := splitTerms(key)
		err = w.queryRow(ctx, `INSERT INTO speakers (skey, name, type, last_name) VALUES (?, ?, ?, ?) RETURNING id`,
			key, name, typ, words[len(words)-1]).Scan(&id)
	}
	return id, err
}

// spelling is how the articles write a key most often; ties go to a spelling
// in mixed case, then to the first in byte order, decided here rather than
// by an engine's collation. A key no quote spells is title-cased.
func (w *writer) spelling(ctx context.Context, key string) (string, error) {
	rows, err := w.tx.QueryContext(ctx, w.s.d.rebind(`SELECT speaker_name, COUNT(*) FROM quotes WHERE speaker_key = ? AND speaker_name IS NOT NULL GROUP BY speaker_name`), key)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	best, bestN := "", 0
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return "", err
		}
		if best == "" || n > bestN || n == bestN && betterSpelling(name, best) {
			best, bestN = name, n
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if best == "" {
		return titleCase(key), nil
	}
	return best, nil
}

// betterSpelling prefers "Kilroy-Silk" to "KILROY-SILK", then byte order.
func betterSpelling(a, b string) bool {
	ma, mb := a != strings.ToUpper(a), b != strings.ToUpper(b)
	if ma != mb {
		return ma
	}
	return a < b
}

// titleCase names a speaker made from a key ("putin" -> "Putin").
func titleCase(key string) string {
	words := splitTerms(key)
	for i, w := range words {
		if r, size := utf8.DecodeRuneInString(w); size > 0 {
			words[i] = string(unicode.ToUpper(r)) + w[size:]
		}
	}
	return strings.Join(words, " ")
}
