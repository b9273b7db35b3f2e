package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/eval"
)

// evalRun builds an eval subcommand: read gold, analyze its texts, score.
func evalRun[G any](use, short string, out *string, read func(string) ([]G, error), input func(G) eval.Input,
	score func([]G, map[string]*analysis.Record)) *cobra.Command {
	var split, goldOut string
	c := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			if split != "" {
				dst := goldOut
				if dst == "" {
					dir, err := os.MkdirTemp("", "claimgraph-split")
					if err != nil {
						return err
					}
					defer os.RemoveAll(dir)
					dst = filepath.Join(dir, "gold.jsonl")
				}
				if _, err := eval.WriteSplit(path, dst, strings.Split(split, ",")); err != nil {
					return err
				}
				path = dst
			}
			gold, err := read(path)
			if err != nil {
				return err
			}
			in := make([]eval.Input, len(gold))
			for i, g := range gold {
				in[i] = input(g)
			}
			recs, err := analyzeTo(in, *out)
			if err != nil {
				return err
			}
			score(gold, recs)
			return nil
		},
	}
	c.Flags().StringVar(&split, "split", "", "score only the documents whose orig_split is one of these (comma-separated: train,dev or test)")
	c.Flags().StringVar(&goldOut, "gold-out", "", "with --split, write the selected gold lines here (for score.py)")
	return c
}

func evalCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "eval", Short: "Score the analyzer on gold data (attribution, temporal, propaganda)"}
	var out, errorsOut string
	var threshold float64
	attr := evalRun("attribution GOLD.jsonl", "Quote and speaker attribution: P/R/F1 for direct+mixed, indirect and all; speaker accuracy", &out,
		eval.ReadAttribution, func(g eval.AttributionDoc) eval.Input { return eval.Input{ID: g.ID, Text: g.Text} },
		func(gold []eval.AttributionDoc, recs map[string]*analysis.Record) {
			eval.ScoreAttribution(gold, recs, threshold).Print(os.Stdout)
		})
	attr.Flags().Float64Var(&threshold, "threshold", 0.3, "overlap needed, as a share of the longer span")
	temporal := evalRun("temporal GOLD.jsonl", "Temporal expressions (TempEval-3 task A): strict and relaxed extent F1, value F1, type", &out,
		eval.ReadTemporal, func(g eval.TemporalDoc) eval.Input {
			return eval.Input{ID: g.ID, Text: g.Text, Published: g.DCT, Title: g.Title}
		},
		func(gold []eval.TemporalDoc, recs map[string]*analysis.Record) {
			score := eval.ScoreTemporal(gold, recs)
			if errorsOut != "" {
				if err := writeTemporalErrors(errorsOut, score); err != nil {
					fmt.Fprintln(os.Stderr, err)
				}
			}
			score.Print(os.Stdout)
		})
	temporal.Flags().StringVar(&errorsOut, "errors", "", "write every disagreement with the gold here, one tab-separated line each")
	propaganda := evalRun("propaganda GOLD.jsonl", "Propaganda span identification (SemEval-2020 Task 11 SI) and per-technique precision", &out,
		eval.ReadPropaganda, func(g eval.PropagandaDoc) eval.Input { return eval.Input{ID: g.ID, Text: g.Text} },
		func(gold []eval.PropagandaDoc, recs map[string]*analysis.Record) {
			eval.ScorePropaganda(gold, recs).Print(os.Stdout)
		})
	for _, c := range []*cobra.Command{attr, temporal, propaganda} {
		c.Flags().StringVar(&out, "out", "", "also write the system records as JSONL here (for score.py)")
		cmd.AddCommand(c)
	}
	cmd.AddCommand(evalSpeakersCmd())
	cmd.AddCommand(evalContradictionsCmd())
	cmd.AddCommand(evalStanceCmd())
	cmd.AddCommand(evalCheckCmd())
	return cmd
}

// evalSpeakersCmd scores canonical speakers against our own gold for modern
// news (testdata/speakers), whose texts stay in the shared corpus.
func evalSpeakersCmd() *cobra.Command {
	var goldDir, corpusDir, attributionDir, split, errorsOut string
	c := &cobra.Command{
		Use:   "speakers",
		Short: "Canonical speakers on modern news: quotes found with the right named speaker, unnamed source or none (testdata/speakers)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var splits []string
			if split != "" {
				splits = strings.Split(split, ",")
			}
			if errorsOut != "" && (len(splits) == 0 || slices.Contains(splits, "test")) {
				return fmt.Errorf("--errors needs --split train or dev: the test documents are held out, scored but never inspected")
			}
			gold, err := eval.ReadSpeakerGold(goldDir, splits)
			if err != nil {
				return err
			}
			ids := map[string]bool{}
			for _, g := range gold {
				ids[g.Doc] = true
			}
			docs, err := eval.ReadCorpusDocs(ids, corpusDir, attributionDir)
			if err != nil {
				return err
			}
			in := make([]eval.Input, 0, len(docs))
			for _, d := range docs {
				in = append(in, eval.Input{ID: d.ID, Text: d.Text, Published: d.Published, Title: d.Title})
			}
			recs, err := eval.AnalyzeAll(analysis.New(), in, nil)
			if err != nil {
				return err
			}
			score := eval.ScoreSpeakers(gold, docs, recs, 0.3)
			if errorsOut != "" {
				f, err := os.Create(errorsOut)
				if err != nil {
					return fmt.Errorf("--errors: %w", err)
				}
				score.PrintErrors(f)
				if err := f.Close(); err != nil {
					return fmt.Errorf("--errors %s: %w", errorsOut, err)
				}
			}
			score.Print(os.Stdout)
			return nil
		},
	}
	c.Flags().StringVar(&goldDir, "gold", "testdata/speakers", "folder of gold-*.jsonl and split.txt")
	c.Flags().StringVar(&corpusDir, "corpus", filepath.Join(dataset.DataDir(), "corpus"), "folder of the shared corpus JSONL files the gold indexes")
	c.Flags().StringVar(&attributionDir, "attribution", filepath.Join(dataset.DataDir(), "attribution"), "folder of the attribution JSONL files (PolNeAR articles the gold indexes)")
	c.Flags().StringVar(&split, "split", "", "score only documents of these splits (comma-separated: train, dev, test; default all)")
	c.Flags().StringVar(&errorsOut, "errors", "", "with --split train or dev (never test), write every missed or misattributed quote here")
	return c
}

func analyzeTo(in []eval.Input, out string) (map[string]*analysis.Record, error) {
	a := analysis.New()
	if out == "" {
		return eval.AnalyzeAll(a, in, nil)
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, err
	}
	recs, err := eval.AnalyzeAll(a, in, f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", out, cerr)
	}
	return recs, err
}

func writeTemporalErrors(path string, score eval.TemporalScore) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--errors: %w", err)
	}
	score.PrintErrors(f)
	if err := f.Close(); err != nil {
		return fmt.Errorf("--errors %s: %w", path, err)
	}
	return nil
}
