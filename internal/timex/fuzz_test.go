package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/internal/segment"
)

// FuzzTag feeds the tagger our expression sentences, mutated, with mutated
// publication dates: it must never panic, and every span must lie inside
// the text.
func FuzzTag(f *testing.F) {
	if file, err := os.Open("testdata/expressions.txt"); err == nil {
		sc := bufio.NewScanner(file)
		for sc.Scan() {
			p := strings.Split(sc.Text(), "|")
			if len(p) > 2 && !strings.HasPrefix(p[0], "#") {
				f.Add(strings.TrimSpace(p[1]), strings.TrimSpace(p[0]))
			}
		}
		file.Close()
	}
	tg, sg := NewTagger(), segment.NewSegmenter()
	f.Fuzz(func(t *testing.T, text, published string) {
		res := tg.Tag(sg.Segment(text), published, []QuoteSpan{{Start: 0, End: len(text) / 2, Kind: "direct"}})
		for _, x := range res.Timexes {
			if x.Start < 0 || x.End > len(text) || x.Start > x.End {
				t.Fatalf("span %d-%d outside %d bytes", x.Start, x.End, len(text))
			}
		}
	})
}
