package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claimgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// syntheticCorpus writes n articles we generate ourselves, each distinct.
func syntheticCorpus(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := []string{"Dana Whitfield", "Marcus Oyelaran", "Ruth Adeyemi", "Tomas Ferreira", "Lena Park"}
	places := []string{"Bellmoor", "Ashford", "Carrow", "Dunmere", "Elsby"}
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		a, b, p := names[i%5], names[(i+2)%5], places[(i/5)%5]
		text := fmt.Sprintf("%s said on Monday that the bridge in %s is safe after inspection number %d.\n"+
			"“We checked every bolt twice,” %s told reporters.\n"+
			"But %s insisted that the bridge in %s is not safe and that %d cracks were found.\n", a, p, i, a, b, p, i%50+3)
		enc.Encode(map[string]string{"id": fmt.Sprintf("synthetic-%05d", i), "text": text, "published": "2025-11-18", "outlet": "Test Wire"})
	}
	return path
}

// TestKillAndResume kills an ingest with SIGKILL as soon as its first
// batch is committed (it says so on standard error with --log), while the
// rest is still to come, then runs it again: no article is lost, none is
// duplicated, and the store is sound.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a real ingest twice")
	}
	bin := buildBinary(t)
	corpus := syntheticCorpus(t, 3000)
	db := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "100", "--log", corpus)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "committed: ") {
				select {
				case committed <- true:
				default:
				}
			}
		}
		close(committed)
	}()
	select {
	case ok := <-committed:
		if !ok {
			cmd.Wait()
			t.Fatal("ingest ended without committing a batch")
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("no batch committed within 2 minutes")
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	ctx := context.Background()
	s0, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("store does not open after the kill: %v", err)
	}
	st0, _ := s0.Stats(ctx)
	s0.Close()
	stored := st0.Documents
	if stored < 100 || stored >= 3000 {
		t.Fatalf("killed with %d of 3000 stored; the kill must land after the first commit and before the last", stored)
	}
	out, err := exec.Command(bin, "ingest", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("resume: %v\n%s", err, out)
	}
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatalf("store does not open after the kill: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 3000 {
		t.Fatalf("after resume: %d documents (%v), want 3000; resume said: %s", st.Documents, err, out)
	}
	var check string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	t.Logf("killed with %d of 3000 stored; resume: %s", stored, out)
}
