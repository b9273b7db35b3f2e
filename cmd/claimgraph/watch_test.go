package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/postgres"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// feedSite serves a feed of invented articles; add puts one more item in
// it (and a new ETag). It counts page requests.
type feedSite struct {
	*httptest.Server
	mu    sync.Mutex
	items []string
	pages map[string]int
}

func newFeedSite(t *testing.T, items ...string) *feedSite {
	s := &feedSite{items: items, pages: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.URL.Path == "/feed.xml":
			etag := fmt.Sprintf(`"%d"`, len(s.items))
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Ostrava Ledger</title>`)
			for _, it := range s.items {
				fmt.Fprintf(w, `<item><title>%s</title><link>%s/a/%s</link></item>`, it, s.URL, it)
			}
			fmt.Fprint(w, `</channel></rss>`)
		case strings.HasPrefix(r.URL.Path, "/a/"):
			s.pages[r.URL.Path]++
			fmt.Fprintf(w, `<html><head><title>%[1]s</title></head><body><article><p>Karel Brzek, who runs the %[1]s tram depot, said on Monday that the new line "will carry twice the riders by summer", and the city council agreed to pay for the extra cars.</p><p>"It is the busiest route we have," he said.</p></article></body></html>`, strings.TrimPrefix(r.URL.Path, "/a/"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *feedSite) add(item string) {
	s.mu.Lock()
	s.items = append(s.items, item)
	s.mu.Unlock()
}

func (s *feedSite) pageHits() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for k, v := range s.pages {
		out[k] = v
	}
	return out
}

func storedIDs(t *testing.T, db string) []string {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	if err := st.EachDocument(context.Background(), func(d store.DocumentRow) error { ids = append(ids, d.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestWatchOnce: two `watch --once` rounds over a feed that gains one item
// in between store exactly that item, fetching no old page again.
func TestWatchOnce(t *testing.T) {
	bin := buildBinary(t)
	s := newFeedSite(t, "depot", "bridge")
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.txt")
	os.WriteFile(sources, []byte("# the Ledger's front page\n"+s.URL+"/feed.xml  Ostrava Ledger\n\n"), 0o644)
	db := filepath.Join(dir, "w.db")
	run := func() {
		out, err := exec.Command(bin, "watch", "--once", "--sources", sources, "--db", db, "--delay", "1ms").CombinedOutput()
		if err != nil {
			t.Fatalf("watch --once: %v\n%s", err, out)
		}
	}
	run()
	if ids := storedIDs(t, db); len(ids) != 2 {
		t.Fatalf("first round stored %v, want the two items", ids)
	}
	s.add("harbour")
	run()
	ids := storedIDs(t, db)
	if len(ids) != 3 || !strings.Contains(strings.Join(ids, " "), "/a/harbour") {
		t.Fatalf("second round: stored %v, want exactly one more, /a/harbour", ids)
	}
	for page, n := range s.pageHits() {
		if n != 1 {
			t.Errorf("%s fetched %d times, want once", page, n)
		}
	}
}

// TestWatchStopsOnSIGTERM: a watch between rounds exits 0 on SIGTERM.
func TestWatchStopsOnSIGTERM(t *testing.T) {
	bin := buildBinary(t)
	s := newFeedSite(t, "depot")
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.txt")
	os.WriteFile(sources, []byte(s.URL+"/feed.xml\n"), 0o644)
	cmd := exec.Command(bin, "watch", "--sources", sources, "--db", filepath.Join(dir, "w.db"), "--delay", "1ms", "--every", "1h")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(stderr.String(), "1 added") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no round finished: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("watch after SIGTERM: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "watch stopped") {
		t.Errorf("stderr %q", stderr.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestWatchPostgres: watch keeps its state in PostgreSQL as in SQLite, and
// with --queue the new item becomes a worker job that a worker stores.
func TestWatchPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs watch and a worker against PostgreSQL")
	}
	dsn := postgres.FreshSchema(t)
	bin := buildBinary(t)
	s := newFeedSite(t, "depot", "bridge")
	sources := filepath.Join(t.TempDir(), "sources.txt")
	os.WriteFile(sources, []byte(s.URL+"/feed.xml\n"), 0o644)
	if out, err := exec.Command(bin, "watch", "--once", "--sources", sources, "--db", dsn, "--delay", "1ms").CombinedOutput(); err != nil {
		t.Fatalf("watch --once: %v\n%s", err, out)
	}
	s.add("harbour")
	if out, err := exec.Command(bin, "watch", "--once", "--queue", "--sources", sources, "--db", dsn, "--delay", "1ms").CombinedOutput(); err != nil {
		t.Fatalf("watch --once --queue: %v\n%s", err, out)
	} else if !strings.Contains(string(out), "1 queued") {
		t.Fatalf("watch --once --queue did not queue the one new item:\n%s", out)
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if has, _ := st.Has(ctx, s.URL+"/a/harbour"); has {
		t.Fatal("the queued item was stored before any worker ran")
	}
	w := exec.Command(bin, "worker", "--db", dsn, "--concurrency", "1")
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { w.Process.Signal(syscall.SIGTERM); w.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		has, err := st.Has(ctx, s.URL+"/a/harbour")
		if err != nil {
			t.Fatal(err)
		}
		if has {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the worker did not store the queued item within a minute")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if st2, _ := st.Stats(ctx); st2.Documents != 3 {
		t.Errorf("%d documents stored, want 3", st2.Documents)
	}
	for page, n := range s.pageHits() {
		if n != 1 {
			t.Errorf("%s fetched %d times, want once", page, n)
		}
	}
}
