package claim_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/analysis"
	"github.com/claimgraph/claimgraph/internal/document"
)

// TestContradictionPairs runs the whole analysis on two reported statements
// by two named speakers and checks whether it finds them contradicting. The
// pairs cover same and different topics, agreement and contradiction, and
// negation traps ("did not deny"); accuracy must be at least 0.9.
func TestContradictionPairs(t *testing.T) {
	f, err := os.Open("testdata/pairs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := analysis.New()
	total, right := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		want, x, y := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
		text := fmt.Sprintf("Ana Ruiz said on Monday that %s.\nBen Okafor said on Tuesday that %s.\n", x, y)
		d, err := document.New([]byte(text), document.Meta{Published: "2025-11-18"})
		if err != nil {
			t.Fatal(err)
		}
		rec := a.Analyze(d)
		got := "consistent"
		if len(rec.Contradictions) > 0 {
			got = "contradict"
		}
		total++
		if got == want {
			right++
		} else {
			t.Logf("wrong: %q vs %q: got %s, want %s (claims %+v)", x, y, got, want, rec.Claims)
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("contradiction detector: %d/%d pairs right, accuracy %.3f", right, total, acc)
	if total < 40 || acc < 0.9 {
		t.Fatalf("accuracy %.3f on %d pairs; want >= 0.9 on >= 40", acc, total)
	}
}
