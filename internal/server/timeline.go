package server

import (
	"sort"

	"github.com/claimgraph/claimgraph/internal/store"
)

// Timeline is a bar chart of quotes per month, drawn as SVG on the server.
type Timeline struct {
	Width, Height int
	Bars          []Bar
	Empty         bool
}

// Bar is one month.
type Bar struct {
	X, Y, W, H int
	Label      string
	Count      int
	ShowLabel  bool
}

func timeline(qs []store.QuoteRow) Timeline {
	counts := map[string]int{}
	for _, q := range qs {
		if len(q.Published) >= 7 {
			counts[q.Published[:7]]++
		}
	}
	t := Timeline{Width: 640, Height: 160}
	if len(counts) == 0 {
		t.Empty = true
		return t
	}
	months := make([]string, 0, len(counts))
	maxN := 0
	for m, n := range counts {
		months = append(months, m)
		maxN = max(maxN, n)
	}
	sort.Strings(months)
	plot := t.Height - 30
	w := max(4, min(60, (t.Width-20)/len(months)))
	every := max(1, len(months)/8)
	for i, m := range months {
		h := counts[m] * plot / maxN
		t.Bars = append(t.Bars, Bar{X: 10 + i*w, Y: 10 + plot - h, W: w - 2, H: h, Label: m, Count: counts[m], ShowLabel: i%every == 0})
	}
	return t
}

// TopicChart is claims for and against a topic per month, as stacked bars.
type TopicChart struct {
	Width, Height int
	Bars          []StackBar
	Empty         bool
}

// StackBar is one month: affirmations above, denials stacked on them.
type StackBar struct {
	X, W             int
	AffirmY, AffirmH int
	DenyY, DenyH     int
	Label            string
	Affirm, Deny     int
	ShowLabel        bool
}

func topicChart(cs []store.TopicClaim) TopicChart {
	type n struct{ a, d int }
	counts := map[string]*n{}
	for _, c := range cs {
		if len(c.Published) < 7 {
			continue
		}
		m := c.Published[:7]
		if counts[m] == nil {
			counts[m] = &n{}
		}
		if c.Polarity == "deny" {
			counts[m].d++
		} else {
			counts[m].a++
		}
	}
	t := TopicChart{Width: 640, Height: 170}
	if len(counts) == 0 {
		t.Empty = true
		return t
	}
	months := make([]string, 0, len(counts))
	maxN := 0
	for m, c := range counts {
		months = append(months, m)
		maxN = max(maxN, c.a+c.d)
	}
	sort.Strings(months)
	plot := t.Height - 30
	w := max(4, min(60, (t.Width-20)/len(months)))
	every := max(1, len(months)/8)
	for i, m := range months {
		c := counts[m]
		ah, dh := c.a*plot/maxN, c.d*plot/maxN
		base := 10 + plot
		t.Bars = append(t.Bars, StackBar{X: 10 + i*w, W: w - 2, AffirmY: base - ah, AffirmH: ah, DenyY: base - ah - dh, DenyH: dh,
			Label: m, Affirm: c.a, Deny: c.d, ShowLabel: i%every == 0})
	}
	return t
}
