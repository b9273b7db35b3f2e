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
	var base float64
	for _, n := range []int{1, 2, 4} {
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
		for i := 0; i < n; i++ {
			c := exec.Command(bin, "worker", "--db", dsn, "--concurrency", "1")
			c.Env = append(os.Environ(), "GOMAXPROCS=1")
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
		if n == 1 {
			base = rate
		}
		b.ReportMetric(rate, "docs/s-"+strconv.Itoa(n)+"w")
		b.ReportMetric(rate/base, "ratio-"+strconv.Itoa(n)+"w")
	}
}
