package corpus

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store/postgres"
)

// BenchmarkIngestPostgresTemplates ingests 3,000 articles written from one
// template (names, places and numbers filled in, as a wire service's
// routine reports are) into a fresh PostgreSQL schema: every article is a
// near-copy of many others, the worst case for story grouping and for the
// cross-article comparison of claims about one subject.
//
//	go test -run XXX -bench IngestPostgresTemplates -benchtime 1x ./internal/corpus/
func BenchmarkIngestPostgresTemplates(b *testing.B) {
	path := filepath.Join(b.TempDir(), "templates.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Dana Whitfield", "Marcus Oyelaran", "Ruth Adeyemi", "Tomas Ferreira", "Lena Park"}
	places := []string{"Bellmoor", "Ashford", "Carrow", "Dunmere", "Elsby"}
	enc := json.NewEncoder(f)
	const n = 3000
	for i := range n {
		a, c, p := names[i%5], names[(i+2)%5], places[(i/5)%5]
		text := fmt.Sprintf("%s said on Monday that the bridge in %s is safe after inspection number %d.\n"+
			"“We checked every bolt twice,” %s told reporters.\n"+
			"But %s insisted that the bridge in %s is not safe and that %d cracks were found.\n", a, p, i, a, c, p, i%50+3)
		if err := enc.Encode(map[string]string{"id": fmt.Sprintf("template-%05d", i), "text": text, "published": "2025-11-18", "outlet": "Test Wire"}); err != nil {
			b.Fatal(err)
		}
	}
	f.Close()
	ctx := context.Background()
	a := analysis.New()
	var secs float64
	for b.Loop() {
		st, err := postgres.Open(ctx, postgres.FreshSchema(b))
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Ingest(ctx, a, st, []string{path}, Options{Workers: 2})
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		if rep.Added != n {
			b.Fatalf("added %d of %d", rep.Added, n)
		}
		secs += rep.Elapsed.Seconds()
	}
	b.ReportMetric(float64(n*b.N)/secs, "articles/s")
}
