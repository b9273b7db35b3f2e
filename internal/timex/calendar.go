package timex

import (
	"fmt"
	"time"
)

// anchor is the reference date relative expressions resolve against.
type anchor struct {
	t     time.Time
	known bool
}

func parseAnchor(s string) anchor {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return anchor{}
	}
	return anchor{t: t, known: true}
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }
func year(y int) string        { return fmt.Sprintf("%04d", y) }

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// weekdayIn returns the date of weekday wd (1=Monday) in t's ISO week.
func weekdayIn(t time.Time, wd int) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	return t.AddDate(0, 0, wd-cur)
}

// nearestWeekday finds the weekday wd on or before t (past) or on or after t (future).
func nearestWeekday(t time.Time, wd int, future bool) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	d := wd - cur
	if future {
		if d < 0 {
			d += 7
		}
	} else if d > 0 {
		d -= 7
	}
	return t.AddDate(0, 0, d)
}

// nearestYear picks the year of a month and day given without one: the
// occurrence nearest the anchor, the past winning a tie, as news mostly
// reports what has happened.
func nearestYear(a time.Time, m, d int) int {
	best, bestDist := a.Year(), time.Duration(1<<62)
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		t := time.Date(y, time.Month(m), min(d, 28), 0, 0, 0, 0, time.UTC)
		dist := t.Sub(a)
		if dist < 0 {
			dist = -dist
		} else if dist > 0 {
			dist++ // a tie goes to the past
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// seasonOver reports a season of t's year that has ended by t (northern
// hemisphere, by month). A year's winter begins in its December, so it is
// never over within that year.
func seasonOver(code string, t time.Time) bool {
	end := map[string]time.Month{"SP": time.May, "SU": time.August, "FA": time.November}[code]
	return end != 0 && t.Month() > end
}

// Offsets, in periods, that direction words give.
var (
	thisLastNext  = map[string]int{"this": 0, "last": -1, "next": 1}
	unitOffsets   = map[string]int{"this": 0, "last": -1, "next": 1, "coming": 1}
	besideOffsets = map[string]int{"before": -1, "after": 1} // "the day before X"
	storyOffsets  = map[string]int{"next": 1, "following": 1, "previous": -1}
)

// digits parses a short unsigned decimal. Most tokens tried as numbers are
// words, and strconv.Atoi allocates an error for each of them.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
