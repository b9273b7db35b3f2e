package main

import (
	"bytes"
	"context"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/internal/store/postgres"
)

// reorder writes the lines of corpus in the order order leaves them.
func reorder(t *testing.T, corpus string, name string, order func(lines [][]byte)) string {
	t.Helper()
	raw, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimRight(raw, "\n"), []byte("\n"))
	order(lines)
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, append(bytes.Join(lines, []byte("\n")), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runAll starts every command at once and returns each one's combined
// output and error.
func runAll(cmds []*exec.Cmd) ([]string, []error) {
	outs, errs := make([]string, len(cmds)), make([]error, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := c.CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()
	return outs, errs
}

var addedRE = regexp.MustCompile(`(\d+) added, (\d+) skipped`)

// TestConcurrentIngestPostgres runs three ingest processes at once on one
// fresh PostgreSQL database over the same articles in three orders
// (forwards, backwards, shuffled), in small batches so that their
// transactions interleave: each must exit 0, and every article must be
// stored once, added by exactly one of them.
func TestConcurrentIngestPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three ingest processes against PostgreSQL")
	}
	dsn := postgres.FreshSchema(t)
	bin := buildBinary(t)
	const n = 600
	corpus := syntheticCorpus(t, n)
	backwards := reorder(t, corpus, "backwards.jsonl", func(l [][]byte) {
		for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
			l[i], l[j] = l[j], l[i]
		}
	})
	shuffled := reorder(t, corpus, "shuffled.jsonl", func(l [][]byte) {
		rand.New(rand.NewSource(7)).Shuffle(len(l), func(i, j int) { l[i], l[j] = l[j], l[i] })
	})
	var cmds []*exec.Cmd
	for _, in := range []string{corpus, backwards, shuffled} {
		cmds = append(cmds, exec.Command(bin, "ingest", "--db", dsn, "--batch", "10", in))
	}
	outs, errs := runAll(cmds)
	added, skipped := 0, 0
	for i := range cmds {
		if errs[i] != nil {
			t.Fatalf("ingest %d: %v\n%s", i, errs[i], outs[i])
		}
		m := addedRE.FindStringSubmatch(outs[i])
		if m == nil {
			t.Fatalf("ingest %d printed no summary:\n%s", i, outs[i])
		}
		a, _ := strconv.Atoi(m[1])
		s, _ := strconv.Atoi(m[2])
		added, skipped = added+a, skipped+s
	}
	if added != n || skipped != 2*n {
		t.Errorf("the three ingests added %d and skipped %d; want %d added once and %d skipped", added, skipped, n, 2*n)
	}
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var docs, ids int
	if err := st.DB().QueryRow(`SELECT COUNT(*), COUNT(DISTINCT id) FROM documents`).Scan(&docs, &ids); err != nil {
		t.Fatal(err)
	}
	if docs != n || ids != n {
		t.Errorf("stored %d documents with %d distinct ids; want %d", docs, ids, n)
	}
}

// TestConcurrentOpenPostgres has three processes open one empty database
// at the same moment, several times over: each must succeed, and the
// schema must be migrated once.
func TestConcurrentOpenPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes against PostgreSQL")
	}
	bin := buildBinary(t)
	for round := 0; round < 5; round++ {
		dsn := postgres.FreshSchema(t)
		var cmds []*exec.Cmd
		for range 3 {
			cmds = append(cmds, exec.Command(bin, "stats", "--db", dsn))
		}
		outs, errs := runAll(cmds)
		for i := range cmds {
			if errs[i] != nil {
				t.Fatalf("round %d, process %d: %v\n%s", round, i, errs[i], outs[i])
			}
		}
		st, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		var rows, versions int
		err = st.DB().QueryRow(`SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&rows, &versions)
		st.Close()
		if err != nil || rows != versions || rows == 0 {
			t.Errorf("round %d: schema_migrations holds %d rows, %d versions (%v); want each version once", round, rows, versions, err)
		}
	}
}
