package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// TestExpressions runs every case of testdata/expressions.txt: sentences we
// wrote to cover absolute and partial dates, weekday direction,
// this/next/last/coming, modifiers, references, durations, sets, an unknown
// publication date, and numbers that are not years.
func TestExpressions(t *testing.T) {
	f, err := os.Open("testdata/expressions.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg, sg := NewTagger(), segment.NewSegmenter()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "|")
		for i := range p {
			p[i] = strings.TrimSpace(p[i])
		}
		pub, text, want, typ, value, mod := p[0], p[1], p[2], p[3], p[4], p[5]
		if pub == "-" {
			pub = ""
		}
		n++
		res := tg.Tag(sg.Segment(text), pub, nil)
		if want == "NONE" {
			for _, tx := range res.Timexes {
				t.Errorf("%q: unexpected timex %q = %s", text, tx.Text, tx.Value)
			}
			continue
		}
		var got *Timex
		for i := range res.Timexes {
			if res.Timexes[i].Text == want {
				got = &res.Timexes[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %q not found in %+v", text, want, res.Timexes)
			continue
		}
		if got.Type != typ || got.Value != value || got.Mod != mod {
			t.Errorf("%q: %q = %s %s %s, want %s %s %s", text, want, got.Type, got.Value, got.Mod, typ, value, mod)
		}
	}
	if n < 100 {
		t.Errorf("only %d cases; the suite promises at least 100", n)
	}
}
