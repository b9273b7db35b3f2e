package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/claim"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/entity"
	"github.com/claimgraph/claimgraph/internal/prose"
	"github.com/claimgraph/claimgraph/internal/quantity"
	"github.com/claimgraph/claimgraph/internal/quote"
	"github.com/claimgraph/claimgraph/internal/segment"
	"github.com/claimgraph/claimgraph/internal/signal"
	"github.com/claimgraph/claimgraph/internal/timex"
)

// Analyzer holds the loaded lexicons of every stage. Build one with New and
// share it: it is read-only and safe for concurrent use.
type Analyzer struct {
	segmenter  *segment.Segmenter
	entities   *entity.Recognizer
	quotes     *quote.Extractor
	timexes    *timex.Tagger
	quantities *quantity.Finder
	claims     *claim.Extractor
	signals    *signal.Detector
	prose      *prose.Detector
}

// New loads every stage's embedded lexicons.
func New() *Analyzer {
	return &Analyzer{
		segmenter:  segment.NewSegmenter(),
		entities:   entity.NewRecognizer(),
		quotes:     quote.NewExtractor(),
		timexes:    timex.NewTagger(),
		quantities: quantity.NewFinder(),
		claims:     claim.NewExtractor(),
		signals:    signal.NewDetector(),
		prose:      prose.NewDetector(),
	}
}

// Analyze runs every stage over d.
func (a *Analyzer) Analyze(d document.Document) Record {
	rec, _ := a.AnalyzeContext(context.Background(), d) // a background context is never done
	return rec
}

// AnalyzeContext is Analyze that gives up, returning ctx's error, once ctx
// is done: it looks between stages, and every stage is near linear in the
// text (8 MB at most), so a cancelled job or request stops within one
// stage's time instead of running on unseen.
func (a *Analyzer) AnalyzeContext(ctx context.Context, d document.Document) (Record, error) {
	rec := Record{Schema: SchemaVersion, Document: d}
	stop := func(stage string) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("analysis of %s stopped before %s: %w", docName(d), stage, err)
		}
		return nil
	}
	if err := stop("segmentation"); err != nil {
		return Record{}, err
	}
	if d.Repaired > 0 {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("replaced %d invalid UTF-8 sequences with U+FFFD; offsets index the repaired text", d.Repaired))
	}
	// Paragraphs that are not prose (base64, URLs, word lists) are blanked
	// before segmentation: offsets stay, and nothing is mined there.
	notProse := a.prose.NotProse(d.Text)
	if len(notProse) > 0 {
		rec.Warnings = append(rec.Warnings, notProseWarning(notProse))
	}
	seg := a.segmenter.Segment(prose.Mask(d.Text, notProse))
	marks, inQuote := quote.PairMarks(seg)
	if err := stop("entities"); err != nil {
		return Record{}, err
	}
	ents := a.entities.Recognize(seg, inQuote)
	if err := stop("quotes"); err != nil {
		return Record{}, err
	}
	// The quote stage resolves speakers on its own copy of the entity layer,
	// which every later stage reads.
	qs, er := a.quotes.Extract(seg, marks, inQuote, ents)
	if err := stop("dates"); err != nil {
		return Record{}, err
	}
	tx := a.timexes.Tag(seg, d.Published, spansOf(qs))
	rec.Timexes = tx.Timexes
	rec.Quantities = a.quantities.Find(seg, timexSpans(tx.Timexes))
	rec.Entities, rec.Quotes = buildEntitiesAndQuotes(d.Text, er, qs, tx.QuoteAnchors)
	if err := stop("claims"); err != nil {
		return Record{}, err
	}
	rec.Claims = a.claims.FromQuotes(claimInputs(seg, er, qs, rec.Quotes, rec.Quantities))
	var complete bool
	rec.Contradictions, complete = a.claims.FindContradictions(rec.Claims)
	if !complete {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("compared %d pairs of claims and stopped: this text's contradictions may be incomplete", claim.MaxPairs))
	}
	if err := stop("signals"); err != nil {
		return Record{}, err
	}
	rec.Signals = a.signals.Detect(signal.Input{Seg: seg, InQuote: inQuote, Quotes: signalQuotes(qs, er), Title: d.Title,
		Opposed: append(opposedSpeakers(rec.Claims, rec.Contradictions), contrastedSpeakers(seg, qs, er)...)})
	ensureSlices(&rec)
	return rec, nil
}

// notProseWarning says which paragraphs were not read, and why.
func notProseWarning(spans []prose.Span) string {
	bytes := 0
	why := map[prose.Reason]int{}
	for _, s := range spans {
		bytes += s.End - s.Start
		why[s.Reason]++
	}
	var parts []string
	for _, r := range []prose.Reason{prose.LongStrings, prose.NoGrammar} {
		if why[r] > 0 {
			parts = append(parts, fmt.Sprintf("%s: %d", r, why[r]))
		}
	}
	return fmt.Sprintf("not read as prose: %d paragraphs, %d bytes (%s), the first at bytes %d-%d",
		len(spans), bytes, strings.Join(parts, ", "), spans[0].Start, spans[0].End)
}

// docName names a document in an error: its id, else its size.
func docName(d document.Document) string {
	if d.ID != "" {
		return d.ID
	}
	return fmt.Sprintf("a %d-byte text", len(d.Text))
}

func timexSpans(ts []timex.Timex) []quantity.Span {
	out := make([]quantity.Span, len(ts))
	for i, t := range ts {
		out[i] = quantity.Span{Start: t.Start, End: t.End}
	}
	return out
}

func spansOf(qs []quote.Quote) []timex.QuoteSpan {
	out := make([]timex.QuoteSpan, len(qs))
	for i, q := range qs {
		out[i] = timex.QuoteSpan{Start: q.Span.Start, End: q.Span.End, SentFrom: q.SentFrom, SentTo: q.SentTo, Kind: string(q.Kind), Speaker: q.Speaker}
	}
	return out
}

func span(text string, s, e int) Span { return Span{Start: s, End: e, Text: text[s:e]} }

// buildEntitiesAndQuotes numbers the entities that are mentioned (e1, e2 ...
// in order of first mention) and the quotes (q1 ...), and links them.
func buildEntitiesAndQuotes(text string, er *entity.Result, qs []quote.Quote, anchors []string) ([]Entity, []Quote) {
	type first struct{ e, start int }
	var order []first
	for e, ent := range er.Entities {
		if len(ent.Mentions) == 0 {
			continue
		}
		s := 1 << 62
		for _, k := range ent.Mentions {
			s = min(s, er.Mentions[k].Start)
		}
		order = append(order, first{e, s})
	}
	sort.Slice(order, func(i, j int) bool { return order[i].start < order[j].start })
	ids := make(map[int]string, len(order))
	ents := make([]Entity, 0, len(order))
	for _, o := range order {
		ent := er.Entities[o.e]
		id := fmt.Sprintf("e%d", len(ents)+1)
		ids[o.e] = id
		ms := make([]Span, 0, len(ent.Mentions))
		seen := map[[2]int]bool{}
		for _, k := range ent.Mentions {
			m := er.Mentions[k]
			if seen[[2]int{m.Start, m.End}] {
				continue
			}
			seen[[2]int{m.Start, m.End}] = true
			ms = append(ms, span(text, m.Start, m.End))
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		ents = append(ents, Entity{ID: id, Name: ent.Name, Type: string(ent.Type), Role: ent.Role, Country: ent.Country, Mentions: ms})
	}
	quotes := make([]Quote, 0, len(qs))
	for i, q := range qs {
		rq := Quote{ID: fmt.Sprintf("q%d", i+1), Kind: string(q.Kind), Start: q.Span.Start, End: q.Span.End,
			Text: text[q.Span.Start:q.Span.End], Confidence: q.Confidence}
		if q.Speaker >= 0 {
			rq.Speaker = ids[q.Speaker]
		}
		if q.SpeakerSrc.End > q.SpeakerSrc.Start {
			s := span(text, q.SpeakerSrc.Start, q.SpeakerSrc.End)
			rq.SpeakerMention = &s
		}
		if q.Cue.End > q.Cue.Start {
			rq.Cue = &Cue{Span: span(text, q.Cue.Start, q.Cue.End), Lemma: q.CueLemma, Class: q.CueClass}
		}
		for _, f := range q.Fragments {
			rq.Fragments = append(rq.Fragments, span(text, f.Start, f.End))
		}
		if len(rq.Fragments) > 1 {
			// A quotation split around its attribution is only its own
			// words: the pieces, joined by an ellipsis, never the
			// reporter's "she said" between them.
			parts := make([]string, len(rq.Fragments))
			for k, f := range rq.Fragments {
				parts[k] = f.Text
			}
			rq.Text = strings.Join(parts, FragmentJoin)
		}
		if i < len(anchors) {
			rq.Anchor = anchors[i]
		}
		rq.Source = Source{Kind: NoSource}
		switch {
		case rq.Speaker != "":
			rq.Source.Kind = NamedSource
		case q.Unnamed:
			desc := q.SpeakerSrc
			if q.Described.End > q.Described.Start {
				desc = q.Described
			}
			rq.Source = Source{Kind: UnnamedSource, Description: text[desc.Start:desc.End], Role: q.Role}
			if q.Body > 0 {
				rq.Source.Body = ids[q.Body-1]
			}
		}
		rq.Why = why(q, rq, ents)
		quotes = append(quotes, rq)
	}
	return ents, quotes
}

func ensureSlices(r *Record) {
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	if r.Quotes == nil {
		r.Quotes = []Quote{}
	}
	if r.Timexes == nil {
		r.Timexes = []timex.Timex{}
	}
	if r.Quantities == nil {
		r.Quantities = []quantity.Quantity{}
	}
	if r.Claims == nil {
		r.Claims = []claim.Claim{}
	}
	if r.Contradictions == nil {
		r.Contradictions = []claim.Contradiction{}
	}
	if r.Signals == nil {
		r.Signals = []signal.Signal{}
	}
}

// GCPercent is the GOGC setting for processes that analyze in bulk: each
// analysis makes short-lived garbage against a small live heap, and at the
// default of 100 the collector takes about a quarter of the CPU.
const GCPercent = 400

// MemoryLimit is the soft heap ceiling for bulk processes: with it the
// relaxed GCPercent only costs memory that is there to spare.
const MemoryLimit = 180 << 20

// why says which rule credited a quote to its source and on what evidence.
func why(q quote.Quote, rq Quote, ents []Entity) string {
	rule := string(q.Rule)
	if rule == "" {
		rule = "no attribution"
	}
	via := ""
	if m := rq.SpeakerMention; m != nil {
		via = fmt.Sprintf(" %q", m.Text)
	}
	to := "no one"
	switch {
	case rq.Speaker != "":
		for _, e := range ents {
			if e.ID == rq.Speaker {
				to = e.Name + " (" + e.Type + ")"
			}
		}
	case rq.Source.Kind == UnnamedSource:
		to = fmt.Sprintf("unnamed source %q", rq.Source.Description)
		if rq.Source.Body != "" {
			for _, e := range ents {
				if e.ID == rq.Source.Body {
					to += " for " + e.Name
				}
			}
		}
	}
	return rule + ":" + via + " -> " + to
}
