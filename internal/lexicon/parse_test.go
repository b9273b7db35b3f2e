package lexicon_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/lexicon"
)

// TestEveryLexiconFileParses reads every lexicon file of every package as
// the packages do and checks it holds entries, none with an empty first
// field: a file emptied by a generator, or a line that is only a separator,
// fails here rather than as a silent hole. Whether entries can match a
// text is each package's test, through its own matcher
// (entity.TestGazetteerEntriesMatch, quote.TestClockWordsAreOneToken, ...).
func TestEveryLexiconFileParses(t *testing.T) {
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
			if e.Field(0) == "" {
				t.Errorf("%s:%d: empty first field", f, e.Line)
			}
		}
	}
}
