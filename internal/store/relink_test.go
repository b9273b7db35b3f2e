package store

import (
	"strings"
	"testing"
)

// TestClearHolder covers how a bare surname is joined across the corpus.
func TestClearHolder(t *testing.T) {
	usage := map[string]keyUse{
		"james baker":  {quotes: 365, first: "1987-03-03", last: "1987-10-20"},
		"howard baker": {quotes: 16, first: "1987-03-02", last: "1987-04-13"},
		"nigel lawson": {quotes: 40, first: "1987-03-02", last: "1987-10-20"},
		"max lawson":   {quotes: 30, first: "2004-01-01", last: "2005-01-01"},
		"ann reagan":   {quotes: 3},
		"bob reagan":   {quotes: 2},
	}
	for _, tc := range []struct {
		bare  keyUse
		cands []string
		want  string
	}{
		{keyUse{quotes: 11, first: "1987-03-05", last: "1987-10-19"}, []string{"james baker", "howard baker"}, "james baker"}, // 22 times as quoted
		{keyUse{quotes: 9, first: "1987-03-01", last: "1987-05-01"}, []string{"nigel lawson", "max lawson"}, "nigel lawson"},  // the other is of another period
		{keyUse{quotes: 9, first: "2004-03-01", last: "2004-05-01"}, []string{"nigel lawson", "max lawson"}, "max lawson"},    // and the other way round
		{keyUse{quotes: 9}, []string{"nigel lawson", "max lawson"}, ""},                                                       // undated: 40 against 30 is no clear holder
		{keyUse{quotes: 4}, []string{"ann reagan", "bob reagan"}, ""},                                                         // too few quotes to tell
		{keyUse{quotes: 4}, []string{"ann reagan"}, "ann reagan"},                                                             // the only one
	} {
		got, ok := clearHolder(tc.bare, tc.cands, usage)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("clearHolder(%v, %v) = %q, want %q", tc.bare, tc.cands, got, tc.want)
		}
	}
}

func TestBetterSpelling(t *testing.T) {
	if !betterSpelling("Kilroy-Silk", "KILROY-SILK") || betterSpelling("KILROY-SILK", "Kilroy-Silk") || !betterSpelling("Abc", "Abd") {
		t.Error("want mixed case first, then byte order")
	}
}

// TestLoneHolder covers a lone word typed as a body or left untyped ("Zhao
// said", "Funaro said") joined to the one person with that surname.
func TestLoneHolder(t *testing.T) {
	usage := map[string]keyUse{
		"dilson funaro": {quotes: 131, first: "1987-02-26", last: "1987-10-19"},
		"anne pesk":     {quotes: 2, first: "1987-03-01", last: "1987-03-02"},
		"max velk":      {quotes: 30, first: "2004-01-01", last: "2005-01-01"},
		"ann reagan":    {quotes: 5},
		"bob reagan":    {quotes: 5},
		"tom osk":       {quotes: 30, first: "1987-01-02", last: "1987-10-01"},
		"osk":           {quotes: 170, first: "1987-01-02", last: "1987-10-01"}, // the surname typed a person, joined to Tom Osk
		"gerald velk":   {quotes: 5, first: "1975-01-02", last: "1976-10-01"},
		"velk":          {quotes: 100, first: "1987-01-02", last: "1987-10-01"}, // another Velk, quoted in other years
	}
	for _, tc := range []struct {
		bare  keyUse
		cands []string
		want  string
	}{
		{keyUse{quotes: 3, first: "1987-03-05", last: "1987-03-05"}, []string{"dilson funaro"}, "dilson funaro"},
		{keyUse{quotes: 3}, []string{"dilson funaro"}, "dilson funaro"},                               // undated: the only one
		{keyUse{quotes: 3, first: "1987-03-05", last: "1987-03-05"}, []string{"anne pesk"}, ""},       // quoted too seldom to tell
		{keyUse{quotes: 3, first: "1987-03-05", last: "1987-04-05"}, []string{"max velk"}, ""},        // another period: a company of that name
		{keyUse{quotes: 3}, []string{"ann reagan", "bob reagan"}, ""},                                 // two people: no guess
		{keyUse{quotes: 68, first: "1987-02-01", last: "1987-09-01"}, []string{"tom osk"}, "tom osk"}, // more than the full name, fewer than the person
		{keyUse{quotes: 68, first: "1987-02-01", last: "1987-09-01"}, []string{"gerald velk"}, ""},    // the surname's own quotes are of other years: the company
	} {
		surname := ""
		if len(tc.cands) == 1 {
			f := strings.Fields(tc.cands[0])
			surname = f[len(f)-1]
		}
		got, ok := loneHolder(tc.bare, tc.cands, usage, surname)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("loneHolder(%v, %v) = %q, want %q", tc.bare, tc.cands, got, tc.want)
		}
	}
}

// TestWithoutTitles: a person's key loses the titles the analysis kept in
// the name, so long as two words are left.
func TestWithoutTitles(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"secretary richard lyng", "richard lyng"},
		{"senator john mccain", "john mccain"},
		{"col. patrick ryder", "patrick ryder"},
		{"king abdullah", "king abdullah"}, // one word would be left
		{"richard lyng", "richard lyng"},
	} {
		if got := withoutTitles(tc.in); got != tc.want {
			t.Errorf("withoutTitles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
