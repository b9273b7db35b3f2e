package server

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
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
