package corpus

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/store/sqlite"
)

const dupURL = "https://courier.example/ferry-cut"

// The two versions of one article: paragraphs, and the same prose run
// together on one line behind a dateline and a comment count.
var (
	cleanText = strings.Repeat(`Councillor Ruth Abernethy said the ferry cut was "the only way to balance the budget". Islanders protested outside the council offices on Monday.`+"\n\n", 10)
	laden     = "4 March 2025 From the section Harbour 38 comments " + strings.ReplaceAll(cleanText, "\n\n", " ")
)

// writeJSONL writes one document with the shared URL and text into dir.
func writeJSONL(t *testing.T, dir, name, text string) string {
	t.Helper()
	line, err := json.Marshal(map[string]string{"url": dupURL, "text": text, "published": "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestDuplicateKeepsBetterText: two inputs with one URL keep the better
// text whichever comes first, in one run or across runs, and the choice is
// reported naming both inputs.
func TestDuplicateKeepsBetterText(t *testing.T) {
	tests := []struct {
		name         string
		runs         [][]string // file names per run: "clean" or "laden"
		wantKept     string     // input named as kept ("" for the stored copy)
		wantDropped  string
		wantStored   bool
		wantReplaced bool
	}{
		{"one run, worse first", [][]string{{"laden", "clean"}}, "clean", "laden", false, true},
		{"one run, better first", [][]string{{"clean", "laden"}}, "clean", "laden", false, false},
		{"stored worse, better later", [][]string{{"laden"}, {"clean"}}, "clean", "", true, true},
		{"stored better, worse later", [][]string{{"clean"}, {"laden"}}, "", "laden", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{"clean": writeJSONL(t, dir, "clean.jsonl", cleanText), "laden": writeJSONL(t, dir, "laden.jsonl", laden)}
			ctx := context.Background()
			st, err := sqlite.Open(ctx, filepath.Join(dir, "d.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var dups []Duplicate
			var last Report
			for _, run := range tt.runs {
				var paths []string
				for _, f := range run {
					paths = append(paths, files[f])
				}
				last, err = Ingest(ctx, analysis.New(), st, paths, Options{Duplicate: func(d Duplicate) { dups = append(dups, d) }})
				if err != nil {
					t.Fatal(err)
				}
			}
			rec, err := st.Document(ctx, dupURL)
			if err != nil {
				t.Fatal(err)
			}
			if rec.Document.Text != strings.TrimSpace(cleanText) && rec.Document.Text != cleanText {
				t.Errorf("stored text is the worse version: %.80q", rec.Document.Text)
			}
			if len(dups) != 1 {
				t.Fatalf("%d duplicate reports, want 1: %+v", len(dups), dups)
			}
			d := dups[0]
			name := func(f string) string {
				if f == "" {
					return ""
				}
				return files[f] + "#line 1"
			}
			if d.Kept != name(tt.wantKept) || d.Dropped != name(tt.wantDropped) || d.Stored != tt.wantStored || d.Replaced != tt.wantReplaced || d.ID != dupURL {
				t.Errorf("report %+v; want kept %q dropped %q stored %v replaced %v", d, name(tt.wantKept), name(tt.wantDropped), tt.wantStored, tt.wantReplaced)
			}
			if last.Read != last.Added+last.Skipped+last.Failed+last.Replaced {
				t.Errorf("items unaccounted for: %+v", last)
			}
			stats, _ := st.Stats(ctx)
			if stats.Documents != 1 {
				t.Errorf("store holds %d documents, want 1", stats.Documents)
			}
		})
	}
}

// TestDuplicateSameTextIsQuiet: rereading the same input reports nothing.
func TestDuplicateSameTextIsQuiet(t *testing.T) {
	dir := t.TempDir()
	p := writeJSONL(t, dir, "clean.jsonl", cleanText)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var dups []Duplicate
	opt := Options{Duplicate: func(d Duplicate) { dups = append(dups, d) }}
	for i := 0; i < 2; i++ {
		if _, err := Ingest(ctx, analysis.New(), st, []string{p, p}, opt); err != nil {
			t.Fatal(err)
		}
	}
	if len(dups) != 0 {
		t.Errorf("same text reported as a duplicate: %+v", dups)
	}
}
