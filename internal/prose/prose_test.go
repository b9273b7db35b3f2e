package prose

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

func TestNotProse(t *testing.T) {
	raw := make([]byte, 300)
	for i := range raw {
		raw[i] = byte(i * 7)
	}
	d := NewDetector()
	for _, tc := range []struct {
		name string
		para string
		want Reason // "" for prose
	}{
		{"news", "Harbour master Mira Ostrand said on Tuesday that the quay was sound and that boats would return to Kelvar within the week, after the storm had passed.", ""},
		{"short heading", "Storm hits Kelvar", ""},
		{"name list", "Ostrand, Kellner, Arunde, Varga, Dosh, Brintle, Ashlow, Pell, Imre, Joss, Tavi, Mira, Oskar, Lund, Berg, Holm, Strand, Vik, Dahl, Aas", ""},
		{"base64", base64.StdEncoding.EncodeToString(raw), LongStrings},
		{"url", "https://example.org/2025/03/04/a-very-long-path/with/segments/and-an-identifier-1234567890", LongStrings},
		{"word salad", strings.Repeat("quay boats Kelvar storm crews market harbour ", 4), NoGrammar},
		{"code table", "CORN SOYBEANS KELVAR 5 UND MAY UNC DUNMORE 1 OVR MAY UP 2 ASHLOW 12 UND MAY UNC 4 UND MAY UP BRINTLE 3 OVR MAY UNC 1 UND", NoGrammar},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Intro line of the text, as it was.\n" + tc.para + "\nLast line."
			got := d.NotProse(text)
			if tc.want == "" {
				if len(got) != 0 {
					t.Errorf("NotProse = %+v; want prose", got)
				}
				return
			}
			start := strings.Index(text, tc.para)
			if len(got) != 1 || got[0].Start != start || got[0].End != start+len(tc.para) || got[0].Reason != tc.want {
				t.Errorf("NotProse = %+v; want [%d, %d) %s", got, start, start+len(tc.para), tc.want)
			}
		})
	}
}

func TestMask(t *testing.T) {
	text := "keep\nmask me\nkeep"
	got := Mask(text, []Span{{5, 12, NoGrammar}})
	if got != "keep\n       \nkeep" || len(got) != len(text) {
		t.Errorf("Mask = %q", got)
	}
}

// TestFunctionWordsCanMatch: every entry is one lower-case word as judge
// compares them.
func TestFunctionWordsCanMatch(t *testing.T) {
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/function_words.txt") {
		w := e.Field(0)
		if w != strings.ToLower(w) || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
			t.Errorf("line %d: %q is not one lower-case word", e.Line, w)
		}
	}
}
