package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/eval"
	"github.com/claimgraph/claimgraph/internal/store"
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
			judged, err := orGlob(judged, "testdata/contradictions/*.tsv")
			if err != nil {
				return err
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
			statements := map[string][]string{}
			for i, p := range pairs {
				keys[i] = p.Key()
				rules[keys[i]] = p.Rule
				if sp := p.StatementPair(); sp != "" {
					statements[keys[i]] = append(statements[keys[i]], sp)
				}
			}
			// Judged-genuine pairs the store does not emit as such may be
			// emitted from a reprint: look up their statements.
			for k, j := range verdicts {
				if _, ok := statements[k]; ok || j.Verdict != eval.VerdictGenuine {
					continue
				}
				pairs, err := judgedStatements(cmd.Context(), st, k)
				if err != nil {
					return err
				}
				statements[k] = pairs
			}
			score := eval.ScoreContradictions(keys, rules, verdicts, statements)
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

// judgedStatements are the statement pairs a judged key ("DOC:START-END |
// DOC:START-END") may stand for; none when a side is not stored.
func judgedStatements(ctx context.Context, st store.Store, key string) ([]string, error) {
	a, b, _ := strings.Cut(key, " | ")
	var sides [2][]string
	for i, side := range []string{a, b} {
		doc, span, ok := cutLast(side, ":")
		var start, end int
		if _, err := fmt.Sscanf(span, "%d-%d", &start, &end); !ok || err != nil {
			return nil, fmt.Errorf("judged pair %q: side %q is not DOC:START-END", key, side)
		}
		var err error
		if sides[i], err = st.QuoteStatements(ctx, store.QuoteAt{Doc: doc, Start: start, End: end}); err != nil {
			return nil, err
		}
	}
	var out []string
	for _, x := range sides[0] {
		for _, y := range sides[1] {
			out = append(out, store.ContradictionPair{A: store.QuoteAt{Statement: x}, B: store.QuoteAt{Statement: y}}.StatementPair())
		}
	}
	return out, nil
}

func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}
