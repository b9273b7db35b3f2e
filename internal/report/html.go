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
	Rec            *analysis.Record
	Paragraphs     [][]Piece
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
	emit := func(s string, q *analysis.Quote) {
		for len(s) > 0 {
			nl := strings.IndexByte(s, '\n')
			part := s
			if nl >= 0 {
				part = s[:nl]
			}
			if part != "" {
				p := Piece{Text: part}
				if q != nil {
					p.Quote, p.Color, p.Kind = true, colors[q.Speaker], q.Kind
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
	pos := 0
	for i := range qs {
		q := &qs[i]
		if q.Start < pos {
			continue // nested in an earlier quote
		}
		emit(text[pos:q.Start], nil)
		emit(text[q.Start:q.End], q)
		pos = q.End
	}
	emit(text[pos:], nil)
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return Page{Rec: rec, Paragraphs: paras, Speakers: speakers, Contradictions: Contradictions(rec)}
}
