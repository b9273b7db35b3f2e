package signal_test

import (
	"embed"
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// TestSignals: each kind of framing in a text we wrote is flagged where
// the writer frames, and a source's own words are not the writer's.
func TestSignals(t *testing.T) {
	a := analysis.New()
	for _, tc := range []struct {
		name, text, kind, at string
		want                 bool
	}{
		{"vague attribution", "Several reports suggest that the harbor wall was never inspected.", "vague_attribution", "Several reports", true},
		{"factive cue for a body", "The Harbor Front revealed that the wall was never inspected.", "factive_cue", "revealed", true},
		{"unsupported accusation", "Dana Whitfield accused the port authority of hiding the report.", "unsupported_accusation", "accused", true},
		{"loaded word of the writer", "The council made a disgraceful decision on the pier.", "loaded_language", "disgraceful decision", true},
		{"loaded question of the writer", "Is the wall about to fail?\n\nThe port reopens on Friday.", "loaded_question", "Is the wall about to fail", true},
		{"a neutral report", "Dana Whitfield said the wall would be repaired in May.", "vague_attribution", "", false},
		{"a named source is not vague", "Dana Whitfield suggested that the wall was never inspected.", "vague_attribution", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := document.New([]byte(tc.text), document.Meta{Published: "2025-11-18"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			found := false
			for _, s := range a.Analyze(d).Signals {
				got = append(got, s.Kind+":"+s.Text)
				if s.Kind == tc.kind && strings.Contains(s.Text, tc.at) {
					found = true
				}
			}
			if found != tc.want {
				t.Errorf("%s at %q: found %v, want %v; signals %q", tc.kind, tc.at, found, tc.want, got)
			}
		})
	}
}

// TestLoadedPhrasesCanMatch: the detector matches loaded.txt against the
// tokenizer's lower-case words, so each phrase must tokenize into the
// words it lists, and name the technique it is.
func TestLoadedPhrasesCanMatch(t *testing.T) {
	ps := lexicon.Phrases(lexiconFS, "lexicon/loaded.txt")
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/loaded.txt") {
		if len(e.Fields) < 2 || e.Field(1) == "" {
			t.Errorf("line %d: %q names no technique", e.Line, e.Field(0))
			continue
		}
		// The phrase as a text would write it: "it 's" is "it's",
		// "justice , no" is "justice, no".
		var b strings.Builder
		for i, w := range strings.Fields(e.Field(0)) {
			if i > 0 && !strings.HasPrefix(w, "'") && w != "," && w != "." {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		phrase := b.String()
		toks := segment.Tokenize(phrase, 0, len(phrase), nil)
		var words []string
		for _, tk := range toks {
			words = append(words, tk.Lower)
		}
		p, ok := ps.Match(words, 0)
		if !ok || !slices.Equal(p.Words, words) {
			t.Errorf("line %d: %q tokenizes as %q and can never match", e.Line, phrase, words)
		}
	}
}
