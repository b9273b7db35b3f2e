package analysis_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/dataset"
	"github.com/claimgraph/claimgraph/internal/document"
)

type seedGold struct {
	Entities []struct {
		Name     string   `json:"name"`
		Required bool     `json:"required"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Quotes []struct {
		ID         string  `json:"id"`
		Text       string  `json:"text"`
		Speaker    *string `json:"speaker"`
		Required   bool    `json:"required"`
		Occurrence int     `json:"occurrence"`
	} `json:"quotes"`
	Timexes []struct {
		Text       string   `json:"text"`
		Occurrence int      `json:"occurrence"`
		Value      string   `json:"value"`
		Also       []string `json:"also_accept"`
		Required   bool     `json:"required"`
	} `json:"timexes"`
	Quantities []struct {
		Text     string  `json:"text"`
		Value    float64 `json:"value"`
		Required bool    `json:"required"`
	} `json:"quantities"`
	Contradictions []struct {
		A, B     string
		Required bool `json:"required"`
	} `json:"contradictions"`
	Signals []struct {
		Kind, Text string
		Required   bool `json:"required"`
	} `json:"signals"`
}

func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "’", "'")))
	for _, p := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Join(strings.Fields(s), " ")
}

func find(text, needle string, occurrence int) (int, int) {
	if occurrence < 1 {
		occurrence = 1
	}
	pos := -1
	for i := 0; i < occurrence; i++ {
		k := strings.Index(text[pos+1:], needle)
		if k < 0 {
			return -1, -1
		}
		pos += 1 + k
	}
	return pos, pos + len(needle)
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

func analyzeSeed(t *testing.T) (analysis.Record, []byte) {
	dir := filepath.Join(dataset.SharedDir(), "seed")
	raw, err := os.ReadFile(dataset.Require(t, filepath.Join(dir, "article.txt")))
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.New(raw, document.Meta{Published: "2024-03-25"})
	if err != nil {
		t.Fatal(err)
	}
	rec := analysis.New().Analyze(d)
	out, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return rec, out
}

// TestSeedRequired checks every required item of the founding example.
func TestSeedRequired(t *testing.T) {
	rec, _ := analyzeSeed(t)
	raw, err := os.ReadFile(filepath.Join(dataset.SharedDir(), "seed", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	text := rec.Document.Text
	name := map[string]string{}
	for _, e := range rec.Entities {
		name[e.ID] = norm(e.Name)
	}
	for _, x := range g.Entities {
		if !x.Required {
			continue
		}
		ok := false
		for _, e := range rec.Entities {
			if norm(e.Name) != norm(x.Name) {
				continue
			}
			all := true
			for _, m := range x.Mentions {
				hit := false
				for s, e2 := find(text, m, 1); s >= 0; s, e2 = find(text, m, countBefore(text, m, s)+2) {
					for _, em := range e.Mentions {
						if overlap(em.Start, em.End, s, e2) > 0 {
							hit = true
						}
					}
				}
				all = all && hit
			}
			ok = ok || all
		}
		if !ok {
			t.Errorf("entity %q: missing or missing a mention", x.Name)
		}
	}
	for _, x := range g.Quotes {
		if !x.Required {
			continue
		}
		s, e := find(text, x.Text, x.Occurrence)
		best, bestOv := -1, 0
		for i, q := range rec.Quotes {
			if ov := overlap(q.Start, q.End, s, e); 2*ov >= e-s && ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			t.Errorf("quote %s not found", x.ID)
			continue
		}
		got := name[rec.Quotes[best].Speaker]
		if x.Speaker == nil {
			if got != "" && !strings.Contains(got, "report") {
				t.Errorf("quote %s: speaker %q, want unnamed", x.ID, got)
			}
		} else if got != norm(*x.Speaker) {
			t.Errorf("quote %s: speaker %q, want %q", x.ID, got, *x.Speaker)
		}
	}
	for _, x := range g.Timexes {
		if !x.Required {
			continue
		}
		s, e := find(text, x.Text, x.Occurrence)
		ok := false
		for _, tx := range rec.Timexes {
			if overlap(tx.Start, tx.End, s, e) > 0 && (tx.Value == x.Value || contains(x.Also, tx.Value)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("timex %q #%d: want %s", x.Text, x.Occurrence, x.Value)
		}
	}
	for _, x := range g.Quantities {
		s, e := find(text, x.Text, 1)
		ok := false
		for _, q := range rec.Quantities {
			ok = ok || overlap(q.Start, q.End, s, e) > 0 && q.Value == x.Value
		}
		if x.Required && !ok {
			t.Errorf("quantity %q not found", x.Text)
		}
	}
	claims := map[string]string{}
	for _, c := range rec.Claims {
		claims[c.ID] = name[c.Speaker]
	}
	for _, x := range g.Contradictions {
		ok := false
		for _, c := range rec.Contradictions {
			a, b := claims[c.A], claims[c.B]
			if a == b {
				t.Errorf("contradiction %s/%s between claims of one speaker %q", c.A, c.B, a)
			}
			ok = ok || (a == norm(x.A) && b == norm(x.B)) || (a == norm(x.B) && b == norm(x.A))
		}
		if x.Required && !ok {
			t.Errorf("contradiction %s vs %s not found", x.A, x.B)
		}
	}
	for _, x := range g.Signals {
		s, e := find(text, x.Text, 1)
		ok := false
		for _, sg := range rec.Signals {
			ok = ok || sg.Kind == x.Kind && overlap(sg.Start, sg.End, s, e) > 0
		}
		if x.Required && !ok {
			t.Errorf("signal %s at %q not found", x.Kind, x.Text)
		}
	}
}

func countBefore(text, needle string, pos int) int { return strings.Count(text[:pos], needle) }

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// TestSeedScorerAgrees runs the independent scorer on the same output.
func TestSeedScorerAgrees(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed: the independent scorer cannot run")
	}
	_, out := analyzeSeed(t)
	f := filepath.Join(t.TempDir(), "seed.json")
	if err := os.WriteFile(f, out, 0o644); err != nil {
		t.Fatal(err)
	}
	shared := dataset.SharedDir()
	cmd := exec.Command("python3", filepath.Join(shared, "tools", "score.py"), "seed", f, filepath.Join(shared, "seed", "expected.json"))
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		t.Fatalf("score.py seed: %v\n%s", err, buf.String())
	}
	t.Log(strings.TrimSpace(buf.String()))
}

// TestAnalyzeContext: a context already done stops the analysis with its
// error and no record; one that is not gives Analyze's record.
func TestAnalyzeContext(t *testing.T) {
	a := analysis.New()
	d, err := document.New([]byte("“The quay will hold,” harbour master Mira Ostrand said on Tuesday."), document.Meta{ID: "quay", Published: "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec, err := a.AnalyzeContext(ctx, d)
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "quay") || len(rec.Quotes) != 0 {
		t.Errorf("cancelled: %v, %d quotes; want context.Canceled naming the document, no record", err, len(rec.Quotes))
	}
	rec, err = a.AnalyzeContext(context.Background(), d)
	want := a.Analyze(d)
	if err != nil || len(rec.Quotes) != 1 || !reflect.DeepEqual(rec, want) {
		t.Errorf("not cancelled: %v, %d quotes; want Analyze's record", err, len(rec.Quotes))
	}
}

// TestNotProseIsNotMined: a base64 blob inside an article adds no entity,
// quote or figure, and the record says what was left unread.
func TestNotProseIsNotMined(t *testing.T) {
	a := analysis.New()
	article := "“The quay will hold,” harbour master Mira Ostrand said on Tuesday.\n"
	blob := strings.Repeat("QmFzZTY0IGJsb2IgVGF2aSBLZWxsbmVyIDEyIGJvYXRzIEtlbHZhciBEdW5tb3JlIEFzaGxvdw==\n", 40)
	plain, err := document.New([]byte(article), document.Meta{ID: "plain"})
	if err != nil {
		t.Fatal(err)
	}
	mixed, err := document.New([]byte(article+blob), document.Meta{ID: "mixed"})
	if err != nil {
		t.Fatal(err)
	}
	p, m := a.Analyze(plain), a.Analyze(mixed)
	if len(m.Entities) != len(p.Entities) || len(m.Quotes) != len(p.Quotes) || len(m.Quantities) != len(p.Quantities) {
		t.Errorf("with the blob: %d entities, %d quotes, %d figures; without: %d, %d, %d",
			len(m.Entities), len(m.Quotes), len(m.Quantities), len(p.Entities), len(p.Quotes), len(p.Quantities))
	}
	if len(m.Warnings) != 1 || !strings.Contains(m.Warnings[0], "not read as prose: 40 paragraphs") {
		t.Errorf("warnings %q; want one naming the 40 paragraphs", m.Warnings)
	}
}
