package server

import (
	"sort"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// ClassShare is one class of reporting verb ("doubt": claimed, alleged)
// as a share of an outlet's reports and of every outlet's.
type ClassShare struct {
	Class          string
	Outlet, All    int
	OutletReports  int
	AllReports     int
	OutletShare    string
	AllShare       string
	MoreThanOthers bool
}

// outletClasses sets an outlet's verb classes against the whole store's:
// the one-sided framing of the seed ("X claimed", "Y said"), measured.
func outletClasses(fr []report.OutletFraming, outlet string) []ClassShare {
	var mine, all report.OutletFraming
	for _, f := range fr {
		switch {
		case f.Outlet == "(all)":
			all = f
		case strings.EqualFold(f.Outlet, outlet):
			mine = f
		}
	}
	var out []ClassShare
	for _, class := range report.CueClasses() {
		c := ClassShare{Class: class, Outlet: mine.ByClass[class], All: all.ByClass[class], OutletReports: mine.Reports, AllReports: all.Reports}
		c.OutletShare, c.AllShare = permille(c.Outlet, mine.Reports), permille(c.All, all.Reports)
		c.MoreThanOthers = c.Outlet*max(1, all.Reports) > c.All*max(1, mine.Reports)
		out = append(out, c)
	}
	return out
}

// permille writes part of whole as a percentage with one decimal.
func permille(part, whole int) string {
	if whole <= 0 {
		return "–"
	}
	return strconv.FormatFloat(float64(part)*100/float64(whole), 'f', 1, 64) + "%"
}

// SpeakerVerbs is how an outlet reports one speaker: its verbs, most used
// first.
type SpeakerVerbs struct {
	Speaker string
	Quotes  int
	Verbs   []store.CueCount
}

func speakerVerbs(cues []store.CueCount) []SpeakerVerbs {
	var out []SpeakerVerbs
	at := map[string]int{}
	for _, c := range cues {
		i, ok := at[c.Speaker]
		if !ok {
			i = len(out)
			at[c.Speaker] = i
			out = append(out, SpeakerVerbs{Speaker: c.Speaker})
		}
		out[i].Quotes += c.Quotes
		out[i].Verbs = append(out[i].Verbs, c)
	}
	for i := range out {
		v := out[i].Verbs
		sort.SliceStable(v, func(a, b int) bool { return v[a].Quotes > v[b].Quotes })
	}
	return out
}
