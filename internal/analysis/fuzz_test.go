package analysis_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// FuzzAnalyze: any bytes either fail document checks or analyze without
// panicking, with every offset on a character boundary and every text equal
// to its slice.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"“We will win,” she said. \"Yes,\" he added, \"today.\"",
		"Officials said on Friday that 2,500 troops would stay until early next March.",
		"\xff\xfe broken “ quote \" marks ‘ ’ and Mr. al-Sudani, who said: “",
		"Is it true? Several reports suggest so! The end of 2014. mid-2020. February 30, 2024.",
		"Days before the vote, 82 people were killed and 1,700 injured. In the 1957-58 season he ran 3:07:35.",
		"‘The players’ union is strong,’ she said. “Data,” according to Smith. Sources close to the minister revealed it.",
		"Third-quarter profit rose. In the year-ago period it lost £9.9m; a third of staff left at 10:35 a.m. (0735 GMT) Friday.",
		"WASHINGTON —",
		"Dana Whitfield: In the latest poll, ``We said'' ''so'', claimed responsibility for",
		"The head of the Harbor Authority, Dana Whitfield, claimed, while Oyelaran — who ran — asserted, saying,",
		"The company said. About 9 percent said they went on to say “",
		"",
	} {
		f.Add(s, "2024-03-25")
	}
	a := analysis.New()
	f.Fuzz(func(t *testing.T, text, published string) {
		d, err := document.New([]byte(text), document.Meta{Published: published})
		if err != nil {
			return
		}
		rec := a.Analyze(d)
		txt := rec.Document.Text
		check := func(what string, s, e int, got string) {
			if s < 0 || e > len(txt) || s > e || !utf8.ValidString(txt[s:e]) || txt[s:e] != got {
				t.Fatalf("%s [%d,%d) %q invalid for text of %d bytes", what, s, e, got, len(txt))
			}
		}
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				check("mention", m.Start, m.End, m.Text)
			}
		}
		for _, q := range rec.Quotes {
			checkQuote(t, txt, q)
			if q.SpeakerMention != nil {
				check("speaker mention", q.SpeakerMention.Start, q.SpeakerMention.End, q.SpeakerMention.Text)
			}
		}
		for _, x := range rec.Timexes {
			check("timex", x.Start, x.End, x.Text)
		}
		for _, x := range rec.Quantities {
			check("quantity", x.Start, x.End, x.Text)
		}
		for _, x := range rec.Signals {
			check("signal", x.Start, x.End, x.Text)
		}
	})
}

// checkQuote checks a quote's span and text: the covering span lies in the
// text, and the text is the span's, or, for a split quotation, its
// fragments' joined.
func checkQuote(t *testing.T, txt string, q analysis.Quote) {
	t.Helper()
	if q.Start < 0 || q.End > len(txt) || q.Start > q.End || !utf8.ValidString(txt[q.Start:q.End]) {
		t.Fatalf("quote [%d,%d) outside a text of %d bytes", q.Start, q.End, len(txt))
	}
	if len(q.Fragments) < 2 {
		if txt[q.Start:q.End] != q.Text {
			t.Fatalf("quote [%d,%d) text %q is not the span's", q.Start, q.End, q.Text)
		}
		return
	}
	parts := make([]string, len(q.Fragments))
	for i, f := range q.Fragments {
		if f.Start < q.Start || f.End > q.End || f.Start > f.End || txt[f.Start:f.End] != f.Text {
			t.Fatalf("quote [%d,%d): fragment %+v invalid", q.Start, q.End, f)
		}
		parts[i] = f.Text
	}
	if want := strings.Join(parts, analysis.FragmentJoin); q.Text != want {
		t.Fatalf("quote text %q, want its fragments joined %q", q.Text, want)
	}
}
