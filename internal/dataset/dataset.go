package dataset

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// SharedDir returns the shared folder: $CLAIMGRAPH_SHARED, else ../shared
// beside the repository root.
func SharedDir() string {
	if d := os.Getenv("CLAIMGRAPH_SHARED"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	return filepath.Join(root, "..", "shared")
}

// DataDir returns the data folder: $CLAIMGRAPH_DATA, else SharedDir()/data.
func DataDir() string {
	if d := os.Getenv("CLAIMGRAPH_DATA"); d != "" {
		return d
	}
	return filepath.Join(SharedDir(), "data")
}

// Require returns path, or skips the test with a message naming what is
// missing. Under CI=true a missing path fails the test instead: a checkout
// without the shared data must not pass as green.
func Require(tb testing.TB, path string) string {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data not available under CI=true (%s); set CLAIMGRAPH_SHARED or CLAIMGRAPH_DATA", path)
		}
		tb.Skipf("shared data not available (%s); set CLAIMGRAPH_SHARED or CLAIMGRAPH_DATA to run this test", path)
	}
	return path
}
