package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

func TestTmpKinds(t *testing.T) {
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	st, _ := sqlite.Open(ctx, path)
	defer st.Close()
	h, _ := New(st, analysis.New(), nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	speakers, _ := st.Speakers(ctx, 100)
	var docs []string
	for _, s := range speakers[:20] {
		qs, _ := st.Quotes(ctx, storeFilter(s.Name))
		for _, q := range qs {
			docs = append(docs, q.DocID)
		}
	}
	words := []string{"election", "oil prices", "minister", "football", "shares", "court", "government", "bank", "inflation", "strike"}
	kinds := map[string][]string{}
	for i := 0; i < 100; i++ {
		kinds["doc"] = append(kinds["doc"], srv.URL+"/doc?id="+url.QueryEscape(docs[i%len(docs)]))
		kinds["speaker"] = append(kinds["speaker"], srv.URL+"/speaker?name="+url.QueryEscape(speakers[i%len(speakers)].Name))
	}
	for _, w := range words {
		kinds["search"] = append(kinds["search"], srv.URL+"/search?q="+url.QueryEscape(w))
	}
	for k, us := range kinds {
		var lat []time.Duration
		for _, u := range us {
			t0 := time.Now()
			resp, err := http.Get(u)
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			lat = append(lat, time.Since(t0))
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		fmt.Println(k, len(lat), "p50", lat[len(lat)/2], "p90", lat[len(lat)*9/10], "max", lat[len(lat)-1])
	}
}

func BenchmarkTmpSpeakerPage(b *testing.B) {
	path := os.Getenv("CLAIMGRAPH_BENCH_DB")
	ctx := context.Background()
	st, _ := sqlite.Open(ctx, path)
	defer st.Close()
	h, _ := New(st, analysis.New(), nil)
	speakers, _ := st.Speakers(ctx, 100)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := httptest.NewRequest("GET", "/speaker?name="+url.QueryEscape(speakers[i%len(speakers)].Name)+fmt.Sprintf("&n=%d", i), nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
	}
}
