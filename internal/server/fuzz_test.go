package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// FuzzAnalyzeAPI posts arbitrary bodies to /api/v1/analyze: every answer is
// a status the API documents, with a JSON body.
func FuzzAnalyzeAPI(f *testing.F) {
	f.Add([]byte(`{"text":"“The quay is sound,” Mira Ostrand said on Tuesday.","published":"2025-03-04"}`))
	f.Add([]byte(`{"text":"x","published":"2025-02-30"}`))
	f.Add([]byte(`{"text":"\u0000\u0001\u0002"}`))
	f.Add([]byte(`{"text": 12}`))
	f.Add([]byte(`[`))
	st, err := sqlite.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	h, err := New(st, analysis.New(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rr := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/api/v1/analyze", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rr, req)
		switch rr.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusForbidden, http.StatusRequestEntityTooLarge, http.StatusServiceUnavailable:
		default:
			t.Fatalf("status %d for %q", rr.Code, body)
		}
		if !json.Valid(rr.Body.Bytes()) {
			t.Fatalf("status %d with a body that is not JSON: %.200q", rr.Code, rr.Body.String())
		}
	})
}
