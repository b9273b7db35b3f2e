package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/eval"
)

// evalContradictionsCmd scores a store's contradictions against judged
// pairs (testdata/contradictions): precision on the judged pairs the
// current code emits, recall of the judged-genuine ones, and the emitted
// pairs not yet judged.
func evalContradictionsCmd() *cobra.Command {
	var db, unjudgedOut string
	var judged []string
	c := &cobra.Command{
		Use:   "contradictions",
		Short: "Contradictions in a store against judged pairs: precision, recall of the genuine ones, and what is unjudged",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(judged) == 0 {
				files, err := filepath.Glob("testdata/contradictions/*.tsv")
				if err != nil || len(files) == 0 {
					return fmt.Errorf("no judged pairs: pass --judged FILE (default testdata/contradictions/*.tsv)")
				}
				judged = files
			}
			verdicts, err := eval.ReadJudged(judged...)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			pairs, err := st.ContradictionPairs(cmd.Context())
			if err != nil {
				return err
			}
			keys := make([]string, len(pairs))
			rules := map[string]string{}
			for i, p := range pairs {
				keys[i] = p.Key()
				rules[keys[i]] = p.Rule
			}
			score := eval.ScoreContradictions(keys, rules, verdicts)
			score.Print(os.Stdout)
			if unjudgedOut != "" {
				f, err := os.Create(unjudgedOut)
				if err != nil {
					return fmt.Errorf("--unjudged: %w", err)
				}
				for _, k := range score.Unjudged {
					fmt.Fprintln(f, k)
				}
				if err := f.Close(); err != nil {
					return fmt.Errorf("--unjudged %s: %w", unjudgedOut, err)
				}
			}
			return nil
		},
	}
	dbFlag(c, &db)
	c.Flags().StringSliceVar(&judged, "judged", nil, "verdict files, TSV key/verdict/reason (default testdata/contradictions/*.tsv)")
	c.Flags().StringVar(&unjudgedOut, "unjudged", "", "write the keys of emitted pairs no verdict covers here, one per line")
	return c
}
