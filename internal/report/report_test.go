package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
)

const article = `“The wall will hold,” Dana Whitfield said on Tuesday.
Marcus Oyelaran insisted that the wall will not hold.
<script>alert(1)</script> "</textarea><img src=x onerror=alert(2)>," said Dana Whitfield.
Is the wall safe?`

func analyze(t *testing.T) *analysis.Record {
	d, err := document.New([]byte(article), document.Meta{Title: "Harbor <b>wall</b>", Published: "2025-11-18"})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	return &rec
}

func TestTextGroupsBySpeaker(t *testing.T) {
	var b bytes.Buffer
	if err := report.Text(&b, analyze(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"== Dana Whitfield", "== Marcus Oyelaran", "[direct, said", "[indirect, insisted", "== Dates", "== How sources are framed", "loaded_question"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

func TestHTMLEscapesArticleText(t *testing.T) {
	var b bytes.Buffer
	if err := report.HTML(&b, analyze(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>alert", "<img src=x", "</textarea><img", "<b>wall</b>"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report contains unescaped %q", bad)
		}
	}
	for _, want := range []string{`<mark class="c1 direct" title="Dana Whitfield (direct)">`, "Content-Security-Policy", "Marcus Oyelaran"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML report lacks %q", want)
		}
	}
}

// TestLayoutMarksOnlyTheQuotedWords: in a quotation split around its
// attribution, the reporter's words between the pieces are not marked as
// the speaker's, and the record's text holds only the pieces.
func TestLayoutMarksOnlyTheQuotedWords(t *testing.T) {
	text := "“The wall will hold through the winter,” Dana Whitfield told reporters. “Nobody should lose sleep over it.”"
	d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	if len(rec.Quotes) != 1 || len(rec.Quotes[0].Fragments) != 2 {
		t.Fatalf("precondition: one quotation in two pieces, got %+v", rec.Quotes)
	}
	if got, want := rec.Quotes[0].Text, "The wall will hold through the winter … Nobody should lose sleep over it."; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	for _, para := range report.Layout(&rec).Paragraphs {
		for _, p := range para {
			if p.Quote && strings.Contains(p.Text, "told reporters") {
				t.Errorf("narration %q marked as quoted", p.Text)
			}
			if !p.Quote && strings.Contains(p.Text, "Nobody should") {
				t.Errorf("quoted words %q not marked", p.Text)
			}
		}
	}
}
