package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// bulkCommands analyze documents by the thousand and are bound by it: for
// them a relaxed GOGC under a soft heap ceiling trades spare memory for less
// collection (analyze --jsonl of the Reuters file: 2.3 s and 109 MB against
// 2.7 s and 57 MB under Go's default). The others keep Go's defaults: ingest,
// reanalyze and watch wait on the store's one writer, so the relaxed setting
// bought them nothing but memory (ingest of the shared corpus about 28 s
// either way, peak 233 MB against 138 MB); a long-running server under it
// grows its heap to the ceiling and then collects on every request.
var bulkCommands = map[string]bool{"analyze": true, "worker": true, "eval": true, "train": true}

// setMemory applies the memory settings of the top-level command cmd
// belongs to; GOGC and GOMEMLIMIT in the environment win.
func setMemory(cmd *cobra.Command) {
	for cmd.HasParent() && cmd.Parent().HasParent() {
		cmd = cmd.Parent()
	}
	if !bulkCommands[cmd.Name()] {
		return
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(analysis.GCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(analysis.MemoryLimit)
	}
}
