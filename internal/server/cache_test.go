package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// counting answers with how many times it has run, failing when told to.
func counting(calls *atomic.Int64, fail *atomic.Bool, delay time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		time.Sleep(delay)
		if fail.Load() {
			http.Error(w, "broken", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "v%d", n)
	})
}

func get(h http.Handler, path string) (int, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

func TestMicrocacheCoalescesABurst(t *testing.T) {
	var calls atomic.Int64
	var fail atomic.Bool
	h := newMicrocache(time.Minute, time.Minute, 100).wrap(counting(&calls, &fail, 20*time.Millisecond))
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, body := get(h, "/speaker?name=x"); body != "v1" {
				t.Errorf("burst reader got %q", body)
			}
		}()
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("50 concurrent readers ran the page %d times, want 1", calls.Load())
	}
}

func TestMicrocacheServesStaleWhileOneRefreshRuns(t *testing.T) {
	var calls atomic.Int64
	var fail atomic.Bool
	c := newMicrocache(30*time.Millisecond, time.Minute, 100)
	h := c.wrap(counting(&calls, &fail, 0))
	if _, body := get(h, "/doc?id=a"); body != "v1" {
		t.Fatalf("first read %q", body)
	}
	time.Sleep(50 * time.Millisecond)
	for i := 0; i < 5; i++ {
		if _, body := get(h, "/doc?id=a"); body != "v1" && body != "v2" {
			t.Fatalf("stale read %q", body)
		}
	}
	deadline := time.Now().Add(time.Second)
	for {
		if _, body := get(h, "/doc?id=a"); body == "v2" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the background refresh never landed")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if calls.Load() != 2 {
		t.Errorf("stale reads ran the page %d times in all, want 2", calls.Load())
	}
}

func TestMicrocacheRecomputesPastGraceAndKeepsNoErrors(t *testing.T) {
	var calls atomic.Int64
	var fail atomic.Bool
	h := newMicrocache(10*time.Millisecond, 10*time.Millisecond, 100).wrap(counting(&calls, &fail, 0))
	get(h, "/search?q=a")
	time.Sleep(40 * time.Millisecond)
	if _, body := get(h, "/search?q=a"); body != "v2" {
		t.Errorf("past its grace the page was %q, want a fresh v2", body)
	}
	fail.Store(true)
	if code, _ := get(h, "/search?q=b"); code != http.StatusInternalServerError {
		t.Fatalf("failing page: %d", code)
	}
	fail.Store(false)
	if code, _ := get(h, "/search?q=b"); code != http.StatusOK {
		t.Errorf("an error was cached: %d", code)
	}
}

// TestMicrocachePanicReleasesTheURL: a handler that panics gives its
// readers a 500, and the next request to that URL is computed again and
// served, instead of waiting forever on a fill that never finished.
func TestMicrocachePanicReleasesTheURL(t *testing.T) {
	var calls atomic.Int64
	h := newMicrocache(time.Minute, time.Minute, 100).wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			panic("first render fails")
		}
		fmt.Fprint(w, "ok")
	}))
	if code, _ := get(h, "/doc?id=a"); code != http.StatusInternalServerError {
		t.Fatalf("panicking page: status %d, want 500", code)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if code, body := get(h, "/doc?id=a"); code != http.StatusOK || body != "ok" {
			t.Errorf("after the panic: %d %q, want 200 ok", code, body)
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the URL hangs after a panic")
	}
}

// TestMicrocacheFirstClientLeaving: the first reader disconnects while its
// page is computed; the readers waiting on the same page still get 200.
func TestMicrocacheFirstClientLeaving(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	h := newMicrocache(time.Minute, time.Minute, 100).wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
		if err := r.Context().Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "page")
	}))
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan struct{})
	go func() {
		defer close(first)
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/speaker?name=x", nil).WithContext(ctx))
	}()
	<-started // the page is being computed for the first reader
	var wg sync.WaitGroup
	codes := make([]int, 5)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _ = get(h, "/speaker?name=x")
		}()
	}
	time.Sleep(20 * time.Millisecond) // let the waiters queue on the page
	cancel()
	<-first
	close(release)
	wg.Wait()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("waiter %d got %d after the first client left, want 200", i, c)
		}
	}
}
