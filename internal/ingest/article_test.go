package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
)

func TestArticleFromHTML(t *testing.T) {
	raw, err := os.ReadFile("testdata/harbor.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Article(raw, document.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Published != "2025-11-18" || !strings.Contains(d.Title, "Harbor wall dispute") || d.Outlet != "Bellmoor Courier" {
		t.Errorf("metadata: published %q title %q outlet %q", d.Published, d.Title, d.Outlet)
	}
	if !strings.Contains(d.Text, "Whitfield told reporters") || strings.Contains(d.Text, "Privacy") {
		t.Errorf("main text wrong:\n%s", d.Text)
	}
	d, err = Article(raw, document.Meta{Published: "2025-01-02"})
	if err != nil || d.Published != "2025-01-02" {
		t.Errorf("--published must override the page: %q %v", d.Published, err)
	}
}

func TestArticleErrors(t *testing.T) {
	if _, err := Article([]byte("<html><body><nav>Home</nav></body></html>"), document.Meta{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("page without article: %v", err)
	}
	if _, err := Article([]byte{0, 1, 2, 3}, document.Meta{}); !errors.Is(err, document.ErrBinary) {
		t.Errorf("binary: %v", err)
	}
}

// TestSharedPages extracts every saved news page of the shared corpus.
func TestSharedPages(t *testing.T) {
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus", "raw", "html"))
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	dated := 0
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Article(raw, document.Meta{})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
			continue
		}
		if len(strings.Fields(d.Text)) < 100 {
			t.Errorf("%s: only %d words of text", filepath.Base(p), len(strings.Fields(d.Text)))
		}
		if d.Published != "" {
			dated++
		}
	}
	t.Logf("%d pages, %d with a publication date", len(pages), dated)
}

func FuzzArticle(f *testing.F) {
	raw, _ := os.ReadFile("testdata/harbor.html")
	f.Add(raw)
	f.Add([]byte("<html><body><p>“Yes,” she said.</p></body></html>"))
	f.Add([]byte("<!doctype html><html><head><meta property=\"article:published_time\" content=\"2024-02-30\"></head>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Article(data, document.Meta{})
		if err == nil && d.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}
