package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// windowFlags adds --limit and --offset for a paged list.
func windowFlags(cmd *cobra.Command, w *store.Window, limit int) {
	cmd.Flags().IntVar(&w.Limit, "limit", limit, "how many rows")
	cmd.Flags().IntVar(&w.Offset, "offset", 0, "skip this many rows first (the next page)")
	prev := cmd.PreRunE
	cmd.PreRunE = func(c *cobra.Command, args []string) error {
		if w.Limit < 1 || w.Offset < 0 {
			return usageError{fmt.Errorf("--limit must be at least 1 and --offset at least 0 (got %d and %d)", w.Limit, w.Offset)}
		}
		if prev != nil {
			return prev(c, args)
		}
		return nil
	}
}

// pageNote tells on stderr which rows of how many were printed and how to
// get the next ones; stdout keeps only the rows (CSV and JSON stay clean).
func pageNote(cmd *cobra.Command, total, shown int, w store.Window) {
	if shown == 0 && total == 0 {
		fmt.Fprintln(cmd.ErrOrStderr(), "nothing matches")
		return
	}
	if shown == 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "no rows after --offset %d: the list has %d\n", w.Offset, total)
		return
	}
	note := fmt.Sprintf("rows %d-%d of %d", w.Offset+min(1, shown), w.Offset+shown, total)
	if w.Offset+shown < total {
		note += fmt.Sprintf("; next: --offset %d", w.Offset+shown)
	}
	fmt.Fprintln(cmd.ErrOrStderr(), note)
}

// normalizeDates checks and normalizes --since/--until values in place.
func normalizeDates(ds ...*string) error {
	for _, d := range ds {
		n, err := document.NormalizeDate(*d)
		if err != nil {
			return usageError{err}
		}
		*d = n
	}
	return nil
}

func listCmds() []*cobra.Command {
	var af store.ArticleFilter
	articles := queryCmd("articles", "Stored articles, newest first, by outlet, date and words", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		if err := normalizeDates(&af.Since, &af.Until); err != nil {
			return report.Table{}, err
		}
		p, err := st.Articles(cmd.Context(), af)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), af.Window)
		return report.ArticlesTable(p.Items), nil
	})
	articles.Example = `  claimgraph articles --db corpus.db --outlet "BBC News" --limit 10
  claimgraph articles --db corpus.db --text "oil prices" --since 1987-01-01 --sort quotes`
	articles.Flags().StringVar(&af.Outlet, "outlet", "", "only this outlet (any case)")
	articles.Flags().StringVar(&af.Text, "text", "", "only articles holding every one of these words")
	articles.Flags().StringVar(&af.Since, "since", "", "published on or after YYYY-MM-DD")
	articles.Flags().StringVar(&af.Until, "until", "", "published on or before YYYY-MM-DD")
	articles.Flags().StringVar(&af.Sort, "sort", "date", "date, title or quotes")
	windowFlags(articles, &af.Window, 50)

	var of store.OutletFilter
	outlets := queryCmd("outlets", "Outlets with their articles and how they source their quotes (named, unnamed, none)", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		p, err := st.Outlets(cmd.Context(), of)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), of.Window)
		return report.OutletsTable(p.Items), nil
	})
	outlets.Example = `  claimgraph outlets --db corpus.db --sort unnamed`
	outlets.Flags().StringVar(&of.Name, "name", "", "only outlets whose name holds this")
	outlets.Flags().StringVar(&of.Sort, "sort", "documents", "documents, quotes, unnamed (share of unnamed sourcing) or name")
	windowFlags(outlets, &of.Window, 50)

	outlet := queryCmd("outlet NAME", "One outlet: whom it quotes, its unnamed sources and reporting verbs against the other outlets", cobra.MinimumNArgs(1), func(cmd *cobra.Command, st store.Store, args []string) (report.Table, error) {
		d, err := st.Outlet(cmd.Context(), strings.Join(args, " "))
		if err != nil {
			return report.Table{}, err
		}
		return report.OutletTable(d), nil
	})
	outlet.Example = `  claimgraph outlet --db corpus.db "BBC News"`

	var tf store.TopicFilter
	topics := queryCmd("topics", "What claims are about: subjects claimed about in at least two articles, with claims for and against", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		p, err := st.Topics(cmd.Context(), tf)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), tf.Window)
		return report.TopicsTable(p.Items), nil
	})
	topics.Example = `  claimgraph topics --db corpus.db --prefix oil
  claimgraph topics --db corpus.db --sort deny --limit 20`
	topics.Flags().StringVar(&tf.Prefix, "prefix", "", "only subjects whose key starts with this")
	topics.Flags().StringVar(&tf.Sort, "sort", "claims", "claims, documents, deny or name")
	windowFlags(topics, &tf.Window, 50)
	fullFlag(articles, outlets, outlet, topics)
	return []*cobra.Command{articles, outlets, outlet, topics}
}
