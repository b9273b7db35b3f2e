package timex

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// pendingAt returns an expression an earlier match found at token i.
func (c *ctx) pendingAt(i int) (found, bool) {
	for _, f := range c.pending {
		if f.from == i {
			return f, true
		}
	}
	return found{}, false
}

// unitAfter reports a measure after a number ("25 percent", "25 people"),
// which makes it a count, not a day.
func (c *ctx) unitAfter(j int) bool {
	w := c.w(j)
	return w != "" && c.tok(j).Kind == segment.Word && !c.tok(j).Cap() && (countNouns[w] || pluralNoun(w) || w == "percent")
}

var prefixMods = map[string]string{"early": "START", "late": "END", "post": "AFTER", "pre": "BEFORE"}

// prefixed reads one-token forms with a hyphenated prefix: "late-November",
// "early-2000", "post-1959", "pre-war" is left alone.
func (c *ctx) prefixed(i int, w string) (found, bool) {
	p, rest, ok := strings.Cut(w, "-")
	if !ok {
		return found{}, false
	}
	if p == "year" && rest == "end" && c.a.known {
		return found{from: i, to: i + 1, typ: "DATE", value: year(c.a.t.Year()), mod: "END", relative: true}, true
	}
	if x, ok := c.t.words[rest]; ok && p == "mid" && x.kind == "daypart" {
		// "mid-afternoon yesterday", "mid-morning Friday"
		if d, ok := c.dayExpression(i + 1); ok && len(d.value) == 10 {
			return found{from: i, to: d.to, typ: "TIME", value: d.value + "T" + x.value, relative: d.relative}, true
		}
	}
	mod, known := prefixMods[p]
	if !known {
		return found{}, false
	}
	if y, ok := yearValue(rest); ok {
		if mod == "AFTER" || mod == "BEFORE" {
			mod = ""
		}
		return found{from: i, to: i + 1, typ: "DATE", value: year(y), mod: mod}, true
	}
	x, ok := c.t.words[rest]
	if !ok || x.kind != "month" || mod == "AFTER" || mod == "BEFORE" {
		return found{}, false
	}
	v := fmt.Sprintf("XXXX-%02d", x.n)
	if c.a.known {
		v = fmt.Sprintf("%04d-%02d", c.monthYear(i, x.n, 15), x.n)
	}
	return found{from: i, to: i + 1, typ: "DATE", value: v, mod: mod, relative: c.a.known}, true
}

// weekOf reads "the week of March 6" as that ISO week.
func (c *ctx) weekOf(i int) (found, bool) {
	if c.w(i+1) != "week" || c.w(i+2) != "of" {
		return found{}, false
	}
	f, ok := c.core(i + 3)
	t, err := time.Parse("2006-01-02", f.value)
	if !ok || err != nil {
		return found{}, false
	}
	return found{from: i, to: f.to, typ: "DATE", value: isoWeek(t), relative: f.relative}, true
}

// dayBeside reads "the day before last Tuesday's hearing", "the day after
// Christmas".
func (c *ctx) dayBeside(i int) (found, bool) {
	if c.w(i+1) != "day" {
		return found{}, false
	}
	off := besideOffsets[c.w(i+2)]
	if off == 0 {
		return found{}, false
	}
	f, ok := c.match(i + 3)
	t, err := time.Parse("2006-01-02", f.value)
	if !ok || err != nil {
		return found{}, false
	}
	return found{from: i, to: f.to, typ: "DATE", value: day(t.AddDate(0, 0, off)), relative: true}, true
}

// thatUnit reads "later that year", "earlier that day", "that same week":
// the period of the date the document last named.
func (c *ctx) thatUnit(i int) (found, bool) {
	j := i
	if c.w(j) == "earlier" || c.w(j) == "later" {
		j++
	}
	if c.w(j) != "that" {
		return found{}, false
	}
	j++
	if c.w(j) == "same" {
		j++
	}
	last := c.doc.recentDay()
	var v string
	switch c.w(j) {
	case "day":
		v = last
	case "week":
		if t, err := time.Parse("2006-01-02", last); err == nil {
			v = isoWeek(t)
		}
	case "month":
		if len(c.doc.lastMonth) >= 7 {
			v = c.doc.lastMonth[:7]
		}
	case "year":
		if len(c.doc.lastYear) >= 4 {
			v = c.doc.lastYear[:4]
		}
	}
	if v == "" {
		return found{}, false
	}
	return found{from: i, to: j + 1, typ: "DATE", value: v, relative: true}, true
}

// futurePlural reads "coming weeks", "the months ahead", "future quarters",
// "the near future": an unbounded stretch ahead.
func (c *ctx) futurePlural(i int) (found, bool) {
	j := i
	if c.w(j) == "the" {
		j++
	}
	switch c.w(j) {
	case "near":
		if c.w(j+1) == "future" || c.w(j+1) == "term" {
			return found{from: i, to: j + 2, typ: "DATE", value: "FUTURE_REF"}, true
		}
	case "coming", "upcoming", "future":
		if x, ok := c.word(j + 1); ok && x.kind == "unit" && strings.HasSuffix(c.w(j+1), "s") {
			return found{from: i, to: j + 2, typ: "DATE", value: "FUTURE_REF"}, true
		}
	}
	return found{}, false
}

// dayAfterStory reads "the next day", "the following morning", "the
// previous day": a day beside the one the story last named.
func (c *ctx) dayAfterStory(i int) (found, bool) {
	off := storyOffsets[c.w(i+1)]
	if off == 0 {
		return found{}, false
	}
	// The day the story just named; failing that, the last it named at
	// all, or the day of the report.
	ref := c.doc.recentDay()
	if ref == "" {
		ref = c.doc.lastDay
	}
	if ref == "" && c.a.known {
		ref = day(c.a.t)
	}
	t, err := time.Parse("2006-01-02", ref)
	if err != nil {
		return found{}, false
	}
	v := day(t.AddDate(0, 0, off))
	if c.w(i+2) == "day" {
		return found{from: i, to: i + 3, typ: "DATE", value: v, relative: true}, true
	}
	if x, ok := c.word(i + 2); ok && x.kind == "daypart" {
		return found{from: i, to: i + 3, typ: "TIME", value: v + "T" + x.value, relative: true}, true
	}
	return found{}, false
}

// rangeEnd reads the second year of a range from its first: "99" after
// 1998, "2003" after 2001; it must come later, within ten years.
func rangeEnd(first int, text string) (int, bool) {
	n, ok := digits(text)
	if !ok {
		return 0, false
	}
	switch len(text) {
	case 2:
		n += first / 100 * 100
		if n <= first {
			n += 100
		}
	case 4:
	default:
		return 0, false
	}
	return n, n > first && n-first <= 10
}

// yearRangeToken splits one token such as "1957-58" into its two years.
func (c *ctx) yearRangeToken(i int) (found, bool) {
	t := c.tok(i)
	a, b, ok := strings.Cut(t.Text, "-")
	if !ok || t.Kind != segment.Word {
		return found{}, false
	}
	y, ok := yearValue(a)
	if !ok {
		return found{}, false
	}
	y2, ok := rangeEnd(y, b)
	if !ok {
		return found{}, false
	}
	second := &found{from: i, to: i + 1, typ: "DATE", value: year(y2), bytes: [2]int{t.Start + len(a) + 1, t.End}}
	return found{from: i, to: i + 1, typ: "DATE", value: year(y), bytes: [2]int{t.Start, t.Start + len(a)}, then: second}, true
}

// dayRange splits a token such as "3-4" before or after a month ("3-4
// June", "June 3-4") into two dates.
func (c *ctx) dayRange(i int) (found, bool) {
	t := c.tok(i)
	a, b, ok := strings.Cut(t.Text, "-")
	if !ok || t.Kind != segment.Word {
		return found{}, false
	}
	d1, ok1 := digits(a)
	d2, ok2 := digits(b)
	if !ok1 || !ok2 || d1 < 1 || d2 <= d1 || d2 > 31 {
		return found{}, false
	}
	from, to, m := i, i+1, 0
	if x, ok := c.word(i + 1); ok && x.kind == "month" && c.tok(i+1).Cap() {
		to, m = i+2, x.n
	} else if x, ok := c.word(i - 1); ok && x.kind == "month" && c.tok(i-1).Cap() {
		from, m = i-1, x.n
	} else {
		return found{}, false
	}
	y := 0
	if c.a.known {
		y = c.monthYear(i, m, d1)
	}
	k := to
	if c.w(k) == "," {
		k++
	}
	if yy, ok := c.yearAt(k); ok {
		y, to = yy, k+1
	}
	value := func(d int) string {
		if y == 0 {
			return fmt.Sprintf("XXXX-%02d-%02d", m, d)
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	if y != 0 && (!validDay(y, m, d1) || !validDay(y, m, d2)) {
		return found{}, false
	}
	// The first date spans the month word and the first day; the second, the
	// second day alone, so each offset stays inside the text it names.
	first := found{from: from, to: to, typ: "DATE", value: value(d1), relative: c.a.known}
	second := &found{from: i, to: i + 1, typ: "DATE", value: value(d2), bytes: [2]int{t.Start + len(a) + 1, t.End}, relative: c.a.known}
	if from == i {
		first.bytes = [2]int{t.Start, t.Start + len(a)}
		first.to = i + 1
		// "3-4 June": the month belongs to both; the second date takes it.
		second.to, second.bytes = to, [2]int{t.Start + len(a) + 1, c.tok(to - 1).End}
	} else {
		first.to = i + 1
		first.bytes = [2]int{c.tok(from).Start, t.Start + len(a)}
		second.to = to
		second.bytes = [2]int{t.Start + len(a) + 1, c.tok(to - 1).End}
	}
	first.then = second
	return first, true
}
