package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

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

// TestArticleParagraphs reads pages written for the test through the whole
// extraction: the text keeps paragraphs and list items and loses the
// page's dateline, buttons, teasers and reader comments.
func TestArticleParagraphs(t *testing.T) {
	tests := []struct {
		file, first string
		has, hasNo  []string
	}{
		// The headline is the title, kept as metadata, not the first paragraph.
		{"ferry.html", "Islanders gathered",
			[]string{
				"to the council:\n\nKeep the early sailing that carries pupils to the mainland school\nPublish the running costs of each route\nConsult the island",
				"change\n\nWhat happens next\n\nThe council will vote",
			},
			[]string{"4 March 2025", "From the section", "38 comments", "Read the full plan", "Share this", "More from the Courier", "Harbor wall", "School roof", "Home"}},
		{"comments.html", "The library on Quay Street",
			[]string{"since 1911.\n\nThe council says", "end of the month."},
			[]string{"Marion", "grandchildren", "Anonymous", "leaked", "reply", "April"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.hasNo {
				if !strings.Contains(string(raw), s) {
					t.Fatalf("the page has no %q: the case tests nothing", s)
				}
			}
			d, err := Article(raw, document.Meta{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(d.Text, tt.first) {
				t.Errorf("text does not begin with %q:\n%s", tt.first, d.Text)
			}
			for _, s := range tt.has {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.hasNo {
				if strings.Contains(d.Text, s) {
					t.Errorf("text keeps %q:\n%s", s, d.Text)
				}
			}
		})
	}
}

// TestSharedBBCPage is issue 16's case: the BBC page came out as one line
// of 4,928 characters that began with its dateline and comment count.
func TestSharedBBCPage(t *testing.T) {
	p := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus", "raw", "html", "bbc-1.html"))
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Article(raw, document.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(d.Text, "\n"); n < 20 {
		t.Errorf("%d line breaks, want at least 20:\n%s", n, d.Text)
	}
	// What trafilatura's own text holds is what the boilerplate rules had
	// to remove.
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{EnableFallback: true, ExcludeComments: true, ExcludeTables: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"24 July 2015", "From the section", "US & Canada", "941 comments", "Read the full transcript", "Five things we learned"} {
		if !strings.Contains(res.ContentText, s) {
			t.Fatalf("the extractor's text has no %q: the check tests nothing", s)
		}
		if strings.Contains(d.Text, s) {
			t.Errorf("text keeps the page's %q", s)
		}
	}
	// Each list item of "President Obama also said:" on its own line.
	if !strings.Contains(d.Text, "Congress\nSyria needs a political solution") {
		t.Errorf("list items run together:\n%s", d.Text)
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
		// Every saved page is an article of many paragraphs.
		if n := strings.Count(d.Text, "\n\n"); n < 10 {
			t.Errorf("%s: %d paragraph breaks, want at least 10", filepath.Base(p), n)
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
