package lexicon_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
	"github.com/claimgraph/claimgraph/internal/segment"
)

// TestEveryLexiconEntryCanMatch parses every lexicon file of every package
// and checks each field of each entry is what the tokenizer makes of it:
// its tokens, glued, give the entry back without its spaces, so no
// character of it is one the tokenizer drops (a control character, a
// stray separator) and it can be found in a text tokenized alike. The
// large lexicons also have tests through their own matchers
// (entity.TestGazetteerEntriesMatch, quote.TestClockWordsAreOneToken, ...).
func TestEveryLexiconEntryCanMatch(t *testing.T) {
	files, err := filepath.Glob("../*/lexicon/*.txt")
	if err != nil || len(files) < 40 {
		t.Fatalf("found %d lexicon files (%v); the test needs the repository's", len(files), err)
	}
	for _, f := range files {
		entries, err := lexicon.Read(os.DirFS(filepath.Dir(f)), filepath.Base(f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(entries) == 0 {
			t.Errorf("%s: no entries", f)
		}
		for _, e := range entries {
			for _, field := range e.Fields {
				if field == "" {
					continue
				}
				toks := segment.Tokenize(field, 0, len(field), nil)
				var glued strings.Builder
				for _, tk := range toks {
					glued.WriteString(tk.Text)
				}
				if want := strings.Join(strings.Fields(field), ""); len(toks) == 0 || glued.String() != want {
					t.Errorf("%s:%d: %q tokenizes to %q", f, e.Line, field, glued.String())
				}
			}
		}
	}
}
