package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/quantity"
)

// DriftTable gives each stored figure what drift compares it by: the noun
// it counts, what happened to them, the place or body it is tied to, who
// gave it (the speaker of the quote it stands in, "" for the writer), where
// it is, and the stems of the clause around it (what happened). Figures stored before it have no noun and drift with nothing
// until `reanalyze`.
const DriftTable = `
ALTER TABLE quantities ADD COLUMN noun TEXT;
ALTER TABLE quantities ADD COLUMN event TEXT;
ALTER TABLE quantities ADD COLUMN place TEXT;
ALTER TABLE quantities ADD COLUMN speaker TEXT;
ALTER TABLE quantities ADD COLUMN start_at INTEGER;
ALTER TABLE quantities ADD COLUMN end_at INTEGER;
ALTER TABLE quantities ADD COLUMN context TEXT;
`

// placeReach is how far (in bytes) a place or body may be named from a
// figure and still be what the figure is about.
const placeReach = 300

// counts stores the document's figures that count people or things and can
// be tied to a place or body; sums of money, percentages and measures are
// left out, since they change because the world moved, not because reports
// disagree.
func (w *writer) counts(ctx context.Context, seq int64, rec *analysis.Record) error {
	d := rec.Document
	var src *figureSources // built at the first figure that counts
	for _, q := range rec.Quantities {
		c, ok := w.s.figures().Counted(q)
		if !ok {
			continue
		}
		if src == nil {
			src = newFigureSources(rec)
		}
		place := src.nearestPlace(q.Start)
		if place == "" {
			continue // nothing ties the figure to one event
		}
		before, after := clauseAround(d.Text, q.Start, q.End)
		if c.Event == "" {
			c.Event = w.s.figures().EventNear(before, after) // "six people killed"
		}
		// The place is no part of the key: the place named nearest a
		// figure is often a side one ("U.S." beside a Nairobi toll), so
		// Drift asks instead that each figure's place be one the other
		// article names.
		key := c.Noun + " | " + c.Event
		context := strings.Join(w.s.figureContext(before+" "+after, c.Noun, place), " ")
		if err := w.exec(ctx, `INSERT INTO quantities (doc_seq, value, unit, about, qualifier, text, qkey, published, outlet, noun, event, place, speaker, start_at, end_at, context)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, q.Value, q.Unit, q.About, q.Qualifier, q.Text, key, d.Published, d.Outlet, c.Noun, c.Event, place, src.figureSpeaker(q), q.Start, q.End, context); err != nil {
			return err
		}
	}
	return nil
}

// clauseReach bounds how far (in bytes) the clause of a figure is read on
// each side of it.
const clauseReach = 160

// clauseAround is the text of a figure's clause before and after it: back
// and on to a sentence or clause end, at most clauseReach bytes and whole
// words each way.
func clauseAround(text string, start, end int) (before, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	from := max(0, start-clauseReach)
	if from > 0 { // a cut word is no word: start after the next space
		if sp := strings.IndexByte(text[from:start], ' '); sp >= 0 {
			from += sp
		} else {
			from = start
		}
	}
	for k := start - 1; k >= from; k-- {
		if clauseEnd(text, k) {
			from = k + 1
			break
		}
	}
	to := min(len(text), end+clauseReach)
	if to < len(text) {
		if sp := strings.LastIndexByte(text[end:to], ' '); sp >= 0 {
			to = end + sp
		} else {
			to = end
		}
	}
	for k := end; k < to; k++ {
		if clauseEnd(text, k) {
			to = k
			break
		}
	}
	return text[from:start], text[end:to]
}

// figureContext is the stems of a figure's clause without its noun and its
// place: what the counted things did or had done to them ("went missing",
// "protested", "were exhumed"), which tells two counts of one noun at one
// place apart.
func (s *SQL) figureContext(clause, noun, place string) []string {
	drop := s.claimer().ContextStems(noun+" "+place, nil)
	// Words of a counted event ("killed", "dead") are in the key already;
	// in the context they would join a toll to any other toll.
	var out []string
	for _, t := range s.claimer().ContextStems(clause, s.figures().IsEvent) {
		if !slices.Contains(drop, t) {
			out = append(out, t)
		}
	}
	return out
}

// clauseEnd reports whether text[k] ends a sentence or clause: a full stop
// before a space (not "1.5", not "U.S.-made" mid-word), "!", "?", ";" or a
// line break.
func clauseEnd(text string, k int) bool {
	switch text[k] {
	case '!', '?', ';', '\n':
		return true
	case '.':
		return k+1 >= len(text) || text[k+1] == ' ' || text[k+1] == '\n'
	}
	return false
}

// figureSources finds, for the figures of one record, the place or body
// named nearest and the source that gives each: mentions and quotes are
// ordered by position once, so a document of thousands of figures and
// names costs a binary search per figure, not a scan of every mention.
type figureSources struct {
	places [2][]placeMention // GPE and LOC first, else ORG; by start
	quotes []quoteSpan       // by start, with the furthest end reached so far
	names  map[string]string // entity id -> name
}

// placeMention is one mention of a place or body; order is its entity's
// and mention's rank in the record, which settles ties as a scan would.
type placeMention struct {
	start, order int
	name         string
}

type quoteSpan struct {
	start, end, reach, order int
	speaker, description     string
}

func newFigureSources(rec *analysis.Record) *figureSources {
	f := &figureSources{names: make(map[string]string, len(rec.Entities))}
	order := 0
	for _, e := range rec.Entities {
		f.names[e.ID] = e.Name
		k := -1
		switch e.Type {
		case "GPE", "LOC":
			k = 0
		case "ORG":
			k = 1
		}
		for _, m := range e.Mentions {
			if k >= 0 {
				f.places[k] = append(f.places[k], placeMention{m.Start, order, strings.ToLower(e.Name)})
			}
			order++
		}
	}
	for k := range f.places {
		slices.SortStableFunc(f.places[k], func(a, b placeMention) int { return a.start - b.start })
	}
	for i, q := range rec.Quotes {
		f.quotes = append(f.quotes, quoteSpan{start: q.Start, end: q.End, order: i, speaker: q.Speaker, description: q.Source.Description})
	}
	slices.SortStableFunc(f.quotes, func(a, b quoteSpan) int { return a.start - b.start })
	for i := range f.quotes {
		f.quotes[i].reach = f.quotes[i].end
		if i > 0 {
			f.quotes[i].reach = max(f.quotes[i].reach, f.quotes[i-1].reach)
		}
	}
	return f
}

// nearestPlace is the place named nearest a figure, else the nearest body
// (an army, a ministry, a company), within placeReach; lower case. Of two
// at one distance, the one the record lists first.
func (f *figureSources) nearestPlace(at int) string {
	for _, ms := range f.places {
		i, _ := slices.BinarySearchFunc(ms, at, func(m placeMention, t int) int { return m.start - t })
		best, bestDist := -1, placeReach
		consider := func(k int) bool {
			d := ms[k].start - at
			if d < 0 {
				d = -d
			}
			if d > bestDist || d == bestDist && best < 0 && d == placeReach {
				return false
			}
			if d < bestDist || ms[k].order < ms[best].order {
				best, bestDist = k, d
			}
			return true
		}
		for k := i - 1; k >= 0 && consider(k); k-- {
		}
		for k := i; k < len(ms) && consider(k); k++ {
		}
		if best >= 0 {
			return ms[best].name
		}
	}
	return ""
}

// figureSpeaker is the name of whoever gives a figure: the speaker of the
// first quote (in record order) it stands in, or that quote's unnamed
// source's description; "" when the writer gives it.
func (f *figureSources) figureSpeaker(q quantity.Quantity) string {
	n, _ := slices.BinarySearchFunc(f.quotes, q.Start+1, func(s quoteSpan, t int) int { return s.start - t })
	first := -1
	// Quotes opening at or before the figure, walked back while any of
	// them still reaches past its end.
	for k := n - 1; k >= 0 && f.quotes[k].reach >= q.End; k-- {
		if f.quotes[k].end >= q.End && (first < 0 || f.quotes[k].order < f.quotes[first].order) {
			first = k
		}
	}
	if first < 0 {
		return ""
	}
	if qt := f.quotes[first]; qt.speaker != "" {
		if name, ok := f.names[qt.speaker]; ok {
			return name
		}
	}
	return f.quotes[first].description
}

// driftKeyRows bounds how many figures of one key Drift compares: a count
// named in thousands of articles ("people | death") is many
// stories, and the newest are the ones a reader asks about.
const driftKeyRows = 2000

// driftRatio is the widest spread one count can show and still be one
// count: "5 soldiers" and "500 soldiers" near one place are two events.
const driftRatio = 10

// Drift lists counts that reports of one story give with different
// figures: the same noun and event, told in clauses that share words, tied
// to one place, in articles of one story (dated within figureWindow of
// each other and sharing named entities besides the place), widest spread
// first.
func (s *SQL) Drift(ctx context.Context, limit int) ([]DriftRow, error) {
	rows, err := s.query(ctx, `SELECT q.qkey, q.noun, COALESCE(q.event, ''), q.place, q.value, COALESCE(q.qualifier, ''), q.text, COALESCE(q.speaker, ''),
		COALESCE(q.start_at, 0), COALESCE(q.end_at, 0), d.seq, d.id, COALESCE(d.title, ''), COALESCE(d.outlet, ''), COALESCE(d.published, ''), COALESCE(d.url, ''), COALESCE(d.names, ''), COALESCE(q.context, '')
		FROM quantities q JOIN documents d ON d.seq = q.doc_seq
		WHERE q.noun IS NOT NULL AND q.qkey IN (SELECT qkey FROM quantities WHERE noun IS NOT NULL GROUP BY qkey HAVING COUNT(DISTINCT value) > 1 AND COUNT(DISTINCT doc_seq) > 1)
		ORDER BY q.qkey, d.published DESC, d.id, q.start_at`)
	if err != nil {
		return nil, fmt.Errorf("reading figures: %w", err)
	}
	var figs []figure
	perKey := map[string]int{}
	for rows.Next() {
		var f figure
		var names, context string
		if err := rows.Scan(&f.key, &f.row.Noun, &f.row.Event, &f.row.Place, &f.rep.Value, &f.rep.Qualifier, &f.rep.Text, &f.rep.Speaker,
			&f.span.start, &f.span.end, &f.span.doc, &f.rep.DocID, &f.rep.Title, &f.rep.Outlet, &f.rep.Published, &f.rep.URL, &names, &context); err != nil {
			rows.Close()
			return nil, err
		}
		f.rep.Start, f.rep.End = f.span.start, f.span.end
		if perKey[f.key]++; perKey[f.key] > driftKeyRows {
			continue
		}
		if names != "" {
			f.names = strings.Split(names, "|")
		}
		f.context = strings.Fields(context)
		figs = append(figs, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []driftGroup
	for i := 0; i < len(figs); {
		j := i
		for j < len(figs) && figs[j].key == figs[i].key {
			j++
		}
		out = append(out, stories(unambiguous(figs[i:j]))...)
		i = j
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].row.Spread != out[j].row.Spread {
			return out[i].row.Spread > out[j].row.Spread
		}
		return len(out[i].row.Reports) > len(out[j].row.Reports)
	})
	if lim := orLimit(limit, 50); len(out) > lim {
		out = out[:lim]
	}
	var spans []sideSpan
	for _, g := range out {
		spans = append(spans, g.spans...)
	}
	sentences, err := s.sentences(ctx, spans)
	if err != nil {
		return nil, err
	}
	res := make([]DriftRow, len(out))
	k := 0
	for i, g := range out {
		res[i] = g.row
		for r := range res[i].Reports {
			res[i].Reports[r].Sentence = sentences[k]
			k++
		}
		res[i].Reports = collapseReprints(res[i].Reports)
	}
	return res, nil
}

// collapseReprints keeps one report per figure and sentence: the same
// sentence with the same figure in several articles is one report reprinted,
// listed once with the other articles as its reprints.
func collapseReprints(reps []DriftReport) []DriftReport {
	type key struct {
		value    float64
		sentence string
	}
	at := map[key]int{}
	var out []DriftReport
	for _, r := range reps {
		k := key{r.Value, strings.Join(strings.Fields(r.Sentence), " ")}
		if i, ok := at[k]; ok && k.sentence != "" {
			out[i].Reprints = append(out[i].Reprints, r.Article)
			continue
		}
		at[k] = len(out)
		out = append(out, r)
	}
	return out
}

// figure is one stored figure as Drift reads it.
type figure struct {
	key     string
	row     DriftRow
	rep     DriftReport
	span    sideSpan
	names   []string
	context []string
}

// driftShared is how many stems of their clauses two figures must share to
// count one thing: the noun and the place alone ("students" at Iguala) hold
// both the 43 who went missing and the hundreds who protested.
const driftShared = 2

// sameHappening reports whether two figures' clauses share driftShared
// stems.
func sameHappening(a, b []string) bool {
	n := 0
	for _, t := range a {
		if slices.Contains(b, t) {
			if n++; n >= driftShared {
				return true
			}
		}
	}
	return false
}

// samePlace reports whether two figures are tied to one place or body:
// the same one, or each article naming the other's.
func samePlace(a, b *figure) bool {
	return a.row.Place == b.row.Place || slices.Contains(b.names, a.row.Place) && slices.Contains(a.names, b.row.Place)
}

// unambiguous drops the figures an article itself sets against another
// value of the key in words that tell of the same happening: a writer who
// puts "seven of the 28 girls" or "67 members down to 10" in one text is
// counting two things, and which of them another article's figure reports
// is unknown. Figures of other happenings in the same article ("74 dead"
// in Kampala beside 67 in Nairobi) stay.
func unambiguous(figs []figure) []figure {
	mixed := make([]bool, len(figs))
	for i := range figs {
		for j := i + 1; j < len(figs); j++ {
			a, b := &figs[i], &figs[j]
			if a.span.doc == b.span.doc && a.rep.Value != b.rep.Value && sameHappening(a.context, b.context) {
				mixed[i], mixed[j] = true, true
			}
		}
	}
	out := figs[:0:0]
	for i, f := range figs {
		if !mixed[i] {
			out = append(out, f)
		}
	}
	return out
}

type driftGroup struct {
	row   DriftRow
	spans []sideSpan
}

// stories splits the figures of one key into the stories they report
// (two articles' figures joined when their clauses tell of one happening
// and the articles are one story within figureWindow, transitively:
// a toll rises over a week, so later figures count a different period) and keeps each
// story whose articles disagree: two articles at least, two figures at
// least, and a spread one count can have.
func stories(figs []figure) []driftGroup {
	parent := make([]int, len(figs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range figs {
		for j := i + 1; j < len(figs); j++ {
			a, b := &figs[i], &figs[j]
			if a.span.doc != b.span.doc && sameHappening(a.context, b.context) && samePlace(a, b) &&
				sameStory(a.names, b.names, a.rep.Published, b.rep.Published, a.row.Place, figureWindow) {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]int{}
	var order []int
	for i := range figs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	var out []driftGroup
	for _, r := range order {
		var g driftGroup
		docs := map[int64]bool{}
		seen := map[string]bool{}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, i := range groups[r] {
			f := figs[i]
			// One report per article and figure: an article that gives
			// "12" twice still gives it once.
			id := fmt.Sprintf("%d/%g", f.span.doc, f.rep.Value)
			if seen[id] {
				continue
			}
			seen[id] = true
			docs[f.span.doc] = true
			lo, hi = math.Min(lo, f.rep.Value), math.Max(hi, f.rep.Value)
			if len(g.row.Reports) == 0 {
				g.row = DriftRow{Key: f.key, Noun: f.row.Noun, Event: f.row.Event, Place: f.row.Place}
			}
			g.row.Reports = append(g.row.Reports, f.rep)
			g.spans = append(g.spans, f.span)
		}
		if len(docs) < 2 || lo == hi || lo <= 0 || hi/lo > driftRatio {
			continue
		}
		g.row.Low, g.row.High, g.row.Spread = lo, hi, (hi-lo)/hi
		out = append(out, g)
	}
	return out
}
