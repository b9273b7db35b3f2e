package main

import (
	"bufio"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeBindsFirst: serve refuses a store file that does not exist
// (unless --create), prints the address it bound (port 0 becomes a real
// port) and reports a bind error before any "serving" line.
func TestServeBindsFirst(t *testing.T) {
	bin := buildBinary(t)
	missing := filepath.Join(t.TempDir(), "typo.db")
	out, err := exec.Command(bin, "serve", "--db", missing).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "no store at "+missing) {
		t.Errorf("serve on a missing store: %v, %s", err, out)
	}

	db := filepath.Join(t.TempDir(), "new.db")
	cmd := exec.Command(bin, "serve", "--db", db, "--create", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	line, err := bufio.NewReader(stderr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`on http://(127\.0\.0\.1:(\d+))/`).FindStringSubmatch(line)
	if m == nil || m[2] == "0" {
		t.Fatalf("serving line %q: want the bound port", line)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get("http://" + m[1] + "/api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("stats on the served store: %d", resp.StatusCode)
	}

	// The port is taken now: the second server fails on the bind and says so.
	out, err = exec.Command(bin, "serve", "--db", db, "--addr", m[1]).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "listening on "+m[1]) || strings.Contains(string(out), "serving") {
		t.Errorf("serve on a taken port: %v, %s", err, out)
	}
}
