package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

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
	// Errors lists every disagreement, in document order.
	Errors []TemporalError
}

// TemporalError is one disagreement with the gold: a gold timex missed
// ("missed"), matched with another value ("value"), or a system timex with
// no gold ("extra").
type TemporalError struct {
	Doc, DCT, Kind   string
	Gold, System     string // surface text
	GoldValue, Value string
	Context          string
}

// ScoreTemporal matches each gold timex, in order, to the unused system
// timex that overlaps it most (score.py's protocol), then counts strict
// extent, relaxed extent, value and type agreement.
func ScoreTemporal(gold []TemporalDoc, system map[string]*analysis.Record) TemporalScore {
	var ng, ns, strict, relaxed, value, typ int
	var errs []TemporalError
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
				errs = append(errs, TemporalError{Doc: g.ID, DCT: g.DCT, Kind: "missed", Gold: x.Text, GoldValue: x.Value, Context: around(g.Text, x.Start, x.End)})
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
			} else {
				errs = append(errs, TemporalError{Doc: g.ID, DCT: g.DCT, Kind: "value", Gold: x.Text, GoldValue: x.Value,
					System: slice(g.Text, t.start, t.end), Value: t.value, Context: around(g.Text, x.Start, x.End)})
			}
			if t.typ == x.Type {
				typ++
			}
		}
		for i, t := range sys {
			if !used[i] {
				errs = append(errs, TemporalError{Doc: g.ID, DCT: g.DCT, Kind: "extra", System: slice(g.Text, t.start, t.end), Value: t.value, Context: around(g.Text, t.start, t.end)})
			}
		}
	}
	return TemporalScore{Strict: prf(strict, ng, ns), Relaxed: prf(relaxed, ng, ns), Value: prf(value, ng, ns), Type: prf(typ, ng, ns), Gold: ng, System: ns, Errors: errs}
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

// PrintErrors writes one tab-separated line per disagreement: kind,
// document, DCT, gold text and value, system text and value, context.
func (s TemporalScore) PrintErrors(w io.Writer) {
	for _, e := range s.Errors {
		fmt.Fprintf(w, "%s\t%s\t%s\t%q=%s\t%q=%s\t%s\n", e.Kind, e.Doc, e.DCT, e.Gold, e.GoldValue, e.System, e.Value, e.Context)
	}
}

// slice is text[from:to] when those are valid offsets, else "".
func slice(text string, from, to int) string {
	if from < 0 || to > len(text) || from > to {
		return ""
	}
	return text[from:to]
}

// around is the text near a span on one line, cut on rune boundaries.
func around(text string, from, to int) string {
	a, b := max(0, from-60), min(len(text), to+40)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return strings.Join(strings.Fields(slice(text, a, b)), " ")
}
