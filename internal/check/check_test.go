package check_test

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// seedStore is a SQLite store holding text as one article.
func seedStore(t *testing.T, text string) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d, err := document.New([]byte(text), document.Meta{ID: "seed", Published: "2024-03-25", Outlet: "The Cradle"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, []analysis.Record{analysis.New().Analyze(d)}, []string{"seed"}); err != nil {
		t.Fatal(err)
	}
	return st
}

// renames reads the renamed-seed tables the analysis tests use (one
// replacer per table; the first is no rename at all).
func renames(t *testing.T) map[string]*strings.Replacer {
	t.Helper()
	out := map[string]*strings.Replacer{"original": strings.NewReplacer()}
	tables, err := filepath.Glob(filepath.Join("..", "analysis", "testdata", "renamed-seed", "*.tsv"))
	if err != nil || len(tables) == 0 {
		t.Fatalf("no rename tables: %v", err)
	}
	for _, path := range tables {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var pairs []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			from, to, ok := strings.Cut(sc.Text(), "\t")
			if !ok {
				t.Fatalf("%s: bad line %q", path, sc.Text())
			}
			pairs = append(pairs, from, to)
		}
		f.Close()
		out[strings.TrimSuffix(filepath.Base(path), ".tsv")] = strings.NewReplacer(pairs...)
	}
	return out
}

// TestSeedClaim: on a store holding the seed, "ISIS is no longer a threat
// in Iraq" is supported by al-Sudani and contradicted by Romanowski, and
// nobody takes the other side; the same with every name renamed.
func TestSeedClaim(t *testing.T) {
	article, err := os.ReadFile(dataset.Require(t, filepath.Join(dataset.SharedDir(), "seed", "article.txt")))
	if err != nil {
		t.Fatal(err)
	}
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range renames(t) {
		t.Run(name, func(t *testing.T) {
			text := r.Replace(string(article))
			if name != "original" && text == string(article) {
				t.Fatal("the rename table changed nothing")
			}
			st := seedStore(t, text)
			res, err := c.Check(context.Background(), st, r.Replace("ISIS is no longer a threat in Iraq"), check.Options{})
			if err != nil {
				t.Fatal(err)
			}
			sudani, romanowski := r.Replace("Mohammed Shia al-Sudani"), r.Replace("Alina Romanowski")
			sides := map[string]map[string]int{}
			for _, m := range res.Matches {
				if sides[m.Speaker] == nil {
					sides[m.Speaker] = map[string]int{}
				}
				sides[m.Speaker][m.Stance]++
				if m.Published != "2024-03-25" || m.Outlet != "The Cradle" || m.DocID != "seed" {
					t.Errorf("match without its article: %+v", m)
				}
			}
			if sides[sudani]["supports"] == 0 || sides[sudani]["contradicts"] > 0 {
				t.Errorf("%s: %v, want supports only", sudani, sides[sudani])
			}
			if sides[romanowski]["contradicts"] == 0 || sides[romanowski]["supports"] > 0 {
				t.Errorf("%s: %v, want contradicts only", romanowski, sides[romanowski])
			}
			for _, s := range res.Sides {
				if s.First != "2024-03-25" || s.Latest != "2024-03-25" || len(s.Speakers) == 0 {
					t.Errorf("side %s without its dates or speakers: %+v", s.Stance, s)
				}
			}
		})
	}
}

// TestBadClaims: an empty claim is refused with a message; a huge claim
// is cut with a note; a claim in another script, or with nothing relevant
// stored, says so instead of failing.
func TestBadClaims(t *testing.T) {
	st := seedStore(t, "The harbour board said on Monday that the new pier would open in May.\n")
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, claim := range []string{"", "   ", "the of and", "?!"} {
		if _, err := c.Check(ctx, st, claim, check.Options{}); !errors.Is(err, check.ErrEmptyClaim) {
			t.Errorf("claim %q: error %v, want ErrEmptyClaim", claim, err)
		}
	}
	for _, tc := range []struct{ name, claim, note string }{
		{"huge", strings.Repeat("the pier opens in May ", 500), "cut"},
		{"other script", "Новый причал откроется в мае", "no stored statement"},
		{"nothing relevant", "Volcanic ash grounded every flight", "no stored statement"},
		{"invalid utf-8", "the new pier \xff\xfe will open in May", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := c.Check(ctx, st, tc.claim, check.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Note, tc.note) {
				t.Errorf("note %q, want it to say %q", res.Note, tc.note)
			}
			if !utf8.ValidString(res.Claim) {
				t.Errorf("claim %q is not valid UTF-8", res.Claim)
			}
			if tc.name == "invalid utf-8" && (!strings.Contains(res.Claim, "\uFFFD") || len(res.Matches) == 0) {
				t.Errorf("an invalid byte in a claim: claim %q with %d matches, want it repaired and the pier statement found", res.Claim, len(res.Matches))
			}
		})
	}
}
