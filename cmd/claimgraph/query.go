package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/quote"
	"github.com/claimgraph/claimgraph/internal/report"
	"github.com/claimgraph/claimgraph/internal/store"
)

// queryCmd builds a command that opens the store and prints a table.
func queryCmd(use, short string, args cobra.PositionalArgs, run func(cmd *cobra.Command, st store.Store, args []string) (report.Table, error)) *cobra.Command {
	var db, format string
	cmd := &cobra.Command{Use: use, Short: short, Args: args}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if format != "text" && format != "json" && format != "csv" {
			return usageError{fmt.Errorf("--format must be text, json or csv")}
		}
		if _, err := os.Stat(db); err != nil && !strings.Contains(db, "://") {
			return fmt.Errorf("no store at %s: run claimgraph ingest first, or pass --db", db)
		}
		st, err := openStore(cmd.Context(), db)
		if err != nil {
			return err
		}
		defer st.Close()
		t, err := run(cmd, st, args)
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("%s: not found", strings.Join(args, " "))
		}
		if err != nil {
			return err
		}
		// --full, on the commands that have it (see fullFlag).
		if f := cmd.Flags().Lookup("full"); f != nil {
			t.Full = f.Value.String() == "true"
		}
		w := bufio.NewWriter(os.Stdout)
		if err := t.Write(w, format); err != nil {
			return err
		}
		return w.Flush()
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&format, "format", "text", "output: text, json or csv")
	return cmd
}

func itoa(n int) string { return strconv.Itoa(n) }

func queryCmds() []*cobra.Command {
	var spf store.SpeakerFilter
	speakers := queryCmd("speakers", "Speakers with the most quotes, by name, type, outlet and period", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		if err := normalizeDates(&spf.Since, &spf.Until); err != nil {
			return report.Table{}, err
		}
		p, err := st.SpeakerList(cmd.Context(), spf)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), spf.Window)
		if p.Total == 0 && spf.Name != "" {
			if similar, err := st.SimilarSpeakers(cmd.Context(), spf.Name, 5); err == nil && len(similar) > 0 {
				var names []string
				for _, r := range similar {
					names = append(names, r.Name)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "did you mean: %s?\n", strings.Join(names, ", "))
			}
		}
		return report.SpeakersTable(p.Items), nil
	})
	speakers.Example = `  claimgraph speakers --db corpus.db --limit 12
  claimgraph speakers --db corpus.db --outlet Reuters --since 1987-03-01 --until 1987-03-31
  claimgraph speakers --db corpus.db --name baker --type PERSON`
	speakers.Flags().StringVar(&spf.Name, "name", "", "only speakers whose name holds this (any case)")
	speakers.Flags().StringVar(&spf.Type, "type", "", "only this entity type: PERSON, ORG, GPE ...")
	speakers.Flags().StringVar(&spf.Outlet, "outlet", "", "count only the quotes of this outlet")
	speakers.Flags().StringVar(&spf.Since, "since", "", "count only quotes published on or after YYYY-MM-DD")
	speakers.Flags().StringVar(&spf.Until, "until", "", "count only quotes published on or before YYYY-MM-DD")
	speakers.Flags().StringVar(&spf.Sort, "sort", "quotes", "quotes, documents, recent or name")
	windowFlags(speakers, &spf.Window, 50)

	speaker := queryCmd("speaker NAME", "One speaker: roles over time, topics, outlets, quotes and who contradicts them", cobra.MinimumNArgs(1), func(cmd *cobra.Command, st store.Store, args []string) (report.Table, error) {
		d, err := st.Speaker(cmd.Context(), strings.Join(args, " "))
		if err != nil {
			return report.Table{}, err
		}
		t := report.Table{Header: []string{"section", "when", "what", "where", "doc"}, Value: d, Whole: []string{"doc"}}
		t.Rows = append(t.Rows, []string{"speaker", d.First + " .. " + d.Last, fmt.Sprintf("%s (%s): %d quotes in %d documents", d.Name, d.Type, d.Quotes, d.Documents), "", ""})
		for _, r := range d.Roles {
			t.Rows = append(t.Rows, []string{"role", r.First + " .. " + r.Last, r.Role, itoa(r.Count) + " times", ""})
		}
		for _, n := range d.Names {
			t.Rows = append(t.Rows, []string{"name", "", n.Key, itoa(n.Count) + " quotes", ""})
		}
		for _, x := range d.Topics {
			words := x.Key // a topic is shown in the claim's words, its key of stems only when none are kept
			if x.Label != "" {
				words = x.Label
			}
			t.Rows = append(t.Rows, []string{"topic", "", words, itoa(x.Count) + " claims", ""})
		}
		for _, x := range d.Outlets {
			t.Rows = append(t.Rows, []string{"outlet", "", x.Key, itoa(x.Count) + " quotes", ""})
		}
		for _, q := range d.Recent {
			t.Rows = append(t.Rows, []string{"quote", q.Published, q.Text, q.Outlet, q.DocID})
		}
		for _, c := range d.Contradictions {
			t.Rows = append(t.Rows, []string{"contradiction", c.B.Published, c.A.Speaker + " vs " + c.B.Speaker + " on " + c.Label, c.Why, c.A.DocID + " " + c.B.DocID})
		}
		return t, nil
	})

	var f store.QuoteFilter
	var qw store.Window
	quotes := queryCmd("quotes", "Quotes by speaker, topic, outlet and date, newest first", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		if err := normalizeDates(&f.Since, &f.Until); err != nil {
			return report.Table{}, err
		}
		p, err := st.QuoteList(cmd.Context(), f, qw)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), qw)
		return report.QuotesTable(p.Items), nil
	})
	quotes.Flags().StringVar(&f.Speaker, "speaker", "", "full name or surname")
	quotes.Flags().StringVar(&f.Topic, "topic", "", "topic words or an entity name")
	quotes.Flags().StringVar(&f.Outlet, "outlet", "", "outlet name")
	quotes.Flags().StringVar(&f.Since, "since", "", "published on or after YYYY-MM-DD")
	quotes.Flags().StringVar(&f.Until, "until", "", "published on or before YYYY-MM-DD")
	windowFlags(quotes, &qw, 100)

	var cf store.ContradictionFilter
	contradictions := queryCmd("contradictions", "Claims by different speakers that cannot both hold, across articles and outlets; a filter keeps a pair when either side matches", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		if err := normalizeDates(&cf.Since, &cf.Until); err != nil {
			return report.Table{}, err
		}
		p, err := st.ContradictionList(cmd.Context(), cf)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), cf.Window)
		return report.ContradictionsTable(p.Items), nil
	})
	contradictions.Flags().StringVar(&cf.Topic, "topic", "", "only on this topic")
	contradictions.Flags().StringVar(&cf.Speaker, "speaker", "", "only with this speaker on either side")
	contradictions.Flags().StringVar(&cf.Outlet, "outlet", "", "only with a side reported by this outlet")
	contradictions.Flags().StringVar(&cf.Since, "since", "", "only with a side published on or after YYYY-MM-DD")
	contradictions.Flags().StringVar(&cf.Until, "until", "", "only with a side published on or before YYYY-MM-DD")
	contradictions.Flags().Float64Var(&cf.MinConfidence, "min-confidence", 0, "only pairs at least this confident (0-1)")
	contradictions.Flags().StringVar(&cf.Sort, "sort", "confidence", "confidence or date (the later side, newest first)")
	windowFlags(contradictions, &cf.Window, 100)

	var dw store.Window
	drift := queryCmd("drift", "Counts reported with different figures (death tolls, troop numbers) with dates and outlets", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		p, err := st.DriftList(cmd.Context(), dw)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), dw)
		return report.DriftTable(p.Items), nil
	})
	windowFlags(drift, &dw, 50)

	var sf store.SearchFilter
	search := queryCmd("search TEXT", "Full-text search over titles and article text, best match first (BM25; --sort date for newest first)", cobra.MinimumNArgs(1), func(cmd *cobra.Command, st store.Store, args []string) (report.Table, error) {
		sf.Text = strings.Join(args, " ")
		if err := normalizeDates(&sf.Since, &sf.Until); err != nil {
			return report.Table{}, err
		}
		p, err := st.SearchList(cmd.Context(), sf)
		if err != nil {
			return report.Table{}, err
		}
		pageNote(cmd, p.Total, len(p.Items), sf.Window)
		return report.SearchTable(p.Items), nil
	})
	search.Example = `  claimgraph search --db corpus.db "oil prices"
  claimgraph search --db corpus.db --sort date --since 1987-03-01 --outlet Reuters --limit 50 opec`
	search.Flags().StringVar(&sf.Sort, "sort", "rank", "rank (best match first) or date (newest first)")
	search.Flags().StringVar(&sf.Outlet, "outlet", "", "only articles of this outlet")
	search.Flags().StringVar(&sf.Since, "since", "", "published on or after YYYY-MM-DD")
	search.Flags().StringVar(&sf.Until, "until", "", "published on or before YYYY-MM-DD")
	windowFlags(search, &sf.Window, 20)

	stats := queryCmd("stats", "What the store holds", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		s, err := st.Stats(cmd.Context())
		t := report.Table{Header: []string{"what", "count"}, Value: s}
		for _, kv := range [][2]string{{"documents", itoa(s.Documents)}, {"quotes", itoa(s.Quotes)}, {"speakers", itoa(s.Speakers)},
			{"claims", itoa(s.Claims)}, {"contradictions", itoa(s.Contradictions)}, {"quantities", itoa(s.Quantities)},
			{"published from", s.FirstPublished}, {"published to", s.LastPublished}, {"bytes", strconv.FormatInt(s.Bytes, 10)}} {
			t.Rows = append(t.Rows, []string{kv[0], kv[1]})
		}
		return t, err
	})
	sourcing := queryCmd("sourcing", "Quotes credited to named speakers, unnamed sources (\"a spokesman\", \"officials\") and no one, per outlet", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		rows, err := st.Sourcing(cmd.Context())
		t := report.Table{Header: []string{"outlet", "documents", "quotes", "named", "unnamed", "none", "unnamed share"}, Value: rows}
		for _, o := range rows {
			share := "-"
			if o.Quotes > 0 {
				share = strconv.FormatFloat(float64(o.Unnamed)/float64(o.Quotes), 'f', 3, 64)
			}
			name := o.Outlet
			if name == "" {
				name = "(all)"
			}
			t.Rows = append(t.Rows, []string{name, itoa(o.Documents), itoa(o.Quotes), itoa(o.Named), itoa(o.Unnamed), itoa(o.None), share})
		}
		return t, err
	})
	var framingSpeaker string
	framing := queryCmd("framing", "How each outlet reports: reports by the class of their reporting verb (\"claimed\", \"revealed\", \"insisted\"), for everyone or one --speaker", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		counts, err := st.Framing(cmd.Context(), framingSpeaker)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return report.Table{}, fmt.Errorf("speaker %q: not found", framingSpeaker)
			}
			return report.Table{}, err
		}
		return report.FramingTable(report.Framing(counts, quote.NewExtractor().CueClass)), nil
	})
	framing.Flags().StringVar(&framingSpeaker, "speaker", "", "count only the reports of this speaker's words")
	var ulimit int
	unnamed := queryCmd("unnamed", "Unnamed sources by description (each row counts articles; it is not one source)", cobra.NoArgs, func(cmd *cobra.Command, st store.Store, _ []string) (report.Table, error) {
		rows, err := st.UnnamedSources(cmd.Context(), ulimit)
		t := report.Table{Header: []string{"description", "speaks for", "quotes", "documents"}, Value: rows}
		for _, u := range rows {
			t.Rows = append(t.Rows, []string{u.Description, u.Body, itoa(u.Quotes), itoa(u.Documents)})
		}
		return t, err
	})
	unnamed.Flags().IntVar(&ulimit, "limit", 50, "how many")
	fullFlag(speakers, speaker, quotes, contradictions, drift, sourcing, framing, unnamed, search)
	return []*cobra.Command{speakers, speaker, quotes, contradictions, drift, search, stats, sourcing, framing, unnamed, exportCmd()}
}

// fullFlag gives commands --full: text output cuts a cell at 100
// characters to keep its columns readable, and a researcher quoting a
// quote needs it whole.
func fullFlag(cmds ...*cobra.Command) {
	for _, c := range cmds {
		c.Flags().Bool("full", false, "text output: print quotes and other cells whole instead of cutting them at 100 characters")
	}
}

func exportCmd() *cobra.Command {
	var db, format string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write every stored analysis record (jsonl) or every quote (csv)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			w := bufio.NewWriter(os.Stdout)
			defer w.Flush()
			switch format {
			case "jsonl":
				return st.Export(cmd.Context(), func(rec []byte) error {
					w.Write(rec)
					return w.WriteByte('\n')
				})
			case "csv":
				rows, err := st.Quotes(cmd.Context(), store.QuoteFilter{Limit: 1 << 30})
				if err != nil {
					return err
				}
				t := report.Table{Header: []string{"doc", "quote", "published", "outlet", "speaker", "kind", "cue", "text"}}
				for _, q := range rows {
					t.Rows = append(t.Rows, []string{q.DocID, q.QuoteID, q.Published, q.Outlet, q.Speaker, q.Kind, q.Cue, q.Text})
				}
				return t.Write(w, "csv")
			}
			return usageError{fmt.Errorf("--format must be jsonl or csv")}
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl (analysis records) or csv (quotes)")
	return cmd
}

// reprintIDs lists the ids of the articles that reprint a figure's sentence.
