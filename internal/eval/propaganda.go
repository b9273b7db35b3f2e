package eval

import (
	"fmt"
	"io"
	"sort"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// PropagandaDoc is one article of PTC gold data.
type PropagandaDoc struct {
	ID    string     `json:"id"`
	Text  string     `json:"text"`
	Spans []GoldSpan `json:"spans"`
}

// GoldSpan is one annotated technique span.
type GoldSpan struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Technique string `json:"technique"`
}

// ReadPropaganda loads PTC gold JSONL.
func ReadPropaganda(path string) ([]PropagandaDoc, error) { return readJSONL[PropagandaDoc](path) }

// PropagandaScore is SemEval-2020 Task 11 span identification, plus the
// precision of each technique and signal kind we emit.
type PropagandaScore struct {
	P, R, F1    float64
	GoldSpans   int
	SystemSpans int
	ByTechnique map[string]KindPrecision
	ByKind      map[string]KindPrecision
}

// KindPrecision is the share of a group's characters that gold spans cover.
type KindPrecision struct {
	Spans     int
	Precision float64
}

type span2 struct{ a, b int }

func mergeSpans(in []span2) []span2 {
	sort.Slice(in, func(i, j int) bool { return in[i].a < in[j].a || in[i].a == in[j].a && in[i].b < in[j].b })
	var out []span2
	for _, s := range in {
		if n := len(out); n > 0 && s.a <= out[n-1].b {
			out[n-1].b = max(out[n-1].b, s.b)
			continue
		}
		out = append(out, s)
	}
	return out
}

func covered(s span2, gold []span2) float64 {
	n := 0
	for _, g := range gold {
		n += overlap(s.a, s.b, g.a, g.b)
	}
	return float64(n) / float64(max(1, s.b-s.a))
}

// ScorePropaganda scores technique-agnostic span identification with the
// official partial-overlap measure (as score.py does): spans of each side
// are merged, each system span earns the share of it that gold covers, each
// gold span the share that the system covers.
func ScorePropaganda(gold []PropagandaDoc, system map[string]*analysis.Record) PropagandaScore {
	var psum, rsum float64
	var ns, ng int
	type acc struct {
		n   int
		sum float64
	}
	byTech, byKind := map[string]*acc{}, map[string]*acc{}
	add := func(m map[string]*acc, k string, v float64) {
		if m[k] == nil {
			m[k] = &acc{}
		}
		m[k].n++
		m[k].sum += v
	}
	for _, g := range gold {
		var gs, ss []span2
		techGold := map[string][]span2{}
		for _, x := range g.Spans {
			gs = append(gs, span2{x.Start, x.End})
			techGold[x.Technique] = append(techGold[x.Technique], span2{x.Start, x.End})
		}
		gs = mergeSpans(gs)
		if rec := system[g.ID]; rec != nil {
			for _, s := range rec.Signals {
				ss = append(ss, span2{s.Start, s.End})
				add(byKind, s.Kind, covered(span2{s.Start, s.End}, gs))
				if s.Technique != "" {
					add(byTech, s.Technique, covered(span2{s.Start, s.End}, techGold[s.Technique]))
				}
			}
		}
		ss = mergeSpans(ss)
		ns += len(ss)
		ng += len(gs)
		for _, s := range ss {
			psum += covered(s, gs)
		}
		for _, x := range gs {
			rsum += covered(x, ss)
		}
	}
	sc := PropagandaScore{GoldSpans: ng, SystemSpans: ns, ByTechnique: map[string]KindPrecision{}, ByKind: map[string]KindPrecision{}}
	if ns > 0 {
		sc.P = psum / float64(ns)
	}
	if ng > 0 {
		sc.R = rsum / float64(ng)
	}
	sc.F1 = f1(sc.P, sc.R)
	for k, a := range byTech {
		sc.ByTechnique[k] = KindPrecision{a.n, a.sum / float64(a.n)}
	}
	for k, a := range byKind {
		sc.ByKind[k] = KindPrecision{a.n, a.sum / float64(a.n)}
	}
	return sc
}

// Print writes the per-technique lines, then score.py's headline.
func (s PropagandaScore) Print(w io.Writer) {
	for _, group := range []struct {
		title string
		m     map[string]KindPrecision
	}{{"technique", s.ByTechnique}, {"signal kind", s.ByKind}} {
		keys := make([]string, 0, len(group.m))
		for k := range group.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s %s: precision %.3f on %d spans\n", group.title, k, group.m[k].Precision, group.m[k].Spans)
		}
	}
	fmt.Fprintf(w, "propaganda SI: P %.3f R %.3f F1 %.3f (gold spans %d, system spans %d)\n", s.P, s.R, s.F1, s.GoldSpans, s.SystemSpans)
}
