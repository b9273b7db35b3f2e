package store

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/fetch"
)

// ErrNotFound is returned when a named speaker or document does not exist.
var ErrNotFound = errors.New("not found")

// ErrBadFilter is returned for a list filter or sort the store cannot apply.
var ErrBadFilter = errors.New("bad filter")

// Store is a corpus of analyzed documents.
type Store interface {
	// Put stores analyzed documents in one transaction. A document whose id
	// is already stored is skipped; Put reports how many were new.
	Put(ctx context.Context, recs []analysis.Record, sources []string) (int, error)
	// Has reports whether a document id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Replace swaps the stored analysis of existing documents for new
	// records, atomically (reanalysis after the analyzer changes).
	Replace(ctx context.Context, recs []analysis.Record) error
	// Relink recomputes every cross-document contradiction in an order that
	// depends only on what is stored, and reports how many contradictions
	// the store holds.
	Relink(ctx context.Context) (int, error)
	// ResolveSpeakers joins speakers across the corpus again, from the name
	// keys stored with each quote (what Relink does first), and recounts
	// their stats, without recomputing contradictions.
	ResolveSpeakers(ctx context.Context) error
	// EachDocument calls fn for every stored document, in storage order.
	EachDocument(ctx context.Context, fn func(d DocumentRow) error) error

	Speakers(ctx context.Context, limit int) ([]SpeakerRow, error)
	// SpeakerList, Articles, Outlets, Topics, ContradictionList and
	// SearchList are the browsable lists: filtered, sorted and paged in
	// the store, each with its total.
	SpeakerList(ctx context.Context, f SpeakerFilter) (Page[SpeakerRow], error)
	// SimilarSpeakers suggests speakers for a name that found no one.
	SimilarSpeakers(ctx context.Context, name string, n int) ([]SpeakerRow, error)
	Articles(ctx context.Context, f ArticleFilter) (Page[ArticleRow], error)
	QuoteList(ctx context.Context, f QuoteFilter, win Window) (Page[QuoteRow], error)
	Outlets(ctx context.Context, f OutletFilter) (Page[OutletRow], error)
	// Outlet tells how one outlet reports; ErrNotFound if it has no article.
	Outlet(ctx context.Context, name string) (*OutletDetail, error)
	Topics(ctx context.Context, f TopicFilter) (Page[TopicRow], error)
	ContradictionList(ctx context.Context, f ContradictionFilter) (Page[ContradictionRow], error)
	SearchList(ctx context.Context, f SearchFilter) (Page[SearchHit], error)
	// QuoteMonths and TopicMonths count per month over everything a
	// filter selects: what charts are drawn from.
	QuoteMonths(ctx context.Context, f QuoteFilter) (Months, error)
	TopicMonths(ctx context.Context, topic string) (Months, error)
	Speaker(ctx context.Context, name string) (*SpeakerDetail, error)
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRow, error)
	Contradictions(ctx context.Context, topic string, limit int) ([]ContradictionRow, error)
	// ContradictionPairs lists every stored contradiction as its two quotes
	// (document id and offsets), for scoring against judged pairs.
	ContradictionPairs(ctx context.Context) ([]ContradictionPair, error)
	// Reprints lists the other articles that are one report with a
	// document: wire copies, reprints, light edits (package story).
	Reprints(ctx context.Context, id string) ([]Article, error)
	// QuoteStatements names the statements of the quotes at a place:
	// judged pairs are found again in the reprints of their articles.
	QuoteStatements(ctx context.Context, q QuoteAt) ([]string, error)
	// TopicClaims lists the claims on a topic, newest first, for and against.
	TopicClaims(ctx context.Context, topic string, limit int) ([]TopicClaim, error)
	Drift(ctx context.Context, limit int) ([]DriftRow, error)
	DriftList(ctx context.Context, w Window) (Page[DriftRow], error)
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)
	// CheckCandidates are the quotes that may bear on a claim (claim check).
	CheckCandidates(ctx context.Context, q CheckQuery) ([]CheckCandidate, error)
	Stats(ctx context.Context) (Stats, error)
	// Sourcing counts quotes credited to named speakers, unnamed sources
	// and no one, in all (first row) and per outlet.
	Sourcing(ctx context.Context) ([]OutletSourcing, error)
	// Framing counts reports per outlet and reporting verb, for one
	// speaker or for all.
	Framing(ctx context.Context, speaker string) ([]CueCount, error)
	// UnnamedSources lists unnamed sources by description, most quoted first.
	UnnamedSources(ctx context.Context, limit int) ([]UnnamedRow, error)
	// Document returns one stored analysis record, whole; ErrNotFound if absent.
	Document(ctx context.Context, id string) (*analysis.Record, error)
	// Export calls fn with every stored analysis record.
	Export(ctx context.Context, fn func(rec []byte) error) error
	// Fetched returns the last fetch of a URL; PutFetches records
	// fetches; DocumentFetch is the fetch a stored document came from.
	Fetched(ctx context.Context, url string) (fetch.Record, bool, error)
	PutFetches(ctx context.Context, recs []fetch.Record) error
	DocumentFetch(ctx context.Context, id string) (fetch.Record, bool, error)
	Close() error
}

// DocumentRow is a stored document's metadata and text.
type DocumentRow struct {
	ID, URL, Title, Outlet, Published, Language, Text, Source, Analyzer string
}

// SpeakerRow summarizes one speaker across the corpus.
type SpeakerRow struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Quotes    int    `json:"quotes"`
	Documents int    `json:"documents"`
	First     string `json:"first"`
	Last      string `json:"last"`
}

// RoleSpan is a role a speaker was given, with when it was seen.
type RoleSpan struct {
	Role  string `json:"role"`
	First string `json:"first"`
	Last  string `json:"last"`
	Count int    `json:"count"`
}

// SpeakerDetail is everything known of one speaker.
type SpeakerDetail struct {
	SpeakerRow
	Roles []RoleSpan `json:"roles"`
	// Names are the names the articles give the speaker ("Reagan",
	// "Ronald Reagan", "President Reagan" aside), with how many quotes each.
	Names          []TopicCount       `json:"names"`
	Topics         []TopicCount       `json:"topics"`
	Outlets        []TopicCount       `json:"outlets"`
	Recent         []QuoteRow         `json:"recent_quotes"`
	Contradictions []ContradictionRow `json:"contradictions"`
}

// TopicCount is a key with how often it occurs.
type TopicCount struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
	// Label is a claim's words as said, for a topic key made of stems.
	Label string `json:"label,omitempty"`
}

// QuoteFilter narrows a quote query; empty fields do not filter.
type QuoteFilter struct {
	Speaker, Topic, Outlet string
	Since, Until           string // YYYY-MM-DD, inclusive
	Limit                  int
}

// QuoteRow is one stored quote with its document's context.
type QuoteRow struct {
	DocID     string `json:"doc_id"`
	QuoteID   string `json:"quote_id"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	Cue       string `json:"cue"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	URL       string `json:"url"`
}

// ContradictionRow is a pair of claims by different speakers that cannot both hold.
type ContradictionRow struct {
	Topic string `json:"topic"`
	// Label is the topic in the words the two quotes use, for people
	// (Topic is a key of stems).
	Label      string    `json:"label"`
	Why        string    `json:"why"`
	Rule       string    `json:"rule"`
	Confidence float64   `json:"confidence"`
	A          ClaimSide `json:"a"`
	B          ClaimSide `json:"b"`
	// Reports is how many pairs of articles set these two
	// statements (one source's words) against each other: reprints of one
	// story repeat the pair. AlsoA and AlsoB are the other articles that
	// report each side in those pairs.
	Reports int       `json:"reports"`
	AlsoA   []Article `json:"also_a,omitempty"`
	AlsoB   []Article `json:"also_b,omitempty"`
	// reported holds the article pairs counted in Reports.
	reported map[[2]string]bool
}

// reportsPerPair is how many stored pairs a listing reads for each
// contradiction it shows, so that reprints of one pair do not crowd out
// the others.
const reportsPerPair = 4

// addReports counts another stored pair of the same two statements,
// listing its articles under the side whose words they report.
func (r *ContradictionRow) addReports(o ContradictionRow) {
	if o.A.Quote != r.A.Quote || o.A.Speaker != r.A.Speaker {
		o.A, o.B = o.B, o.A
	}
	if r.reported == nil {
		r.reported = map[[2]string]bool{{r.A.DocID, r.B.DocID}: true}
	}
	if k := [2]string{o.A.DocID, o.B.DocID}; !r.reported[k] {
		r.reported[k] = true
		r.Reports++
	}
	add := func(list []Article, a, own Article) []Article {
		if a.DocID == own.DocID || slices.ContainsFunc(list, func(x Article) bool { return x.DocID == a.DocID }) {
			return list
		}
		return append(list, a)
	}
	r.AlsoA = add(r.AlsoA, o.A.Article, r.A.Article)
	r.AlsoB = add(r.AlsoB, o.B.Article, r.B.Article)
}

// ContradictionPair is a stored contradiction by where its quotes are.
type ContradictionPair struct {
	A, B       QuoteAt
	Rule       string
	Confidence float64
}

// QuoteAt locates a quote: its document and byte offsets.
type QuoteAt struct {
	Doc        string
	Start, End int
	// Statement names the words and their source (quotes.statement): the
	// same in every reprint; "" when unknown.
	Statement string
}

// StatementPair is the pair's two statements, the smaller first, or ""
// when either is unknown: reprints of one pair share it.
func (p ContradictionPair) StatementPair() string {
	a, b := p.A.Statement, p.B.Statement
	if a == "" || b == "" {
		return ""
	}
	return min(a, b) + " " + max(a, b)
}

// Key is the pair's judging key: both quotes as DOC:START-END, the smaller
// first, joined by " | " (the key tools/judge/sample_contradictions.py writes).
func (p ContradictionPair) Key() string {
	a, b := p.A.String(), p.B.String()
	if b < a {
		a, b = b, a
	}
	return a + " | " + b
}

func (q QuoteAt) String() string { return fmt.Sprintf("%s:%d-%d", q.Doc, q.Start, q.End) }

// ClaimSide is one side of a contradiction: who said what, in which
// sentence of which article.
type ClaimSide struct {
	Speaker  string `json:"speaker"`
	Polarity string `json:"polarity"`
	Quote    string `json:"quote"`
	// Sentence is the whole sentence (or sentences) the quote stands in.
	Sentence string `json:"sentence"`
	Article
}

// Article is the document a quote or a figure comes from.
type Article struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// DriftRow is one count that the articles of one story give with
// different figures: the noun counted, what happened to them, the place or
// body, and each article's figure with its sentence and source.
type DriftRow struct {
	Key   string `json:"key"`
	Noun  string `json:"noun"`
	Event string `json:"event"`
	Place string `json:"place"`
	// Low and High are the smallest and largest figure; Spread is
	// (High-Low)/High, what the list is sorted by.
	Low     float64       `json:"low"`
	High    float64       `json:"high"`
	Spread  float64       `json:"spread"`
	Reports []DriftReport `json:"reports"`
}

// Label says what is counted, in words: "people (death), mosul".
func (r DriftRow) Label() string {
	s := r.Noun
	if r.Event != "" {
		s += " (" + r.Event + ")"
	}
	return s + ", " + r.Place
}

// DriftReport is one figure given for a count, by whom and where.
type DriftReport struct {
	Value     float64 `json:"value"`
	Qualifier string  `json:"qualifier"`
	Text      string  `json:"text"`
	// Speaker gives the figure: the speaker of the quote it stands in, ""
	// when the article's writer gives it.
	Speaker  string `json:"speaker"`
	Sentence string `json:"sentence"`
	// Start and End are the figure's byte offsets in its article's text.
	Start int `json:"start"`
	End   int `json:"end"`
	Article
	// Reprints are the other articles that give the figure in the same
	// sentence, word for word (wire copies, reposts): one report, several
	// places.
	Reprints []Article `json:"reprints,omitempty"`
}

// SearchHit is one document matching a full-text query.
type SearchHit struct {
	DocID     string `json:"doc_id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Snippet   string `json:"snippet"`
}

// Stats counts what the corpus holds.
type Stats struct {
	Documents      int    `json:"documents"`
	Quotes         int    `json:"quotes"`
	Speakers       int    `json:"speakers"`
	Claims         int    `json:"claims"`
	Contradictions int    `json:"contradictions"`
	Quantities     int    `json:"quantities"`
	FirstPublished string `json:"first_published"`
	LastPublished  string `json:"last_published"`
	Bytes          int64  `json:"bytes"`
}

// TopicClaim is one claim on a topic, with who made it, where and when.
type TopicClaim struct {
	Speaker   string `json:"speaker"`
	Polarity  string `json:"polarity"`
	Hedged    bool   `json:"hedged"`
	Topic     string `json:"topic"`
	Quote     string `json:"quote"`
	DocID     string `json:"doc_id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}
