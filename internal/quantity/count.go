package quantity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// Count is what a figure counts, when it counts people or things: the noun
// as written ("doctors", "people") and what happened to them, as a class
// ("death" for killed, dead, executed) or else the verb as written ("hired").
// Two reports give the same count when noun and event agree.
type Count struct {
	Noun  string
	Event string
}

// Counter tells counts from amounts; safe for concurrent use.
type Counter struct {
	events map[string]string
	// nouns maps each noun of counted things, singular or irregular
	// plural, to its singular.
	nouns map[string]string
}

// NewCounter loads the embedded event classes and nouns of counted things.
func NewCounter() *Counter {
	c := &Counter{events: map[string]string{}, nouns: map[string]string{}}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/count_events.txt") {
		c.events[e.Field(0)] = e.Field(1)
	}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/count_nouns.txt") {
		lemma := e.Field(0)
		if e.Field(1) != "" {
			lemma = e.Field(1)
		}
		c.nouns[e.Field(0)] = lemma
	}
	return c
}

// IsEvent reports whether a word (lower case) names a counted event:
// "killed", "dead", "arrested", "toll".
func (c *Counter) IsEvent(word string) bool {
	_, ok := c.events[word]
	return ok
}

// eventReach is how many words from a figure an event word may stand and
// still tell what happened to what it counts: "six people were killed",
// "killed at least 67 people".
const eventReach = 4

// EventNear is the class of the event word nearest a figure in its clause,
// given the clause's text before and after the figure: words after it first
// ("six people killed", "43 students remain missing"), then before it
// ("killed eight people"); "" when none is within eventReach words.
func (c *Counter) EventNear(before, after string) string {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	aw := strings.FieldsFunc(strings.ToLower(after), notLetter)
	for i := 0; i < len(aw) && i < eventReach; i++ {
		if ev, ok := c.events[aw[i]]; ok {
			return ev
		}
	}
	bw := strings.FieldsFunc(strings.ToLower(before), notLetter)
	for i := len(bw) - 1; i >= 0 && i >= len(bw)-eventReach; i-- {
		if ev, ok := c.events[bw[i]]; ok {
			return ev
		}
	}
	return ""
}

// counts reports whether a unit as written names counted things: the word,
// or its regular singular, is one of the nouns.
func (c *Counter) counts(unit string) bool {
	if _, ok := c.nouns[unit]; ok {
		return true
	}
	for _, s := range singulars(unit) {
		if _, ok := c.nouns[s]; ok {
			return true
		}
	}
	return false
}

// Counted reports what q counts; false for amounts (money, percentages,
// measures such as tonnes or points, shares), for words that name no
// counted thing ("major", "other"), for bare numbers, and for values no
// count takes ("third countries" read as a third).
func (c *Counter) Counted(q Quantity) (Count, bool) {
	if q.Value < 1 || q.Value != math.Trunc(q.Value) {
		return Count{}, false
	}
	if name(lastWord(q.Text)) {
		return Count{}, false // "the Six Nations", "the Big Four": a name
	}
	unit, about := strings.ToLower(q.Unit), strings.ToLower(q.About)
	if unit == "" {
		// "the death toll rose to 68": a toll counts the dead.
		if about == "toll" {
			return Count{Noun: "people", Event: c.events[about]}, true
		}
		return Count{}, false
	}
	if ev, ok := c.events[unit]; ok {
		return Count{Noun: "people", Event: ev}, true // "67 dead", "12 deaths"
	}
	if unit == "percent" || isCurrency(q.Unit) || !c.counts(unit) {
		return Count{}, false
	}
	ev := c.events[about]
	if ev == "" && about != unit {
		ev = about
	}
	return Count{Noun: unit, Event: ev}, true
}

// name reports whether a unit is written as a name is, capitalized but not
// all capitals (a headline's "SEVEN GIRLS" is no name); the counted nouns
// are lower-case words.
func name(unit string) bool {
	r, _ := utf8.DecodeRuneInString(unit)
	return unicode.IsUpper(r) && strings.ToUpper(unit) != unit
}

// lastWord is the last space-separated word of s: a figure's noun as
// written.
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// isCurrency is an ISO 4217 code as the finder writes it ("USD").
func isCurrency(unit string) bool {
	return len(unit) == 3 && strings.ToUpper(unit) == unit
}

// singulars are the regular singulars a plural may have: "doctors" ->
// "doctor", "buses" -> "bus", "countries" -> "country".
func singulars(w string) []string {
	var out []string
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		out = append(out, w[:len(w)-3]+"y")
	}
	if strings.HasSuffix(w, "es") && len(w) > 3 {
		out = append(out, w[:len(w)-2])
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2 {
		out = append(out, w[:len(w)-1])
	}
	return out
}
