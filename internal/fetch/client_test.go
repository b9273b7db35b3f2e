package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// server is a test site whose robots.txt disallows /private/, recording
// when each request arrived.
type server struct {
	*httptest.Server
	mu    sync.Mutex
	times map[string][]time.Time
	all   []time.Time
	heads []http.Header
}

func newServer(t *testing.T, routes map[string]http.HandlerFunc) *server {
	t.Helper()
	s := &server{times: map[string][]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		now := time.Now()
		s.times[r.URL.Path] = append(s.times[r.URL.Path], now)
		s.all = append(s.all, now)
		s.heads = append(s.heads, r.Header.Clone())
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.times[path])
}

func quick(o Options) Options {
	if o.MinDelay == 0 {
		o.MinDelay = time.Millisecond
	}
	return o
}

func page(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	}
}

func TestGetOutcomes(t *testing.T) {
	big := strings.Repeat("x", 20<<20)
	s := newServer(t, map[string]http.HandlerFunc{
		"/ok":        page("<html><body>fine</body></html>"),
		"/private/a": page("secret"),
		"/r1":        func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/r2", http.StatusFound) },
		"/r2":        func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) },
		"/loop":      func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
		"/to-private": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/private/a", http.StatusFound)
		},
		"/big":  func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(big)) },
		"/gone": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusNotFound) },
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
	})
	c := New(quick(Options{Timeout: 300 * time.Millisecond}))
	ctx := context.Background()
	tests := []struct {
		path, body, final string
		err               error
		errText           string
	}{
		{path: "/ok", body: "fine"},
		{path: "/private/a", err: ErrDisallowed},
		{path: "/r1", body: "fine", final: "/ok"},
		{path: "/loop", errText: "more than 5 redirects"},
		{path: "/to-private", err: ErrDisallowed},
		{path: "/big", err: ErrTooLarge},
		{path: "/gone", errText: "HTTP 404"},
		{path: "/slow", errText: "timed out"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res, err := c.Get(ctx, s.URL+tc.path, Validators{})
			switch {
			case tc.err != nil || tc.errText != "":
				if err == nil {
					t.Fatalf("got a response, want an error")
				}
				if tc.err != nil && !errors.Is(err, tc.err) {
					t.Fatalf("error %v, want %v", err, tc.err)
				}
				if !strings.Contains(err.Error(), tc.errText) {
					t.Fatalf("error %q lacks %q", err, tc.errText)
				}
			case err != nil:
				t.Fatal(err)
			default:
				if !strings.Contains(string(res.Body), tc.body) {
					t.Errorf("body %q lacks %q", res.Body, tc.body)
				}
				if tc.final != "" && res.FinalURL != s.URL+tc.final {
					t.Errorf("final URL %s, want %s", res.FinalURL, s.URL+tc.final)
				}
			}
		})
	}
	if n := s.hits("/private/a"); n != 0 {
		t.Errorf("a disallowed page was requested %d times", n)
	}
	if n := s.hits("/robots.txt"); n != 1 {
		t.Errorf("robots.txt read %d times, want once (cached)", n)
	}
}

func TestConditionalGet(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")
			w.Write([]byte("<rss/>"))
		},
	})
	c := New(quick(Options{}))
	first, err := c.Get(context.Background(), s.URL+"/feed", Validators{})
	if err != nil || first.NotModified || first.ETag != `"v1"` {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	second, err := c.Get(context.Background(), s.URL+"/feed", Validators{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil || !second.NotModified || len(second.Body) != 0 {
		t.Fatalf("second fetch: %+v, %v; want 304", second, err)
	}
	last := s.heads[len(s.heads)-1]
	if last.Get("If-Modified-Since") != "Tue, 01 Dec 2026 10:00:00 GMT" {
		t.Errorf("If-Modified-Since not sent: %v", last)
	}
	if ua := last.Get("User-Agent"); !strings.HasPrefix(ua, "claimgraph/") {
		t.Errorf("User-Agent %q does not name claimgraph", ua)
	}
}

func TestRetryAfter(t *testing.T) {
	var n int
	var mu sync.Mutex
	s := newServer(t, map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			n++
			first := n == 1
			mu.Unlock()
			if first {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			w.Write([]byte("<html><body>served</body></html>"))
		},
		"/down": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) },
		"/wait-long": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "later", http.StatusTooManyRequests)
		},
	})
	c := New(quick(Options{Retries: 2, MaxRetryWait: 10 * time.Second}))
	res, err := c.Get(context.Background(), s.URL+"/busy", Validators{})
	if err != nil || !strings.Contains(string(res.Body), "served") {
		t.Fatalf("after a 429: %v", err)
	}
	times := s.times["/busy"]
	if len(times) != 2 {
		t.Fatalf("%d requests, want 2", len(times))
	}
	if gap := times[1].Sub(times[0]); gap < time.Second {
		t.Errorf("retried after %s, before the Retry-After of 1s", gap)
	}
	// A server that stays down is reported, transiently, after the retries.
	c = New(quick(Options{Retries: 1, MaxRetryWait: 10 * time.Second}))
	if _, err := c.Get(context.Background(), s.URL+"/down", Validators{}); err == nil || !Transient(err) || !strings.Contains(err.Error(), "503") {
		t.Errorf("503 twice: %v", err)
	}
	if _, err := c.Get(context.Background(), s.URL+"/wait-long", Validators{}); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("an hour's Retry-After: %v, want a refusal to wait", err)
	}
	if got := s.hits("/wait-long"); got != 1 {
		t.Errorf("an hour's Retry-After retried %d times", got-1)
	}
}

// TestPoliteness: with a 200 ms minimum delay, requests from many
// goroutines to one host never arrive closer than 200 ms apart.
func TestPoliteness(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{"/p/": page("<html><body>x</body></html>")})
	c := New(Options{MinDelay: 200 * time.Millisecond})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, err := c.Get(context.Background(), s.URL+"/p/"+string(rune('a'+i)), Validators{}); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.all) != 6 { // robots.txt and five pages
		t.Fatalf("%d requests, want 6", len(s.all))
	}
	for i := 1; i < len(s.all); i++ {
		if gap := s.all[i].Sub(s.all[i-1]); gap < 200*time.Millisecond {
			t.Errorf("requests %d and %d arrived %s apart", i-1, i, gap)
		}
	}
}

// TestBlockPrivate: loopback, private, link-local and metadata addresses
// are refused before any connection: the dialer fails the test if called.
func TestBlockPrivate(t *testing.T) {
	c := New(Options{BlockPrivate: true, MinDelay: time.Millisecond,
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			t.Errorf("dialed %s", addr)
			return nil, errors.New("no dialing in this test")
		},
		Resolve: func(ctx context.Context, host string) ([]net.IPAddr, error) {
			if host == "internal.example" {
				return []net.IPAddr{{IP: net.ParseIP("10.1.2.3")}}, nil
			}
			return nil, errors.New("no DNS in this test")
		},
	})
	for _, u := range []string{"http://127.0.0.1/x", "http://10.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
		"http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/", "http://192.168.1.1:8080/", "http://[fd00::1]/", "http://internal.example/"} {
		if err := c.CheckURL(context.Background(), u); !errors.Is(err, ErrBlocked) {
			t.Errorf("CheckURL(%s) = %v, want ErrBlocked", u, err)
		}
		if _, err := c.Get(context.Background(), u, Validators{}); !errors.Is(err, ErrBlocked) {
			t.Errorf("Get(%s) = %v, want ErrBlocked", u, err)
		}
	}
	for _, u := range []string{"file:///etc/passwd", "gopher://x/", "ftp://example.com/"} {
		if _, err := c.Get(context.Background(), u, Validators{}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%s) = %v, want ErrScheme", u, err)
		}
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0}, {"5", 5 * time.Second}, {"-3", 0}, {"soon", 0},
		{"Fri, 04 Dec 2026 12:00:30 GMT", 30 * time.Second},
		{"Fri, 04 Dec 2026 11:00:00 GMT", 0},
	} {
		if got := retryAfter(tc.in, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestRobotsServerError: a robots.txt answering 5xx keeps claimgraph off
// the host (as search engines do), instead of allowing every path.
func TestRobotsServerError(t *testing.T) {
	pages := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		pages++
		w.Write([]byte("<html><body>x</body></html>"))
	}))
	defer srv.Close()
	c := New(quick(Options{}))
	if _, err := c.Get(context.Background(), srv.URL+"/page", Validators{}); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("with robots.txt answering 503: %v, want a refusal naming it", err)
	}
	if pages != 0 {
		t.Errorf("the page was requested %d times", pages)
	}
}
