package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/queue"
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

// TestRelinkWhileWorkersIngest runs `relink` twice on a stored corpus while
// two workers analyze a queue of further articles, with one attempt per job
// and a short job timeout: no job may fail or time out, workers must store
// articles while relink runs (it works in short transactions), and every
// article must end up stored.
func TestRelinkWhileWorkersIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs workers and relink against PostgreSQL")
	}
	dsn := postgres.FreshSchema(t)
	bin := buildBinary(t)
	// The BBC and FNC-1 files of the shared corpus (4,692 articles):
	// relinking them with workers running takes several times the job
	// timeout (about 30 s here; the BBC file alone, 5 s, too close to it),
	// so a relink holding the write lock throughout would fail the jobs
	// that wait for it. (The whole corpus made this test take five minutes.)
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	first := []string{filepath.Join(dir, "bbc.jsonl"), filepath.Join(dir, "fnc1.jsonl")}
	// More than the workers store during the two relinks (a job holds
	// queue.DocsPerJob articles; two workers store about 200 a second).
	const later = 3000
	queued := reorder(t, syntheticCorpus(t, later), "later.jsonl", func(l [][]byte) {
		for i := range l {
			l[i] = bytes.Replace(l[i], []byte(`"synthetic-`), []byte(`"later-`), 1)
		}
	})
	began := time.Now()
	if out, err := exec.Command(bin, append([]string{"ingest", "--db", dsn}, first...)...).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	t.Logf("ingest: %v", time.Since(began).Round(time.Second))
	if out, err := exec.Command(bin, "ingest", "--queue", "--db", dsn, queued).CombinedOutput(); err != nil {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, _ := st.Stats(ctx)

	const jobTimeout = 4 * time.Second
	var workers []*exec.Cmd
	for range 2 {
		w := exec.Command(bin, "worker", "--db", dsn, "--concurrency", "2", "--max-attempts", "1", "--job-timeout", jobTimeout.String())
		if err := w.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, w)
	}
	defer func() {
		for _, w := range workers {
			w.Process.Signal(syscall.SIGTERM)
			w.Wait()
		}
	}()
	// Each relink must outlast the job timeout while jobs wait, or the
	// test shows nothing: a relink that held the lock throughout would then
	// fail every job it kept waiting.
	grew := false
	for i := range 2 {
		start, _ := st.Stats(ctx)
		began = time.Now()
		if out, err := exec.Command(bin, "relink", "--db", dsn).CombinedOutput(); err != nil {
			t.Fatalf("relink %d: %v\n%s", i, err, out)
		}
		took := time.Since(began)
		end, _ := st.Stats(ctx)
		t.Logf("relink %d: %v, %d articles stored by the workers meanwhile", i, took.Round(time.Second), end.Documents-start.Documents)
		// The first relink ends with articles still queued (workers were
		// busy throughout); the second, over a larger store, may outlast the
		// queue.
		if took < jobTimeout || i == 0 && end.Documents >= before.Documents+later {
			t.Fatalf("relink %d took %v (job timeout %v) and left %d of %d articles queued: the precondition did not happen",
				i, took, jobTimeout, before.Documents+later-end.Documents, later)
		}
		grew = grew || end.Documents > start.Documents
	}
	began = time.Now()
	pool, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var qs queue.Status
	for end := time.Now().Add(3 * time.Minute); time.Now().Before(end); time.Sleep(250 * time.Millisecond) {
		if qs, err = queue.ReadStatus(ctx, pool); err != nil {
			t.Fatal(err)
		}
		if qs.States["available"]+qs.States["running"]+qs.States["retryable"]+qs.States["scheduled"] == 0 {
			break
		}
	}
	t.Logf("queue drained %v after the relinks", time.Since(began).Round(time.Second))
	b, _ := json.Marshal(qs)
	// A job that timed out waiting is retried (the attempts a job gets are
	// set when it is queued), so failures show as errors on the jobs.
	var failed int
	var firstErr string
	if err := pool.QueryRow(ctx, `SELECT COUNT(*), COALESCE(MIN(errors[1]::text), '') FROM river_job WHERE kind = $1 AND COALESCE(array_length(errors, 1), 0) > 0`,
		queue.AnalyzeArgs{}.Kind()).Scan(&failed, &firstErr); err != nil {
		t.Fatal(err)
	}
	if failed != 0 || qs.States["discarded"] != 0 || qs.States["cancelled"] != 0 {
		t.Errorf("%d jobs failed while relink ran (first: %s); queue %s", failed, firstErr, b)
	}
	after, _ := st.Stats(ctx)
	if after.Documents != before.Documents+later {
		t.Errorf("stored %d documents; want %d", after.Documents, before.Documents+later)
	}
	if !grew {
		t.Errorf("no worker stored an article while relink ran (queue %s)", b)
	}
}
