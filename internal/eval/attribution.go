package eval

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// AttributionDoc is one article of attribution gold data.
type AttributionDoc struct {
	ID        string      `json:"id"`
	Text      string      `json:"text"`
	Published string      `json:"published"`
	Date      string      `json:"date"`
	Quotes    []GoldQuote `json:"quotes"`
}

// GoldQuote is one annotated attribution.
type GoldQuote struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Speaker      string `json:"speaker"`
	SpeakerStart *int   `json:"speaker_start"`
	SpeakerEnd   *int   `json:"speaker_end"`
	Kind         string `json:"kind"`
}

// ReadAttribution loads attribution gold JSONL.
func ReadAttribution(path string) ([]AttributionDoc, error) { return readJSONL[AttributionDoc](path) }

// AttributionScore is the result of the attribution protocol.
type AttributionScore struct {
	DirectMixed, Indirect, All PRF
	SpeakerOK, SpeakerN        int
	SpeakerAccuracy            float64
	MissingDocs                int
	Threshold                  float64
}

var capWord = regexp.MustCompile(`[A-Z][\w'-]+`)

func kindClass(k string) string {
	if k == "indirect" {
		return "indirect"
	}
	return "direct+mixed"
}

// ScoreAttribution matches system quotes to gold one-to-one, greedily by
// overlap, where overlap >= threshold x the longer span (score.py's protocol).
func ScoreAttribution(gold []AttributionDoc, system map[string]*analysis.Record, threshold float64) AttributionScore {
	// found counts gold quotes matched (recall, by the gold's kind); right
	// counts system quotes matched (precision, by the system's own label),
	// as score.py does: a quote we call indirect that matches a gold direct
	// one is a direct hit for recall and an indirect one for precision.
	type cnt struct{ found, right, g, s int }
	stats := map[string]*cnt{"all": {}, "direct+mixed": {}, "indirect": {}}
	var sc AttributionScore
	sc.Threshold = threshold
	for _, g := range gold {
		rec := system[g.ID]
		if rec == nil {
			sc.MissingDocs++
			rec = &analysis.Record{}
		}
		ents := map[string]*analysis.Entity{}
		for i := range rec.Entities {
			ents[rec.Entities[i].ID] = &rec.Entities[i]
		}
		gs := make([]span, len(g.Quotes))
		for i, gq := range g.Quotes {
			gs[i] = span{gq.Start, gq.End}
		}
		ss := make([]span, len(rec.Quotes))
		for i, q := range rec.Quotes {
			ss[i] = span{q.Start, q.End}
		}
		for _, gq := range g.Quotes {
			stats[kindClass(gq.Kind)].g++
			stats["all"].g++
		}
		for _, q := range rec.Quotes {
			stats[kindClass(q.Kind)].s++
			stats["all"].s++
		}
		for _, p := range matchSpans(gs, ss, threshold) {
			gq, q := g.Quotes[p[0]], rec.Quotes[p[1]]
			stats[kindClass(gq.Kind)].found++
			stats[kindClass(q.Kind)].right++
			stats["all"].found++
			stats["all"].right++
			if gq.SpeakerStart == nil {
				continue
			}
			sc.SpeakerN++
			if speakerMatches(gq, q, ents[q.Speaker]) {
				sc.SpeakerOK++
			}
		}
	}
	for k, p := range map[string]*PRF{"direct+mixed": &sc.DirectMixed, "indirect": &sc.Indirect, "all": &sc.All} {
		c := stats[k]
		*p = prfSplit(c.found, c.right, c.g, c.s)
	}
	if sc.SpeakerN > 0 {
		sc.SpeakerAccuracy = float64(sc.SpeakerOK) / float64(sc.SpeakerN)
	}
	return sc
}

func speakerMatches(gq GoldQuote, q analysis.Quote, ent *analysis.Entity) bool {
	gs, ge := *gq.SpeakerStart, *gq.SpeakerEnd
	var spans [][2]int
	if m := q.SpeakerMention; m != nil && m.End > m.Start {
		spans = append(spans, [2]int{m.Start, m.End})
	}
	if ent != nil {
		for _, m := range ent.Mentions {
			spans = append(spans, [2]int{m.Start, m.End})
		}
	}
	for _, s := range spans {
		if overlap(s[0], s[1], gs, ge) > 0 {
			return true
		}
	}
	if ent != nil && gq.Speaker != "" {
		var toks []string
		for _, t := range capWord.FindAllString(gq.Speaker, -1) {
			if len([]rune(t)) > 2 {
				toks = append(toks, t)
			}
		}
		if len(toks) > 0 && strings.Contains(strings.ToLower(ent.Name), strings.ToLower(toks[len(toks)-1])) {
			return true
		}
	}
	return false
}

// Print writes the score in score.py's layout.
func (s AttributionScore) Print(w io.Writer) {
	for _, x := range []struct {
		name string
		p    PRF
	}{{"direct+mixed", s.DirectMixed}, {"indirect", s.Indirect}, {"all", s.All}} {
		fmt.Fprintf(w, "%s: P %.3f R %.3f F1 %.3f (gold %d, system %d)\n", x.name, x.p.P, x.p.R, x.p.F1, x.p.Gold, x.p.System)
	}
	if s.MissingDocs > 0 {
		fmt.Fprintf(w, "documents with no system record: %d\n", s.MissingDocs)
	}
	fmt.Fprintf(w, "attribution@%g: direct+mixed F1 %.3f, all F1 %.3f, speaker accuracy %.3f on %d matched\n",
		s.Threshold, s.DirectMixed.F1, s.All.F1, s.SpeakerAccuracy, s.SpeakerN)
}
