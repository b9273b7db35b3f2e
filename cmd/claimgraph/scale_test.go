package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/queue"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/postgres"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// TestWorkersOverPostgres queues a corpus (plus one poison document), runs
// three worker processes, kills one with SIGKILL mid-run, and checks that
// every document was analyzed exactly once, that the poison document is
// parked as failed with its reason, and that the stored results equal a
// single-process SQLite run of the same corpus, contradictions included
// once the cross-document relink job has run.
func TestWorkersOverPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs worker processes against PostgreSQL")
	}
	dsn := postgres.FreshSchema(t)
	bin := buildBinary(t)
	// The shared BBC corpus when it is there, else articles we generate.
	corpus, want := filepath.Join(dataset.DataDir(), "corpus", "bbc.jsonl"), 2225
	if _, err := os.Stat(corpus); err != nil {
		corpus, want = syntheticCorpus(t, 600), 600
	}
	poison := filepath.Join(t.TempDir(), "poison.jsonl")
	// Valid JSON that cannot become a document: it fails in the worker every time.
	os.WriteFile(poison, []byte(`{"id":"poison","text":"\u0000\u0001\u0002binary"}`+"\n"), 0o644)
	// The poison line fails at ingest too (binary text), so queue it by hand below.

	if out, err := exec.Command(bin, "ingest", "--queue", "--db", dsn, corpus).CombinedOutput(); err != nil {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	ctx := context.Background()
	pool, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if _, err := pool.Exec(ctx, `INSERT INTO claimgraph_raw (id, source, text) VALUES ('poison', 'poison.jsonl#line 1', '')`); err != nil {
		t.Fatal(err)
	}
	// The poison rides in a batch with a good article (queued in its own
	// batch too): the batch must store the article and park the poison
	// alone, through a job of its own.
	var good string
	if err := pool.QueryRow(ctx, `SELECT id FROM claimgraph_raw WHERE id <> 'poison' ORDER BY id LIMIT 1`).Scan(&good); err != nil {
		t.Fatal(err)
	}
	client, _ := queue.NewClient(pool, nil, nil, queue.Options{})
	if _, err := client.Insert(ctx, queue.AnalyzeArgs{DocIDs: []string{"poison", good}}, nil); err != nil {
		t.Fatal(err)
	}

	start := func() *exec.Cmd {
		c := exec.Command(bin, "worker", "--db", dsn, "--concurrency", "4", "--max-attempts", "3", "--retry-base", "100ms",
			"--job-timeout", "3s", "--rescue-after", "5s")
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	workers := []*exec.Cmd{start(), start(), start()}
	defer func() {
		for _, w := range workers {
			w.Process.Signal(syscall.SIGTERM)
			w.Wait()
		}
	}()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	killed := false
	deadline := time.Now().Add(4 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(250 * time.Millisecond)
		s, _ := st.Stats(ctx)
		if !killed && s.Documents > 50 {
			workers[0].Process.Signal(syscall.SIGKILL)
			workers[0].Wait()
			workers = workers[1:]
			killed = true
		}
		qs, err := queue.ReadStatus(ctx, pool)
		if err != nil {
			t.Fatal(err)
		}
		if s.Documents == want && qs.States["discarded"] == 1 && qs.States["available"]+qs.States["running"]+qs.States["retryable"]+qs.States["scheduled"] == 0 {
			break
		}
	}
	if !killed {
		t.Error("the run ended before a worker could be killed")
	}
	qs, _ := queue.ReadStatus(ctx, pool)
	b, _ := json.Marshal(qs)
	t.Logf("queue: %s", b)
	if qs.States["discarded"] != 1 || len(qs.LastErrors) != 1 || !strings.HasPrefix(qs.LastErrors[0], "poison: ") {
		t.Errorf("poison document not parked with its reason: %s", b)
	}
	// Stored documents' raw rows are deleted; the failed one keeps its row
	// for `retry`.
	var raws []string
	if rows, err := pool.Query(ctx, `SELECT id FROM claimgraph_raw`); err == nil {
		for rows.Next() {
			var id string
			rows.Scan(&id)
			raws = append(raws, id)
		}
		rows.Close()
	}
	if len(raws) != 1 || raws[0] != "poison" {
		t.Errorf("raw rows left after the run: %d (%.5v); want only the failed one", len(raws), raws)
	}

	// The same corpus in one process into SQLite.
	ref := filepath.Join(t.TempDir(), "ref.db")
	if out, err := exec.Command(bin, "ingest", "--db", ref, corpus).CombinedOutput(); err != nil {
		t.Fatalf("reference ingest: %v\n%s", err, out)
	}
	// The cross-document step, as a job for the workers, and by hand on the
	// reference: afterwards both hold the same contradictions.
	if out, err := exec.Command(bin, "relink", "--queue", "--db", dsn).CombinedOutput(); err != nil {
		t.Fatalf("relink --queue: %v\n%s", err, out)
	}
	relinked := false
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end) && !relinked; time.Sleep(250 * time.Millisecond) {
		var n int
		pool.QueryRow(ctx, `SELECT COUNT(*) FROM river_job WHERE kind = 'claimgraph_relink' AND state = 'completed'`).Scan(&n)
		relinked = n == 1
	}
	if !relinked {
		t.Fatal("the relink job did not complete within 2 minutes")
	}
	if out, err := exec.Command(bin, "relink", "--db", ref).CombinedOutput(); err != nil {
		t.Fatalf("relink: %v\n%s", err, out)
	}
	rs, err := sqlite.Open(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	compare(t, ctx, st, rs)
}

func compare(t *testing.T, ctx context.Context, got, want store.Store) {
	g, _ := got.Stats(ctx)
	w, _ := want.Stats(ctx)
	g.Bytes, w.Bytes = 0, 0
	if g != w {
		t.Errorf("workers stored %+v, a single SQLite run %+v", g, w)
	}
	gs, _ := got.Speakers(ctx, 1000)
	ws, _ := want.Speakers(ctx, 1000)
	if len(gs) != len(ws) {
		t.Fatalf("%d speakers vs %d", len(gs), len(ws))
	}
	for i := range gs {
		if gs[i].Name != ws[i].Name || gs[i].Quotes != ws[i].Quotes {
			t.Errorf("speaker %d: %+v vs %+v", i, gs[i], ws[i])
			if i > 0 && gs[i-1].Name != ws[i-1].Name {
				t.FailNow() // the lists are shifted from here on
			}
		}
	}
}
