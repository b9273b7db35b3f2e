package store

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/quantity"
)

func TestClauseAround(t *testing.T) {
	for _, tc := range []struct {
		name, text, figure string
		before, after      string
	}{
		{"sentence bounds", "The storm passed. Rescuers said 14 fishermen were missing off Kelvar. Boats searched.", "14 fishermen",
			" Rescuers said ", " were missing off Kelvar"},
		{"decimal point is no end", "Output fell 2.5 points as 300 workers walked out.", "300 workers",
			"Output fell 2.5 points as ", " walked out"},
		{"semicolon ends a clause", "Nine homes burned; 40 families fled to the school.", "40 families",
			" ", " fled to the school"},
		{"no cut words", strings.Repeat("word ", 60) + "and 12 nurses quit" + strings.Repeat(" more", 60), "12 nurses",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(tc.text, tc.figure)
			before, after := clauseAround(tc.text, at, at+len(tc.figure))
			if tc.name == "no cut words" {
				for _, w := range strings.Fields(before + " " + after) {
					if w != "word" && w != "more" && w != "and" && w != "quit" {
						t.Errorf("cut word %q in %q / %q", w, before, after)
					}
				}
				if len(before) > clauseReach || len(after) > clauseReach {
					t.Errorf("clause longer than clauseReach: %d, %d", len(before), len(after))
				}
				return
			}
			if before != tc.before || after != tc.after {
				t.Errorf("clauseAround = %q, %q; want %q, %q", before, after, tc.before, tc.after)
			}
		})
	}
	if b, a := clauseAround("short", 3, 99); b != "" || a != "" {
		t.Errorf("out-of-range span: %q, %q", b, a)
	}
}

// fig is a stored figure of the key "fishermen | missing" as Drift reads it.
func fig(doc int64, value float64, place, context string, names ...string) figure {
	f := figure{key: "fishermen | missing", context: strings.Fields(context), names: names}
	f.row.Noun, f.row.Event, f.row.Place = "fishermen", "missing", place
	f.rep.Value, f.rep.DocID, f.rep.Published = value, "d"+string(rune('0'+doc)), "2025-03-0"+string(rune('0'+doc))
	f.span.doc = doc
	return f
}

// TestStories checks what makes two articles' figures one count: clauses
// telling of one happening, one place, one story, a spread one count can
// have, and no article that itself sets the two values apart.
func TestStories(t *testing.T) {
	story := []string{"kelvar", "harbour guild", "mira ostrand"}
	for _, tc := range []struct {
		name string
		figs []figure
		want []float64 // the values of the one group expected; nil for none
	}{
		{"one happening told twice", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 17, "kelvar", "storm boat capsiz night", story...)}, []float64{14, 17}},
		{"same noun and place, other happenings", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 300, "kelvar", "march protest quay", story...)}, nil},
		{"one shared word is not enough", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 20, "kelvar", "storm school closed", story...)}, nil},
		{"an article giving both values counts two things", []figure{
			fig(1, 28, "kelvar", "crew boat capsiz", story...),
			fig(1, 7, "kelvar", "crew boat capsiz rescu", story...),
			fig(2, 7, "kelvar", "boat capsiz crew", story...)}, nil},
		{"places neither article names", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 17, "dunmore", "storm boat capsiz", story...)}, nil},
		{"a place the other article names", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", append(story, "dunmore")...),
			fig(2, 17, "dunmore", "storm boat capsiz", story...)}, []float64{14, 17}},
		{"not one story", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 17, "kelvar", "storm boat capsiz", "kelvar", "someone else")}, nil},
		{"a spread no one count has", []figure{
			fig(1, 3, "kelvar", "boat capsiz storm", story...),
			fig(2, 300, "kelvar", "storm boat capsiz", story...)}, nil},
		{"one value twice is no drift", []figure{
			fig(1, 14, "kelvar", "boat capsiz storm", story...),
			fig(2, 14, "kelvar", "storm boat capsiz", story...)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := stories(unambiguous(tc.figs))
			if tc.want == nil {
				if len(got) != 0 {
					t.Errorf("got %+v; want no drift", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d groups; want 1: %+v", len(got), got)
			}
			var values []float64
			for _, r := range got[0].row.Reports {
				values = append(values, r.Value)
			}
			if len(values) != len(tc.want) || values[0] != tc.want[0] || values[1] != tc.want[1] {
				t.Errorf("values %v; want %v", values, tc.want)
			}
		})
	}
}

// TestCollapseReprints: one figure in one sentence, word for word, in
// several articles is one report with reprints; another figure in that
// sentence, or the figure in another sentence, is another report.
func TestCollapseReprints(t *testing.T) {
	rep := func(doc string, v float64, sentence string) DriftReport {
		return DriftReport{Value: v, Sentence: sentence, Article: Article{DocID: doc}}
	}
	got := collapseReprints([]DriftReport{
		rep("a", 12, "Divers found 12 boats sunk off Kelvar."),
		rep("b", 12, "Divers  found 12 boats sunk off Kelvar."),
		rep("c", 14, "Divers found 14 boats sunk off Kelvar."),
		rep("d", 12, "The guild counted 12 boats sunk."),
		rep("e", 12, "Divers found 12 boats sunk off Kelvar."),
	})
	if len(got) != 3 || got[0].DocID != "a" || len(got[0].Reprints) != 2 || got[0].Reprints[0].DocID != "b" || got[0].Reprints[1].DocID != "e" ||
		got[1].DocID != "c" || got[2].DocID != "d" {
		t.Errorf("collapseReprints = %+v", got)
	}
}

// TestFigureSources: the place nearest a figure within placeReach (a place
// before a body; at one distance, the first the record lists), and the
// source of the first quote, in record order, that holds the figure.
func TestFigureSources(t *testing.T) {
	rec := &analysis.Record{
		Entities: []analysis.Entity{
			{ID: "e1", Name: "Kelvar", Type: "GPE", Mentions: []analysis.Span{{Start: 100}, {Start: 900}}},
			{ID: "e2", Name: "Dunmore", Type: "GPE", Mentions: []analysis.Span{{Start: 300}}},
			{ID: "e3", Name: "Harbour Guild", Type: "ORG", Mentions: []analysis.Span{{Start: 2000}}},
			{ID: "e4", Name: "Mira Ostrand", Type: "PERSON"},
		},
		Quotes: []analysis.Quote{
			{Start: 150, End: 400, Speaker: "e4"},
			{Start: 120, End: 500, Source: analysis.Source{Description: "a guild official"}},
			{Start: 1900, End: 2100, Source: analysis.Source{Description: "a guild official"}},
		},
	}
	f := newFigureSources(rec)
	for _, tc := range []struct {
		at         int
		place, who string
	}{
		{200, "kelvar", "Mira Ostrand"},             // Kelvar (100) and Dunmore (300) tie: the first listed
		{260, "dunmore", "Mira Ostrand"},            // nearer Dunmore; the first quote in record order holds it
		{450, "dunmore", "a guild official"},        // only the second quote reaches 450
		{2050, "harbour guild", "a guild official"}, // no place within reach: the body
		{5000, "", ""},
	} {
		q := quantity.Quantity{Start: tc.at, End: tc.at + 5}
		if got := f.nearestPlace(tc.at); got != tc.place {
			t.Errorf("nearestPlace(%d) = %q; want %q", tc.at, got, tc.place)
		}
		if got := f.figureSpeaker(q); got != tc.who {
			t.Errorf("figureSpeaker(%d) = %q; want %q", tc.at, got, tc.who)
		}
	}
}
