package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/eval"
	"github.com/claimgraph/claimgraph/internal/store"
)

// evalCheckCmd scores claim check's top matches for a list of claims
// against blind verdicts (internal/check/testdata).
func evalCheckCmd() *cobra.Command {
	var db, claimsPath, unjudgedOut string
	var judged []string
	var limit int
	c := &cobra.Command{
		Use:   "check",
		Short: "Claim check's top matches for judged claims: share with the judge's stance, and what is unjudged",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			judged, err := orGlob(judged, "internal/check/testdata/judged-*.tsv")
			if err != nil {
				return err
			}
			verdicts, err := eval.ReadCheckVerdicts(judged...)
			if err != nil {
				return err
			}
			claims, err := check.ReadClaims(claimsPath)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			ch, err := check.New()
			if err != nil {
				return err
			}
			var results []*check.Result
			for _, claim := range claims {
				r, err := ch.Check(cmd.Context(), st, claim, check.Options{QuoteFilter: store.QuoteFilter{Limit: limit}})
				if err != nil {
					return fmt.Errorf("%q: %w", claim, err)
				}
				results = append(results, r)
			}
			sc := eval.ScoreCheck(results, verdicts)
			sc.Print(os.Stdout)
			if unjudgedOut != "" {
				return os.WriteFile(unjudgedOut, []byte(strings.Join(sc.Unjudged, "\n")+"\n"), 0o644)
			}
			return nil
		},
	}
	dbFlag(c, &db)
	c.Flags().StringVar(&claimsPath, "claims", "internal/check/testdata/claims.txt", "the claims, one per line")
	c.Flags().StringSliceVar(&judged, "judged", nil, "verdict files, TSV claim/key/verdict/reason (default internal/check/testdata/judged-*.tsv)")
	c.Flags().StringVar(&unjudgedOut, "unjudged", "", "write the matches no verdict covers here (claim<TAB>key)")
	c.Flags().IntVar(&limit, "limit", 10, "how many top matches per claim are scored")
	return c
}

// orGlob is files, or when none were given the files matching glob (the
// verdicts kept in the repository), run from its root.
func orGlob(files []string, glob string) ([]string, error) {
	if len(files) > 0 {
		return files, nil
	}
	found, err := filepath.Glob(glob)
	if err != nil || len(found) == 0 {
		return nil, fmt.Errorf("no verdict files: pass --judged FILE (default %s, from the repository's root)", glob)
	}
	return found, nil
}
