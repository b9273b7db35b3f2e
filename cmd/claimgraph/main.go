// Command claimgraph reads news and builds a ledger of attributed claims:
// who said what, when, on whose authority, and who contradicts whom.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/store"
)

func main() {
	root := newRoot()
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph:", err)
		os.Exit(exitCode(err))
	}
}

// newRoot builds the command tree.
func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "claimgraph",
		Short:         "Attributed claims from news: quotes, speakers, dates, contradictions, sourcing signals",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
		// Every subcommand runs this (none has a hook of its own).
		PersistentPreRun: func(cmd *cobra.Command, _ []string) { setMemory(cmd) },
	}
	root.AddCommand(analyzeCmd(), evalCmd(), ingestCmd(), reanalyzeCmd(), serveCmd(), workerCmd(), statusCmd(), retryCmd(), relinkCmd(), watchCmd(), trainCmd(), checkCmd())
	root.AddCommand(queryCmds()...)
	root.AddCommand(listCmds()...)
	addExamples(root)
	return root
}

// usageError marks errors in how the command was called (exit status 2).
type usageError struct{ error }

func exitCode(err error) int {
	if _, ok := err.(usageError); ok {
		return 2
	}
	return 1
}

// version names the build (module version, or the commit it was built
// from) and the analysis it writes, which decides when stored records are
// stale.
func version() string {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
	}
	return v + ", analysis " + store.AnalyzerVersion
}
