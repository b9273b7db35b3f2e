package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/internal/document"
	"github.com/claimgraph/claimgraph/internal/store"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

// TestIngestMetadataFlags: --published, --title and --outlet apply to
// every input on the command line, over an X.meta.json sidecar; a .txt
// with only a sidecar gets the sidecar's metadata.
func TestIngestMetadataFlags(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "“The ferry will run all winter,” Ruth Abernethy said on Monday.")
	b := write("b.txt", "“The school roof is fixed,” the head teacher said on Friday.")
	write("b.meta.json", `{"title":"Roof fixed","siteName":"Skerra Gazette","publishedTime":"2024-12-01"}`)
	side := filepath.Join(t.TempDir(), "c.txt")
	if err := os.WriteFile(side, []byte("“The harbour is open,” the port master said on Sunday."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(side), "c.meta.json"), []byte(`{"title":"Harbour open","siteName":"Bellmoor Courier","publishedTime":"2024-11-30T07:00"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "m.db")
	if out, err := exec.Command(bin, "ingest", "--db", db, "--published", "2025-01-02", "--title", "T", "--outlet", "O", a, b).CombinedOutput(); err != nil {
		t.Fatalf("ingest with flags: %v\n%s", err, out)
	}
	if out, err := exec.Command(bin, "ingest", "--db", db, side).CombinedOutput(); err != nil {
		t.Fatalf("ingest with a sidecar: %v\n%s", err, out)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got := map[string]document.Meta{}
	if err := st.EachDocument(ctx, func(d store.DocumentRow) error {
		got[filepath.Base(d.Source)] = document.Meta{Title: d.Title, Outlet: d.Outlet, Published: d.Published}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]document.Meta{
		"a.txt": {Title: "T", Outlet: "O", Published: "2025-01-02"},
		"b.txt": {Title: "T", Outlet: "O", Published: "2025-01-02"},
		"c.txt": {Title: "Harbour open", Outlet: "Bellmoor Courier", Published: "2024-11-30"},
	}
	if len(got) != len(want) {
		t.Errorf("stored %v, want %v", got, want)
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: stored %+v, want %+v", name, got[name], w)
		}
	}
}
