// Package timex finds temporal expressions and normalizes them to TIMEX3
// values (DATE, TIME, DURATION, SET) against the publication date, or, for
// relative expressions inside a quote whose speech time the text gives,
// against that speech time. Date words and patterns are embedded lexicons.
package timex
