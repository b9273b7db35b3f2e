package timex

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// Tagger finds and normalizes temporal expressions; safe for concurrent use.
type Tagger struct {
	words map[string]word
	nums  map[string]int
	// starts holds every word that can open an expression, so that the
	// great majority of tokens cost one lookup.
	starts map[string]bool
	tense  map[string]string // word -> "future" or "past"
	// holidays are keyed by their first token.
	holidays map[string][]holiday
}

// NewTagger loads the embedded date lexicons.
func NewTagger() *Tagger {
	w, n := loadWords()
	t := &Tagger{words: w, nums: n, starts: map[string]bool{}, tense: map[string]string{}, holidays: loadHolidays()}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/tense.txt") {
		t.tense[e.Field(0)] = e.Field(1)
	}
	for k := range w {
		t.starts[k] = true
	}
	for k := range n {
		t.starts[k] = true
	}
	for k := range t.holidays {
		t.starts[k] = true
	}
	for _, k := range []string{"the", "this", "last", "next", "coming", "past", "previous", "following", "every", "each", "more", "recent", "fiscal", "current", "first", "second", "third", "fourth", "near", "upcoming", "future", "that", "earlier", "later", "year", "q1", "q2", "q3", "q4"} {
		t.starts[k] = true
	}
	return t
}

// found is one matched expression before it becomes a Timex.
type found struct {
	from, to    int // tokens
	typ, value  string
	mod         string
	relative    bool
	quoteAnchor bool
	// namesQuarter marks "the third quarter", which sets the quarter an
	// earnings story goes on comparing.
	namesQuarter bool
	// bytes, when set, narrows the expression within its token ("1957" of
	// "1957-58"); then names what the rest of the token holds.
	bytes [2]int
	then  *found
}

// ctx is the state of tagging one sentence.
type ctx struct {
	t     *Tagger
	toks  []segment.Token
	words []string
	a     anchor
	sp    segment.Span
	doc   *docState
	// lastDay is the latest day-precise date the sentence named, the day a
	// bare clock time belongs to.
	lastDay string
	// pending holds an expression found while reading another ("25" in
	// "April 24 and 25"), taken when the scan reaches it.
	pending []found
}

// Tag finds the temporal expressions of a document published on published
// (YYYY-MM-DD, or "" when unknown).
func (t *Tagger) Tag(seg *segment.Segmentation, published string, quotes []QuoteSpan) Result {
	res := Result{QuoteAnchors: make([]string, len(quotes))}
	a := parseAnchor(published)
	words := seg.Words
	doc := &docState{}
	for si, sp := range seg.Sentences {
		doc.sentence = si
		c := &ctx{t: t, toks: seg.Tokens, words: words, a: a, sp: sp, doc: doc}
		for i := sp.From; i < sp.To; {
			f, ok := c.pendingAt(i)
			if !ok {
				f, ok = c.match(i)
			}
			if !ok {
				i++
				continue
			}
			next := f.to
			for g := &f; g != nil; g = g.then {
				next = max(next, g.to)
				tx := Timex{Start: seg.Tokens[g.from].Start, End: seg.Tokens[g.to-1].End, Type: g.typ, Value: g.value, Mod: g.mod}
				if g.bytes != [2]int{} {
					tx.Start, tx.End = g.bytes[0], g.bytes[1]
				}
				tx.Text = seg.Text[tx.Start:tx.End]
				if g.relative {
					tx.Anchor = "published"
				}
				res.Timexes = append(res.Timexes, tx)
			}
			if len(f.value) == 10 && f.value[4] == '-' && f.value[0] != 'X' {
				c.lastDay = f.value
			}
			if f.typ == "DATE" || f.typ == "TIME" {
				doc.saw(f.value)
			}
			if f.namesQuarter && isQuarterValue(f.value) {
				doc.quarter = f.value
			}
			i = next
		}
	}
	anchorQuotes(&res, quotes, func(off int) int { return int(seg.SentenceOf[min(seg.TokenIndexAt(off), len(seg.Tokens)-1)]) })
	return res
}

// insideQuotes marks each timex that lies inside some quote: the quotes
// sorted by start, with the furthest end reached so far, answer for each
// timex with one binary search.
func insideQuotes(txs []Timex, quotes []QuoteSpan) []bool {
	spans := make([][2]int, len(quotes))
	for i, q := range quotes {
		spans[i] = [2]int{q.Start, q.End}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a][0] < spans[b][0] })
	reach := make([]int, len(spans)) // reach[i]: the largest end among spans[:i+1]
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	out := make([]bool, len(txs))
	for k, tx := range txs {
		i := sort.Search(len(spans), func(i int) bool { return spans[i][0] > tx.Start }) - 1
		out[k] = i >= 0 && reach[i] >= tx.End
	}
	return out
}

// anchorQuotes gives each quote the date its own sentence says it was said,
// from a timex outside the quote, and re-resolves "today" inside it.
func anchorQuotes(res *Result, quotes []QuoteSpan, sentenceAt func(off int) int) {
	// Near-linear: the timexes in text order, each marked once as inside
	// a quote or not, and each quote looks only at those within reach.
	order := make([]int, len(res.Timexes))
	maxLen := 0
	for k := range order {
		order[k] = k
		maxLen = max(maxLen, res.Timexes[k].End-res.Timexes[k].Start)
	}
	sort.SliceStable(order, func(a, b int) bool { return res.Timexes[order[a]].Start < res.Timexes[order[b]].Start })
	quoted := insideQuotes(res.Timexes, quotes)
	for qi, q := range quotes {
		lo := sort.Search(len(order), func(k int) bool { return res.Timexes[order[k]].Start >= q.Start-160-maxLen })
		for _, k := range order[lo:] {
			tx := res.Timexes[k]
			if tx.Start > q.End+80 {
				break
			}
			// A date inside anyone's words is what they speak of, not when.
			if tx.Type != "DATE" || strings.HasSuffix(tx.Value, "_REF") || quoted[k] {
				continue
			}
			if tx.End < q.Start-160 {
				continue
			}
			if si := sentenceAt(tx.Start); si < q.SentFrom || si > q.SentTo {
				continue // another sentence's date: "just a decade ago"
			}
			res.QuoteAnchors[qi] = tx.Value
			break
		}
	}
	// Words that go on from the same speaker's last quote, a sentence or
	// two on, were spoken then: "During a press conference early this
	// March, al-Sudani asserted ... “... ended today,” al-Sudani said".
	for qi, q := range quotes {
		if res.QuoteAnchors[qi] != "" || q.Speaker < 0 {
			continue
		}
		for pj := qi - 1; pj >= 0; pj-- {
			p := quotes[pj]
			if q.SentFrom-p.SentTo > 2 {
				break
			}
			if p.Speaker == q.Speaker && res.QuoteAnchors[pj] != "" {
				res.QuoteAnchors[qi] = res.QuoteAnchors[pj]
				break
			}
		}
	}
	for k := range res.Timexes {
		tx := &res.Timexes[k]
		if strings.ToLower(tx.Text) != "today" {
			continue
		}
		for qi, q := range quotes {
			v := res.QuoteAnchors[qi]
			if tx.Start < q.Start || tx.End > q.End || q.Kind != "direct" || v == "" {
				continue
			}
			// Inside words spoken at another time "today" is the day they
			// were spoken, or their present when the text gives only the
			// month. Words with no time of their own were spoken on the
			// day of the report, like the rest of it.
			tx.Value, tx.Anchor = "PRESENT_REF", fmt.Sprintf("quote:q%d", qi+1)
			if len(v) == 10 {
				tx.Value = v
			}
		}
	}
}

// relatedBy are the words after a bare "days" that make it a stretch of
// time between two events; determiners before it make it something else
// ("the days before", "a matter of days").
var relatedBy = map[string]bool{"before": true, "after": true, "later": true, "earlier": true}

// fallNoun follows "the fall" that is a drop, not autumn.
var fallNoun = map[string]bool{"in": true, "from": true, "to": true, "on": true, "by": true, "at": true, "was": true, "is": true}

var determiners = map[string]bool{"the": true, "of": true, "first": true, "last": true, "few": true, "several": true, "many": true, "these": true, "those": true}

var durationContext = map[string]bool{"for": true, "over": true, "within": true, "in": true, "after": true, "took": true,
	"lasted": true, "or": true, "several": false}

// tense reads the tense nearest to token i: +1 for a future marker ("will",
// "scheduled"), -1 for a past one ("was", a verb in -ed), 0 when the
// sentence gives neither within reach.
func (c *ctx) tense(i int) int {
	d, _ := c.tenseCue(i, 10)
	return d
}

// tenseCue looks at most reach tokens either way for the tense of token i.
// Lexicon words (auxiliaries, irregular pasts) are strong cues and outrank
// weak ones: a modal ("could be located Wednesday" is past, "would appeal"
// future) or an -ed word, which may be an adjective ("unspecified"). A
// passive participle ("would be held") defers to its auxiliary.
func (c *ctx) tenseCue(i, reach int) (dir int, strong bool) {
	weak := 0
	for d := 1; d <= reach; d++ {
		for _, k := range []int{i - d, i + d} {
			w := c.w(k)
			if w == "" {
				continue
			}
			if k < i && c.governs(k, i) {
				// "shares issued July 1, which will": the date's own verb.
				return -1, true
			}
			if w == "to" && (c.w(k-1) == "is" || c.w(k-1) == "are") {
				return 1, true // "is to resume trading Tuesday"
			}
			switch c.t.tense[w] {
			case "future":
				if !c.passive(k) {
					return 1, true
				}
				// "had been scheduled": the auxiliary decides.
			case "modal":
				if weak == 0 && (!c.tok(k).Cap() || k == c.sp.From) {
					weak = 1
				}
			case "past":
				if !c.passive(k) {
					return -1, true
				}
			}
			if weak == 0 && c.pastParticiple(k) {
				weak = -1
			}
		}
	}
	return weak, false
}

// pastParticiple is a lower-case -ed word not after "be": a past verb, or
// an adjective ("unspecified") the caller must not trust much.
func (c *ctx) pastParticiple(k int) bool {
	w := c.w(k)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && c.tok(k).Kind == segment.Word && !c.tok(k).Cap() && !c.passive(k)
}

// governs reports a past verb right before the month at i, or before the
// preposition that introduces it: "issued July 1", "set on Aug. 6". A
// weekday's verb may be a clause's own future ("as soon as trading opened
// Monday").
func (c *ctx) governs(k, i int) bool {
	if x, ok := c.word(i); !ok || x.kind != "month" {
		return false
	}
	switch i - k {
	case 1:
	case 2:
		if p := c.w(k + 1); p != "on" && p != "in" {
			return false
		}
	default:
		return false
	}
	return c.pastParticiple(k) && c.t.tense[c.w(k)] != "future"
}

// passive reports a participle after a form of "be" ("be held", "been
// delayed", "be formally signed"), whose tense is its auxiliary's.
func (c *ctx) passive(k int) bool {
	for j := k - 1; j >= k-3 && j >= c.sp.From; j-- {
		switch c.w(j) {
		case "be", "been", "being":
			return true
		case "still", "also", "not", "formally", "officially", "then", "already", "only":
			continue
		}
		return false
	}
	return false
}

// seasonValue places a season named without a year: this year's, unless
// the sentence puts it ahead and it has passed ("will open in the spring"
// said in June).
func (c *ctx) seasonValue(i int, x word) string {
	if !c.a.known {
		return "XXXX-" + x.value
	}
	y := c.a.t.Year()
	if tense, strong := c.tenseCue(i, 10); tense > 0 && strong && seasonOver(x.value, c.a.t) {
		y++
	}
	return fmt.Sprintf("%04d-%s", y, x.value)
}

// modified reads a modifier before a bare season or part of the day:
// "late spring", "the early summer", "by mid afternoon".
func (c *ctx) modified(i int) (found, bool) {
	j := i
	if c.w(j) == "the" {
		j++
	}
	m, ok := c.word(j)
	if !ok || m.kind != "mod" || (c.w(j) != "early" && c.w(j) != "late" && c.w(j) != "mid") {
		return found{}, false
	}
	x, ok := c.word(j + 1)
	if !ok {
		return found{}, false
	}
	switch x.kind {
	case "season":
		if c.w(j+1) == "fall" && fallNoun[c.w(j+2)] {
			return found{}, false
		}
		return found{from: i, to: j + 2, typ: "DATE", value: c.seasonValue(j+1, x), mod: m.value, relative: c.a.known}, true
	case "daypart":
		ref := c.doc.recentDay()
		if ref == "" && c.a.known {
			ref = day(c.a.t)
		}
		if ref == "" {
			ref = "XXXX-XX-XX"
		}
		return found{from: i, to: j + 2, typ: "TIME", value: ref + "T" + x.value, relative: true}, true
	}
	return found{}, false
}

// future: news reports the past unless the sentence says otherwise.
func (c *ctx) future(i int) bool { return c.tense(i) > 0 }

// monthYear picks the year of a month (and day) given without one: the
// occurrence nearest the anchor, unless that is more than two months on
// the wrong side of the anchor for the sentence's tense.
func (c *ctx) monthYear(i, m, d int) int {
	a := c.a.t
	y := nearestYear(a, m, d)
	t := time.Date(y, time.Month(m), min(d, 28), 0, 0, 0, 0, time.UTC)
	const far = 60 * 24 * time.Hour
	tense, strong := c.tenseCue(i, 10)
	if p := c.w(i - 1); (p == "until" || p == "through" || p == "by" || p == "till") && !t.Before(a) && !(tense < 0 && strong) {
		return y // a deadline still ahead: "to run through June"
	}
	if c.w(i-1) == "since" && t.After(a) {
		return y - 1 // "have grown since January": the last one
	}
	switch {
	case tense > 0 && strong && a.Sub(t) > far:
		// A modal or the present ("is continuing ... under a June
		// agreement") is too weak to move a month past the nearest one.
		return y + 1
	case tense < 0 && t.Sub(a) > far:
		return y - 1
	}
	return y
}

// outside stands for any token beyond the sentence: no text, no kind that
// a rule looks for.
var outside = segment.Token{Kind: segment.Punct}

// tok is token i, or outside when i is not in the sentence, so that rules
// may look around a token without checking bounds.
func (c *ctx) tok(i int) *segment.Token {
	if i < c.sp.From || i >= c.sp.To {
		return &outside // read only
	}
	return &c.toks[i]
}

func (c *ctx) w(i int) string {
	if i < c.sp.From || i >= c.sp.To {
		return ""
	}
	return c.words[i]
}

func (c *ctx) word(i int) (word, bool) {
	x, ok := c.t.words[c.w(i)]
	return x, ok
}

// match tries every pattern at token i.
func (c *ctx) match(i int) (found, bool) {
	w := c.w(i)
	if c.tok(i).Kind != segment.Number && !c.t.starts[w] && !strings.ContainsRune(w, '-') && (w == "" || w[0] < '0' || w[0] > '9') {
		return found{}, false
	}
	// Modifiers: "early this March", "the end of 2014", "mid-2020".
	if x, ok := c.word(i); ok && x.kind == "mod" && (w == "early" || w == "late" || w == "mid") {
		if f, ok := c.core(i + 1); ok && f.typ == "DATE" {
			f.from, f.mod = i, x.value
			return f, true
		}
	}
	if f, ok := c.modified(i); ok {
		return f, true
	}
	if f, ok := c.prefixed(i, w); ok {
		return f, true
	}
	if strings.HasPrefix(w, "mid-") {
		if y, ok := yearValue(w[4:]); ok {
			return found{from: i, to: i + 1, typ: "DATE", value: year(y), mod: "MID"}, true
		}
		if x, ok := c.t.words[w[4:]]; ok && x.kind == "month" {
			// "mid-February": the month of the nearest such.
			v := fmt.Sprintf("XXXX-%02d", x.n)
			if c.a.known {
				v = fmt.Sprintf("%04d-%02d", c.monthYear(i, x.n, 15), x.n)
			}
			return found{from: i, to: i + 1, typ: "DATE", value: v, mod: "MID", relative: c.a.known}, true
		}
	}
	if w == "the" && i+2 < c.sp.To && c.w(i+2) == "of" {
		if x, ok := c.word(i + 1); ok && x.kind == "mod" {
			if f, ok := c.core(i + 3); ok && f.typ == "DATE" {
				f.from, f.mod = i, x.value
				return f, true
			}
		}
	}
	if x, ok := c.word(i); ok && x.kind == "mod" && (x.value == "APPROX" || x.value == "MORE_THAN" || x.value == "LESS_THAN") && c.countAt(i+1) {
		if f, ok := c.core(i + 1); ok && f.typ == "DURATION" {
			f.from, f.mod = i, x.value
			return f, true
		}
	}
	if w == "more" && c.w(i+1) == "than" && c.countAt(i+2) {
		if f, ok := c.core(i + 2); ok && f.typ == "DURATION" {
			f.from, f.mod = i, "MORE_THAN"
			return f, true
		}
	}
	return c.core(i)
}

// core matches an expression without modifiers.
func (c *ctx) core(i int) (found, bool) {
	w := c.w(i)
	if w == "" {
		return found{}, false
	}
	if f, ok := c.clock(i); ok {
		return f, true
	}
	if f, ok := c.holidayAt(i); ok {
		return f, true
	}
	if f, ok := c.futurePlural(i); ok {
		return f, true
	}
	if f, ok := c.thatUnit(i); ok {
		return f, true
	}
	if f, ok := c.yearAgoPeriod(i); ok {
		return f, true
	}
	if f, ok := c.half(i); ok {
		return f, true
	}
	if f, ok := c.quarterCode(i); ok {
		return f, true
	}
	if f, ok := c.possessiveYearQuarter(i); ok {
		return f, true
	}
	if w == "the" {
		if f, ok := c.afterThe(i); ok {
			return f, true
		}
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		if f, ok := c.hyphenated(i, w[:k], w[k+1:]); ok {
			return f, true
		}
	}
	if off, ok := thisLastNext[w]; ok && c.w(i+1) == "century" && c.a.known {
		// "this century", "the last century": the hundred years the
		// anchor falls in, or the one beside it.
		return found{from: i, to: i + 2, typ: "DATE", value: fmt.Sprintf("%02d", c.a.t.Year()/100+off), relative: true}, true
	}
	if n, ok := ordinal(w); ok && c.w(i+1) == "century" && n > 0 && n <= 21 {
		return found{from: i, to: i + 2, typ: "DATE", value: fmt.Sprintf("%02d", n-1)}, true
	}
	if (w == "first" || w == "second" || w == "third" || w == "fourth") && c.w(i+1) == "quarter" {
		f := c.quarter(quarterOrdinals[w])
		f.from, f.to = i, i+2
		return c.quarterOfYear(f), true
	}
	if x, ok := c.word(i); ok && x.kind == "unit" && strings.HasSuffix(w, "s") && x.value != "WE" &&
		(durationContext[c.w(i-1)] || relatedBy[c.w(i+1)] && !determiners[c.w(i-1)] && !c.countAt(i-1)) {
		// "for years", "within weeks", "minutes before the plane left": an
		// unspecified number of units.
		return found{from: i, to: i + 1, typ: "DURATION", value: durationValue(-1, x.value)}, true
	}
	if f, ok := c.elapsed(i); ok {
		return f, true
	}
	if w == "last" && c.w(i+1) == "night" && c.a.known {
		return found{from: i, to: i + 2, typ: "TIME", value: day(c.a.t.AddDate(0, 0, -1)) + "TNI", relative: true}, true
	}
	switch w {
	case "fiscal":
		if y, ok := c.yearAt(i + 1); ok {
			return found{from: i, to: i + 2, typ: "DATE", value: year(y)}, true
		}
		if c.w(i+1) == "year" && c.a.known {
			return found{from: i, to: i + 2, typ: "DATE", value: year(c.a.t.Year()), relative: true}, true
		}
	case "future":
		// "Elian's future", "our future": the time ahead, unanchored. "The
		// future" is read elsewhere; "future payments" is about things.
		if p := c.w(i - 1); p == "'s" || p == "our" || p == "its" || p == "their" || p == "his" || p == "her" || p == "your" || p == "my" {
			return found{from: i, to: i + 1, typ: "DATE", value: "FUTURE_REF"}, true
		}
	case "year":
		if c.w(i+1) == "'s" && c.w(i+2) == "end" && c.a.known {
			return found{from: i, to: i + 3, typ: "DATE", value: year(c.a.t.Year()), mod: "END", relative: true}, true
		}
		if c.w(i+1) == "end" && c.a.known {
			return found{from: i, to: i + 2, typ: "DATE", value: year(c.a.t.Year()), mod: "END", relative: true}, true
		}
	case "recent":
		if x, ok := c.word(i + 1); ok && x.kind == "unit" && strings.HasSuffix(c.w(i+1), "s") {
			return found{from: i, to: i + 2, typ: "DATE", value: "PAST_REF"}, true
		}
		if n := i + 1; n < c.sp.To && c.tok(n).Kind == segment.Word && c.w(i-1) != "most" {
			// "the recent closing", "a recent filing": a past time, unanchored.
			return found{from: i, to: i + 1, typ: "DATE", value: "PAST_REF"}, true
		}
	case "this", "last", "next", "coming", "past", "previous", "following":
		if f, ok := c.relative(i); ok {
			return f, true
		}
	case "every", "each":
		if x, ok := c.word(i + 1); ok && (x.kind == "unit" || x.kind == "weekday" || x.kind == "daypart") {
			v := "P1" + unitCode(x.value)
			if x.value == "FN" {
				v = "P2W"
			}
			switch x.kind {
			case "weekday":
				v = fmt.Sprintf("XXXX-WXX-%d", x.n)
			case "daypart":
				v = "XXXX-XX-XXT" + x.value // "every morning"
			}
			return found{from: i, to: i + 2, typ: "SET", value: v}, true
		}
	}
	x, ok := c.word(i)
	if ok {
		switch x.kind {
		case "season":
			if y, ok := c.yearAt(i + 1); ok {
				// "autumn 2026"
				return found{from: i, to: i + 2, typ: "DATE", value: fmt.Sprintf("%04d-%s", y, x.value)}, true
			}
		case "night":
			// "overnight": the night before, in news that reports it.
			if !c.a.known {
				return found{from: i, to: i + 1, typ: "TIME", value: "XXXX-XX-XXTNI"}, true
			}
			return found{from: i, to: i + 1, typ: "TIME", value: day(c.a.t.AddDate(0, 0, x.n)) + "TNI", relative: true}, true
		case "month":
			return c.monthDate(i, x.n)
		case "weekday":
			if !c.tok(i).Cap() {
				return found{}, false
			}
			return c.weekday(i, x.n, i+1)
		case "deictic":
			if !c.a.known {
				return found{from: i, to: i + 1, typ: "DATE", value: "PRESENT_REF", relative: true}, w == "today"
			}
			d := c.a.t.AddDate(0, 0, x.n)
			v := day(d)
			if p, ok := c.word(i + 1); ok && p.kind == "daypart" && w != "tonight" {
				// "yesterday afternoon"
				return found{from: i, to: i + 2, typ: "TIME", value: v + "T" + p.value, relative: true}, true
			}
			if w == "tonight" {
				return found{from: i, to: i + 1, typ: "TIME", value: v + "TNI", relative: true}, true
			}
			return found{from: i, to: i + 1, typ: "DATE", value: v, relative: true}, true
		case "ref":
			return found{from: i, to: i + 1, typ: "DATE", value: x.value}, true
		case "set":
			if c.tok(i+1).Cap() && c.tok(i+1).Kind == segment.Word {
				return found{}, false // "the party daily Granma": a newspaper
			}
			return found{from: i, to: i + 1, typ: "SET", value: x.value}, true
		}
	}
	if d, ok := c.dayAt(i); ok {
		// "25 March 2021", "25 March".
		if x, ok := c.word(i + 1); ok && x.kind == "month" && c.tok(i+1).Cap() {
			if y, ok := c.yearAt(i + 2); ok && validDay(y, x.n, d) {
				return found{from: i, to: i + 3, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, x.n, d)}, true
			}
			if !c.a.known {
				return found{from: i, to: i + 2, typ: "DATE", value: fmt.Sprintf("XXXX-%02d-%02d", x.n, d)}, true
			}
			if y := c.monthYear(i, x.n, d); validDay(y, x.n, d) {
				return found{from: i, to: i + 2, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, x.n, d), relative: true}, true
			}
		}
	}
	if y, ok := c.yearAt(i); ok {
		if strings.HasSuffix(c.tok(i).Text, "s") {
			return found{from: i, to: i + 1, typ: "DATE", value: year(y)[:3]}, true
		}
		f := found{from: i, to: i + 1, typ: "DATE", value: year(y)}
		if d := c.w(i + 1); (d == "-" || d == "–" || d == "/") && i+2 < c.sp.To && c.tok(i+2).Kind == segment.Number {
			// "1998–99": the second year of a season or a fiscal year.
			if y2, ok := rangeEnd(y, c.tok(i+2).Text); ok {
				c.pending = append(c.pending[:0], found{from: i + 2, to: i + 3, typ: "DATE", value: year(y2)})
			}
		}
		return f, true
	}
	if f, ok := c.yearRangeToken(i); ok {
		return f, true
	}
	if f, ok := c.dayRange(i); ok {
		return f, true
	}
	return c.duration(i)
}

// afterThe handles "the year 2024", "the 1990s", "the past three years",
// "the first quarter", "the future".
func (c *ctx) afterThe(i int) (found, bool) {
	if f, ok := c.weekOf(i); ok {
		return f, true
	}
	if f, ok := c.dayBeside(i); ok {
		return f, true
	}
	if f, ok := c.dayAfterStory(i); ok {
		return f, true
	}
	switch c.w(i + 1) {
	case "year":
		if y, ok := c.yearAt(i + 2); ok {
			return found{from: i, to: i + 3, typ: "DATE", value: year(y)}, true
		}
		if c.w(i+2) == "ended" || c.w(i+2) == "ending" {
			// "the year ended March 31": a fiscal year, as a span.
			return found{from: i, to: i + 2, typ: "DURATION", value: "P1Y"}, true
		}
		if p := c.w(i - 1); (p == "for" || p == "in" || p == "during" || p == "of") && c.a.known {
			return found{from: i, to: i + 2, typ: "DATE", value: year(c.a.t.Year()), relative: true}, true
		}
	case "month", "week":
		// "by the end of the month": the current one.
		if x, ok := c.word(i + 1); ok && c.w(i-1) == "of" && c.a.known {
			return c.relativeUnit(found{from: i, to: i + 2, typ: "DATE", relative: true}, "this", x)
		}
	case "full":
		if c.w(i+2) == "year" && c.a.known {
			return found{from: i, to: i + 3, typ: "DATE", value: year(c.a.t.Year()), relative: true}, true
		}
	case "future":
		return found{from: i, to: i + 2, typ: "DATE", value: "FUTURE_REF"}, true
	case "spring", "summer", "autumn", "fall", "winter":
		// "in the spring": this year's, unless the sentence places it
		// ahead and it has passed ("will open in the spring" said in June).
		if c.w(i+2) == "of" || c.w(i+1) == "fall" && fallNoun[c.w(i+2)] {
			break // "the fall of Rome", "the fall in prices"
		}
		x, _ := c.word(i + 1)
		return found{from: i, to: i + 2, typ: "DATE", value: c.seasonValue(i, x), relative: c.a.known}, true
	case "weekend":
		if c.a.known {
			// Reported weekends are past ones unless the day is already the weekend.
			d := c.a.t
			if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday && c.tense(i) <= 0 {
				d = d.AddDate(0, 0, -7)
			}
			return found{from: i, to: i + 2, typ: "DATE", value: isoWeek(d) + "-WE", relative: true}, true
		}
	case "current", "fiscal":
		j := i + 1
		if c.w(j) == "current" {
			j++
		}
		if c.w(j) == "fiscal" {
			j++
		}
		if c.w(j) == "year" && j > i+1 && c.a.known {
			return found{from: i, to: j + 1, typ: "DATE", value: year(c.a.t.Year()), relative: true}, true
		}
	case "past", "last", "next", "coming":
		if f, ok := c.duration(i + 2); ok {
			f.from = i
			return f, true
		}
		if x, ok := c.word(i + 2); ok && x.kind == "unit" && c.a.known {
			// "the past year" is last year.
			dir := map[string]string{"past": "last", "last": "last", "next": "next", "coming": "next"}[c.w(i+1)]
			if f, ok := c.relativeUnit(found{from: i, to: i + 3, typ: "DATE", relative: true}, dir, x); ok {
				return f, true
			}
		}
		if c.w(i+1) == "past" {
			return found{from: i, to: i + 2, typ: "DATE", value: "PAST_REF"}, true
		}
	case "first", "second", "third", "fourth":
		if c.w(i+2) == "quarter" {
			f := c.quarter(quarterOrdinals[c.w(i+1)])
			f.from, f.to = i, i+3
			return c.quarterOfYear(f), true
		}
	case "quarter", "latest":
		// "the quarter", "the latest quarter": in business news, the last one reported.
		j := i + 1
		if c.w(j) == "latest" {
			j++
		}
		if c.w(j) == "quarter" || j > i+1 && c.w(j) == "period" {
			// A story that named its quarter ("second quarter ended Sept.
			// 30") counts fiscally; else the end date says which it is.
			if f, ok := c.quarterEnded(i, j+1); ok && c.doc.quarter == "" {
				return f, true
			}
			if q, ok := c.reportedQuarter(); ok {
				return found{from: i, to: j + 1, typ: "DATE", value: q, relative: true}, true
			}
		}
	}
	if y, ok := c.yearAt(i + 1); ok && strings.HasSuffix(c.tok(i+1).Text, "s") {
		return found{from: i, to: i + 2, typ: "DATE", value: year(y)[:3]}, true
	}
	if x, ok := c.word(i + 1); ok && x.kind == "decade" {
		// "the nineties": this century's, unless that is over ten years away.
		base := 1900
		if c.a.known {
			base = c.a.t.Year() / 100 * 100
			if base+10*x.n > c.a.t.Year()+10 {
				base -= 100
			}
		}
		return found{from: i, to: i + 2, typ: "DATE", value: year(base + 10*x.n)[:3]}, true
	}
	return found{}, false
}

// hyphenated reads one-token expressions: "two-year", "10-day", "day-long"
// (durations) and "third-quarter".
func (c *ctx) hyphenated(i int, a, b string) (found, bool) {
	if b == "quarter" {
		if q, ok := quarterOrdinals[a]; ok {
			f := c.quarter(q)
			f.from, f.to = i, i+1
			return f, true
		}
	}
	if b == "long" {
		if x, ok := c.t.words[a]; ok && x.kind == "unit" {
			return found{from: i, to: i + 1, typ: "DURATION", value: durationValue(1, x.value)}, true
		}
	}
	x, ok := c.t.words[b]
	if !ok || x.kind != "unit" || x.value == "WE" || b == "quarters" {
		return found{}, false // "three-quarters" is a fraction
	}
	n, ok := c.t.nums[a]
	if !ok {
		v, ok := digits(a)
		if !ok {
			return found{}, false
		}
		n = v
	}
	return found{from: i, to: i + 1, typ: "DURATION", value: durationValue(n, x.value)}, true
}

// ordinal reads "20th", "1st", "twentieth" is left out.
func ordinal(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	switch w[len(w)-2:] {
	case "th", "st", "nd", "rd":
		n, ok := digits(w[:len(w)-2])
		return n, ok
	}
	return 0, false
}

// quarter resolves quarter q ("third quarter") to the latest such quarter
// that has begun.
func (c *ctx) quarter(q int) found {
	if !c.a.known {
		return found{typ: "DATE", value: fmt.Sprintf("XXXX-Q%d", q)}
	}
	y := c.a.t.Year()
	if (q-1)*3+1 > int(c.a.t.Month()) {
		y--
	}
	return found{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, q), relative: true, namesQuarter: true}
}

// relative handles "this Monday", "this coming April", "last week", "next month".
func (c *ctx) relative(i int) (found, bool) {
	dir := c.w(i)
	j := i + 1
	if dir == "this" && c.w(j) == "coming" {
		dir, j = "coming", j+1
	}
	if dir == "past" || dir == "previous" {
		dir = "last"
	}
	if dir == "following" {
		dir = "next"
	}
	x, ok := c.word(j)
	if !ok {
		return found{}, false
	}
	if x.kind == "unit" && c.tok(j).Cap() && c.tok(i).Cap() && i > c.sp.From {
		return found{}, false // "This Week", a programme's name
	}
	a := c.a.t
	f := found{from: i, to: j + 1, typ: "DATE", relative: true}
	switch x.kind {
	case "weekday":
		if !c.a.known {
			f.value = fmt.Sprintf("XXXX-WXX-%d", x.n)
			return f, true
		}
		var d time.Time
		switch dir {
		case "this":
			d = weekdayIn(a, x.n)
		case "last":
			d = nearestWeekday(a.AddDate(0, 0, -1), x.n, false)
		case "next", "coming":
			d = nearestWeekday(a.AddDate(0, 0, 1), x.n, true)
		}
		f.value = day(d)
		return f, true
	case "month":
		if !c.tok(j).Cap() {
			return found{}, false // "this march" is a walk
		}
		if !c.a.known {
			f.value = fmt.Sprintf("XXXX-%02d", x.n)
			return f, true
		}
		y := a.Year()
		switch dir {
		case "last":
			// The latest such month before the one just ended: in October
			// "last April" is this year's, in March "last February" last year's.
			if x.n >= int(a.Month())-1 {
				y--
			}
		case "next", "coming":
			if x.n < int(a.Month()) || dir == "next" && x.n == int(a.Month()) {
				y++
			}
		}
		f.value = fmt.Sprintf("%04d-%02d", y, x.n)
		k := j + 1
		if c.w(k) == "." {
			k++
		}
		if d, ok := c.dayAt(k); ok && validDay(y, x.n, d) {
			// "last Oct. 23"
			f.to, f.value = k+1, fmt.Sprintf("%s-%02d", f.value, d)
		}
		return f, true
	case "unit", "season":
		if dir == "this" && x.value == "Q" && c.doc.quarter != "" {
			f.value = c.doc.quarter // the quarter the story reports
			return f, true
		}
		return c.relativeUnit(f, dir, x)
	case "daypart":
		if dir == "this" && c.a.known {
			f.typ, f.value = "TIME", day(a)+"T"+x.value
			return f, true
		}
	}
	return found{}, false
}

func (c *ctx) relativeUnit(f found, dir string, x word) (found, bool) {
	off := unitOffsets[dir]
	a := c.a.t
	if x.kind == "season" {
		if !c.a.known {
			f.value = "XXXX-" + x.value
			return f, true
		}
		f.value = fmt.Sprintf("%04d-%s", a.Year()+off, x.value)
		return f, true
	}
	if !c.a.known {
		f.value = map[string]string{"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "WE": "XXXX-WXX-WE"}[x.value]
		return f, f.value != ""
	}
	switch x.value {
	case "D":
		f.value = day(a.AddDate(0, 0, off))
	case "W":
		f.value = isoWeek(a.AddDate(0, 0, 7*off))
	case "WE":
		f.value = isoWeek(a.AddDate(0, 0, 7*off)) + "-WE"
	case "M":
		f.value = month(time.Date(a.Year(), a.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC))
	case "Y":
		f.value = year(a.Year() + off)
	case "Q":
		q := (int(a.Month())-1)/3 + off
		y := a.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		f.value = fmt.Sprintf("%04d-Q%d", y, q+1)
	case "DE":
		f.value = year(a.Year() + 10*off)[:3]
	default:
		return found{}, false
	}
	return f, true
}

// weekday resolves a bare weekday by the tense of its sentence: "said
// Friday" is the last one, "will meet on Friday" the next.
// weekdayReach: a weekday's own verb is close to it ("met Monday", "will
// meet on Friday"); tense further away is often another clause's.
const weekdayReach = 4

func (c *ctx) weekday(i, wd, end int) (found, bool) {
	k := end
	if c.w(k) == "," {
		k++
	}
	if x, ok := c.word(k); ok && x.kind == "month" {
		// "Friday, Oct. 13": the date says which Friday.
		if f, ok := c.monthDate(k, x.n); ok && len(f.value) == 10 {
			f.from = i
			return f, true
		}
	}
	f := found{from: i, to: end, typ: "DATE", relative: true}
	if !c.a.known {
		f.value = fmt.Sprintf("XXXX-WXX-%d", wd)
		return f, true
	}
	f.value = day(c.weekdayDate(i, wd, c.w(end) == "'s"))
	if x, ok := c.word(end); ok && x.kind == "daypart" {
		f.to++
		f.typ, f.value = "TIME", f.value+"T"+x.value
	}
	return f, true
}

// weekdayDate picks the weekday wd whose tense is read at token at.
func (c *ctx) weekdayDate(at, wd int, possessive bool) time.Time {
	past, next := nearestWeekday(c.a.t, wd, false), nearestWeekday(c.a.t, wd, true)
	if c.plannedBefore(at) {
		return next
	}
	d := past
	switch tense, strong := c.tenseCue(at, weekdayReach); {
	case tense > 0 && strong:
		d = next
	case tense > 0:
		// A modal: "would appeal Friday" ahead, "could not be reached
		// Friday" behind; the nearer one.
		if next.Sub(c.a.t) < c.a.t.Sub(past) {
			d = next
		}
	case tense == 0:
		// No tense to go by: news reports what happened, so the last one,
		// unless the next is much nearer ("Friday" read on a Wednesday).
		if !possessive && 2*next.Sub(c.a.t) < c.a.t.Sub(past) {
			d = next
		}
	}
	return d
}

// plannedBefore reports "is to" or "are to" before a weekday in its clause:
// "is to resume trading in Paris Tuesday" is the next Tuesday, however far
// the verb's object pushes the weekday from it.
func (c *ctx) plannedBefore(at int) bool {
	for k := at - 1; k > c.sp.From && at-k <= 8; k-- {
		switch c.w(k) {
		case ",", ";", "said", "says":
			return false
		case "to":
			if p := c.w(k - 1); p == "is" || p == "are" {
				return true
			}
		}
	}
	return false
}

// monthDate handles "March 25, 2024", "March 2024", "March".
func (c *ctx) monthDate(i, m int) (found, bool) {
	t := c.tok(i)
	if !t.Cap() {
		return found{}, false
	}
	j := i + 1
	if c.w(j) == "." {
		j++
	}
	if j == i+1 {
		if f, ok := c.dayRange(j); ok {
			return f, true // "June 3-4"
		}
	}
	if d, ok := c.dayAt(j); ok {
		k := j + 1
		if c.w(k) == "," {
			k++
		}
		if y, ok := c.yearAt(k); ok && validDay(y, m, d) {
			return found{from: i, to: k + 1, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, true
		}
		if !c.a.known {
			return found{from: i, to: j + 1, typ: "DATE", value: fmt.Sprintf("XXXX-%02d-%02d", m, d)}, true
		}
		y := c.monthYear(i, m, d)
		if !validDay(y, m, d) {
			return found{}, false
		}
		c.pending = c.pending[:0]
		if (c.w(j+1) == "and" || c.w(j+1) == "or") && c.w(j+3) != "," {
			// "April 24 and 25": the second day is its own date.
			if d2, ok := c.dayAt(j + 2); ok && d2 > d && validDay(y, m, d2) && !c.unitAfter(j+3) {
				c.pending = append(c.pending, found{from: j + 2, to: j + 3, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, m, d2), relative: true})
			}
		}
		return found{from: i, to: j + 1, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, m, d), relative: true}, true
	}
	if y, ok := c.yearAt(j); ok {
		return found{from: i, to: j + 1, typ: "DATE", value: fmt.Sprintf("%04d-%02d", y, m)}, true
	}
	if off, ok := thisLastNext[c.w(j)]; ok && c.w(j+1) == "year" && c.a.known {
		// "January this year", "June last year".
		return found{from: i, to: j + 2, typ: "DATE", value: fmt.Sprintf("%04d-%02d", c.a.t.Year()+off, m), relative: true}, true
	}
	if (c.w(i) == "may" || c.w(i) == "march") && !c.dateContext(i) {
		return found{}, false // the modal verb, the walk
	}
	if j == i+1 && len(c.w(i)) <= 4 && c.w(i) != "june" && c.w(i) != "july" && c.w(i) != "may" {
		return found{}, false // "Jan Kavan": an abbreviation needs its point or a day
	}
	if !c.a.known {
		return found{from: i, to: i + 1, typ: "DATE", value: fmt.Sprintf("XXXX-%02d", m)}, true
	}
	return found{from: i, to: i + 1, typ: "DATE", value: fmt.Sprintf("%04d-%02d", c.monthYear(i, m, 15), m), relative: true}, true
}

func (c *ctx) dateContext(i int) bool {
	p := c.w(i - 1)
	return p == "in" || p == "of" || p == "since" || p == "until" || p == "by" || p == "early" || p == "late" || p == "this" || p == "last" || p == "next" ||
		p == "the" || p == "through" || p == "before" || p == "after" || p == "during" || p == "from" || p == "mid"
}

func (c *ctx) dayAt(j int) (int, bool) {
	if j >= c.sp.To || c.tok(j).Kind != segment.Number {
		s := strings.TrimRight(c.w(j), "stndrh")
		if j >= c.sp.To || s == c.w(j) {
			return 0, false
		}
		d, ok := digits(s)
		return d, ok && d >= 1 && d <= 31
	}
	d, ok := digits(c.tok(j).Text)
	return d, ok && d >= 1 && d <= 31
}

// yearAt accepts a four-digit year from 1000 to 2099 that is not a count
// ("2,500 troops" has a comma; "1990 people" counts people).
func (c *ctx) yearAt(j int) (int, bool) {
	if j >= c.sp.To {
		return 0, false
	}
	t := c.tok(j)
	if t.Kind != segment.Number && !(t.Kind == segment.Word && strings.HasSuffix(t.Text, "s") && len(t.Text) == 5) {
		return 0, false
	}
	y, ok := yearValue(strings.TrimSuffix(t.Text, "s"))
	if !ok {
		return 0, false
	}
	// After "in" or "since" a year stays a year: "in 1989 sales rose".
	decade, dated := strings.HasSuffix(t.Text, "s"), yearPrepositions[c.w(j-1)]
	if n := c.w(j + 1); !decade && !dated && n != "" && c.tok(j+1).Kind == segment.Word && !c.tok(j+1).Cap() && (countNouns[n] || pluralNoun(n)) {
		return 0, false // "1990 people", "2019 points": a count
	}
	if (c.w(j+1) == "to" || c.w(j+1) == "-") && j+2 < c.sp.To && c.tok(j+2).Kind == segment.Number {
		if _, ok := yearValue(c.tok(j + 2).Text); !ok {
			return 0, false // "1200 to 800": a score or a range of counts
		}
	}
	return y, true
}

// pluralNoun guesses a plural noun: a lower-case word in -s that is not a
// common function word or verb form.
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch w {
	case "this", "thus", "has", "was", "its", "his", "hers", "ours", "yours", "does", "goes", "says", "always", "perhaps", "whereas", "unless":
		return false
	}
	return true
}

// countAt reports a number (digits or a number word) at token j.
func (c *ctx) countAt(j int) bool {
	if j >= c.sp.To {
		return false
	}
	_, isNum := c.t.nums[c.w(j)]
	return isNum || c.tok(j).Kind == segment.Number
}

var yearPrepositions = map[string]bool{"in": true, "since": true, "during": true, "until": true, "fiscal": true, "before": true, "after": true}

var countNouns = map[string]bool{"people": true, "troops": true, "soldiers": true, "dollars": true, "votes": true, "jobs": true, "homes": true, "cars": true,
	"students": true, "workers": true, "men": true, "women": true, "children": true, "members": true, "feet": true, "miles": true, "tons": true, "barrels": true, "shares": true}

func yearValue(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, ok := digits(s)
	return y, ok && y >= 1000 && y <= 2099
}

func unitCode(u string) string {
	switch u {
	case "H":
		return "TH"
	case "MIN":
		return "TM"
	case "DE":
		return "0Y"
	}
	return u
}

// duration handles "three years", "2 weeks ago", "a decade", "two-year".
func (c *ctx) duration(i int) (found, bool) {
	n, j, ok := c.number(i)
	if !ok {
		return found{}, false
	}
	half := false
	switch {
	case c.w(j) == "1" && c.w(j+1) == "/" && c.w(j+2) == "2":
		half, j = true, j+3 // "2 1/2 years"
	case c.w(j) == "½":
		half, j = true, j+1
	case c.w(j) == "and" && c.w(j+1) == "a" && c.w(j+2) == "half":
		half, j = true, j+3 // "two and a half years"
	}
	if c.w(j) == "more" || c.w(j) == "additional" || c.w(j) == "further" {
		j++ // "two more weeks"
	}
	x, ok := c.word(j)
	if !ok || x.kind != "unit" || x.value == "WE" {
		return found{}, false
	}
	if c.w(j+1) == "old" || c.w(j+1) == "-old" {
		return found{}, false // an age, not a period
	}
	if x.value == "Q" && c.w(j+1) == "of" {
		return found{}, false // "a quarter of a million" is a fraction
	}
	v := durationValue(n, x.value)
	if half {
		if h, ok := halfUnit[x.value]; ok && n >= 0 {
			v += h
		} else {
			return found{}, false
		}
	}
	if c.w(j+1) == "ago" || c.w(j+1) == "earlier" {
		if n == 1 && x.value == "Y" && c.doc.quarter != "" {
			// In an earnings story "a year earlier" is the same quarter a year back.
			return found{from: i, to: j + 2, typ: "DATE", value: shiftYear(c.doc.quarter, -1), relative: true}, true
		}
		if c.a.known && n > 0 {
			return found{from: i, to: j + 2, typ: "DATE", value: agoValue(c.a.t, n, x.value), relative: true}, true
		}
		return found{from: i, to: j + 2, typ: "DATE", value: "PAST_REF"}, true
	}
	return found{from: i, to: j + 1, typ: "DURATION", value: v}, true
}

// number reads a count at i: digits or a number word ("a", "three").
func (c *ctx) number(i int) (int, int, bool) {
	w := c.w(i)
	if w == "" {
		return 0, i, false
	}
	if w == "a" && (c.w(i+1) == "few" || c.w(i+1) == "couple") {
		j := i + 2
		if c.w(j) == "of" {
			j++
		}
		return map[string]int{"few": -1, "couple": 2}[c.w(i+1)], j, true
	}
	if n, ok := c.t.nums[w]; ok {
		return n, i + 1, true
	}
	if c.tok(i).Kind == segment.Number {
		n, ok := digits(strings.ReplaceAll(c.tok(i).Text, ",", ""))
		return n, i + 1, ok
	}
	return 0, i, false
}

// halfUnit is half of one unit in the next smaller one.
var halfUnit = map[string]string{"Y": "6M", "M": "15D", "D": "T12H", "W": "3DT12H"}

func durationValue(n int, unit string) string {
	count := "X"
	if n >= 0 {
		count = strconv.Itoa(n)
	}
	switch unit {
	case "FN":
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W" // a fortnight is two weeks
		}
		return "PXW"
	case "H", "MIN":
		return "PT" + count + map[string]string{"H": "H", "MIN": "M"}[unit]
	case "DE":
		if n >= 0 {
			return "P" + strconv.Itoa(n*10) + "Y"
		}
		return "PXDE"
	case "CE":
		if n >= 0 {
			return "P" + strconv.Itoa(n*100) + "Y"
		}
		return "PXCE"
	}
	return "P" + count + unit
}

func agoValue(a time.Time, n int, unit string) string {
	switch unit {
	case "D":
		return day(a.AddDate(0, 0, -n))
	case "W":
		return isoWeek(a.AddDate(0, 0, -7*n))
	case "FN":
		return isoWeek(a.AddDate(0, 0, -14*n))
	case "M":
		// From the first of the month: AddDate normalizes March 31 minus
		// one month to March 3, and "a month ago" is February.
		return month(time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0))
	case "Y":
		return year(a.Year() - n)
	case "DE":
		return year(a.Year() - 10*n)[:3]
	}
	return "PAST_REF"
}
