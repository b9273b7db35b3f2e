package server

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// microcache keeps successful GET responses for a few seconds. The corpus
// changes only when an ingest commits, so a page a few seconds old is
// correct, and a burst of readers on the same page costs one query: the
// first request computes it while the others wait for its result.
//
// Past its ttl a page is served stale for up to grace more while one
// background request computes it again, so that popular pages, all cached
// in the same second, never expire together into a stampede of misses.
type microcache struct {
	ttl, grace time.Duration
	max        int // entries
	mu         sync.Mutex
	entries    map[string]*entry
}

type entry struct {
	ready      chan struct{}
	status     int
	header     http.Header
	body       []byte
	expires    time.Time
	refreshing bool
}

func newMicrocache(ttl, grace time.Duration, max int) *microcache {
	return &microcache{ttl: ttl, grace: grace, max: max, entries: map[string]*entry{}}
}

// recorder captures a response while it is written.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(s int) {
	if r.status == 0 {
		r.status = s
	}
}
func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(p)
}

func (c *microcache) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			h.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		now := time.Now()
		c.mu.Lock()
		e, ok := c.entries[key]
		if ok && isDone(e.ready) && now.After(e.expires) {
			switch {
			case now.After(e.expires.Add(c.grace)):
				delete(c.entries, key)
				ok = false
			case !e.refreshing:
				e.refreshing = true
				go c.refresh(h, r, key)
			}
		}
		if !ok {
			if len(c.entries) >= c.max {
				c.evict(now)
			}
			e = &entry{ready: make(chan struct{})}
			c.entries[key] = e
			c.mu.Unlock()
			// The page is computed for every reader, not for the first:
			// detached from its request, so that its disconnect does not
			// fail the others, under a deadline of its own.
			go c.detachedFill(e, h, r)
		} else {
			c.mu.Unlock()
		}
		select {
		case <-e.ready:
		case <-r.Context().Done():
			return
		}
		for k, v := range e.header {
			w.Header()[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	})
}

// detachedFill computes e for request r under a context of its own.
func (c *microcache) detachedFill(e *entry, h http.Handler, r *http.Request) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), RequestTimeout)
	defer cancel()
	c.fill(e, h, r.Clone(ctx))
}

// fill computes e's response and releases its waiters, whatever happens:
// a handler that panics gives them a 500, and the page is computed again
// for the next reader instead of hanging every later one.
func (c *microcache) fill(e *entry, h http.Handler, r *http.Request) {
	rec := &recorder{header: http.Header{}}
	defer func() {
		if p := recover(); p != nil {
			slog.Error("page handler panicked", "url", r.URL.RequestURI(), "panic", p)
			rec = &recorder{header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}}, status: http.StatusInternalServerError}
			rec.body.WriteString("internal error\n")
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		e.status, e.header, e.body, e.expires = rec.status, rec.header, rec.body.Bytes(), time.Now().Add(c.ttl)
		if e.status != http.StatusOK {
			e.expires = time.Time{} // errors are not kept
		}
		close(e.ready)
	}()
	h.ServeHTTP(rec, r)
}

// refresh computes a stale page again, detached from the request that
// noticed it, and swaps it in when it succeeds.
func (c *microcache) refresh(h http.Handler, r *http.Request, key string) {
	ctx, cancel := context.WithTimeout(context.Background(), RequestTimeout)
	defer cancel()
	fresh := &entry{ready: make(chan struct{})}
	c.fill(fresh, h, r.Clone(ctx))
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.entries[key]; ok {
		old.refreshing = false
		if fresh.status == http.StatusOK {
			c.entries[key] = fresh
		}
	}
}

// evict drops entries past their grace, or half of them when none is.
func (c *microcache) evict(now time.Time) {
	for k, e := range c.entries {
		if isDone(e.ready) && now.After(e.expires.Add(c.grace)) {
			delete(c.entries, k)
		}
	}
	for k, e := range c.entries {
		if len(c.entries) < c.max/2 {
			break
		}
		if isDone(e.ready) {
			delete(c.entries, k)
		}
	}
}

func isDone(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}
