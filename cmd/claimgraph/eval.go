package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/eval"
)

func evalCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "eval", Short: "Score the analyzer on gold data (attribution, temporal, propaganda)"}
	var out string
	var threshold float64
	attr := &cobra.Command{
		Use:   "attribution GOLD.jsonl",
		Short: "Quote and speaker attribution: P/R/F1 for direct+mixed, indirect and all; speaker accuracy",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := eval.ReadAttribution(args[0])
			if err != nil {
				return err
			}
			in := make([]eval.Input, len(gold))
			for i, g := range gold {
				in[i] = eval.Input{ID: g.ID, Text: g.Text}
			}
			recs, err := analyzeTo(in, out)
			if err != nil {
				return err
			}
			eval.ScoreAttribution(gold, recs, threshold).Print(os.Stdout)
			return nil
		},
	}
	attr.Flags().Float64Var(&threshold, "threshold", 0.3, "overlap needed, as a share of the longer span")
	temporal := &cobra.Command{
		Use:   "temporal GOLD.jsonl",
		Short: "Temporal expressions (TempEval-3 task A): strict and relaxed extent F1, value F1, type",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := eval.ReadTemporal(args[0])
			if err != nil {
				return err
			}
			in := make([]eval.Input, len(gold))
			for i, g := range gold {
				in[i] = eval.Input{ID: g.ID, Text: g.Text, Published: g.DCT, Title: g.Title}
			}
			recs, err := analyzeTo(in, out)
			if err != nil {
				return err
			}
			eval.ScoreTemporal(gold, recs).Print(os.Stdout)
			return nil
		},
	}
	propaganda := &cobra.Command{
		Use:   "propaganda GOLD.jsonl",
		Short: "Propaganda span identification (SemEval-2020 Task 11 SI) and per-technique precision",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := eval.ReadPropaganda(args[0])
			if err != nil {
				return err
			}
			in := make([]eval.Input, len(gold))
			for i, g := range gold {
				in[i] = eval.Input{ID: g.ID, Text: g.Text}
			}
			recs, err := analyzeTo(in, out)
			if err != nil {
				return err
			}
			eval.ScorePropaganda(gold, recs).Print(os.Stdout)
			return nil
		},
	}
	for _, c := range []*cobra.Command{attr, temporal, propaganda} {
		c.Flags().StringVar(&out, "out", "", "also write the system records as JSONL here (for score.py)")
		cmd.AddCommand(c)
	}
	return cmd
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
