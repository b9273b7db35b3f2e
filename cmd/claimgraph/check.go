package main

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

func checkCmd() *cobra.Command {
	var opt check.Options
	cmd := queryCmd(`check "CLAIM"`, "Claim check: the stored statements that support, contradict or discuss a claim, by speaker and outlet", cobra.MinimumNArgs(1),
		func(cmd *cobra.Command, st store.Store, args []string) (report.Table, error) {
			c, err := check.New()
			if err != nil {
				return report.Table{}, err
			}
			r, err := c.Check(cmd.Context(), st, strings.Join(args, " "), opt)
			if errors.Is(err, check.ErrEmptyClaim) {
				return report.Table{}, usageError{err}
			}
			if err != nil {
				return report.Table{}, err
			}
			return report.CheckTable(r), nil
		})
	cmd.Flags().StringVar(&opt.Speaker, "speaker", "", "only this speaker's statements")
	cmd.Flags().StringVar(&opt.Outlet, "outlet", "", "only this outlet's reports")
	cmd.Flags().StringVar(&opt.Since, "since", "", "only reports published on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opt.Until, "until", "", "only reports published on or before this date (YYYY-MM-DD)")
	cmd.Flags().IntVar(&opt.Limit, "limit", 20, "how many statements to list")
	fullFlag(cmd)
	return cmd
}
