package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// holiday is one entry of lexicon/holidays.txt.
type holiday struct {
	tokens []string
	rule   string
}

func loadHolidays() map[string][]holiday {
	out := map[string][]holiday{}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/holidays.txt") {
		h := holiday{tokens: strings.Fields(e.Field(0)), rule: e.Field(1)}
		out[h.tokens[0]] = append(out[h.tokens[0]], h)
	}
	return out
}

// dateOf gives the holiday's date in year y.
func (h holiday) dateOf(y int) (time.Time, bool) {
	if m, d, ok := strings.Cut(h.rule, "-"); ok && !strings.Contains(h.rule, "/") {
		mi, err1 := strconv.Atoi(m)
		di, err2 := strconv.Atoi(d)
		return time.Date(y, time.Month(mi), di, 0, 0, 0, 0, time.UTC), err1 == nil && err2 == nil
	}
	rule, shift, _ := strings.Cut(h.rule, "+")
	p := strings.Split(rule, "/")
	if len(p) != 3 {
		return time.Time{}, false
	}
	m, err1 := strconv.Atoi(p[0])
	wd, err2 := strconv.Atoi(p[2])
	if err1 != nil || err2 != nil {
		return time.Time{}, false
	}
	var t time.Time
	if p[1] == "L" {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		t = nearestWeekday(last, wd, false)
	} else {
		n, err := strconv.Atoi(p[1])
		if err != nil {
			return time.Time{}, false
		}
		t = nearestWeekday(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), wd, true).AddDate(0, 0, 7*(n-1))
	}
	if shift != "" {
		d, err := strconv.Atoi(shift)
		if err != nil {
			return time.Time{}, false
		}
		t = t.AddDate(0, 0, d)
	}
	return t, true
}

// holidayAt reads "Thanksgiving", "last Christmas", "Election Day 2012".
// The year comes from a following year, from "last"/"next", or else from
// the sentence's tense: the last one before the anchor for the past, the
// next one for the future, the nearer one otherwise.
func (c *ctx) holidayAt(i int) (found, bool) {
	dir, j := 0, i
	switch c.w(i) {
	case "last", "this", "next":
		dir, j = thisLastNext[c.w(i)], i+1
	}
	if j >= c.sp.To || !c.tok(j).Cap() {
		return found{}, false
	}
	var best holiday
	for _, h := range c.t.holidays[c.w(j)] {
		if len(h.tokens) > len(best.tokens) && c.wordsAre(j, h.tokens) {
			best = h
		}
	}
	if best.tokens == nil {
		return found{}, false
	}
	end := j + len(best.tokens)
	if c.capitalWord(end) {
		return found{}, false // "Christmas Island"
	}
	if y, ok := c.yearAt(end); ok {
		t, ok := best.dateOf(y)
		return found{from: i, to: end + 1, typ: "DATE", value: day(t)}, ok
	}
	if !c.a.known {
		t, ok := best.dateOf(2000)
		return found{from: i, to: end, typ: "DATE", value: "XXXX" + day(t)[4:]}, ok
	}
	a := c.a.t
	prev, ok1 := best.dateOf(a.Year())
	next := prev
	if !prev.Before(a) {
		prev, ok1 = best.dateOf(a.Year() - 1)
	}
	if next.Before(a) {
		next, _ = best.dateOf(a.Year() + 1)
	}
	if !ok1 {
		return found{}, false
	}
	t := prev
	switch {
	case dir < 0:
	case dir > 0:
		t = next
	default:
		if tense, _ := c.tenseCue(i, 10); tense > 0 || tense == 0 && next.Sub(a) < a.Sub(prev) {
			t = next
		}
	}
	if day(a) == day(next) && dir == 0 {
		t = next
	}
	return found{from: i, to: end, typ: "DATE", value: day(t), relative: true}, true
}

func (c *ctx) wordsAre(j int, tokens []string) bool {
	for k, tok := range tokens {
		if c.w(j+k) != tok {
			return false
		}
	}
	return true
}
