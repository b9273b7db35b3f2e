package server

import (
	"net/url"
	"strconv"
	"strings"
)

// The helpers templates call.

func urlQuery(s string) string { return url.QueryEscape(s) }

// clip shortens s to n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// count writes "1 quote", "7 quotes".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// percent writes part of whole as a whole percentage: "37%".
func percent(part, whole int) string {
	if whole <= 0 {
		return "–"
	}
	return strconv.Itoa((part*100+whole/2)/whole) + "%"
}
