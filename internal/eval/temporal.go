package eval

import (
	"fmt"
	"io"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// TemporalDoc is one document of TimeML gold data.
type TemporalDoc struct {
	ID      string      `json:"id"`
	DCT     string      `json:"dct"`
	Title   string      `json:"title"`
	Text    string      `json:"text"`
	Timexes []GoldTimex `json:"timexes"`
}

// GoldTimex is one annotated temporal expression.
type GoldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
	Text  string `json:"text"`
}

// ReadTemporal loads TimeML gold JSONL.
func ReadTemporal(path string) ([]TemporalDoc, error) { return readJSONL[TemporalDoc](path) }

// TemporalScore is the TempEval-3 task A result.
type TemporalScore struct {
	Strict, Relaxed, Value, Type PRF
	Gold, System                 int
}

// ScoreTemporal matches each gold timex, in order, to the unused system
// timex that overlaps it most (score.py's protocol), then counts strict
// extent, relaxed extent, value and type agreement.
func ScoreTemporal(gold []TemporalDoc, system map[string]*analysis.Record) TemporalScore {
	var ng, ns, strict, relaxed, value, typ int
	for _, g := range gold {
		rec := system[g.ID]
		var sys []timexSpan
		if rec != nil {
			for _, t := range rec.Timexes {
				sys = append(sys, timexSpan{t.Start, t.End, t.Value, t.Type})
			}
		}
		ng += len(g.Timexes)
		ns += len(sys)
		used := make([]bool, len(sys))
		for _, x := range g.Timexes {
			best, bestOv := -1, 0
			for i, t := range sys {
				if used[i] {
					continue
				}
				if ov := overlap(x.Start, x.End, t.start, t.end); ov > 0 && (best < 0 || ov > bestOv) {
					best, bestOv = i, ov
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			t := sys[best]
			relaxed++
			if t.start == x.Start && t.end == x.End {
				strict++
			}
			if t.value == x.Value {
				value++
			}
			if t.typ == x.Type {
				typ++
			}
		}
	}
	return TemporalScore{Strict: prf(strict, ng, ns), Relaxed: prf(relaxed, ng, ns), Value: prf(value, ng, ns), Type: prf(typ, ng, ns), Gold: ng, System: ns}
}

type timexSpan struct {
	start, end int
	value, typ string
}

// Print writes the score in score.py's layout.
func (s TemporalScore) Print(w io.Writer) {
	for _, x := range []struct {
		name string
		p    PRF
	}{{"strict", s.Strict}, {"relaxed", s.Relaxed}, {"value", s.Value}, {"type", s.Type}} {
		fmt.Fprintf(w, "%s: P %.3f R %.3f F1 %.3f\n", x.name, x.p.P, x.p.R, x.p.F1)
	}
	fmt.Fprintf(w, "temporal: value F1 %.3f, relaxed F1 %.3f, strict F1 %.3f (gold %d, system %d)\n",
		s.Value.F1, s.Relaxed.F1, s.Strict.F1, s.Gold, s.System)
}
