package corpus

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// TestContradictionsDoNotDependOnOrder ingests the whole shared corpus
// forwards and backwards: both stores hold the same contradictions, and
// relinking either, once or twice, changes none of them.
func TestContradictionsDoNotDependOnOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the shared corpus twice")
	}
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	ctx := context.Background()
	open := func(name string) store.Store {
		st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	forward := open("forward.db")
	if _, err := Ingest(ctx, analysis.New(), forward, []string{dir}, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	var recs []analysis.Record
	if err := forward.Export(ctx, func(raw []byte) error {
		var r analysis.Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		recs = append(recs, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Reverse(recs)
	backward := open("backward.db")
	for i := 0; i < len(recs); i += 256 {
		if _, err := backward.Put(ctx, recs[i:min(i+256, len(recs))], nil); err != nil {
			t.Fatal(err)
		}
	}
	pairs := func(st store.Store) []string {
		ps, err := st.ContradictionPairs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, p := range ps {
			keys = append(keys, p.Key()+" "+p.Rule)
		}
		slices.Sort(keys)
		return keys
	}
	want := pairs(forward)
	if len(want) == 0 {
		t.Fatal("the shared corpus yields no contradiction: the test would compare nothing")
	}
	same := func(what string, got []string) {
		if !slices.Equal(got, want) {
			var only []string
			for _, k := range got {
				if !slices.Contains(want, k) {
					only = append(only, "+"+k)
				}
			}
			for _, k := range want {
				if !slices.Contains(got, k) {
					only = append(only, "-"+k)
				}
			}
			t.Errorf("%s: %d contradictions, forwards %d; differ: %v", what, len(got), len(want), only)
		}
	}
	same("backwards", pairs(backward))
	for _, x := range []struct {
		name string
		st   store.Store
	}{{"forwards relinked", forward}, {"backwards relinked", backward}, {"forwards relinked twice", forward}} {
		if _, err := x.st.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		same(x.name, pairs(x.st))
	}
	t.Logf("%d contradictions, the same in every order", len(want))
}
