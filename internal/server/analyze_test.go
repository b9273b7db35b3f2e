package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/check"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestAnalyzeSlots: with every analysis slot taken, a request gives up
// when its context ends instead of starting another analysis; once a slot
// is free the analysis runs.
func TestAnalyzeSlots(t *testing.T) {
	s := &Server{a: analysis.New(), analyzing: make(chan struct{}, 1)}
	d, err := document.New([]byte("“The wall will hold,” Dana Whitfield said."), document.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	s.analyzing <- struct{}{} // the only slot is busy
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, ok := s.analyze(httptest.NewRequest("POST", "/analyze", nil).WithContext(ctx), d); ok {
		t.Fatal("an analysis ran with no slot free")
	}
	<-s.analyzing
	rec, ok := s.analyze(httptest.NewRequest("POST", "/analyze", nil), d)
	if !ok || len(rec.Quotes) != 1 {
		t.Fatalf("with a free slot: ok=%v, %d quotes", ok, len(rec.Quotes))
	}
	if len(s.analyzing) != 0 {
		t.Error("the slot was not given back")
	}
}

// TestCheckSlots: with every claim-check slot taken, a check gives up when
// its request ends, before touching the store (nil here: a check that ran
// would panic); the API answers 503 busy when no slot frees in time.
func TestCheckSlots(t *testing.T) {
	s := &Server{checking: make(chan struct{}, 1)}
	s.checking <- struct{}{}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r := httptest.NewRequest("GET", "/api/v1/check?claim=the+wall+is+safe", nil).WithContext(ctx)
	if _, _, err := s.runCheck(r, "the wall is safe", check.Options{}); err == nil {
		t.Fatal("a check ran with no slot free")
	}
	w := httptest.NewRecorder()
	s.apiCheck(w, httptest.NewRequest("GET", "/api/v1/check?claim=the+wall+is+safe", nil))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), `"busy"`) {
		t.Errorf("no slot: %d %s, want 503 busy", w.Code, w.Body.String())
	}
	if len(s.checking) != 1 {
		t.Error("a waiting check took or gave back a slot it did not hold")
	}
}
