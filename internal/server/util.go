package server

import (
	"net/url"
	"strings"
)

func urlQuery(s string) string { return url.QueryEscape(s) }

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
