package segment

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// TestSentences: a period ends a sentence unless it closes an abbreviation
// written as one ("Sen.", "Ill.", an initial) or one in any case
// ("etc."); the same word in lower case ("ill.") is an ordinary word.
func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Velick was ill. Harbrix added that he had gout.", 2},
		{"Sen. Dana Velick spoke first.", 1},
		{"The firm in Springfield, Ill. said sales rose.", 1},
		{"John F. Kennedy spoke.", 1},
		{"They sell pens, paper, etc. and more.", 1},
		{"The pier closed. It reopens in May.", 2},
	} {
		s := NewSegmenter().Segment(tc.text)
		if len(s.Sentences) != tc.want {
			var got []string
			for _, sp := range s.Sentences {
				got = append(got, tc.text[s.Tokens[sp.From].Start:s.Tokens[sp.To-1].End])
			}
			t.Errorf("%q: %d sentences %q, want %d", tc.text, len(s.Sentences), got, tc.want)
		}
	}
}

// TestAbbreviationsAreOneToken: each abbreviation is looked up as one
// lower-case token, so an entry the tokenizer splits could never match.
func TestAbbreviationsAreOneToken(t *testing.T) {
	for _, file := range []string{"lexicon/abbreviations.txt", "lexicon/lowercase_abbreviations.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, file) {
			w := e.Field(0)
			toks := Tokenize(w, 0, len(w), nil)
			if len(toks) != 1 || toks[0].Lower != w {
				t.Errorf("%s line %d: %q is %d tokens or not lower case", file, e.Line, w, len(toks))
			}
		}
	}
}

// TestLongSentencesAreCut checks a paragraph without sentence ends is cut
// into sentences of at most MaxSentence tokens that cover it in order, each
// cut made at a comma in its last quarter when there is one.
func TestLongSentencesAreCut(t *testing.T) {
	sg := NewSegmenter()
	for _, tc := range []struct {
		name  string
		text  string
		comma bool
	}{
		{"no punctuation", strings.Repeat("boats and crews ", 400), false},
		{"commas", strings.Repeat("boats and crews, ", 400), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := sg.Segment(tc.text)
			if len(s.Sentences) < 2 {
				t.Fatalf("%d tokens left as %d sentence", len(s.Tokens), len(s.Sentences))
			}
			next := 0
			for i, sp := range s.Sentences {
				if sp.From != next || sp.Len() > MaxSentence || sp.Len() == 0 {
					t.Fatalf("sentence %d = %+v after token %d: want contiguous, 1..%d tokens", i, sp, next, MaxSentence)
				}
				if tc.comma && i < len(s.Sentences)-1 && s.Tokens[sp.To-1].Text != "," {
					t.Errorf("sentence %d ends at %q; want the comma", i, s.Tokens[sp.To-1].Text)
				}
				next = sp.To
			}
			if next != len(s.Tokens) {
				t.Errorf("sentences cover %d of %d tokens", next, len(s.Tokens))
			}
		})
	}
}

// TestTripleApostropheClosesInnerFirst: NYT style writes a quotation
// inside one with single marks, so ”We are told, 'X is special,”' closes
// the single mark before the double one.
func TestTripleApostropheClosesInnerFirst(t *testing.T) {
	text := "''We are told, 'X is special,''' he said."
	var marks []string
	for _, tok := range Tokenize(text, 0, len(text), nil) {
		if tok.Kind == Quote {
			marks = append(marks, tok.Text)
		}
	}
	want := []string{"''", "'", "'", "''"}
	if strings.Join(marks, " ") != strings.Join(want, " ") {
		t.Errorf("quote marks %q, want %q", marks, want)
	}
}
