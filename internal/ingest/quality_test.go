package ingest

import (
	"strings"
	"testing"
)

func TestQualityBetter(t *testing.T) {
	para := "The council will vote on the plan on 20 March, and a petition against it had gathered more than two thousand signatures by Monday evening."
	clean := strings.Repeat(para+"\n\n", 8)
	oneLine := strings.Repeat(para+" ", 8)
	withBoiler := "24 July 2015\n\n941 comments\n\nShare this article\n\n" + clean
	shorter := strings.Repeat(para+"\n\n", 6)
	tests := []struct {
		name string
		a, b string
		want bool // a better than b
	}{
		{"paragraphs beat one run-together line", clean, oneLine, true},
		{"one run-together line loses even with as many words", oneLine, clean, false},
		{"no boilerplate beats boilerplate", clean, withBoiler, true},
		{"boilerplate loses despite more words", withBoiler, clean, false},
		{"more prose wins", clean, shorter, true},
		{"a near tie keeps the first version", clean + "It did.", clean, false},
		{"identical texts: neither is better", clean, clean, false},
		{"a short single paragraph is not unstructured", para + " " + para, para, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qa, qb := TextQuality(tt.a), TextQuality(tt.b)
			if got := qa.Better(qb); got != tt.want {
				t.Errorf("%v better than %v = %v, want %v", qa, qb, got, tt.want)
			}
		})
	}
}

func TestTextQualityCounts(t *testing.T) {
	q := TextQuality("24 July 2015\n\nHe said it. Then he left.\n\nKenya trip\n\n941 comments")
	want := Quality{Paragraphs: 4, Prose: 6, Boilerplate: 5}
	if q != want {
		t.Errorf("got %+v, want %+v", q, want)
	}
}
