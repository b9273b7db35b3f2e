package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/queue"
	"github.com/claimgraph/claimgraph/internal/store/postgres"
)

// BenchmarkWorkers queues the BBC corpus (2,225 articles) and times 1, 2 and
// 4 worker processes (one job at a time each) working it off PostgreSQL:
//
//	go test -run XXX -bench Workers -benchtime 1x ./cmd/claimgraph/
func BenchmarkWorkers(b *testing.B) {
	corpus := dataset.Require(b, filepath.Join(dataset.DataDir(), "corpus", "bbc.jsonl"))
	bin := filepath.Join(b.TempDir(), "claimgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	ctx := context.Background()
	// The single machine to match: one SQLite ingest of the same file.
	began := time.Now()
	if out, err := exec.Command(bin, "ingest", "--db", filepath.Join(b.TempDir(), "ref.db"), corpus).CombinedOutput(); err != nil {
		b.Fatalf("sqlite ingest: %v\n%s", err, out)
	}
	sqliteRate := 2225 / time.Since(began).Seconds()
	b.ReportMetric(sqliteRate, "docs/s-sqlite")
	var base float64
	// n = 0: one worker with its defaults (all cores, 2 jobs a core), to
	// set against the SQLite ingest; then 1, 2 and 4 workers of one core
	// and one job each.
	for _, n := range []int{0, 1, 2, 4} {
		dsn := postgres.FreshSchema(b)
		if out, err := exec.Command(bin, "ingest", "--queue", "--db", dsn, corpus).CombinedOutput(); err != nil {
			b.Fatalf("queue: %v\n%s", err, out)
		}
		pool, err := queue.Open(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		var ws []*exec.Cmd
		for i := 0; i < max(n, 1); i++ {
			c := exec.Command(bin, "worker", "--db", dsn)
			if n > 0 {
				c = exec.Command(bin, "worker", "--db", dsn, "--concurrency", "1")
				c.Env = append(os.Environ(), "GOMAXPROCS=1")
			}
			if err := c.Start(); err != nil {
				b.Fatal(err)
			}
			ws = append(ws, c)
		}
		for {
			time.Sleep(200 * time.Millisecond)
			s, err := queue.ReadStatus(ctx, pool)
			if err != nil {
				b.Fatal(err)
			}
			if s.States["completed"]+s.States["discarded"] >= 2225 {
				break
			}
		}
		rate := 2225 / time.Since(start).Seconds()
		for _, c := range ws {
			c.Process.Signal(syscall.SIGTERM)
			c.Wait()
		}
		pool.Close()
		if n == 0 {
			b.ReportMetric(rate, "docs/s-1w-default")
			b.ReportMetric(rate/sqliteRate, "ratio-1w-default-to-sqlite")
			continue
		}
		if n == 1 {
			base = rate
		}
		b.ReportMetric(rate, "docs/s-"+strconv.Itoa(n)+"w")
		b.ReportMetric(rate/base, "ratio-"+strconv.Itoa(n)+"w")
	}
}
