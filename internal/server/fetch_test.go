package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/fetch"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

func fetchServer(t *testing.T, c *fetch.Client) http.Handler {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var opts []Option
	if c != nil {
		opts = append(opts, WithFetch(c))
	}
	h, err := New(st, analysis.New(), nil, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func postAnalyze(h http.Handler, body string) *httptest.ResponseRecorder {
	rr := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/api/v1/analyze", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rr, req)
	return rr
}

// TestAllowFetchRefusesPrivate: with --allow-fetch, loopback, private,
// link-local and metadata targets are refused before any connection; the
// dialer fails the test if it is ever called.
func TestAllowFetchRefusesPrivate(t *testing.T) {
	var dials atomic.Int32
	c := PublicFetcher(fetch.Options{
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			t.Errorf("dialed %s", addr)
			return nil, errors.New("no connection in this test")
		},
		Resolve: func(ctx context.Context, host string) ([]net.IPAddr, error) {
			if host == "localhost" {
				return []net.IPAddr{{IP: net.ParseIP("127.0.0.1")}}, nil
			}
			return nil, errors.New("no DNS in this test")
		},
	})
	h := fetchServer(t, c)
	for _, u := range []string{"http://127.0.0.1/admin", "http://10.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://localhost:8080/"} {
		rr := postAnalyze(h, fmt.Sprintf(`{"url":%q}`, u))
		if rr.Code != http.StatusBadRequest || !strings.Contains(rr.Body.String(), "not allowed") {
			t.Errorf("%s: %d %s, want 400 not allowed", u, rr.Code, rr.Body)
		}
		form := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/analyze", strings.NewReader(url.Values{"url": {u}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		h.ServeHTTP(form, req)
		if form.Code != http.StatusBadRequest {
			t.Errorf("form %s: %d, want 400", u, form.Code)
		}
	}
	if dials.Load() != 0 {
		t.Errorf("%d connections attempted", dials.Load())
	}
}

// TestAllowFetchAnalyzesPage: a public name is fetched and analyzed. The
// name resolves to a documentation address and the test's dialer takes the
// connection to a local server, so nothing leaves the machine.
func TestAllowFetchAnalyzesPage(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><head><title>Quay</title></head><body><article><p>Mira Halloway, the harbour master of Eastmere, said on Tuesday that the quay "will be open to every fishing boat by spring", after two years of delays and a budget that doubled.</p></article></body></html>`)
	}))
	defer site.Close()
	local := site.Listener.Addr().String()
	c := PublicFetcher(fetch.Options{
		MinDelay: 1,
		Resolve: func(ctx context.Context, host string) ([]net.IPAddr, error) {
			return []net.IPAddr{{IP: net.ParseIP("203.0.113.7")}}, nil
		},
		Dial: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if addr != "203.0.113.7:80" {
				t.Errorf("dialed %s, want the checked address", addr)
			}
			return (&net.Dialer{}).DialContext(ctx, network, local)
		},
	})
	rr := postAnalyze(fetchServer(t, c), `{"url":"http://news.example/quay"}`)
	if rr.Code != http.StatusOK {
		t.Fatalf("%d %s", rr.Code, rr.Body)
	}
	var out struct {
		Data analysis.Record `json:"data"`
	}
	if err := json.NewDecoder(bytes.NewReader(rr.Body.Bytes())).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if len(out.Data.Quotes) != 1 || out.Data.Document.URL != "http://news.example/quay" {
		t.Errorf("record: %d quotes, URL %q", len(out.Data.Quotes), out.Data.Document.URL)
	}
}

// TestFetchOffByDefault: without --allow-fetch a URL alone is refused.
func TestFetchOffByDefault(t *testing.T) {
	rr := postAnalyze(fetchServer(t, nil), `{"url":"http://news.example/quay"}`)
	if rr.Code != http.StatusForbidden || !strings.Contains(rr.Body.String(), "--allow-fetch") {
		t.Errorf("%d %s, want 403 naming --allow-fetch", rr.Code, rr.Body)
	}
}
