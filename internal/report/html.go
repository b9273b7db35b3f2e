package report

import (
	_ "embed"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

//go:embed page.html.tmpl
var pageTemplate string

var page = template.Must(template.New("page").Parse(pageTemplate))

// Piece is a run of article text, highlighted when it belongs to a quote.
type Piece struct {
	Text    string
	Quote   bool
	Color   int
	Speaker string
	Kind    string
	Cue     string
	Date    string // normalized value when the piece is a date ("DATE 2024-03-25")
	q       *analysis.Quote
}

// Run is the pieces of one quote that follow each other in a paragraph,
// drawn as one highlight (dates inside it stay marked), or a stretch of
// narration. First is set on the run where the quote begins, which
// carries the quote's id as an anchor.
type Run struct {
	Quote   bool
	Color   int
	Speaker string
	Kind    string
	Cue     string
	ID      string
	First   bool
	Parts   []Piece
}

// SpeakerView is a speaker with the colour their quotes are marked in.
type SpeakerView struct {
	Name, Role, Type string
	Color            int
	Quotes           []analysis.Quote
}

// Page is an article laid out for HTML: paragraphs of pieces, speakers,
// contradictions in words.
type Page struct {
	Rec        *analysis.Record
	Paragraphs [][]Piece
	// Runs are Paragraphs with each quote's neighbouring pieces joined.
	Runs           [][]Run
	Speakers       []SpeakerView
	Contradictions []ContradictionView
}

// HTML writes a standalone page: the article with quotes highlighted per
// speaker, the speakers with their quotes, contradictions and signals. All
// article text goes through html/template escaping.
func HTML(w io.Writer, rec *analysis.Record) error {
	return page.Execute(w, Layout(rec))
}

// Layout cuts an article into highlighted pieces, one colour per speaker.
func Layout(rec *analysis.Record) Page {
	ents := entityIndex(rec)
	colors := map[string]int{}
	var speakers []SpeakerView
	for i, id := range speakerOrder(rec) {
		colors[id] = i%8 + 1
		sv := SpeakerView{Name: ents[id].Name, Role: ents[id].Role, Type: ents[id].Type, Color: i%8 + 1}
		for _, q := range rec.Quotes {
			if q.Speaker == id {
				sv.Quotes = append(sv.Quotes, q)
			}
		}
		speakers = append(speakers, sv)
	}
	qs := append([]analysis.Quote(nil), rec.Quotes...)
	sort.Slice(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	text := rec.Document.Text
	var paras [][]Piece
	cur := []Piece{}
	emit := func(s string, q *analysis.Quote, date string) {
		for len(s) > 0 {
			nl := strings.IndexByte(s, '\n')
			part := s
			if nl >= 0 {
				part = s[:nl]
			}
			if part != "" {
				p := Piece{Text: part, Date: date}
				if q != nil {
					p.Quote, p.Color, p.Kind, p.q = true, colors[q.Speaker], q.Kind, q
					if q.Cue != nil {
						p.Cue = q.Cue.Text
					}
					p.Speaker = ents[q.Speaker].Name
					if p.Speaker == "" {
						p.Speaker = "unattributed"
					}
				}
				cur = append(cur, p)
			}
			if nl < 0 {
				break
			}
			if len(cur) > 0 {
				paras = append(paras, cur)
			}
			cur = []Piece{}
			s = s[nl+1:]
		}
	}
	// Cut the text wherever a quote or a date begins or ends; each piece
	// then knows its quote (the first that holds it) and its date value.
	var outer []*analysis.Quote
	pos := 0
	for i := range qs {
		if qs[i].Start >= pos {
			outer = append(outer, &qs[i])
			pos = qs[i].End
		}
	}
	cuts := []int{0, len(text)}
	for _, q := range outer {
		cuts = append(cuts, q.Start, q.End)
		for _, f := range q.Fragments {
			cuts = append(cuts, f.Start, f.End)
		}
	}
	for _, t := range rec.Timexes {
		cuts = append(cuts, t.Start, t.End)
	}
	sort.Ints(cuts)
	qi, ti := 0, 0
	tx := rec.Timexes
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a >= b {
			continue
		}
		for qi < len(outer) && outer[qi].End <= a {
			qi++
		}
		var q *analysis.Quote
		if qi < len(outer) && outer[qi].Start <= a && inPieces(outer[qi], a) {
			q = outer[qi]
		}
		for ti < len(tx) && tx[ti].End <= a {
			ti++
		}
		date := ""
		if ti < len(tx) && tx[ti].Start <= a {
			date = tx[ti].Type + " " + tx[ti].Value
			if tx[ti].Mod != "" {
				date += " " + tx[ti].Mod
			}
		}
		emit(text[a:b], q, date)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return Page{Rec: rec, Paragraphs: paras, Runs: runs(paras), Speakers: speakers, Contradictions: Contradictions(rec)}
}

// runs joins each paragraph's neighbouring pieces of one quote, and of
// narration, so that a date inside a quote does not cut its highlight.
func runs(paras [][]Piece) [][]Run {
	seen := map[*analysis.Quote]bool{}
	out := make([][]Run, 0, len(paras))
	for _, para := range paras {
		var rs []Run
		for _, p := range para {
			if n := len(rs); n > 0 && rs[n-1].Quote == p.Quote && (!p.Quote || rs[n-1].Parts[0].q == p.q) {
				rs[n-1].Parts = append(rs[n-1].Parts, p)
				continue
			}
			r := Run{Quote: p.Quote, Color: p.Color, Speaker: p.Speaker, Kind: p.Kind, Cue: p.Cue, Parts: []Piece{p}}
			if p.q != nil && !seen[p.q] {
				seen[p.q] = true
				r.First, r.ID = true, p.q.ID
			}
			rs = append(rs, r)
		}
		out = append(out, rs)
	}
	return out
}

// inPieces reports an offset inside a quote's own words: anywhere in it,
// or for a split quotation inside one of its fragments, so that the
// reporter's "she said" between them is not marked as hers.
func inPieces(q *analysis.Quote, off int) bool {
	if len(q.Fragments) < 2 {
		return true
	}
	for _, f := range q.Fragments {
		if f.Start <= off && off < f.End {
			return true
		}
	}
	return false
}
