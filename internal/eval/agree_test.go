package eval

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
)

// TestScorersAgreeWithScorePy scores the same system output with our
// scorers and with ../shared/tools/score.py and requires identical figures.
func TestScorersAgreeWithScorePy(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes whole gold files")
	}
	scorer := dataset.Require(t, filepath.Join(dataset.SharedDir(), "tools", "score.py"))
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed; score.py cannot run")
	}
	data := dataset.DataDir()
	cases := []struct{ task, gold string }{
		{"temporal", filepath.Join(data, "temporal", "te3-timebank.dev.jsonl")},
		{"temporal", filepath.Join(data, "temporal", "te3-aquaint.dev.jsonl")},
		{"attribution", filepath.Join(data, "attribution", "polnear.dev.jsonl")},
		{"propaganda", filepath.Join(data, "propaganda", "ptc-train.dev.jsonl")},
	}
	a := analysis.New()
	for _, tc := range cases {
		t.Run(filepath.Base(tc.gold), func(t *testing.T) {
			gold := dataset.Require(t, tc.gold)
			var in []Input
			var ours func(map[string]*analysis.Record) string
			var err error
			switch tc.task {
			case "temporal":
				in, ours, err = scored(gold, ReadTemporal, func(g TemporalDoc) Input {
					return Input{ID: g.ID, Text: g.Text, Published: g.DCT, Title: g.Title}
				}, func(docs []TemporalDoc, recs map[string]*analysis.Record, w io.Writer) {
					ScoreTemporal(docs, recs).Print(w)
				})
			case "propaganda":
				in, ours, err = scored(gold, ReadPropaganda, func(g PropagandaDoc) Input { return Input{ID: g.ID, Text: g.Text} },
					func(docs []PropagandaDoc, recs map[string]*analysis.Record, w io.Writer) {
						ScorePropaganda(docs, recs).Print(w)
					})
			case "attribution":
				in, ours, err = scored(gold, ReadAttribution, func(g AttributionDoc) Input { return Input{ID: g.ID, Text: g.Text} },
					func(docs []AttributionDoc, recs map[string]*analysis.Record, w io.Writer) {
						ScoreAttribution(docs, recs, 0.3).Print(w)
					})
			}
			if err != nil {
				t.Fatal(err)
			}
			sys := filepath.Join(t.TempDir(), "system.jsonl")
			f, err := os.Create(sys)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := AnalyzeAll(a, in, f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("python3", scorer, tc.task, sys, gold).CombinedOutput()
			if err != nil {
				t.Fatalf("score.py %s: %v\n%s", tc.task, err, out)
			}
			// Ours may print more (per-technique precision) before score.py's lines.
			got, want := strings.TrimSpace(ours(recs)), strings.TrimSpace(string(out))
			if !strings.HasSuffix(got, want) {
				t.Errorf("claimgraph eval says\n%s\nscore.py says\n%s", got, want)
			}
		})
	}
}

// scored reads gold documents, and returns their inputs and a function that
// prints our score of records analyzed from them.
func scored[G any](path string, read func(string) ([]G, error), input func(G) Input,
	print func([]G, map[string]*analysis.Record, io.Writer)) ([]Input, func(map[string]*analysis.Record) string, error) {
	docs, err := read(path)
	if err != nil {
		return nil, nil, err
	}
	in := make([]Input, len(docs))
	for i, g := range docs {
		in[i] = input(g)
	}
	return in, func(recs map[string]*analysis.Record) string {
		var b bytes.Buffer
		print(docs, recs, &b)
		return b.String()
	}, nil
}
