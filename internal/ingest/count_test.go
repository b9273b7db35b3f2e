package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/dataset"
)

// walked is the number of items Walk emits for args: what Count estimates.
func walked(t *testing.T, args []string) int {
	t.Helper()
	n := 0
	if err := Walk(context.Background(), args, func(Item) bool { n++; return true }); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCountMatchesWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":             "The mayor said on Monday that the bridge would reopen in May.",
		"b.jsonl":           "{\"id\":\"1\",\"text\":\"One.\"}\n\n{\"id\":\"2\",\"text\":\"Two.\"}\nnot json\n",
		"page.html":         "<html><body><article><p>" + longPara + "</p></article></body></html>",
		"page.meta.json":    `{"title":"T"}`,
		".hidden.txt":       "not read",
		"sub/c.txt":         "Another short article, said the editor.",
		"feed.rss":          `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>A</title><link>https://example.org/a</link><description>First item text here.</description></item><item><title>B</title><link>https://example.org/b</link><description>Second item text.</description></item></channel></rss>`,
		".git/ignored.txt":  "not read",
		"sub/notes.md":      "A note.",
		"sub/d.meta.json":   `{"title":"no page beside it: read as JSON lines"}`,
		"sub/empty.jsonl":   "",
		"sub/blanks.jsonl":  "\n\n",
		"sub/missing.jsonl": "{}\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
	}{
		{"directory", []string{dir}},
		{"files", []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")}},
		{"missing path", []string{filepath.Join(dir, "nope.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, known := Count(context.Background(), tt.args)
			if !known {
				t.Fatal("count of local paths not known")
			}
			if w := walked(t, tt.args); n != w {
				t.Errorf("Count = %d, Walk emits %d", n, w)
			}
		})
	}
	if _, known := Count(context.Background(), []string{dir, "https://example.org/feed.xml"}); known {
		t.Error("a URL's items cannot be known, yet Count says it knows them")
	}
}

// TestCountSharedCorpus: the total the progress bar shows for the shared
// corpus is what ingesting it reads.
func TestCountSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared corpus")
	}
	dir := dataset.Require(t, filepath.Join(dataset.DataDir(), "corpus"))
	n, known := Count(context.Background(), []string{dir})
	if w := walked(t, []string{dir}); !known || n != w {
		t.Errorf("Count = %d (known %v), Walk emits %d", n, known, w)
	}
}

const longPara = "The harbour board said on Tuesday that the new wall would be finished before the winter storms, and that engineers had found no fault in the work done so far this year."
