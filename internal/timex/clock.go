package timex

import (
	"fmt"
	"strconv"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// clock reads a time of day: "10:35 a.m.", "4 p.m. EDT", "noon", "15:00
// GMT", "4 in the morning", then an attached day ("4 a.m. EDT Thursday",
// "5 p.m. EST, Nov. 6", "noon Saturday"). Without an attached day the time
// belongs to the day the sentence last named, else to the anchor.
func (c *ctx) clock(i int) (found, bool) {
	hh, mm, j, ok := c.clockAt(i)
	if !ok {
		return found{}, false
	}
	if x, ok := c.word(j); ok && x.kind == "zone" {
		j++
		if c.w(j) == "time" {
			j++ // "00:01 local time"
		}
	}
	f := found{from: i, to: j, typ: "TIME"}
	k := j
	aside := false
	if c.w(k) == "(" {
		// "10:35 a.m. (0735 GMT) Friday": the day after the aside dates
		// the time, but is an expression of its own.
		for m := k + 1; m < k+6 && m < c.sp.To; m++ {
			if c.w(m) == ")" {
				k, aside = m+1, true
				break
			}
		}
	}
	if c.w(k) == "," || c.w(k) == "on" {
		k++
	}
	if c.w(k) == "on" {
		k++
	}
	day := ""
	if x, ok := c.word(k); ok && x.kind == "weekday" && c.tok(k).Cap() && c.a.known {
		// The clock time sits between the weekday and its verb.
		day, f.to, f.relative = c.weekdayDate(i, x.n, false).Format("2006-01-02"), k+1, true
	} else if d, ok := c.dayExpression(k); ok && len(d.value) >= 10 && d.value[4] == '-' {
		day, f.to, f.relative = d.value[:10], d.to, d.relative
	} else if c.lastDay != "" {
		day, f.relative = c.lastDay, true
	} else if d := c.doc.recentDay(); d != "" {
		// The day the story just named: "Slepian was shot at 10 p.m."
		day, f.relative = d, true
	} else if c.a.known {
		day, f.relative = c.a.t.Format("2006-01-02"), true
	} else {
		day = "XXXX-XX-XX"
	}
	if aside {
		f.to = j
	}
	f.value = fmt.Sprintf("%sT%02d:%02d", day, hh, mm)
	return f, true
}

// dayExpression matches a weekday, "today" and the like, or a month and
// day at k, the day a clock time is attached to.
func (c *ctx) dayExpression(k int) (found, bool) {
	x, ok := c.word(k)
	if !ok {
		return found{}, false
	}
	switch x.kind {
	case "weekday", "deictic", "month":
		return c.core(k)
	}
	return found{}, false
}

// clockAt reads the hour and minute at i and returns the token after them.
func (c *ctx) clockAt(i int) (hh, mm, j int, ok bool) {
	if x, ok := c.word(i); ok && x.kind == "clock" {
		if c.tok(i).Cap() && i > c.sp.From && c.capitalWord(i+1) {
			return 0, 0, i, false // "Midnight Express": a title
		}
		h, _ := strconv.Atoi(x.value[:2])
		return h, 0, i + 1, true
	}
	if i >= c.sp.To || c.tok(i).Kind != segment.Number {
		return 0, 0, i, false
	}
	h, ok := digits(c.tok(i).Text)
	if !ok || h > 24 {
		return 0, 0, i, false
	}
	j = i + 1
	colon := false
	if c.w(j) == ":" && j+1 < c.sp.To && c.tok(j+1).Kind == segment.Number && len(c.tok(j+1).Text) == 2 {
		m, ok := digits(c.tok(j + 1).Text)
		if !ok || m > 59 {
			return 0, 0, i, false
		}
		mm, j, colon = m, j+2, true
		if c.w(j) == ":" {
			return 0, 0, i, false // "3:07:35" is a race time
		}
	}
	x, isMark := c.word(j)
	switch {
	case isMark && x.kind == "meridiem":
		if h == 0 || h > 12 {
			return 0, 0, i, false
		}
		if x.value == "pm" && h < 12 {
			h += 12
		} else if x.value == "am" && h == 12 {
			h = 0
		}
		j++
	case c.w(j) == "in" && c.w(j+1) == "the":
		// "4 in the morning", "9 in the evening".
		d, ok := c.word(j + 2)
		if !ok || d.kind != "daypart" || h == 0 || h > 12 {
			return 0, 0, i, false
		}
		if d.value != "MO" && h < 12 {
			h += 12
		}
		j += 3
	case colon:
		// A bare "15:00" is a time only with its zone or after "at".
		if z, ok := c.word(j); !(ok && z.kind == "zone") && c.w(i-1) != "at" {
			return 0, 0, i, false
		}
	default:
		return 0, 0, i, false
	}
	return h, mm, j, true
}

// capitalWord reports a capitalized word at j that is not itself part of a
// date, as in a name that a date word opens ("Christmas Island").
func (c *ctx) capitalWord(j int) bool {
	if j >= c.sp.To || c.tok(j).Kind != segment.Word || !c.tok(j).Cap() {
		return false
	}
	x, ok := c.word(j)
	return !ok || x.kind != "weekday" && x.kind != "month" && x.kind != "deictic"
}

// elapsed reads a race or running time, "3:07:35", as a duration.
func (c *ctx) elapsed(i int) (found, bool) {
	if i+4 >= c.sp.To || c.tok(i).Kind != segment.Number || c.w(i+1) != ":" || c.w(i+3) != ":" {
		return found{}, false
	}
	var n [3]int
	for k, j := range []int{i, i + 2, i + 4} {
		v, ok := digits(c.tok(j).Text)
		if !ok || c.tok(j).Kind != segment.Number || k > 0 && (len(c.tok(j).Text) != 2 || v > 59) {
			return found{}, false
		}
		n[k] = v
	}
	return found{from: i, to: i + 5, typ: "DURATION", value: fmt.Sprintf("PT%dH%dM%dS", n[0], n[1], n[2])}, true
}
