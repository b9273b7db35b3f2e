package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// longQuote is a quote of more than 160 characters, ending in words a cut
// would lose.
const longQuote = "The harbour wall has passed every test the engineers have thrown at it this year, from the spring tides to the autumn gales, and it will hold through the winter storms without a single crack"

func TestTextFull(t *testing.T) {
	d, err := document.New([]byte("“"+longQuote+",” Dana Whitfield said on Tuesday."), document.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	if len(rec.Quotes) == 0 || len([]rune(rec.Quotes[0].Text)) <= 160 {
		t.Fatalf("the fixture must give a quote over 160 characters: %+v", rec.Quotes)
	}
	tests := []struct {
		name    string
		opts    report.TextOptions
		whole   bool
		explain bool
	}{
		{"default cuts", report.TextOptions{}, false, false},
		{"full keeps the quote whole", report.TextOptions{Full: true}, true, false},
		{"full with explain", report.TextOptions{Full: true, Explain: true}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.TextWith(&b, &rec, tt.opts); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(b.String(), "without a single crack"); got != tt.whole {
				t.Errorf("quote whole = %v, want %v:\n%s", got, tt.whole, b.String())
			}
			if got := strings.Contains(b.String(), "why:"); got != tt.explain {
				t.Errorf("explained = %v, want %v", got, tt.explain)
			}
		})
	}
}

func TestTableFullAndWhole(t *testing.T) {
	longID := "https://courier.example/" + strings.Repeat("harbour-wall-", 10) + "end"
	table := func(full bool) report.Table {
		return report.Table{Header: []string{"quote", "doc"}, Rows: [][]string{{longQuote, longID}}, Whole: []string{"doc"}, Full: full}
	}
	tests := []struct {
		name      string
		full      bool
		wantQuote bool
	}{
		{"default cuts the quote, never the id", false, false},
		{"full keeps both", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := table(tt.full).Write(&b, "text"); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.Contains(out, longID) {
				t.Errorf("document id cut:\n%s", out)
			}
			if got := strings.Contains(out, "without a single crack"); got != tt.wantQuote {
				t.Errorf("quote whole = %v, want %v:\n%s", got, tt.wantQuote, out)
			}
		})
	}
	// CSV is never cut.
	var b bytes.Buffer
	if err := table(false).Write(&b, "csv"); err != nil || !strings.Contains(b.String(), "without a single crack") {
		t.Errorf("csv cut: %v\n%s", err, b.String())
	}
}

// TestContradictionsTextNamesEverySource: each side's article line gives
// outlet, date and document id, saying so when one is unknown.
func TestContradictionsTextNamesEverySource(t *testing.T) {
	rows := []store.ContradictionRow{{Topic: "wall", Label: "the wall", Rule: "negation", Confidence: 0.9, Why: "one says it holds, one not",
		A: store.ClaimSide{Speaker: "Dana Whitfield", Quote: longQuote, Article: store.Article{DocID: "doc-a", Outlet: "Bellmoor Courier", Published: "2025-11-18"}},
		B: store.ClaimSide{Speaker: "Marcus Oyelaran", Quote: "the wall will not hold", Article: store.Article{DocID: "doc-b"}}}}
	var b bytes.Buffer
	if err := report.ContradictionsText(&b, rows); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Bellmoor Courier, 2025-11-18, [doc-a]", "(outlet unknown), (date unknown), [doc-b]", "without a single crack"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
}

func TestTableBlank(t *testing.T) {
	tb := report.Table{Header: []string{"published", "outlet", "doc"}, Rows: [][]string{{"", "", "doc-1"}}, Blank: "-"}
	var text, csv bytes.Buffer
	if err := tb.Write(&text, "text"); err != nil {
		t.Fatal(err)
	}
	if err := tb.Write(&csv, "csv"); err != nil {
		t.Fatal(err)
	}
	if f := strings.Fields(strings.Split(text.String(), "\n")[1]); len(f) != 3 || f[0] != "-" || f[1] != "-" {
		t.Errorf("text row %q: want the unknown date and outlet shown as -", f)
	}
	if !strings.Contains(csv.String(), ",,doc-1") {
		t.Errorf("csv must keep empty cells empty:\n%s", csv.String())
	}
}
