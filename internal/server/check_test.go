package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func fetchURL(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestCheckAPI: the seed's claim through /api/v1/check: al-Sudani
// supports it, Romanowski contradicts it, each match with its article.
func TestCheckAPI(t *testing.T) {
	srv := testServer(t)
	status, body := fetchURL(t, srv.URL+"/api/v1/check?claim="+url.QueryEscape("ISIS is no longer a threat in Iraq"))
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var res struct {
		Claim   string `json:"claim"`
		Matches []struct {
			Speaker   string  `json:"speaker"`
			Stance    string  `json:"stance"`
			Quote     string  `json:"quote"`
			DocID     string  `json:"doc_id"`
			Title     string  `json:"title"`
			Outlet    string  `json:"outlet"`
			Published string  `json:"published"`
			URL       string  `json:"url"`
			Score     float64 `json:"score"`
		} `json:"matches"`
		Sides []struct {
			Stance string `json:"stance"`
			Count  int    `json:"count"`
		} `json:"sides"`
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	stances := map[string]map[string]int{}
	for _, m := range res.Matches {
		if stances[m.Speaker] == nil {
			stances[m.Speaker] = map[string]int{}
		}
		stances[m.Speaker][m.Stance]++
		if m.DocID != "seed" || m.Title == "" || m.Outlet != "Test Wire" || m.Published != "2024-03-25" || m.Quote == "" || m.Score <= 0 {
			t.Errorf("match without its article or score: %+v", m)
		}
	}
	if s := stances["Mohammed Shia al-Sudani"]; s["supports"] == 0 || s["contradicts"] > 0 {
		t.Errorf("al-Sudani: %v, want supports", s)
	}
	if s := stances["Alina Romanowski"]; s["contradicts"] == 0 || s["supports"] > 0 {
		t.Errorf("Romanowski: %v, want contradicts", s)
	}
	if len(res.Sides) == 0 {
		t.Error("no sides")
	}
}

// TestCheckPage: the page shows both sides side by side, the timeline and
// the outlets; every page carries the claim box.
func TestCheckPage(t *testing.T) {
	srv := testServer(t)
	status, body := fetchURL(t, srv.URL+"/check?claim="+url.QueryEscape("ISIS is no longer a threat in Iraq"))
	if status != http.StatusOK {
		t.Fatalf("status %d", status)
	}
	for _, want := range []string{"Supports (", "Contradicts (", "Mohammed Shia al-Sudani", "Alina Romanowski", "<svg", "By outlet", "Test Wire"} {
		if !strings.Contains(body, want) {
			t.Errorf("check page lacks %q", want)
		}
	}
	for _, page := range []string{"/", "/quotes", "/contradictions", "/search?q=ISIS"} {
		if _, body := fetchURL(t, srv.URL+page); !strings.Contains(body, `action="/check"`) {
			t.Errorf("%s has no claim box", page)
		}
	}
}

// TestCheckBadInput: no claim, a claim with no words, a 10 KB claim and a
// claim in another script get a clear answer, never an error page.
func TestCheckBadInput(t *testing.T) {
	srv := testServer(t)
	for _, tc := range []struct {
		claim  string
		status int
		says   string
	}{
		{"", http.StatusBadRequest, "missing claim"},
		{"the of and", http.StatusBadRequest, "no words to look for"},
		{strings.Repeat("ISIS is a threat ", 700), http.StatusBadRequest, "a claim is one sentence"},
		{"Новый причал откроется в мае", http.StatusOK, "no stored statement"},
		{"pier \xff opens", http.StatusOK, "no stored statement"},
	} {
		status, body := fetchURL(t, srv.URL+"/api/v1/check?claim="+url.QueryEscape(tc.claim))
		if status != tc.status || !strings.Contains(body, tc.says) {
			t.Errorf("api %.30q: %d %.200s, want %d saying %q", tc.claim, status, body, tc.status, tc.says)
		}
		if tc.claim == "" {
			continue
		}
		status, body = fetchURL(t, srv.URL+"/check?claim="+url.QueryEscape(tc.claim))
		if status != tc.status || !strings.Contains(body, tc.says) || !strings.Contains(body, "Check a claim") {
			t.Errorf("page %.30q: %d, want %d with the form and %q", tc.claim, status, tc.status, tc.says)
		}
	}
}

// TestBadWindowIsRefused: a limit or offset that is not a whole number in
// range is a 400 with a message, on the API and on pages, not the default.
func TestBadWindowIsRefused(t *testing.T) {
	srv := testServer(t)
	for _, path := range []string{"/api/v1/speakers?limit=abc", "/api/v1/quotes?offset=-5", "/api/v1/contradictions?limit=0", "/quotes?limit=1e3"} {
		status, body := fetchURL(t, srv.URL+path)
		if status != http.StatusBadRequest || !strings.Contains(body, "whole number") {
			t.Errorf("%s: %d %.120s, want 400 naming the parameter", path, status, body)
		}
	}
	if status, _ := fetchURL(t, srv.URL+"/api/v1/speakers?limit=2&offset=1"); status != http.StatusOK {
		t.Errorf("a good window: %d", status)
	}
}
