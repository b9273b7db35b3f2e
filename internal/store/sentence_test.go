package store

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

func TestSentenceAround(t *testing.T) {
	sg := segment.NewSegmenter()
	text := "The quay opened in May. Ms. Tarrow said the quay is safe. She left.\n\nA new paragraph follows."
	long := strings.Repeat("Word after word goes on. ", 200) + "Here the figure is 12 boats. " + strings.Repeat("More text runs on here. ", 200)
	at := strings.Index(long, "12 boats")
	for _, tc := range []struct {
		name       string
		text       string
		start, end int
		want       string
	}{
		{"one sentence, an abbreviation inside", text, strings.Index(text, "the quay is"), strings.Index(text, " safe") + 5, "Ms. Tarrow said the quay is safe."},
		{"a span over two sentences", text, strings.Index(text, "safe"), strings.Index(text, "left"), "Ms. Tarrow said the quay is safe. She left."},
		{"not across a paragraph", text, strings.Index(text, "A new"), len(text), "A new paragraph follows."},
		{"inside a long text", long, at, at + len("12 boats"), "Here the figure is 12 boats."},
		{"a span outside the text", text, 10, 1000, ""},
		{"an empty span", text, 5, 5, ""},
	} {
		if got := sentenceAround(sg, tc.text, tc.start, tc.end); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		// sentencesIn, which segments a text once for many spans, agrees.
		if got := sentencesIn(sg, tc.text, [][2]int{{tc.start, tc.end}})[0]; got != tc.want {
			t.Errorf("%s: sentencesIn got %q, want %q", tc.name, got, tc.want)
		}
	}
}
