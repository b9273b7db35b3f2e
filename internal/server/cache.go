package server

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// microcache keeps successful GET responses for a few seconds. The corpus
// changes only when an ingest commits, so a page a few seconds old is
// correct, and a burst of readers on the same page costs one query: the
// first request computes it while the others wait for its result.
type microcache struct {
	ttl     time.Duration
	max     int // entries
	mu      sync.Mutex
	entries map[string]*entry
}

type entry struct {
	ready   chan struct{}
	status  int
	header  http.Header
	body    []byte
	expires time.Time
}

func newMicrocache(ttl time.Duration, max int) *microcache {
	return &microcache{ttl: ttl, max: max, entries: map[string]*entry{}}
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
		if ok && now.After(e.expires) && isDone(e.ready) {
			delete(c.entries, key)
			ok = false
		}
		if !ok {
			if len(c.entries) >= c.max {
				c.evict(now)
			}
			e = &entry{ready: make(chan struct{})}
			c.entries[key] = e
			c.mu.Unlock()
			rec := &recorder{header: http.Header{}}
			h.ServeHTTP(rec, r)
			e.status, e.header, e.body, e.expires = rec.status, rec.header, rec.body.Bytes(), time.Now().Add(c.ttl)
			if e.status != http.StatusOK {
				e.expires = time.Time{} // errors are not kept
			}
			close(e.ready)
		} else {
			c.mu.Unlock()
			select {
			case <-e.ready:
			case <-r.Context().Done():
				return
			}
		}
		for k, v := range e.header {
			w.Header()[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	})
}

// evict drops expired entries, or half of them when none has expired.
func (c *microcache) evict(now time.Time) {
	for k, e := range c.entries {
		if isDone(e.ready) && now.After(e.expires) {
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
