package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestQuotesFull: `quotes` cuts a long quote in text output and --full
// prints it whole; each text and CSV row names the document, its date and
// outlet; `analyze --full` prints the quote whole too.
func TestQuotesFull(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	long := "The harbour wall has passed every test the engineers have thrown at it this year, from the spring tides to the autumn gales, and it will hold through the winter storms without a single crack"
	art := filepath.Join(dir, "wall.txt")
	if err := os.WriteFile(art, []byte("“"+long+",” Dana Whitfield said on Tuesday.\n\n“The wall is not safe,” Marcus Oyelaran said."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "q.db")
	if out, err := exec.Command(bin, "ingest", "--db", db, "--published", "2025-11-18", "--outlet", "Bellmoor Courier", art).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, args...).Output()
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return string(out)
	}
	cut := run("quotes", "--db", db)
	full := run("quotes", "--db", db, "--full")
	if strings.Contains(cut, "without a single crack") {
		t.Errorf("quotes without --full printed the long quote whole:\n%s", cut)
	}
	if !strings.Contains(full, "without a single crack") {
		t.Errorf("quotes --full cut the quote:\n%s", full)
	}
	for _, out := range []string{cut, full} {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 3 {
			t.Fatalf("want a header and two quotes:\n%s", out)
		}
		for _, l := range lines[1:] {
			// The document id (a text's sha256, in hex) is a column, whole.
			whole := slices.ContainsFunc(strings.Fields(l), func(f string) bool { return len(f) == 64 })
			if !strings.Contains(l, "2025-11-18") || !strings.Contains(l, "Bellmoor Courier") || !whole {
				t.Errorf("row lacks date, outlet or document id: %q", l)
			}
		}
	}
	rows, err := csv.NewReader(strings.NewReader(run("quotes", "--db", db, "--format", "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		if r[col["published"]] != "2025-11-18" || r[col["outlet"]] != "Bellmoor Courier" || len(r[col["doc"]]) != 64 {
			t.Errorf("csv row lacks date, outlet or document id: %q", r)
		}
	}
	if out := run("analyze", "--format", "text", "--full", art); !strings.Contains(out, "without a single crack") {
		t.Errorf("analyze --full cut the quote:\n%s", out)
	}
	if out := run("analyze", "--format", "text", art); strings.Contains(out, "without a single crack") {
		t.Errorf("analyze without --full printed the long quote whole:\n%s", out)
	}
}
