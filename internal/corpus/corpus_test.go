package corpus

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// TestSharedCorpusIngest ingests the shared corpus's raw pages, feeds and
// archive plus one JSONL file: every item is stored or reported, and a
// second run adds nothing.
func TestSharedCorpusIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the shared corpus")
	}
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	paths := []string{filepath.Join(dir, "raw"), filepath.Join(dir, "readability_pages.jsonl"), filepath.Join(dir, "bbc.jsonl")}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := analysis.New()
	var failures []string
	rep, err := Ingest(ctx, a, st, paths, Options{Failure: func(src string, err error) { failures = append(failures, src+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first run: %+v; failures: %v", rep, failures)
	if rep.Read != rep.Added+rep.Skipped+rep.Failed+rep.Replaced {
		t.Errorf("items unaccounted for: %+v", rep)
	}
	if rep.Added < 2200 {
		t.Errorf("only %d documents stored", rep.Added)
	}
	again, err := Ingest(ctx, a, st, paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Added != 0 {
		t.Errorf("second run added %d documents", again.Added)
	}
	stats, _ := st.Stats(ctx)
	if stats.Documents != rep.Added {
		t.Errorf("store holds %d documents, first run added %d", stats.Documents, rep.Added)
	}
}
