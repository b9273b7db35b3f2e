package quote

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// TestCueLexiconShape guards the cue file's layout: one lemma, its forms,
// a known class and known frames on every line. A missing bar once made
// "neutral" a reporting verb.
func TestCueLexiconShape(t *testing.T) {
	classes := map[string]bool{"neutral": true, "emphatic": true, "doubt": true, "factive": true, "hedge": true, "belief": true, "accuse": true}
	frames := map[string]bool{"bare": true, "obj": true, "acc": true, "out": true, "record": true, "wh": true, "noun": true, "aspect": true, "on": true}
	for _, e := range lexicon.MustRead(lexiconFS, "lexicon/cues.txt") {
		if len(e.Fields) != 4 {
			t.Errorf("line %d: %d fields, want lemma | forms | class | frames", e.Line, len(e.Fields))
			continue
		}
		if strings.Contains(strings.TrimSpace(e.Field(0)), " ") {
			t.Errorf("line %d: lemma %q is more than one word", e.Line, e.Field(0))
		}
		if !classes[e.Field(2)] {
			t.Errorf("line %d: unknown class %q", e.Line, e.Field(2))
		}
		for _, f := range strings.Fields(e.Field(3)) {
			if !frames[f] {
				t.Errorf("line %d: unknown frame %q", e.Line, f)
			}
		}
	}
}

// TestOneTokenLexicons: these files are looked up one lower-case token at
// a time, so an entry the tokenizer splits could never match.
func TestOneTokenLexicons(t *testing.T) {
	for _, file := range []string{"lexicon/clock_words.txt", "lexicon/asides.txt", "lexicon/plan_nouns.txt", "lexicon/person_bodies.txt"} {
		for _, e := range lexicon.MustRead(lexiconFS, file) {
			w := e.Field(0)
			toks := segment.Tokenize(w, 0, len(w), nil)
			if len(toks) != 1 || toks[0].Lower != w {
				t.Errorf("%s line %d: %q is %d tokens or not lower case; it can never match", file, e.Line, w, len(toks))
			}
		}
	}
}
