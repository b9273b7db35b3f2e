package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/document"
)

const noteText = "“The ferry will run all winter,” Ruth Abernethy said on Monday."

// TestTextSidecarAndFlags: X.meta.json beside X.txt gives the article its
// metadata and is not read as an input of its own; Walker.Meta (the
// ingest flags) wins over the sidecar, the sidecar over the page; a bad
// sidecar is an error naming it.
func TestTextSidecarAndFlags(t *testing.T) {
	page, err := os.ReadFile("testdata/harbor.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		files   map[string]string
		meta    document.Meta
		want    map[string]document.Meta // by file name: title, outlet, published
		wantErr map[string]string        // by file name: what the error says
	}{
		{"sidecar beside a .txt",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"title":"Ferry stays","siteName":"Skerra Gazette","publishedTime":"2025-01-02T08:00:00Z"}`},
			document.Meta{},
			map[string]document.Meta{"note.txt": {Title: "Ferry stays", Outlet: "Skerra Gazette", Published: "2025-01-02"}}, nil},
		{"a sidecar time without seconds keeps its day",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"publishedTime":"2018-04-05T06:00"}`},
			document.Meta{},
			map[string]document.Meta{"note.txt": {Published: "2018-04-05"}}, nil},
		{"flags apply to every input and win over sidecars and pages",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"title":"Ferry stays","publishedTime":"2025-01-02"}`, "other.txt": "Another article, the editor said.", "page.html": string(page)},
			document.Meta{Title: "T", Outlet: "O", Published: "2025-03-04"},
			map[string]document.Meta{
				"note.txt":  {Title: "T", Outlet: "O", Published: "2025-03-04"},
				"other.txt": {Title: "T", Outlet: "O", Published: "2025-03-04"},
				"page.html": {Title: "T", Outlet: "O", Published: "2025-03-04"},
			}, nil},
		{"a flag left empty keeps the sidecar's field",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"title":"Ferry stays","siteName":"Skerra Gazette"}`},
			document.Meta{Outlet: "O"},
			map[string]document.Meta{"note.txt": {Title: "Ferry stays", Outlet: "O"}}, nil},
		{"sidecar that is not JSON",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"title":`},
			document.Meta{}, nil,
			map[string]string{"note.txt": "note.meta.json: invalid JSON"}},
		{"sidecar with a date that is none",
			map[string]string{"note.txt": noteText, "note.meta.json": `{"publishedTime":"last Tuesday"}`},
			document.Meta{}, nil,
			map[string]string{"note.txt": "publishedTime"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got := map[string]Item{}
			err := Walker{Meta: tt.meta}.Walk(context.Background(), []string{dir}, func(it Item) bool {
				got[filepath.Base(it.Source)] = it
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := got["note.meta.json"]; ok {
				t.Error("the sidecar was read as an input of its own")
			}
			for name, want := range tt.want {
				it, ok := got[name]
				if !ok || it.Err != nil {
					t.Errorf("%s: not read (%v)", name, it.Err)
					continue
				}
				if it.Doc.Title != want.Title || it.Doc.Outlet != want.Outlet || it.Doc.Published != want.Published {
					t.Errorf("%s: title %q outlet %q published %q; want %q %q %q", name, it.Doc.Title, it.Doc.Outlet, it.Doc.Published, want.Title, want.Outlet, want.Published)
				}
			}
			for name, want := range tt.wantErr {
				it := got[name]
				if it.Err == nil || !strings.Contains(it.Err.Error(), want) {
					t.Errorf("%s: error %v, want one saying %q", name, it.Err, want)
				}
			}
		})
	}
}

func TestWalkerBadMetaDate(t *testing.T) {
	err := Walker{Meta: document.Meta{Published: "2025-13-45"}}.Walk(context.Background(), nil, func(Item) bool { return true })
	if err == nil || !strings.Contains(err.Error(), "2025-13-45") {
		t.Errorf("bad date: %v", err)
	}
}
