package timex

import (
	"fmt"
	"strconv"
)

// docState carries what one sentence's expressions tell the next: earnings
// reports name a quarter once ("third-quarter profit") and then compare it
// with "the year-ago period" or "a year earlier", meaning that same quarter
// one year back.
type docState struct {
	quarter string // the latest quarter named, "1989-Q3"
	// The latest dates named with day, month and year precision, for
	// "that day", "later that year".
	lastDay, lastMonth, lastYear string
	// sentence is the index of the sentence being tagged; lastDayAt that of
	// the one that named lastDay.
	sentence, lastDayAt int
}

// recentDay is the day the story was just talking about: lastDay when a
// sentence at most one back named it, else "".
func (d *docState) recentDay() string {
	if d.lastDay != "" && d.sentence-d.lastDayAt <= 1 {
		return d.lastDay
	}
	return ""
}

// saw records a resolved date value for later anaphora.
func (d *docState) saw(v string) {
	if len(v) < 4 || v[0] < '0' || v[0] > '9' || v[3] < '0' || v[3] > '9' {
		return
	}
	d.lastYear = v
	if len(v) >= 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q' && v[5] != 'X' {
		d.lastMonth = v
	}
	if len(v) >= 10 && v[7] == '-' && v[8] != 'X' {
		d.lastDay, d.lastDayAt = v[:10], d.sentence
	}
}

func isQuarterValue(v string) bool {
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4'
}

// shiftYear moves a quarter value by n years.
func shiftYear(v string, n int) string {
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	return fmt.Sprintf("%04d%s", y+n, v[4:])
}

// reportedQuarter is the quarter under discussion: the one the document
// last named, else the last quarter completed before the anchor.
func (c *ctx) reportedQuarter() (string, bool) {
	if c.doc.quarter != "" {
		return c.doc.quarter, true
	}
	if !c.a.known {
		return "", false
	}
	q := (int(c.a.t.Month())-1)/3 - 1
	y := c.a.t.Year()
	if q < 0 {
		q, y = 3, y-1
	}
	return fmt.Sprintf("%04d-Q%d", y, q+1), true
}

var yearBack = map[string]bool{"year-ago": true, "year-earlier": true}

var periodNouns = map[string]bool{"quarter": true, "period": true}

// yearAgoPeriod reads "the (comparable) year-ago (third) quarter", "the
// year-earlier period", a bare "year-earlier", and "the quarter a year
// ago", "the corresponding period last year".
func (c *ctx) yearAgoPeriod(i int) (found, bool) {
	j := i
	if c.w(j) == "the" {
		j++
	}
	switch c.w(j) {
	case "comparable", "corresponding", "same", "prior":
		j++
	}
	if yearBack[c.w(j)] {
		k := j + 1
		q, ok := c.reportedQuarter()
		if n, isOrd := quarterOrdinals[c.w(k)]; isOrd && c.w(k+1) == "quarter" {
			if ok {
				q = fmt.Sprintf("%s-Q%d", q[:4], n)
			}
			k++
		}
		if periodNouns[c.w(k)] {
			k++
		} else if j > i && c.w(i) == "the" {
			return found{}, false // "the year-ago figure" is not a period
		}
		if !ok {
			return found{}, false
		}
		return found{from: i, to: k, typ: "DATE", value: shiftYear(q, -1), relative: true}, true
	}
	if c.w(i) != "the" || j == i+1 && !periodNouns[c.w(j)] || !periodNouns[c.w(j)] {
		return found{}, false
	}
	// "the quarter a year ago", "the corresponding period last year".
	k := j + 1
	switch {
	case c.w(k) == "a" && c.w(k+1) == "year" && (c.w(k+2) == "ago" || c.w(k+2) == "earlier"):
		k += 3
	case c.w(k) == "last" && c.w(k+1) == "year" && c.w(k+2) != "'s":
		k += 2
	default:
		return found{}, false
	}
	q, ok := c.reportedQuarter()
	if !ok {
		return found{}, false
	}
	return found{from: i, to: k, typ: "DATE", value: shiftYear(q, -1), relative: true}, true
}

var quarterOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// possessiveYearQuarter reads "this year's third quarter", "last year's
// quarter", "next year's first quarter".
func (c *ctx) possessiveYearQuarter(i int) (found, bool) {
	off, ok := thisLastNext[c.w(i)]
	if !ok || c.w(i+1) != "year" || c.w(i+2) != "'s" || !c.a.known {
		return found{}, false
	}
	y := c.a.t.Year() + off
	k := i + 3
	if n, ok := quarterOrdinals[c.w(k)]; ok && c.w(k+1) == "quarter" {
		return found{from: i, to: k + 2, typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, n), relative: true, namesQuarter: off == 0}, true
	}
	if periodNouns[c.w(k)] || c.doc.quarter != "" && off == -1 {
		// "last year's quarter", or "last year's $1.55 billion" in an earnings story.
		q, ok := c.reportedQuarter()
		if !ok {
			return found{}, false
		}
		to := i + 2
		if periodNouns[c.w(k)] {
			to = k + 1
		}
		return found{from: i, to: to, typ: "DATE", value: fmt.Sprintf("%04d%s", y, q[4:]), relative: true}, true
	}
	return found{}, false
}

// quarterOfYear extends "the third quarter" over "of 1984".
func (c *ctx) quarterOfYear(f found) found {
	if c.w(f.to) != "of" || len(f.value) != 7 {
		return f
	}
	if y, ok := c.yearAt(f.to + 1); ok {
		f.value = fmt.Sprintf("%04d%s", y, f.value[4:])
		f.to += 2
		f.relative = false
	}
	return f
}

// quarterEnded reads "the quarter ended March 31": the calendar quarter
// that ends on that date. A fiscal quarter ending in another month is left
// to the story's reported quarter.
func (c *ctx) quarterEnded(from, k int) (found, bool) {
	if c.w(k) != "ended" && c.w(k) != "ending" {
		return found{}, false
	}
	x, ok := c.word(k + 1)
	if !ok || x.kind != "month" || x.n%3 != 0 {
		return found{}, false
	}
	d, ok := c.monthDate(k+1, x.n)
	if !ok || len(d.value) < 7 || d.value[0] == 'X' {
		return found{}, false
	}
	// The phrase is the quarter; its end date stays an expression of its own.
	return found{from: from, to: k, typ: "DATE", value: fmt.Sprintf("%s-Q%d", d.value[:4], x.n/3), relative: d.relative, namesQuarter: true}, true
}

// half reads "the first half of 2025", "the second half of next year".
func (c *ctx) half(i int) (found, bool) {
	j := i
	if c.w(j) == "the" {
		j++
	}
	n := quarterOrdinals[c.w(j)] // first or second half
	if n == 0 || n > 2 || c.w(j+1) != "half" || c.w(j+2) != "of" {
		return found{}, false
	}
	f, ok := c.core(j + 3)
	if !ok || len(f.value) != 4 || f.value[0] == 'X' && f.value != "XXXX" {
		return found{}, false
	}
	return found{from: i, to: f.to, typ: "DATE", value: fmt.Sprintf("%s-H%d", f.value, n), relative: f.relative}, true
}

// quarterCode reads "Q3", "Q3 2024", "Q3 of 2024".
func (c *ctx) quarterCode(i int) (found, bool) {
	w := c.w(i)
	if len(w) != 2 || w[0] != 'q' || w[1] < '1' || w[1] > '4' || !c.tok(i).Cap() {
		return found{}, false
	}
	f := c.quarter(int(w[1] - '0'))
	f.from, f.to = i, i+1
	if y, ok := c.yearAt(i + 1); ok {
		f.value, f.to, f.relative = fmt.Sprintf("%04d-Q%c", y, w[1]), i+2, false
	}
	return c.quarterOfYear(f), true
}
