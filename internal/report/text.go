package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/claim"
)

// Text writes a readable report of rec: quotes grouped by speaker, then
// unattributed quotes, dates, numbers, contradictions and framing signals.
func Text(w io.Writer, rec *analysis.Record) error { return TextWith(w, rec, TextOptions{}) }

// Explain is Text with, under each quote, the rule that credited it and
// its evidence (`analyze --explain`).
func Explain(w io.Writer, rec *analysis.Record) error {
	return TextWith(w, rec, TextOptions{Explain: true})
}

// TextOptions choose what Text writes.
type TextOptions struct {
	// Explain writes, under each quote, the rule that credited it.
	Explain bool
	// Full writes quotes and framed passages whole; by default they are
	// cut to a line's worth (`--full`).
	Full bool
}

// TextWith is Text, or Explain, as o says.
func TextWith(w io.Writer, rec *analysis.Record, o TextOptions) error {
	explain := o.Explain
	clip := clipper(o.Full)
	bw := bufio.NewWriter(w)
	d := rec.Document
	title := d.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(bw, "%s\n", title)
	meta := []string{}
	for _, kv := range [][2]string{{"published", d.Published}, {"outlet", d.Outlet}, {"url", d.URL}} {
		if kv[1] != "" {
			meta = append(meta, kv[0]+" "+kv[1])
		}
	}
	if len(meta) > 0 {
		fmt.Fprintf(bw, "%s\n", strings.Join(meta, " · "))
	}
	for _, warn := range rec.Warnings {
		fmt.Fprintf(bw, "warning: %s\n", warn)
	}
	fmt.Fprintf(bw, "\n%d quotes, %d speakers, %d claims, %d contradictions, %d signals\n",
		len(rec.Quotes), len(speakerOrder(rec)), len(rec.Claims), len(rec.Contradictions), len(rec.Signals))

	ents := entityIndex(rec)
	for _, id := range speakerOrder(rec) {
		e := ents[id]
		fmt.Fprintf(bw, "\n== %s", e.Name)
		if e.Role != "" {
			fmt.Fprintf(bw, " (%s)", e.Role)
		}
		fmt.Fprintf(bw, " [%s]\n", e.Type)
		for _, q := range rec.Quotes {
			if q.Speaker == id {
				writeQuote(bw, q, explain, clip)
			}
		}
	}
	var unattributed []analysis.Quote
	for _, q := range rec.Quotes {
		if q.Speaker == "" {
			unattributed = append(unattributed, q)
		}
	}
	if len(unattributed) > 0 {
		fmt.Fprintf(bw, "\n== Unattributed or unnamed sources\n")
		for _, q := range unattributed {
			writeQuote(bw, q, explain, clip)
		}
	}
	if len(rec.Timexes) > 0 {
		fmt.Fprintf(bw, "\n== Dates\n")
		for _, t := range rec.Timexes {
			mod := ""
			if t.Mod != "" {
				mod = " " + t.Mod
			}
			fmt.Fprintf(bw, "  %-28q %s %s%s\n", t.Text, t.Type, t.Value, mod)
		}
	}
	if len(rec.Quantities) > 0 {
		fmt.Fprintf(bw, "\n== Numbers\n")
		for _, q := range rec.Quantities {
			fmt.Fprintf(bw, "  %-28q %s%g %s (about: %s)\n", q.Text, qual(q.Qualifier), q.Value, q.Unit, q.About)
		}
	}
	writeContradictions(bw, rec, clip)
	if len(rec.Signals) > 0 {
		fmt.Fprintf(bw, "\n== How sources are framed\n")
		for _, s := range rec.Signals {
			tech := ""
			if s.Technique != "" {
				tech = " [" + s.Technique + "]"
			}
			fmt.Fprintf(bw, "  %s%s: %q — %s\n", s.Kind, tech, clip(s.Text, 80), s.Why)
		}
	}
	return bw.Flush()
}

func qual(q string) string {
	if q == "" {
		return ""
	}
	return q + " "
}

func writeQuote(w io.Writer, q analysis.Quote, explain bool, clip func(string, int) string) {
	cue := "—"
	if q.Cue != nil {
		cue = q.Cue.Text
	}
	via := ""
	if q.SpeakerMention != nil {
		via = " via " + fmt.Sprintf("%q", q.SpeakerMention.Text)
	}
	fmt.Fprintf(w, "  [%s, %s%s] %q\n", q.Kind, cue, via, clip(q.Text, 160))
	if explain && q.Why != "" {
		fmt.Fprintf(w, "      why: %s\n", q.Why)
	}
}

// ContradictionView is one contradiction in words: who, saying what.
type ContradictionView struct {
	Topic, Why     string
	A, B           string // speaker names
	AQuote, BQuote string
	APolar, BPolar string
}

// Contradictions spells out a record's contradictions.
func Contradictions(rec *analysis.Record) []ContradictionView {
	ents := entityIndex(rec)
	claims := map[string]int{}
	for i, c := range rec.Claims {
		claims[c.ID] = i
	}
	quotes := map[string]analysis.Quote{}
	for _, q := range rec.Quotes {
		quotes[q.ID] = q
	}
	var out []ContradictionView
	for _, c := range rec.Contradictions {
		a, b := rec.Claims[claims[c.A]], rec.Claims[claims[c.B]]
		aq, bq := quotes[a.Quote].Text, quotes[b.Quote].Text
		out = append(out, ContradictionView{Topic: claim.Label(c.Topic, aq, bq), Why: c.Why, A: ents[a.Speaker].Name, B: ents[b.Speaker].Name,
			AQuote: aq, BQuote: bq, APolar: a.Polarity, BPolar: b.Polarity})
	}
	return out
}

func writeContradictions(w io.Writer, rec *analysis.Record, clip func(string, int) string) {
	cs := Contradictions(rec)
	if len(cs) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== Contradictions\n")
	for _, c := range cs {
		fmt.Fprintf(w, "  on %q: %s vs %s (%s)\n", c.Topic, c.A, c.B, c.Why)
		fmt.Fprintf(w, "    %s: %q\n    %s: %q\n", c.A, clip(c.AQuote, 120), c.B, clip(c.BQuote, 120))
	}
}

func entityIndex(rec *analysis.Record) map[string]analysis.Entity {
	m := make(map[string]analysis.Entity, len(rec.Entities))
	for _, e := range rec.Entities {
		m[e.ID] = e
	}
	return m
}

// speakerOrder lists the speakers in order of their first quote.
func speakerOrder(rec *analysis.Record) []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range rec.Quotes {
		if q.Speaker != "" && !seen[q.Speaker] {
			seen[q.Speaker] = true
			out = append(out, q.Speaker)
		}
	}
	return out
}

// clipper is clip, or with full a function that keeps the text whole (on
// one line).
func clipper(full bool) func(string, int) string {
	if full {
		return func(s string, _ int) string { return oneLine(s) }
	}
	return clip
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
