package quantity

import (
	"embed"
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Quantity is one number of the analysis record.
type Quantity struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
	About     string  `json:"about"`
}

// Finder finds quantities; safe for concurrent use.
type Finder struct {
	qualifiers  lexicon.PhraseSet
	multipliers map[string]float64
	currencies  map[string]string
	numbers     map[string]float64
}

// NewFinder loads the embedded number words and units.
func NewFinder() *Finder {
	f := &Finder{qualifiers: lexicon.Phrases(lexiconFS, "lexicon/qualifiers.txt"), multipliers: map[string]float64{}, currencies: map[string]string{},
		numbers: map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
			"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
			"half": 0.5, "third": 1.0 / 3, "quarter": 0.25}}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/multipliers.txt") {
		v, _ := strconv.ParseFloat(e.Field(1), 64)
		f.multipliers[e.Field(0)] = v
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/currencies.txt") {
		f.currencies[e.Field(0)] = e.Field(1)
	}
	return f
}

// Span is a byte range that quantities must not overlap (dates found already).
type Span struct{ Start, End int }

// Find returns the quantities of a segmented document, skipping the byte
// ranges in skip (temporal expressions such as years).
func (f *Finder) Find(seg *segment.Segmentation, skip []Span) []Quantity {
	var out []Quantity
	toks := seg.Tokens
	skipped := skippedTokens(toks, skip)
	for _, sp := range seg.Sentences {
		for i := sp.From; i < sp.To; i++ {
			t := &toks[i]
			v, ok := f.value(t)
			if !ok || skipped[i] {
				continue
			}
			from, to := i, i+1
			unit := ""
			if i > sp.From {
				if c, ok := f.currencies[toks[i-1].Lower]; ok && toks[i-1].Kind == segment.Punct {
					from, unit = i-1, c
				}
			}
			if to < sp.To {
				if m, ok := f.multipliers[toks[to].Lower]; ok {
					v *= m
					to++
				}
			}
			// "%", "percent", Reuters' "pct" and "per cent"; "per" alone is a
			// rate ("10 per share").
			perCent := to+1 < sp.To && toks[to].Lower == "per" && toks[to+1].Lower == "cent"
			if to < sp.To && (toks[to].Text == "%" || toks[to].Lower == "percent" || toks[to].Lower == "pct" || perCent) {
				unit = "percent"
				to++
				if perCent {
					to++
				}
			}
			if unit == "" && to < sp.To {
				if c, ok := f.currencies[toks[to].Lower]; ok {
					unit = c
					to++
				} else if toks[to].Kind == segment.Word && (!toks[to].Cap() || groupPlural(toks[to].Text)) && isNoun(toks[to].Lower) {
					unit = toks[to].Lower
					to++
				}
			}
			share := ""
			if frac, ok := fractions[t.Lower]; ok && unit == "" && to+2 < sp.To && toks[to].Lower == "of" &&
				(toks[to+1].Lower == "a" || toks[to+1].Lower == "an") && f.multipliers[toks[to+2].Lower] > 0 {
				// "a quarter of a million students": a number, not a share.
				v, to = frac*f.multipliers[toks[to+2].Lower], to+3
				if i > sp.From && toks[i-1].Lower == "a" {
					from = i - 1
				}
				if to < sp.To && toks[to].Kind == segment.Word && !toks[to].Cap() && isNoun(toks[to].Lower) {
					unit = toks[to].Lower
					to++
				}
			} else if frac, ok := fractions[t.Lower]; ok && unit == "" && to < sp.To && toks[to].Lower == "of" {
				// "a third of voters": a share, as a percentage of what follows.
				v, unit, share = 100*frac, "percent", ofWhat(toks, to+1, sp.To)
				if i > sp.From && (toks[i-1].Lower == "a" || toks[i-1].Lower == "one") {
					from = i - 1
				}
			}
			if t.Kind == segment.Word && !glued(t) && (unit == "" || v == 1) {
				continue // "one" alone, or "one man", is seldom a count worth keeping
			}
			elided := ""
			if strings.HasSuffix(unit, "ed") && len(out) > 0 && out[len(out)-1].Start >= toks[sp.From].Start {
				// "82 people were killed and 1,700 injured": the unit carries over.
				elided, unit = unit, out[len(out)-1].Unit
			}
			q := Quantity{Start: toks[from].Start, End: toks[to-1].End, Value: v, Unit: unit}
			q.Qualifier = f.qualifier(toks, sp.From, from)
			q.About = about(toks, sp.From, from, to, sp.To, unit)
			if unit == "percent" && share == "" && to+1 < sp.To && toks[to].Lower == "of" {
				share = ofWhat(toks, to+1, sp.To) // "10% of its workforce"
			}
			if share != "" {
				q.About = share
			}
			if elided != "" {
				q.About = elided
			}
			q.Text = seg.Text[q.Start:q.End]
			out = append(out, q)
			i = to - 1
		}
	}
	return out
}

func (f *Finder) value(t *segment.Token) (float64, bool) {
	if t.Kind == segment.Number {
		v, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		return v, err == nil
	}
	if v, ok := f.numbers[t.Lower]; ok {
		return v, true
	}
	// "9.9m", "5bn", "300k": a figure with its scale glued on.
	if t.Lower == "" || t.Lower[0] < '0' || t.Lower[0] > '9' {
		return 0, false
	}
	digits := strings.TrimRightFunc(t.Lower, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if digits == "" || digits == t.Lower || digits[0] < '0' || digits[0] > '9' {
		return 0, false
	}
	m, ok := f.multipliers[t.Lower[len(digits):]]
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
	return v * m, err == nil
}

func (f *Finder) qualifier(toks []segment.Token, limit, from int) string {
	for n := 3; n >= 1; n-- {
		k := from - n
		if k < limit {
			continue
		}
		words := make([]string, 0, n)
		for j := k; j < from; j++ {
			words = append(words, toks[j].Lower)
		}
		if p, ok := f.qualifiers.Match(words, 0); ok && len(p.Words) == n {
			return p.Extra[0]
		}
	}
	return ""
}

// skippedTokens marks the tokens that overlap a skipped span (a timex),
// each span found by binary search: one pass, however many spans.
func skippedTokens(toks []segment.Token, skip []Span) []bool {
	out := make([]bool, len(toks))
	for _, s := range skip {
		k, _ := slices.BinarySearchFunc(toks, s.Start, func(t segment.Token, at int) int { return t.End - at - 1 })
		// k: the first token whose End > s.Start.
		for ; k < len(toks) && toks[k].Start < s.End; k++ {
			out[k] = true
		}
	}
	return out
}

// isNoun is a cheap guess: a lower-case word that is not a function word.
func isNoun(w string) bool {
	switch w {
	case "of", "and", "or", "to", "in", "on", "at", "for", "by", "per", "the", "a", "an", "is", "was", "were", "are", "be", "that", "which", "who", "as", "with", "from", "than":
		return false
	}
	return true
}

var fractions = map[string]float64{"half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}

// groupPlural is a capitalized plural that counts people: "12 Republicans",
// "300 Americans".
func groupPlural(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && strings.ToUpper(w) != w
}

// glued reports a figure written with its scale ("9.9m").
func glued(t *segment.Token) bool {
	return t.Kind == segment.Word && t.Lower != "" && t.Lower[0] >= '0' && t.Lower[0] <= '9'
}

// ofWhat is the noun a share is of: "a third of (the) voters".
func ofWhat(toks []segment.Token, j, end int) string {
	for k := j; k < end && k < j+3; k++ {
		w := toks[k].Lower
		if w == "the" || w == "its" || w == "their" || w == "all" {
			continue
		}
		if toks[k].Kind == segment.Word && isNoun(w) {
			return w
		}
		break
	}
	return ""
}

// about finds what a count counts: the verb it is the subject of ("137 people
// were killed"), else the verb it is the object of ("sent 2,500 troops",
// "paid $3.2 billion"), else its unit.
func about(toks []segment.Token, limit, from, j, end int, unit string) string {
	for k := j; k < end && k < j+5; k++ {
		w := toks[k].Lower
		if (w == "were" || w == "was" || w == "have" || w == "had" || w == "are") && k+1 < end {
			n := toks[k+1].Lower
			if n == "been" && k+2 < end {
				n = toks[k+2].Lower
			}
			if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") {
				return n
			}
		}
		if w == "," || w == "." {
			break
		}
	}
	// "the death toll rose to 68", "a toll of 12": a toll, whatever verb.
	for k := from - 1; k >= limit && k >= from-5; k-- {
		if toks[k].Lower == "toll" {
			return "toll"
		}
		if toks[k].Kind == segment.Punct {
			break
		}
	}
	// The verb before the figure, past a qualifier or preposition:
	// "killed at least 12", "rose to 5.4%".
	for k := from - 1; k >= limit && k >= from-4; k-- {
		w := toks[k].Lower
		if toks[k].Kind != segment.Word || toks[k].Cap() {
			break
		}
		if pastVerb(w) {
			return w
		}
		if p := k - 1; p >= limit && (modals[toks[p].Lower] || toks[p].Lower == "to") && !determiner[w] && !preposition[w] {
			return w // "will spend $4.5 billion", "plans to hire 300"
		}
	}
	return unit
}

var modals = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "must": true, "should": true, "shall": true}

var determiner = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "some": true, "all": true}

var preposition = map[string]bool{"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "with": true, "about": true, "than": true, "over": true, "under": true}

// pastVerb guesses a past-tense verb: -ed, or a common irregular one.
func pastVerb(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "rose", "fell", "paid", "sent", "sold", "bought", "spent", "lost", "won", "cut", "hit", "took", "made", "left", "grew", "saw", "put", "raised", "killed":
		return true
	}
	return false
}
