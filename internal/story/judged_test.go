package story

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/dataset"
)

// TestJudgedPairs replays the blind verdicts on shared-corpus pairs
// (testdata/stories/judged-near-duplicates.tsv): of the pairs Same calls
// one report, at least 90% must be judged one report, and none may be two
// unrelated reports (a weekly template with new figures).
func TestJudgedPairs(t *testing.T) {
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	f, err := os.Open("../../testdata/stories/judged-near-duplicates.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type pair struct{ a, b, verdict string }
	var pairs []pair
	want := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) < 5 {
			t.Fatalf("short line %q", sc.Text())
		}
		pairs = append(pairs, pair{col[0], col[1], col[4]})
		want[col[0]], want[col[1]] = true, true
	}
	type doc struct{ text, published string }
	docs := map[string]doc{}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	for _, p := range paths {
		g, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		in := bufio.NewScanner(g)
		in.Buffer(make([]byte, 1<<20), 64<<20)
		for in.Scan() {
			var r struct {
				ID, Text  string
				Published *string
			}
			if err := json.Unmarshal(in.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if want[r.ID] {
				d := doc{text: r.Text}
				if r.Published != nil {
					d.published = *r.Published
				}
				docs[r.ID] = d
			}
		}
		g.Close()
	}
	var same, right int
	for _, p := range pairs {
		a, okA := docs[p.a]
		b, okB := docs[p.b]
		if !okA || !okB {
			t.Fatalf("pair %s %s: not in the shared corpus", p.a, p.b)
		}
		if !Same(Sign(a.text), Sign(b.text), a.published, b.published) {
			continue
		}
		same++
		switch p.verdict {
		case "same":
			right++
		case "unrelated":
			t.Errorf("%s and %s are unrelated reports, called one", p.a, p.b)
		}
	}
	if same == 0 {
		t.Fatal("no judged pair is called one report: the test compares nothing")
	}
	if 10*right < 9*same {
		t.Errorf("%d of %d pairs called one report are judged one report; want 90%%", right, same)
	}
	t.Logf("%d pairs called one report, %d judged so, of %d judged pairs", same, right, len(pairs))
}
