package dataset

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelperRequire is run by TestRequire in a child process: it requires
// the shared corpus, as the tests on shared data do.
func TestHelperRequire(t *testing.T) {
	if os.Getenv("CLAIMGRAPH_HELPER") != "1" {
		t.Skip("run by TestRequire")
	}
	Require(t, filepath.Join(DataDir(), "corpus"))
}

// TestRequire: with CLAIMGRAPH_SHARED naming a missing folder, a test on
// shared data skips, and under CI=true it fails, naming the path.
func TestRequire(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-shared-here")
	for _, tc := range []struct {
		ci       string
		fails    bool
		mentions string
	}{
		{"", false, "SKIP"},
		{"true", true, "shared data not available under CI=true"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRequire$", "-test.v")
		cmd.Env = append(os.Environ(), "CLAIMGRAPH_HELPER=1", "CLAIMGRAPH_SHARED="+missing, "CLAIMGRAPH_DATA=", "CI="+tc.ci)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), tc.mentions) || !strings.Contains(string(out), missing) {
			t.Errorf("CI=%q: err %v, output:\n%s\nwant failed=%v, mentioning %q and the path", tc.ci, err, out, tc.fails, tc.mentions)
		}
	}
}
