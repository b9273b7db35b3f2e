package check

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/stance"
	"github.com/claimgraph/claimgraph/internal/store"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Source is where candidates come from: the store.
type Source interface {
	CheckCandidates(ctx context.Context, q store.CheckQuery) ([]store.CheckCandidate, error)
}

// Options narrow a check.
type Options struct {
	store.QuoteFilter // speaker, outlet, since, until; Limit caps the matches shown
	// Documents is how many best-matching documents are read (default 200).
	Documents int
}

// Match is one statement bearing on the claim.
type Match struct {
	Speaker   string  `json:"speaker"`
	Stance    string  `json:"stance"`
	Quote     string  `json:"quote"`
	Cue       string  `json:"cue,omitempty"`
	DocID     string  `json:"doc_id"`
	QuoteID   string  `json:"quote_id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Score     float64 `json:"score"`
	// Why names the rule that set the stance ("opposite polarity").
	Why string `json:"why"`
	// Reports counts the articles that carry this same statement (reprints
	// and rewrites); the fields above are from the best-ranked one.
	Reports int `json:"reports"`
}

// Tally is one speaker's or outlet's matches on one side.
type Tally struct {
	Name   string `json:"name"`
	Count  int    `json:"count"`
	First  string `json:"first,omitempty"`
	Latest string `json:"latest,omitempty"`
}

// Side is everything on one stance.
type Side struct {
	Stance   string  `json:"stance"`
	Count    int     `json:"count"`
	First    string  `json:"first,omitempty"`
	Latest   string  `json:"latest,omitempty"`
	Speakers []Tally `json:"speakers"`
	Outlets  []Tally `json:"outlets"`
}

// Result is the answer to one claim.
type Result struct {
	Claim   string  `json:"claim"`
	Matches []Match `json:"matches"`
	Sides   []Side  `json:"sides"`
	// Note says what a reader should know: the claim was cut, or nothing
	// stored bears on it.
	Note string `json:"note,omitempty"`
}

// Checker judges candidates against a claim; it is read-only after New and
// safe for concurrent use.
type Checker struct {
	scorer *stance.Scorer
	denial map[string]bool
}

// New is a Checker with the embedded stance model.
func New() (*Checker, error) {
	s, err := stance.New()
	if err != nil {
		return nil, err
	}
	return &Checker{scorer: s, denial: lexicon.Set(lexiconFS, "lexicon/denial_cues.txt")}, nil
}

// Limits on the claim: a claim is a sentence, not an article.
const (
	maxClaimBytes = 1000
	maxClaimWords = 32
)

// minCover is the share of the claim's content stems a statement must
// have to be about the claim at all.
const minCover = 0.34

// ErrEmptyClaim is returned for a claim with no words to look for.
var ErrEmptyClaim = errors.New("the claim has no words to look for: write it as a sentence, e.g. \"ISIS is no longer a threat in Iraq\"")

// Check finds the statements in src that bear on claim.
func (c *Checker) Check(ctx context.Context, src Source, claim string, opt Options) (*Result, error) {
	claim = strings.TrimSpace(strings.ToValidUTF8(claim, "\uFFFD"))
	res := &Result{Claim: claim, Matches: []Match{}, Sides: []Side{}}
	if len(claim) > maxClaimBytes {
		cut := maxClaimBytes
		for cut > 0 && !utf8.RuneStart(claim[cut]) {
			cut--
		}
		claim = claim[:cut]
		res.Note = fmt.Sprintf("the claim was cut to its first %d bytes: a claim is one sentence", cut)
	}
	words := c.scorer.ContentWords(claim)
	if len(words) == 0 {
		return nil, ErrEmptyClaim
	}
	if len(words) > maxClaimWords {
		words = words[:maxClaimWords]
	}
	cands, err := src.CheckCandidates(ctx, store.CheckQuery{Words: words, QuoteFilter: store.QuoteFilter{
		Speaker: opt.Speaker, Outlet: opt.Outlet, Since: opt.Since, Until: opt.Until}, Documents: cmp.Or(opt.Documents, 200)})
	if err != nil {
		return nil, err
	}
	ct := c.scorer.Read(claim)
	texts := make([]string, len(cands))
	for i, cand := range cands {
		// The sentence around the quote, with its frame ("did not say
		// that", "denied that"); the quote alone when it has none.
		texts[i] = cmp.Or(cand.Sentence, cand.Text)
	}
	read := c.scorer.ReadAll(texts)
	byStatement := map[string]int{}
	for i, cand := range cands {
		r := c.scorer.StatementBy(ct, read[i], cand.Speaker)
		if r.Label == stance.Unrelated || r.ClauseCover < minCover {
			continue
		}
		label := r.Label
		why := r.Why
		if cue := strings.ToLower(cand.Cue); c.denial[cue] && !strings.Contains(strings.ToLower(texts[i]), cue) {
			// A denial the text read does not show: the quote alone.
			label, why = flip(label), why+", under a denying cue ("+cue+")"
		}
		m := Match{Speaker: cand.Speaker, Stance: label.Check(), Quote: cand.Text, Cue: cand.Cue, DocID: cand.DocID, QuoteID: cand.QuoteID,
			Title: cand.Title, Outlet: cand.Outlet, Published: cand.Published, URL: cand.URL, Reports: 1,
			Why: why, Score: score(r)}
		key := strings.ToLower(cand.Speaker) + "\x00" + strings.Join(strings.Fields(strings.ToLower(cand.Text)), " ")
		if i, ok := byStatement[key]; ok {
			res.Matches[i].Reports++
			if m.Score > res.Matches[i].Score {
				m.Reports = res.Matches[i].Reports
				res.Matches[i] = m
			}
			continue
		}
		byStatement[key] = len(res.Matches)
		res.Matches = append(res.Matches, m)
	}
	slices.SortStableFunc(res.Matches, func(a, b Match) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Published, a.Published), cmp.Compare(a.DocID, b.DocID), cmp.Compare(a.Quote, b.Quote))
	})
	res.Sides = sides(res.Matches)
	if opt.Limit > 0 && len(res.Matches) > opt.Limit {
		res.Matches = res.Matches[:opt.Limit]
	}
	if len(res.Matches) == 0 && res.Note == "" {
		res.Note = "no stored statement bears on this claim"
	}
	return res, nil
}

// score ranks a match: how much of the claim the statement and its best
// clause carry, a statement that takes a side before one that only
// discusses.
func score(r stance.StatementResult) float64 {
	v := float64(r.ClauseCover+r.Cover) / 2
	if r.Label == stance.Discuss {
		v *= 0.8
	}
	return v
}

// flip turns a stance toward the quoted words into the stance of a speaker
// who denies them.
func flip(l stance.Label) stance.Label {
	switch l {
	case stance.Agree:
		return stance.Disagree
	case stance.Disagree:
		return stance.Agree
	}
	return l
}

// sides groups matches by stance (supports, contradicts, discusses), each
// with its speakers and outlets, most matches first.
func sides(ms []Match) []Side {
	out := []Side{}
	for _, st := range []string{"supports", "contradicts", "discusses"} {
		side := Side{Stance: st}
		speakers, outlets := map[string]*Tally{}, map[string]*Tally{}
		for _, m := range ms {
			if m.Stance != st {
				continue
			}
			side.Count++
			side.First, side.Latest = span(side.First, side.Latest, m.Published)
			for _, t := range []struct {
				in   map[string]*Tally
				name string
			}{{speakers, m.Speaker}, {outlets, m.Outlet}} {
				if t.name == "" {
					continue
				}
				x := t.in[t.name]
				if x == nil {
					x = &Tally{Name: t.name}
					t.in[t.name] = x
				}
				x.Count++
				x.First, x.Latest = span(x.First, x.Latest, m.Published)
			}
		}
		if side.Count == 0 {
			continue
		}
		side.Speakers, side.Outlets = tallies(speakers), tallies(outlets)
		out = append(out, side)
	}
	return out
}

func span(first, latest, date string) (string, string) {
	if date == "" {
		return first, latest
	}
	if first == "" || date < first {
		first = date
	}
	if date > latest {
		latest = date
	}
	return first, latest
}

func tallies(in map[string]*Tally) []Tally {
	out := make([]Tally, 0, len(in))
	for _, t := range in {
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b Tally) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name)) })
	return out
}
