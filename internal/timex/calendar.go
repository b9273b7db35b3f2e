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

// monthYear picks the year of a bare month name: the latest one not after
// the anchor in past context, the next one from the anchor in future context.
func monthYear(a time.Time, m int, future bool) int {
	y := a.Year()
	am := int(a.Month())
	if future && m < am {
		return y + 1
	}
	if !future && m > am {
		return y - 1
	}
	return y
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}
