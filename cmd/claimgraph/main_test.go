package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputs runs the real binary: each bad input gives one clear error
// line naming the input and a non-zero exit, never a panic.
func TestBadInputs(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "claimgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("The minister said the plan would work. "), 50<<20/39+1)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{"analyze", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"empty", []string{"analyze", write("empty.txt", nil)}, "empty document"},
		{"binary", []string{"analyze", write("junk.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3})}, "binary"},
		{"no article", []string{"analyze", write("nav.html", []byte("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"))}, "no article body"},
		{"huge", []string{"analyze", write("huge.txt", big)}, "huge.txt"},
		{"bad date", []string{"analyze", "--published", "2024-13-45", write("ok.txt", []byte("Hello, she said."))}, "--published"},
		{"bad ingest date", []string{"ingest", "--db", filepath.Join(dir, "bad.db"), "--published", "2025-02-30", write("ok2.txt", []byte("Hello, she said."))}, "--published"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil {
				t.Fatalf("exit 0, want failure")
			}
			msg := stderr.String()
			if strings.Contains(msg, "panic") || strings.Count(strings.TrimSpace(msg), "\n") > 0 || !strings.Contains(msg, tc.want) {
				t.Fatalf("stderr %q: want one line containing %q", msg, tc.want)
			}
		})
	}
}
