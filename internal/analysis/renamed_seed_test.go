package analysis_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestRenamedSeed renames the seed's people, places and groups to names no
// lexicon of ours lists (testdata/renamed-seed/*.tsv) and requires every
// required item of the renamed gold, scored by the independent score.py:
// the seed must pass by its grammar, not by its names.
func TestRenamedSeed(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed: the independent scorer cannot run")
	}
	shared := dataset.SharedDir()
	article, err := os.ReadFile(dataset.Require(t, filepath.Join(shared, "seed", "article.txt")))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := os.ReadFile(filepath.Join(shared, "seed", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	tables, err := filepath.Glob(filepath.Join("testdata", "renamed-seed", "*.tsv"))
	if err != nil || len(tables) == 0 {
		t.Fatalf("no rename tables: %v", err)
	}
	a := analysis.New()
	for _, table := range tables {
		t.Run(strings.TrimSuffix(filepath.Base(table), ".tsv"), func(t *testing.T) {
			r := readRenames(t, table)
			text := r.Replace(string(article))
			if text == string(article) {
				t.Fatal("the rename table changed nothing")
			}
			var g any
			if err := json.Unmarshal(gold, &g); err != nil {
				t.Fatal(err)
			}
			renamed, err := json.Marshal(renameStrings(g, r))
			if err != nil {
				t.Fatal(err)
			}
			d, err := document.New([]byte(text), document.Meta{Published: "2024-03-25"})
			if err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(a.Analyze(d))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			sys, exp := filepath.Join(dir, "system.json"), filepath.Join(dir, "expected.json")
			if err := os.WriteFile(sys, out, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(exp, renamed, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("python3", filepath.Join(shared, "tools", "score.py"), "seed", sys, exp)
			var buf bytes.Buffer
			cmd.Stdout, cmd.Stderr = &buf, &buf
			err = cmd.Run()
			if err != nil || !strings.Contains(buf.String(), "PASS seed required") {
				t.Errorf("score.py seed on the renamed seed (%v):\n%s", err, buf.String())
			}
		})
	}
}

func readRenames(t *testing.T, path string) *strings.Replacer {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pairs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), "\t")
		if !ok || from == "" {
			t.Fatalf("%s: bad line %q", path, sc.Text())
		}
		pairs = append(pairs, from, to)
	}
	return strings.NewReplacer(pairs...)
}

// renameStrings applies r to every string of a decoded JSON value.
func renameStrings(v any, r *strings.Replacer) any {
	switch x := v.(type) {
	case string:
		return r.Replace(x)
	case []any:
		for i := range x {
			x[i] = renameStrings(x[i], r)
		}
	case map[string]any:
		for k := range x {
			x[k] = renameStrings(x[k], r)
		}
	}
	return v
}
