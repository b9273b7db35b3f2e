package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/story"
)

// PropositionsTable stores each claim's proposition (its subject key as an
// indexed column, the whole as JSON), each document's named entities (for
// telling one story from another) and each contradiction's rule and
// confidence. Claims stored before it have no proposition and contradict
// nothing across articles until `reanalyze`.
const PropositionsTable = `
ALTER TABLE claims ADD COLUMN prop_subject TEXT;
ALTER TABLE claims ADD COLUMN prop TEXT;
ALTER TABLE claims ADD COLUMN denial INTEGER;
ALTER TABLE documents ADD COLUMN names TEXT;
ALTER TABLE contradictions ADD COLUMN rule TEXT;
ALTER TABLE contradictions ADD COLUMN confidence REAL;
CREATE INDEX claims_prop ON claims (prop_subject);
`

// storyWindow is how far apart two dated articles may be and still report
// one story; storyNames is how many named entities (besides the subject)
// two articles must share to be one story, one more when either is undated.
const (
	storyWindow = 14 * 24 * time.Hour
	storyNames  = 2
	// figureWindow: two articles' figures for one count disagree only when
	// both are dated and report the same days; "six doctors executed" in
	// November and "more than a dozen" weeks later count different periods.
	figureWindow = 3 * 24 * time.Hour
)

// sameDays: both dates known and within figureWindow.
func sameDays(a, b string) bool {
	d, ok := daysApart(a, b)
	return ok && d <= figureWindow
}

// daysApart is how far apart two publication dates are, when both parse.
func daysApart(a, b string) (time.Duration, bool) {
	ta, ea := time.Parse("2006-01-02", dateOnly(a))
	tb, eb := time.Parse("2006-01-02", dateOnly(b))
	if ea != nil || eb != nil {
		return 0, false
	}
	return max(ta.Sub(tb), tb.Sub(ta)), true
}

// docNames lists a record's named entities, lower-cased and sorted: what
// two articles must share to be about one story.
func docNames(rec *analysis.Record) []string {
	var out []string
	for _, e := range rec.Entities {
		if e.Type == "OTHER" || e.Name == "" {
			continue
		}
		n := strings.ToLower(e.Name)
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// sameStory: two articles dated within window of each other that share
// storyNames named entities besides the claims' subject (one more when
// either date is unknown). Two articles on IBM's and Gulf and Western's
// results share little else; fifteen reprints of one rumour share most.
func sameStory(aNames, bNames []string, aDate, bDate, subject string, window time.Duration) bool {
	need := storyNames
	if d, ok := daysApart(aDate, bDate); !ok {
		need++
	} else if d > window {
		return false
	}
	shared := 0
	for _, n := range aNames {
		if n != subject && slices.Contains(bNames, n) {
			shared++
		}
	}
	return shared >= need
}

func dateOnly(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// propColumns are a claim's proposition columns: its subject key (NULL when
// it has no proposition), the proposition as JSON, and whether the claim
// is a denial.
func propColumns(c *claim.Claim) (subject, prop any, denial int) {
	if c.Denial {
		denial = 1
	}
	if c.Proposition == nil {
		return nil, nil, denial
	}
	raw, err := json.Marshal(c.Proposition)
	if err != nil {
		return nil, nil, denial // a plain struct of strings cannot fail to encode
	}
	return c.Proposition.Subject, string(raw), denial
}

// decodeProposition sets a stored claim's proposition from its JSON column.
func decodeProposition(c *claim.Claim, raw string) error {
	if raw == "" {
		return nil
	}
	c.Proposition = &claim.Proposition{}
	if err := json.Unmarshal([]byte(raw), c.Proposition); err != nil {
		return fmt.Errorf("claim %s: proposition: %w", c.ID, err)
	}
	return nil
}

// linked is a stored claim as the cross-article linker reads it.
type linked struct {
	c        claim.Claim
	doc, sid int64
	// key is the speaker's name key as the article gave it (speaker_key):
	// sources are compared by it, not by the corpus speaker id, which
	// joining surnames across the corpus revises as documents arrive.
	key       string
	names     []string
	published string
	// sig is the article's story signature when known (a document being
	// stored); sameReport reads a stored one only for the few candidates
	// that pass every other test. Claims of two articles that are one
	// report are not compared across them.
	sig story.Signature
}

// sameSource: two speaker keys that may name one source. Equal keys do,
// and so does a bare surname with any full name ending in it ("ferdinand"
// and "rio ferdinand", "authority" and "harbour authority"): whether they are one person depends on what else
// the corpus holds, and a contradiction must not.
func sameSource(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	return len(wa) == 1 && wa[0] == wb[len(wb)-1] || len(wb) == 1 && wb[0] == wa[len(wa)-1]
}

// link compares one stored claim with every claim of other documents that
// could contradict it (the same proposition subject, or the same count for
// a figure) and records what holds. It reads every candidate, not the most
// recent few, so that what it finds does not depend on the order in which
// documents arrived.
func (w *writer) link(ctx context.Context, m linked) error {
	if m.c.Hedged || m.key == "" {
		return nil
	}
	var cond string
	var arg any
	switch {
	case m.c.Value != nil:
		if !claim.Anchored(m.c) {
			return nil
		}
		cond, arg = `c.topic = ? AND c.value IS NOT NULL`, m.c.Topic
	case m.c.Proposition != nil && (m.c.Proposition.Entity || len(m.c.Proposition.Modifiers) > 0):
		cond, arg = `c.prop_subject = ? AND c.value IS NULL`, m.c.Proposition.Subject
	default:
		return nil
	}
	st, err := w.stmt(ctx, `SELECT c.seq, c.speaker_id, c.speaker_key, c.polarity, c.topic, c.value, COALESCE(c.qualifier, ''), COALESCE(c.prop, ''), COALESCE(c.denial, 0) = 1,
		COALESCE(d.names, ''), COALESCE(d.published, ''), c.doc_seq
		FROM claims c JOIN documents d ON d.seq = c.doc_seq
		WHERE `+cond+` AND c.doc_seq <> ? AND c.speaker_id IS NOT NULL AND c.speaker_key IS NOT NULL AND c.hedged = 0`)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, arg, m.doc)
	if err != nil {
		return err
	}
	var cands []linked
	for rows.Next() {
		var o linked
		var value sql.NullFloat64
		var prop, names string
		if err := rows.Scan(&o.c.ID, &o.sid, &o.key, &o.c.Polarity, &o.c.Topic, &value, &o.c.Qualifier, &prop, &o.c.Denial, &names, &o.published, &o.doc); err != nil {
			rows.Close()
			return err
		}
		o.c.Speaker = o.key
		if value.Valid {
			v := value.Float64
			o.c.Value = &v
		}
		if err := decodeProposition(&o.c, prop); err != nil {
			rows.Close()
			return err
		}
		o.names = strings.Split(names, "|")
		cands = append(cands, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	mine := m.c
	mine.Speaker, mine.SpeakerName = m.key, ""
	for _, o := range cands {
		if sameSource(m.key, o.key) {
			continue
		}
		subject := ""
		if mine.Proposition != nil {
			subject = mine.Proposition.Subject
		}
		if !sameStory(m.names, o.names, m.published, o.published, subject, storyWindow) || m.c.Value != nil && !sameDays(m.published, o.published) {
			continue
		}
		checked := false // whether the two articles are one report, asked only of a pair that holds
		for _, con := range w.s.claimer().Contradictions([]claim.Claim{mine, o.c}) {
			if !claim.AcrossArticles(&mine, &o.c) {
				continue
			}
			if con.Rule == claim.RuleAntonym && !sameDays(m.published, o.published) {
				// "Supply fell" and "supply rose" two weeks apart are two
				// weeks' changes, as two figures are (figureWindow).
				continue
			}
			if !checked {
				same, err := w.sameReport(ctx, &m, &o)
				if err != nil {
					return fmt.Errorf("claim %s: %w", o.c.ID, err)
				}
				if same {
					break
				}
				checked = true
			}
			a, b, sa, sb := con.A, con.B, m.sid, o.sid
			if a != mine.ID {
				sa, sb = sb, sa
			}
			var ia, ib int64
			fmt.Sscan(a, &ia)
			fmt.Sscan(b, &ib)
			if err := w.contradiction(ctx, ia, ib, sa, sb, con); err != nil {
				return err
			}
		}
	}
	return nil
}
