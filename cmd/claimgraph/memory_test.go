package main

import (
	"runtime/debug"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
)

// TestSetMemory: bulk analysis commands (and their subcommands) get the
// relaxed GOGC, the server and the read-only commands keep Go's default.
func TestSetMemory(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	root := newRoot()
	for _, tc := range []struct {
		args []string
		bulk bool
	}{
		{[]string{"analyze"}, true},
		{[]string{"ingest"}, false},
		{[]string{"worker"}, true},
		{[]string{"eval", "attribution"}, true},
		{[]string{"serve"}, false},
		{[]string{"stats"}, false},
		{[]string{"check"}, false},
		{[]string{"relink"}, false},
	} {
		cmd, _, err := root.Find(tc.args)
		if err != nil || cmd.Name() != tc.args[len(tc.args)-1] {
			t.Fatalf("%v: no such command (%v)", tc.args, err)
		}
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(1 << 40)
		setMemory(cmd)
		gc := debug.SetGCPercent(100)
		limit := debug.SetMemoryLimit(-1)
		if bulk := gc == analysis.GCPercent && limit == analysis.MemoryLimit; bulk != tc.bulk {
			t.Errorf("%v: GOGC %d, limit %d; want bulk settings %v", tc.args, gc, limit, tc.bulk)
		}
	}
}

// TestBulkCommandsExist: every name in bulkCommands is a command.
func TestBulkCommandsExist(t *testing.T) {
	root := newRoot()
	for name := range bulkCommands {
		if cmd, _, err := root.Find([]string{name}); err != nil || cmd.Name() != name {
			t.Errorf("bulkCommands holds %q, which is no command", name)
		}
	}
}

// TestUserGOGCWins: GOGC in the environment is left alone.
func TestUserGOGCWins(t *testing.T) {
	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	cmd, _, _ := newRoot().Find([]string{"analyze"})
	setMemory(cmd)
	if gc := debug.SetGCPercent(77); gc != 77 {
		t.Errorf("GOGC set to %d under GOGC=50 in the environment", gc)
	}
}
