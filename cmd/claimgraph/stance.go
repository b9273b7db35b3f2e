package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/stance"
)

// fncDir is where the shared FNC-1 files live.
func fncDir() string { return filepath.Join(dataset.DataDir(), "stance", "fnc1") }

func trainCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "train", Short: "Train the in-repo models from the shared data"}
	cmd.AddCommand(trainStanceCmd())
	return cmd
}

func trainStanceCmd() *cobra.Command {
	cfg := stance.DefaultConfig
	var out, dir string
	var holdout float64
	var byTopic bool
	c := &cobra.Command{
		Use:   "stance",
		Short: "Train the stance model on FNC-1's training split (fixed seed: the same bytes every run)",
		Long: `Train the stance model on FNC-1's train_bodies.csv and train_stances.csv.
With --holdout, about that share of the training bodies (and every pair using them) is kept
out and the model trained on the rest is scored on them: that is the figure to tune on.
The competition test is never read here. --out writes the model (the embedded one is
internal/stance/model/stance.bin.gz).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			bodies, err := stance.ReadFNCBodies(filepath.Join(dir, "train_bodies.csv"))
			if err != nil {
				return err
			}
			pairs, err := stance.ReadFNCStances(filepath.Join(dir, "train_stances.csv"))
			if err != nil {
				return err
			}
			train, held := pairs, []stance.FNCPair(nil)
			if holdout > 0 {
				if byTopic {
					train, held = stance.SplitByTopic(pairs, holdout, cfg.Seed)
				} else {
					train, held = stance.SplitByBody(pairs, holdout, cfg.Seed)
				}
			}
			tp, err := stance.TrainingPairs(bodies, train)
			if err != nil {
				return err
			}
			start := time.Now()
			m, err := stance.Train(tp, cfg, func(epoch int, loss float64) {
				fmt.Fprintf(os.Stderr, "epoch %d: loss %.4f (%s)\n", epoch+1, loss, time.Since(start).Round(time.Second))
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stdout, "trained on %d pairs (%d held out)\n", len(tp), len(held))
			if len(held) > 0 {
				got, err := stance.NewWithModel(m).PredictFNC(bodies, held)
				if err != nil {
					return err
				}
				sys := make([]stance.FNCPair, len(held))
				for i, p := range held {
					sys[i] = stance.FNCPair{Headline: p.Headline, BodyID: p.BodyID, Stance: got[i].String()}
				}
				sc, err := stance.ScoreFNC(held, sys)
				if err != nil {
					return err
				}
				fmt.Fprintln(os.Stdout, "held-out training bodies (in-sample for tuning):")
				sc.Print(os.Stdout)
			}
			if out != "" {
				var buf bytes.Buffer
				if err := m.Encode(&buf); err != nil {
					return err
				}
				if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
					return fmt.Errorf("writing the model: %w", err)
				}
				fmt.Fprintf(os.Stdout, "wrote %s (%d bytes)\n", out, buf.Len())
			}
			return nil
		},
	}
	c.Flags().StringVar(&dir, "fnc", fncDir(), "directory of the FNC-1 CSV files")
	c.Flags().StringVar(&out, "out", "", "write the trained model here")
	c.Flags().Float64Var(&holdout, "holdout", 0, "share of the training bodies to hold out and score on (0: train on all)")
	c.Flags().BoolVar(&byTopic, "by-topic", true, "with --holdout, hold out whole topics (headlines and bodies joined by related pairs: new claims, as in the competition test); false holds out by Body ID only")
	c.Flags().IntVar(&cfg.Hidden, "hidden", cfg.Hidden, "hidden units")
	c.Flags().IntVar(&cfg.Hash, "hash", cfg.Hash, "hashed word buckets (0: dense features only)")
	c.Flags().IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "passes over the training pairs")
	c.Flags().Float64Var(&cfg.Rate, "rate", cfg.Rate, "initial learning rate")
	c.Flags().Float64Var(&cfg.ClassPower, "class-power", cfg.ClassPower, "label weighting: 0 none, 1 every label equal")
	c.Flags().Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed (weights, order, hold-out split)")
	return c
}

func evalStanceCmd() *cobra.Command {
	var bodiesPath, out string
	c := &cobra.Command{
		Use:   "stance STANCES.csv",
		Short: "Stance (FNC-1): write the submission file and print FNC score, macro-F1 and per-class F1",
		Long: `Tell the stance of every (Headline, Body ID) pair of STANCES.csv with the embedded model,
write them in FNC-1's submission format (--out), and, when STANCES.csv has a Stance column,
score them as ../shared/tools/score.py stance does.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if bodiesPath == "" {
				return usageError{fmt.Errorf("--bodies BODIES.csv is required")}
			}
			bodies, err := stance.ReadFNCBodies(bodiesPath)
			if err != nil {
				return err
			}
			gold, err := stance.ReadFNCStances(args[0])
			if err != nil {
				return err
			}
			s, err := stance.New()
			if err != nil {
				return err
			}
			got, err := s.PredictFNC(bodies, gold)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if out != "" {
				var buf bytes.Buffer
				if err := stance.WriteFNC(&buf, gold, got); err != nil {
					return err
				}
				if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
					return fmt.Errorf("writing %s: %w", out, err)
				}
			}
			if len(gold) == 0 || gold[0].Stance == "" {
				return nil
			}
			sys := make([]stance.FNCPair, len(gold))
			for i, p := range gold {
				sys[i] = stance.FNCPair{Headline: p.Headline, BodyID: p.BodyID, Stance: got[i].String()}
			}
			sc, err := stance.ScoreFNC(gold, sys)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			sc.Print(os.Stdout)
			return nil
		},
	}
	c.Flags().StringVar(&bodiesPath, "bodies", "", "the FNC-1 bodies file the pairs' Body IDs refer to")
	c.Flags().StringVar(&out, "out", "", "write the system's stances here (FNC-1 submission CSV)")
	return c
}
