package analysis_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden analyzes the articles under ../../examples and compares the whole
// record with testdata/NAME.golden.json. Run with -update after an intended
// change and review the diff.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		t.Fatal("no example articles")
	}
	a := analysis.New()
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := document.New(raw, document.Meta{ID: name, Published: "2025-11-18"})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(a.Analyze(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name[:len(name)-len(filepath.Ext(name))]+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("%s differs from %s; rerun with -update and review the diff", name, golden)
			}
		})
	}
}

// TestDeterministic: the same document always gives the same record.
func TestDeterministic(t *testing.T) {
	raw, err := os.ReadFile("../../examples/harbor-dispute.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := document.New(raw, document.Meta{Published: "2025-11-18"})
	a := analysis.New()
	first, _ := json.Marshal(a.Analyze(d))
	for i := 0; i < 20; i++ {
		again, _ := json.Marshal(a.Analyze(d))
		if !bytes.Equal(first, again) {
			t.Fatal("two analyses of one document differ")
		}
	}
}
